"""Pictures on slides and handouts: figures and explorers drawn at a demo's settings, inlined as PNG."""
from __future__ import annotations

import base64
import html
import io
import re

FIGURE_DPI = 150  # sharp on a 1920-pixel projector

CAPTION_CHARS_PER_LINE = 85   # at the caption's size on a 1280-pixel slide
CAPTION_LINE_PX = 39


def small_png(png: bytes) -> bytes:
    """The same picture in a 256-colour palette: a third of the bytes, no visible change
    for flat-coloured charts, and the same bytes every run."""
    from PIL import Image
    image = Image.open(io.BytesIO(png)).convert("RGB")
    out = io.BytesIO()
    image.quantize(colors=256, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE).save(
        out, format="PNG", optimize=True)
    return out.getvalue()


def png_data_uri(png: bytes) -> str:
    return "data:image/png;base64," + base64.b64encode(small_png(png)).decode("ascii")


def render_figure(fig) -> bytes:
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png", dpi=FIGURE_DPI, metadata={"Software": None})
    return buffer.getvalue()


def explorer_picture(name: str, settings: dict[str, float] | None = None) -> tuple[bytes, str]:
    """The explorer's own figure and readout at the given slider settings."""
    from customer_king import explorers
    explorer = getattr(explorers, name)()
    if settings:
        explorer.set(**settings)
    return render_figure(explorer.figure), explorer.readout.value


def caption_lines(caption: str) -> int:
    blocks = re.split(r"<br\s*/?>|</p>|</li>|</div>", caption)
    return sum(max(1, -(-len(re.sub(r"<[^>]+>", "", b).strip()) // CAPTION_CHARS_PER_LINE))
               for b in blocks if re.sub(r"<[^>]+>", "", b).strip())


def figure_html(png: bytes, alt: str, caption: str = "", *, room: int = 590) -> str:
    """An inlined picture that leaves room for its caption on a 720-pixel slide."""
    cap = f'<div class="caption">{caption}</div>' if caption else ""
    height = room - CAPTION_LINE_PX * caption_lines(caption) if caption else room
    return (f'<img class="figure" style="max-height: {height}px" src="{png_data_uri(png)}" '
            f'alt="{html.escape(alt)}">{cap}')


def table_html(caption: str, header: list[str], rows: list[list[str]]) -> str:
    head = "".join(f"<th>{html.escape(h)}</th>" for h in header)
    body = "".join("<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in row) + "</tr>" for row in rows)
    return (f'<table class="numbers"><caption>{html.escape(caption)}</caption>'
            f"<thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>")
