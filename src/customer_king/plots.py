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
    ax.yaxis.set_major_formatter(matplotlib.ticker.FuncFormatter(lambda v, _: f"{v / 1e6:.0f}"))
