"""Figures of the teaching model (lessons 1-3): each draws on the Axes it is given and
returns the artists it made.  The numbers come from ``model``; only labels come from here.
"""
from __future__ import annotations

from dataclasses import replace

import matplotlib
import numpy as np
from matplotlib.axes import Axes
from matplotlib.lines import Line2D

from .. import model
from ..messages import text
from .elements import (GRID, euro_millions, fine_grid, mark_orientation, mark_peak, mark_point, model_note,
                       orientation_axis, plot_curve, reference_line)
from .style import PALETTE


def hours_and_accounts(ax_hours: Axes, ax_accounts: Axes, params: model.ModelParams = model.DEFAULT) -> dict:
    """Lesson 1's time cost: hours per account (hours per year) and accounts served
    (a count) against orientation on the 1-7 scale. Returns ``{"hours", "accounts"}`` lines."""
    c = GRID
    hours = plot_curve(ax_hours, c, model.hours_per_account(c, params), color="blue",
                       label=text("label_hours_per_account"))
    orientation_axis(ax_hours, text("axis_hours_per_account"), text("title_hours_per_account"))
    accounts = plot_curve(ax_accounts, c, model.accounts_covered(c, params), color="vermillion",
                          label=text("label_accounts_covered"))
    orientation_axis(ax_accounts, text("axis_accounts_covered"), text("title_accounts_covered"))
    return {"hours": hours, "accounts": accounts}


def share_and_reach(ax_share: Axes, ax_served: Axes, params: model.ModelParams = model.DEFAULT) -> dict:
    """Sales = share x reach: share of wallet per account (%) with its ceiling on the
    left, wallet served (€ per year, all accounts dashed) on the right.

    Returns ``{"share", "served"}`` lines.
    """
    c = GRID
    ceiling = 100 * params.share_ceiling
    share = plot_curve(ax_share, c, 100 * model.share_of_wallet(c, params), color="blue",
                       label=text("label_share_of_wallet"))
    reference_line(ax_share, ceiling, 1.1, ceiling + 2, text("label_ceiling_short"))
    ax_share.set_ylim(0, 100)
    orientation_axis(ax_share, text("axis_share_per_account_percent"), text("title_share_rises"))
    served = plot_curve(ax_served, c, model.covered_wallet(c, params), color="vermillion",
                        label=text("label_wallet_served"))
    reference_line(ax_served, params.total_wallet, 1.1, params.total_wallet * 1.02,
                    text("label_all_accounts_in_territory"))
    euro_millions(ax_served)
    ax_served.set_ylim(0, params.total_wallet * 1.12)
    orientation_axis(ax_served, text("axis_wallet_served_millions"), text("title_reach_falls"))
    return {"share": share, "served": served}


def satisfaction_and_sales(ax_satisfaction: Axes, ax_sales: Axes,
                           params: model.ModelParams = model.DEFAULT) -> dict:
    """Satisfaction (1-7) and sales (€ per year, fine grid every half point to read
    values off) against orientation. Returns ``{"satisfaction", "sales"}`` lines."""
    c = GRID
    satisfaction = plot_curve(ax_satisfaction, c, model.satisfaction(c, params), color="blue",
                              label=text("label_satisfaction"))
    orientation_axis(ax_satisfaction, text("axis_satisfaction"), text("title_satisfaction"))
    sales = plot_curve(ax_sales, c, model.sales(c, params), color="vermillion", label=text("label_sales"))
    euro_millions(ax_sales)
    ax_sales.set_ylim(0, 20e6)
    fine_grid(ax_sales, np.arange(1, 7.5, 0.5))
    orientation_axis(ax_sales, text("axis_sales_millions"), text("title_sales"))
    return {"satisfaction": satisfaction, "sales": sales}


# ---- lesson 03 and exercise 03
ONE_POINT = model.ONE_POINT
"""One point on the 1-7 scale, in the model's 0-1 units."""
STEPS = np.arange(1, 7)
"""The six one-point steps 1→2 ... 6→7 on the orientation scale."""


def _step_labels() -> list[str]:
    return [f"{s}→{s + 1}" for s in STEPS]


def _gain_loss_colours(values: np.ndarray) -> list[str]:
    return [PALETTE["green"] if v >= 0 else PALETTE["vermillion"] for v in values]


def returns_per_step(ax_satisfaction: Axes, ax_sales: Axes, params: model.ModelParams = model.DEFAULT) -> dict:
    """What each one-point step up the scale adds: satisfaction (scale points, blue)
    and sales (€ per year; green a gain, vermillion a loss).

    Returns ``{"satisfaction", "sales"}`` bar containers.
    """
    c_steps = model.from_seven_point(STEPS)
    extra_satisfaction = model.marginal(model.satisfaction, c_steps, params, step=ONE_POINT)
    extra_sales = model.marginal(model.sales, c_steps, params, step=ONE_POINT)
    labels = _step_labels()
    satisfaction = ax_satisfaction.bar(labels, extra_satisfaction, color=PALETTE["blue"])
    ax_satisfaction.set_ylabel(text("axis_extra_satisfaction"))
    ax_satisfaction.set_title(text("title_extra_satisfaction"), loc="left")
    sales = ax_sales.bar(labels, extra_sales, color=_gain_loss_colours(extra_sales))
    ax_sales.axhline(0, color=PALETTE["black"], linewidth=1)
    euro_millions(ax_sales)
    ax_sales.set_ylabel(text("axis_extra_sales_millions"))
    ax_sales.set_title(text("title_extra_sales"), loc="left")
    for ax in (ax_satisfaction, ax_sales):
        ax.set_xlabel(text("axis_step"))
        model_note(ax)
    return {"satisfaction": satisfaction, "sales": sales}


def extra_sales_per_step(ax: Axes, extra: np.ndarray, title: str) -> matplotlib.container.BarContainer:
    """Bars of ``extra`` sales (€ per year, one value per step 1→2 ... 6→7; drawn in
    € million), each labelled with its value; green a gain, vermillion a loss. Returns the bars."""
    millions = extra / 1e6
    bars = ax.bar(_step_labels(), millions, color=_gain_loss_colours(extra))
    ax.bar_label(bars, fmt="%+.2f", padding=3)
    ax.axhline(0, color=PALETTE["black"], linewidth=1)
    ax.set_ylim(extra.min() / 1e6 - 1, extra.max() / 1e6 + 1)
    ax.set_xlabel(text("axis_step"))
    ax.set_ylabel(text("axis_extra_sales_millions"))
    ax.set_title(title, loc="left")
    model_note(ax)
    return bars


def profit_by_customization_cost(ax_cost: Axes, ax_profit: Axes,
                                 costs: tuple[float, ...] = (2_500, 10_000, 20_000),
                                 params: model.ModelParams = model.DEFAULT) -> dict:
    """Cost to serve and profit (€ per year) for several customization costs (€ per
    account at orientation 7), each profit peak starred, the sales peak dotted.

    Returns ``{"cost": [lines], "profit": [lines], "peaks": [(star, line)], "sales_peak": line}``.
    """
    c = GRID
    # Apart for dichromats too (orange next to vermillion was not), and a line style each
    # as a second cue.
    colours = ("sky", "blue", "vermillion", "green", "orange", "black")
    styles = ("-", "--", "-.", ":", "-", "--")
    artists: dict = {"cost": [], "profit": [], "peaks": []}
    for cost, colour, style in zip(costs, colours, styles):
        varied = replace(params, customization_cost=cost)
        label = text("label_cost_at_seven", cost=cost)
        artists["cost"].append(plot_curve(ax_cost, c, model.cost_to_serve(c, varied), color=colour, label=label,
                                          linestyle=style))
        artists["profit"].append(plot_curve(ax_profit, c, model.profit(c, varied), color=colour, label=label,
                                            linestyle=style))
        peak = model.optimum(varied, "profit")
        artists["peaks"].append(mark_peak(ax_profit, peak.orientation, peak.value, color=colour))
    sales_peak = model.optimum(params, "sales")
    artists["sales_peak"] = mark_orientation(ax_profit, sales_peak.orientation, color="black")
    ax_profit.text(model.to_seven_point(sales_peak.orientation) + 0.1, 0.3e6, text("label_sales_peak_short"))
    for ax, ylabel, title in ((ax_cost, text("axis_cost_to_serve_millions"), text("title_cost_rises")),
                              (ax_profit, text("axis_profit_millions"), text("title_profit_peaks_earlier"))):
        euro_millions(ax)
        ax.set_ylim(bottom=0)
        orientation_axis(ax, ylabel, title)
    ax_cost.legend(title=text("legend_customization_cost"), loc="upper left", frameon=False)
    return artists


def profit_curve(ax: Axes, params: model.ModelParams, title: str, top: float = 4e6) -> Line2D:
    """Profit (€ per year, y axis 0 to ``top``) against orientation, with a fine grid
    every quarter point to read the peak off. Returns the curve."""
    c = GRID
    line = plot_curve(ax, c, model.profit(c, params), color="blue", label=text("label_profit"))
    fine_grid(ax, np.arange(1, 7.25, 0.25))
    euro_millions(ax)
    ax.set_ylim(0, top)
    orientation_axis(ax, text("axis_profit_millions"), title)
    return line


def hours_and_next_hour(ax_hours: Axes, ax_next: Axes, wallets: np.ndarray, plans: dict[str, np.ndarray],
                        saturation_hours: float) -> dict:
    """Grouped bars per account (labelled by wallet, €): the hours each plan gives it
    (hours per year, left) and what its next hour would win (€ of sales, right).

    ``plans`` maps a plan's name to its hours per account (three plans: grey, orange, blue).
    Returns ``{"hours": [bars per plan], "next_hour": [bars per plan]}``.
    """
    x = np.arange(len(wallets))
    width = 0.27
    artists: dict = {"hours": [], "next_hour": []}
    for k, ((name, plan), colour) in enumerate(zip(plans.items(), ("grey", "orange", "blue"))):
        offset = x + (k - 1) * width
        artists["hours"].append(ax_hours.bar(offset, plan, width, color=PALETTE[colour], label=name))
        artists["next_hour"].append(ax_next.bar(
            offset, model.marginal_value_per_hour(wallets, plan, saturation_hours=saturation_hours),
            width, color=PALETTE[colour], label=name))
    for ax, ylabel, title in ((ax_hours, text("axis_hours_per_year"), text("title_hours_per_account_plan")),
                              (ax_next, text("axis_next_hour_euros"), text("title_next_hour"))):
        ax.set_xticks(x, [f"€{w // 1000}k" for w in wallets])
        ax.set_xlabel(text("axis_account_wallet"))
        ax.set_ylabel(ylabel)
        ax.set_title(title, loc="left")
        model_note(ax)
    ax_hours.legend(frameon=False)
    return artists

