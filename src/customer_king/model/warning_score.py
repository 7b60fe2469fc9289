"""The over-service warning score: signs, their points, the 0-100 score and its traffic-light band.

Entirely stylized: every threshold and range is an illustration.
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Mapping, Optional, Union

import numpy as np

from .scale import ArrayLike, _as_result


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
