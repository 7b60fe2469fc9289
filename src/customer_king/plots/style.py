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

# The colours live in customer_king.palette (no matplotlib there, so the checks can use
# them too); re-exported here, where drawing code looks for them.
from ..palette import (BAND_COLOURS, BAND_TEXT_COLOURS, PALETTE, SIGN_COLOURS,  # noqa: F401
                       STATUS_COLOURS, STATUS_TINTS)

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

