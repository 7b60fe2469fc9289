"""Exercise set 2: satisfaction versus sales — reading the curves, the mechanism, the
case company, and what the research says.

The main questions are read from what the notebook shows (the curves, the
mechanism table, the team table, the explorer); the "For analysts" questions
compute with the model and the case data.  Every number is defined here once.
"""
from __future__ import annotations

from string import ascii_uppercase

import numpy as np

from .. import cases, model, plots
from ..checks import (ChoiceQuestion, ExerciseSet, NumberQuestion, answered, factor_off,
                      minus_one_slip, percent_slip, sign_slip, zero_based_slip)
from ._shared import (PERCENT_READING_TOLERANCE, READING_TOLERANCE, c, num, options, sales_peak_score,
                      scale_score_slip, t)
from .display import HtmlTable, fixed, show, table

SCORES = tuple(range(1, 8))  # the rows of the mechanism table
FROM_SCORE, TO_SCORE = 4, 6  # questions 2-4: the move the mechanism questions ask about
EXPLORER_SCORE = 6.5  # question 9: read the readout at this orientation
ANALYST_FROM, ANALYST_TO = 3, 5  # analyst question a1


def _relative_change(curve, start: float = FROM_SCORE, end: float = TO_SCORE) -> float:
    return float(curve(c(end)) / curve(c(start)) - 1)


def _share_change() -> float:
    return _relative_change(model.share_of_wallet)


def _served_change() -> float:
    return _relative_change(model.covered_wallet)


def _sales_change() -> float:
    return _relative_change(model.sales)


def _changes_added() -> float:
    # The slip of adding percentage changes where they multiply.
    return _share_change() + _served_change()


def _sales_lost_past_peak() -> float:
    """€ million: the model's sales at the peak minus sales at EXPLORER_SCORE."""
    peak = model.optimum(model.DEFAULT, "sales").value
    return float(peak - model.sales(c(EXPLORER_SCORE))) / 1e6


# --- the case company ----------------------------------------------------------
def _team_figures() -> dict[str, dict[str, float]]:
    case = cases.load_case()
    acc = case.accounts
    return {
        "accounts": cases.group_by(acc, "salesperson", "satisfaction", len),
        "satisfaction": cases.group_by(acc, "salesperson", "satisfaction", np.mean),
        "sales": cases.group_by(acc, "salesperson", "our_sales_eur"),
        "profit": cases.group_by(acc, "salesperson", cases.account_profit(acc)),
    }


def _team() -> list[str]:
    return list(cases.load_case().team)


def _most(column: str) -> str:
    figures = _team_figures()[column]
    return max(figures, key=figures.get)


def _profit_of_most_satisfied() -> float:
    return _team_figures()["profit"][_most("satisfaction")]


def _losing_salespeople() -> int:
    return sum(1 for value in _team_figures()["profit"].values() if value < 0)


def _satisfaction_profit_correlation() -> float:
    acc = cases.load_case().accounts
    return float(np.corrcoef(acc["satisfaction"], cases.account_profit(acc))[0, 1])


# --- what the notebook shows ------------------------------------------------------
def curves_figure() -> None:
    """The model's satisfaction and sales against orientation, side by side."""
    with plots.kit_style():
        fig, (ax_satisfaction, ax_sales) = plots.new_figure(2)
        plots.satisfaction_and_sales(ax_satisfaction, ax_sales)
        fig.tight_layout()
    show(fig)


def _millions(value: float) -> str:
    return fixed(value / 1e6, 2)


def mechanism_table() -> HtmlTable:
    """Satisfaction, share of wallet, accounts and wallet served, and sales at each score."""
    rows = [(s, float(model.satisfaction(c(s))), float(model.share_of_wallet(c(s))),
             float(model.accounts_covered(c(s))), float(model.covered_wallet(c(s))), float(model.sales(c(s))))
            for s in SCORES]
    return table(
        [t(f"ex02.mechanism.{column}") for column in
         ("orientation", "satisfaction", "share", "accounts", "wallet", "sales")],
        rows, ["count", "score", "percent", "count", _millions, _millions],
        caption=t("ex02.mechanism.caption"),
    )


def team_table() -> HtmlTable:
    """Koningsvast's salespeople: accounts, mean satisfaction, sales and profit."""
    figures = _team_figures()
    rows = [(name, figures["accounts"][name], figures["satisfaction"][name], figures["sales"][name],
             figures["profit"][name]) for name in _team()]
    return table(
        [t(f"ex02.team.{column}") for column in ("salesperson", "accounts", "satisfaction", "sales", "profit")],
        rows, ["text", "count", "score", "eur", "eur"],
        caption=t("ex02.team.caption"),
    )


# --- questions --------------------------------------------------------------------
def _why(qid: str, letters: str, **fields) -> dict[str, str]:
    return {letter: t(f"ex02.{qid}.why.{letter}", **fields) for letter in letters}


def _change_question(qid: str, expected, extra=()) -> NumberQuestion:
    moves = dict(start=num(FROM_SCORE), end=num(TO_SCORE))
    return NumberQuestion(
        qid, expected, rel_tol=0, abs_tol=PERCENT_READING_TOLERANCE, kind="share",
        prompt=t(f"ex02.{qid}.prompt", **moves),
        hints=(t("ex02.change_hint", **moves), t(f"ex02.{qid}.hint.2")),
        misconceptions=[
            *extra,
            sign_slip(t(f"ex02.{qid}.wrong.sign", **moves)),
            minus_one_slip(),
            percent_slip(),
        ],
    )


def _team_question(qid: str, column: str) -> ChoiceQuestion:
    letters = dict(zip(ascii_uppercase, _team()))
    correct = next(letter for letter, name in letters.items() if name == _most(column))
    why_other = t(f"ex02.{qid}.why")
    return ChoiceQuestion(
        qid, letters, correct, prompt=t(f"ex02.{qid}.prompt"), hints=(t(f"ex02.{qid}.hint.1"),),
        why_wrong={letter: why_other for letter in letters if letter != correct},
    )


def build() -> ExerciseSet:
    top = num(7)  # the top of the 1-7 scale, where satisfaction is highest in the model
    ceiling = num(round(100 * model.DEFAULT.share_ceiling))
    explorer = num(EXPLORER_SCORE)
    return ExerciseSet("02_satisfaction_versus_sales", t("ex02.title"), [
        NumberQuestion(
            "q1", sales_peak_score, rel_tol=0, abs_tol=READING_TOLERANCE,
            prompt=t("ex02.q1.prompt"),
            hints=(t("ex02.q1.hint.1"), t("ex02.q1.hint.2")),
            misconceptions=[
                scale_score_slip(),
                (answered(7.0, rel_tol=0.02), t("ex02.q1.wrong.satisfaction_top", top=top)),
            ],
        ),
        _change_question("q2", _share_change),
        _change_question("q3", _served_change),
        _change_question("q4", _sales_change,
                         extra=[(answered(_changes_added, rel_tol=0.03), t("ex02.q4.wrong.added"))]),
        ChoiceQuestion(
            "q5", {**options("ex02.q5", "ABC"), "D": t("ex02.q5.option.D", ceiling=ceiling)}, "C",
            prompt=t("ex02.q5.prompt"),
            why_wrong=_why("q5", "ABD", top=top),
        ),
        _team_question("q6", "satisfaction"),
        NumberQuestion(
            "q7", _profit_of_most_satisfied, rel_tol=0.01, abs_tol=100,
            prompt=t("ex02.q7.prompt"),
            hints=(t("ex02.q7.hint.1"),),
            misconceptions=[
                (answered(lambda: _team_figures()["sales"][_most("satisfaction")]), t("ex02.q7.wrong.sales")),
                (answered(lambda: _team_figures()["profit"][_most("profit")]), t("ex02.q7.wrong.most_profitable")),
                (factor_off(1e3, 1e6), t("ex02.q7.wrong.unit")),
            ],
        ),
        NumberQuestion(
            "q8", _losing_salespeople, kind="integer", rel_tol=0,
            prompt=t("ex02.q8.prompt"),
            hints=(t("ex02.q8.hint.1"),),
            misconceptions=[zero_based_slip(t("ex02.q8.wrong.one_short"))],
        ),
        NumberQuestion(
            "q9", _sales_lost_past_peak, rel_tol=0, abs_tol=0.05,
            prompt=t("ex02.q9.prompt", score=explorer),
            hints=(t("ex02.q9.hint.1", score=explorer), t("ex02.q9.hint.2")),
            misconceptions=[
                sign_slip(t("ex02.q9.wrong.sign")),
                (factor_off(1e6, rel_tol=0.02), t("ex02.q9.wrong.unit")),
            ],
        ),
        ChoiceQuestion(
            "q10", options("ex02.q10", "ABCD"), "A",
            prompt=t("ex02.q10.prompt"),
            why_wrong=_why("q10", "BCD"),
        ),
        ChoiceQuestion(
            "q11", options("ex02.q11", "ABCD"), "D",
            prompt=t("ex02.q11.prompt"),
            why_wrong=_why("q11", "ABC"),
        ),
    ], analyst_questions=[
        NumberQuestion(
            "a1", lambda: _relative_change(model.sales, ANALYST_FROM, ANALYST_TO), rel_tol=0, abs_tol=0.001,
            kind="share",
            prompt=t("ex02.a1.prompt", start=num(ANALYST_FROM), end=num(ANALYST_TO)),
            hints=(t("ex02.a1.hint.1"),),
            misconceptions=[minus_one_slip(), sign_slip()],
        ),
        NumberQuestion(
            "a2", _satisfaction_profit_correlation, rel_tol=0, abs_tol=0.005,
            prompt=t("ex02.a2.prompt"),
            hints=(t("ex02.a2.hint.1"),),
        ),
    ])
