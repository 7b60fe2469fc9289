"""The graded questions of every exercise set, by notebook name.

``load("01_customer_orientation")`` returns a fresh, registered
:class:`~customer_king.checks.ExerciseSet` for that notebook. The expected
answers are computed from the model or the case data here, never typed into a
notebook, so text and answers cannot drift apart.
"""
from __future__ import annotations

from importlib import import_module
from typing import Callable

from ..checks import ExerciseSet, register
from ._shared import t

# notebook name -> module in this package that defines ``build() -> ExerciseSet``
_MODULES = {
    "00_start_here": "set00_start_here",
    "01_customer_orientation": "set01_customer_orientation",
    "02_satisfaction_versus_sales": "set02_satisfaction_versus_sales",
    "03_diminishing_returns": "set03_diminishing_returns",
    "04_share_of_wallet": "set04_share_of_wallet",
    "05_warning_signs_of_overservice": "set05_warning_signs_of_overservice",
}


def available() -> tuple[str, ...]:
    return tuple(_MODULES)


def build(key: str) -> ExerciseSet:
    """A new exercise set, not registered (for graders and tests)."""
    if key not in _MODULES:
        raise KeyError(t("exshared.unknown_set", name=key, names=", ".join(_MODULES)))
    builder: Callable[[], ExerciseSet] = import_module(f".{_MODULES[key]}", __name__).build
    return builder()


def load(key: str) -> ExerciseSet:
    """The exercise set a notebook calls ``check``: fresh attempts, shown in kit progress."""
    return register(build(key))
