"""A Matplotlib figure as PNG bytes: the one thing ``plots`` and ``widgets`` both need.

Kept apart from ``plots`` so that ``widgets`` can render pictures without
importing anything that knows economics (see tests/test_layering.py).
"""
from __future__ import annotations

import io

import PIL.Image
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure


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
