"""The lessons' slider explorers: model + plots + one slider spec each.

Each ``*_explorer()`` function returns an :class:`~customer_king.widgets.Explorer`.
The economics lives in ``model``; the drawing in ``plots``; the widget
mechanics in ``widgets``; this module only says which sliders an explorer has
and which model quantities it shows.
"""
from __future__ import annotations

import textwrap
from dataclasses import dataclass, replace
from typing import Callable

import numpy as np
from matplotlib.artist import Artist
from matplotlib.axes import Axes
from matplotlib.collections import PathCollection
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.patches import Rectangle
from matplotlib.text import Text

from . import cases, model, overservice, plots
from .messages import text
from .plots import BAND_COLOURS, BAND_TEXT_COLOURS, MIN_TEXT_PX, PALETTE, SIGN_COLOURS, SIGN_HATCH_COLOURS, SIGN_HATCHES
from .widgets import Explorer, SliderSpec

Drawing = tuple[Callable[[], object], Callable[..., str]]
"""What each ``_*_drawing`` helper returns: ``draw()`` (draws the figure once and returns
the artists ``update`` moves) and ``update(artists, **slider_values)`` (returns the readout)."""


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


def time_cost_explorer(params: model.ModelParams = model.DEFAULT) -> Explorer:
    """Orientation costs time: hours per account rise, accounts covered fall."""
    with plots.kit_style():
        fig, (ax_hours, ax_accounts) = plots.new_figure(2)
        return Explorer(time_cost_sliders(params), fig, *_time_cost_drawing(fig, ax_hours, ax_accounts, params))


def _time_cost_drawing(fig: Figure, ax_hours: Axes, ax_accounts: Axes, params: model.ModelParams) -> Drawing:

    def draw() -> _TimeCostArtists:
        curves = plots.hours_and_accounts(ax_hours, ax_accounts, params)
        ax_hours.set_ylim(0, model.hours_per_account(1.0, params) * 1.08)
        ax_accounts.axhline(params.n_accounts, color=PALETTE["grey"], linestyle="--", linewidth=2)
        ax_accounts.text(1.1, params.n_accounts * 1.02, text("label_accounts_in_territory", n=params.n_accounts),
                         color=PALETTE["grey"], va="bottom")
        ax_accounts.set_ylim(0, params.n_accounts * 1.15)
        fig.subplots_adjust(left=0.09, right=0.98, bottom=0.17, top=0.9, wspace=0.3)
        return _TimeCostArtists(
            hours_point=plots.mark_point(ax_hours, 0.5, 0.0, color="blue"),
            covered_line=curves["accounts"],
            covered_point=plots.mark_point(ax_accounts, 0.5, 0.0, color="vermillion"),
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


def _warm_up_drawing(fig: Figure, ax: Axes) -> Drawing:
    hours_grid = np.linspace(2.0, 24.0, 221)

    def draw() -> Line2D:
        ax.plot(hours_grid, WARM_UP_BUDGET_HOURS / hours_grid, color=PALETTE["blue"])
        ax.set_xlabel(text("axis_hours_per_account"))
        ax.set_ylabel(text("axis_accounts_covered"))
        ax.set_xlim(2, 24)
        ax.set_ylim(0, WARM_UP_BUDGET_HOURS / 2 * 1.05)
        fig.subplots_adjust(left=0.11, right=0.97, bottom=0.17, top=0.95)
        (point,) = ax.plot([4.0], [300.0], marker="o", color=PALETTE["vermillion"],
                           markeredgecolor="white", markeredgewidth=1.5, zorder=5)
        return point

    def update(point: Line2D, hours: float) -> str:
        accounts = WARM_UP_BUDGET_HOURS / hours
        point.set_data([hours], [accounts])
        return text("readout_warm_up", hours=hours, budget=WARM_UP_BUDGET_HOURS, accounts=accounts)

    return draw, update


# --------------------------------------------- 02: satisfaction versus sales
def satisfaction_sales_sliders() -> tuple[SliderSpec, ...]:
    return (SliderSpec("orientation", text("slider_orientation"), 1.0, 7.0, 0.25, 1.0, ".2f"),)


@dataclass
class _SatisfactionSalesArtists:
    satisfaction_point: Line2D
    sales_point: Line2D


def satisfaction_sales_explorer(params: model.ModelParams = model.DEFAULT) -> Explorer:
    """Satisfaction keeps rising with orientation; sales peak and then fall."""
    with plots.kit_style():
        fig, (ax_satisfaction, ax_sales) = plots.new_figure(2)
        return Explorer(satisfaction_sales_sliders(), fig,
                        *_satisfaction_sales_drawing(fig, ax_satisfaction, ax_sales, params))


def _satisfaction_sales_drawing(fig: Figure, ax_satisfaction: Axes, ax_sales: Axes,
                                params: model.ModelParams) -> Drawing:
    peak = model.optimum(params, "sales")
    # Where the peak is (shading, star, lines, labels) shows only from the slider's stop at the
    # peak upwards, so the picture does not answer the lesson's "where do sales peak?" before the
    # learner moves. They stay out of the artists `update` moves: static, so a move redraws only
    # the dots, and crossing the peak (a visibility change) redraws the figure once.
    marks: list[Artist] = []

    def draw() -> _SatisfactionSalesArtists:
        c = plots.GRID
        peak_x = model.to_seven_point(peak.orientation)
        # The region where more orientation costs sales, shaded in both panels.
        marks[:] = [ax.axvspan(peak_x, 7, color=PALETTE["vermillion"], alpha=0.08, linewidth=0)
                    for ax in (ax_satisfaction, ax_sales)]

        plots.plot_curve(ax_satisfaction, c, model.satisfaction(c, params), color="blue",
                         label=text("label_satisfaction"))
        marks.append(plots.mark_orientation(ax_satisfaction, peak.orientation, color="black"))
        plots.orientation_axis(ax_satisfaction, text("axis_satisfaction"), text("title_satisfaction_rises"))
        ax_satisfaction.set_ylim(1, 7.6)
        ax_satisfaction.set_yticks(range(1, 8))
        marks.append(ax_satisfaction.text(peak_x + 0.12, 1.35, text("label_beyond_peak"),
                                          color=PALETTE["vermillion"]))

        plots.plot_curve(ax_sales, c, model.sales(c, params), color="vermillion", label=text("label_sales"))
        marks.extend(plots.mark_peak(ax_sales, peak.orientation, peak.value))
        plots.orientation_axis(ax_sales, text("axis_sales_millions"), text("title_sales_peak"))
        plots.euro_millions(ax_sales)
        ax_sales.set_ylim(0, peak.value * 1.25)
        marks.append(ax_sales.annotate(text("label_sales_peak", score=peak_x, sales=peak.value / 1e6),
                                       (peak_x, peak.value), xytext=(peak_x + 0.35, peak.value * 1.1),
                                       va="center"))
        fig.subplots_adjust(left=0.07, right=0.98, bottom=0.17, top=0.9, wspace=0.25)
        art = _SatisfactionSalesArtists(
            satisfaction_point=plots.mark_point(ax_satisfaction, 0.0, 1.0, color="blue"),
            sales_point=plots.mark_point(ax_sales, 0.0, 0.0, color="vermillion"),
        )
        for point in (art.satisfaction_point, art.sales_point):
            point.set_clip_on(False)  # the slider's ends sit on the axes' edges: show the whole dot
        return art

    def update(art: _SatisfactionSalesArtists, orientation: float) -> str:
        c = model.from_seven_point(orientation)
        satisfaction = float(model.satisfaction(c, params))
        sales = float(model.sales(c, params))
        plots.update_point(art.satisfaction_point, c, satisfaction)
        plots.update_point(art.sales_point, c, sales)
        peak_score = float(model.to_seven_point(peak.orientation))
        fields = dict(peak=peak_score, peak_sales=peak.value / 1e6)
        at_peak = abs(orientation - peak_score) < 0.125  # the slider's nearest stop to the peak
        for mark in marks:
            mark.set_visible(at_peak or orientation > peak_score)
        if at_peak:
            where = text("readout_at_peak", **fields)
        elif orientation < peak_score:
            where = text("readout_before_peak")
        else:
            where = text("readout_past_peak", **fields,
                         extra_satisfaction=satisfaction - float(model.satisfaction(peak.orientation, params)),
                         lost=(peak.value - sales) / 1e6)
        return text("readout_satisfaction_sales", score=orientation, satisfaction=satisfaction,
                    sales=sales / 1e6, covered=float(model.accounts_covered(c, params)),
                    share=float(model.share_of_wallet(c, params)), where=where)

    return draw, update


# ------------------------------------------------ 03: diminishing returns
MODERATORS = ("individualized", "premium_price", "competition")


def moderator_sliders() -> tuple[SliderSpec, ...]:
    return tuple(SliderSpec(name, text(f"slider_{name}"), -1.0, 1.0, 0.25, 0.0, "+.2f")
                 for name in MODERATORS)


@dataclass
class _ModeratorArtists:
    sales_line: Line2D
    profit_line: Line2D
    sales_peak: tuple[Line2D, Line2D]
    profit_peak: tuple[Line2D, Line2D]


def _money_range(curve: Callable[[np.ndarray, model.ModelParams], np.ndarray],
                 params_list: list[model.ModelParams]) -> tuple[float, float]:
    values = np.concatenate([curve(plots.GRID, p) for p in params_list])
    return float(values.min()), float(values.max())


def moderator_explorer(params: model.ModelParams = model.DEFAULT) -> Explorer:
    """The three moderators of Homburg, Müller & Klarmann (2011) moving the optimum."""
    with plots.kit_style():
        fig, (ax_sales, ax_profit) = plots.new_figure(2)
        return Explorer(moderator_sliders(), fig, *_moderator_drawing(fig, ax_sales, ax_profit, params))


def _moderator_drawing(fig: Figure, ax_sales: Axes, ax_profit: Axes, params: model.ModelParams) -> Drawing:
    base_sales = model.optimum(params, "sales")
    base_profit = model.optimum(params, "profit")
    # Fixed axes, wide enough for every corner of the slider cube, so that
    # moving a slider moves the curve and never the scale under it.
    corners = [model.moderated(params, individualized=i, premium_price=q, competition=k)
               for i in (-1, 1) for q in (-1, 1) for k in (-1, 1)]

    def draw() -> _ModeratorArtists:
        c = plots.GRID
        lines = {}
        for ax, curve, peak, key in ((ax_sales, model.sales, base_sales, "sales"),
                                     (ax_profit, model.profit, base_profit, "profit")):
            lines["baseline"] = plots.plot_curve(ax, c, curve(c, params), color="grey", linestyle="--",
                                                 label=text("label_baseline"))
            ax.plot([model.to_seven_point(peak.orientation)], [peak.value], marker="o", linestyle="none",
                    color=PALETTE["grey"], markeredgecolor="white", zorder=5)
            lines[key] = plots.plot_curve(ax, c, curve(c, params), color="blue",
                                          label=text("label_your_situation"))
            low, high = _money_range(curve, corners + [params])
            ax.set_ylim(min(0.0, low), high * 1.12)
            plots.euro_millions(ax)
        plots.orientation_axis(ax_sales, text("axis_sales_millions"), text("title_sales_moderated"))
        plots.orientation_axis(ax_profit, text("axis_profit_millions"), text("title_profit_moderated"))
        # Above both panels, where no curve can ever run into it.
        fig.legend(handles=[lines["baseline"], lines["sales"]], loc="upper center", ncol=2,
                   frameon=False, bbox_to_anchor=(0.5, 1.0))
        fig.subplots_adjust(left=0.07, right=0.98, bottom=0.17, top=0.8, wspace=0.25)
        return _ModeratorArtists(
            sales_line=lines["sales"],
            profit_line=lines["profit"],
            sales_peak=plots.mark_peak(ax_sales, base_sales.orientation, base_sales.value, color="vermillion"),
            profit_peak=plots.mark_peak(ax_profit, base_profit.orientation, base_profit.value, color="vermillion"),
        )

    def update(art: _ModeratorArtists, individualized: float, premium_price: float, competition: float) -> str:
        p = model.moderated(params, individualized=individualized, premium_price=premium_price,
                            competition=competition)
        sales_peak = model.optimum(p, "sales")
        profit_peak = model.optimum(p, "profit")
        plots.update_curve(art.sales_line, model.sales(plots.GRID, p))
        plots.update_curve(art.profit_line, model.profit(plots.GRID, p))
        plots.update_peak(art.sales_peak, sales_peak.orientation, sales_peak.value)
        plots.update_peak(art.profit_peak, profit_peak.orientation, profit_peak.value)
        to7 = model.to_seven_point
        return text("readout_moderators",
                    sales_peak=to7(sales_peak.orientation), base_sales_peak=to7(base_sales.orientation),
                    sales_shift=to7(sales_peak.orientation) - to7(base_sales.orientation),
                    profit_peak=to7(profit_peak.orientation), base_profit_peak=to7(base_profit.orientation),
                    profit_shift=to7(profit_peak.orientation) - to7(base_profit.orientation))

    return draw, update


# ---- 04: share of wallet ------------------------------------------------
MAX_SUPPLIERS = 6  # enough for "the 4th or 5th supplier" and one beyond
EXAMPLE_WALLET_EUR = 100_000.0  # round number for the readout's euros


def wallet_allocation_sliders() -> tuple[SliderSpec, ...]:
    return (
        SliderSpec("n_suppliers", text("slider_n_suppliers"), 1.0, float(MAX_SUPPLIERS), 1.0, 3.0, ".0f"),
        SliderSpec("rank", text("slider_supplier_rank"), 1.0, float(MAX_SUPPLIERS), 1.0, 2.0, ".0f"),
    )


@dataclass
class _WalletAllocationArtists:
    bars: list[Rectangle]
    labels: list[Text]
    equal_split: Line2D
    equal_split_label: Text


def wallet_allocation_explorer() -> Explorer:
    """The Wallet Allocation Rule: the share a supplier can expect from its rank."""
    with plots.kit_style():
        fig, (ax,) = plots.new_figure(1, width=10.5, height=4.6)
        return Explorer(wallet_allocation_sliders(), fig, *_wallet_allocation_drawing(fig, ax))


def _wallet_allocation_drawing(fig: Figure, ax: Axes) -> Drawing:
    positions = np.arange(1, MAX_SUPPLIERS + 1)

    def draw() -> _WalletAllocationArtists:
        bars = list(ax.bar(positions, np.zeros(MAX_SUPPLIERS), width=0.7, color=PALETTE["sky"]))
        labels = [ax.text(x, 0.0, "", ha="center", va="bottom", fontweight="bold")
                  for x in positions]
        ceiling = cases.SHARE_CEILING
        ax.axhline(ceiling, color=PALETTE["grey"], linestyle="--", linewidth=2)
        ax.text(MAX_SUPPLIERS + 0.45, ceiling + 0.015, text("label_ceiling_rule_of_thumb", ceiling=ceiling),
                color=PALETTE["grey"], ha="right", va="bottom")
        (equal_split,) = ax.plot([0.5, MAX_SUPPLIERS + 0.5], [0.5, 0.5], color=PALETTE["black"],
                                 linestyle=":", linewidth=2)
        equal_split_label = ax.text(MAX_SUPPLIERS + 0.45, 0.5, "", ha="right", va="bottom")
        ax.set_xlim(0.5, MAX_SUPPLIERS + 0.5)
        ax.set_ylim(0, 1.0)
        ax.set_axisbelow(True)  # grid under the bars: a move then redraws only the bars and labels
        ax.set_xticks(positions)
        ax.set_xticklabels([text("label_supplier_rank", rank=int(r)) for r in positions])
        ax.set_xlabel(text("axis_supplier_rank"))
        ax.set_ylabel(text("axis_expected_share"))
        ax.grid(axis="x", visible=False)
        plots.percent_axis(ax)
        ax.set_title(text("title_wallet_allocation"), loc="left")
        fig.subplots_adjust(left=0.1, right=0.97, bottom=0.17, top=0.9)
        return _WalletAllocationArtists(bars, labels, equal_split, equal_split_label)

    def update(art: _WalletAllocationArtists, n_suppliers: float, rank: float) -> str:
        n = int(round(n_suppliers))
        asked = int(round(rank))
        mine = min(asked, n)
        shares = np.zeros(MAX_SUPPLIERS)
        shares[:n] = model.wallet_allocation_share(np.arange(1, n + 1), n)
        for position, (bar, label, share) in enumerate(zip(art.bars, art.labels, shares), start=1):
            bar.set_height(share)
            bar.set_color(PALETTE["vermillion"] if position == mine else PALETTE["sky"])
            bar.set_hatch("//" if position == mine else "")  # "you" without colour, too
            bar.set_hatchcolor("white")
            label.set_position((position, share + 0.01))
            label.set_text(f"{share:.0%}" if position <= n else "")
        art.equal_split.set_ydata([1 / n, 1 / n])
        art.equal_split_label.set_position((MAX_SUPPLIERS + 0.45, 1 / n + 0.01))
        art.equal_split_label.set_text(text("label_equal_split", share=1 / n))
        my_share = float(shares[mine - 1])
        readout = text("readout_wallet_allocation", n=n, rank=mine, share=my_share,
                       euros=my_share * EXAMPLE_WALLET_EUR, wallet=EXAMPLE_WALLET_EUR,
                       equal=1 / n, top=float(shares[0]))
        if asked > n:
            readout = text("readout_rank_capped", rank=asked, n=n) + " " + readout
        return readout

    return draw, update


def headroom_sliders() -> tuple[SliderSpec, ...]:
    return (SliderSpec("ceiling", text("slider_share_ceiling"), 0.60, 0.90, 0.01, cases.SHARE_CEILING, ".2f"),)


@dataclass
class _HeadroomArtists:
    points: PathCollection
    ceiling_line: Line2D
    ceiling_label: Text
    bars: list[Rectangle]
    bar_labels: list[Text]


def headroom_explorer(case: cases.CaseCompany | None = None) -> Explorer:
    """Headroom per account and per tier for a chosen share-of-wallet ceiling."""
    case = case if case is not None else cases.load_case()
    with plots.kit_style():
        fig, (ax_accounts, ax_tiers) = plots.new_figure(2)
        return Explorer(headroom_sliders(), fig, *_headroom_drawing(fig, ax_accounts, ax_tiers, case))


def _headroom_drawing(fig: Figure, ax_accounts: Axes, ax_tiers: Axes, case: cases.CaseCompany) -> Drawing:
    acc = case.accounts
    spend_k = np.asarray(acc["category_spend_eur"], float) / 1e3
    share = cases.share_of_wallet(acc)
    baseline = cases.headroom_by_tier(acc, cases.SHARE_CEILING)
    tier_names = list(baseline)
    baseline_by_tier = np.array(list(baseline.values())) / 1e6
    baseline_total = float(cases.headroom(acc, cases.SHARE_CEILING).sum())
    # At the slider's top ceiling: fixes the bar axis so that moving the slider never rescales it.
    most_by_tier = np.array(list(cases.headroom_by_tier(acc, headroom_sliders()[0].max).values())) / 1e6

    def draw() -> _HeadroomArtists:
        points = ax_accounts.scatter(spend_k, share, s=28, color=PALETTE["blue"], alpha=0.8,
                                     edgecolors="white", linewidths=0.5)
        ax_accounts.set_xscale("log")
        # On two lines: at screen size one line is wider than the panel.
        ax_accounts.set_xlabel(textwrap.fill(text("axis_category_spend_thousands"), 34))
        ax_accounts.set_ylabel(text("axis_share_of_wallet"))
        ax_accounts.set_ylim(0, 1.0)
        plots.percent_axis(ax_accounts)
        plots.plain_log_ticks(ax_accounts.xaxis)
        ax_accounts.set_title(text("title_accounts_and_ceiling"), loc="left")
        ceiling_line = ax_accounts.axhline(cases.SHARE_CEILING, color=PALETTE["vermillion"],
                                           linestyle="--", linewidth=2.5)
        # In the empty top-right corner, so that it never hides an account.
        ceiling_label = ax_accounts.text(0.98, 0.97, "", transform=ax_accounts.transAxes,
                                         color=PALETTE["vermillion"], ha="right", va="top",
                                         fontweight="bold")

        x = np.arange(len(tier_names))
        ax_tiers.bar(x, baseline_by_tier, width=0.6, fill=False, edgecolor=PALETTE["grey"],
                     linestyle="--", linewidth=2, label=text("label_headroom_at_80"))
        bars = list(ax_tiers.bar(x, baseline_by_tier, width=0.45, color=PALETTE["blue"],
                                 label=text("label_headroom_now")))
        bar_labels = [ax_tiers.text(i, 0.0, "", ha="center", va="bottom", fontweight="bold") for i in x]
        ax_tiers.set_xticks(x)
        ax_tiers.set_xticklabels([text("label_tier", tier=t) for t in tier_names])
        ax_tiers.set_ylabel(text("axis_headroom_millions"))
        # Room above the tallest bar (at the slider's top ceiling) for the legend, so bars and
        # their labels never run into it.
        ax_tiers.set_ylim(0, most_by_tier.max() * 1.5)
        ax_accounts.set_axisbelow(True)  # grid under the data: a move redraws only what moves
        ax_tiers.set_axisbelow(True)
        ax_tiers.grid(axis="x", visible=False)
        ax_tiers.set_title(text("title_headroom_by_tier"), loc="left")
        # Nothing that moves reaches the legend's corner, so it can be drawn beneath the bars
        # and stay in the static background.
        ax_tiers.legend(loc="upper right", frameon=False).set_zorder(0.9)
        fig.subplots_adjust(left=0.1, right=0.98, bottom=0.22, top=0.9, wspace=0.32)
        return _HeadroomArtists(points, ceiling_line, ceiling_label, bars, bar_labels)

    def update(art: _HeadroomArtists, ceiling: float) -> str:
        by_tier = np.array(list(cases.headroom_by_tier(acc, ceiling).values())) / 1e6
        at_ceiling = share >= ceiling
        art.points.set_facecolors(np.where(at_ceiling, PALETTE["vermillion"], PALETTE["blue"]))
        art.points.set_sizes(np.where(at_ceiling, 55.0, 28.0))
        art.ceiling_line.set_ydata([ceiling, ceiling])
        art.ceiling_label.set_text(text("label_ceiling", ceiling=ceiling))
        for bar, label, value, baseline_value in zip(art.bars, art.bar_labels, by_tier, baseline_by_tier):
            bar.set_height(value)
            top = max(value, baseline_value)  # above the dashed outline too, never through it
            label.set_position((bar.get_x() + bar.get_width() / 2, top + most_by_tier.max() * 0.02))
            label.set_text(text("label_bar_millions", value=value))
        total = float(cases.headroom(acc, ceiling).sum())
        parts = [text("readout_headroom", ceiling=ceiling, total=total / 1e6, n=case.n_accounts,
                      sales=float(np.sum(acc["our_sales_eur"])) / 1e6)]
        if abs(ceiling - cases.SHARE_CEILING) > 0.005:
            parts.append(text("readout_headroom_change", change=total / baseline_total - 1,
                              baseline_ceiling=cases.SHARE_CEILING))
        parts.append(text("readout_headroom_where", at_ceiling=int(at_ceiling.sum()), top_tier=tier_names[0],
                          top_tier_share=float(by_tier[0] / by_tier.sum()) if total > 0 else 0.0))
        return " ".join(parts)

    return draw, update


# ---- 05: warning signs of overservice ------------------------------------


def warning_weight_sliders() -> tuple[SliderSpec, ...]:
    return tuple(SliderSpec(key, text(f"slider_weight_{key}"), 0.0, 3.0, 0.5, 1.0, ".1f")
                 for key in overservice.CASE_SIGNS)


@dataclass
class _WarningArtists:
    segments: dict[str, list[Rectangle]]
    score_labels: list[Text]


def warning_score_explorer(case: cases.CaseCompany | None = None) -> Explorer:
    """Weigh the five measurable warning signs; see who turns amber or red."""
    case = case if case is not None else cases.load_case()
    with plots.kit_style():
        fig, (ax,) = plots.new_figure(1, width=11.0, height=4.6)
        return Explorer(warning_weight_sliders(), fig, *_warning_drawing(fig, ax, case))


def _warning_drawing(fig: Figure, ax: Axes, case: cases.CaseCompany) -> Drawing:
    indicators = overservice.salesperson_indicators(case)
    team = case.team
    default_scores = np.asarray(model.warning_score(indicators), float)
    # Fixed order (highest score at the top with equal weights): rows never jump.
    order = np.argsort(-default_scores, kind="stable")
    names = [team[i] for i in order]
    rows = np.arange(len(names))[::-1]  # first name at the top
    ordered = {key: np.asarray(values)[order] for key, values in indicators.items()}

    def draw() -> _WarningArtists:
        # The bands as a labelled strip above the top row (where no bar reaches) and dashed
        # lines down through the rows: not as tints behind the bars, which a deuteranope
        # sees as one colour (tests/test_colour_vision.py). The words carry the band too.
        top = len(names) - 0.45
        for start, end, band in ((30, 60, "amber"), (60, 100, "red")):
            ax.add_patch(Rectangle((start, top), end - start, 0.8, color=BAND_COLOURS[band], linewidth=0,
                                   zorder=0.8))
            ax.text(start + 1, top + 0.4, text(f"label_band_{band}"), color="black", va="center", zorder=0.9)
            ax.axvline(start, color=PALETTE["grey"], linestyle="--", linewidth=1.5, zorder=0.8)
        segments = {}
        for key, colour, hatch, hatch_colour in zip(overservice.CASE_SIGNS, SIGN_COLOURS, SIGN_HATCHES,
                                                    SIGN_HATCH_COLOURS):
            segments[key] = list(ax.barh(rows, np.zeros(len(names)), height=0.7, color=PALETTE[colour],
                                         edgecolor="white", linewidth=0.8, hatch=hatch, hatchcolor=hatch_colour,
                                         label=text(f"sign_{key}")))
        score_labels = [ax.text(0.0, y, "", va="center", fontsize=MIN_TEXT_PX) for y in rows]
        ax.set_yticks(rows)
        ax.set_yticklabels(names)
        ax.set_xlim(0, 100)
        ax.set_ylim(-0.6, len(names) + 0.4)
        ax.set_axisbelow(True)  # grid under the bars: a move redraws only the bars and labels
        ax.set_xlabel(text("axis_warning_score"))
        ax.grid(axis="y", visible=False)
        # The legend sits beside the axes, not over the bars: then it belongs to the
        # static background and a slider move redraws only bars and score labels.
        handles, labels = ax.get_legend_handles_labels()
        fig.legend(handles, labels, loc="center right", frameon=False, title=text("legend_signs"),
                   handlelength=2.4, handleheight=1.2)
        fig.subplots_adjust(left=0.13, right=0.70, bottom=0.14, top=0.97)
        return _WarningArtists(segments, score_labels)

    def update(art: _WarningArtists, **weights: float) -> str:
        if sum(weights.values()) <= 0:
            for bars in art.segments.values():
                for bar in bars:
                    bar.set_width(0.0)
                    bar.set_visible(False)
            for label in art.score_labels:
                label.set_text("")
            return text("readout_no_weights")
        points = model.sign_contributions(ordered, weights)
        left = np.zeros(len(names))
        for key in overservice.CASE_SIGNS:
            values = np.asarray(points[key], float)
            for bar, start, width in zip(art.segments[key], left, values):
                bar.set_x(start)
                bar.set_width(width)
                bar.set_visible(width > 0)  # a hatched bar costs time to draw, even an empty one
            left = left + values
        scores = np.asarray(model.warning_score(ordered, weights), float)
        bands = model.warning_band(scores)
        for label, y, score, band in zip(art.score_labels, rows, scores, bands):
            label.set_position((min(score, 100) + 1.0, y))
            label.set_text(text("label_score_band", score=score, band=text(f"band_{band}")))
            label.set_color(BAND_TEXT_COLOURS[str(band)])
        red = [n for n, b in zip(names, bands) if b == "red"]
        amber = [n for n, b in zip(names, bands) if b == "amber"]
        return text("readout_warning_bands",
                    red=", ".join(red) or text("readout_nobody"),
                    amber=", ".join(amber) or text("readout_nobody"),
                    green=len(names) - len(red) - len(amber))

    return draw, update
