"""What the analyses of lesson 6 return: tables, a whale curve, or a note saying what is missing.

Each shows itself in a notebook (HTML) and as text; the raw numbers stay in
``values`` for whoever wants to compute on.
"""
from __future__ import annotations

import html
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from .errors import t

__all__ = ["AnalysisTable", "Unavailable", "WhaleCurve"]


class Unavailable:
    """An analysis that the columns present cannot support; says what would switch it on.

    Falsy, so ``if result:`` skips it; shows its note when displayed.
    """

    def __init__(self, what: str, why: str):
        self.what, self.why = what, why

    def __bool__(self) -> bool:
        return False

    def __str__(self) -> str:
        return t("unavailable", what=self.what, why=self.why)

    __repr__ = __str__

    def _repr_html_(self) -> str:
        return f"<p><i>{html.escape(str(self))}</i></p>"




@dataclass(frozen=True)
class AnalysisTable:
    """A small result table: formatted cells to show, raw values to compute with.

    ``values`` maps a column key to an array (one entry per row shown);
    ``notes`` explain how to read it.  Shows as an HTML table in a notebook
    and as aligned text elsewhere.
    """

    title: str
    headers: tuple[str, ...]
    cells: tuple[tuple[str, ...], ...]
    values: dict[str, np.ndarray]
    notes: tuple[str, ...] = ()
    extra: dict[str, Any] = field(default_factory=dict)

    def __len__(self) -> int:
        return len(self.cells)

    def __str__(self) -> str:
        widths = [max(len(h), *(len(r[i]) for r in self.cells)) if self.cells else len(h)
                  for i, h in enumerate(self.headers)]
        line = lambda row: "  ".join(c.rjust(w) if i else c.ljust(w) for i, (c, w) in enumerate(zip(row, widths)))
        out = [self.title, line(self.headers), line(["-" * w for w in widths])]
        out += [line(r) for r in self.cells]
        out += [f"* {n}" for n in self.notes]
        return "\n".join(out)

    __repr__ = __str__

    def _repr_html_(self) -> str:
        esc = html.escape
        head = "".join(f"<th>{esc(h)}</th>" for h in self.headers)
        body = "".join("<tr>" + "".join(f"<td>{esc(c)}</td>" for c in r) + "</tr>" for r in self.cells)
        notes = "".join(f"<li>{esc(n)}</li>" for n in self.notes)
        return (f"<p><b>{esc(self.title)}</b></p><table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"
                + (f"<ul style='font-size:90%'>{notes}</ul>" if notes else ""))



@dataclass(frozen=True)
class WhaleCurve:
    """Cumulative profit with accounts ranked from most to least profitable.

    ``accounts_share`` runs 0..1 (fraction of accounts counted), ``profit_share``
    the cumulative profit as a fraction of the total (above 1 in between when
    some accounts lose money).  ``top20`` is the profit share of the most
    profitable 20 %; ``loss_making`` the number of accounts with negative
    profit; ``total_profit`` in EUR/yr; ``left_out`` accounts without data.
    """

    accounts_share: np.ndarray
    profit_share: np.ndarray
    top20: float
    loss_making: int
    total_profit: float
    left_out: int

    def __str__(self) -> str:
        return t("whale_summary", n=len(self.accounts_share) - 1, top=self.top20, profit=self.total_profit,
                 losing=self.loss_making)

    __repr__ = __str__

