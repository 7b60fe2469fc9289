"""What several exercise sets share: one home for each helper, tolerance and hint.

The sets import from here instead of keeping near-copies of their own, so a
tolerance or a hint is changed in one place for the whole kit.

Text: every sentence a set shows lives in the message catalogue
(``customer_king/texts/exNN_<lang>.py``) and is looked up with :func:`t` while the
set is *built*, never when the module is imported: a Dutch notebook calls
``set_language("nl")`` after importing the kit and before ``load(...)``.
Numbers inside a sentence go in as fields written with :func:`num`, so they
follow the language's number style (1,500 / 1.500).
"""
from __future__ import annotations

from .. import model
from ..checks import scale_slip
from ..messages import format_number, text

# How precisely a peak can be read off a plot or an explorer readout, in points
# on the 1–7 scale.  The readouts show two decimals; a plot's grid, a quarter point.
READING_TOLERANCE = 0.25

# A relative change read from a table that shows percentages with one decimal
# (e.g. "−12.3 %"): half a percentage point either way, as a fraction.
PERCENT_READING_TOLERANCE = 0.005


def t(key: str, **fields: object) -> str:
    """The catalogue's sentence `key` in the language in effect now, fields filled in."""
    return text(key, **fields)


def num(value: float) -> str:
    """A number as the current language writes it in a sentence: 1,500 / 1.500, 5.5 / 5,5."""
    return format_number(value)


def options(prefix: str, letters: str) -> dict[str, str]:
    """A choice question's options from the catalogue: ``prefix + ".option." + letter``."""
    return {letter: t(f"{prefix}.option.{letter}") for letter in letters}


# The slip of answering on the model's 0–1 scale where the 1–7 scale was asked:
# one wording for every set (the hint lives in the message catalogue).  Functions,
# so that the hint is in the language of the moment the set is built.
def scale_score_slip():
    return scale_slip()


def scale_points_slip():
    return scale_slip(points=True)


def __getattr__(name: str):
    # SCALE_SLIP / SCALE_POINTS_SLIP were constants built at import (always English).
    # Kept, built on each access, until every set calls the functions above in build().
    if name == "SCALE_SLIP":
        return scale_score_slip()
    if name == "SCALE_POINTS_SLIP":
        return scale_points_slip()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


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
