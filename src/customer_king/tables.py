"""Tables a learner reads: plain-language headings, units, numbers in the learner's style.

A lesson shows results as an :class:`HtmlTable` rather than ``print`` output.
JupyterLab renders its HTML; nbval and the plain-text fallback compare its
text, so a table is deterministic in both. A table can be folded away behind a
"check your prediction" line, so that Run All never shows an answer before the
learner has made a guess.

The formatters write numbers the way the current language does (``messages``):
``euros(16_500_000)`` is "€16.5 million" in English and "€ 16,5 miljoen" in Dutch.
"""
from __future__ import annotations

import html
from dataclasses import dataclass, field
from typing import Sequence

from .messages import get_language, text


# ---- number formatting -----------------------------------------------------------
def _fixed(value: float, decimals: int) -> str:
    """A number with exactly ``decimals`` decimals and thousands separators."""
    plain = f"{float(value):,.{decimals}f}"
    if plain.startswith("-") and float(plain.replace(",", "")) == 0:
        plain = plain[1:]  # no "-0.0"
    language = get_language()
    if language == "nl":
        plain = plain.replace(",", "\0").replace(".", ",").replace("\0", ".")
    return plain.replace("-", "−")


def number(value: float, decimals: int = 1) -> str:
    """3.6 → "3.6" (en) / "3,6" (nl)."""
    return _fixed(value, decimals)


def signed(value: float, decimals: int = 1) -> str:
    """+0.3 / −0.3: the sign always shown, so a column of changes reads at a glance."""
    body = _fixed(abs(value), decimals)
    if body.strip("0,.") == "":
        return body
    return ("+" if value > 0 else "−") + body


def percent(fraction: float, decimals: int = 0, sign: bool = False) -> str:
    """0.593 → "59%"; with ``sign`` a change: +10.2% / −4.0%."""
    shown = signed(100 * fraction, decimals) if sign else _fixed(100 * fraction, decimals)
    return shown + "%"


def euros(amount: float, sign: bool = False) -> str:
    """€78,200 (en) / €78.200 (nl); a loss as −€17; with ``sign``: +€1,234 / −€1,234."""
    body = _fixed(abs(amount), 0)
    shown = text("unit.euro_prefix") + body
    if body.strip("0,.") == "":
        return shown
    if amount < 0:
        return "−" + shown
    return ("+" + shown) if sign else shown


def millions(amount: float, decimals: int = 1, sign: bool = False) -> str:
    """€16.5 million / € 16,5 miljoen."""
    value = amount / 1e6
    body = _fixed(abs(value) if sign else value, decimals)
    shown = text("unit.millions", euro=text("unit.euro_prefix"), amount=body)
    if sign and body.strip("0,.") != "":
        shown = ("+" if amount > 0 else "−") + shown
    return shown


def hours(value: float, decimals: int = 0) -> str:
    return text("unit.hours", amount=_fixed(value, decimals))


def score(value: float, decimals: int = 1) -> str:
    """A point on the 1-7 orientation scale: "3.6 of 7"."""
    return text("unit.of_seven", amount=_fixed(value, decimals))


def reveal_label(folded: bool, plural: bool = False) -> str:
    """The line a folded reveal hides behind ("" = not folded)."""
    if not folded:
        return ""
    return text("reveal.check_predictions" if plural else "reveal.check_prediction")


# ---- the table ---------------------------------------------------------------------
@dataclass(frozen=True)
class HtmlTable:
    """A small table of already formatted cells.

    ``numeric`` says which columns are right-aligned (default: every column but the
    first). ``emphasis`` holds row indices shown in bold (the takeaway row).
    ``folded`` hides the table behind a clickable summary line: a reveal that the
    learner opens after making a prediction.
    """
    columns: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    caption: str = ""
    note: str = ""
    numeric: tuple[int, ...] | None = None
    emphasis: tuple[int, ...] = ()
    folded: str = ""
    css_class: str = field(default="ck-table", repr=False)

    def _right(self, column: int) -> bool:
        if self.numeric is None:
            return column > 0
        return column in self.numeric

    def _repr_html_(self) -> str:
        style = ("<style>.ck-table{border-collapse:collapse;font-size:1.05em;margin:0.4em 0}"
                 ".ck-table th,.ck-table td{padding:0.3em 0.8em;border-bottom:1px solid #ccc}"
                 # JupyterLab right-aligns every output cell with ":not(.jp-RenderedMarkdown)
                 # .jp-RenderedHTMLCommon td" (two classes and a tag): the doubled class outranks it.
                 ".ck-table.ck-table th,.ck-table.ck-table td{text-align:left}"
                 ".ck-table th{background:#f3f3f3}"
                 ".ck-table.ck-table td.num,.ck-table.ck-table th.num{text-align:right;font-variant-numeric:tabular-nums}"
                 ".ck-table caption{caption-side:top;text-align:left;font-weight:bold;padding:0.2em 0}"
                 ".ck-note{font-size:0.95em;color:#444}</style>")
        def cls(i: int) -> str:
            return ' class="num"' if self._right(i) else ""

        head = "".join(f"<th{cls(i)}>{html.escape(c)}</th>" for i, c in enumerate(self.columns))
        body = []
        for r, row in enumerate(self.rows):
            bold = r in self.emphasis
            cells = "".join(
                f"<td{cls(i)}>"
                + (f"<strong>{html.escape(v)}</strong>" if bold else html.escape(v)) + "</td>"
                for i, v in enumerate(row))
            body.append(f"<tr>{cells}</tr>")
        caption = f"<caption>{html.escape(self.caption)}</caption>" if self.caption else ""
        table = (f"<table class=\"{self.css_class}\">{caption}<thead><tr>{head}</tr></thead>"
                 f"<tbody>{''.join(body)}</tbody></table>")
        note = f"<p class=\"ck-note\">{html.escape(self.note)}</p>" if self.note else ""
        # A wide table scrolls inside its own box instead of being cut off at 1024 px.
        content = style + f"<div style=\"overflow-x:auto\">{table}</div>" + note
        if self.folded:
            return (f"<details><summary><strong>{html.escape(self.folded)}</strong></summary>"
                    f"{content}</details>")
        return content

    def __repr__(self) -> str:
        grid = [list(self.columns)] + [list(r) for r in self.rows]
        widths = [max(len(row[i]) for row in grid) for i in range(len(self.columns))]

        def line(row: list[str]) -> str:
            return "  ".join(v.rjust(w) if self._right(i) else v.ljust(w)
                             for i, (v, w) in enumerate(zip(row, widths))).rstrip()

        lines = []
        if self.folded:
            lines.append(f"[{self.folded}]")
        if self.caption:
            lines.append(self.caption)
        lines += [line(grid[0]), "  ".join("-" * w for w in widths)]
        lines += [line(r) for r in grid[1:]]
        if self.note:
            lines.append(self.note)
        return "\n".join(lines)


def table(columns: Sequence[str], rows: Sequence[Sequence[object]], *, caption: str = "",
          note: str = "", numeric: Sequence[int] | None = None,
          emphasis: Sequence[int] = (), folded: str = "") -> HtmlTable:
    """Build an :class:`HtmlTable`; cells that are not strings go through ``str``."""
    return HtmlTable(tuple(columns), tuple(tuple(str(v) for v in row) for row in rows),
                     caption, note, None if numeric is None else tuple(numeric),
                     tuple(emphasis), folded)


@dataclass(frozen=True)
class Note:
    """A short sentence shown as formatted text (HTML) with a plain-text twin."""
    sentence: str
    folded: str = ""

    def _repr_html_(self) -> str:
        body = f"<p style=\"font-size:1.05em\">{html.escape(self.sentence)}</p>"
        if self.folded:
            return f"<details><summary><strong>{html.escape(self.folded)}</strong></summary>{body}</details>"
        return body

    def __repr__(self) -> str:
        return f"[{self.folded}]\n{self.sentence}" if self.folded else self.sentence



@dataclass(frozen=True)
class TextBlock:
    """Several lines of plain text shown as formatted text: lines that start with "- "
    become a bulleted list, the others paragraphs (a loader's summary, a message)."""
    text_lines: tuple[str, ...]

    def _repr_html_(self) -> str:
        out, items = [], []
        for line in self.text_lines:
            if line.startswith("- "):
                items.append(f"<li>{html.escape(line[2:])}</li>")
                continue
            if items:
                out.append(f"<ul>{''.join(items)}</ul>")
                items = []
            out.append(f"<p style=\"font-size:1.05em\">{html.escape(line)}</p>")
        if items:
            out.append(f"<ul>{''.join(items)}</ul>")
        return "".join(out)

    def __repr__(self) -> str:
        return "\n".join(self.text_lines)


def text_block(value: object) -> TextBlock:
    """Any text (or an exception's message) as a :class:`TextBlock`."""
    return TextBlock(tuple(str(value).splitlines()))
