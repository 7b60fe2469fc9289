"""Reading a participant's CSV export into an :class:`AccountList`.

:func:`load_accounts` takes a path or an upload's bytes.  It finds the separator
(comma, semicolon, tab or bar; Excel's ``sep=`` line), the header row (title lines
above it are skipped), the kit's columns (see ``columns``), and the accounts:
blank rows and subtotal or total rows ("Subtotaal Mark J.", "Totaal", "Grand
total") anywhere in the file are left out with a note naming the row.  Numbers are
read by ``values``.  Every problem found is collected and raised together in one
:class:`~customer_king.own_data.errors.OwnDataError`; the file is never written.
"""
from __future__ import annotations

import csv
import io
import re
from importlib import resources
from pathlib import Path
from typing import Optional, Sequence

import numpy as np

from ..locale_numbers import NotANumber, read_number
from .account_list import AccountList
from .columns import FIELDS, FIELDS_BY_KEY, Column, column_letter, match, recognised
from .decoding import Source, decode, read_bytes
from .errors import Collector, OwnDataError, fail, t
from .values import check_satisfaction, check_values, decimal_styles, file_decimal, numeric_column, read_cells

__all__ = ["MAX_ROWS", "SAMPLE_FILE", "TEMPLATE_FILE", "load_accounts", "load_sample", "sample_path",
           "template_path"]

MAX_ROWS = 200_000
"""At most this many accounts (data rows, not counting the header, blank rows and
total rows) are read; a file with more is refused: it is not one team's list, and
would not fit a Binder session."""
_MAX_LINES = 2 * MAX_ROWS
"""Lines beyond which a file is refused before it is split into cells (it cannot
hold a readable list, and splitting it would take long)."""

SAMPLE_FILE = "own_accounts_sample.csv"
TEMPLATE_FILE = "own_accounts_template.csv"

_DELIMITERS = (";", ",", "\t", "|")
_DELIMITER_NAMES = {";": "semicolons", ",": "commas", "\t": "tabs", "|": "bars"}  # own_data.delimiter_* keys
_TOTAL = re.compile(r"^(grand|sub|eind)?[\s-]*(totals?|totaal|totalen|som|sum)\b[\s:\-\u2013]*(.*)$", re.IGNORECASE)
_MAX_LISTED = 10


def _split(text: str, delimiter: str) -> list[list[str]]:
    return list(csv.reader(io.StringIO(text), delimiter=delimiter))


def _choose_delimiter(lines: list[str]) -> str:
    """The separator that makes the first lines name the most known columns, consistently."""
    sample = "\n".join(line for line in lines[:60] if line.strip())
    best, best_score = ",", (-1, -1.0, -1)
    for delimiter in _DELIMITERS:
        rows = [r for r in _split(sample, delimiter) if r]
        if not rows:
            continue
        counts = [len(r) for r in rows]
        named = max(recognised(r) for r in rows[:10])
        widths = [c for c in counts if c > 1]
        if widths:
            mode = max(set(widths), key=lambda c: (widths.count(c), c))
            consistency = counts.count(mode) / len(counts)
        else:
            mode, consistency = 1, 0.0
        score = (named, consistency, mode)
        if score > best_score:
            best, best_score = delimiter, score
    return best


def _blank(record: Sequence[str]) -> bool:
    return not any(cell.strip() for cell in record)


def _is_number(cell: str) -> bool:
    try:
        read_number(cell)
    except NotANumber:
        return False
    return True


def _total_label(record: Sequence[str], account: int, known: set[str]) -> Optional[str]:
    """The row's label if the row is a subtotal or total rather than an account, else None.

    "Totaal", "Total:", "Grand total", "Subtotaal Mark J." are totals; "Total A" or
    "Totaal Mark J." only when the rest names a salesperson or tier of the file, so
    that an account called "Total Oil B.V." stays an account.  The label is the
    account cell, or (when that is empty) the row's first cell that is no number.
    """
    label = record[account].strip() if account < len(record) else ""
    if not label:
        label = next((c.strip() for c in record if c.strip() and not _is_number(c.strip())), "")
    found = _TOTAL.match(label)
    if found is None:
        return None
    prefix, _, rest = found.groups()
    rest = rest.strip()
    if not rest or prefix or rest in known:
        return label
    return None


def _leave_out_totals(body: list[tuple[int, list[str]]], columns: dict[str, Column],
                      notes: list[str]) -> list[tuple[int, list[str]]]:
    account = columns["account"].index
    known = {r[c.index].strip() for key in ("salesperson", "tier") if key in columns
             for _, r in body for c in [columns[key]] if c.index < len(r)} - {""}
    kept, totals = [], []
    for row, record in body:
        label = _total_label(record, account, known)
        if label is None:
            kept.append((row, record))
        else:
            totals.append((row, label))
    if len(totals) == 1:
        notes.append(t("note_total_row", row=totals[0][0], label=totals[0][1]))
    elif totals:
        listed = ", ".join(t("total_row_item", row=row, label=label) for row, label in totals[:_MAX_LISTED])
        more = len(totals) - _MAX_LISTED
        notes.append(t("note_total_rows", count=len(totals), rows=listed + (f", ... (+{more})" if more > 0 else "")))
    return kept


def _duplicates(values: np.ndarray, rows: np.ndarray) -> list[tuple[str, list[int]]]:
    """Each non-empty value that occurs more than once, with its rows, in file order."""
    seen: dict[str, list[int]] = {}
    for value, row in zip(values, rows):
        if str(value):
            seen.setdefault(str(value), []).append(int(row))
    return [(value, where) for value, where in seen.items() if len(where) > 1]


def _note_duplicates(out: dict[str, np.ndarray], rows: np.ndarray, notes: list[str]) -> None:
    for key, message in (("account", "note_duplicate_accounts"), ("account_id", "note_duplicate_ids")):
        if key not in out:
            continue
        repeated = _duplicates(out[key], rows)
        if repeated:
            value, where = repeated[0]
            notes.append(t(message, count=len(repeated), example=value, rows=", ".join(map(str, where[:5]))))


def _map_header(header: list[str], records: list[list[str]], header_index: int, problems: Collector,
                notes: list[str]) -> dict[str, Column]:
    """The kit's columns found in ``header``; unknown columns noted, duplicates reported."""
    header_row = header_index + 1
    columns: dict[str, Column] = {}
    ignored: list[str] = []
    for index, head in enumerate(header):
        key = match(head) if head.strip() else None
        if key is None:
            has_data = any(index < len(r) and r[index].strip() for r in records[header_index + 1:])
            if head.strip() or has_data:
                letter = column_letter(index)
                ignored.append(f"{letter} '{head.strip()}'" if head.strip() else t("no_header", letter=letter))
            continue
        if key in columns:
            first = columns[key]
            problems.add(header_row, Column(key, index, head.strip()),
                         t("duplicate_column", first=f"{first.letter} '{first.header}'",
                           second=f"{column_letter(index)} '{head.strip()}'", meaning=t(f"meaning_{key}")))
            continue
        columns[key] = Column(key, index, head.strip())
    if ignored:
        notes.append(t("note_ignored_columns", columns=", ".join(ignored)))
    if "account" not in columns and "account_id" in columns:
        first = columns.pop("account_id")
        columns["account"] = Column("account", first.index, first.header)
        notes.append(t("note_id_as_account", header=first.header))
    for f in FIELDS:
        if f.required and f.key not in columns:
            problems.add(header_row, None, t("missing_required", meaning=t(f"meaning_{f.key}"),
                                             english=", ".join(f"'{a}'" for a in f.english[:4]),
                                             dutch=", ".join(f"'{a}'" for a in f.dutch[:4])))
    return columns


def load_accounts(source: Source, *, name: Optional[str] = None) -> AccountList:
    """Read an account list from a CSV file path or from the file's bytes.

    Returns an :class:`AccountList`.  Raises :class:`OwnDataError` (a
    ``ValueError``) listing every problem found, each with its spreadsheet
    row (header = row 1) and column; in a notebook it shows as that message
    only.  ``name`` labels the data in messages (default: the file name).
    The file is only read, never written.
    """
    data, label = read_bytes(source, name)
    notes: list[str] = []
    text = decode(data, label, notes)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    lines = text.split("\n")
    if len(lines) > _MAX_LINES:
        raise fail(label, t("too_many_lines", count=len(lines), limit=MAX_ROWS))

    forced = None
    sep_line = re.fullmatch(r'\s*"?sep=(.)"?\s*', lines[0]) if lines else None
    if sep_line:
        forced = sep_line.group(1)
        lines = lines[1:]
        text = "\n".join(lines)
        notes.append(t("note_sep_line"))
    if not any(line.strip() for line in lines):
        raise fail(label, t("blank_file"))

    delimiter = forced or _choose_delimiter(lines)
    records = _split(text, delimiter)

    # The header: among the first non-blank rows, the first that names the most known columns.
    candidates = [i for i, r in enumerate(records) if not _blank(r)][:10]
    header_index = max(candidates, key=lambda i: (recognised(records[i]), -i))
    if recognised(records[header_index]) == 0:
        header_index = candidates[0]
    skipped_above = sum(1 for i in candidates if i < header_index)
    if skipped_above:
        notes.append(t("note_title_rows", count=skipped_above, header_row=header_index + 1))
    header = records[header_index]
    header_row = header_index + 1
    if len(header) == 1 and recognised(header) <= 1 and len(records) > header_index + 1:
        raise fail(label, t("one_column", header=header[0][:80]), row=header_row)

    problems = Collector()
    columns = _map_header(header, records, header_index, problems, notes)
    if problems:
        raise OwnDataError(label, problems.problems)

    # The accounts: spreadsheet row numbers kept; blank rows and (sub)total rows left out.
    body = [(i + 1, r) for i, r in enumerate(records) if i > header_index]
    trailing_blank = 0
    for _, record in reversed(body):
        if not _blank(record):
            break
        trailing_blank += 1
    inner_blank = sum(1 for _, r in body if _blank(r)) - trailing_blank
    if inner_blank:
        notes.append(t("note_blank_rows", count=inner_blank))
    body = _leave_out_totals([(row, r) for row, r in body if not _blank(r)], columns, notes)
    if not body:
        raise fail(label, t("header_only"), row=header_row + 1)
    if len(body) > MAX_ROWS:
        raise fail(label, t("too_many_rows", count=len(body), limit=MAX_ROWS))

    width = len(header)
    for row, record in body:
        if len(record) > width and any(cell.strip() for cell in record[width:]):
            problems.add(row, None, t("too_many_values", count=len(record), expected=width))
    rows = np.array([row for row, _ in body], dtype=np.int64)
    raws = {key: [r[col.index].strip() if col.index < len(r) else "" for _, r in body]
            for key, col in columns.items()}

    numeric = [key for key in columns if FIELDS_BY_KEY[key].kind != "text"]
    cells = {key: read_cells(raws[key]) for key in numeric}
    styles = {key: decimal_styles(cells[key]) for key in numeric}
    decimal, guessed = file_decimal(list(styles.values()), delimiter)
    notes.insert(0, t("note_delimiter", delimiter=t("delimiter_" + _DELIMITER_NAMES[delimiter]),
                      decimal=t("decimal_comma") if decimal == "," else t("decimal_point")))

    out: dict[str, np.ndarray] = {}
    for key, col in columns.items():
        f = FIELDS_BY_KEY[key]
        if f.kind != "text":
            out[key] = numeric_column(col, raws[key], cells[key], styles[key], rows, decimal, problems, notes, guessed)
            continue
        values = [v.upper() for v in raws[key]] if key == "tier" else raws[key]
        if f.required:
            for row, value in zip(rows, values):
                if not value:
                    problems.add(int(row), col, t("empty_required", what=t("what_text")))
        out[key] = np.array(values, dtype=str)

    scale = None
    if "satisfaction" in out:
        scale = check_satisfaction(out["satisfaction"], columns["satisfaction"], rows, problems, notes)
    check_values(out, columns, rows, problems)
    if problems:
        raise OwnDataError(label, sorted(problems.problems, key=lambda p: (p.row or 0, p.letter or "")))

    # Notes about what is missing, so the participant knows what to add.
    for f in FIELDS:
        if not f.required and f.analysis and f.key not in out:
            notes.append(t("note_missing_optional", meaning=t(f"meaning_{f.key}"), analysis=t(f.analysis),
                           english=f.english[0], dutch=f.dutch[0]))
    _note_duplicates(out, rows, notes)
    return AccountList(name=label, columns=out, rows=rows, headers={k: columns[k].header for k in out},
                       notes=tuple(notes), satisfaction_scale=scale)


def sample_path() -> Path:
    """The packaged fictional sample list (a Dutch Excel export: semicolons, decimal commas)."""
    return Path(str(resources.files("customer_king") / "data" / SAMPLE_FILE))


def template_path() -> Path:
    """The packaged empty template with every column the kit understands."""
    return Path(str(resources.files("customer_king") / "data" / TEMPLATE_FILE))


def load_sample() -> AccountList:
    """The fictional sample list, loaded as a participant's file would be."""
    return load_accounts(sample_path())
