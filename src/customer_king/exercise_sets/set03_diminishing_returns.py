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
from ..checks import (ChoiceQuestion, ExerciseSet, NumberQuestion, answered, sign_slip, step_slip,
                      zero_based_slip)
from ._shared import READING_TOLERANCE, SCALE_POINTS_SLIP, SCALE_SLIP, c, peak_score, sales_peak_score
from .display import HtmlTable, table

ONE_POINT = model.ONE_POINT  # one point on the 1-7 scale, in the model's 0-1 units
STEPS = tuple(range(1, 7))  # the steps 1→2 ... 6→7
STEP_FROM = 2  # question 1 reads the step from 2 to 3
SITUATION = {"individualized": 1.0, "competition": 1.0}  # question 2: tailor-made, fierce competition
SITUATION_TITLE = "Tailor-made products, fierce competition (both moderators at +1)"
HIGH_CUSTOMIZATION_COST = 15_000.0  # euros per account per year at orientation 7 (question 3)
EXPLORER_COMPETITION = 1.0  # question 4: the competitive-intensity slider
ALLOCATION_SALESPERSON = "Koen H."
ALLOCATION_SATURATION_HOURS = 40.0  # the rule's response curve in questions 7 and 8
ANALYST_SCORE = 4.5  # analyst question a1: the step from 4.5 to 5.5 ...
ANALYST_SITUATION = {"premium_price": 1.0}  # ... for a premium-price firm
ANALYST_SATURATION_HOURS = 20.0  # analyst question a2


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
    rows = [(f"{s} → {s + 1}", _marginal_sales(s)) for s in STEPS]
    return table(["Step in orientation (1–7)", "Extra sales from this step (€ per year)"], rows,
                 ["text", "eur"], caption="In the model (baseline): what one more point of orientation adds")


def steps_figure():
    """The extra sales per step for the salesperson of question 2, as labelled bars."""
    with plots.kit_style():
        fig, (ax,) = plots.new_figure(1, width=10, height=4.4)
        plots.extra_sales_per_step(ax, _situation_steps(), SITUATION_TITLE)
        fig.tight_layout()
    return fig


def profit_figure():
    """The model's profit when tailoring is expensive (question 3)."""
    with plots.kit_style():
        fig, (ax,) = plots.new_figure(1, width=10, height=4.4)
        plots.profit_curve(ax, _costly_params(), "Profit when tailoring is expensive")
        fig.tight_layout()
    return fig


def time_cost_reveal() -> HtmlTable:
    """After question 6: where sales peak with and without the time cost."""
    rows = [("Each point of orientation takes more hours per account (the model)", sales_peak_score()),
            ("More orientation takes no extra hours", no_time_cost_peak())]
    return table(["Time cost of orientation", "Where sales peak (1–7)"], rows, ["text", "score"],
                 caption="In the model: without the time cost, sales peak at the top of the scale")


def koen_table() -> HtmlTable:
    """Koen H.'s accounts, largest wallet first: his hours now and the rule's hours."""
    accounts = _koen()
    wallets, hours, plan = _plan()
    order = np.argsort(-wallets, kind="stable")
    rows = [(str(accounts["account_name"][i]), wallets[i], hours[i], plan[i]) for i in order]
    return table(
        ["Account", "Wallet: category spend (€ per year)", "Koen's hours now (h per year)",
         "Hours under the rule (h per year)"],
        rows, ["text", "eur", "hours", "hours"],
        caption=f"{ALLOCATION_SALESPERSON}'s accounts, largest wallet first: the same total hours, "
                "spread by the equal-marginal-return rule (the model's response curve)",
    )


# --- questions --------------------------------------------------------------------
OPTIONS_Q5 = {
    "A": "Under fierce competition, real salespeople should raise their orientation by exactly "
         "the shift you read in question 4",
    "B": "Competition turns the inverted U into a curve that keeps rising",
    "C": "The direction of the shift is a research finding; its size is the model's illustration",
    "D": "Both the direction and the size were estimated by Homburg, Müller & Klarmann (2011)",
}
OPTIONS_Q6 = {
    "A": "The peak would stay where it is",
    "B": "Sales would rise all the way to orientation 7: no peak inside the scale",
    "C": "Sales would fall at every step",
    "D": "The peak would move to a lower orientation",
}
OPTIONS_Q9 = {
    "A": "Move hours from Y to X until the next hour is worth the same on both",
    "B": "Give both accounts the same number of hours",
    "C": "Move hours from X to Y, because X already gets a lot of attention",
    "D": "Stop serving Y altogether",
}


def build() -> ExerciseSet:
    return ExerciseSet("03_diminishing_returns", "Diminishing returns", [
        NumberQuestion(
            "q1", _marginal_sales, rel_tol=0.01,
            prompt=f"Table: extra sales from the step {STEP_FROM} → {STEP_FROM + 1} (€ per year)",
            hints=(f"Find the row for the step {STEP_FROM} → {STEP_FROM + 1} in the table.",),
            misconceptions=[
                (answered(lambda: _marginal_sales(STEP_FROM + 1)),
                 f"That is the step {STEP_FROM + 1} → {STEP_FROM + 2}. Start at orientation {STEP_FROM}."),
                (answered(lambda: _marginal_sales(STEP_FROM - 1)),
                 f"That is the step {STEP_FROM - 1} → {STEP_FROM}. Start at orientation {STEP_FROM}."),
            ],
        ),
        NumberQuestion(
            "q2", _first_negative_step, kind="integer", rel_tol=0,
            prompt="Chart: the first step that loses sales",
            hints=("Look for the first bar below the zero line, reading from left to right.",
                   "Give the score the step starts from: the number before the arrow in its label."),
            misconceptions=[
                (answered(lambda: _first_negative_step() + 1),
                 "That is where the first losing step ends. Give the score it starts from."),
                zero_based_slip("Did you count the bars from 0? Read the step's own label under the bar "
                                "instead."),
            ],
        ),
        NumberQuestion(
            "q3", _profit_peak_costly, rel_tol=0, abs_tol=READING_TOLERANCE,
            prompt="Chart: profit peak when tailoring is costly (1–7)",
            hints=("Find the highest point of the profit curve and read its position on the horizontal axis.",
                   "The grid lines are a quarter point apart; count them from the nearest whole number."),
            misconceptions=[
                SCALE_SLIP,
                (lambda value, expected: abs(value - sales_peak_score()) <= 0.1,
                 "That is about where *sales* peak. With a high customization cost, profit peaks "
                 "somewhere else: read the profit curve."),
            ],
        ),
        NumberQuestion(
            "q4", _competition_shift, rel_tol=0, abs_tol=0.02,
            prompt="Explorer: how far fierce competition moves the sales peak (points)",
            hints=("Set the competitive-intensity slider to +1 and leave the other two at 0; the sentence "
                   "under the sliders gives the shift of the sales peak.",
                   "The question asks for the shift, not for where the peak now lies."),
            misconceptions=[
                SCALE_POINTS_SLIP,
                sign_slip("Right size, wrong sign: fierce competition moves the peak *up*, as Homburg, "
                          "Müller & Klarmann found."),
                (answered(_competition_peak, rel_tol=0.005),
                 "That is where the peak lies under fierce competition. The question asks how far "
                 "it moved from the baseline."),
            ],
        ),
        ChoiceQuestion(
            "q5", OPTIONS_Q5, "C",
            prompt="What the moderator shift means",
            why_wrong={
                "A": "That reads the model's number as a measurement. The model only copies the direction "
                     "of the finding; its sizes come from numbers chosen for teaching.",
                "B": "The curve still has a peak under fierce competition; the peak just sits higher.",
                "D": "The paper reports that the optimum is higher; this kit uses no estimate of how much "
                     "higher, so the size in the explorer is an illustration.",
            },
        ),
        ChoiceQuestion(
            "q6", OPTIONS_Q6, "B",
            prompt="Predict: switching off the time cost",
            why_wrong={
                "A": "The peak exists because each step of orientation costs hours and so accounts. "
                     "Remove that cost and ask what still pulls sales down.",
                "C": "Share of wallet still rises with every step, and without the time cost no account "
                     "is lost.",
                "D": "Without a time cost there is nothing to trade off against the extra share.",
            },
        ),
        NumberQuestion(
            "q7", _rule_hours_largest, rel_tol=0.01,
            prompt=f"Table: the rule's hours for {ALLOCATION_SALESPERSON}'s largest account",
            hints=("The table lists the largest wallet first; read the last column.",),
            misconceptions=[
                (answered(_actual_hours_largest),
                 "That is what Koen spends on the account now. The question asks what the rule would give."),
                (answered(_equal_split_hours),
                 "That is an equal split of his hours. The rule gives different hours to different accounts."),
            ],
        ),
        NumberQuestion(
            "q8", _accounts_gaining_hours, kind="integer", rel_tol=0,
            prompt=f"Table: {ALLOCATION_SALESPERSON}'s accounts that get more hours under the rule",
            hints=("Compare the last two columns row by row and count the rows where the rule's hours "
                   "are the larger number.",),
            misconceptions=[
                (answered(lambda: len(_koen()["account_name"]) - _accounts_gaining_hours()),
                 "That counts the accounts that get *fewer* hours (or the same). Count those that gain."),
            ],
        ),
        ChoiceQuestion(
            "q9", OPTIONS_Q9, "A",
            prompt="The equal-marginal-return rule",
            why_wrong={
                "B": "Equal hours ignore what the hours buy; the rule equalizes the value of the next "
                     "hour, not the hours.",
                "C": "That moves time from where the next hour is worth more to where it is worth less, "
                     "so total sales fall.",
                "D": "Y's next hour is still worth something. Move hours only until the values meet; "
                     "dropping Y is right only if even its first hour is worth less than the last hour "
                     "elsewhere.",
            },
        ),
    ], analyst_questions=[
        NumberQuestion(
            "a1", lambda: _marginal_sales(ANALYST_SCORE, model.moderated(**ANALYST_SITUATION)), rel_tol=0.01,
            prompt=f"Code: marginal sales of the step {ANALYST_SCORE:g} → {ANALYST_SCORE + 1:g}, premium price +1",
            hints=("model.marginal(model.sales, c, params, step=...) gives what one step adds; one point on the "
                   "1–7 scale is model.ONE_POINT in the model's units.",
                   "The situation is a parameter set: model.moderated with the premium-price level."),
            misconceptions=[
                step_slip(ONE_POINT),
                (answered(lambda: _marginal_sales(ANALYST_SCORE)),
                 "That is the baseline; the question asks about a firm with a premium-price strategy."),
            ],
        ),
        NumberQuestion(
            "a2", lambda: _rule_hours_largest(ANALYST_SATURATION_HOURS), rel_tol=0.01,
            prompt=f"Code: the rule's hours for the largest account with saturation_hours={ANALYST_SATURATION_HOURS:g}",
            hints=("model.allocate_hours(wallets, budget, saturation_hours=...) spreads the budget; the "
                   "wallets are the category spend, the budget the total of his current hours.",),
            misconceptions=[
                (answered(_rule_hours_largest),
                 "That uses the response curve of the table. The question changes saturation_hours."),
            ],
        ),
    ])
