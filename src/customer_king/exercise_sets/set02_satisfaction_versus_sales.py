"""Exercise set 2: satisfaction versus sales — reading the curves, the mechanism, the
case company, and what the research says."""
from __future__ import annotations

from functools import lru_cache
from string import ascii_uppercase

import numpy as np

from .. import cases, model
from ..checks import (ArrayQuestion, ChoiceQuestion, ExerciseSet, NumberQuestion, answered,
                      sign_error)

from ._shared import READING_TOLERANCE, SCALE_SLIP, c as _c, sales_peak_score as _sales_peak_score

FROM_SCORE, TO_SCORE = 4, 6  # the step the mechanism questions ask about


def _relative_change(curve) -> float:
    return float(curve(_c(TO_SCORE)) / curve(_c(FROM_SCORE)) - 1)


def _share_and_served_changes() -> list[float]:
    return [_relative_change(model.share_of_wallet), _relative_change(model.covered_wallet)]


def _sales_change() -> float:
    return _relative_change(model.sales)


def _changes_added() -> float:
    # The slip of adding percentage changes where they multiply.
    return sum(_share_and_served_changes())


# --- the case company ----------------------------------------------------------
@lru_cache(maxsize=1)
def _team_figures() -> tuple[list[str], dict[str, float], dict[str, float], dict[str, float], dict[str, float]]:
    case = cases.load_case()
    acc = case.accounts
    team = case.team
    mean_satisfaction = cases.group_by(acc, "salesperson", "satisfaction", np.mean)
    profit = cases.group_by(acc, "salesperson", cases.account_profit(acc))
    margin = cases.group_by(acc, "salesperson", "gross_margin_eur")
    sales = cases.group_by(acc, "salesperson", "our_sales_eur")
    return team, mean_satisfaction, profit, margin, sales


def _most_satisfied() -> str:
    _, mean_satisfaction, *_ = _team_figures()
    return max(mean_satisfaction, key=mean_satisfaction.get)


def _most_profitable() -> str:
    _, _, profit, *_ = _team_figures()
    return max(profit, key=profit.get)


def _team_question() -> ChoiceQuestion:
    team, mean_satisfaction, profit, *_ = _team_figures()
    letters = dict(zip(ascii_uppercase, team))
    winner, top_profit = _most_satisfied(), _most_profitable()
    why_wrong = {}
    for letter, name in letters.items():
        if name == top_profit:
            why_wrong[letter] = (f"{name}'s accounts earn the most profit in the team, but profit is not "
                                 "satisfaction: compare the mean satisfaction of each salesperson's accounts.")
        elif name != winner:
            why_wrong[letter] = (f"{name}'s customers average {mean_satisfaction[name]:.1f}; someone's average "
                                 "higher. Take the mean per salesperson: cases.group_by(acc, 'salesperson', "
                                 "'satisfaction', np.mean).")
    correct = next(letter for letter, name in letters.items() if name == winner)
    return ChoiceQuestion(
        "q5", letters, correct,
        prompt="Koningsvast: the most satisfied customers",
        why_wrong=why_wrong,
        hints=("Average the satisfaction column per salesperson and take the largest.",),
    )


def _profit_of_most_satisfied() -> float:
    _, _, profit, *_ = _team_figures()
    return profit[_most_satisfied()]


def _margin_of_most_satisfied() -> float:
    _, _, _, margin, _ = _team_figures()
    return margin[_most_satisfied()]


def _sales_of_most_satisfied() -> float:
    *_, sales = _team_figures()
    return sales[_most_satisfied()]


def _profit_of_most_profitable() -> float:
    _, _, profit, *_ = _team_figures()
    return profit[_most_profitable()]


def build() -> ExerciseSet:
    return ExerciseSet("02_satisfaction_versus_sales", "Satisfaction versus sales", [
        NumberQuestion(
            "q1", _sales_peak_score, rel_tol=0, abs_tol=READING_TOLERANCE,
            prompt="Reading the plot: where sales peak (1–7)",
            hints=("Find the highest point of the sales curve (right panel) and read its x value.",
                   "The sales curve tops out between two grid lines; estimate to the nearest quarter point."),
            misconceptions=[
                SCALE_SLIP,
                (answered(7.0, rel_tol=0.02),
                 "Orientation 7 is where satisfaction is highest (left panel). The question is about sales."),
            ],
        ),
        ArrayQuestion(
            "q2", _share_and_served_changes, rel_tol=0, abs_tol=0.005,
            prompt="From 4 to 6: change in share of wallet and in wallet served",
            hints=("A relative change is new / old − 1, as a fraction (0.15 for +15 %). Compute it for "
                   "model.share_of_wallet and for model.covered_wallet.",
                   "Give two numbers in a list, [share_change, served_change]; the second is negative "
                   "because fewer accounts are served at 6."),
        ),
        NumberQuestion(
            "q3", _sales_change, rel_tol=0, abs_tol=0.005, kind="share",
            prompt="From 4 to 6: change in sales",
            hints=("Compute model.sales at both levels and take new / old − 1.",
                   "Or combine your two answers to question 2: (1 + share change) × (1 + served change) − 1."),
            misconceptions=[
                (answered(_changes_added, rel_tol=0.02),
                 "It looks as if you added the two changes of question 2. Sales are a product, so changes "
                 "multiply: (1 + a) × (1 + b) − 1."),
                (sign_error(rel_tol=0.05),
                 "Right size, wrong sign: sales are lower at 6 than at 4, so the change is negative."),
            ],
        ),
        ChoiceQuestion(
            "q4",
            {"A": "Customers become less satisfied at high orientation",
             "B": "Share of wallet keeps rising, but too slowly to make up for the wallet of the accounts "
                  "no longer served",
             "C": "Share of wallet falls at high orientation",
             "D": "The 80 % ceiling is reached exactly at the peak"},
            "B",
            prompt="Why the model's sales fall past the peak",
            why_wrong={
                "A": "In the model satisfaction never falls; it keeps rising all the way to 7. Sales fall "
                     "for another reason.",
                "C": "Share of wallet never falls in the model; it keeps creeping towards the ceiling.",
                "D": "Share stays below the ceiling at every orientation; the peak comes where the gain "
                     "in share stops covering the loss of wallet served.",
            },
        ),
        _team_question(),
        NumberQuestion(
            "q6", _profit_of_most_satisfied, rel_tol=0.01, abs_tol=100,
            prompt="Koningsvast: profit of the happiest customers' salesperson",
            hints=("Profit per account is cases.account_profit(acc): gross margin minus cost to serve.",
                   "Keep only that salesperson's accounts (a mask such as acc['salesperson'] == name) "
                   "and add up their profit."),
            misconceptions=[
                (answered(_margin_of_most_satisfied),
                 "That is the gross margin, before the cost to serve. Subtract cost_to_serve_eur, "
                 "or use cases.account_profit."),
                (answered(_sales_of_most_satisfied),
                 "That is the salesperson's sales. Profit is gross margin minus cost to serve."),
                (answered(_profit_of_most_profitable),
                 "That is the profit of the team's most profitable salesperson, not of the one with the "
                 "most satisfied customers (question 5)."),
            ],
        ),
        ChoiceQuestion(
            "q7",
            {"A": "None: satisfaction is a strong predictor of share of wallet",
             "B": "It rewards orientation past the sales peak, where satisfaction still rises but sales fall",
             "C": "Salespeople will push harder for sales, so satisfaction will drop",
             "D": "Satisfaction cannot be measured reliably in B2B"},
            "B",
            prompt="Satisfaction in the bonus",
            why_wrong={
                "A": "The research says the opposite: the link between satisfaction and share of wallet is "
                     "significant but weak, and Walmart's satisfaction rose while its sales fell.",
                "C": "A satisfaction bonus pulls the other way: towards more orientation, not less.",
                "D": "The lesson made no such claim; the issue is what satisfaction does past the peak, "
                     "not how it is measured.",
            },
        ),
        ChoiceQuestion(
            "q8",
            {"A": "It shows that Homburg, Müller & Klarmann (2011) were wrong",
             "B": "Customers' satisfaction itself can peak: in professional services more orientation "
                  "eventually lowered relationship satisfaction",
             "C": "Satisfaction does not matter in professional services",
             "D": "Professional-service clients always want the most customer-oriented supplier"},
            "B",
            prompt="Arslanagić-Kalajdžić et al. (2020)",
            why_wrong={
                "A": "The two studies looked at different settings and outcomes; the later one shows the "
                     "earlier finding does not hold everywhere, not that it was wrong.",
                "C": "Relationship satisfaction was the very outcome the study measured.",
                "D": "The study found the opposite: past a point, more orientation went with lower "
                     "relationship satisfaction.",
            },
        ),
    ])
