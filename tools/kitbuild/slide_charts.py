"""Charts drawn for a slide (and, smaller, for a handout): one message each, large type, the takeaway highlighted.

A lesson's figures are drawn for a notebook read at arm's length; a slide is read from
the back of a room, and a handout on paper. So each chart here is drawn at the size it is
shown: ``SLIDE`` fills a 1280 x 720 slide under its headline with 20-point type, and
``HANDOUT`` is printed at its own width in millimetres with text of at least 8 points.
Every number comes from ``customer_king`` (the model, its case data, the published
Wallet Allocation Rule); the ``source`` of a chart says which, and the deck test holds
the slide to saying so.

A chart speaks the language in effect (``customer_king.messages.language``, which the
slide build sets to the deck's edition): its words are the decks' own (``chrome.py``,
``chart.*``) or, where the same label already exists there, the catalogue's; its numbers,
tick labels included, are written in that language's style (3,6 · € 2.500 · 80%).
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Callable

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402
from matplotlib.text import Text  # noqa: E402

from matplotlib.ticker import ScalarFormatter  # noqa: E402

from customer_king import cases, demos, model, overservice  # noqa: E402
from customer_king.demos import number  # noqa: E402  (format(value, spec) in the language's number style)
from customer_king.messages import get_language, in_local_style, separators, text  # noqa: E402
from customer_king.plots.style import BAND_COLOURS, PALETTE  # noqa: E402

from .chrome import chrome  # noqa: E402


@dataclass(frozen=True)
class Size:
    width_in: float
    height_in: float
    font_pt: float   # the smallest text the chart uses, as printed or projected
    dpi: int


SLIDE = Size(12.0, 4.9, 20, 110)      # 1320 x 539 px: shown at about 1180 px wide on the slide
HANDOUT = Size(7.0, 1.95, 8.5, 220)   # 178 x 50 mm, printed at that width: text stays >= 8 pt

BLUE, ORANGE, VERMILLION, GREY = PALETTE["blue"], PALETTE["orange"], PALETTE["vermillion"], "#6E6E6E"
SEVEN = np.linspace(1, 7, 241)


@dataclass(frozen=True)
class Chart:
    draw: Callable          # (fig, size) -> None
    source: str             # "model", "case" (fictional case data through the model) or "rule"
    shows_ceiling: bool = False


def _style(size: Size) -> dict:
    f = size.font_pt
    return {"font.size": f, "axes.titlesize": f, "axes.labelsize": f, "xtick.labelsize": f,
            "ytick.labelsize": f, "legend.fontsize": f, "axes.spines.top": False, "axes.spines.right": False,
            "axes.linewidth": 1.2 if f > 12 else 0.6, "lines.linewidth": 4 if f > 12 else 1.8,
            "font.family": "DejaVu Sans"}


def _lw(size: Size, big: float = 4.0) -> float:
    return big if size.font_pt > 12 else big * 0.45


def _small(size: Size) -> float:
    """Labels that must be smaller to fit: on a slide, never below 16 pt; on paper, never below 8."""
    return max(size.font_pt * 0.8, 16 if size.font_pt > 12 else 8)


def _corner(ax, text: str, size: Size) -> None:
    ax.text(1.0, 1.02, text, transform=ax.transAxes, ha="right", va="bottom", color=GREY, fontsize=size.font_pt)


def _takeaway(ax, xy, text: str, xytext, size: Size, color: str = VERMILLION, ha: str = "left") -> None:
    ax.annotate(text, xy=xy, xytext=xytext, textcoords="data", ha=ha, va="center", color=color,
                fontsize=size.font_pt * 1.1, fontweight="bold",
                arrowprops={"arrowstyle": "-|>", "color": color, "lw": _lw(size, 2.5)})


def _say(key: str, **fields: object) -> str:
    """The chart text ``key`` in the language in effect (fields already written as numbers)."""
    return chrome(get_language(), key, **fields)


def _seven_axis(ax, label: str | None = None) -> None:
    ax.set_xlim(1, 7)
    ax.set_xticks(range(1, 8))
    ax.set_xlabel(text("axis_orientation") if label is None else label)


class _LocalTicks(ScalarFormatter):
    """matplotlib's tick labels with the language's decimal and thousands separators."""

    def __init__(self, decimal: str, thousands: str) -> None:
        super().__init__()
        self._separators = decimal, thousands

    def __call__(self, x, pos=None) -> str:
        return in_local_style(super().__call__(x, pos), self._separators)


def _local_ticks(fig) -> None:
    # English keeps matplotlib's own formatter untouched, so its charts stay byte-identical.
    local = separators()
    if local == separators("en"):
        return
    for ax in fig.axes:
        for axis in (ax.xaxis, ax.yaxis):
            if type(axis.get_major_formatter()) is ScalarFormatter:
                axis.set_major_formatter(_LocalTicks(*local))


# ------------------------------------------------------------------ topic 1
def accounts_served(fig, size: Size) -> None:
    ax = fig.add_subplot()
    c = model.from_seven_point(SEVEN)
    ax.plot(SEVEN, model.accounts_covered(c), color=BLUE)
    a4, a6 = (float(model.accounts_covered(model.from_seven_point(s))) for s in (4, 6))
    ax.plot([4, 6], [a4, a6], "o", color=VERMILLION, ms=_lw(size, 14))
    ax.set_ylim(0, model.accounts_covered(0.0) * 1.1)
    _seven_axis(ax)
    ax.set_ylabel(text("axis_accounts_covered"))
    _takeaway(ax, (6, a6), _say("chart.01.drop", share=number(1 - a6 / a4, ".0%")), (4.4, a4 * 1.45), size)
    _corner(ax, _say("chart.01.corner", hours=number(model.DEFAULT.time_budget, ",.0f")), size)


# ------------------------------------------------------------------ topic 2
def satisfaction_and_sales(fig, size: Size) -> None:
    left, right = fig.subplots(1, 2)
    c = model.from_seven_point(SEVEN)
    left.plot(SEVEN, model.satisfaction(c), color=BLUE)
    left.set_ylim(1, 7.4)
    left.set_ylabel(_say("chart.02.satisfaction"))
    left.set_title(_say("chart.02.satisfaction_title"), loc="left", color=BLUE, fontweight="bold")
    right.plot(SEVEN, np.asarray(model.sales(c)) / 1e6, color=ORANGE)
    peak = model.optimum(objective="sales")
    p7 = float(model.to_seven_point(peak.orientation))
    right.plot([p7], [peak.value / 1e6], "*", color=VERMILLION, ms=_lw(size, 26))
    right.set_ylim(0, peak.value / 1e6 * 1.25)
    right.set_ylabel(_say("chart.sales_millions"))
    right.set_title(_say("chart.02.sales_title", peak=number(p7, ".1f")), loc="left", color=VERMILLION, fontweight="bold")
    for ax in (left, right):
        _seven_axis(ax, _say("chart.orientation_short"))
    right.text(0.98, 0.04, _say("chart.stylized_model"), transform=right.transAxes, ha="right", va="bottom", color=GREY,
               fontsize=size.font_pt)


# ------------------------------------------------------------------ topic 3
def returns_per_step(fig, size: Size) -> None:
    ax = fig.add_subplot()
    steps = np.arange(1, 7)
    extra = np.array([model.sales(model.from_seven_point(s + 1)) - model.sales(model.from_seven_point(s))
                      for s in steps]) / 1e6
    colours = [BLUE if e >= 0 else VERMILLION for e in extra]
    ax.bar(steps, extra, color=colours, width=0.7)
    ax.axhline(0, color="#222", lw=_lw(size, 1.5))
    ax.set_xticks(steps, [f"{s}→{s + 1}" for s in steps])
    ax.set_xlabel(_say("chart.03.step"))
    ax.set_ylabel(_say("chart.03.extra_sales"))
    first_loss = int(np.argmax(extra < 0))
    _takeaway(ax, (steps[first_loss], extra[first_loss] * 0.5), _say("chart.03.loses"),
              (steps[first_loss] - 0.3, extra.max() * 0.55), size)
    _corner(ax, _say("chart.stylized_model"), size)


CUSTOMIZATION_COSTS = (2_500, 10_000, 20_000)   # € per account at full orientation, as lesson 3 compares


def profit_peaks(fig, size: Size) -> None:
    ax = fig.add_subplot()
    c = model.from_seven_point(SEVEN)
    sales_peak = float(model.to_seven_point(model.optimum(objective="sales").orientation))
    ax.axvline(sales_peak, color=ORANGE, ls="--", lw=_lw(size, 3))
    ax.text(sales_peak + 0.05, 112, _say("chart.03.sales_peak", peak=number(sales_peak, ".1f")), color=ORANGE, fontsize=size.font_pt,
            va="center", fontweight="bold")
    for cost, colour in zip(CUSTOMIZATION_COSTS, (BLUE, PALETTE["sky"], PALETTE["purple"])):
        p = replace(model.DEFAULT, customization_cost=float(cost))
        top = model.optimum(p, "profit")
        ax.plot(SEVEN, 100 * np.asarray(model.profit(c, p)) / top.value, color=colour,
                label=_say("chart.euro", amount=number(cost, ",.0f")))
        ax.plot([float(model.to_seven_point(top.orientation))], [100], "*", color=colour, ms=_lw(size, 24))
    ax.set_ylim(0, 120)
    ax.set_ylabel(_say("chart.03.profit"))
    _seven_axis(ax)
    ax.legend(title=_say("chart.03.cost_legend"), loc="lower right", frameon=False, ncol=3)
    _corner(ax, _say("chart.stylized_model"), size)


def moderators(fig, size: Size) -> None:
    ax = fig.add_subplot()
    base = demos.moderator_peak()
    rows = [(text("demo.preset.baseline").capitalize(), base)] + [(label.capitalize(), demos.moderator_peak(**{name: 1.0}))
                                   for name, label in ((n, demos.moderator_label(n)) for n in demos.MODERATORS)]
    y = np.arange(len(rows))[::-1]
    for row, ((label, peak), yy) in enumerate(zip(rows, y)):
        colour = GREY if row == 0 else BLUE
        ax.plot([base, peak], [yy, yy], color=colour, lw=_lw(size, 3))
        ax.plot([peak], [yy], "o", color=colour, ms=_lw(size, 16))
        ax.text(peak + 0.04, yy + 0.28, number(peak, ".1f"), color=colour, fontsize=size.font_pt, va="center")
    ax.axvline(base, color=GREY, ls="--", lw=_lw(size, 1.5))
    ax.set_yticks(y, [r[0] for r in rows])
    ax.set_xlim(base - 0.4, max(p for _, p in rows) + 0.5)
    ax.set_ylim(-0.6, len(rows) - 0.2)
    ax.set_xlabel(_say("chart.03.moderator_axis"))
    _corner(ax, _say("chart.03.moderator_corner"), size)


# ------------------------------------------------------------------ topic 4
def share_ceiling(fig, size: Size) -> None:
    ax = fig.add_subplot()
    c = model.from_seven_point(SEVEN)
    cap = model.DEFAULT.share_ceiling
    ax.plot(SEVEN, 100 * np.asarray(model.share_of_wallet(c)), color=BLUE)
    ax.axhline(100 * cap, color=VERMILLION, ls="--", lw=_lw(size, 3))
    ax.text(1.1, 100 * cap + 4, _say("chart.04.ceiling", ceiling=number(cap, ".0%")), color=VERMILLION,
            fontsize=size.font_pt * 1.1, fontweight="bold", va="bottom")
    ax.set_ylim(0, 100)
    ax.set_ylabel(_say("chart.04.share"))
    _seven_axis(ax)
    _corner(ax, _say("chart.stylized_model"), size)


def war_ranks(fig, size: Size) -> None:
    ax = fig.add_subplot()
    n = 5
    ranks = np.arange(1, n + 1)
    shares = 100 * np.asarray(model.wallet_allocation_share(ranks, n))
    ax.bar(ranks, shares, color=[VERMILLION if r == 4 else BLUE for r in ranks], width=0.65)
    for r, s in zip(ranks, shares):
        ax.text(r, s + 1, number(s, ".0f") + "%", ha="center", va="bottom", fontsize=size.font_pt)
    ax.axhline(100 / n, color=GREY, ls="--", lw=_lw(size, 2))
    ax.text(n + 0.45, 100 / n + 1, _say("chart.04.equal_split"), color=GREY, ha="right", va="bottom", fontsize=size.font_pt)
    ax.set_xticks(ranks, [text("label_supplier_rank", rank=int(r)) for r in ranks])
    ax.set_xlabel(_say("chart.04.rank_axis", n=n))
    ax.set_ylabel(_say("chart.04.expected_share"))
    ax.set_ylim(0, shares.max() * 1.25)
    _corner(ax, _say("chart.04.rule"), size)


# ------------------------------------------------------------------ topic 5
def warning_scores(fig, size: Size) -> None:
    ax = fig.add_subplot()
    case, _, scores = demos.case_scores()
    bands = model.warning_band(scores)
    order = np.argsort(scores)
    names = [case.team[i] for i in order]
    y = np.arange(len(order))
    ax.barh(y, scores[order], color=[BAND_COLOURS[str(bands[i])] for i in order], height=0.7)
    for yy, i in zip(y, order):
        ax.text(scores[i] + 1, yy, text("label_score_band", score=float(scores[i]), band=text(f"band_{bands[i]}")), va="center", fontsize=_small(size))
    for edge in (30, 60):
        ax.axvline(edge, color=GREY, ls=":", lw=_lw(size, 2))
    ax.set_yticks(y, names, fontsize=_small(size))
    ax.set_xlim(0, 100)
    ax.set_xlabel(_say("chart.05.score_axis"))
    _corner(ax, _say("chart.05.corner"), size)


def whale_curve(fig, size: Size) -> None:
    ax = fig.add_subplot()
    case = cases.load_case()
    profit = cases.account_profit(case.accounts)
    accounts, cumulative = overservice.whale_curve(profit)
    marks = overservice.whale_curve_landmarks(profit)
    ax.plot(100 * accounts / accounts[-1], 100 * cumulative, color=BLUE)
    ax.axhline(100, color=GREY, ls="--", lw=_lw(size, 1.5))
    top = 100 * float(cumulative[marks["top"]])
    ax.plot([20], [top], "o", color=VERMILLION, ms=_lw(size, 14))
    _takeaway(ax, (20, top), _say("chart.05.top", share=number(top, ".0f") + "%"), (30, top * 0.45), size)
    ax.set_xlabel(_say("chart.05.accounts_axis"))
    ax.set_ylabel(_say("chart.05.profit_axis"))
    ax.set_xlim(0, 100)
    _corner(ax, _say("chart.05.case_data"), size)


CHARTS: dict[str, Chart] = {
    "accounts_served": Chart(accounts_served, "model"),
    "satisfaction_and_sales": Chart(satisfaction_and_sales, "model"),
    "returns_per_step": Chart(returns_per_step, "model"),
    "profit_peaks": Chart(profit_peaks, "model"),
    "moderators": Chart(moderators, "model"),
    "share_ceiling": Chart(share_ceiling, "model", shows_ceiling=True),
    "war_ranks": Chart(war_ranks, "rule"),
    "warning_scores": Chart(warning_scores, "case"),
    "whale_curve": Chart(whale_curve, "case"),
}


def smallest_text_pt(fig) -> float:
    """The smallest font size of any text the figure shows, in points at the figure's own size."""
    sizes = [t.get_fontsize() for t in fig.findobj(Text) if t.get_visible() and t.get_text().strip()]
    return min(sizes)


def _drawn(name: str, size: Size):
    if name not in CHARTS:
        raise KeyError(f"no slide chart {name!r}; the charts are {', '.join(CHARTS)}")
    fig = plt.figure(figsize=(size.width_in, size.height_in), dpi=size.dpi, layout="constrained")
    CHARTS[name].draw(fig, size)
    _local_ticks(fig)
    return fig


def chart(name: str, size: Size = SLIDE) -> tuple[bytes, float]:
    """The chart as PNG bytes, and the smallest text on it in points when shown at ``size``."""
    with plt.rc_context(_style(size)):
        fig = _drawn(name, size)
        smallest = smallest_text_pt(fig)
        png = render_figure_at(fig, size.dpi)
        plt.close(fig)
    return png, smallest


def chart_texts(name: str, size: Size = SLIDE) -> list[str]:
    """Every piece of text the chart shows (titles, labels, tick labels, legend, notes), as drawn."""
    with plt.rc_context(_style(size)):
        fig = _drawn(name, size)
        fig.canvas.draw()  # tick labels exist only once the figure is drawn
        texts = [t.get_text() for t in fig.findobj(Text) if t.get_visible() and t.get_text().strip()]
        plt.close(fig)
    return texts


def render_figure_at(fig, dpi: int) -> bytes:
    import io
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png", dpi=dpi, metadata={"Software": None})
    return buffer.getvalue()


