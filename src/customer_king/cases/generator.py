"""The case generator: seeded, one named function per step.

The steps are described for readers in ``dictionary.GENERATION_STEPS`` (the
"How the data were generated" part of ``DATA_DICTIONARY.md``); each function
below names the step it implements.  Every step draws from its own random
stream, so changing one step does not shift the random numbers of another.
"""
from __future__ import annotations

import math
from typing import Sequence

import numpy as np

from .analysis import TIERS, tier_of
from .schema import BASE_COST_EUR, DEFAULT_SEED, HOURLY_COST_EUR, REQUEST_COST_EUR, SHARE_CEILING, CaseCompany
from .team import _NAME_HEADS, _NAME_TAILS, _SECTORS, _TEAM, _Member

_STREAMS = ("size", "sector", "names", "assign", "share", "hours", "talk",
            "requests", "satisfaction", "margin")

_N_ACCOUNTS_RANGE = (285, 315)  # inclusive; "about 300"
_TOTAL_SPEND_EUR = 30e6  # all wallets together, before rounding
_SPEND_SIGMA = 1.1  # log-scale spread: the top 20 % hold about 60 % of spend
_SPEND_MIN_EUR = 4_000.0
_TIER_HOURS = np.array([80.0, 20.0, 5.0])  # hours per year an A, B, C account normally gets
_TIER_REQUESTS = np.array([16.0, 6.0, 2.0])  # internal requests per year, A, B, C
_NEAR_CEILING_BONUS_SHARE = 0.70  # over-servers add hours from this share of wallet up
_TALK_CONCENTRATION = 25.0  # of the beta distribution of the non-sales share
_SATISFACTION_CURVATURE = 2.5


def _orientation01(level_1to7: np.ndarray) -> np.ndarray:
    """The 1-7 display scale back to c in [0, 1] (as in the teaching model)."""
    return (np.asarray(level_1to7, float) - 1.0) / 6.0


def _quotas(weights: np.ndarray, total: int) -> np.ndarray:
    """Split ``total`` accounts in proportion to ``weights`` (largest remainder)."""
    exact = weights / weights.sum() * total
    counts = np.floor(exact).astype(int)
    short = total - counts.sum()
    counts[np.argsort(-(exact - counts), kind="stable")[:short]] += 1
    return counts


def _decimal_roundtrip(values: np.ndarray, decimals: int) -> np.ndarray:
    """Round exactly as the CSV writes, so generated data == data read back."""
    return np.array([float(f"{v:.{decimals}f}") for v in values], dtype=float)


def _each(members: Sequence[_Member], attribute: str) -> np.ndarray:
    """One value per account of its salesperson's ``attribute``."""
    return np.array([getattr(m, attribute) for m in members])


def _wallets(rng: np.random.Generator) -> np.ndarray:
    """Step 1: how many accounts, and each one's category spend (EUR/yr)."""
    low, high = _N_ACCOUNTS_RANGE
    n = int(rng.integers(low, high + 1))
    spend = np.exp(rng.normal(0.0, _SPEND_SIGMA, n))
    spend *= _TOTAL_SPEND_EUR / spend.sum()  # same market size for every seed
    return np.maximum(np.round(spend / 100.0) * 100.0, _SPEND_MIN_EUR)


def _sectors(rng: np.random.Generator, n: int) -> np.ndarray:
    """Step 2a: each account's sector, as an index into the sector list."""
    weights = np.array([s.weight for s in _SECTORS])
    return rng.choice(len(_SECTORS), size=n, p=weights / weights.sum())


def _names(rng: np.random.Generator, sector_idx: np.ndarray) -> list[str]:
    """Step 2b: an invented name per account: two syllables, a sector word, usually "B.V."."""
    stems = [h + t for h in _NAME_HEADS for t in _NAME_TAILS]
    stem_pick = rng.choice(len(stems), size=len(sector_idx), replace=False)
    names = []
    for j, sector in enumerate(sector_idx):
        words = _SECTORS[sector].words
        word = words[int(rng.integers(len(words)))]
        legal = " B.V." if rng.random() < 0.75 else ""
        names.append(f"{stems[stem_pick[j]]} {word}{legal}")
    return names


def _portfolios(rng: np.random.Generator, spend: np.ndarray, c_person: np.ndarray) -> np.ndarray:
    """Step 3: who serves whom, as the index of each account's salesperson in the team."""
    n, n_people = len(spend), len(_TEAM)
    budget = np.array([m.budget for m in _TEAM], float)
    quota = _quotas(budget / (1.0 + 0.8 * c_person**2), n)
    owner = np.empty(n, int)
    given = np.zeros(n_people)
    for k, j in enumerate(np.argsort(-spend, kind="stable")):
        behind = quota * (k + 1) / n - given + rng.uniform(0, 0.6, n_people)
        behind[given >= quota] = -np.inf
        p = int(np.argmax(behind))
        owner[j] = p
        given[p] += 1
    return owner


def _size_factor(spend: np.ndarray, tier_index: np.ndarray) -> np.ndarray:
    """(spend / median spend of the account's tier) ** 0.25: bigger accounts within a tier need a bit more."""
    tier_median = np.array([np.median(spend[tier_index == t]) for t in range(len(TIERS))])
    return (spend / tier_median[tier_index]) ** 0.25


def _planned_effort(rng: np.random.Generator, tier_index: np.ndarray, member: Sequence[_Member]) -> np.ndarray:
    """Step 4: effort relative to the tier norm, bent by the over- and under-servers' habits."""
    effort = np.exp(rng.normal(0.0, 0.3, len(tier_index)))
    effort *= (_TIER_HOURS[0] / _TIER_HOURS[tier_index]) ** _each(member, "flatten")
    effort *= np.where(tier_index == 0, [m.big_account_hours for m in member], 1.0)
    return effort


def _our_sales(rng: np.random.Generator, spend: np.ndarray, c: np.ndarray, effort: np.ndarray) -> np.ndarray:
    """Step 5: share of wallet below the ceiling (a few sole-source exceptions); returns our sales (EUR/yr)."""
    n = len(spend)
    typical = SHARE_CEILING * (1.0 - np.exp(-3.0 * c))
    logit = np.log(typical / (SHARE_CEILING - typical)) - 1.3 + 0.5 * np.log(effort)
    logit = logit + rng.normal(0.0, 1.0, n)
    share = SHARE_CEILING / (1.0 + np.exp(-logit))
    sole = rng.random(n) < 0.02  # sole-source contracts break the ceiling
    share[sole] = rng.uniform(0.82, 0.95, sole.sum())
    share = np.clip(share, 0.01, None)
    return np.minimum(np.round(spend * share), spend)


def _hours(owner: np.ndarray, tier_index: np.ndarray, size: np.ndarray, effort: np.ndarray,
           share: np.ndarray, member: Sequence[_Member]) -> np.ndarray:
    """Step 6: hours per account, scaled so each person logs budget x utilisation."""
    bonus = _each(member, "near_ceiling_bonus")
    raw = _TIER_HOURS[tier_index] * size * effort * (1.0 + bonus * (share >= _NEAR_CEILING_BONUS_SHARE))
    hours = np.empty(len(owner))
    for p, m in enumerate(_TEAM):
        mine = owner == p
        hours[mine] = raw[mine] * m.budget * m.utilisation / raw[mine].sum()
    return _decimal_roundtrip(np.maximum(hours, 0.5), 1)


def _non_sales_share(rng: np.random.Generator, c: np.ndarray, member: Sequence[_Member]) -> np.ndarray:
    """Step 7: share of contact time on non-sales talk, rising with orientation."""
    talk_mean = 0.10 + 0.25 * c**1.5 + _each(member, "extra_non_sales")
    talk_mean = np.clip(talk_mean, 0.03, 0.9)
    kappa = _TALK_CONCENTRATION
    non_sales = rng.beta(talk_mean * kappa, (1.0 - talk_mean) * kappa)
    return _decimal_roundtrip(np.clip(non_sales, 0.0, 1.0), 3)


def _internal_requests(rng: np.random.Generator, c: np.ndarray, tier_index: np.ndarray, size: np.ndarray,
                       member: Sequence[_Member]) -> np.ndarray:
    """Step 8: special requests to colleagues per account (Poisson counts)."""
    lam = _TIER_REQUESTS[tier_index] * size * np.exp(c - 0.5)
    lam *= (_TIER_REQUESTS[0] / _TIER_REQUESTS[tier_index]) ** _each(member, "flatten")
    lam *= _each(member, "request_multiplier")
    return rng.poisson(lam).astype(np.int64)


def _satisfaction(rng: np.random.Generator, c: np.ndarray, hours: np.ndarray, tier_index: np.ndarray) -> np.ndarray:
    """Step 9: survey satisfaction (1-7), rising with orientation and a little with hours."""
    a = _SATISFACTION_CURVATURE
    sat = 2.6 + 3.8 * (1.0 - np.exp(-a * c)) / (1.0 - math.exp(-a))
    hours_median = np.array([np.median(hours[tier_index == t]) for t in range(len(TIERS))])
    sat += 0.3 * np.log(hours / hours_median[tier_index])
    sat += rng.normal(0.0, 0.45, len(c))
    return _decimal_roundtrip(np.clip(sat, 1.0, 7.0), 1)


def _gross_margin(rng: np.random.Generator, sector_idx: np.ndarray, spend: np.ndarray, our_sales: np.ndarray,
                  member: Sequence[_Member]) -> np.ndarray:
    """Step 10a: contribution on our sales (EUR/yr): sector rate, volume discount, concessions."""
    rate = np.array([_SECTORS[i].margin_rate for i in sector_idx])
    rate = rate - 0.035 * np.log10(spend / np.median(spend))  # volume discounts
    rate = rate + rng.normal(0.0, 0.02, len(spend)) - _each(member, "concession")
    rate = np.clip(rate, 0.08, 0.40)
    return np.round(our_sales * rate)


def _cost_to_serve(hours: np.ndarray, requests: np.ndarray) -> np.ndarray:
    """Step 10b: hours, requests and the fixed cost of an account, in EUR/yr."""
    return np.round(hours * HOURLY_COST_EUR + requests * REQUEST_COST_EUR + BASE_COST_EUR)


def make_case_company(seed: int = DEFAULT_SEED) -> CaseCompany:
    """Generate the case company; the same seed always gives the same data.

    ``seed`` is any whole number >= 0; the packaged CSV files use
    ``DEFAULT_SEED`` (2018).  Returns a :class:`CaseCompany`.  All numbers
    are illustrations (domain brief §6); how each step works, and the sources
    for its shape, are in ``DATA_DICTIONARY.md`` (``dictionary.GENERATION_STEPS``).
    Every number is rounded to the decimals the CSV keeps, so ``load_case()``
    returns exactly what the generator made.
    """
    if isinstance(seed, bool) or not isinstance(seed, (int, np.integer)) or seed < 0:
        raise ValueError(f"seed must be a whole number >= 0; got {seed!r}")
    root = np.random.default_rng(int(seed))
    rng = dict(zip(_STREAMS, root.spawn(len(_STREAMS))))
    c_person = _orientation01(np.array([m.orientation for m in _TEAM]))

    spend = _wallets(rng["size"])
    n = len(spend)
    tier = tier_of(spend)
    tier_index = np.searchsorted(TIERS, tier)  # 0 = A, 1 = B, 2 = C
    sector_idx = _sectors(rng["sector"], n)
    names = _names(rng["names"], sector_idx)
    owner = _portfolios(rng["assign"], spend, c_person)
    c = c_person[owner]  # each account inherits its salesperson's orientation
    member = [_TEAM[p] for p in owner]
    size = _size_factor(spend, tier_index)
    effort = _planned_effort(rng["hours"], tier_index, member)
    our_sales = _our_sales(rng["share"], spend, c, effort)
    hours = _hours(owner, tier_index, size, effort, our_sales / spend, member)
    requests = _internal_requests(rng["requests"], c, tier_index, size, member)
    cost_to_serve = _cost_to_serve(hours, requests)

    accounts = {
        "account_id": np.array([f"A{j + 1:03d}" for j in range(n)]),
        "account_name": np.array(names),
        "sector": np.array([_SECTORS[i].name for i in sector_idx]),
        "salesperson": np.array([m.name for m in member]),
        "tier": tier,
        "category_spend_eur": spend.astype(float),
        "our_sales_eur": our_sales.astype(float),
        "hours_per_year": hours,
        "non_sales_share": _non_sales_share(rng["talk"], c, member),
        "internal_requests": requests,
        "satisfaction": _satisfaction(rng["satisfaction"], c, hours, tier_index),
        "gross_margin_eur": _gross_margin(rng["margin"], sector_idx, spend, our_sales, member).astype(float),
        "cost_to_serve_eur": cost_to_serve.astype(float),
    }
    salespeople = {
        "salesperson": np.array([m.name for m in _TEAM]),
        "orientation_1to7": np.array([m.orientation for m in _TEAM], float),
        "region": np.array([m.region for m in _TEAM]),
        "annual_hours_budget": np.array([m.budget for m in _TEAM], np.int64),
    }
    return CaseCompany(accounts=accounts, salespeople=salespeople, seed=int(seed))
