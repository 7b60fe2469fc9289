"""The kit's one look: the Okabe-Ito palette, status and band colours, projector-sized type.

Colours are plain hex strings, so anything that shows a status (the checks'
feedback boxes, the figures' warning bands) can use the same ones.
"""
from __future__ import annotations

import matplotlib
import numpy as np
from matplotlib.axes import Axes
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure

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

STATUS_COLOURS = {"correct": PALETTE["blue"], "not_yet": PALETTE["vermillion"], "unanswered": "#6E6E6E"}
"""An answer's status (the keys are ``checks.CORRECT``, ``NOT_YET``, ``UNANSWERED``) as a
text and border colour; the grey is darker than the palette's so text on it stays readable."""
STATUS_TINTS = {"correct": "#E6F1F8", "not_yet": "#FBEEE6", "unanswered": "#F3F3F3"}
"""Light backgrounds that go with :data:`STATUS_COLOURS`."""

BAND_COLOURS = {"green": PALETTE["green"], "amber": PALETTE["yellow"], "red": PALETTE["vermillion"],
                "unknown": PALETTE["grey"]}
"""Warning-score bands drawn in Okabe-Ito colours; always label the band in words too.
Amber is the palette's yellow: its orange and the vermillion merge for a deuteranope."""


SIGN_COLOURS = ("blue", "sky", "black", "grey", "yellow")
"""One palette colour per warning sign the case data show (``overservice.CASE_SIGNS``, same order).

Chosen so that every pair stays apart in deuteranopia and protanopia too
(tests/test_colour_vision.py): the Okabe-Ito purple of earlier versions and grey
became the same grey for a deuteranope."""
SIGN_HATCHES = ("", "//", "xx", "..", "\\\\")
"""A second cue beside each sign's colour (same order as :data:`SIGN_COLOURS`): a
pattern, so that the stacked segments can be told apart without colour."""
SIGN_HATCH_COLOURS = ("white", "black", "white", "white", "black")
"""Hatch strokes that show on each sign's colour (white on dark, black on light)."""
# Darker shades of the band colours for text, readable on white; the word carries the band too.
BAND_TEXT_COLOURS = {"green": "#000000", "amber": "#8A5A00", "red": "#B34700", "unknown": "#555555"}

# 72 dpi, so 1 pt is 1 screen pixel: an 11-inch figure is 792 px wide, what the notebook
# column holds at 1024 px with the file browser closed, and it is shown 1:1 (not shrunk,
# as 1100-px figures were, to 8-10 px type). Every size below is therefore a size in
# pixels on the screen; nothing the kit draws is smaller than MIN_TEXT_PX.
SCREEN_DPI = 72
MIN_TEXT_PX = 15
KIT_STYLE = {
    "font.size": 16,
    "axes.titlesize": 17,
    "axes.labelsize": 16,
    "xtick.labelsize": MIN_TEXT_PX,
    "ytick.labelsize": MIN_TEXT_PX,
    "legend.fontsize": MIN_TEXT_PX,
    "legend.title_fontsize": MIN_TEXT_PX,
    "lines.linewidth": 3,
    "lines.markersize": 11,
    "axes.spines.top": False,
    "axes.spines.right": False,
    "axes.grid": True,
    "grid.alpha": 0.3,
    "figure.dpi": SCREEN_DPI,
    "savefig.dpi": "figure",
    # Neighbours in the cycle stay apart for dichromats (sky after purple did not).
    "axes.prop_cycle": matplotlib.cycler(color=[PALETTE[k] for k in
                                                ("blue", "vermillion", "sky", "green", "orange", "black")]),
}

FIGURE_SIZES = {"wide": (11.0, 4.6), "single": (9.0, 4.2), "tall": (11.0, 5.2)}
"""Figure sizes in inches (at :data:`SCREEN_DPI`, 72 px each): ``wide`` for two panels
side by side or one wide chart (792 px), ``single`` for one panel (648 px)."""


def use_kit_style() -> None:
    """Apply the kit's look to every figure drawn after this call."""
    matplotlib.rcParams.update(KIT_STYLE)


def kit_style():
    """The kit's look for what is drawn inside a ``with`` block only."""
    return matplotlib.rc_context(KIT_STYLE)


def new_figure(ncols: int = 1, *, width: float = 11.0, height: float = 4.6) -> tuple[Figure, list[Axes]]:
    """A figure that is not tied to pyplot (so it is never shown twice), drawn at
    :data:`SCREEN_DPI` whatever the rcParams say.

    Call it, and draw, inside ``with kit_style():`` for the kit's look.
    """
    fig = Figure(figsize=(width, height), dpi=SCREEN_DPI)
    FigureCanvasAgg(fig)
    axes = list(np.atleast_1d(fig.subplots(1, ncols)))
    for ax in axes:
        # Fix the tick label size on the axes: Matplotlib otherwise reads it from the
        # rcParams of the moment when it picks how many ticks fit, so a figure drawn
        # outside ``kit_style()`` (an explorer's later full redraws) would get other ticks.
        ax.xaxis.set_tick_params(labelsize=matplotlib.rcParams["xtick.labelsize"])
        ax.yaxis.set_tick_params(labelsize=matplotlib.rcParams["ytick.labelsize"])
    return fig, axes


def subplots(nrows: int = 1, ncols: int = 1, *, size: str = "wide", **kwargs):
    """``plt.subplots`` at one of the kit's :data:`FIGURE_SIZES`, for lesson figures shown
    inline: ``fig, (ax_a, ax_b) = plots.subplots(1, 2)``. Same return value as pyplot's."""
    import matplotlib.pyplot as plt  # only here: explorers never go through pyplot

    return plt.subplots(nrows, ncols, figsize=FIGURE_SIZES[size], dpi=SCREEN_DPI, **kwargs)

