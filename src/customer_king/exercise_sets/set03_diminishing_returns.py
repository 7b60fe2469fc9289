"""Exercise set 3: diminishing returns — marginal sales, the profit peak, the moderators
and the equal-marginal-return rule on the case company."""
from __future__ import annotations

from dataclasses import replace

import numpy as np

from .. import cases, model
from ..checks import ChoiceQuestion, ExerciseSet, NumberQuestion, answered, sign_error

ONE_POINT = model.ONE_POINT  # one point on the 1-7 scale, in the model's 0-1 units
STEP_FROM = 2  # question 1 asks about the step from 2 to 3
HIGH_CUSTOMIZATION_COST = 15_000.0  # euros per account per year at orientation 7 (question 3)
SITUATION = {"individualized": 1.0, "competition": 1.0}  # question 2: tailor-made, fierce competition
ALLOCATION_SALESPERSON = "Koen H."
ALLOCATION_SATURATION_HOURS = 40.0


from ._shared import READING_TOLERANCE, SCALE_POINTS_SLIP, SCALE_SLIP, c as _c, to_seven as _to7


# --- marginal sales ---------------------------------------------------------------
def _marginal_sales(score: float = STEP_FROM, step: float = ONE_POINT,
                    params: model.ModelParams = model.DEFAULT) -> float:
    return float(model.marginal(model.sales, _c(score), params, step=step))


def _first_negative_step() -> int:
    situation = model.moderated(**SITUATION)
    for score in range(1, 7):
        if _marginal_sales(score, params=situation) < 0:
            return score
    raise RuntimeError("the model's marginal sales never turn negative")  # pragma: no cover


# --- profit peak ------------------------------------------------------------------
def _costly_params() -> model.ModelParams:
    return replace(model.DEFAULT, customization_cost=HIGH_CUSTOMIZATION_COST)


def _profit_peak_costly() -> float:
    return _to7(model.optimum(_costly_params(), "profit").orientation)


def _sales_peak() -> float:
    return _to7(model.optimum(model.DEFAULT, "sales").orientation)


# --- moderators -------------------------------------------------------------------
def _competition_peak() -> float:
    return _to7(model.optimum(model.moderated(competition=1.0), "sales").orientation)


def _competition_shift() -> float:
    return _competition_peak() - _sales_peak()


# --- allocation on the case company ----------------------------------------------
def _allocation_inputs() -> tuple[np.ndarray, np.ndarray]:
    accounts = cases.load_case().accounts_of(ALLOCATION_SALESPERSON)
    return (np.asarray(accounts["category_spend_eur"], float),
            np.asarray(accounts["hours_per_year"], float))


def _rule_hours_largest(saturation_hours: float = ALLOCATION_SATURATION_HOURS) -> float:
    wallets, hours = _allocation_inputs()
    plan = model.allocate_hours(wallets, float(hours.sum()), saturation_hours=saturation_hours)
    return float(plan[np.argmax(wallets)])


def _actual_hours_largest() -> float:
    wallets, hours = _allocation_inputs()
    return float(hours[np.argmax(wallets)])


def _equal_split_hours() -> float:
    wallets, hours = _allocation_inputs()
    return float(hours.sum() / len(wallets))


def build() -> ExerciseSet:
    return ExerciseSet("03_diminishing_returns", "Diminishing returns", [
        NumberQuestion(
            "q1", _marginal_sales, rel_tol=0.01,
            prompt="Marginal sales of the step from 2 to 3 (€/yr)",
            hints=("Use model.marginal(model.sales, c, step=...) with c = model.from_seven_point(2).",
                   "One point on the 1–7 scale is a step of 1/6 in the model's units."),
            misconceptions=[
                (answered(lambda: _marginal_sales(step=0.1)),
                 "You used the default step of 0.1, which is 0.6 of a point. One point is step=1/6."),
                (answered(lambda: _marginal_sales(STEP_FROM + 1)),
                 "That is the step from 3 to 4. Start at orientation 2."),
                (answered(lambda: model.sales(_c(STEP_FROM))),
                 "That is the level of sales at orientation 2, not what the step adds."),
            ],
        ),
        NumberQuestion(
            "q2", _first_negative_step, kind="integer", rel_tol=0,
            prompt="Reading the plot: the first step that loses sales",
            hints=("Look for the first bar below the zero line, reading from left to right.",
                   "Give the score the step starts from: 2 for the bar labelled 2→3."),
            misconceptions=[
                (answered(lambda: _first_negative_step() + 1),
                 "That is where the first losing step ends. Give the score it starts from."),
            ],
        ),
        NumberQuestion(
            "q3", _profit_peak_costly, rel_tol=0, abs_tol=READING_TOLERANCE,
            prompt="Reading the plot: profit peak when tailoring is costly (1–7)",
            hints=("Find the highest point of the profit curve and read its x value.",
                   "The peak lies between two grid lines; estimate to the nearest quarter point."),
            misconceptions=[
                SCALE_SLIP,
                (lambda value, expected: abs(value - _sales_peak()) <= 0.1,
                 "That is about where *sales* peak. With a high customization cost, profit peaks "
                 "somewhere else: read the profit curve."),
            ],
        ),
        NumberQuestion(
            "q4", _competition_shift, rel_tol=0, abs_tol=0.02,
            prompt="How far fierce competition moves the sales peak (points)",
            hints=("Compute the sales optimum twice, with model.DEFAULT and with "
                   "model.moderated(competition=1), and subtract.",
                   "model.optimum(params).orientation is on the 0–1 scale: convert both with "
                   "model.to_seven_point before subtracting."),
            misconceptions=[
                SCALE_POINTS_SLIP,
                (sign_error(rel_tol=0.05),
                 "Right size, wrong sign: fierce competition moves the peak *up*, as Homburg, "
                 "Müller & Klarmann found. Subtract the baseline from the new peak."),
                (answered(_competition_peak, rel_tol=0.005),
                 "That is where the peak lies under fierce competition. The question asks how far "
                 "it moved from the baseline."),
            ],
        ),
        ChoiceQuestion(
            "q5",
            {"A": "Under fierce competition, real salespeople should raise their orientation by exactly "
                  "the shift computed in question 4",
             "B": "The direction of the shift is a research finding; its size is the model's illustration",
             "C": "Competition turns the inverted U into a curve that keeps rising",
             "D": "Both the direction and the size were estimated by Homburg, Müller & Klarmann (2011)"},
            "B",
            prompt="What the moderator shift means",
            why_wrong={
                "A": "That reads the model's number as a measurement. The model only copies the direction "
                     "of the finding; its sizes come from numbers chosen for teaching.",
                "C": "The curve still has a peak under fierce competition; the peak just sits higher.",
                "D": "The paper reports that the optimum is higher; this kit uses no estimate of how much "
                     "higher, so the size in the explorer is an illustration.",
            },
        ),
        ChoiceQuestion(
            "q6",
            {"A": "Sales would rise all the way to orientation 7: no peak inside the scale",
             "B": "The peak would stay where it is",
             "C": "Sales would fall at every step",
             "D": "The peak would move to a lower orientation"},
            "A",
            prompt="Switching off the time cost",
            why_wrong={
                "B": "The peak exists because each step of orientation costs hours and so accounts. "
                     "Remove that cost and nothing pulls sales down.",
                "C": "Share of wallet still rises with every step, and no account is lost, so each "
                     "step adds sales.",
                "D": "Without a time cost there is nothing to trade off; the peak does not move lower, "
                     "it leaves the scale at the top.",
            },
        ),
        NumberQuestion(
            "q7", _rule_hours_largest, rel_tol=0.01,
            prompt="Equal-marginal-return hours for Koen H.'s largest account",
            hints=("Take Koen H.'s accounts with case.accounts_of('Koen H.'). The wallets are "
                   "category_spend_eur; the budget is the sum of his hours_per_year.",
                   "plan = model.allocate_hours(wallets, budget, saturation_hours=40); the largest "
                   "account is at np.argmax(wallets)."),
            misconceptions=[
                (answered(_actual_hours_largest),
                 "That is what Koen spends on the account now. The question asks what the rule would give."),
                (answered(lambda: _rule_hours_largest(10.0)),
                 "That uses the default response curve. Pass saturation_hours=40 to allocate_hours."),
                (answered(_equal_split_hours),
                 "That is an equal split of his hours. The rule gives different hours to different accounts."),
            ],
        ),
        ChoiceQuestion(
            "q8",
            {"A": "Move hours from Y to X until the next hour is worth the same on both",
             "B": "Give both accounts the same number of hours",
             "C": "Move hours from X to Y, because X already gets a lot of attention",
             "D": "Stop serving Y altogether"},
            "A",
            prompt="The equal-marginal-return rule",
            why_wrong={
                "B": "Equal hours ignore what the hours buy; the rule equalizes the value of the next "
                     "hour, not the hours.",
                "C": "That moves time from where the next hour is worth more to where it is worth less, "
                     "so total sales fall.",
                "D": "Y's next hour is still worth €120. Move hours only until the values meet; dropping Y "
                     "is right only if even its first hour is worth less than the last hour elsewhere.",
            },
        ),
    ])
