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
from ._shared import (PERCENT_READING_TOLERANCE, READING_TOLERANCE, SCALE_SLIP, c,
                      sales_peak_score)
from .display import HtmlTable, fixed, table

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
def curves_figure():
    """The model's satisfaction and sales against orientation, side by side."""
    with plots.kit_style():
        fig, (ax_satisfaction, ax_sales) = plots.new_figure(2)
        plots.satisfaction_and_sales(ax_satisfaction, ax_sales)
        fig.tight_layout()
    return fig


def _millions(value: float) -> str:
    return fixed(value / 1e6, 2)


def mechanism_table() -> HtmlTable:
    """Satisfaction, share of wallet, accounts and wallet served, and sales at each score."""
    rows = [(s, float(model.satisfaction(c(s))), float(model.share_of_wallet(c(s))),
             float(model.accounts_covered(c(s))), float(model.covered_wallet(c(s))), float(model.sales(c(s))))
            for s in SCORES]
    return table(
        ["Orientation (1–7)", "Satisfaction (1–7)", "Share of wallet per served account (%)",
         "Accounts served", "Wallet of the accounts served (€ million per year)", "Sales (€ million per year)"],
        rows, ["count", "score", "percent", "count", _millions, _millions],
        caption="In the model: sales = share of wallet × wallet of the accounts served",
    )


def team_table() -> HtmlTable:
    """Koningsvast's salespeople: accounts, mean satisfaction, sales and profit."""
    figures = _team_figures()
    rows = [(name, figures["accounts"][name], figures["satisfaction"][name], figures["sales"][name],
             figures["profit"][name]) for name in _team()]
    return table(
        ["Salesperson", "Accounts", "Mean satisfaction of the accounts (1–7)", "Sales (€ per year)",
         "Profit after cost to serve (€ per year)"],
        rows, ["text", "count", "score", "eur", "eur"],
        caption="Koningsvast (the invented case company), one row per salesperson",
    )


# --- questions --------------------------------------------------------------------
OPTIONS_Q5 = {
    "A": "Customers become less satisfied at high orientation",
    "B": "Share of wallet falls at high orientation",
    "C": "Share of wallet keeps rising, but too slowly to make up for the wallet of the accounts "
         "no longer served",
    "D": "The 80 % ceiling is reached exactly at the peak",
}
OPTIONS_Q10 = {
    "A": "It rewards orientation past the sales peak, where satisfaction still rises but sales fall",
    "B": "None: satisfaction is a strong predictor of share of wallet",
    "C": "Salespeople will push harder for sales, so satisfaction will drop",
    "D": "Satisfaction cannot be measured reliably in B2B",
}
OPTIONS_Q11 = {
    "A": "Relationship satisfaction rose steadily with the customer orientation the clients perceived",
    "B": "Perceived customer orientation had no link with relationship satisfaction",
    "C": "Relationship satisfaction fell at every level of customer orientation",
    "D": "Relationship satisfaction followed an inverted U: it rose with perceived customer orientation, "
         "then fell",
}

CHANGE_HINT = (f"A change in percent is (new − old) ÷ old: take the row for {TO_SCORE} as new and the row "
               f"for {FROM_SCORE} as old, in the column the question names.")


def _change_question(qid: str, expected, column: str, direction: str, extra=()) -> NumberQuestion:
    return NumberQuestion(
        qid, expected, rel_tol=0, abs_tol=PERCENT_READING_TOLERANCE, kind="share",
        prompt=f"Table: change in {column} from {FROM_SCORE} to {TO_SCORE} (%)",
        hints=(CHANGE_HINT, f"The change is {direction}: check the sign of your answer."),
        misconceptions=[
            *extra,
            sign_slip(f"Right size, wrong sign: {column} is {'higher' if direction == 'positive' else 'lower'} "
                      f"at {TO_SCORE} than at {FROM_SCORE}."),
            minus_one_slip(),
            percent_slip(),
        ],
    )


def _team_question(qid: str, column: str, prompt: str, hint: str, why_other: str) -> ChoiceQuestion:
    letters = dict(zip(ascii_uppercase, _team()))
    correct = next(letter for letter, name in letters.items() if name == _most(column))
    return ChoiceQuestion(
        qid, letters, correct, prompt=prompt, hints=(hint,),
        why_wrong={letter: why_other for letter in letters if letter != correct},
    )


def build() -> ExerciseSet:
    return ExerciseSet("02_satisfaction_versus_sales", "Satisfaction versus sales", [
        NumberQuestion(
            "q1", sales_peak_score, rel_tol=0, abs_tol=READING_TOLERANCE,
            prompt="Chart: where the model's sales peak (1–7)",
            hints=("Find the highest point of the sales curve (right-hand chart) and read its position "
                   "on the horizontal axis.",
                   "The curve is flat near its top; the grid lines every half point help you read it."),
            misconceptions=[
                SCALE_SLIP,
                (answered(7.0, rel_tol=0.02),
                 "Orientation 7 is where satisfaction is highest (left-hand chart). The question is about sales."),
            ],
        ),
        _change_question("q2", _share_change, "the share of wallet per served account", "positive"),
        _change_question("q3", _served_change, "the wallet of the accounts served", "negative"),
        _change_question(
            "q4", _sales_change, "sales", "negative",
            extra=[(answered(_changes_added, rel_tol=0.03),
                    "It looks as if you added the two changes of questions 2 and 3. Read the sales column "
                    "itself: sales are a product, so their changes do not add up.")],
        ),
        ChoiceQuestion(
            "q5", OPTIONS_Q5, "C",
            prompt="Why the model's sales fall past the peak",
            why_wrong={
                "A": "In the model satisfaction never falls; it keeps rising all the way to 7. Sales fall "
                     "for another reason.",
                "B": "Look at the share-of-wallet column: it never falls in the model, it creeps towards "
                     "the ceiling.",
                "D": "Share stays below the ceiling at every orientation; the peak comes where the gain "
                     "in share stops covering the loss of wallet served.",
            },
        ),
        _team_question(
            "q6", "satisfaction", "Team table: whose customers are the most satisfied",
            "Compare the mean-satisfaction column; the table shows two decimals, enough to tell them apart.",
            "Compare the mean-satisfaction column again: someone's customers average higher.",
        ),
        NumberQuestion(
            "q7", _profit_of_most_satisfied, rel_tol=0.01, abs_tol=100,
            prompt="Team table: profit of the most satisfied customers' salesperson (€)",
            hints=("Find the salesperson of question 6 in the table and read the profit column "
                   "(after the cost to serve).",),
            misconceptions=[
                (answered(lambda: _team_figures()["sales"][_most("satisfaction")]),
                 "That is the sales column. Profit is what is left after the cost to serve: the last column."),
                (answered(lambda: _team_figures()["profit"][_most("profit")]),
                 "That is the profit of the team's most profitable salesperson, not of the one with the "
                 "most satisfied customers (question 6)."),
                (factor_off(1e3, 1e6),
                 "The size looks right but the unit does not: give the answer in euros, as the table shows it."),
            ],
        ),
        NumberQuestion(
            "q8", _losing_salespeople, kind="integer", rel_tol=0,
            prompt="Team table: salespeople whose accounts lose money together",
            hints=("Count the rows with a negative profit (a minus sign) in the last column.",),
            misconceptions=[zero_based_slip("One short: count every row with a minus sign in the profit "
                                            "column, from the first row to the last.")],
        ),
        NumberQuestion(
            "q9", _sales_lost_past_peak, rel_tol=0, abs_tol=0.05,
            prompt=f"Explorer: sales below the peak at orientation {EXPLORER_SCORE:g} (€ million)",
            hints=(f"Set the slider to {EXPLORER_SCORE:g}; the sentence under the slider says how much "
                   "lower sales are than at the peak.",
                   "Give the amount in € million, as the readout does, without a minus sign."),
            misconceptions=[
                sign_slip("The question asks how much *lower* sales are: give the amount without a minus sign."),
                (factor_off(1e6, rel_tol=0.02),
                 "The size looks right but the unit does not: give the amount in € million, as the "
                 "sentence under the slider writes it."),
            ],
        ),
        ChoiceQuestion(
            "q10", OPTIONS_Q10, "A",
            prompt="Satisfaction in the bonus",
            why_wrong={
                "B": "The research says the opposite: the link between satisfaction and share of wallet is "
                     "significant but weak, and in a consumer example, Walmart's, satisfaction rose while "
                     "sales fell.",
                "C": "A satisfaction bonus pulls the other way: towards more orientation, not less.",
                "D": "The lesson made no such claim; the issue is what satisfaction does past the peak, "
                     "not how it is measured.",
            },
        ),
        ChoiceQuestion(
            "q11", OPTIONS_Q11, "D",
            prompt="Arslanagić-Kalajdžić et al. (2020)",
            why_wrong={
                "A": "That is the pattern Homburg, Müller & Klarmann found for customers' attitudes; this "
                     "study found a different shape in its setting.",
                "B": "The study did find a link; its shape is the point.",
                "C": "Not at every level: think about the shape the lesson described.",
            },
        ),
    ], analyst_questions=[
        NumberQuestion(
            "a1", lambda: _relative_change(model.sales, ANALYST_FROM, ANALYST_TO), rel_tol=0, abs_tol=0.001,
            kind="share",
            prompt=f"Code: change in the model's sales from {ANALYST_FROM} to {ANALYST_TO}",
            hints=("Convert both scores with model.from_seven_point, evaluate model.sales at each, and take "
                   "new ÷ old − 1.",),
            misconceptions=[minus_one_slip(), sign_slip()],
        ),
        NumberQuestion(
            "a2", _satisfaction_profit_correlation, rel_tol=0, abs_tol=0.005,
            prompt="Code: correlation of account satisfaction with account profit",
            hints=("One value per account: the satisfaction column and cases.account_profit; the "
                   "correlation coefficient is np.corrcoef(x, y)[0, 1].",),
        ),
    ])
