"""Orientation ``c`` in [0, 1], checked, and the 1-7 scale it is shown on.

Every function of the model takes ``c`` as a scalar or an array; these helpers
check it and give back a float for scalar input, an array for array input.
"""
from __future__ import annotations

from typing import Union

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
