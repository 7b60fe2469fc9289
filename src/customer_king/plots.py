"""Drawing the teaching model: every function draws on a given ``Axes`` and
returns the artists it made, so explorers can build a figure once and then only
move those artists when a slider changes (see ``update_*``).

One shared look: the Okabe-Ito palette (safe for the common forms of colour
blindness) and large type that stays readable at the back of a room.
"""
from __future__ import annotations

import io

import matplotlib
import numpy as np
import PIL.Image
from matplotlib.axes import Axes
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.lines import Line2D

from . import model

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
