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

BAND_COLOURS = {"green": PALETTE["green"], "amber": PALETTE["orange"], "red": PALETTE["vermillion"],
                "unknown": PALETTE["grey"]}
"""Warning-score bands drawn in Okabe-Ito colours; always label the band in words too."""


SIGN_COLOURS = ("blue", "sky", "purple", "grey", "yellow")
"""One palette colour per warning sign the case data show (``overservice.CASE_SIGNS``, same order)."""
# Darker shades of the band colours for text, readable on white; the word carries the band too.
BAND_TEXT_COLOURS = {"green": "#000000", "amber": "#8A5A00", "red": "#B34700", "unknown": "#555555"}

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

