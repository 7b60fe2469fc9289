"""Exercise set 5: warning signs of overservice — the signs, the score, the whale curve."""
from __future__ import annotations

import numpy as np

from .. import cases, model, overservice
from ..checks import (ChoiceQuestion, ExerciseSet, MultiSelectQuestion, NumberQuestion, answered,
                      factor_off)

TALK_PERSON = "Fleur B."  # question 2
FREED_PERSON = "Mirjam T."  # question 8
LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"

# Question 3: a salesperson at another wholesaler (made up; the five measurable signs).
OTHER_REP = {
    "hours_vs_tier": 2.6,
    "time_on_small_accounts": -0.05,
    "non_sales_share": 0.38,
    "internal_requests": 2.1,
    "effort_near_ceiling": 0.25,
}


def _case() -> cases.CaseCompany:
    return cases.load_case()


def _acc() -> dict[str, np.ndarray]:
    return _case().accounts


def _full_sign_ratio() -> float:
    first = overservice.sign("hours_vs_tier")
    return first.threshold + first.range


# --- question 1: over-served accounts ---------------------------------------
def _overserved_count() -> int:
    return int(overservice.overserved_accounts(_acc()).sum())


def _count_with_mean_benchmark() -> int:
    acc = _acc()
    hours, tiers = np.asarray(acc["hours_per_year"], float), np.asarray(acc["tier"])
    mean = {t: hours[tiers == t].mean() for t in np.unique(tiers)}
    return int(np.sum(hours / np.array([mean[t] for t in tiers]) >= _full_sign_ratio()))


def _count_from_threshold() -> int:
    return int(np.sum(overservice.account_hours_vs_tier(_acc()) >= overservice.sign("hours_vs_tier").threshold))


# --- question 2: hour-weighted non-sales share ------------------------------
def _mine(name: str) -> np.ndarray:
    return np.asarray(_acc()["salesperson"]) == name


def _weighted_talk() -> float:
    acc, mine = _acc(), _mine(TALK_PERSON)
    return float(np.average(acc["non_sales_share"][mine], weights=acc["hours_per_year"][mine]))


def _plain_talk() -> float:
    return float(np.mean(_acc()["non_sales_share"][_mine(TALK_PERSON)]))


# --- question 3: a warning score --------------------------------------------
def _other_rep_score() -> float:
    return float(model.warning_score(OTHER_REP))


def _score_without_clipping() -> float:
    fractions = [(value - overservice.sign(key).threshold) / overservice.sign(key).range
                 for key, value in OTHER_REP.items()]
    return 100 * float(np.mean(fractions))


def _score_over_seven_signs() -> float:
    return _other_rep_score() * len(OTHER_REP) / len(model.WARNING_SIGNS)


# --- question 4: reading the whale curve ------------------------------------
def _whale_peak_percent() -> float:
    _, cumulative = overservice.whale_curve(cases.account_profit(_acc()))
    return 100 * float(cumulative.max())


# --- question 6: who is flagged ----------------------------------------------
def _team_options() -> dict[str, str]:
    return dict(zip(LETTERS, _case().team))


def _flagged_letters() -> set[str]:
    bands = model.warning_band(model.warning_score(overservice.salesperson_indicators(_case())))
    return {letter for letter, band in zip(LETTERS, bands) if band != "green"}


def _why_not_flagged() -> dict[str, str]:
    """A hint for every salesperson who is green, naming the likely mix-up."""
    case = _case()
    orientation = dict(zip(case.team, case.salespeople["orientation_1to7"]))
    flagged = _flagged_letters()
    hints = {}
    for letter, name in _team_options().items():
        if letter in flagged:
            continue
        if orientation[name] >= 5.5:
            hints[letter] = (f"{name} is highly customer-oriented, but orientation is not a warning sign: "
                             "check the score, which looks at where the hours go.")
        else:
            hints[letter] = (f"{name} scores green: compute the scores with model.warning_score and "
                             "look for 30 or more.")
    return hints


# --- question 8: hours that could move ---------------------------------------
def _freed_hours() -> float:
    acc = _acc()
    mine = _mine(FREED_PERSON)
    return float(overservice.excess_hours(acc)[mine & overservice.overserved_accounts(acc)].sum())


def _freed_on_all_accounts() -> float:
    return float(overservice.excess_hours(_acc())[_mine(FREED_PERSON)].sum())


def _freed_to_benchmark() -> float:
    acc = _acc()
    mine = _mine(FREED_PERSON) & overservice.overserved_accounts(acc)
    return float(overservice.excess_hours(acc, allowed_ratio=1.0)[mine].sum())


def build() -> ExerciseSet:
    return ExerciseSet("05_warning_signs_of_overservice", "Warning signs of overservice", [
        NumberQuestion(
            "q1", _overserved_count, kind="integer", rel_tol=0.0,
            prompt="Accounts at 2.2x their tier benchmark or more",
            hints=("Benchmark = the median hours of each tier. Divide every account's hours by the "
                   "benchmark of its own tier, then count the ratios of 2.2 or more.",
                   "np.sum(acc['hours_per_year'] / tier_hours >= 2.2), with tier_hours the benchmark "
                   "of each account's tier"),
            misconceptions=[
                (answered(_count_with_mean_benchmark),
                 "You used the mean hours of each tier as the benchmark. A few heavily served accounts "
                 "pull the mean up; the lesson's benchmark is the median (np.median)."),
                (answered(_count_from_threshold),
                 "1.2 is where the sign starts to count; the question asks for accounts where it is at full "
                 "weight, 2.2 times the benchmark."),
            ],
        ),
        NumberQuestion(
            "q2", _weighted_talk, rel_tol=0.01, kind="share",
            prompt=f"{TALK_PERSON}: non-sales share, weighted by hours",
            hints=("Select the accounts of this salesperson with a mask, then average the non-sales share "
                   "with the hours as weights.",
                   "np.average(talk[mine], weights=hours[mine])"),
            misconceptions=[
                (answered(_plain_talk, rel_tol=0.005),
                 "That is the plain mean, where a 5-hour account counts as much as a 100-hour one. Weight "
                 "each account by its hours: np.average(..., weights=...)."),
            ],
        ),
        NumberQuestion(
            "q3", _other_rep_score, rel_tol=0.01,
            prompt="Warning score of another wholesaler's salesperson",
            hints=("Pass the dictionary to model.warning_score.",
                   "By hand: for each sign, (value - threshold) / range, clipped to 0..1; average the five "
                   "and multiply by 100."),
            misconceptions=[
                (answered(_score_without_clipping, rel_tol=0.01),
                 "You did not clip: a sign cannot add less than 0 or more than its full weight. Clip each "
                 "fraction to 0..1 before averaging."),
                (answered(_score_over_seven_signs, rel_tol=0.01),
                 "You divided by seven signs. Only five are measured here, and the score shares the weight "
                 "among the signs it has data for."),
            ],
        ),
        NumberQuestion(
            "q4", _whale_peak_percent, rel_tol=0.0, abs_tol=8.0,
            prompt="Read the plot: height of the whale curve's peak (%)",
            hints=("Find the highest point of the curve and read its height on the vertical axis.",
                   "The dashed line is 100% of total profit; the peak lies well above it."),
            misconceptions=[
                (answered(100.0, rel_tol=0.05),
                 "100% is the dashed line: where the curve *ends*, at total profit. The peak is its highest "
                 "point, before the loss-making accounts pull it back."),
                (factor_off(100, rel_tol=0.05),
                 "The size looks right but give it in percent, as the axis shows it: 150, not 1.5."),
            ],
        ),
        ChoiceQuestion(
            "q5",
            {"A": "The accounts on the right lose money after the cost to serve",
             "B": "The accounts on the right buy less than the others",
             "C": "Koningsvast as a whole makes a loss",
             "D": "The data for those accounts are missing"},
            "A",
            prompt="What the falling part of the whale curve means",
            why_wrong={
                "B": "Small sales alone do not make the curve fall: any account with a positive profit "
                     "still adds to it. It falls only where profit is negative, after the cost to serve.",
                "C": "The curve ends at 100% of a positive total profit. The company earns money; some "
                     "accounts give part of it away.",
                "D": "Every account is in the curve; the fall is real profit going out, not missing data.",
            },
        ),
        MultiSelectQuestion(
            "q6", _team_options(), _flagged_letters(),
            prompt="Who scores amber or red (equal weights)?",
            why_wrong=_why_not_flagged(),
            hints=("Compute overservice.salesperson_indicators(case), pass it to model.warning_score and "
                   "look for scores of 30 or more (model.warning_band).",),
        ),
        ChoiceQuestion(
            "q7",
            {"A": "Her customers are less satisfied, so she has nothing to over-serve",
             "B": "She puts her extra time where there is headroom and keeps small accounts lean",
             "C": "She has fewer selling hours than the others",
             "D": "The score ignores customer orientation, so it cannot see her"},
            "B",
            prompt="Why Sanne K. is green",
            why_wrong={
                "A": "Her customers are among the most satisfied on the team. Over-service is about where the "
                     "hours go, not about how happy customers are.",
                "C": "Her budget is a full-time budget like most of the team's; it is the *use* of the hours "
                     "that differs.",
                "D": "True that orientation is not one of the signs, but that is the point: her orientation "
                     "goes to accounts that can still grow, so none of the signs light up.",
            },
        ),
        NumberQuestion(
            "q8", _freed_hours, rel_tol=0.01,
            prompt=f"Hours {FREED_PERSON} would free on over-served accounts",
            hints=("For each of her over-served accounts (ratio 2.2 or more), the hours above 1.2 times the "
                   "tier benchmark; add them up.",
                   "hours - 1.2 * tier_hours, on her accounts where hours / tier_hours >= 2.2"),
            misconceptions=[
                (answered(_freed_on_all_accounts, rel_tol=0.01),
                 "You counted the hours above 1.2 times the benchmark on *all* her accounts; the question "
                 "asks only about the over-served ones (2.2 or more)."),
                (answered(_freed_to_benchmark, rel_tol=0.01),
                 "You brought the accounts back to the benchmark itself; the question allows 1.2 times the "
                 "benchmark, where the sign starts to count."),
            ],
        ),
        ChoiceQuestion(
            "q9",
            {"A": "A new account with a large wallet, where you already rank second among its suppliers",
             "B": "An account at 78% share whose buyer enjoys the weekly visit",
             "C": "A small account whose buyer is a good friend",
             "D": "An account that asks for rush deliveries every week"},
            "A",
            prompt="When are extra hours not overservice?",
            why_wrong={
                "B": "Near the ceiling, extra hours cannot win more share; the visit is pleasant, but it is "
                     "exactly the near-ceiling effort the fifth sign flags.",
                "C": "That is relational effort the account does not repay: sign 1 (a small account with "
                     "big-account time), however nice the buyer.",
                "D": "Weekly rush orders are the internal-service sign. They may need fixing once, not "
                     "serving forever.",
            },
        ),
    ])
