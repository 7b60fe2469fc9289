"""The best orientation for sales, profit or satisfaction."""
from __future__ import annotations

from typing import Callable, NamedTuple

import numpy as np

from .curves import profit, sales, satisfaction
from .parameters import DEFAULT, ModelParams
from .scale import ArrayLike, to_seven_point


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


def peak_score(p: ModelParams = DEFAULT, objective: str = "sales") -> float:
    """Where ``objective`` peaks, as a score on the 1-7 scale (what lessons and exercises show)."""
    return float(to_seven_point(optimum(p, objective).orientation))
