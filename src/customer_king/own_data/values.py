"""The numbers in a participant's columns: one decimal style per column, impossible values reported.

Each cell is read with the kit's shared reader (``customer_king.locale_numbers``).
A cell such as ``1.234`` does not say whether its point is a decimal point; the
column's other cells, or else the whole file's, decide (see :func:`file_decimal`).
Nothing is clipped or corrected silently: an impossible value becomes a
:class:`~customer_king.own_data.errors.Problem` naming its row and column.
"""
from __future__ import annotations

import math
from typing import Optional, Sequence, Union

import numpy as np

from ..locale_numbers import NotANumber, NumberText, read_number
from .columns import FIELDS_BY_KEY, Column, header_scale, says_percent, says_thousands
from .errors import Collector, t

__all__ = ["UNREADABLE", "check_satisfaction", "check_values", "decimal_styles", "file_decimal", "numeric_column",
           "read_cells"]

UNREADABLE = "unreadable"
"""What :func:`read_cells` gives for a cell that is no number (empty cells give None)."""

Cell = Union[NumberText, str, None]


def read_cells(raws: Sequence[str]) -> list[Cell]:
    """Each cell read as a number: a ``NumberText``, None when empty, ``UNREADABLE`` when no number."""
    cells: list[Cell] = []
    for raw in raws:
        if not raw:
            cells.append(None)
            continue
        try:
            cells.append(read_number(raw))
        except NotANumber:
            cells.append(UNREADABLE)
    return cells


def decimal_styles(cells: Sequence[Cell]) -> list[Optional[str]]:
    """Per cell ',' or '.' when it shows its decimal separator, else None."""
    return [cell.decimal if cell.__class__ is NumberText else None for cell in cells]


def file_decimal(columns: Sequence[Sequence[Optional[str]]], delimiter: str) -> tuple[str, bool]:
    """The file's decimal separator by majority over every numeric cell, and whether it was a guess.

    Without evidence (or a tie) a semicolon file gets a decimal comma (Dutch and
    German Excel write ``;`` with decimal commas), any other file a decimal point.
    """
    votes = {",": sum(styles.count(",") for styles in columns), ".": sum(styles.count(".") for styles in columns)}
    if votes[","] != votes["."]:
        return ("," if votes[","] > votes["."] else "."), False
    return ("," if delimiter == ";" else "."), votes[","] == 0


def _what(kind: str) -> str:
    return t({"money": "what_money", "number": "what_number", "count": "what_count",
              "share": "what_share", "score": "what_score"}[kind])


def numeric_column(col: Column, raws: Sequence[str], cells: Sequence[Cell], styles: Sequence[Optional[str]],
                   rows: np.ndarray, decimal: str, problems: Collector, notes: list[str],
                   guessed: bool = False) -> np.ndarray:
    """The numbers of one column (NaN where empty).

    ``styles`` are :func:`decimal_styles` of ``cells``; ``decimal`` the file's
    decimal separator, used when the column shows none; ``guessed``: the file
    showed none either.
    """
    f = FIELDS_BY_KEY[col.key]
    comma_rows = [int(rows[i]) for i, style in enumerate(styles) if style == ","]
    point_rows = [int(rows[i]) for i, style in enumerate(styles) if style == "."]
    if comma_rows and point_rows:
        raw_of = dict(zip((int(r) for r in rows), raws))
        fewer = point_rows if len(point_rows) < len(comma_rows) else comma_rows
        problems.add(min(comma_rows + point_rows) if len(comma_rows) == len(point_rows) else fewer[0], col,
                     t("mixed_decimals", comma_rows=", ".join(map(str, comma_rows[:5])),
                       point_rows=", ".join(map(str, point_rows[:5])),
                       comma_example=raw_of[comma_rows[0]], point_example=raw_of[point_rows[0]]))
        return np.full(len(cells), np.nan)
    decimal = "," if comma_rows else "." if point_rows else decimal
    values = np.full(len(cells), np.nan)
    ambiguous_example = None
    for i, (row, raw, cell) in enumerate(zip(rows, raws, cells)):
        if cell is None:
            if f.required:
                problems.add(int(row), col, t("empty_required", what=_what(f.kind)))
            continue
        value = math.nan if cell is UNREADABLE else cell.value(decimal)
        if not math.isfinite(value):
            problems.add(int(row), col, t("not_a_number", what=_what(f.kind), raw=raw))
            continue
        if cell.percent and f.kind in ("money", "count", "number"):
            problems.add(int(row), col, t("percent_in_money", raw=raw))
            continue
        values[i] = value
        if cell.ambiguous and ambiguous_example is None and guessed:
            ambiguous_example = (raw, value)
    if ambiguous_example is not None:
        notes.append(t("note_ambiguous", letter=col.letter, header=col.header, example=ambiguous_example[0],
                       value=ambiguous_example[1], decimal=t("decimal_comma") if decimal == "," else t("decimal_point")))
    empty = sum(c is None for c in cells)
    if empty and not f.required:
        notes.append(t("note_empty_cells", letter=col.letter, header=col.header, count=empty,
                       meaning=t(f"meaning_{col.key}")))
    if f.kind == "money" and says_thousands(col.header):
        values = values * 1000.0
        notes.append(t("note_thousands", letter=col.letter, header=col.header))
    if f.kind == "share":
        values = _as_fraction(values, cells, col, notes)
    return values


def _as_fraction(values: np.ndarray, cells: Sequence[Cell], col: Column, notes: list[str]) -> np.ndarray:
    finite = values[np.isfinite(values)]
    if says_percent(col.header):
        notes.append(t("note_percent_header", letter=col.letter, header=col.header))
        return values / 100.0
    if any(isinstance(c, NumberText) and c.percent for c in cells):
        notes.append(t("note_percent_cells", letter=col.letter, header=col.header))
        return values / 100.0
    if finite.size and np.median(finite) > 1:
        notes.append(t("note_percent_guess", letter=col.letter, header=col.header, median=float(np.median(finite))))
        return values / 100.0
    return values


def check_satisfaction(values: np.ndarray, col: Column, rows: np.ndarray, problems: Collector,
                        notes: list[str]) -> tuple[float, float]:
    scale = header_scale(col.header)
    finite = values[np.isfinite(values)]
    if scale is not None:
        notes.append(t("note_scale_header", low=scale[0], high=scale[1]))
    elif finite.size and finite.max() > 7 and finite.max() <= 10:
        scale = (0.0, 10.0)
        notes.append(t("note_scale_ten"))
    else:
        scale = (1.0, 7.0)
        notes.append(t("note_scale_default"))
    low, high = scale
    for row, value in zip(rows, values):
        if np.isfinite(value) and not low <= value <= high:
            problems.add(int(row), col, t("satisfaction_outside", value=value, low=low, high=high))
    return scale


def check_values(out: dict[str, np.ndarray], columns: dict[str, Column], rows: np.ndarray,
                  problems: Collector) -> None:
    """Impossible values are reported with their row; nothing is clipped."""
    for key in ("category_spend_eur", "our_sales_eur", "hours_per_year", "internal_requests",
                "cost_to_serve_eur", "non_sales_share"):
        if key not in out:
            continue
        for i in np.flatnonzero(out[key] < 0):
            problems.add(int(rows[i]), columns[key], t("negative", value=out[key][i], meaning=t(f"meaning_{key}")))
    spend, sales = out["category_spend_eur"], out["our_sales_eur"]
    for i in np.flatnonzero(spend == 0):
        problems.add(int(rows[i]), columns["category_spend_eur"], t("zero_spend"))
    for i in np.flatnonzero((sales > spend) & (spend >= 0)):
        problems.add(int(rows[i]), columns["our_sales_eur"],
                     t("sales_above_spend", sales=sales[i], spend=spend[i],
                        spend_letter=columns["category_spend_eur"].letter))
    if "non_sales_share" in out:
        share = out["non_sales_share"]
        for i in np.flatnonzero(share > 1):
            problems.add(int(rows[i]), columns["non_sales_share"], t("share_above_one", percent=share[i] * 100))
    if "gross_margin_eur" in out:
        margin = out["gross_margin_eur"]
        for i in np.flatnonzero(margin > sales):
            problems.add(int(rows[i]), columns["gross_margin_eur"],
                         t("margin_above_sales", margin=margin[i], sales=sales[i],
                            sales_letter=columns["our_sales_eur"].letter))


