"""Lesson 6's pictures of a participant's list: each draws on a given ``Axes`` and returns what it drew.

The numbers come from ``analyses``; these functions only draw them, in the kit's
palette (``plots.PALETTE``).  A result that is :class:`Unavailable` is drawn as its
note, so a missing column never leaves an empty or broken figure.
"""
from __future__ import annotations

import textwrap
from typing import Union

import numpy as np
from matplotlib.axes import Axes
from matplotlib.collections import PathCollection
from matplotlib.container import BarContainer
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.text import Text
from matplotlib.ticker import PercentFormatter

from .. import model, plots
from .account_list import AccountList
from .analyses import SHARE_CEILING, priorities, share_of_wallet
from .errors import t
from .results import AnalysisTable, Unavailable, WhaleCurve

__all__ = ["plot_hours_shift", "plot_priorities", "plot_share_of_wallet", "plot_warning_scores",
           "plot_whale_curve", "report_figure"]


def _say_unavailable(ax: Axes, result: Unavailable) -> Text:
    ax.set_axis_off()
    return ax.text(0.0, 0.5, textwrap.fill(str(result), 50), transform=ax.transAxes, va="center")


def plot_share_of_wallet(ax: Axes, acc: AccountList, ceiling: float = SHARE_CEILING,
                         label_top: int = 3) -> tuple[PathCollection, PathCollection, Line2D]:
    """Share of wallet against category spend, the ceiling, the top headroom accounts named."""
    spend = np.asarray(acc["category_spend_eur"], float) / 1000.0
    sow = share_of_wallet(acc)
    at_ceiling = sow >= ceiling
    dots = ax.scatter(spend[~at_ceiling], sow[~at_ceiling], color=plots.PALETTE["blue"], s=45, zorder=3)
    full = ax.scatter(spend[at_ceiling], sow[at_ceiling], color=plots.PALETTE["vermillion"], s=45, zorder=3)
    line = ax.axhline(ceiling, color=plots.PALETTE["grey"], linestyle="--", linewidth=2)
    ax.set_xscale("log")
    ax.set_ylim(0, 1.05)
    ax.yaxis.set_major_formatter(PercentFormatter(1.0))
    ax.text(spend.min(), ceiling + 0.02, t("label_ceiling", ceiling=ceiling), color=plots.PALETTE["grey"])
    for i in priorities(acc, ceiling, top=label_top).values["index"][:label_top]:
        ax.annotate(str(acc["account"][i]), (spend[i], sow[i]), xytext=(6, -14), textcoords="offset points",
                    fontsize="small")
    ax.set_xlabel(t("axis_spend"))
    ax.set_ylabel(t("axis_share"))
    ax.set_title(t("title_sow"), loc="left")
    return dots, full, line


def plot_priorities(ax: Axes, table: AnalysisTable) -> BarContainer:
    """Horizontal bars of the top of :func:`priorities` (margin within reach, or headroom)."""
    n = len(table)
    values = table.values["within_reach_eur"][:n] / 1000.0
    names = [str(a) for a in table.values["account"][:n]]
    bars = ax.barh(range(n)[::-1], values, color=plots.PALETTE["green"])
    ax.set_yticks(range(n)[::-1], names)
    ax.set_xlabel(t("axis_within_reach") if "margin_rate" in table.values else t("axis_headroom"))
    ax.grid(axis="y", visible=False)
    return bars


def plot_warning_scores(ax: Axes, scores: Union[AnalysisTable, Unavailable], top: int = 12) -> Union[list[BarContainer], Text]:
    """Stacked bars: the points each sign adds to the score, highest score on top."""
    if not scores:
        return _say_unavailable(ax, scores)
    colours = [plots.PALETTE[c] for c in ("blue", "orange", "sky", "purple", "green", "vermillion", "grey")]
    n = min(top, len(scores))
    y = np.arange(n)[::-1]
    left = np.zeros(n)
    bars = []
    for colour, sign in zip(colours, [s.key for s in model.WARNING_SIGNS]):
        if sign not in scores.values:
            continue
        width = np.nan_to_num(scores.values[sign][:n])
        bars.append(ax.barh(y, width, left=left, color=colour, label=t(f"sign_{sign}")))
        left += width
    ax.axvline(30, color=plots.PALETTE["orange"], linestyle=":", linewidth=2)
    ax.axvline(60, color=plots.PALETTE["vermillion"], linestyle=":", linewidth=2)
    ax.set_yticks(y, [str(v) for v in scores.values["label"][:n]])
    ax.set_xlim(0, 100)
    ax.set_xlabel(t("axis_score"))
    ax.grid(axis="y", visible=False)
    ax.legend(loc="lower right", fontsize="small")
    return bars


def plot_whale_curve(ax: Axes, curve: Union[WhaleCurve, Unavailable]) -> Union[Line2D, Text]:
    """The whale curve in percent, with the 100 % line."""
    if not curve:
        return _say_unavailable(ax, curve)
    (line,) = ax.plot(curve.accounts_share * 100, curve.profit_share * 100, color=plots.PALETTE["vermillion"])
    ax.axhline(100, color=plots.PALETTE["grey"], linestyle="--", linewidth=2)
    ax.axvline(20, color=plots.PALETTE["grey"], linestyle=":", linewidth=2)
    ax.set_xlim(0, 100)
    ax.set_ylim(min(0.0, curve.profit_share.min() * 100), curve.profit_share.max() * 110)
    ax.set_xlabel(t("axis_accounts_pct"))
    ax.set_ylabel(t("axis_profit_pct"))
    ax.set_title(t("title_whale", top=curve.top20), loc="left")
    return line


def plot_hours_shift(ax: Axes, shift: Union[AnalysisTable, Unavailable]) -> Union[tuple[PathCollection, PathCollection], Text]:
    """Hours now and the model's suggestion for the accounts that move most."""
    if not shift:
        return _say_unavailable(ax, shift)
    n = len(shift)
    y = np.arange(n)[::-1]
    now = shift.values["hours"][:n]
    new = shift.values["suggested"][:n]
    ax.hlines(y, np.minimum(now, new), np.maximum(now, new), color=plots.PALETTE["grey"], linewidth=2)
    a = ax.scatter(now, y, color=plots.PALETTE["blue"], s=60, zorder=3, label=t("label_now"))
    b = ax.scatter(new, y, color=plots.PALETTE["orange"], s=60, zorder=3, marker="D", label=t("label_suggested"))
    ax.set_yticks(y, [str(v) for v in shift.values["account"][:n]])
    ax.set_xlabel(t("axis_hours"))
    ax.grid(axis="y", visible=False)
    ax.legend(loc="lower left", bbox_to_anchor=(0.0, 1.0), ncol=2, frameon=False, fontsize="small")
    return a, b


def report_figure(acc: AccountList, ceiling: float = SHARE_CEILING) -> Figure:
    """One figure with the two overview pictures of lesson 6, share of wallet and priorities (not tied to pyplot)."""
    with plots.kit_style():
        fig, axes = plots.new_figure(2, width=13.0, height=5.0)
        plot_share_of_wallet(axes[0], acc, ceiling)
        plot_priorities(axes[1], priorities(acc, ceiling, top=8))
        fig.tight_layout()
    return fig
