"""Moderators of the optimum (HMK 2011, direction only): the parameters of another selling situation."""
from __future__ import annotations

import dataclasses
import math

import numpy as np

from .parameters import DEFAULT, ModelParams


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
