"""The lessons' slider explorers: model + plots + one slider spec each.

Each ``*_explorer()`` function returns an :class:`~customer_king.widgets.Explorer`.
The economics lives in ``model``; the drawing in ``plots``; the widget
mechanics in ``widgets``; this module only says which sliders an explorer has
and which model quantities it shows.
"""
from __future__ import annotations

from dataclasses import dataclass, replace

import numpy as np
from matplotlib.lines import Line2D

from . import model
from . import plots
from .messages import text
from .widgets import Explorer, SliderSpec


# ------------------------------------------------------------- 01: time cost
def time_cost_sliders(params: model.ModelParams = model.DEFAULT) -> tuple[SliderSpec, ...]:
    return (
        SliderSpec("orientation", text("slider_orientation"), 1.0, 7.0, 0.5, 4.0),
        SliderSpec("time_budget", text("slider_time_budget"), 600.0, 1800.0, 100.0,
                   params.time_budget, ".0f"),
    )


@dataclass
class _TimeCostArtists:
    hours_point: Line2D
    covered_line: Line2D
    covered_point: Line2D
    ax_accounts: object


def time_cost_explorer(params: model.ModelParams = model.DEFAULT) -> Explorer:
    """Orientation costs time: hours per account rise, accounts covered fall."""
    with plots.kit_style():
        fig, (ax_hours, ax_accounts) = plots.new_figure(2)
        return Explorer(time_cost_sliders(params), fig, *_time_cost_drawing(fig, ax_hours, ax_accounts, params))


def _time_cost_drawing(fig, ax_hours, ax_accounts, params):

    def draw(_fig) -> _TimeCostArtists:
        c = plots.GRID
        plots.plot_curve(ax_hours, c, model.hours_per_account(c, params), color="blue",
                         label=text("label_hours_per_account"))
        plots.orientation_axis(ax_hours, text("axis_hours_per_account"), text("title_hours_per_account"))
        ax_hours.set_ylim(0, model.hours_per_account(1.0, params) * 1.08)
        covered = plots.plot_curve(ax_accounts, c, model.accounts_covered(c, params), color="vermillion",
                                   label=text("label_accounts_covered"))
        ax_accounts.axhline(params.n_accounts, color=plots.PALETTE["grey"], linestyle="--", linewidth=2)
        ax_accounts.text(1.1, params.n_accounts * 1.02, text("label_accounts_in_territory", n=params.n_accounts),
                         color=plots.PALETTE["grey"], va="bottom")
        plots.orientation_axis(ax_accounts, text("axis_accounts_covered"), text("title_accounts_covered"))
        ax_accounts.set_ylim(0, params.n_accounts * 1.15)
        fig.subplots_adjust(left=0.07, right=0.98, bottom=0.17, top=0.9, wspace=0.28)
        return _TimeCostArtists(
            hours_point=plots.mark_point(ax_hours, 0.5, 0.0, color="blue"),
            covered_line=covered,
            covered_point=plots.mark_point(ax_accounts, 0.5, 0.0, color="vermillion"),
            ax_accounts=ax_accounts,
        )

    def update(art: _TimeCostArtists, orientation: float, time_budget: float) -> str:
        p = replace(params, time_budget=time_budget)
        c = model.from_seven_point(orientation)
        hours = float(model.hours_per_account(c, p))
        covered = float(model.accounts_covered(c, p))
        plots.update_point(art.hours_point, c, hours)
        plots.update_curve(art.covered_line, model.accounts_covered(plots.GRID, p))
        plots.update_point(art.covered_point, c, covered)
        return text("readout_time_cost", score=orientation, hours=hours, budget=time_budget,
                    covered=covered, n=p.n_accounts)

    return draw, update


# ------------------------------------------------------- 00: how sliders work
WARM_UP_BUDGET_HOURS = 1200.0


def warm_up_sliders() -> tuple[SliderSpec, ...]:
    return (SliderSpec("hours", text("slider_hours_per_account"), 2.0, 24.0, 1.0, 4.0, ".0f"),)


def warm_up_explorer() -> Explorer:
    """One slider, one curve: accounts served = hours available / hours per account."""
    with plots.kit_style():
        fig, (ax,) = plots.new_figure(1, width=9.0, height=4.2)
        return Explorer(warm_up_sliders(), fig, *_warm_up_drawing(fig, ax))


def _warm_up_drawing(fig, ax):
    hours_grid = np.linspace(2.0, 24.0, 221)

    def draw(_fig) -> Line2D:
        ax.plot(hours_grid, WARM_UP_BUDGET_HOURS / hours_grid, color=plots.PALETTE["blue"])
        ax.set_xlabel(text("axis_hours_per_account"))
        ax.set_ylabel(text("axis_accounts_covered"))
        ax.set_xlim(2, 24)
        ax.set_ylim(0, WARM_UP_BUDGET_HOURS / 2 * 1.05)
        fig.subplots_adjust(left=0.11, right=0.97, bottom=0.17, top=0.95)
        (point,) = ax.plot([4.0], [300.0], marker="o", color=plots.PALETTE["vermillion"],
                           markeredgecolor="white", markeredgewidth=1.5, zorder=5)
        return point

    def update(point: Line2D, hours: float) -> str:
        accounts = WARM_UP_BUDGET_HOURS / hours
        point.set_data([hours], [accounts])
        return text("readout_warm_up", hours=hours, budget=WARM_UP_BUDGET_HOURS, accounts=accounts)

    return draw, update
