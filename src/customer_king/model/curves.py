"""The model's curves along orientation: satisfaction keeps rising, sales form an inverted U
(time per account against share of wallet), profit pays for customization."""
from __future__ import annotations

import math
from typing import Callable

import numpy as np

from .parameters import DEFAULT, ModelParams
from .scale import _ROUNDING_SLACK, ArrayLike, _as_result, _orientation


# --------------------------------------------------------------------------
# (A) Satisfaction: keeps rising with orientation
# --------------------------------------------------------------------------


def satisfaction(c: ArrayLike, p: ModelParams = DEFAULT) -> ArrayLike:
    """Customer satisfaction on a 1-7 scale (scale points).

    1 + 6 (1 - e^(-a c)) / (1 - e^(-a)): 1 at c = 0, 7 at c = 1, never falls.
    It flattens at the top because the concave shape is our assumption; HMK
    (2011) only found that attitudes keep improving with orientation.
    """
    orientation, scalar = _orientation(c)
    a = p.satisfaction_curvature
    # expm1 keeps precision when a*c is tiny.
    rising_part = np.expm1(-a * orientation) / math.expm1(-a)
    return _as_result(1.0 + 6.0 * rising_part, scalar)


# --------------------------------------------------------------------------
# (B) Sales: the inverted U from time and share of wallet
# --------------------------------------------------------------------------


def hours_per_account(c: ArrayLike, p: ModelParams = DEFAULT) -> ArrayLike:
    """Hours a salesperson spends per account per year: t0 (1 + k c^2) (h)."""
    orientation, scalar = _orientation(c)
    hours = p.base_hours * (1.0 + p.hours_growth * orientation**2)
    return _as_result(hours, scalar)


def wallets(p: ModelParams = DEFAULT) -> np.ndarray:
    """Each account's yearly category spend, largest first (euros/yr).

    Zipf-like: W_j proportional to j^-gamma for rank j = 1..N, scaled so the
    wallets add up to total_wallet.
    """
    ranks = np.arange(1, p.n_accounts + 1, dtype=float)
    weights = ranks ** (-p.wallet_exponent)
    return p.total_wallet * weights / weights.sum()


def accounts_covered(c: ArrayLike, p: ModelParams = DEFAULT) -> ArrayLike:
    """Accounts the time budget can serve: min(N, T / t(c)) (accounts).

    Kept as a continuous number (a fractional account is allowed) so the
    curves in the notebooks are smooth rather than staircases.
    """
    orientation, scalar = _orientation(c)
    hours = p.base_hours * (1.0 + p.hours_growth * orientation**2)
    covered = np.minimum(float(p.n_accounts), p.time_budget / hours)
    return _as_result(covered, scalar)


def covered_wallet(c: ArrayLike, p: ModelParams = DEFAULT) -> ArrayLike:
    """Total wallet of the accounts the salesperson can serve (euros/yr).

    Accounts are served largest first, so when time runs short the smallest
    ones are dropped.  The fractional next account counts pro rata.
    """
    covered = np.asarray(accounts_covered(c, p), dtype=float)
    # Cumulative wallet of the k largest accounts, k = 0..N; interpolating
    # between whole k counts the fractional account pro rata.
    cumulative = np.concatenate(([0.0], np.cumsum(wallets(p))))
    account_counts = np.arange(p.n_accounts + 1, dtype=float)
    total = np.interp(covered, account_counts, cumulative)
    return _as_result(total, covered.ndim == 0)


def share_of_wallet(c: ArrayLike, p: ModelParams = DEFAULT) -> ArrayLike:
    """Share of each served account's wallet won (fraction of wallet).

    cap - (cap - s0) e^(-b c): s0 at c = 0, rising towards the ceiling but
    never beyond it, because customers keep a second supplier.
    """
    orientation, scalar = _orientation(c)
    cap, floor = p.share_ceiling, p.share_floor
    share = cap - (cap - floor) * np.exp(-p.share_rate * orientation)
    return _as_result(share, scalar)


def sales(c: ArrayLike, p: ModelParams = DEFAULT) -> ArrayLike:
    """Yearly sales of one salesperson: share of wallet x covered wallet (euros/yr)."""
    orientation, scalar = _orientation(c)
    total = np.asarray(share_of_wallet(orientation, p)) * np.asarray(
        covered_wallet(orientation, p)
    )
    return _as_result(total, scalar)


# --------------------------------------------------------------------------
# (C) Profit: cost-to-serve rises with customization
# --------------------------------------------------------------------------


def cost_to_serve(c: ArrayLike, p: ModelParams = DEFAULT) -> ArrayLike:
    """Yearly cost of serving the covered accounts: n(c) (cs0 + cs1 c^2) (euros/yr)."""
    orientation, scalar = _orientation(c)
    per_account = p.base_cost_to_serve + p.customization_cost * orientation**2
    total = np.asarray(accounts_covered(orientation, p)) * per_account
    return _as_result(total, scalar)


def profit(c: ArrayLike, p: ModelParams = DEFAULT) -> ArrayLike:
    """Yearly contribution after cost-to-serve and fixed cost (euros/yr).

    margin x sales - cost_to_serve - fixed_cost.
    """
    orientation, scalar = _orientation(c)
    total = (
        p.margin * np.asarray(sales(orientation, p))
        - np.asarray(cost_to_serve(orientation, p))
        - p.fixed_cost
    )
    return _as_result(total, scalar)


def marginal(
    curve: Callable[[ArrayLike, ModelParams], ArrayLike],
    c: ArrayLike,
    p: ModelParams = DEFAULT,
    step: float = 0.1,
) -> ArrayLike:
    """Extra value from one more step of orientation: curve(c + step) - curve(c).

    The result is the gain *per step* (in the curve's own unit, e.g. euros/yr
    for ``sales``), not a derivative: it is not divided by ``step``.  With the
    default step of 0.1 it answers "what do I gain if I move up by 0.1, i.e.
    0.6 points on the 7-point scale?".  Falling values along c show
    diminishing returns; negative values show "too much of a good thing".

    Where c + step would pass 1 there is no further step, so the result is NaN.
    """
    if not (isinstance(step, (int, float, np.number)) and 0 < step <= 1):
        raise ValueError(f"step must be a number in (0, 1]; got {step!r}")
    orientation, scalar = _orientation(c)
    next_orientation = orientation + step
    has_next_step = next_orientation <= 1 + _ROUNDING_SLACK
    gain = np.asarray(curve(np.minimum(next_orientation, 1.0), p), dtype=float) - np.asarray(
        curve(orientation, p), dtype=float
    )
    gain = np.where(has_next_step, gain, np.nan)
    return _as_result(gain, scalar)
