"""What an exercise notebook shows a learner: small formatted tables and option lists.

A question answered by reading the screen needs the screen to be readable: plain
headings with units, numbers written the way the learner's language writes them,
no programme names.  Each object here renders as HTML in JupyterLab and as one
deterministic plain-text block elsewhere (nbval compares that text).
"""
from __future__ import annotations

import html
from dataclasses import dataclass
from typing import Mapping, Sequence

from ..messages import format_number

_CELL = "padding:4px 10px;border-bottom:1px solid #ddd"


# --- numbers as a reader expects them ----------------------------------------
def euros(value: float) -> str:
    """€1,212,000 (whole euros, the language's thousands separator)."""
    return "€" + format_number(round(float(value)))


def percent(fraction: float, decimals: int = 1) -> str:
    """0.4428 -> '44.3 %' (decimal separator of the language)."""
    return format_number(round(100 * float(fraction), decimals)) + " %"


def number(value: float, decimals: int = 1) -> str:
    return format_number(round(float(value), decimals))


# --- a table -----------------------------------------------------------------
@dataclass(frozen=True)
class Table:
    """A titled table; columns after the first are right-aligned (they hold numbers)."""

    title: str
    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    note: str = ""

    @classmethod
    def of(cls, title: str, header: Sequence[str], rows: Sequence[Sequence[object]], note: str = "") -> "Table":
        return cls(title, tuple(header), tuple(tuple(str(cell) for cell in row) for row in rows), note)

    def _repr_html_(self) -> str:
        def cells(row: Sequence[str], tag: str) -> str:
            return "".join(
                f'<{tag} style="{_CELL};text-align:{"left" if i == 0 else "right"}">{html.escape(cell)}</{tag}>'
                for i, cell in enumerate(row))

        head = f"<tr>{cells(self.header, 'th')}</tr>"
        body = "".join(f"<tr>{cells(row, 'td')}</tr>" for row in self.rows)
        note = f'<p style="margin:4px 0 0 0;color:#555">{html.escape(self.note)}</p>' if self.note else ""
        return (f'<div><p style="margin:0 0 4px 0"><b>{html.escape(self.title)}</b></p>'
                f'<table style="border-collapse:collapse">{head}{body}</table>{note}</div>')

    def __repr__(self) -> str:
        table = [self.header, *self.rows]
        widths = [max(len(row[i]) for row in table) for i in range(len(self.header))]
        lines = [self.title]
        for row in table:
            lines.append("  " + "  ".join(cell.ljust(w) if i == 0 else cell.rjust(w)
                                          for i, (cell, w) in enumerate(zip(row, widths))))
        if self.note:
            lines.append(self.note)
        return "\n".join(lines)


# --- the options of a choice question ---------------------------------------
@dataclass(frozen=True)
class OptionList:
    """The options exactly as the check knows them, so that a pasted text matches."""

    options: tuple[tuple[str, str], ...]

    @classmethod
    def of(cls, options: Mapping[str, str]) -> "OptionList":
        return cls(tuple((str(k), str(v)) for k, v in options.items()))

    def _repr_html_(self) -> str:
        items = "".join(f"<li><b>{html.escape(k)}</b>&nbsp; {html.escape(v)}</li>" for k, v in self.options)
        return f'<ul style="list-style:none;padding-left:0.5em;margin:0">{items}</ul>'

    def __repr__(self) -> str:
        return "\n".join(f"{k}  {v}" for k, v in self.options)
