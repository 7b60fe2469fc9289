"""Equal-marginal-return allocation of hours across accounts (CALLPLAN-style)."""
from __future__ import annotations

import math

import numpy as np

from .scale import ArrayLike


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


def _most_and_hours(wallets: ArrayLike, hours: ArrayLike, ceiling: float, saturation_hours: float,
                    margin: float) -> tuple[np.ndarray, np.ndarray]:
    """The most margin each account can bring, margin x ceiling x W_j (euros/yr), and its hours."""
    w = _check_allocation_inputs(wallets, ceiling, saturation_hours, margin)
    return margin * ceiling * w, np.asarray(hours, dtype=float)


def value_from_hours(wallets: ArrayLike, hours: ArrayLike, *, ceiling: float = 0.8, saturation_hours: float = 10.0,
                     margin: float = 1.0) -> np.ndarray:
    """Margin earned from each account given its hours (euros/yr).

    margin x ceiling x W_j x (1 - e^(-h_j / saturation_hours)): concave, so
    each extra hour on the same account is worth less than the one before.
    """
    most, h = _most_and_hours(wallets, hours, ceiling, saturation_hours, margin)
    return most * -np.expm1(-h / saturation_hours)


def marginal_value_per_hour(wallets: ArrayLike, hours: ArrayLike, *, ceiling: float = 0.8,
                            saturation_hours: float = 10.0, margin: float = 1.0) -> np.ndarray:
    """Value of one more hour on each account at its current hours (euros/h).

    The slope of ``value_from_hours``:
    margin x ceiling x W_j / saturation_hours x e^(-h_j / saturation_hours).
    """
    most, h = _most_and_hours(wallets, hours, ceiling, saturation_hours, margin)
    return most / saturation_hours * np.exp(-h / saturation_hours)


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
