"""Exercise set 3: diminishing returns — marginal sales, the profit peak, the moderators
and the equal-marginal-return rule on the case company.

The main questions are read from what the notebook shows (the step table and chart,
the profit chart, the moderator explorer, Koen H.'s account table); the "For
analysts" questions compute with the model.  Every parameter of the set is defined
here once, and the notebook draws its tables and charts from here.
"""
from __future__ import annotations

from dataclasses import replace

import numpy as np

from .. import cases, model, plots
from ..messages import format_number as num, text
from ..checks import (ChoiceQuestion, ExerciseSet, NumberQuestion, answered, scale_slip, sign_slip, step_slip,
                      zero_based_slip)
from ._shared import READING_TOLERANCE, c, peak_score, sales_peak_score
from .display import HtmlTable, show, table

ONE_POINT = model.ONE_POINT  # one point on the 1-7 scale, in the model's 0-1 units
STEPS = tuple(range(1, 7))  # the steps 1→2 ... 6→7
STEP_FROM = 2  # question 1 reads the step from 2 to 3
SITUATION = {"individualized": 1.0, "competition": 1.0}  # question 2: tailor-made, fierce competition
HIGH_CUSTOMIZATION_COST = 15_000.0  # euros per account per year at orientation 7 (question 3)
EXPLORER_COMPETITION = 1.0  # question 4: the competitive-intensity slider
ALLOCATION_SALESPERSON = "Koen H."
ALLOCATION_SATURATION_HOURS = 40.0  # the rule's response curve in questions 7 and 8
ANALYST_SCORE = 4.5  # analyst question a1: the step from 4.5 to 5.5 ...
ANALYST_SITUATION = {"premium_price": 1.0}  # ... for a premium-price firm
ANALYST_SATURATION_HOURS = 20.0  # analyst question a2


def situation_title() -> str:
    """The title of question 2's chart, in the learner's language."""
    return text("ex03.situation.title", level=num(SITUATION["competition"]))


def _step(start: float) -> dict[str, str]:
    """The fields {start} and {end} of the step from `start` one point up, as the learner writes numbers."""
    return {"start": num(start), "end": num(start + 1)}


# --- marginal sales ---------------------------------------------------------------
def _marginal_sales(score: float = STEP_FROM, params: model.ModelParams = model.DEFAULT) -> float:
    return float(model.marginal(model.sales, c(score), params, step=ONE_POINT))


def _situation() -> model.ModelParams:
    return model.moderated(**SITUATION)


def _situation_steps() -> np.ndarray:
    return np.array([_marginal_sales(s, _situation()) for s in STEPS])


def _first_negative_step() -> int:
    return next(s for s, extra in zip(STEPS, _situation_steps()) if extra < 0)


# --- profit peak ------------------------------------------------------------------
def _costly_params() -> model.ModelParams:
    return replace(model.DEFAULT, customization_cost=HIGH_CUSTOMIZATION_COST)


def _profit_peak_costly() -> float:
    return peak_score(_costly_params(), "profit")


# --- moderators -------------------------------------------------------------------
def _competition_peak() -> float:
    return peak_score(model.moderated(competition=EXPLORER_COMPETITION), "sales")


def _competition_shift() -> float:
    return _competition_peak() - sales_peak_score()


def no_time_cost_peak() -> float:
    """Where sales peak (1-7) if more orientation took no extra hours per account."""
    return peak_score(replace(model.DEFAULT, hours_growth=0.0), "sales")


# --- allocation on the case company ----------------------------------------------
def _koen() -> dict[str, np.ndarray]:
    return cases.load_case().accounts_of(ALLOCATION_SALESPERSON)


def _plan(saturation_hours: float = ALLOCATION_SATURATION_HOURS) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    accounts = _koen()
    wallets = np.asarray(accounts["category_spend_eur"], float)
    hours = np.asarray(accounts["hours_per_year"], float)
    plan = model.allocate_hours(wallets, float(hours.sum()), saturation_hours=saturation_hours)
    return wallets, hours, np.asarray(plan, float)


def _rule_hours_largest(saturation_hours: float = ALLOCATION_SATURATION_HOURS) -> float:
    wallets, _, plan = _plan(saturation_hours)
    return float(plan[np.argmax(wallets)])


def _actual_hours_largest() -> float:
    wallets, hours, _ = _plan()
    return float(hours[np.argmax(wallets)])


def _equal_split_hours() -> float:
    wallets, hours, _ = _plan()
    return float(hours.sum() / len(wallets))


def _accounts_gaining_hours() -> int:
    _, hours, plan = _plan()
    return int(np.sum(plan > hours))


# --- what the notebook shows ------------------------------------------------------
def steps_table() -> HtmlTable:
    """What each one-point step adds to the baseline model's sales."""
    rows = [(text("ex03.steps.row", **_step(s)), _marginal_sales(s)) for s in STEPS]
    return table([text("ex03.steps.col.step"), text("ex03.steps.col.extra")], rows,
                 ["text", "eur"], caption=text("ex03.steps.caption"))


def steps_figure() -> None:
    """The extra sales per step for the salesperson of question 2, as labelled bars."""
    with plots.kit_style():
        fig, (ax,) = plots.new_figure(1, width=10, height=4.4)
        plots.extra_sales_per_step(ax, _situation_steps(), situation_title())
        fig.tight_layout()
    show(fig)


def profit_figure() -> None:
    """The model's profit when tailoring is expensive (question 3)."""
    with plots.kit_style():
        fig, (ax,) = plots.new_figure(1, width=10, height=4.4)
        plots.profit_curve(ax, _costly_params(), text("ex03.profit.title"))
        fig.tight_layout()
    show(fig)


def time_cost_reveal() -> HtmlTable:
    """After question 6: where sales peak with and without the time cost."""
    rows = [(text("ex03.time.row.with"), sales_peak_score()),
            (text("ex03.time.row.without"), no_time_cost_peak())]
    return table([text("ex03.time.col.cost"), text("ex03.time.col.peak")], rows, ["text", "score"],
                 caption=text("ex03.time.caption"))


def koen_table() -> HtmlTable:
    """Koen H.'s accounts, largest wallet first: his hours now and the rule's hours."""
    accounts = _koen()
    wallets, hours, plan = _plan()
    order = np.argsort(-wallets, kind="stable")
    rows = [(str(accounts["account_name"][i]), wallets[i], hours[i], plan[i]) for i in order]
    return table(
        [text("ex03.koen.col.account"), text("ex03.koen.col.wallet"), text("ex03.koen.col.now"),
         text("ex03.koen.col.rule")],
        rows, ["text", "eur", "hours", "hours"],
        caption=text("ex03.koen.caption", salesperson=ALLOCATION_SALESPERSON),
    )


# --- questions --------------------------------------------------------------------
def _options(question: str) -> dict[str, str]:
    """A choice question's options A-D, looked up when the set is built (in the learner's language)."""
    return {letter: text(f"ex03.{question}.option.{letter}") for letter in "ABCD"}


def _why_wrong(question: str, letters: str) -> dict[str, str]:
    """Why each wrong option of `question` is wrong, one text per letter in `letters`."""
    return {letter: text(f"ex03.{question}.wrong.{letter}") for letter in letters}


def build() -> ExerciseSet:
    koen = {"salesperson": ALLOCATION_SALESPERSON}
    return ExerciseSet("03_diminishing_returns", text("ex03.title"), [
        NumberQuestion(
            "q1", _marginal_sales, rel_tol=0.01,
            prompt=text("ex03.q1.prompt", **_step(STEP_FROM)),
            hints=(text("ex03.q1.hint.1", **_step(STEP_FROM)),),
            misconceptions=[
                (answered(lambda: _marginal_sales(STEP_FROM + 1)),
                 text("ex03.q1.wrong.next_step", **_step(STEP_FROM + 1), asked=num(STEP_FROM))),
                (answered(lambda: _marginal_sales(STEP_FROM - 1)),
                 text("ex03.q1.wrong.previous_step", **_step(STEP_FROM - 1), asked=num(STEP_FROM))),
            ],
        ),
        NumberQuestion(
            "q2", _first_negative_step, kind="integer", rel_tol=0,
            prompt=text("ex03.q2.prompt"),
            hints=(text("ex03.q2.hint.1"), text("ex03.q2.hint.2")),
            misconceptions=[
                (answered(lambda: _first_negative_step() + 1), text("ex03.q2.wrong.end_of_step")),
                zero_based_slip(text("ex03.q2.wrong.zero_based")),
            ],
        ),
        NumberQuestion(
            "q3", _profit_peak_costly, rel_tol=0, abs_tol=READING_TOLERANCE,
            prompt=text("ex03.q3.prompt"),
            hints=(text("ex03.q3.hint.1"), text("ex03.q3.hint.2")),
            misconceptions=[
                scale_slip(),  # built here, not at import: its hint is in the language of the moment
                (lambda value, expected: abs(value - sales_peak_score()) <= 0.1, text("ex03.q3.wrong.sales_peak")),
            ],
        ),
        NumberQuestion(
            "q4", _competition_shift, rel_tol=0, abs_tol=0.02,
            prompt=text("ex03.q4.prompt"),
            hints=(text("ex03.q4.hint.1", level=num(EXPLORER_COMPETITION)), text("ex03.q4.hint.2")),
            misconceptions=[
                scale_slip(points=True),
                sign_slip(text("ex03.q4.wrong.sign")),
                (answered(_competition_peak, rel_tol=0.005), text("ex03.q4.wrong.peak_not_shift")),
            ],
        ),
        ChoiceQuestion("q5", _options("q5"), "C", prompt=text("ex03.q5.prompt"), why_wrong=_why_wrong("q5", "ABD")),
        ChoiceQuestion("q6", _options("q6"), "B", prompt=text("ex03.q6.prompt"), why_wrong=_why_wrong("q6", "ACD")),
        NumberQuestion(
            "q7", _rule_hours_largest, rel_tol=0.01,
            prompt=text("ex03.q7.prompt", **koen),
            hints=(text("ex03.q7.hint.1"),),
            misconceptions=[
                (answered(_actual_hours_largest), text("ex03.q7.wrong.hours_now")),
                (answered(_equal_split_hours), text("ex03.q7.wrong.equal_split")),
            ],
        ),
        NumberQuestion(
            "q8", _accounts_gaining_hours, kind="integer", rel_tol=0,
            prompt=text("ex03.q8.prompt", **koen),
            hints=(text("ex03.q8.hint.1"),),
            misconceptions=[
                (answered(lambda: len(_koen()["account_name"]) - _accounts_gaining_hours()),
                 text("ex03.q8.wrong.fewer")),
            ],
        ),
        ChoiceQuestion("q9", _options("q9"), "A", prompt=text("ex03.q9.prompt"), why_wrong=_why_wrong("q9", "BCD")),
    ], analyst_questions=[
        NumberQuestion(
            "a1", lambda: _marginal_sales(ANALYST_SCORE, model.moderated(**ANALYST_SITUATION)), rel_tol=0.01,
            prompt=text("ex03.a1.prompt", **_step(ANALYST_SCORE), level=num(ANALYST_SITUATION["premium_price"])),
            hints=(text("ex03.a1.hint.1"), text("ex03.a1.hint.2")),
            misconceptions=[
                step_slip(ONE_POINT),
                (answered(lambda: _marginal_sales(ANALYST_SCORE)), text("ex03.a1.wrong.baseline")),
            ],
        ),
        NumberQuestion(
            "a2", lambda: _rule_hours_largest(ANALYST_SATURATION_HOURS), rel_tol=0.01,
            # saturation_hours=20 is code the learner types: a Python number in every language
            prompt=text("ex03.a2.prompt", saturation_hours=f"{ANALYST_SATURATION_HOURS:g}"),
            hints=(text("ex03.a2.hint.1"),),
            misconceptions=[
                (answered(_rule_hours_largest), text("ex03.a2.wrong.table_curve")),
            ],
        ),
    ])
