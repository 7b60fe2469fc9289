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
from ._shared import PERCENT_READING_TOLERANCE, SCALE_SLIP, c
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
            f"That is the row for orientation {ORIENTATION_SCORE + step}; the question asks about {ORIENTATION_SCORE}.")


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
        ["Orientation (1–7)", "Hours per account (h per year)", f"Accounts served (of {n})",
         "Territory served (%)"],
        rows, ["count", "hours", "count", "percent"],
        caption=f"In the model: a salesperson with {model.DEFAULT.time_budget:,.0f} selling hours a year",
    )


OPTIONS_Q1 = {
    "A": "How friendly and pleasant the salesperson is with customers",
    "B": "The share of a customer's purchases that goes to the salesperson's company",
    "C": "How satisfied the customer is with the salesperson",
    "D": "The degree to which the salesperson finds out a customer's needs and acts to meet them "
         "during a sales encounter",
}
OPTIONS_Q2 = {
    "A": "Identifying the customer's needs and problems",
    "B": "Cold-calling new prospects",
    "C": "Presenting and demonstrating the offer",
    "D": "Dealing with objections",
    "E": "Negotiating, with the customer's interests in mind",
    "F": "Sending the invoice and collecting payment",
    "G": "Closing the sale",
}
OPTIONS_Q3 = {
    "A": "Relational customer orientation",
    "B": "Functional customer orientation",
    "C": "Selling orientation",
}
OPTIONS_Q10 = {
    "A": "A strong positive link with objective sales figures",
    "B": "A negative link in every kind of performance measure",
    "C": "A link mainly when salespeople rated their own performance",
    "D": "It did not look at performance",
}
OPTIONS_Q11 = {
    "A": "Sales and customer satisfaction both keep rising with customer orientation",
    "B": "Sales follow an inverted U; customers' attitudes keep improving",
    "C": "Customers' attitudes follow an inverted U; sales keep rising",
    "D": "Customer orientation has no link with either",
}

TABLE_HINT = f"Find the row for orientation {ORIENTATION_SCORE} in the table, then the column the question names."


def build() -> ExerciseSet:
    return ExerciseSet("01_customer_orientation", "Customer orientation", [
        ChoiceQuestion(
            "q1", OPTIONS_Q1, "D",
            prompt="What customer orientation is",
            why_wrong={
                "A": "Friendliness can be part of it, but the core is finding and meeting needs, "
                     "through every stage of the encounter.",
                "B": "That is share of wallet (lesson 4): an outcome orientation may lead to, not the behaviour.",
                "C": "Satisfaction is the customer's judgement, an outcome; orientation is what the salesperson does.",
            },
        ),
        MultiSelectQuestion(
            "q2", OPTIONS_Q2, {"A", "C", "D", "E", "G"},
            prompt="The five stages of a sales encounter",
            why_wrong={
                "B": "Prospecting happens before there is a sales encounter with this customer.",
                "F": "Invoicing comes after the encounter is over; the stages end with the decision.",
            },
            hints=("Five of the seven belong: every stage happens inside one conversation with a customer "
                   "who is considering a purchase, from understanding the need to the decision.",),
        ),
        ChoiceQuestion(
            "q3", OPTIONS_Q3, "A",
            prompt="Functional or relational",
            why_wrong={
                "B": "Functional orientation solves the customer's task: needs analysis, fitting the offer. "
                     "Nothing here touches the task.",
                "C": "A selling orientation pushes for the sale; this behaviour builds the relationship.",
            },
        ),
        NumberQuestion(
            "q4", _hours, rel_tol=0.01,
            prompt=f"Table: hours per account at orientation {ORIENTATION_SCORE}",
            hints=(TABLE_HINT,),
            misconceptions=[
                _neighbouring_row(_hours, -1),
                _neighbouring_row(_hours, +1),
                (answered(_served), "That is the number of accounts served; the question asks for hours."),
            ],
        ),
        NumberQuestion(
            "q5", _served, rel_tol=0.01,
            prompt=f"Table: accounts served at orientation {ORIENTATION_SCORE}",
            hints=(TABLE_HINT,),
            misconceptions=[
                _neighbouring_row(_served, -1),
                (answered(model.DEFAULT.n_accounts),
                 "That is the whole territory; at this orientation the hours do not stretch that far."),
                (answered(_hours), "That is the hours per account; the question asks how many accounts."),
            ],
        ),
        NumberQuestion(
            "q6", _fraction_served, rel_tol=0.01, kind="share",
            prompt=f"Table: share of the territory served at orientation {ORIENTATION_SCORE}",
            hints=(TABLE_HINT, "The last column gives the share directly, as a percentage."),
            misconceptions=[
                (answered(lambda: 1 - _fraction_served()),
                 "That is the share *not* served: the accounts the salesperson has no time for."),
            ],
        ),
        NumberQuestion(
            "q7", _served_change, rel_tol=0, abs_tol=PERCENT_READING_TOLERANCE, kind="share",
            prompt=f"Table: change in accounts served from orientation {CHANGE_FROM} to {CHANGE_TO} (%)",
            hints=(f"A change in percent is (new − old) ÷ old: take the accounts served at {CHANGE_TO} "
                   f"and at {CHANGE_FROM} from the table.",
                   f"Fewer accounts are served at {CHANGE_TO} than at {CHANGE_FROM}, so the change is negative."),
            misconceptions=[
                sign_slip(f"Right size, wrong sign: fewer accounts are served at {CHANGE_TO} than at "
                          f"{CHANGE_FROM}, so the change is a fall."),
                minus_one_slip(),
                percent_slip(),
                (answered(lambda: _served(CHANGE_FROM) / _served(CHANGE_TO) - 1, rel_tol=0.02),
                 f"You divided by the number at {CHANGE_TO}. A change is measured from where you start: "
                 f"divide by the number at {CHANGE_FROM}."),
            ],
        ),
        NumberQuestion(
            "q8", _first_score_serving_fewer, kind="integer", rel_tol=0,
            prompt=f"Table: first orientation that serves fewer than {FEWER_THAN} accounts",
            hints=(f"Go down the accounts-served column from orientation 1 and stop at the first row "
                   f"below {FEWER_THAN}.",),
            misconceptions=[
                zero_based_slip(f"That is the row just above: it still serves {FEWER_THAN} or more. Give "
                                f"the orientation of the first row below {FEWER_THAN}."),
            ],
        ),
        NumberQuestion(
            "q9", lambda: _served_with_budget(EXPLORER_SCORE, EXPLORER_BUDGET), rel_tol=0.01,
            prompt=f"Explorer: accounts served at orientation {EXPLORER_SCORE:g} with {EXPLORER_BUDGET:,.0f} "
                   "selling hours",
            hints=(f"Set the orientation slider to {EXPLORER_SCORE:g} and the selling-hours slider to "
                   f"{EXPLORER_BUDGET:,.0f}, then read the sentence above the picture.",
                   "Both sliders matter: the hours slider starts at the default budget."),
            misconceptions=[
                (answered(_served),
                 f"That is the number with the default budget. Move the selling-hours slider to "
                 f"{EXPLORER_BUDGET:,.0f} too."),
            ],
        ),
        ChoiceQuestion(
            "q10", OPTIONS_Q10, "C",
            prompt="Franke & Park (2006)",
            why_wrong={
                "A": "Against objective sales the average correlation was close to zero.",
                "B": "The links were not negative; they were near zero except for self-ratings.",
                "D": "Performance was exactly what the meta-analysis compared, by how it was measured.",
            },
        ),
        ChoiceQuestion(
            "q11", OPTIONS_Q11, "B",
            prompt="Homburg, Müller & Klarmann (2011)",
            why_wrong={
                "A": "That is the popular belief the study questioned: one of the two did not keep rising.",
                "C": "The other way round: the customers kept liking it more; sales were the ones to peak.",
                "D": "Both links were there; their shapes differed.",
            },
        ),
    ], analyst_questions=[
        NumberQuestion(
            "a1", lambda: _served_with_budget(ANALYST_SCORE, ANALYST_BUDGET), rel_tol=0.01,
            prompt=f"Code: accounts served at orientation {ANALYST_SCORE:g} with {ANALYST_BUDGET:,.0f} hours",
            hints=("The model's functions take orientation between 0 and 1: convert the score with "
                   "model.from_seven_point first.",
                   "A different budget is a different parameter set: dataclasses.replace on model.DEFAULT, "
                   "passed to model.accounts_covered."),
            misconceptions=[
                (answered(lambda: _served(ANALYST_SCORE)),
                 f"That uses the default budget; the question gives the salesperson {ANALYST_BUDGET:,.0f} hours."),
            ],
        ),
        NumberQuestion(
            "a2", _score_serving_target, rel_tol=0, abs_tol=0.02,
            prompt=f"Code: the orientation (1–7) that serves exactly {ANALYST_TARGET} accounts",
            hints=("Accounts served fall steadily as orientation rises, so you can search: try a score, "
                   f"compare with {ANALYST_TARGET}, and halve the interval (or evaluate a fine grid of scores).",
                   "Give the answer on the 1–7 scale: convert back with model.to_seven_point."),
            misconceptions=[SCALE_SLIP],
        ),
    ])
