"""Warning signs of over-service, measured on the case company's accounts.

The teaching model's warning score (``model.warning_score``) takes one number
per sign; this module computes those numbers from an accounts table such as
``cases.load_case().accounts``.  Five of the seven signs in ``model.WARNING_SIGNS``
can be measured on Koningsvast's data; the other two (concessions without a
price premium, satisfaction trend minus sales trend) need data the case does
not hold, and the score leaves them out (its weights are renormalised).

Every definition here is a *choice* made for teaching, as stylized as the
score's thresholds: a real team would calibrate both on its own data.

Quick start::

    from customer_king import cases, overservice, model
    case = cases.load_case()
    signs = overservice.salesperson_indicators(case)   # sign -> one value per salesperson
    scores = model.warning_score(signs)                # same order as case.team
"""
from __future__ import annotations

from typing import Mapping, Optional, Sequence, Union

import numpy as np

from . import cases, model

__all__ = [
    "CASE_SIGNS",
    "NEAR_CEILING_SHARE",
    "account_hours_vs_tier",
    "excess_hours",
    "overserved_accounts",
    "salesperson_indicators",
    "sign",
    "tier_benchmark_hours",
    "whale_curve",
]

Table = Mapping[str, np.ndarray]
Data = Union[cases.CaseCompany, Table]

CASE_SIGNS: tuple[str, ...] = (
    "hours_vs_tier",
    "time_on_small_accounts",
    "non_sales_share",
    "internal_requests",
    "effort_near_ceiling",
)
"""The warning signs the case data can show, in the order the lessons use."""

NEAR_CEILING_SHARE = 0.75
"""Share of wallet from which an account counts as 'near the ceiling' (fraction);
the threshold in the description of the ``effort_near_ceiling`` sign."""

SMALL_TIER = "C"
"""The bottom half of accounts by category spend (see ``cases.TIER_FRACTIONS``)."""


def sign(key: str) -> model.WarningSign:
    """The model's definition (threshold, range) of one warning sign."""
    for candidate in model.WARNING_SIGNS:
        if candidate.key == key:
            return candidate
    raise KeyError(f"no warning sign {key!r}; the signs are {', '.join(s.key for s in model.WARNING_SIGNS)}")


def _accounts(data: Data) -> Table:
    return data.accounts if isinstance(data, cases.CaseCompany) else data


def _team(data: Data, team: Optional[Sequence[str]]) -> list[str]:
    if team is not None:
        return [str(name) for name in team]
    if isinstance(data, cases.CaseCompany):
        return data.team
    names = np.asarray(_accounts(data)["salesperson"])
    _, first = np.unique(names, return_index=True)
    return [str(n) for n in names[np.sort(first)]]


# --------------------------------------------------------------------------
# Per account
# --------------------------------------------------------------------------


def tier_benchmark_hours(data: Data) -> dict[str, float]:
    """The benchmark hours per account of each tier: the company-wide median (h/yr).

    The median, not the mean, so that a few heavily served accounts do not
    raise the benchmark they are judged against.
    """
    acc = _accounts(data)
    tiers = np.asarray(acc["tier"])
    hours = np.asarray(acc["hours_per_year"], float)
    return {str(t): float(np.median(hours[tiers == t])) for t in sorted(np.unique(tiers))}


def account_hours_vs_tier(data: Data) -> np.ndarray:
    """Each account's hours divided by the benchmark of its tier (ratio).

    1.0 is a typical account of its size class; the first warning sign starts
    counting above 1.2 and is at full weight from 2.2.
    """
    acc = _accounts(data)
    benchmark = tier_benchmark_hours(acc)
    per_account = np.array([benchmark[str(t)] for t in acc["tier"]])
    return np.asarray(acc["hours_per_year"], float) / per_account


def overserved_accounts(data: Data, ratio: Optional[float] = None) -> np.ndarray:
    """True for accounts served at ``ratio`` times their tier benchmark or more.

    By default ``ratio`` is where the first warning sign reaches its full
    weight (threshold + range of ``hours_vs_tier``: 2.2).
    """
    if ratio is None:
        first = sign("hours_vs_tier")
        ratio = first.threshold + first.range
    return account_hours_vs_tier(data) >= ratio


def excess_hours(data: Data, allowed_ratio: Optional[float] = None) -> np.ndarray:
    """Hours per account above ``allowed_ratio`` times the tier benchmark (h/yr, >= 0).

    By default ``allowed_ratio`` is where the first warning sign starts
    counting (1.2): the hours an account gets beyond that are the ones the
    sign questions.
    """
    if allowed_ratio is None:
        allowed_ratio = sign("hours_vs_tier").threshold
    acc = _accounts(data)
    hours = np.asarray(acc["hours_per_year"], float)
    allowed = allowed_ratio * hours / account_hours_vs_tier(acc)
    return np.maximum(hours - allowed, 0.0)


# --------------------------------------------------------------------------
# Per salesperson: the indicators of the warning score
# --------------------------------------------------------------------------


def salesperson_indicators(data: Data, team: Optional[Sequence[str]] = None) -> dict[str, np.ndarray]:
    """The five measurable warning signs, one value per salesperson.

    Returns ``{sign key: array}`` with the arrays in the order of ``team``
    (default: ``case.team``), ready for ``model.warning_score``:

    * ``hours_vs_tier``: mean over the salesperson's accounts of hours divided
      by the tier benchmark (ratio);
    * ``time_on_small_accounts``: share of their hours spent on C-tier
      accounts minus the C accounts' share of their portfolio's category
      spend (fraction; 0 = time in line with potential);
    * ``non_sales_share``: share of their contact time on non-sales talk,
      weighted by each account's hours (fraction);
    * ``internal_requests``: their internal requests per account divided by
      the team median of requests per account (ratio);
    * ``effort_near_ceiling``: share of their hours spent on accounts whose
      share of wallet is already ``NEAR_CEILING_SHARE`` or more (fraction).
    """
    acc = _accounts(data)
    names = _team(data, team)
    who = np.asarray(acc["salesperson"])
    hours = np.asarray(acc["hours_per_year"], float)
    spend = np.asarray(acc["category_spend_eur"], float)
    small = np.asarray(acc["tier"]) == SMALL_TIER
    near_ceiling = cases.share_of_wallet(acc) >= NEAR_CEILING_SHARE
    ratio = account_hours_vs_tier(acc)
    requests = np.asarray(acc["internal_requests"], float)
    talk = np.asarray(acc["non_sales_share"], float)

    columns: dict[str, list[float]] = {key: [] for key in CASE_SIGNS}
    requests_per_account = []
    for name in names:
        mine = who == name
        if not mine.any():
            raise KeyError(f"no accounts for salesperson {name!r}")
        my_hours = hours[mine].sum()
        columns["hours_vs_tier"].append(ratio[mine].mean())
        columns["time_on_small_accounts"].append(
            hours[mine & small].sum() / my_hours - spend[mine & small].sum() / spend[mine].sum())
        columns["non_sales_share"].append(np.average(talk[mine], weights=hours[mine]))
        requests_per_account.append(requests[mine].mean())
        columns["effort_near_ceiling"].append(hours[mine & near_ceiling].sum() / my_hours)
    # The team median over everyone in the data, not only over ``team``.
    everyone = _team(acc, None)
    median_requests = float(np.median([requests[who == n].mean() for n in everyone]))
    columns["internal_requests"] = [r / median_requests for r in requests_per_account]
    return {key: np.asarray(values, float) for key, values in columns.items()}


# --------------------------------------------------------------------------
# The whale curve
# --------------------------------------------------------------------------


def whale_curve(profit: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Cumulative profit, accounts ranked from most to least profitable.

    Returns ``(accounts, cumulative)``: ``accounts`` is 0, 1, ..., N (the
    number of accounts counted so far) and ``cumulative`` the profit of those
    accounts as a fraction of total profit (0 at the start, 1 at the end,
    above 1 in between when some accounts lose money).  Total profit must be
    positive.
    """
    values = np.sort(np.asarray(profit, float))[::-1]
    total = values.sum()
    if not total > 0:
        raise ValueError("the whale curve needs a positive total profit")
    cumulative = np.concatenate(([0.0], np.cumsum(values) / total))
    return np.arange(len(values) + 1, dtype=float), cumulative


def whale_curve_landmarks(profit: np.ndarray, top: float = 0.20) -> dict[str, object]:
    """What the lessons point at on the whale curve of ``profit`` (EUR per account).

    ``place``: each account's x on the curve (1 = the most profitable account,
    N = the least); ``peak``: the number of accounts, counted from the most
    profitable, at which cumulative profit is highest; ``top``: how many accounts
    make the most profitable ``top`` fraction.
    """
    _, cumulative = whale_curve(profit)
    return {
        "place": np.argsort(np.argsort(-profit)) + 1,
        "peak": int(np.argmax(cumulative)),
        "top": int(round(top * len(profit))),
    }
