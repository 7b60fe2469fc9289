"""Figures of the case company (lessons 4 and 5): share of wallet, headroom, hours
against spend and the whale curve.  Each takes arrays that ``cases`` and ``overservice``
computed, draws on the Axes it is given and returns the artists it made.
"""
from __future__ import annotations

import numpy as np
from matplotlib.axes import Axes
from matplotlib.lines import Line2D

from .. import overservice
from ..messages import text
from .elements import percent_axis, plain_log_ticks
from .style import PALETTE


def whale_curve(ax: Axes, accounts: np.ndarray, cumulative: np.ndarray, *, color: str = "blue",
                label: str | None = None) -> Line2D:
    """Cumulative profit (fraction of the total) against accounts ranked by profit.

    Takes the two arrays of ``overservice.whale_curve``; draws the curve and a
    dashed line at 100 % of total profit, and returns the curve.
    """
    ax.axhline(1.0, color=PALETTE["grey"], linestyle="--", linewidth=2)
    (line,) = ax.plot(accounts, cumulative, color=PALETTE[color], label=label)
    ax.set_xlim(0, accounts[-1])
    ax.set_ylim(min(0.0, float(cumulative.min())) - 0.05, float(cumulative.max()) * 1.12)
    percent_axis(ax)
    return line



def share_histogram(ax: Axes, share: np.ndarray, ceiling: float = 0.8) -> dict:
    """How many accounts have each share of wallet (fraction, bins of 5 points), with
    the ``ceiling`` (fraction) dashed. Returns ``{"bars", "ceiling"}``."""
    _, _, bars = ax.hist(share, bins=np.arange(0, 1.0001, 0.05), color=PALETTE["blue"], edgecolor="white")
    line = ax.axvline(ceiling, color=PALETTE["vermillion"], linestyle="--", linewidth=2.5)
    ax.text(ceiling + 0.01, ax.get_ylim()[1] * 0.9, text("label_ceiling_two_lines", ceiling=ceiling),
            color=PALETTE["vermillion"], va="top")
    percent_axis(ax, "x")
    ax.set_xlabel(text("axis_case_share_of_spend"))
    ax.set_ylabel(text("axis_number_of_accounts"))
    ax.set_title(text("title_share_spread"), loc="left")
    return {"bars": bars, "ceiling": line}


def hours_against_headroom(ax: Axes, names: list[str], hour_share: np.ndarray, room_share: np.ndarray) -> dict:
    """Side-by-side bars per share-of-wallet band (``names``): its fraction of all
    account-manager hours (orange) and of all headroom in € (blue).

    Returns ``{"hours", "headroom"}`` bar containers.
    """
    x = np.arange(len(names))
    hours = ax.bar(x - 0.2, hour_share, width=0.4, color=PALETTE["orange"], label=text("label_share_of_hours"))
    room = ax.bar(x + 0.2, room_share, width=0.4, color=PALETTE["blue"], label=text("label_share_of_headroom"))
    ax.set_xticks(x)
    ax.set_xticklabels(names)
    ax.set_xlabel(text("axis_case_current_share"))
    ax.set_ylabel(text("axis_percentage_of_total"))
    ax.set_ylim(0, max(hour_share.max(), room_share.max()) * 1.35)  # room for the legend
    percent_axis(ax)
    ax.grid(axis="x", visible=False)
    ax.legend(loc="upper right", frameon=False)
    ax.set_title(text("title_hours_against_headroom"), loc="left")
    return {"hours": hours, "headroom": room}


def headroom_concentration(ax: Axes, cumulative_room: np.ndarray) -> Line2D:
    """Fraction of all headroom held by the first k accounts, ranked from most to
    least headroom (``cumulative_room[k - 1]``, a fraction). Returns the curve."""
    n = len(cumulative_room)
    (line,) = ax.plot(np.arange(1, n + 1), cumulative_room, color=PALETTE["blue"])
    ax.set_xlim(0, n)
    ax.set_ylim(0, 1.02)
    ax.set_xticks(np.arange(0, n + 1, 10), minor=True)
    ax.set_yticks(np.arange(0, 1.01, 0.1))
    ax.grid(which="minor", alpha=0.15)
    percent_axis(ax)
    ax.set_xlabel(text("axis_accounts_by_headroom"))
    ax.set_ylabel(text("axis_share_of_all_headroom"))
    ax.set_title(text("title_headroom_concentration"), loc="left")
    return line



def hours_against_spend(ax: Axes, spend: np.ndarray, hours: np.ndarray, tier: np.ndarray,
                        benchmark: dict[str, float], over: np.ndarray) -> dict:
    """Each account's hours per year against its category spend (€ per year; shown in
    € thousand), both log scales; over-served accounts (boolean ``over``) as diamonds,
    each tier's benchmark hours dashed across that tier's spend.

    Returns ``{"others", "overserved", "benchmarks": [lines]}``.
    """
    spend_k = spend / 1e3
    others = ax.scatter(spend_k[~over], hours[~over], s=30, color=PALETTE["blue"], alpha=0.7,
                        edgecolors="white", linewidths=0.5, label=text("label_other_accounts"))
    overserved = ax.scatter(spend_k[over], hours[over], s=60, color=PALETTE["vermillion"], marker="D",
                            edgecolors="white", linewidths=0.5, label=text("label_over_tier_benchmark"))
    lines = []
    for t, tier_benchmark in benchmark.items():
        in_tier = tier == t
        (line,) = ax.plot([spend_k[in_tier].min(), spend_k[in_tier].max()], [tier_benchmark, tier_benchmark],
                          color="black", linestyle="--", linewidth=2)
        lines.append(line)
        # On a white ground: the label stands among the next tier's dots.
        ax.text(spend_k[in_tier].max() * 1.05, tier_benchmark, text("label_tier_benchmark", tier=t),
                va="center", bbox=dict(facecolor="white", edgecolor="none", alpha=0.85, pad=1.5))
    ax.set_xscale("log")
    ax.set_yscale("log")
    plain_log_ticks(ax.xaxis)
    plain_log_ticks(ax.yaxis)
    ax.set_xlabel(text("axis_category_spend_thousands"))
    ax.set_ylabel(text("axis_hours_per_year_log"))
    ax.set_title(text("title_small_accounts_big_hours"), loc="left")
    ax.legend(loc="upper left", frameon=False)
    return {"others": others, "overserved": overserved, "benchmarks": lines}


def _ranked_profit_labels(ax: Axes, title: str) -> None:
    ax.set_xlabel(text("axis_accounts_by_profit"))
    ax.set_ylabel(text("axis_cumulative_profit"))
    ax.set_title(title, loc="left")


def ranked_whale_curve(ax: Axes, accounts: np.ndarray, cumulative: np.ndarray, title: str) -> Line2D:
    """The whale curve from ``overservice.whale_curve`` (cumulative profit as a
    fraction of the total against accounts ranked from most to least profitable),
    labelled, with y ticks every 25 %. Returns the curve."""
    line = whale_curve(ax, accounts, cumulative)
    ax.set_yticks(np.arange(0, cumulative.max() + 0.25, 0.25))
    _ranked_profit_labels(ax, title)
    return line


def overserved_on_whale_curve(ax: Axes, profit: np.ndarray, over: np.ndarray) -> dict:
    """The whale curve of ``profit`` (€ per account) with the over-served accounts
    (boolean ``over``) as diamonds on it, the top 20 % of accounts dotted and the
    peak annotated.

    Returns ``{"curve", "overserved", "top_fifth", "peak"}`` (the peak's annotation).
    """
    accounts, cumulative = overservice.whale_curve(profit)
    marks = overservice.whale_curve_landmarks(profit)
    peak, top_fifth, place = marks["peak"], marks["top"], marks["place"]
    curve = whale_curve(ax, accounts, cumulative, label=text("label_cumulative_profit"))
    (overserved,) = ax.plot(place[over], cumulative[place[over]], linestyle="none", marker="D",
                            markersize=8, color=PALETTE["vermillion"], markeredgecolor="white",
                            label=text("label_overserved_accounts"))
    top_line = ax.axvline(top_fifth, color=PALETTE["black"], linestyle=":", linewidth=2)
    ax.text(top_fifth + 3, 0.3, text("label_top_fifth_profit", share=cumulative[top_fifth]), va="center")
    note = ax.annotate(text("label_whale_peak", share=cumulative[peak]), (peak, cumulative[peak]),
                       xytext=(peak - 60, cumulative[peak] - 0.45), arrowprops=dict(arrowstyle="->", color="black"))
    _ranked_profit_labels(ax, text("title_whale_overserved"))
    ax.legend(loc="lower right", frameon=False)
    return {"curve": curve, "overserved": overserved, "top_fifth": top_line, "peak": note}
