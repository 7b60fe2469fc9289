"""Exercise set 1: customer orientation — the concept, the time it takes, the research.

The main questions are answered from what the notebook shows: the time-cost table
(``time_cost_table``) and explorer, and the lesson's concepts.  The "For analysts"
questions ask for the same model by code.  Every number a question uses is defined
here once; the notebook shows it from here.
"""
from __future__ import annotations

from dataclasses import replace

from .. import model
from ..checks import (ChoiceQuestion, ExerciseSet, MultiSelectQuestion, NumberQuestion, answered,
                      minus_one_slip, percent_slip, sign_slip, zero_based_slip)
from ._shared import PERCENT_READING_TOLERANCE, c, num, options, scale_score_slip, t
from .display import HtmlTable, table

SCORES = tuple(range(1, 8))  # the rows of the time-cost table
ORIENTATION_SCORE = 5  # questions 4-6 read this row
CHANGE_FROM, CHANGE_TO = 3, 5  # question 7: the change in accounts served
FEWER_THAN = 200  # question 8: the first score serving fewer accounts than this
EXPLORER_SCORE, EXPLORER_BUDGET = 5.0, 1500.0  # question 9: read off the explorer
ANALYST_SCORE, ANALYST_BUDGET = 5.5, 1350.0  # analyst question a1
ANALYST_TARGET = 120  # analyst question a2: accounts served


def _hours(score: float = ORIENTATION_SCORE, p: model.ModelParams = model.DEFAULT) -> float:
    return float(model.hours_per_account(c(score), p))


def _served(score: float = ORIENTATION_SCORE, p: model.ModelParams = model.DEFAULT) -> float:
    return float(model.accounts_covered(c(score), p))


def _neighbouring_row(reading, step: int) -> tuple:
    """The misconception of reading the table one row off (``step`` rows from ORIENTATION_SCORE)."""
    return (answered(lambda: reading(ORIENTATION_SCORE + step)),
            t("ex01.wrong.row_off", row=num(ORIENTATION_SCORE + step), score=num(ORIENTATION_SCORE)))


def _fraction_served() -> float:
    return _served() / model.DEFAULT.n_accounts


def _served_change() -> float:
    return _served(CHANGE_TO) / _served(CHANGE_FROM) - 1


def _first_score_serving_fewer() -> int:
    return next(s for s in SCORES if _served(s) < FEWER_THAN)


def _served_with_budget(score: float, budget: float) -> float:
    return _served(score, replace(model.DEFAULT, time_budget=budget))


def _score_serving_target() -> float:
    """The orientation (1-7) at which the default salesperson serves ANALYST_TARGET accounts."""
    low, high = 1.0, 7.0
    for _ in range(60):  # accounts served fall with orientation: bisect
        middle = (low + high) / 2
        low, high = (middle, high) if _served(middle) > ANALYST_TARGET else (low, middle)
    return (low + high) / 2


# --- what the notebook shows ------------------------------------------------------
def time_cost_table() -> HtmlTable:
    """Hours per account and accounts served at each orientation score (the model's numbers)."""
    n = model.DEFAULT.n_accounts
    rows = [(s, _hours(s), _served(s), _served(s) / n) for s in SCORES]
    return table(
        [t("ex01.table.orientation"), t("ex01.table.hours"), t("ex01.table.served", n=num(n)),
         t("ex01.table.territory")],
        rows, ["count", "hours", "count", "percent"],
        caption=t("ex01.table.caption", hours=num(round(model.DEFAULT.time_budget))),
    )


def _why(qid: str, letters: str) -> dict[str, str]:
    return {letter: t(f"ex01.{qid}.why.{letter}") for letter in letters}


def build() -> ExerciseSet:
    score = num(ORIENTATION_SCORE)
    table_hint = t("ex01.table_hint", score=score)
    start, end, limit = num(CHANGE_FROM), num(CHANGE_TO), num(FEWER_THAN)
    explorer = dict(score=num(EXPLORER_SCORE), budget=num(round(EXPLORER_BUDGET)))
    analyst = dict(score=num(ANALYST_SCORE), budget=num(round(ANALYST_BUDGET)))
    return ExerciseSet("01_customer_orientation", t("ex01.title"), [
        ChoiceQuestion(
            "q1", options("ex01.q1", "ABCD"), "D",
            prompt=t("ex01.q1.prompt"),
            why_wrong=_why("q1", "ABC"),
        ),
        MultiSelectQuestion(
            "q2", options("ex01.q2", "ABCDEFG"), {"A", "C", "D", "E", "G"},
            prompt=t("ex01.q2.prompt"),
            why_wrong=_why("q2", "BF"),
            hints=(t("ex01.q2.hint.1"),),
        ),
        ChoiceQuestion(
            "q3", options("ex01.q3", "ABC"), "A",
            prompt=t("ex01.q3.prompt"),
            why_wrong=_why("q3", "BC"),
        ),
        NumberQuestion(
            "q4", _hours, rel_tol=0.01,
            prompt=t("ex01.q4.prompt", score=score),
            hints=(table_hint,),
            misconceptions=[
                _neighbouring_row(_hours, -1),
                _neighbouring_row(_hours, +1),
                (answered(_served), t("ex01.q4.wrong.served")),
            ],
        ),
        NumberQuestion(
            "q5", _served, rel_tol=0.01,
            prompt=t("ex01.q5.prompt", score=score),
            hints=(table_hint,),
            misconceptions=[
                _neighbouring_row(_served, -1),
                (answered(model.DEFAULT.n_accounts), t("ex01.q5.wrong.territory")),
                (answered(_hours), t("ex01.q5.wrong.hours")),
            ],
        ),
        NumberQuestion(
            "q6", _fraction_served, rel_tol=0.01, kind="share",
            prompt=t("ex01.q6.prompt", score=score),
            hints=(table_hint, t("ex01.q6.hint.2")),
            misconceptions=[
                (answered(lambda: 1 - _fraction_served()), t("ex01.q6.wrong.not_served")),
            ],
        ),
        NumberQuestion(
            "q7", _served_change, rel_tol=0, abs_tol=PERCENT_READING_TOLERANCE, kind="share",
            prompt=t("ex01.q7.prompt", start=start, end=end),
            hints=(t("ex01.q7.hint.1", start=start, end=end), t("ex01.q7.hint.2", start=start, end=end)),
            misconceptions=[
                sign_slip(t("ex01.q7.wrong.sign", start=start, end=end)),
                minus_one_slip(),
                percent_slip(),
                (answered(lambda: _served(CHANGE_FROM) / _served(CHANGE_TO) - 1, rel_tol=0.02),
                 t("ex01.q7.wrong.divided_by_new", start=start, end=end)),
            ],
        ),
        NumberQuestion(
            "q8", _first_score_serving_fewer, kind="integer", rel_tol=0,
            prompt=t("ex01.q8.prompt", limit=limit),
            hints=(t("ex01.q8.hint.1", limit=limit),),
            misconceptions=[zero_based_slip(t("ex01.q8.wrong.row_above", limit=limit))],
        ),
        NumberQuestion(
            "q9", lambda: _served_with_budget(EXPLORER_SCORE, EXPLORER_BUDGET), rel_tol=0.01,
            prompt=t("ex01.q9.prompt", **explorer),
            hints=(t("ex01.q9.hint.1", **explorer), t("ex01.q9.hint.2")),
            misconceptions=[(answered(_served), t("ex01.q9.wrong.default_budget", **explorer))],
        ),
        ChoiceQuestion(
            "q10", options("ex01.q10", "ABCD"), "C",
            prompt=t("ex01.q10.prompt"),
            why_wrong=_why("q10", "ABD"),
        ),
        ChoiceQuestion(
            "q11", options("ex01.q11", "ABCD"), "B",
            prompt=t("ex01.q11.prompt"),
            why_wrong=_why("q11", "ACD"),
        ),
    ], analyst_questions=[
        NumberQuestion(
            "a1", lambda: _served_with_budget(ANALYST_SCORE, ANALYST_BUDGET), rel_tol=0.01,
            prompt=t("ex01.a1.prompt", **analyst),
            hints=(t("ex01.a1.hint.1"), t("ex01.a1.hint.2")),
            misconceptions=[(answered(lambda: _served(ANALYST_SCORE)), t("ex01.a1.wrong.default_budget", **analyst))],
        ),
        NumberQuestion(
            "a2", _score_serving_target, rel_tol=0, abs_tol=0.02,
            prompt=t("ex01.a2.prompt", target=num(ANALYST_TARGET)),
            hints=(t("ex01.a2.hint.1", target=num(ANALYST_TARGET)), t("ex01.a2.hint.2")),
            misconceptions=[scale_score_slip()],
        ),
    ])
