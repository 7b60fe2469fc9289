"""Drawing: every function draws on a given ``Axes`` and returns the artists it made,
so explorers can build a figure once and then only move those artists when a slider
changes (see ``update_*``).

One shared look (``style``): the Okabe-Ito palette (safe for the common forms of
colour blindness) and large type that stays readable at the back of a room.
The package draws and computes nothing of its own: the numbers come from ``model``,
``cases`` and ``overservice`` (tests/test_layering.py says exactly what that means).

Modules: ``style`` (palette, status and band colours, figure set-up), ``elements``
(axes, curves, points and peaks), ``model_figures`` (lessons 1-3), ``case_figures``
(lessons 4-5).
"""
from __future__ import annotations

from ..png import canvas_png_bytes, png_bytes
from .case_figures import (headroom_concentration, hours_against_headroom, hours_against_spend,
                           overserved_on_whale_curve, ranked_whale_curve, share_histogram, whale_curve)
from .elements import (GRID, ORIENTATION_LABEL, euro_millions, fine_grid, mark_orientation, mark_peak, mark_point,
                       model_note, orientation_axis, percent_axis, plain_log_ticks, plot_curve, reference_line, update_curve,
                       update_peak, update_point, update_vertical)
from .model_figures import (ONE_POINT, STEPS, extra_sales_per_step, hours_and_accounts, hours_and_next_hour,
                            profit_by_customization_cost, profit_curve, returns_per_step, satisfaction_and_sales,
                            share_and_reach)
from .style import (BAND_COLOURS, BAND_TEXT_COLOURS, FIGURE_SIZES, KIT_STYLE, MIN_TEXT_PX, PALETTE, SCREEN_DPI,
                    SIGN_COLOURS, SIGN_HATCH_COLOURS, SIGN_HATCHES, STATUS_COLOURS, STATUS_TINTS, kit_style, new_figure,
                    subplots, use_kit_style)

__all__ = [
    "BAND_COLOURS", "BAND_TEXT_COLOURS", "FIGURE_SIZES", "GRID", "KIT_STYLE", "MIN_TEXT_PX", "SCREEN_DPI",
    "SIGN_HATCHES", "SIGN_HATCH_COLOURS", "subplots", "ONE_POINT", "ORIENTATION_LABEL", "PALETTE",
    "SIGN_COLOURS", "STATUS_COLOURS", "STATUS_TINTS", "STEPS", "canvas_png_bytes", "euro_millions",
    "extra_sales_per_step", "fine_grid", "headroom_concentration", "hours_against_headroom", "hours_against_spend",
    "hours_and_accounts", "hours_and_next_hour", "kit_style", "mark_orientation", "mark_peak", "mark_point", "model_note",
    "new_figure", "orientation_axis", "overserved_on_whale_curve", "percent_axis", "plain_log_ticks", "plot_curve",
    "png_bytes", "profit_by_customization_cost", "profit_curve", "ranked_whale_curve", "reference_line",
    "returns_per_step", "satisfaction_and_sales", "share_and_reach", "share_histogram",
    "update_curve", "update_peak", "update_point", "update_vertical", "use_kit_style", "whale_curve",
]
