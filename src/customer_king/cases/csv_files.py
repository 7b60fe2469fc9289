"""The case company on disk: writing, reading and checking the CSV files.

``load_case()`` is the one way the kit loads the case data: the packaged
files are read and checked once per process and then served from memory.
"""
from __future__ import annotations

import csv
import functools
import io
from importlib import resources
from pathlib import Path
from typing import Union

import numpy as np

from .schema import (ACCOUNTS_FILE, COLUMNS, SALESPEOPLE_COLUMNS, SALESPEOPLE_FILE, CaseCompany, Column,
                     ColumnArrays)


def _format(value, column: Column) -> str:
    if column.kind == "str":
        return str(value)
    if column.kind == "int":
        return str(int(value))
    text = f"{float(value):.{column.decimals}f}"
    return "0" if column.decimals == 0 and text == "-0" else text


def _csv_text(table: ColumnArrays, columns: tuple[Column, ...]) -> str:
    missing = [c.name for c in columns if c.name not in table]
    if missing:
        raise ValueError(f"table lacks column(s): {', '.join(missing)}")
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow([c.name for c in columns])
    n = len(table[columns[0].name])
    for i in range(n):
        writer.writerow([_format(table[c.name][i], c) for c in columns])
    return buffer.getvalue()


def write_case_csv(case: CaseCompany, folder: Union[str, Path]) -> list[Path]:
    """Write ``case_accounts.csv`` and ``case_salespeople.csv`` into ``folder``.

    Plain UTF-8 CSV, one header row, ``\\n`` line endings and a fixed number
    of decimals per column, so the same case always gives the same bytes.
    Returns the paths written.
    """
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for filename, table, columns in (
        (ACCOUNTS_FILE, case.accounts, COLUMNS),
        (SALESPEOPLE_FILE, case.salespeople, SALESPEOPLE_COLUMNS),
    ):
        path = folder / filename
        path.write_bytes(_csv_text(table, columns).encode("utf-8"))
        written.append(path)
    return written


def _parse(text: str, columns: tuple[Column, ...], source: str) -> dict[str, np.ndarray]:
    rows = list(csv.reader(io.StringIO(text)))
    if not rows:
        raise ValueError(f"{source} is empty")
    expected = [c.name for c in columns]
    if rows[0] != expected:
        raise ValueError(f"{source}: header should be {','.join(expected)}; got {','.join(rows[0])}")
    body = rows[1:]
    for line, row in enumerate(body, start=2):
        if len(row) != len(columns):
            raise ValueError(f"{source} line {line}: expected {len(columns)} fields, got {len(row)}")
    table: dict[str, np.ndarray] = {}
    for k, col in enumerate(columns):
        raw = [row[k] for row in body]
        try:
            if col.kind == "str":
                table[col.name] = np.array(raw, dtype=str)
            elif col.kind == "int":
                table[col.name] = np.array([int(v) for v in raw], dtype=np.int64)
            else:
                table[col.name] = np.array([float(v) for v in raw], dtype=float)
        except ValueError as err:
            raise ValueError(f"{source}, column {col.name}: {err}") from None
    return table


def check_case(case: CaseCompany) -> None:
    """Raise ``ValueError`` naming the first rule the data break, if any.

    Rules: every column present with one value per account; unique account
    ids; finite numbers; 0 <= our sales <= category spend; hours, requests
    and costs not negative; non-sales share in [0, 1]; satisfaction in
    [1, 7]; tiers A/B/C; every salesperson listed in the salespeople table.
    """
    acc, team = case.accounts, case.salespeople
    for table, columns, what in ((acc, COLUMNS, "accounts"), (team, SALESPEOPLE_COLUMNS, "salespeople")):
        missing = [c.name for c in columns if c.name not in table]
        if missing:
            raise ValueError(f"{what} table lacks column(s): {', '.join(missing)}")
        lengths = {len(table[c.name]) for c in columns}
        if len(lengths) != 1:
            raise ValueError(f"{what} columns differ in length: {sorted(lengths)}")
        for c in columns:
            if c.kind != "str" and not np.all(np.isfinite(np.asarray(table[c.name], float))):
                raise ValueError(f"{what}.{c.name} has missing or infinite values")

    def rule(ok, message: str) -> None:
        if not np.all(ok):
            bad = np.asarray(acc["account_id"])[~np.asarray(ok, bool)] if np.ndim(ok) else []
            shown = ", ".join(map(str, bad[:5]))
            raise ValueError(f"{message}" + (f" (accounts {shown})" if shown else ""))

    rule(len(set(acc["account_id"].tolist())) == len(acc["account_id"]), "account_id values must be unique")
    rule(acc["category_spend_eur"] > 0, "category_spend_eur must be positive")
    rule(acc["our_sales_eur"] >= 0, "our_sales_eur must not be negative")
    rule(acc["our_sales_eur"] <= acc["category_spend_eur"], "our_sales_eur exceeds category_spend_eur")
    rule(acc["hours_per_year"] >= 0, "hours_per_year must not be negative")
    rule((acc["non_sales_share"] >= 0) & (acc["non_sales_share"] <= 1), "non_sales_share must lie in [0, 1]")
    rule(acc["internal_requests"] >= 0, "internal_requests must not be negative")
    rule((acc["satisfaction"] >= 1) & (acc["satisfaction"] <= 7), "satisfaction must lie in [1, 7]")
    rule(acc["cost_to_serve_eur"] >= 0, "cost_to_serve_eur must not be negative")
    rule(np.isin(acc["tier"], ["A", "B", "C"]), "tier must be A, B or C")
    rule(np.isin(acc["salesperson"], team["salesperson"]), "salesperson not in the salespeople table")


def _read_case(texts: dict[str, str]) -> CaseCompany:
    case = CaseCompany(
        accounts=_parse(texts[ACCOUNTS_FILE], COLUMNS, ACCOUNTS_FILE),
        salespeople=_parse(texts[SALESPEOPLE_FILE], SALESPEOPLE_COLUMNS, SALESPEOPLE_FILE),
    )
    check_case(case)
    return case


@functools.lru_cache(maxsize=1)
def _packaged_case() -> CaseCompany:
    # The one cache of the case data: its arrays are read-only, so sharing them is safe.
    folder = resources.files("customer_king") / "data"
    return _read_case({name: (folder / name).read_bytes().decode("utf-8")
                       for name in (ACCOUNTS_FILE, SALESPEOPLE_FILE)})


def load_case(folder: Union[str, Path, None] = None) -> CaseCompany:
    """Read the case CSV files: the packaged ones, or those in ``folder``.

    The notebooks, exercise sets and explorers all use ``load_case()``; the
    packaged files are read once per process (the arrays are read-only, and
    each call gets its own dicts, so adding a column in one notebook cell
    does not reach another caller).  The data are checked with
    :func:`check_case`; a broken file gives a ``ValueError`` that says what
    is wrong.
    """
    if folder is None:
        shared = _packaged_case()
        return CaseCompany(accounts=dict(shared.accounts), salespeople=dict(shared.salespeople))
    return _read_case({name: (Path(folder) / name).read_bytes().decode("utf-8")
                       for name in (ACCOUNTS_FILE, SALESPEOPLE_FILE)})
