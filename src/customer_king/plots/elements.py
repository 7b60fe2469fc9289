"""The building blocks every figure uses: the orientation axis, curves, points and peaks
that explorers later move, money and percent axes, reference lines.

Orientation ``c`` is given in the model's 0-1 units and drawn on the 1-7 scale.
"""
from __future__ import annotations

import matplotlib
import numpy as np
from matplotlib.axes import Axes
from matplotlib.lines import Line2D
from matplotlib.text import Text

from .. import model
from ..messages import text
from .style import PALETTE

ORIENTATION_LABEL = "axis_orientation"  # the catalogue key of the x-axis label
GRID = np.linspace(0.0, 1.0, 301)  # orientation c; enough points for smooth curves


def orientation_axis(ax: Axes, ylabel: str, title: str = "") -> None:
    """x axis on the 1-7 orientation scale the self-assessment also uses."""
    ax.set_xlim(1, 7)
    ax.set_xticks(range(1, 8))
    ax.set_xlabel(text(ORIENTATION_LABEL))
    ax.set_ylabel(ylabel)
    if title:
        ax.set_title(title, loc="left")
    model_note(ax)


def model_note(ax: Axes) -> None:
    """Say on the x axis that the figure's numbers are the teaching model's (call after set_xlabel)."""
    ax.set_xlabel(text("axis_in_the_model", axis=ax.get_xlabel()))


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


def percent_axis(ax: Axes, axis: str = "y") -> None:
    """Show fractions (0.8) as percentages (80%) on the ``"x"`` or ``"y"`` axis."""
    target = ax.yaxis if axis == "y" else ax.xaxis
    target.set_major_formatter(matplotlib.ticker.PercentFormatter(xmax=1.0, decimals=0))



def reference_line(ax: Axes, y: float, x_text: float, y_text: float, label: str) -> tuple[Line2D, Text]:
    """A dashed grey horizontal line at ``y`` with a grey label at (x_text, y_text)."""
    line = ax.axhline(y, color=PALETTE["grey"], linestyle="--", linewidth=2)
    note = ax.text(x_text, y_text, label, color=PALETTE["grey"])
    return line, note


def fine_grid(ax: Axes, ticks: np.ndarray) -> None:
    """Faint minor grid lines at ``ticks`` (x axis), so values can be read off a curve."""
    ax.set_xticks(ticks, minor=True)
    ax.grid(which="minor", alpha=0.15)


def plain_log_ticks(axis: matplotlib.axis.Axis) -> None:
    axis.set_major_formatter(matplotlib.ticker.FuncFormatter(lambda v, _: f"{v:g}"))

