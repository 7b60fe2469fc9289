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
    "account_indicators",
    "excess_hours",
    "overserved_accounts",
    "salesperson_indicators",
    "sign",
    "small_accounts",
    "tier_benchmark_hours",
    "whale_curve",
]

Data = Union[cases.CaseCompany, cases.ColumnArrays]

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


def _accounts(data: Data) -> cases.ColumnArrays:
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


def _finite(values: np.ndarray) -> np.ndarray:
    return values[np.isfinite(values)]


def tier_benchmark_hours(data: Data) -> dict[str, float]:
    """The benchmark hours per account of each tier: the company-wide median (h/yr).

    The median, not the mean, so that a few heavily served accounts do not
    raise the benchmark they are judged against.  Accounts without hours (NaN,
    as in a participant's own list) are left out; a tier without any is NaN.
    """
    acc = _accounts(data)
    tiers = np.asarray(acc["tier"])
    hours = np.asarray(acc["hours_per_year"], float)
    benchmark = {}
    for t in sorted(np.unique(tiers)):
        known = _finite(hours[tiers == t])
        benchmark[str(t)] = float(np.median(known)) if known.size else np.nan
    return benchmark


def account_hours_vs_tier(data: Data) -> np.ndarray:
    """Each account's hours divided by the benchmark of its tier (ratio).

    1.0 is a typical account of its size class; the first warning sign starts
    counting above 1.2 and is at full weight from 2.2.  NaN where the hours or
    the benchmark are unknown or the benchmark is 0.
    """
    acc = _accounts(data)
    tiers = np.asarray(acc["tier"])
    per_account = np.full(len(tiers), np.nan)
    for tier, hours in tier_benchmark_hours(acc).items():
        per_account[tiers == tier] = hours
    hours = np.asarray(acc["hours_per_year"], float)
    with np.errstate(divide="ignore", invalid="ignore"):
        return np.where(per_account > 0, hours / per_account, np.nan)


def small_accounts(data: Data) -> np.ndarray:
    """True for the 'small accounts' of the second sign: tier C (``SMALL_TIER``).

    A list whose tiers are not A/B/C (a participant's own segments) counts the
    tier with the lowest median category spend as small.
    """
    acc = _accounts(data)
    tiers = np.asarray(acc["tier"])
    labels = np.unique(tiers)
    if SMALL_TIER in labels:
        return tiers == SMALL_TIER
    spend = np.asarray(acc["category_spend_eur"], float)
    medians = {t: np.median(spend[tiers == t]) for t in labels}
    return tiers == min(medians, key=medians.get)


def account_indicators(data: Data) -> dict[str, np.ndarray]:
    """The warning signs that can be read per account, one value per account.

    ``hours_vs_tier`` (needs hours and tier), ``non_sales_share`` as it is, and
    ``internal_requests`` divided by the median over all accounts (at least 1, so
    that a list where most accounts ask nothing does not divide by zero).  Signs
    whose column is absent are left out; unknown values are NaN.
    """
    acc = _accounts(data)
    out: dict[str, np.ndarray] = {}
    if "hours_per_year" in acc and "tier" in acc:
        out["hours_vs_tier"] = account_hours_vs_tier(acc)
    if "non_sales_share" in acc:
        out["non_sales_share"] = np.asarray(acc["non_sales_share"], float)
    if "internal_requests" in acc:
        requests = np.asarray(acc["internal_requests"], float)
        known = _finite(requests)
        typical = max(float(np.median(known)), 1.0) if known.size else np.nan
        out["internal_requests"] = requests / typical
    return out


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


def _mean(values: np.ndarray, weights: Optional[np.ndarray] = None) -> float:
    """Mean of the known values (weighted by the known, positive-sum ``weights``); NaN if none."""
    ok = np.isfinite(values) if weights is None else np.isfinite(values) & np.isfinite(weights)
    if not ok.any():
        return np.nan
    if weights is None or not weights[ok].sum() > 0:
        return float(values[ok].mean())
    return float(np.average(values[ok], weights=weights[ok]))


def salesperson_indicators(data: Data, team: Optional[Sequence[str]] = None) -> dict[str, np.ndarray]:
    """The five measurable warning signs, one value per salesperson.

    Returns ``{sign key: array}`` with the arrays in the order of ``team``
    (default: ``case.team``, or the salespeople in order of appearance), ready
    for ``model.warning_score``:

    * ``hours_vs_tier``: mean over the salesperson's accounts of hours divided
      by the tier benchmark (ratio);
    * ``time_on_small_accounts``: share of their hours spent on small (C-tier)
      accounts minus those accounts' share of their portfolio's category
      spend (fraction; 0 = time in line with potential);
    * ``non_sales_share``: share of their contact time on non-sales talk,
      weighted by each account's hours (fraction);
    * ``internal_requests``: their internal requests per account divided by
      the team median of requests per account (ratio);
    * ``effort_near_ceiling``: share of their hours spent on accounts whose
      share of wallet is already ``NEAR_CEILING_SHARE`` or more (fraction).

    A table without a column (a participant's own list) gets only the signs its
    columns support (hours and tier for the first, hours for the second and
    fifth); unknown values (NaN) are left out of each mean, unknown hours count
    as 0 in the shares of hours.  A salesperson with nothing to go on gets NaN.
    """
    acc = _accounts(data)
    names = _team(data, team)
    who = np.asarray(acc["salesperson"])
    spend = np.asarray(acc["category_spend_eur"], float)
    has = {key: key in acc for key in ("hours_per_year", "tier", "non_sales_share", "internal_requests")}
    hours = np.asarray(acc["hours_per_year"], float) if has["hours_per_year"] else None
    counted = np.where(np.isfinite(hours), hours, 0.0) if hours is not None else None
    ratio = account_hours_vs_tier(acc) if hours is not None and has["tier"] else None
    small = small_accounts(acc) if hours is not None and has["tier"] else None
    near_ceiling = cases.share_of_wallet(acc) >= NEAR_CEILING_SHARE
    requests = np.asarray(acc["internal_requests"], float) if has["internal_requests"] else None
    talk = np.asarray(acc["non_sales_share"], float) if has["non_sales_share"] else None

    columns: dict[str, list[float]] = {}
    for name in names:
        mine = who == name
        if not mine.any():
            raise KeyError(f"no accounts for salesperson {name!r}")
        if counted is not None:
            my_hours = counted[mine].sum()
            if ratio is not None:
                columns.setdefault("hours_vs_tier", []).append(_mean(ratio[mine]))
                columns.setdefault("time_on_small_accounts", []).append(
                    counted[mine & small].sum() / my_hours - spend[mine & small].sum() / spend[mine].sum()
                    if my_hours > 0 else np.nan)
            columns.setdefault("effort_near_ceiling", []).append(
                counted[mine & near_ceiling].sum() / my_hours if my_hours > 0 else np.nan)
        if talk is not None:
            columns.setdefault("non_sales_share", []).append(
                _mean(talk[mine], hours[mine] if hours is not None else None))
        if requests is not None:
            columns.setdefault("internal_requests", []).append(_mean(requests[mine]))
    if requests is not None:
        # The team median over everyone in the data, not only over ``team``.
        everyone = [_mean(requests[who == n]) for n in _team(acc, None)]
        known = _finite(np.asarray(everyone, float))
        median_requests = float(np.median(known)) if known.size else np.nan
        columns["internal_requests"] = [r / median_requests if median_requests > 0 else np.nan
                                        for r in columns["internal_requests"]]
    return {key: np.asarray(columns[key], float) for key in CASE_SIGNS if key in columns}


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
