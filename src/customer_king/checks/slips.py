"""Misconceptions: predicates that recognise a wrong answer's cause, ready for ``misconceptions``.

``answered``, ``factor_off``, ``sign_error``, ``percent_not_fraction`` and
``complement`` are bare predicates (you write the hint); the ``*_slip`` functions
give a (predicate, hint) pair for a slip people make again and again.
"""
from __future__ import annotations

from typing import Callable

from ..messages import text
from .reading import _expected_float


def _near(value: float, target: float, rel_tol: float) -> bool:
    return abs(value - target) <= rel_tol * abs(target) + 1e-12


def answered(other: float | Callable[[], float], rel_tol: float = 0.01) -> Callable[[float, float], bool]:
    """The learner gave `other` (a number or a callable), e.g. sales where profit was asked."""

    def predicate(value: float, expected: float) -> bool:
        target = _expected_float(other)
        return not _near(target, expected, rel_tol) and _near(value, target, rel_tol)

    return predicate


def factor_off(*factors: float, rel_tol: float = 0.01) -> Callable[[float, float], bool]:
    """Off by one of `factors` either way, e.g. ``factor_off(1000)`` for euros vs thousands."""

    def predicate(value: float, expected: float) -> bool:
        return expected != 0 and any(
            _near(value, expected * f, rel_tol) or _near(value, expected / f, rel_tol) for f in factors
        )

    return predicate


def sign_error(rel_tol: float = 0.01) -> Callable[[float, float], bool]:
    """The right size with the wrong sign."""

    def predicate(value: float, expected: float) -> bool:
        return expected != 0 and _near(value, -expected, rel_tol)

    return predicate


def percent_not_fraction(rel_tol: float = 0.01) -> Callable[[float, float], bool]:
    """A percentage where a fraction was asked (for kind="number"; kind="share" accepts it)."""

    def predicate(value: float, expected: float) -> bool:
        return expected != 0 and _near(value, expected * 100, rel_tol)

    return predicate


def complement(rel_tol: float = 0.01) -> Callable[[float, float], bool]:
    """1 - expected: the share of the other group."""

    def predicate(value: float, expected: float) -> bool:
        return not _near(1 - expected, expected, rel_tol) and _near(value, 1 - expected, rel_tol)

    return predicate


# --- predictable slips: (predicate, hint) pairs ready for ``misconceptions`` --
#
# Each names a slip people make again and again, with a hint that explains the
# slip without giving the number.  Pass ``hint=`` to say it in the question's
# own terms.  ``_target`` makes a predicate that fires when the answer is the
# expected value transformed by the slip, and only when the slip changes it.


Slip = tuple[Callable[[float, float], bool], str]


def _target(slip: Callable[[float], float], rel_tol: float) -> Callable[[float, float], bool]:
    def predicate(value: float, expected: float) -> bool:
        target = slip(expected)
        return not _near(target, expected, rel_tol) and _near(value, target, rel_tol)

    return predicate


def sign_slip(hint: str | None = None, rel_tol: float = 0.02) -> Slip:
    """The right size with the wrong sign."""
    return _target(lambda x: -x, rel_tol), hint or text("slip_sign")


def percent_slip(hint: str | None = None, rel_tol: float = 0.01) -> Slip:
    """A factor of 100 off: a percentage where a fraction was asked, or the other way
    round.  Fires only when the expected value is a fraction-sized number (never for
    euro amounts)."""

    def predicate(value: float, expected: float) -> bool:
        if not 0 < abs(expected) <= 1.5:
            return False
        return _near(value, expected * 100, rel_tol) or _near(value, expected / 100, rel_tol)

    return predicate, hint or text("slip_factor_100")


def scale_slip(hint: str | None = None, points: bool = False, rel_tol: float = 0.05) -> Slip:
    """The model's 0–1 scale where the 1–7 scale was asked.

    For a score (``points=False``): an answer between 0 and 1 when the expected
    score is above 1.  For a difference in points (``points=True``): the
    difference on the 0–1 scale, a sixth of the points.
    """
    if points:
        return _target(lambda x: x / 6, rel_tol), hint or text("slip_scale_points")

    def predicate(value: float, expected: float) -> bool:
        return expected > 1 and 0 <= value <= 1

    return predicate, hint or text("slip_scale_score")


def zero_based_slip(hint: str | None = None) -> Slip:
    """A position or count that is one too low: counted from 0, as Python does."""
    return _target(lambda x: x - 1, 1e-9), hint or text("slip_zero_based")


def minus_one_slip(hint: str | None = None, rel_tol: float = 0.01) -> Slip:
    """A relative change without the "− 1": the ratio new / old instead."""
    return _target(lambda x: x + 1, rel_tol), hint or text("slip_minus_one")


def step_slip(step: float, hint: str | None = None, rel_tol: float = 0.01) -> Slip:
    """What a step adds, divided by the size of the step (a rate per unit instead)."""
    return _target(lambda x: x / step, rel_tol), hint or text("slip_step")
