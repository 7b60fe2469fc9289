"""What several exercise sets share: one home for each helper, tolerance and hint.

The sets import from here instead of keeping near-copies of their own, so a
tolerance or a hint is changed in one place for the whole kit.
"""
from __future__ import annotations

from .. import model
from ..checks import scale_slip

# How precisely a peak can be read off a plot or an explorer readout, in points
# on the 1–7 scale.  The readouts show two decimals; a plot's grid, a quarter point.
READING_TOLERANCE = 0.25

# A relative change read from a table that shows percentages with one decimal
# (e.g. "−12.3 %"): half a percentage point either way, as a fraction.
PERCENT_READING_TOLERANCE = 0.005

# The slip of answering on the model's 0–1 scale where the 1–7 scale was asked:
# one wording for every set (the hint lives in the message catalogue).
SCALE_SLIP = scale_slip()
SCALE_POINTS_SLIP = scale_slip(points=True)


def c(score: float) -> float:
    """A score on the 1–7 scale as the model's orientation between 0 and 1."""
    return model.from_seven_point(score)


def to_seven(orientation: float) -> float:
    """The model's orientation between 0 and 1 as a score on the 1–7 scale."""
    return float(model.to_seven_point(orientation))


peak_score = model.peak_score  # where sales (or profit) peak, on the 1-7 scale


def sales_peak_score() -> float:
    """Where the baseline model's sales peak, on the 1–7 scale."""
    return peak_score(model.DEFAULT, "sales")
