"""A STYLIZED teaching model of salesperson customer orientation (SCO).

Why a model at all?  Homburg, Müller & Klarmann (2011, Journal of Marketing
75(2): 55-74) found that the effect of a salesperson's customer orientation on
*sales* is an inverted U, while its effect on *customer attitudes* keeps rising.
They also found the sales optimum lies higher for individualized products, for a
premium-price strategy and under high competitive intensity.

This module reproduces that *shape* with a small mechanism:

* more orientation wins a larger share of each customer's wallet, up to a
  ceiling, but
* it costs hours per account, so a fixed time budget covers fewer accounts
  (the smallest are dropped first), and
* customization adds cost-to-serve.

Every functional form and every number below is an ILLUSTRATION chosen for
teaching (see the kit's domain brief, section 6).  None of them was estimated
by Homburg, Müller & Klarmann; only the directions of the effects come from
the literature.

Conventions
-----------
Orientation ``c`` runs from 0 (purely transactional selling) to 1 (maximum
customer orientation).  ``to_seven_point`` maps it onto the 1-7 display scale.
Every function of ``c`` accepts a scalar or a numpy array; it returns a
``float`` for scalar input and an ``ndarray`` (same shape) for array input.
Money is in euros per year, time in hours per year.
"""

from __future__ import annotations

import dataclasses
import math
from dataclasses import dataclass
from typing import Callable, Mapping, NamedTuple, Optional, Union

import numpy as np

ArrayLike = Union[float, np.ndarray]

# Small slack so that values such as 1.0000000000000002 (float round-off from
# arithmetic like 0.1 * 10) are still accepted as orientation 1.
_ROUNDING_SLACK = 1e-9


# --------------------------------------------------------------------------
# Small helpers
# --------------------------------------------------------------------------


def _as_result(values: np.ndarray, scalar_input: bool) -> ArrayLike:
    """Return a plain float for scalar input, otherwise the ndarray."""
    if scalar_input:
        return float(values)
    return values


def _orientation(c: ArrayLike) -> tuple[np.ndarray, bool]:
    """Check that orientation lies in [0, 1]; return it as a float array.

    NaN passes through untouched, so missing data stays visibly missing.
    """
    array = np.asarray(c, dtype=float)
    finite = array[~np.isnan(array)]
    if finite.size and (
        finite.min() < -_ROUNDING_SLACK or finite.max() > 1 + _ROUNDING_SLACK
    ):
        raise ValueError(
            "orientation c must lie between 0 (transactional) and "
            f"1 (fully customer-oriented); got values from {finite.min():g} "
            f"to {finite.max():g}"
        )
    return np.clip(array, 0.0, 1.0), array.ndim == 0


# --------------------------------------------------------------------------
# The 7-point display scale
# --------------------------------------------------------------------------


ONE_POINT = 1 / 6
"""One point on the 1-7 display scale, in the model's 0-1 orientation units."""


def to_seven_point(c: ArrayLike) -> ArrayLike:
    """Orientation c in [0, 1] shown on the 1-7 scale: 1 + 6c (scale points)."""
    orientation, scalar = _orientation(c)
    return _as_result(1.0 + 6.0 * orientation, scalar)


def from_seven_point(score: ArrayLike) -> ArrayLike:
    """A 1-7 score converted back to orientation in [0, 1]: (score - 1) / 6."""
    array = np.asarray(score, dtype=float)
    finite = array[~np.isnan(array)]
    if finite.size and (finite.min() < 1 - 1e-9 or finite.max() > 7 + 1e-9):
        raise ValueError(
            "a 7-point score must lie between 1 and 7; got values from "
            f"{finite.min():g} to {finite.max():g}"
        )
    return _as_result(np.clip((array - 1.0) / 6.0, 0.0, 1.0), array.ndim == 0)


# --------------------------------------------------------------------------
# Parameters
# --------------------------------------------------------------------------


@dataclass(frozen=True)
class ModelParams:
    """All the numbers of the stylized model, with illustrative defaults.

    Attributes
    ----------
    n_accounts : int
        Accounts in the salesperson's territory (count).
    time_budget : float
        Account-hours per year one salesperson can spend with customers (h/yr).
    base_hours : float
        t0: hours per account per year at orientation 0 (h/account/yr).
    hours_growth : float
        k: extra time for orientation, t(c) = t0 (1 + k c^2) (dimensionless).
    wallet_exponent : float
        gamma: Zipf-like wallets, W_j proportional to j^-gamma for rank j
        (dimensionless; 0 = all accounts equal, larger = more concentrated).
    total_wallet : float
        Category spend of all accounts together (euros/yr).
    share_ceiling : float
        Highest share of wallet one supplier gets; the 80 % preferred-supplier
        rule of thumb (fraction, 0-1].
    share_floor : float
        s0: share of wallet won by purely transactional selling (fraction).
    share_rate : float
        b: how fast share of wallet rises towards the ceiling with c (1/unit c).
    satisfaction_curvature : float
        a: how quickly satisfaction flattens out at high c (1/unit c).
    margin : float
        Contribution margin on sales (fraction of sales, 0-1].
    base_cost_to_serve : float
        cs0: cost of serving one covered account at c = 0 (euros/account/yr).
    customization_cost : float
        cs1: extra cost of a covered account at c = 1; it grows with c^2
        (euros/account/yr).
    fixed_cost : float
        F: fixed cost of the salesperson/territory (euros/yr).
    """

    n_accounts: int = 400
    time_budget: float = 1200.0
    base_hours: float = 4.0
    hours_growth: float = 4.0
    wallet_exponent: float = 0.6
    total_wallet: float = 40e6
    share_ceiling: float = 0.80
    share_floor: float = 0.20
    share_rate: float = 2.5
    satisfaction_curvature: float = 2.5
    margin: float = 0.25
    base_cost_to_serve: float = 200.0
    customization_cost: float = 2500.0
    fixed_cost: float = 0.0

    def __post_init__(self) -> None:
        self._check_account_count()
        for name in (
            "time_budget",
            "base_hours",
            "hours_growth",
            "wallet_exponent",
            "total_wallet",
            "share_ceiling",
            "share_floor",
            "share_rate",
            "satisfaction_curvature",
            "margin",
            "base_cost_to_serve",
            "customization_cost",
            "fixed_cost",
        ):
            self._check_finite_number(name)
        self._check_positive("time_budget", "the yearly time budget in hours")
        self._check_positive("base_hours", "hours per account at c = 0")
        self._check_positive("total_wallet", "the total wallet in euros")
        self._check_positive("share_rate", "the speed at which share rises")
        self._check_positive(
            "satisfaction_curvature", "the curvature of satisfaction"
        )
        for name in (
            "hours_growth",
            "wallet_exponent",
            "base_cost_to_serve",
            "customization_cost",
            "fixed_cost",
        ):
            if getattr(self, name) < 0:
                raise ValueError(f"{name} must not be negative; got {getattr(self, name)}")
        if not 0 < self.share_ceiling <= 1:
            raise ValueError(
                "share_ceiling is a fraction of the wallet and must lie in (0, 1]; "
                f"got {self.share_ceiling}"
            )
        if not 0 <= self.share_floor < self.share_ceiling:
            raise ValueError(
                "share_floor must be at least 0 and below share_ceiling "
                f"({self.share_ceiling}); got {self.share_floor}"
            )
        if not 0 < self.margin <= 1:
            raise ValueError(
                f"margin is a fraction of sales and must lie in (0, 1]; got {self.margin}"
            )

    def _check_account_count(self) -> None:
        n = self.n_accounts
        if isinstance(n, bool) or not isinstance(n, (int, np.integer)) or n < 1:
            raise ValueError(
                f"n_accounts must be a whole number of at least 1; got {n!r}"
            )

    def _check_finite_number(self, name: str) -> None:
        value = getattr(self, name)
        if isinstance(value, bool) or not isinstance(value, (int, float, np.number)):
            raise ValueError(f"{name} must be a number; got {value!r}")
        if not math.isfinite(value):
            raise ValueError(f"{name} must be a finite number; got {value!r}")

    def _check_positive(self, name: str, meaning: str) -> None:
        if getattr(self, name) <= 0:
            raise ValueError(
                f"{name} ({meaning}) must be positive; got {getattr(self, name)}"
            )


DEFAULT = ModelParams()


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


# --------------------------------------------------------------------------
# Optimum
# --------------------------------------------------------------------------


class Optimum(NamedTuple):
    """Best orientation (0-1) and the objective's value there (its own unit)."""

    orientation: float
    value: float


_OBJECTIVES: dict[str, Callable[[ArrayLike, ModelParams], ArrayLike]] = {
    "sales": sales,
    "profit": profit,
    "satisfaction": satisfaction,
}


def _maximise_on_unit_interval(
    curve: Callable[[np.ndarray], np.ndarray],
    grid_points: int = 2001,
    zoom_points: int = 201,
    zooms: int = 3,
) -> tuple[float, float]:
    """Maximise a vectorised curve on [0, 1] by a grid search that zooms in.

    A dense grid finds the right neighbourhood even for curves with kinks
    (coverage has a corner where all accounts fit); each zoom shrinks the
    bracket about 100-fold, so three zooms are far below 1e-4 accuracy.
    """
    grid = np.linspace(0.0, 1.0, grid_points)
    values = curve(grid)
    best = int(np.nanargmax(values))
    spacing = grid[1] - grid[0]
    best_c, best_value = grid[best], values[best]
    for _ in range(zooms):
        low = max(best_c - spacing, 0.0)
        high = min(best_c + spacing, 1.0)
        fine = np.linspace(low, high, zoom_points)
        fine_values = curve(fine)
        index = int(np.nanargmax(fine_values))
        if fine_values[index] >= best_value:
            best_c, best_value = fine[index], fine_values[index]
        spacing = fine[1] - fine[0]
    return float(best_c), float(best_value)


def optimum(p: ModelParams = DEFAULT, objective: str = "sales") -> Optimum:
    """Orientation in [0, 1] that maximises sales, profit or satisfaction.

    Returns ``Optimum(orientation, value)``; value is in the objective's unit
    (euros/yr for sales and profit, scale points for satisfaction).
    """
    if objective not in _OBJECTIVES:
        raise ValueError(
            f"unknown objective {objective!r}; choose one of "
            + ", ".join(repr(name) for name in _OBJECTIVES)
        )
    curve = _OBJECTIVES[objective]
    best_c, best_value = _maximise_on_unit_interval(lambda c: curve(c, p))
    return Optimum(orientation=best_c, value=best_value)


# --------------------------------------------------------------------------
# Moderators of the optimum (HMK 2011: direction only)
# --------------------------------------------------------------------------

MODERATOR_PRESETS: dict[str, dict[str, float]] = {
    "baseline": {},
    "individualized products": {"individualized": 1.0},
    "premium price strategy": {"premium_price": 1.0},
    "high competitive intensity": {"competition": 1.0},
}


def _check_level(name: str, level: float) -> float:
    if isinstance(level, bool) or not isinstance(level, (int, float, np.number)):
        raise ValueError(f"{name} must be a number between -1 and +1; got {level!r}")
    if not -1.0 <= level <= 1.0:
        raise ValueError(
            f"{name} must lie between -1 (low) and +1 (high), 0 being the "
            f"baseline; got {level}"
        )
    return float(level)


def _piecewise(level: float, at_plus_one: float, at_minus_one: float) -> float:
    """Shift that is linear in the level on each side of 0.

    at_plus_one is the shift at level +1, at_minus_one the shift at level -1.
    """
    return level * at_plus_one if level >= 0 else -level * at_minus_one


def _keep_in(value: float, original: float, low: float, high: float) -> float:
    """Stop a shift from pushing a value out of [low, high].

    A value the caller set outside the range is left where it was, so level 0
    always returns the parameters unchanged.
    """
    return min(max(value, min(low, original)), max(high, original))


def moderated(
    p: ModelParams = DEFAULT,
    *,
    individualized: float = 0.0,
    premium_price: float = 0.0,
    competition: float = 0.0,
) -> ModelParams:
    """Parameters for a different selling situation (new ModelParams).

    Each level runs from -1 (low) through 0 (baseline) to +1 (high).  HMK
    (2011) found the sales optimum of orientation is HIGHER for individualized
    products, a premium-price strategy and high competitive intensity; the
    sizes below are illustrations chosen to match the kit's domain brief §6.

    * competition: rivals make transactional selling weaker, s0 - 0.10 x.
    * individualized products: needs-fit matters more and saturates slower;
      at +1 s0 - 0.10 and b - 0.7, at -1 (standardized) s0 + 0.15 and b + 1.0.
    * premium price: the premium must be justified by fit, s0 - 0.08 x, and
      it pays a higher margin, margin + 0.10 x.

    Effects add.  The results are kept in range: s0 in [0.01, cap - 0.01],
    b at least 0.1, margin in [0.01, 0.95].
    """
    individualized = _check_level("individualized", individualized)
    premium_price = _check_level("premium_price", premium_price)
    competition = _check_level("competition", competition)

    floor_shift = (
        -0.10 * competition
        + _piecewise(individualized, at_plus_one=-0.10, at_minus_one=+0.15)
        - 0.08 * premium_price
    )
    rate_shift = _piecewise(individualized, at_plus_one=-0.7, at_minus_one=+1.0)
    margin_shift = 0.10 * premium_price

    # Keep the floor strictly inside (0, cap) so the parameters stay valid
    # even for a very low ceiling.
    gap = min(0.01, p.share_ceiling / 4)
    new_floor = _keep_in(
        p.share_floor + floor_shift, p.share_floor, gap, p.share_ceiling - gap
    )
    new_rate = _keep_in(p.share_rate + rate_shift, p.share_rate, 0.1, math.inf)
    new_margin = _keep_in(p.margin + margin_shift, p.margin, 0.01, 0.95)
    return dataclasses.replace(
        p, share_floor=new_floor, share_rate=new_rate, margin=new_margin
    )


# --------------------------------------------------------------------------
# Wallet Allocation Rule (Keiningham, Aksoy, Buoye & Cooil 2011)
# --------------------------------------------------------------------------


def _whole_numbers(name: str, values: ArrayLike) -> np.ndarray:
    array = np.asarray(values)
    if array.dtype == bool:
        raise ValueError(f"{name} must be whole numbers, not True/False")
    array = array.astype(float)
    if not np.all(np.isfinite(array)) or np.any(array != np.round(array)):
        raise ValueError(f"{name} must be whole numbers; got {values!r}")
    return array


def wallet_allocation_share(rank: ArrayLike, n_suppliers: ArrayLike) -> ArrayLike:
    """Share of wallet a supplier gets from its rank (fraction of wallet).

    Wallet Allocation Rule: (1 - rank / (n + 1)) x 2 / n, where rank 1 is the
    customer's favourite of the n suppliers they use.  The shares of ranks
    1..n add up to 1; for n = 4 they are 40 / 30 / 20 / 10 %.
    """
    ranks = _whole_numbers("rank", rank)
    n = _whole_numbers("n_suppliers", n_suppliers)
    if np.any(n < 1):
        raise ValueError("n_suppliers must be at least 1")
    if np.any(ranks < 1):
        raise ValueError("rank must be at least 1 (1 = the customer's favourite)")
    if np.any(ranks > n):
        raise ValueError("rank cannot exceed n_suppliers")
    share = (1.0 - ranks / (n + 1.0)) * 2.0 / n
    return _as_result(share, share.ndim == 0)


# --------------------------------------------------------------------------
# (D) Over-service warning score
# --------------------------------------------------------------------------


@dataclass(frozen=True)
class WarningSign:
    """One sign of over-service and how it is scored (illustrative numbers).

    The sign adds nothing up to ``threshold`` and its full weight once the
    indicator reaches ``threshold + range``; in between it rises linearly.
    ``threshold`` and ``range`` are in the indicator's own unit (described).
    """

    key: str
    threshold: float
    range: float
    description: str = ""


WARNING_SIGNS: tuple[WarningSign, ...] = (
    WarningSign(
        "hours_vs_tier", 1.2, 1.0,
        "hours per account divided by the benchmark for its tier (ratio)",
    ),
    WarningSign(
        "time_on_small_accounts", 0.0, 0.3,
        "share of hours on the bottom-50% accounts minus their share of "
        "potential (fraction)",
    ),
    WarningSign(
        "non_sales_share", 0.3, 0.4,
        "share of call time on non-sales talk and problem-solving (fraction)",
    ),
    WarningSign(
        "internal_requests", 1.5, 2.0,
        "internal service requests per account divided by the team median (ratio)",
    ),
    WarningSign(
        "effort_near_ceiling", 0.1, 0.3,
        "share of hours on accounts whose share of wallet is already >= 0.75 "
        "(fraction)",
    ),
    WarningSign(
        "concessions_without_premium", 0.2, 0.5,
        "share of concessions or customizations given without a price "
        "premium (fraction)",
    ),
    WarningSign(
        "satisfaction_minus_sales_trend", 0.0, 0.2,
        "satisfaction trend minus sales trend, e.g. yearly growth rates "
        "(fraction per year)",
    ),
)

_SIGNS_BY_KEY = {sign.key: sign for sign in WARNING_SIGNS}


def _unknown_keys_error(what: str, keys: list[str]) -> ValueError:
    return ValueError(
        f"unknown {what} key(s): {', '.join(sorted(map(str, keys)))}; "
        f"known keys are {', '.join(_SIGNS_BY_KEY)}"
    )


def _sign_weights(weights: Optional[Mapping[str, float]]) -> dict[str, float]:
    """Weight per sign: equal by default; signs left out of ``weights`` get 0."""
    if weights is None:
        return {key: 1.0 for key in _SIGNS_BY_KEY}
    unknown = [key for key in weights if key not in _SIGNS_BY_KEY]
    if unknown:
        raise _unknown_keys_error("weight", unknown)
    chosen = {key: float(weights.get(key, 0.0)) for key in _SIGNS_BY_KEY}
    if any(not math.isfinite(w) or w < 0 for w in chosen.values()):
        raise ValueError("weights must be finite and not negative")
    if sum(chosen.values()) == 0:
        raise ValueError("at least one weight must be positive")
    return chosen


def sign_contributions(
    indicators: Mapping[str, ArrayLike],
    weights: Optional[Mapping[str, float]] = None,
) -> dict[str, ArrayLike]:
    """Points (0-100 scale) each warning sign adds to the score.

    The values add up to ``warning_score`` so a notebook can say which signs
    drive it.  A sign whose indicator is absent or NaN contributes 0 points
    and the other weights are scaled up to fill its place.  Where no
    indicator is available at all, every contribution is NaN.
    """
    unknown = [key for key in indicators if key not in _SIGNS_BY_KEY]
    if unknown:
        raise _unknown_keys_error("indicator", unknown)
    sign_weights = _sign_weights(weights)

    given = {key: np.asarray(value, dtype=float) for key, value in indicators.items()}
    shape = np.broadcast_shapes(*(value.shape for value in given.values())) if given else ()
    scalar = shape == ()

    severity: dict[str, np.ndarray] = {}  # 0..1 per sign
    active_weight: dict[str, np.ndarray] = {}  # weight where data exist, else 0
    for key, sign in _SIGNS_BY_KEY.items():
        x = np.broadcast_to(given.get(key, np.nan), shape)
        has_data = ~np.isnan(x)
        # Huge indicators overflow to inf and clip to 1, which is the answer.
        with np.errstate(invalid="ignore", over="ignore"):
            fraction = np.clip((x - sign.threshold) / sign.range, 0.0, 1.0)
        severity[key] = np.where(has_data, fraction, 0.0)
        active_weight[key] = np.where(has_data, sign_weights[key], 0.0)

    # Renormalise over the signs we have data for, so a partial data set
    # still scores on the full 0-100 scale.
    total_weight = sum(active_weight.values(), np.zeros(shape))
    with np.errstate(invalid="ignore", divide="ignore"):
        scale = np.where(total_weight > 0, 100.0 / total_weight, np.nan)
    return {
        key: _as_result(scale * active_weight[key] * severity[key], scalar)
        for key in _SIGNS_BY_KEY
    }


def warning_score(
    indicators: Mapping[str, ArrayLike],
    weights: Optional[Mapping[str, float]] = None,
) -> ArrayLike:
    """Over-service warning score from 0 (none) to 100 (every sign at full).

    100 x sum_i w_i clip((x_i - threshold_i) / range_i, 0, 1), weights summing
    to 1 (equal by default).  Indicators may be arrays (one per account or
    salesperson) and give one score each.  Absent or NaN indicators are left
    out and the remaining weights renormalised; with no data the score is NaN.
    Entirely stylized: calibrate thresholds with real data before use.
    """
    contributions = sign_contributions(indicators, weights)
    total = sum(np.asarray(points) for points in contributions.values())
    # Adding seven floats can overshoot by one rounding step (100.00000000000001).
    total = np.clip(np.asarray(total, dtype=float), 0.0, 100.0)
    return _as_result(total, total.ndim == 0)


def warning_band(score: ArrayLike) -> Union[str, np.ndarray]:
    """Traffic-light band: "green" below 30, "amber" 30-60, "red" above 60.

    NaN (no data) gives "unknown".  Returns a str for scalar input, otherwise
    an array of str.
    """
    scores = np.asarray(score, dtype=float)
    bands = np.where(
        np.isnan(scores),
        "unknown",
        np.where(scores < 30, "green", np.where(scores <= 60, "amber", "red")),
    )
    if scores.ndim == 0:
        return str(bands)
    return bands


# --------------------------------------------------------------------------
# Equal-marginal-return allocation of hours (CALLPLAN-style)
# --------------------------------------------------------------------------


def _check_allocation_inputs(
    wallets_: ArrayLike, ceiling: float, saturation_hours: float, margin: float
) -> np.ndarray:
    array = np.asarray(wallets_, dtype=float)
    if array.ndim != 1 or array.size == 0:
        raise ValueError("wallets must be a non-empty one-dimensional list of euros")
    if not np.all(np.isfinite(array)) or np.any(array < 0):
        raise ValueError("wallets must be finite and not negative")
    if not np.any(array > 0):
        raise ValueError("at least one wallet must be positive")
    if not 0 < ceiling <= 1:
        raise ValueError(f"ceiling must lie in (0, 1]; got {ceiling}")
    if not (math.isfinite(saturation_hours) and saturation_hours > 0):
        raise ValueError(f"saturation_hours must be positive; got {saturation_hours}")
    if not (math.isfinite(margin) and margin > 0):
        raise ValueError(f"margin must be positive; got {margin}")
    return array


def value_from_hours(
    wallets: ArrayLike,
    hours: ArrayLike,
    *,
    ceiling: float = 0.8,
    saturation_hours: float = 10.0,
    margin: float = 1.0,
) -> np.ndarray:
    """Margin earned from each account given its hours (euros/yr).

    margin x ceiling x W_j x (1 - e^(-h_j / saturation_hours)): concave, so
    each extra hour on the same account is worth less than the one before.
    """
    w = _check_allocation_inputs(wallets, ceiling, saturation_hours, margin)
    h = np.asarray(hours, dtype=float)
    return margin * ceiling * w * -np.expm1(-h / saturation_hours)


def marginal_value_per_hour(
    wallets: ArrayLike,
    hours: ArrayLike,
    *,
    ceiling: float = 0.8,
    saturation_hours: float = 10.0,
    margin: float = 1.0,
) -> np.ndarray:
    """Value of one more hour on each account at its current hours (euros/h).

    The slope of ``value_from_hours``:
    margin x ceiling x W_j / saturation_hours x e^(-h_j / saturation_hours).
    """
    w = _check_allocation_inputs(wallets, ceiling, saturation_hours, margin)
    h = np.asarray(hours, dtype=float)
    return margin * ceiling * w / saturation_hours * np.exp(-h / saturation_hours)


def allocate_hours(
    wallets: ArrayLike,
    budget_hours: float,
    *,
    ceiling: float = 0.8,
    saturation_hours: float = 10.0,
    margin: float = 1.0,
) -> np.ndarray:
    """Split a time budget across accounts to earn the most margin (h per account).

    Equal-marginal-return rule: every account that gets time ends with the
    same value of one more hour, lambda, and accounts whose very first hour is
    worth less than lambda get none.  Per account
    h_j = max(0, sat ln(margin ceiling W_j / (sat lambda))); lambda is found by
    bisection so the hours add up to the budget (1e-6 relative or better).
    """
    w = _check_allocation_inputs(wallets, ceiling, saturation_hours, margin)
    if not (math.isfinite(budget_hours) and budget_hours >= 0):
        raise ValueError(f"budget_hours must be a finite number of at least 0; got {budget_hours}")
    if budget_hours == 0:
        return np.zeros_like(w)

    # Value of the first hour on each account (euros/h); zero wallets never get time.
    first_hour_value = margin * ceiling * w / saturation_hours
    funded_candidates = first_hour_value > 0
    log_first = np.full_like(w, -np.inf)
    log_first[funded_candidates] = np.log(first_hour_value[funded_candidates])

    def hours_at(log_lambda: float) -> np.ndarray:
        return saturation_hours * np.maximum(0.0, log_first - log_lambda)

    # Bracket: at the highest first-hour value nobody is funded (sum 0); low
    # enough that even the weakest candidate alone would absorb the budget
    # share, so the sum is at least the budget.
    high = float(log_first[funded_candidates].max())
    low = float(log_first[funded_candidates].min()) - budget_hours / saturation_hours
    for _ in range(200):
        middle = 0.5 * (low + high)
        if hours_at(middle).sum() > budget_hours:
            low = middle
        else:
            high = middle
        if high - low <= 1e-15 * max(1.0, abs(middle)):
            break
    hours = hours_at(0.5 * (low + high))

    # Bisection has told us WHICH accounts are funded; for those the rule has
    # a closed form (their log-values minus log lambda share the budget), so
    # polish lambda exactly and keep it if it still funds the same accounts.
    funded = hours > 0
    exact_log_lambda = (
        log_first[funded].sum() - budget_hours / saturation_hours
    ) / funded.sum()
    polished = hours_at(exact_log_lambda)
    if np.array_equal(polished > 0, funded):
        return polished
    return hours
