"""Tables an exercise notebook shows: plain headings with units, numbers in the learner's format.

``table(["Salesperson", "Profit (€ per year)"], rows, formats=["text", "eur"])``
returns an object that Jupyter shows as an HTML table, and whose plain-text
form (what nbval compares) is one deterministic line per row.  A learner reads
the values off the screen and types them into a check: no code to write.

Formats: ``"text"``, ``"eur"`` (whole euros), ``"hours"`` (one decimal),
``"percent"`` (a fraction shown as a percentage with one decimal),
``"score"`` (two decimals, the 1–7 scale), ``"count"`` (a whole number),
``"number"`` (up to two decimals), or a callable ``value -> str``.
"""
from __future__ import annotations

import html
import math
from typing import Any, Callable, Sequence

from ..messages import NUMBER_FORMAT, DEFAULT_LANGUAGE, get_language


def _separators() -> tuple[str, str]:
    return NUMBER_FORMAT.get(get_language(), NUMBER_FORMAT[DEFAULT_LANGUAGE])


def fixed(value: float, decimals: int) -> str:
    """``value`` with exactly `decimals` decimals and thousands separators, as the
    learner's language writes it (1,234.5 in English, 1.234,5 in Dutch)."""
    try:
        x = float(value)
    except (TypeError, ValueError):
        return str(value)
    if not math.isfinite(x):
        return "–"
    decimal, thousands = _separators()
    plain = f"{x:,.{decimals}f}"
    if plain.startswith("-") and float(plain.replace(",", "")) == 0:
        plain = plain[1:]  # no "-0.0"
    plain = plain.replace("-", "\u2212")
    return plain.replace(",", "\0").replace(".", decimal).replace("\0", thousands)


FORMATS: dict[str, Callable[[Any], str]] = {
    "text": str,
    "eur": lambda v: "\u20ac" + fixed(v, 0) if float(v) >= 0 else "\u2212\u20ac" + fixed(-float(v), 0),
    "hours": lambda v: fixed(v, 1),
    "percent": lambda v: fixed(100 * float(v), 1) + " %",
    "score": lambda v: fixed(v, 2),
    "count": lambda v: fixed(v, 0),
    "number": lambda v: fixed(v, 2),
}


class Table:
    """A small table for a notebook: HTML in Jupyter, aligned text elsewhere."""

    def __init__(self, headings: Sequence[str], rows: Sequence[Sequence[str]], numeric: Sequence[bool],
                 caption: str = "") -> None:
        self.headings = [str(h) for h in headings]
        self.rows = [[str(c) for c in row] for row in rows]
        self.numeric = list(numeric)
        self.caption = caption

    def _repr_html_(self) -> str:
        cell = "padding:3px 12px;border-bottom:1px solid #ddd;"
        align = ["text-align:right;" if n else "text-align:left;" for n in self.numeric]
        out = ['<table class="ck-table" style="border-collapse:collapse;margin:6px 0;font-family:sans-serif">']
        if self.caption:
            out.append(f'<caption style="text-align:left;font-weight:bold;padding:2px 0">'
                       f"{html.escape(self.caption)}</caption>")
        out.append("<thead><tr>")
        out += [f'<th style="{cell}{a}">{html.escape(h)}</th>' for h, a in zip(self.headings, align)]
        out.append("</tr></thead><tbody>")
        for row in self.rows:
            out.append("<tr>" + "".join(f'<td style="{cell}{a}">{html.escape(v)}</td>'
                                        for v, a in zip(row, align)) + "</tr>")
        out.append("</tbody></table>")
        return "".join(out)

    def __repr__(self) -> str:
        widths = [max(len(r[i]) for r in [self.headings, *self.rows]) for i in range(len(self.headings))]
        lines = [self.caption] if self.caption else []
        for row in [self.headings, *self.rows]:
            cells = [v.rjust(w) if n else v.ljust(w) for v, w, n in zip(row, widths, self.numeric)]
            lines.append("  ".join(cells).rstrip())
        return "\n".join(lines)


def table(headings: Sequence[str], rows: Sequence[Sequence[Any]], formats: Sequence[Any] | None = None,
          caption: str = "") -> Table:
    """A table of `rows` under `headings`, each column written with its format."""
    formats = list(formats) if formats is not None else ["text"] * len(headings)
    if len(formats) != len(headings):
        raise ValueError("one format per column")
    writers = [f if callable(f) else FORMATS[f] for f in formats]
    shown = [[writer(value) for writer, value in zip(writers, row)] for row in rows]
    numeric = [f != "text" for f in formats]
    return Table(headings, shown, numeric, caption)


def options(question: Any) -> Table:
    """The options of a choice question as a table (letter, text), exactly as the
    check reads them: text pasted from here is accepted."""
    return Table(["", ""], [[str(k), str(v)] for k, v in question.options.items()], [False, False])
