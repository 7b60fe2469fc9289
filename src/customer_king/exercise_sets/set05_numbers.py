"""The numbers behind exercise set 5's questions: who and what each question is about, and
every value its checks compute (the right answers and the slips), from the fictional
case company Koningsvast and the kit's stylized warning score.

:mod:`.set05_warning_signs_of_overservice` shows these numbers and asks the questions.
"""
from __future__ import annotations

import numpy as np

from .. import cases, model, overservice

RATIO_ACCOUNT = "Velhorst Staalbouw B.V."  # question 1
PORTFOLIO_PERSON = "Fleur B."  # question 2
BUDGET_PERSON = "Koen H."  # question 8
TALK_PERSON = "Fleur B."  # analysts
FREED_PERSON = "Mirjam T."  # analysts
LETTERS = "ABCDEFGHIJKL"

# Five of Mirjam T.'s accounts, shown with their tier and hours (question 1).
SAMPLE_PERSON = "Mirjam T."
SAMPLE_ACCOUNTS = (
    "Velkamp Metaaltechniek",
    "Brakmeer Machinebouw B.V.",
    "Velhorst Staalbouw B.V.",
    "Siemond Machinebouw B.V.",
    "Kamwerf Kassenbouw B.V.",
)

# Question 3: a salesperson at another wholesaler (made up; the five measurable signs).
OTHER_REP = {
    "hours_vs_tier": 2.6,
    "time_on_small_accounts": -0.05,
    "non_sales_share": 0.38,
    "internal_requests": 2.1,
    "effort_near_ceiling": 0.25,
}

# Question 4: four accounts of another made-up salesperson: hours a year, non-sales share
# (shown as "Account 1" to "Account 4", in the learner's language).
TALK_ACCOUNTS = (
    (120.0, 0.45),
    (50.0, 0.20),
    (20.0, 0.10),
    (10.0, 0.10),
)

# Question 7: only this sign counts (every other weight at 0).
ONLY_SIGN = "effort_near_ceiling"


def _case() -> cases.CaseCompany:
    return cases.load_case()


def _acc() -> dict[str, np.ndarray]:
    return _case().accounts


def _mine(name: str) -> np.ndarray:
    return np.asarray(_acc()["salesperson"]) == name


def _row(name: str) -> int:
    return list(_acc()["account_name"]).index(name)  # a missing name is a broken set: fail at build time


def _benchmarks() -> dict[str, float]:
    return overservice.tier_benchmark_hours(_acc())


# --- question 1: one account against its tier --------------------------------
def _hours_of(name: str) -> float:
    return float(_acc()["hours_per_year"][_row(name)])


def _tier_of(name: str) -> str:
    return str(_acc()["tier"][_row(name)])


def _ratio_of(name: str) -> float:
    return _hours_of(name) / _benchmarks()[_tier_of(name)]


def _ratio_against_other_tiers(name: str) -> list[float]:
    own = _tier_of(name)
    return [_hours_of(name) / hours for tier, hours in _benchmarks().items() if tier != own]


# --- question 2: share of a portfolio over-served ------------------------------
def _overserved() -> np.ndarray:
    return overservice.overserved_accounts(_acc())


def _portfolio_share_overserved() -> float:
    mine = _mine(PORTFOLIO_PERSON)
    return float((_overserved() & mine).sum() / mine.sum())


def _part_of_team_overserved() -> float:
    return float((_overserved() & _mine(PORTFOLIO_PERSON)).sum() / _overserved().sum())


# --- question 3: a warning score by hand ---------------------------------------
def _other_rep_score() -> float:
    return float(model.warning_score(OTHER_REP))


def _fractions(clip: bool = True, divide: bool = True) -> list[float]:
    out = []
    for key, value in OTHER_REP.items():
        sign = overservice.sign(key)
        past = (value - sign.threshold) / (sign.range if divide else 1.0)
        out.append(min(1.0, max(0.0, past)) if clip else past)
    return out


def _score_without_clipping() -> float:
    return 100 * float(np.mean(_fractions(clip=False)))


def _score_without_range() -> float:
    return 100 * float(np.mean(_fractions(divide=False)))


def _score_over_seven_signs() -> float:
    return _other_rep_score() * len(OTHER_REP) / len(model.WARNING_SIGNS)


def _score_as_a_sum() -> float:
    return 100 * float(np.sum(_fractions()))


# --- question 4: an hour-weighted share -----------------------------------------
def _talk_hours() -> np.ndarray:
    return np.array([hours for hours, _ in TALK_ACCOUNTS])


def _talk_shares() -> np.ndarray:
    return np.array([share for _, share in TALK_ACCOUNTS])


def _weighted_talk_example() -> float:
    return float(np.average(_talk_shares(), weights=_talk_hours()))


# --- question 5: the whale curve -------------------------------------------------
def _whale() -> tuple[np.ndarray, np.ndarray]:
    return overservice.whale_curve(cases.account_profit(_acc()))


def _whale_peak_percent() -> float:
    return 100 * float(_whale()[1].max())


# --- question 7: who is flagged when one sign counts -----------------------------
def _team_options() -> dict[str, str]:
    return dict(zip(LETTERS, _case().team))


def _scores(weights: dict[str, float] | None = None) -> np.ndarray:
    return np.asarray(model.warning_score(overservice.salesperson_indicators(_case()), weights), float)


def _flagged_letters(weights: dict[str, float] | None = None) -> set[str]:
    bands = model.warning_band(_scores(weights))
    return {letter for letter, band in zip(LETTERS, bands) if band != "green"}


def _only_one_sign() -> dict[str, float]:
    return {key: (1.0 if key == ONLY_SIGN else 0.0) for key in overservice.CASE_SIGNS}


# --- question 8 and the analysts: hours that could move -----------------------------
def _freed(name: str) -> float:
    acc = _acc()
    return float(overservice.excess_hours(acc)[_mine(name) & _overserved()].sum())


def _budget(name: str) -> float:
    people = _case().salespeople
    return float(dict(zip(people["salesperson"], people["annual_hours_budget"]))[name])


def _freed_share_of_budget() -> float:
    return _freed(BUDGET_PERSON) / _budget(BUDGET_PERSON)


def _flagged_people() -> list[str]:
    return [name for letter, name in _team_options().items() if letter in _flagged_letters()]


# --- the optional part: computed from the case data ---------------------------------------
def _overserved_count() -> int:
    return int(_overserved().sum())


def _count_with_mean_benchmark() -> int:
    acc = _acc()
    hours, tiers = np.asarray(acc["hours_per_year"], float), np.asarray(acc["tier"])
    mean = {t: hours[tiers == t].mean() for t in np.unique(tiers)}
    full = overservice.sign("hours_vs_tier")
    return int(np.sum(hours / np.array([mean[t] for t in tiers]) >= full.threshold + full.range))


def _count_from_threshold() -> int:
    first = overservice.sign("hours_vs_tier")
    return int(np.sum(overservice.account_hours_vs_tier(_acc()) >= first.threshold))


def _weighted_talk() -> float:
    acc, mine = _acc(), _mine(TALK_PERSON)
    return float(np.average(acc["non_sales_share"][mine], weights=acc["hours_per_year"][mine]))


def _plain_talk() -> float:
    return float(np.mean(_acc()["non_sales_share"][_mine(TALK_PERSON)]))


def _accounts_before_peak() -> int:
    accounts, cumulative = _whale()
    return int(accounts[int(np.argmax(cumulative))])


def _freed_on_all_accounts() -> float:
    return float(overservice.excess_hours(_acc())[_mine(FREED_PERSON)].sum())


def _freed_to_benchmark() -> float:
    mine = _mine(FREED_PERSON) & _overserved()
    return float(overservice.excess_hours(_acc(), allowed_ratio=1.0)[mine].sum())
