"""Drawing the teaching model: every function draws on a given ``Axes`` and
returns the artists it made, so explorers can build a figure once and then only
move those artists when a slider changes (see ``update_*``).

One shared look: the Okabe-Ito palette (safe for the common forms of colour
blindness) and large type that stays readable at the back of a room.
"""
from __future__ import annotations

import io
from dataclasses import replace

import matplotlib
import numpy as np
import PIL.Image
from matplotlib.axes import Axes
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.lines import Line2D

from . import model, overservice
from .messages import text

# Okabe & Ito (2008): distinguishable with deuteranopia, protanopia and tritanopia.
PALETTE = {
    "blue": "#0072B2",
    "orange": "#E69F00",
    "sky": "#56B4E9",
    "green": "#009E73",
    "yellow": "#F0E442",
    "vermillion": "#D55E00",
    "purple": "#CC79A7",
    "black": "#000000",
    "grey": "#777777",
}

# Sized for a projector: 14 pt text at 100 dpi on a 10-inch-wide figure.
KIT_STYLE = {
    "font.size": 14,
    "axes.titlesize": 16,
    "axes.labelsize": 14,
    "xtick.labelsize": 13,
    "ytick.labelsize": 13,
    "legend.fontsize": 13,
    "lines.linewidth": 3,
    "lines.markersize": 11,
    "axes.spines.top": False,
    "axes.spines.right": False,
    "axes.grid": True,
    "grid.alpha": 0.3,
    "figure.dpi": 100,
    "axes.prop_cycle": matplotlib.cycler(color=[PALETTE[k] for k in
                                                ("blue", "vermillion", "green", "orange", "purple", "sky")]),
}

ORIENTATION_LABEL = "Customer orientation (1–7)"
GRID = np.linspace(0.0, 1.0, 301)  # orientation c; enough points for smooth curves


def use_kit_style() -> None:
    """Apply the kit's look to every figure drawn after this call."""
    matplotlib.rcParams.update(KIT_STYLE)


def kit_style():
    """The kit's look for what is drawn inside a ``with`` block only."""
    return matplotlib.rc_context(KIT_STYLE)


def new_figure(ncols: int = 1, *, width: float = 11.0, height: float = 4.6) -> tuple[Figure, list[Axes]]:
    """A figure that is not tied to pyplot (so it is never shown twice).

    Call it, and draw, inside ``with kit_style():`` for the kit's look.
    """
    fig = Figure(figsize=(width, height))
    FigureCanvasAgg(fig)
    axes = list(np.atleast_1d(fig.subplots(1, ncols)))
    return fig, axes


def png_bytes(fig: Figure) -> bytes:
    """Render without ``bbox_inches='tight'`` (it would draw twice per move)."""
    buffer = io.BytesIO()
    fig.canvas.print_png(buffer)
    return buffer.getvalue()


def canvas_png_bytes(canvas: FigureCanvasAgg, compress_level: int = 1) -> bytes:
    """PNG of what an Agg canvas holds now, without drawing it again.

    zlib level 1: a few percent larger than the default and about twice as fast,
    which is what a slider needs (the picture is the same, it is lossless).
    """
    width, height = canvas.get_width_height(physical=True)
    image = PIL.Image.frombuffer("RGBA", (width, height), canvas.buffer_rgba(), "raw", "RGBA", 0, 1)
    buffer = io.BytesIO()
    image.save(buffer, format="png", compress_level=compress_level)
    return buffer.getvalue()


def orientation_axis(ax: Axes, ylabel: str, title: str = "") -> None:
    """x axis on the 1-7 orientation scale the self-assessment also uses."""
    ax.set_xlim(1, 7)
    ax.set_xticks(range(1, 8))
    ax.set_xlabel(ORIENTATION_LABEL)
    ax.set_ylabel(ylabel)
    if title:
        ax.set_title(title, loc="left")


def plot_curve(ax: Axes, c: np.ndarray, y: np.ndarray, *, color: str, label: str,
               linestyle: str = "-") -> Line2D:
    (line,) = ax.plot(model.to_seven_point(c), y, color=PALETTE[color], label=label, linestyle=linestyle)
    return line


def mark_point(ax: Axes, c: float, y: float, *, color: str, label: str | None = None,
               marker: str = "o") -> Line2D:
    (point,) = ax.plot([model.to_seven_point(c)], [y], marker=marker, linestyle="none",
                       color=PALETTE[color], markeredgecolor="white", markeredgewidth=1.5,
                       label=label, zorder=5)
    return point


def mark_orientation(ax: Axes, c: float, *, color: str = "grey", label: str | None = None) -> Line2D:
    return ax.axvline(model.to_seven_point(c), color=PALETTE[color], linestyle=":", linewidth=2, label=label)


def update_point(point: Line2D, c: float, y: float) -> None:
    point.set_data([model.to_seven_point(c)], [y])


def update_vertical(line: Line2D, c: float) -> None:
    x = model.to_seven_point(c)
    line.set_xdata([x, x])


def update_curve(line: Line2D, y: np.ndarray) -> None:
    line.set_ydata(y)


def euro_millions(ax: Axes) -> None:
    """Label the y axis in millions of euros: 16.5 reads better than 16500000."""
    # ":g", not ":.0f": ticks at 2.5-million steps must not print as "2" and "8".
    ax.yaxis.set_major_formatter(matplotlib.ticker.FuncFormatter(lambda v, _: f"{v / 1e6:g}"))


# ---- 02/03: peaks of curves (lessons 2 and 3)
def mark_peak(ax: Axes, c: float, y: float, *, color: str = "black",
              label: str | None = None) -> tuple[Line2D, Line2D]:
    """A star on a curve's peak and a dotted line down through it; returns (star, line)."""
    line = mark_orientation(ax, c, color=color)
    (star,) = ax.plot([model.to_seven_point(c)], [y], marker="*", markersize=22, linestyle="none",
                      color=PALETTE[color], markeredgecolor="white", markeredgewidth=1.5,
                      label=label, zorder=6)
    return star, line


def update_peak(peak: tuple[Line2D, Line2D], c: float, y: float) -> None:
    star, line = peak
    update_point(star, c, y)
    update_vertical(line, c)


# ---- 04/05: shares, bands and the whale curve (lessons 4 and 5)
BAND_COLOURS = {"green": PALETTE["green"], "amber": PALETTE["orange"], "red": PALETTE["vermillion"],
                "unknown": PALETTE["grey"]}
"""Warning-score bands drawn in Okabe-Ito colours; always label the band in words too."""


def percent_axis(ax: Axes, axis: str = "y") -> None:
    """Show fractions (0.8) as percentages (80%) on the ``"x"`` or ``"y"`` axis."""
    target = ax.yaxis if axis == "y" else ax.xaxis
    target.set_major_formatter(matplotlib.ticker.PercentFormatter(xmax=1.0, decimals=0))


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


# ---- lesson figures: one function per picture, so a lesson cell stays 2-5 lines.
# Every label comes from ``messages`` (one place per language).
def _reference_line(ax: Axes, y: float, x_text: float, y_text: float, label: str) -> tuple[Line2D, matplotlib.text.Text]:
    """A dashed grey horizontal line at ``y`` with a grey label at (x_text, y_text)."""
    line = ax.axhline(y, color=PALETTE["grey"], linestyle="--", linewidth=2)
    note = ax.text(x_text, y_text, label, color=PALETTE["grey"])
    return line, note


def _fine_grid(ax: Axes, ticks: np.ndarray) -> None:
    """Faint minor grid lines at ``ticks`` (x axis), so values can be read off a curve."""
    ax.set_xticks(ticks, minor=True)
    ax.grid(which="minor", alpha=0.15)


# ---- lesson 01
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


def score_on_sales_curve(ax: Axes, orientation: float, params: model.ModelParams = model.DEFAULT) -> dict:
    """The model's sales (€ million per year) with its peak (triangle) and a
    self-assessed ``orientation`` (model units, 0-1; a dot) marked on it.

    Returns ``{"curve", "peak", "score"}``.
    """
    c = GRID
    curve = plot_curve(ax, c, model.sales(c, params) / 1e6, color="vermillion", label=text("label_sales_model"))
    best = model.optimum(params, "sales")
    peak = mark_point(ax, best.orientation, best.value / 1e6, color="black", marker="^",
                      label=text("label_sales_peak_short"))
    score = mark_point(ax, orientation, model.sales(orientation, params) / 1e6, color="blue",
                       label=text("label_your_score"))
    orientation_axis(ax, text("axis_sales_millions_a_year"), text("title_score_on_model"))
    ax.set_ylim(0, best.value / 1e6 * 1.12)
    ax.legend(loc="lower center")
    return {"curve": curve, "peak": peak, "score": score}


# ---- lesson 02 and exercise 02
def share_and_reach(ax_share: Axes, ax_served: Axes, params: model.ModelParams = model.DEFAULT) -> dict:
    """Sales = share x reach: share of wallet per account (%) with its ceiling on the
    left, wallet served (€ per year, all accounts dashed) on the right.

    Returns ``{"share", "served"}`` lines.
    """
    c = GRID
    ceiling = 100 * params.share_ceiling
    share = plot_curve(ax_share, c, 100 * model.share_of_wallet(c, params), color="blue",
                       label=text("label_share_of_wallet"))
    _reference_line(ax_share, ceiling, 1.1, ceiling + 2, text("label_ceiling_short"))
    ax_share.set_ylim(0, 100)
    orientation_axis(ax_share, text("axis_share_per_account_percent"), text("title_share_rises"))
    served = plot_curve(ax_served, c, model.covered_wallet(c, params), color="vermillion",
                        label=text("label_wallet_served"))
    _reference_line(ax_served, params.total_wallet, 1.1, params.total_wallet * 1.02,
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
    _fine_grid(ax_sales, np.arange(1, 7.5, 0.5))
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
    return bars


def profit_by_customization_cost(ax_cost: Axes, ax_profit: Axes,
                                 costs: tuple[float, ...] = (2_500, 10_000, 20_000),
                                 params: model.ModelParams = model.DEFAULT) -> dict:
    """Cost to serve and profit (€ per year) for several customization costs (€ per
    account at orientation 7), each profit peak starred, the sales peak dotted.

    Returns ``{"cost": [lines], "profit": [lines], "peaks": [(star, line)], "sales_peak": line}``.
    """
    c = GRID
    colours = ("blue", "orange", "vermillion", "green", "purple", "sky")
    artists: dict = {"cost": [], "profit": [], "peaks": []}
    for cost, colour in zip(costs, colours):
        varied = replace(params, customization_cost=cost)
        label = text("label_cost_at_seven", cost=cost)
        artists["cost"].append(plot_curve(ax_cost, c, model.cost_to_serve(c, varied), color=colour, label=label))
        artists["profit"].append(plot_curve(ax_profit, c, model.profit(c, varied), color=colour, label=label))
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
    _fine_grid(ax, np.arange(1, 7.25, 0.25))
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
    ax_hours.legend(frameon=False)
    return artists


# ---- lesson 04 and exercise 04
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


# ---- lesson 05 and exercise 05
def _plain_log_ticks(axis: matplotlib.axis.Axis) -> None:
    axis.set_major_formatter(matplotlib.ticker.FuncFormatter(lambda v, _: f"{v:g}"))


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
        ax.text(spend_k[in_tier].max() * 1.05, tier_benchmark, text("label_tier_benchmark", tier=t),
                va="center", fontsize=12)
    ax.set_xscale("log")
    ax.set_yscale("log")
    _plain_log_ticks(ax.xaxis)
    _plain_log_ticks(ax.yaxis)
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
    peak = int(np.argmax(cumulative))
    curve = whale_curve(ax, accounts, cumulative, label=text("label_cumulative_profit"))
    rank = np.argsort(np.argsort(-profit))  # 0 = most profitable account
    (overserved,) = ax.plot(rank[over] + 1, cumulative[rank[over] + 1], linestyle="none", marker="D",
                            markersize=8, color=PALETTE["vermillion"], markeredgecolor="white",
                            label=text("label_overserved_accounts"))
    top_fifth = int(round(0.2 * len(profit)))
    top_line = ax.axvline(top_fifth, color=PALETTE["black"], linestyle=":", linewidth=2)
    ax.text(top_fifth + 3, 0.3, text("label_top_fifth_profit", share=cumulative[top_fifth]), va="center")
    note = ax.annotate(text("label_whale_peak", share=cumulative[peak]), (peak, cumulative[peak]),
                       xytext=(peak - 60, cumulative[peak] - 0.45), arrowprops=dict(arrowstyle="->", color="black"))
    _ranked_profit_labels(ax, text("title_whale_overserved"))
    ax.legend(loc="lower right", frameon=False)
    return {"curve": curve, "overserved": overserved, "top_fifth": top_line, "peak": note}
