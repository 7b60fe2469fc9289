"""Your own account list: a forgiving loader and the kit's analyses on your data.

Lesson 6 lets participants try the kit's ideas on their *own* accounts.  Real
exports are messy, so :func:`load_accounts` accepts what spreadsheets and CRM
systems actually write:

* comma, semicolon, tab or pipe separated (sniffed), with or without Excel's
  ``sep=;`` first line;
* decimal commas and points, thousands separators (``1.234,56``, ``1,234.56``,
  ``1 234,56``, ``1'234.56``), currency signs (€, EUR, $), accounting
  negatives ``(1.234)``, amounts in thousands (``omzet (k€)``);
* percent signs (``35%`` and percent columns become fractions, 0.35);
* UTF-8 with or without BOM, UTF-16 (Excel's "Unicode text"), and a
  Windows-1252 / Latin-1 fallback for older Excel exports;
* Windows and old Mac line endings, blank rows, a title line above the
  header, a "Total" row at the bottom;
* header names with odd spacing, capitals, underscores, accents and units,
  in English or Dutch (``our_sales``, ``Onze omzet (€)``, ``UREN``).

Only three columns are required: the account, the customer's category spend
and our sales to it.  Each optional column switches on an analysis; a missing
one switches it off with a note that names the column to add.

Whatever the loader cannot read raises one :class:`OwnDataError` that lists up
to ten problems, each with the spreadsheet row (the header is row 1) and the
column (letter and name).  Impossible values (negative spend, our sales above
the customer's category spend, a share above 100 %, satisfaction outside its
scale) are reported, never silently clipped.  The participant's file is opened
read-only and never written.

The analyses are pure functions of an :class:`AccountList`:
:func:`share_of_wallet`, :func:`headroom`, :func:`priorities`,
:func:`warning_scores`, :func:`whale_curve`, :func:`suggested_hours`.  All of
them use the kit's *stylized* model (``customer_king.model``): thresholds,
ceiling and response curves are illustrations to think with, not estimates
for your market.

Privacy: nothing here sends data anywhere.  :func:`forget` removes the loaded
data from the notebook's memory and clears the cell's output.

Every learner-facing sentence is in ``messages`` under ``own_data.*`` keys (one dict per language;
untranslated keys fall back to English).
"""
from __future__ import annotations

import csv
import functools
import io
import os
import re
import unicodedata
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any, Mapping, Optional, Sequence, Union

import numpy as np

from . import cases, model
from .messages import text as _message

__all__ = [
    "AccountList",
    "FIELDS",
    "MAX_BYTES",
    "MAX_ROWS",
    "OwnDataError",
    "Problem",
    "SAMPLE_FILE",
    "SHARE_CEILING",
    "TEMPLATE_FILE",
    "Table",
    "Unavailable",
    "Uploader",
    "example_csv",
    "forget",
    "headroom",
    "load_accounts",
    "load_sample",
    "plot_hours_shift",
    "plot_priorities",
    "plot_share_of_wallet",
    "plot_warning_scores",
    "plot_whale_curve",
    "priorities",
    "sample_path",
    "share_of_wallet",
    "suggested_hours",
    "template_path",
    "upload_widget",
    "warning_scores",
    "whale_curve",
]

SHARE_CEILING = cases.SHARE_CEILING
MAX_BYTES = 50 * 1024 * 1024
"""Files above 50 MB are refused: an account list that large is not one
salesperson's or team's accounts, and would not fit a Binder session."""
MAX_ROWS = 200_000
"""More rows than this are refused for the same reason."""
MAX_PROBLEMS = 10
"""At most this many problems are listed in one error message."""
NEAR_CEILING_SHARE = 0.75
"""Share of wallet from which an account counts as near the ceiling (the
``effort_near_ceiling`` warning sign)."""

SAMPLE_FILE = "own_accounts_sample.csv"
TEMPLATE_FILE = "own_accounts_template.csv"



def _t(key: str, **fields: Any) -> str:
    """The learner-facing sentence ``key`` of this module, from ``messages`` (English fallback)."""
    return _message(f"own_data.{key}", **fields)


# ---------------------------------------------------------------------------
# The columns the kit understands
# ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Field:
    """One column the loader understands.

    ``key`` is the name in the loaded :class:`AccountList` (the case
    company's column name where one exists); ``english`` and ``dutch`` list
    accepted header names (matched after dropping case, accents, spacing,
    punctuation and units); ``kind`` is text, money, number, count, share or
    score; ``analysis`` is the message key (without ``own_data.``) of the analysis it switches on.
    """

    key: str
    kind: str
    required: bool
    unit: str
    english: tuple[str, ...]
    dutch: tuple[str, ...]
    analysis: str = ""


FIELDS: tuple[Field, ...] = (
    Field("account", "text", True, "",
          ("account", "account name", "customer", "customer name", "client", "client name", "company"),
          ("klant", "klantnaam", "relatie", "relatienaam", "bedrijf", "bedrijfsnaam", "accountnaam",
           "debiteur", "debiteurnaam", "naam")),
    Field("account_id", "text", False, "",
          ("account id", "account number", "customer id", "customer number", "client id", "id"),
          ("klantnummer", "klantnr", "relatienummer", "debiteurnummer", "debiteurnr", "accountnummer",
           "nummer")),
    Field("salesperson", "text", False, "",
          ("salesperson", "sales person", "sales rep", "sales representative", "rep", "account manager",
           "owner", "seller"),
          ("accountmanager", "verkoper", "vertegenwoordiger", "accountbeheerder", "verantwoordelijke"),
          "analysis_salesperson"),
    Field("tier", "text", False, "",
          ("tier", "segment", "class", "abc", "abc class", "customer class", "priority"),
          ("klasse", "klantklasse", "abc klasse", "klantsegment", "prioriteit"),
          "analysis_tier"),
    Field("category_spend_eur", "money", True, "EUR/yr",
          ("category spend", "total category spend", "total spend", "customer spend", "wallet",
           "wallet size", "total purchases", "purchase volume", "potential"),
          ("categoriebesteding", "totale inkoop", "totale besteding", "inkoopvolume", "totale inkoopwaarde",
           "potentieel", "klantpotentieel", "portemonnee", "inkoop")),
    Field("our_sales_eur", "money", True, "EUR/yr",
          ("our sales", "sales", "revenue", "turnover", "our revenue", "our turnover", "net sales"),
          ("onze omzet", "omzet", "omzet bij ons", "netto omzet", "verkopen", "afzet")),
    Field("hours_per_year", "number", False, "h/yr",
          ("hours", "hours spent", "time spent", "contact hours", "account hours", "sales hours"),
          ("uren", "bestede uren", "besteedde uren", "tijd", "contacturen", "uren besteed"),
          "analysis_hours"),
    Field("non_sales_share", "share", False, "fraction 0-1 or %",
          ("non sales share", "non sales", "non sales time", "share non sales", "non commercial share",
           "service share"),
          ("niet commercieel aandeel", "aandeel niet commercieel", "niet commercieel",
           "niet commerciele tijd", "aandeel service"),
          "analysis_non_sales"),
    Field("internal_requests", "count", False, "count/yr",
          ("internal requests", "requests", "special requests", "service requests", "internal service requests"),
          ("interne verzoeken", "verzoeken", "speciale verzoeken", "interne aanvragen", "aanvragen"),
          "analysis_requests"),
    Field("satisfaction", "score", False, "score (1-7 unless the header says)",
          ("satisfaction", "customer satisfaction", "csat", "satisfaction score"),
          ("tevredenheid", "klanttevredenheid", "tevredenheidsscore", "klanttevredenheidsscore"),
          "analysis_satisfaction"),
    Field("gross_margin_eur", "money", False, "EUR/yr",
          ("gross margin", "margin", "gross profit", "contribution", "contribution margin"),
          ("brutomarge", "bruto marge", "marge", "brutowinst", "dekkingsbijdrage"),
          "analysis_margin"),
    Field("cost_to_serve_eur", "money", False, "EUR/yr",
          ("cost to serve", "service cost", "serving cost", "costs", "cost"),
          ("kosten", "servicekosten", "bedieningskosten", "kosten om te bedienen", "kosten bediening"),
          "analysis_cost"),
)
_FIELDS = {f.key: f for f in FIELDS}

_UNIT_TOKENS = {"eur", "euro", "euros", "usd", "dollar", "dollars", "pct", "percent", "procent", "perc",
                "pj", "pa", "yr", "year", "jaar", "per", "in", "h", "hrs", "uur", "k", "keur", "x", "1000",
                "duizenden", "thousands", "count", "aantal", "fraction", "fractie", "score", "schaal", "scale"}


def _tokens(header: str) -> list[str]:
    text = unicodedata.normalize("NFKD", header)
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).lower()
    text = re.sub(r"\([^)]*\)|\[[^\]]*\]", " ", text)  # units in brackets
    text = re.sub(r"\d+\s*[-/]\s*\d+", " ", text)  # scales such as 1-7
    return re.findall(r"[a-z0-9]+", text)


def _header_key(header: str) -> str:
    """Header reduced to letters and digits, units dropped: 'Onze omzet (€)' -> 'onzeomzet'."""
    tokens = _tokens(header)
    while len(tokens) > 1 and tokens[-1] in _UNIT_TOKENS:
        tokens.pop()
    return "".join(tokens)


_ALIASES: dict[str, str] = {}
for _field in FIELDS:
    for _alias in _field.english + _field.dutch + (_field.key,):
        _ALIASES.setdefault(_header_key(_alias), _field.key)
# Common spellings with the unit glued on.
for _alias, _key in (("hoursperyear", "hours_per_year"), ("urenperjaar", "hours_per_year"),
                     ("salespersonname", "salesperson"), ("accountid", "account_id")):
    _ALIASES.setdefault(_alias, _key)


def _match(header: str) -> Optional[str]:
    return _ALIASES.get(_header_key(header))


def _says_percent(header: str) -> bool:
    return "%" in header or bool({"pct", "percent", "procent", "percentage"} & set(_tokens(header)))


def _says_thousands(header: str) -> bool:
    lowered = header.lower().replace(" ", "")
    return bool(re.search(r"k€|€k|keur|\(k\)|x1[.,]?000|×1[.,]?000|duizenden|thousands|\bk\b", lowered))


def _header_scale(header: str) -> Optional[tuple[float, float]]:
    found = re.search(r"(\d+(?:[.,]\d+)?)\s*[-–—/]\s*(\d+(?:[.,]\d+)?)", header)
    if not found:
        return None
    low, high = (float(x.replace(",", ".")) for x in found.groups())
    return (low, high) if high > low else None


def _letter(index: int) -> str:
    """0 -> 'A', 25 -> 'Z', 26 -> 'AA' (spreadsheet column letters)."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


# ---------------------------------------------------------------------------
# Errors and the loaded list
# ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Problem:
    """One thing the loader could not accept: where (spreadsheet row, column) and what."""

    row: Optional[int]
    letter: Optional[str]
    header: Optional[str]
    message: str

    def __str__(self) -> str:
        if self.row is not None and self.letter is not None:
            where = _t("where_row_col", row=self.row, letter=self.letter, header=self.header)
        elif self.row is not None:
            where = _t("where_row", row=self.row)
        elif self.letter is not None:
            where = _t("where_col", letter=self.letter, header=self.header)
        else:
            where = _t("where_file")
        return f"{where}: {self.message}"


class OwnDataError(ValueError):
    """Everything the loader cannot read, in one message (up to ten problems listed).

    ``problems`` holds every :class:`Problem` found (also those not listed).
    """

    def __init__(self, name: str, problems: Sequence[Problem]):
        self.name = name
        self.problems = list(problems)
        count = len(self.problems)
        lines = [_t("error_intro_one", name=name) if count == 1 else _t("error_intro_many", name=name, count=count)]
        lines += [f"  - {p}" for p in self.problems[:MAX_PROBLEMS]]
        if count > MAX_PROBLEMS:
            lines.append("  " + _t("error_more", count=count - MAX_PROBLEMS))
        lines.append(_t("error_fix"))
        super().__init__("\n".join(lines))


def _fail(name: str, message: str, row: Optional[int] = None) -> OwnDataError:
    return OwnDataError(name, [Problem(row, None, None, message)])


@dataclass(frozen=True, eq=False)
class AccountList:
    """A participant's accounts: one numpy array per recognised column.

    ``columns`` maps the kit's column keys (see :data:`FIELDS`; e.g.
    ``category_spend_eur``) to arrays with one value per account; money in
    euros a year, shares as fractions 0-1, missing optional values NaN.
    ``rows`` gives each account's spreadsheet row; ``headers`` the header
    each column had in the file; ``notes`` what the loader did that you may
    want to know.  The arrays are read-only.
    """

    name: str
    columns: dict[str, np.ndarray]
    rows: np.ndarray
    headers: dict[str, str] = field(default_factory=dict)
    notes: tuple[str, ...] = ()
    satisfaction_scale: Optional[tuple[float, float]] = None

    def __post_init__(self) -> None:
        for values in (*self.columns.values(), self.rows):
            values.flags.writeable = False

    def __getitem__(self, key: str) -> np.ndarray:
        return self.columns[key]

    def __contains__(self, key: object) -> bool:
        return key in self.columns

    def __len__(self) -> int:
        return len(self.rows)

    @property
    def n_accounts(self) -> int:
        return len(self.rows)

    def has(self, *keys: str) -> bool:
        return all(k in self.columns for k in keys)

    def summary(self) -> str:
        """One paragraph: what was read, then every note."""
        found = ", ".join(f"{self.headers[k]!r} as {k}" for k in self.columns)
        lines = [_t("summary", name=self.name, n=self.n_accounts, columns=found)]
        lines += [f"- {note}" for note in self.notes]
        return "\n".join(lines)

    def __repr__(self) -> str:
        return f"AccountList({self.name!r}: {self.n_accounts} accounts, columns {', '.join(self.columns)})"

    def __str__(self) -> str:
        return self.summary()


# ---------------------------------------------------------------------------
# Reading bytes
# ---------------------------------------------------------------------------


def _read_bytes(source: Union[str, os.PathLike, bytes, bytearray, memoryview], name: Optional[str]) -> tuple[bytes, str]:
    if isinstance(source, (bytes, bytearray, memoryview)):
        data = bytes(source)
        label = name or "the uploaded file"
        if len(data) > MAX_BYTES:
            raise _fail(label, _t("too_big", size=len(data) / 2**20, limit=MAX_BYTES / 2**20))
        return data, label
    path = Path(source)
    label = name or path.name
    if not path.exists():
        raise _fail(label, _t("not_found", path=path))
    if path.is_dir():
        raise _fail(label, _t("is_folder", path=path))
    size = path.stat().st_size
    if size > MAX_BYTES:
        raise _fail(label, _t("too_big", size=size / 2**20, limit=MAX_BYTES / 2**20))
    try:
        with open(path, "rb") as handle:  # read-only: the participant's file is never written
            data = handle.read(MAX_BYTES + 1)
    except OSError as err:
        raise _fail(label, _t("unreadable_file", error=err.strerror or err)) from None
    return data, label


def _decode(data: bytes, label: str, notes: list[str]) -> str:
    if not data:
        raise _fail(label, _t("empty_file"))
    if data.startswith(b"PK\x03\x04"):
        is_xlsx = b"xl/" in data[:4096] or b"[Content_Types]" in data[:4096]
        raise _fail(label, _t("xlsx" if is_xlsx else "zip"))
    if data.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
        raise _fail(label, _t("xls"))
    if data.startswith(b"%PDF"):
        raise _fail(label, _t("pdf"))
    if data.startswith(b"\xef\xbb\xbf"):
        try:
            text = data[3:].decode("utf-8")
        except UnicodeDecodeError as err:
            raise _fail(label, _t("bad_utf8_bom", offset=err.start + 3)) from None
        notes.append(_t("note_encoding_bom"))
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError:
            raise _fail(label, _t("binary", offset=0)) from None
        notes.append(_t("note_encoding_utf16"))
    else:
        nul = data.find(b"\x00")
        if nul >= 0:
            raise _fail(label, _t("binary", offset=nul))
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            try:
                text = data.decode("cp1252")
                notes.append(_t("note_encoding_cp1252"))
            except UnicodeDecodeError:
                text = data.decode("latin-1")
                notes.append(_t("note_encoding_latin1"))
    # Control characters other than tab and line breaks mean this is not text.
    control = re.search(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]", text[:65536])
    if control is not None:
        raise _fail(label, _t("binary", offset=control.start()))
    return text


# ---------------------------------------------------------------------------
# Splitting into rows and columns
# ---------------------------------------------------------------------------

_DELIMITERS = (";", ",", "\t", "|")
_DELIMITER_NAMES = {";": "semicolons", ",": "commas", "\t": "tabs", "|": "vertical bars"}


def _split(text: str, delimiter: str) -> list[list[str]]:
    return list(csv.reader(io.StringIO(text), delimiter=delimiter))


def _recognised(row: Sequence[str]) -> int:
    return len({_match(cell) for cell in row if cell.strip() and _match(cell)})


def _choose_delimiter(lines: list[str]) -> str:
    sample = "\n".join(line for line in lines[:60] if line.strip())
    best, best_score = ",", (-1, -1.0, -1)
    for delimiter in _DELIMITERS:
        rows = [r for r in _split(sample, delimiter) if r]
        if not rows:
            continue
        counts = [len(r) for r in rows]
        recognised = max(_recognised(r) for r in rows[:10])
        widths = [c for c in counts if c > 1]
        if widths:
            mode = max(set(widths), key=lambda c: (widths.count(c), c))
            consistency = counts.count(mode) / len(counts)
        else:
            mode, consistency = 1, 0.0
        score = (recognised, consistency, mode)
        if score > best_score:
            best, best_score = delimiter, score
    return best


# ---------------------------------------------------------------------------
# Numbers
# ---------------------------------------------------------------------------

_CURRENCY = re.compile(r"(?i)€|\$|£|\beuros?\b|\beur\b|\busd\b")
_SPACES = re.compile(r"[\s\u00a0\u202f']")
_GROUPED_COMMA = re.compile(r"\d{1,3}(,\d{3})+")  # 1,234,567
_GROUPED_POINT = re.compile(r"\d{1,3}(\.\d{3})+")  # 1.234.567

# Kinds of a cleaned number: "int" (no separator), "comma" / "point" (the
# decimal separator is known), "ambiguous" (one separator followed by exactly
# three digits: 1.234 or 1,234), "bad".


@dataclass(frozen=True)
class _Cell:
    kind: str
    negative: bool
    percent: bool
    body: str


_SIMPLE = re.compile(r"[0-9]+(?:[.,][0-9]+)*")


@functools.lru_cache(maxsize=65536)
def _clean(raw: str) -> _Cell:
    if _SIMPLE.fullmatch(raw):  # the common case: digits and separators only
        return _classify(raw, False, False)
    s = raw.strip()
    percent = "%" in s
    s = _CURRENCY.sub("", s.replace("%", "")).strip()
    negative = False
    if s.startswith("(") and s.endswith(")"):
        negative, s = True, s[1:-1].strip()
    s = s.replace("\u2212", "-")
    s = _CURRENCY.sub("", s).strip()
    if s.startswith("-"):
        negative, s = not negative, s[1:].strip()
    elif s.endswith("-"):
        negative, s = not negative, s[:-1].strip()
    elif s.startswith("+"):
        s = s[1:].strip()
    s = _CURRENCY.sub("", s)
    s = _SPACES.sub("", s)
    return _classify(s, negative, percent)


def _classify(s: str, negative: bool, percent: bool) -> _Cell:
    if not s or not re.fullmatch(r"[0-9.,]+", s) or not re.search(r"\d", s):
        return _Cell("bad", negative, percent, s)
    if "." in s and "," in s:
        decimal = "," if s.rfind(",") > s.rfind(".") else "."
        whole, _, frac = s.rpartition(decimal)
        grouping = _GROUPED_POINT if decimal == "," else _GROUPED_COMMA
        if not frac.isdigit() or not (whole.isdigit() or grouping.fullmatch(whole)):
            return _Cell("bad", negative, percent, s)
        return _Cell("comma" if decimal == "," else "point", negative, percent, s)
    for sep, style, grouping in ((",", "comma", _GROUPED_COMMA), (".", "point", _GROUPED_POINT)):
        if sep not in s:
            continue
        if s.count(sep) > 1:
            if grouping.fullmatch(s):  # thousands separators only: the other style's decimals
                return _Cell("point" if style == "comma" else "comma", negative, percent, s)
            return _Cell("bad", negative, percent, s)
        whole, frac = s.split(sep)
        if not frac:
            return _Cell("int", negative, percent, whole) if whole else _Cell("bad", negative, percent, s)
        if len(frac) == 3 and whole not in ("", "0") and len(whole) <= 3:
            return _Cell("ambiguous", negative, percent, s)
        return _Cell(style, negative, percent, s)
    return _Cell("int", negative, percent, s)


def _value(cell: _Cell, decimal: str) -> float:
    """The number in ``cell`` when the column's decimal separator is ``decimal``."""
    s = cell.body
    if decimal == ",":
        s = s.replace(".", "").replace(",", ".")
    else:
        s = s.replace(",", "")
    value = float(s)
    return -value if cell.negative else value


# ---------------------------------------------------------------------------
# The loader
# ---------------------------------------------------------------------------

_TOTAL_LABELS = re.compile(r"^(grand\s+)?(total|totaal|totals|eindtotaal|subtotaal|subtotal|som|sum)\b", re.I)


@dataclass
class _Column:
    key: str
    index: int
    header: str

    @property
    def letter(self) -> str:
        return _letter(self.index)


class _Collector:
    def __init__(self) -> None:
        self.problems: list[Problem] = []

    def add(self, row: Optional[int], column: Optional[_Column], message: str) -> None:
        self.problems.append(Problem(row, column.letter if column else None,
                                     column.header if column else None, message))


def load_accounts(source: Union[str, os.PathLike, bytes, bytearray, memoryview], *,
                  name: Optional[str] = None) -> AccountList:
    """Read an account list from a CSV file path or from the file's bytes.

    Returns an :class:`AccountList`.  Raises :class:`OwnDataError` (a
    ``ValueError``) listing every problem found, each with its spreadsheet
    row (header = row 1) and column.  ``name`` labels the data in messages
    (default: the file name).  The file is only read, never written.
    """
    data, label = _read_bytes(source, name)
    notes: list[str] = []
    text = _decode(data, label, notes)
    if text.count("\n") > MAX_ROWS + 100:
        raise _fail(label, _t("too_many_rows", limit=MAX_ROWS))
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    lines = text.split("\n")

    forced = None
    sep_line = re.fullmatch(r'\s*"?sep=(.)"?\s*', lines[0]) if lines else None
    if sep_line:
        forced = sep_line.group(1)
        lines = lines[1:]
        text = "\n".join(lines)
        notes.append(_t("note_sep_line"))
    if not any(line.strip() for line in lines):
        raise _fail(label, _t("blank_file"))

    delimiter = forced or _choose_delimiter(lines)
    records = _split(text, delimiter)
    if len(records) > MAX_ROWS + 100:
        raise _fail(label, _t("too_many_rows", limit=MAX_ROWS))

    def blank(record: Sequence[str]) -> bool:
        return not any(cell.strip() for cell in record)

    # The header: among the first non-blank rows, the first that names the most known columns.
    candidates = [i for i, r in enumerate(records) if not blank(r)][:10]
    header_index = max(candidates, key=lambda i: (_recognised(records[i]), -i))
    if _recognised(records[header_index]) == 0:
        header_index = candidates[0]
    skipped_above = sum(1 for i in candidates if i < header_index)
    if skipped_above:
        notes.append(_t("note_title_rows", count=skipped_above, header_row=header_index + 1))
    header = records[header_index]
    if len(header) == 1 and delimiter is not None and _recognised(header) <= 1 and len(records) > header_index + 1:
        raise _fail(label, _t("one_column", header=header[0][:80]), row=header_index + 1)

    problems = _Collector()
    header_row = header_index + 1

    # Map headers to the kit's columns.
    columns: dict[str, _Column] = {}
    ignored: list[str] = []
    for index, head in enumerate(header):
        key = _match(head) if head.strip() else None
        if key is None:
            has_data = any(index < len(r) and r[index].strip() for r in records[header_index + 1:])
            if head.strip() or has_data:
                ignored.append(f"{_letter(index)} '{head.strip()}'" if head.strip() else f"{_letter(index)} (no header)")
            continue
        if key in columns:
            first = columns[key]
            problems.add(header_row, _Column(key, index, head.strip()),
                         _t("duplicate_column", first=f"{first.letter} '{first.header}'",
                            second=f"{_letter(index)} '{head.strip()}'", meaning=_t(f"meaning_{key}")))
            continue
        columns[key] = _Column(key, index, head.strip())
    if ignored:
        notes.append(_t("note_ignored_columns", columns=", ".join(ignored)))
    if "account" not in columns and "account_id" in columns:
        columns["account"] = columns.pop("account_id")
        notes.append(_t("note_id_as_account", header=columns["account"].header))
    for f in FIELDS:
        if f.required and f.key not in columns:
            problems.add(header_row, None, _t("missing_required", meaning=_t(f"meaning_{f.key}"),
                                              english=", ".join(f"'{a}'" for a in f.english[:4]),
                                              dutch=", ".join(f"'{a}'" for a in f.dutch[:4])))
    if problems.problems:
        raise OwnDataError(label, problems.problems)

    # The data rows (spreadsheet row numbers kept), without blank rows and a final total row.
    body = [(i + 1, r) for i, r in enumerate(records) if i > header_index]
    blank_count = sum(1 for _, r in body if blank(r))
    body = [(row, r) for row, r in body if not blank(r)]
    trailing_blank = 0
    for i in range(len(records) - 1, header_index, -1):
        if blank(records[i]):
            trailing_blank += 1
        else:
            break
    if blank_count - trailing_blank > 0:
        notes.append(_t("note_blank_rows", count=blank_count - trailing_blank))
    if body:
        account_index = columns["account"].index
        last_row, last = body[-1]
        label_text = last[account_index].strip() if account_index < len(last) else ""
        if _TOTAL_LABELS.match(label_text):
            body.pop()
            notes.append(_t("note_total_row", row=last_row, label=label_text))
    if not body:
        raise _fail(label, _t("header_only"), row=header_row + 1)

    width = len(header)
    for row, record in body:
        if len(record) > width and any(cell.strip() for cell in record[width:]):
            problems.add(row, None, _t("too_many_values", count=len(record), expected=width))
    rows = np.array([row for row, _ in body], dtype=np.int64)

    def raw_column(col: _Column) -> list[str]:
        return [r[col.index].strip() if col.index < len(r) else "" for _, r in body]

    # Decimal style of the whole file: evidence from every numeric column.
    cleaned: dict[str, list[_Cell]] = {}
    file_votes = {"comma": 0, "point": 0}
    for key, col in columns.items():
        if _FIELDS[key].kind == "text":
            continue
        cells = [_clean(raw) if raw else _Cell("empty", False, False, "") for raw in raw_column(col)]
        cleaned[key] = cells
        for cell in cells:
            if cell.kind in file_votes:
                file_votes[cell.kind] += 1
    if file_votes["comma"] != file_votes["point"]:
        file_decimal = "," if file_votes["comma"] > file_votes["point"] else "."
    else:
        file_decimal = "," if delimiter == ";" else "."  # Dutch/German Excel writes ; with decimal commas
    notes.insert(0, _t("note_delimiter", delimiter=_DELIMITER_NAMES[delimiter],
                       decimal="comma" if file_decimal == "," else "point"))

    out: dict[str, np.ndarray] = {}
    for key, col in columns.items():
        f = _FIELDS[key]
        if f.kind == "text":
            values = raw_column(col)
            if key == "tier":
                values = [v.upper() for v in values]
            if f.required:
                for row, value in zip(rows, values):
                    if not value:
                        problems.add(int(row), col, _t("empty_required", what=_t("what_text")))
            out[key] = np.array(values, dtype=str)
            continue
        out[key] = _numeric_column(key, col, cleaned[key], rows, file_decimal, problems, notes,
                                   guessed=file_votes["comma"] == file_votes["point"] == 0)

    scale = None
    if "satisfaction" in out:
        scale = _check_satisfaction(out["satisfaction"], columns["satisfaction"], rows, problems, notes)
    _check_values(out, columns, rows, problems)
    if problems.problems:
        raise OwnDataError(label, sorted(problems.problems, key=lambda p: (p.row or 0, p.letter or "")))

    # Notes about what is missing, so the participant knows what to add.
    for f in FIELDS:
        if not f.required and f.analysis and f.key not in out:
            notes.append(_t("note_missing_optional", meaning=_t(f"meaning_{f.key}"), analysis=_t(f.analysis),
                            english=f.english[0], dutch=f.dutch[0]))
    names = out["account"]
    unique, counts = np.unique(names, return_counts=True)
    if (counts > 1).any():
        notes.append(_t("note_duplicate_accounts", count=int((counts > 1).sum()),
                        example=str(unique[counts > 1][0])))
    return AccountList(name=label, columns=out, rows=rows,
                       headers={k: columns[k].header for k in out}, notes=tuple(notes),
                       satisfaction_scale=scale)


def _what(kind: str) -> str:
    return _t({"money": "what_money", "number": "what_number", "count": "what_count",
               "share": "what_share", "score": "what_score"}[kind])


def _numeric_column(key: str, col: _Column, cells: list[_Cell], rows: np.ndarray, file_decimal: str,
                    problems: _Collector, notes: list[str], guessed: bool = False) -> np.ndarray:
    """Numbers of one column; ``guessed``: the file gave no evidence of its decimal style."""
    f = _FIELDS[key]
    comma_rows = [int(r) for r, c in zip(rows, cells) if c.kind == "comma"]
    point_rows = [int(r) for r, c in zip(rows, cells) if c.kind == "point"]
    if comma_rows and point_rows:
        by_row = {int(r): c for r, c in zip(rows, cells)}
        problems.add(min(comma_rows + point_rows) if len(comma_rows) == len(point_rows)
                     else (point_rows if len(point_rows) < len(comma_rows) else comma_rows)[0], col,
                     _t("mixed_decimals", comma_rows=", ".join(map(str, comma_rows[:5])),
                        point_rows=", ".join(map(str, point_rows[:5])),
                        comma_example=by_row[comma_rows[0]].body, point_example=by_row[point_rows[0]].body))
        return np.full(len(cells), np.nan)
    decimal = "," if comma_rows else "." if point_rows else file_decimal
    values = np.full(len(cells), np.nan)
    ambiguous_example = None
    for i, (row, cell) in enumerate(zip(rows, cells)):
        if cell.kind == "empty":
            if f.required:
                problems.add(int(row), col, _t("empty_required", what=_what(f.kind)))
            continue
        if cell.kind == "bad":
            problems.add(int(row), col, _t("not_a_number", what=_what(f.kind), raw=_raw_of(cell)))
            continue
        if cell.percent and f.kind in ("money", "count", "number"):
            problems.add(int(row), col, _t("percent_in_money", raw=_raw_of(cell) + "%"))
            continue
        values[i] = _value(cell, decimal)
        if cell.kind == "ambiguous" and ambiguous_example is None and guessed:
            ambiguous_example = (cell.body, values[i])
    if ambiguous_example is not None:
        notes.append(_t("note_ambiguous", letter=col.letter, header=col.header, example=ambiguous_example[0],
                        value=ambiguous_example[1], decimal="comma" if decimal == "," else "point"))
    empty = int(sum(c.kind == "empty" for c in cells))
    if empty and not f.required:
        notes.append(_t("note_empty_cells", letter=col.letter, header=col.header, count=empty,
                        meaning=_t(f"meaning_{key}")))
    if f.kind == "money" and _says_thousands(col.header):
        values = values * 1000.0
        notes.append(_t("note_thousands", letter=col.letter, header=col.header))
    if f.kind == "share":
        values = _as_fraction(values, cells, col, notes)
    return values


def _raw_of(cell: _Cell) -> str:
    return ("-" if cell.negative else "") + cell.body


def _as_fraction(values: np.ndarray, cells: list[_Cell], col: _Column, notes: list[str]) -> np.ndarray:
    finite = values[np.isfinite(values)]
    if _says_percent(col.header):
        notes.append(_t("note_percent_header", letter=col.letter, header=col.header))
        return values / 100.0
    if any(c.percent for c in cells):
        notes.append(_t("note_percent_cells", letter=col.letter, header=col.header))
        return values / 100.0
    if finite.size and np.median(finite) > 1:
        notes.append(_t("note_percent_guess", letter=col.letter, header=col.header, median=float(np.median(finite))))
        return values / 100.0
    return values


def _check_satisfaction(values: np.ndarray, col: _Column, rows: np.ndarray, problems: _Collector,
                        notes: list[str]) -> tuple[float, float]:
    scale = _header_scale(col.header)
    finite = values[np.isfinite(values)]
    if scale is not None:
        notes.append(_t("note_scale_header", low=scale[0], high=scale[1]))
    elif finite.size and finite.max() > 7 and finite.max() <= 10:
        scale = (0.0, 10.0)
        notes.append(_t("note_scale_ten"))
    else:
        scale = (1.0, 7.0)
        notes.append(_t("note_scale_default"))
    low, high = scale
    for row, value in zip(rows, values):
        if np.isfinite(value) and not low <= value <= high:
            problems.add(int(row), col, _t("satisfaction_outside", value=value, low=low, high=high))
    return scale


def _check_values(out: dict[str, np.ndarray], columns: dict[str, _Column], rows: np.ndarray,
                  problems: _Collector) -> None:
    """Impossible values are reported with their row; nothing is clipped."""
    for key in ("category_spend_eur", "our_sales_eur", "hours_per_year", "internal_requests",
                "cost_to_serve_eur", "non_sales_share"):
        if key not in out:
            continue
        for i in np.flatnonzero(out[key] < 0):
            problems.add(int(rows[i]), columns[key], _t("negative", value=out[key][i], meaning=_t(f"meaning_{key}")))
    spend, sales = out["category_spend_eur"], out["our_sales_eur"]
    for i in np.flatnonzero(spend == 0):
        problems.add(int(rows[i]), columns["category_spend_eur"], _t("zero_spend"))
    for i in np.flatnonzero((sales > spend) & (spend >= 0)):
        problems.add(int(rows[i]), columns["our_sales_eur"],
                     _t("sales_above_spend", sales=sales[i], spend=spend[i],
                        spend_letter=columns["category_spend_eur"].letter))
    if "non_sales_share" in out:
        share = out["non_sales_share"]
        for i in np.flatnonzero(share > 1):
            problems.add(int(rows[i]), columns["non_sales_share"], _t("share_above_one", percent=share[i] * 100))
    if "gross_margin_eur" in out:
        margin = out["gross_margin_eur"]
        for i in np.flatnonzero(margin > sales):
            problems.add(int(rows[i]), columns["gross_margin_eur"],
                         _t("margin_above_sales", margin=margin[i], sales=sales[i],
                            sales_letter=columns["our_sales_eur"].letter))


# ---------------------------------------------------------------------------
# Packaged files
# ---------------------------------------------------------------------------


def sample_path() -> Path:
    """The packaged fictional sample list (a Dutch Excel export: semicolons, decimal commas)."""
    return Path(str(resources.files("customer_king") / "data" / SAMPLE_FILE))


def template_path() -> Path:
    """The packaged empty template with every column the kit understands."""
    return Path(str(resources.files("customer_king") / "data" / TEMPLATE_FILE))


def load_sample() -> AccountList:
    """The fictional sample list, loaded as a participant's file would be."""
    return load_accounts(sample_path())


def example_csv(n_accounts: int = 40, seed: int = 7, *, style: str = "nl") -> bytes:
    """A fictional account list as a spreadsheet would export it (bytes).

    ``style="nl"``: a Dutch Excel export (UTF-8 with BOM, semicolons, decimal
    commas, thousands dots, € signs, % signs, Windows line endings, Dutch
    headers, an extra comment column and a blank row at the end).
    ``style="en"``: plain comma-separated English with decimal points.
    Three account managers; the invented names and numbers are seeded
    illustrations (the packaged sample is ``example_csv(40, 7)``).
    """
    if style not in ("nl", "en"):
        raise ValueError(f"style must be 'nl' or 'en'; got {style!r}")
    rng = np.random.default_rng(seed)
    heads = ("Brak", "Dor", "Eld", "Hav", "Kor", "Lin", "Mer", "Nor", "Ros", "Ter", "Vel", "Wes", "Zan", "Hul")
    tails = ("veld", "dijk", "hoven", "horst", "mond", "brug", "kamp", "laar", "werf", "berg", "beek")
    kinds = ("Metaal", "Bouw", "Installatie", "Techniek", "Foods", "Kunststof", "Machinebouw", "Onderhoud")
    team = ("Lisa de W.", "Mark J.", "Yvonne B.")
    over = team[1]  # serves small accounts like big ones, chats, asks colleagues for favours
    spend = np.round(np.exp(rng.normal(11.2, 1.0, n_accounts)) / 100) * 100 + 5000
    order = np.argsort(-spend)
    tier = np.empty(n_accounts, dtype="<U1")
    tier[order] = ["A" if k < 0.12 * n_accounts else "B" if k < 0.5 * n_accounts else "C" for k in range(n_accounts)]
    who = rng.choice(team, n_accounts)
    overserver = who == over
    share = np.clip(rng.beta(2.2, 2.4, n_accounts) + 0.12 * overserver, 0.03, 0.97)
    sales = np.round(spend * share)
    hours = np.round(np.sqrt(spend) / 9 * rng.lognormal(0, 0.35, n_accounts) * np.where(overserver, 1.6, 1.0)
                     + np.where(overserver & (tier == "C"), 18, 0), 1)
    talk = np.clip(rng.normal(0.22, 0.07, n_accounts) + 0.16 * overserver, 0.02, 0.9)
    requests = rng.poisson(np.sqrt(spend) / 90 * np.where(overserver, 2.2, 1.0))
    satisfaction = np.clip(np.round(rng.normal(5.2, 0.6, n_accounts) + 0.6 * overserver, 1), 1, 7)
    margin = np.round(sales * rng.uniform(0.18, 0.30, n_accounts) * np.where(overserver, 0.88, 1.0))
    cost = np.round(hours * 120 + requests * 200 + 800)
    names = [f"{rng.choice(heads)}{rng.choice(tails)} {rng.choice(kinds)}" + (" B.V." if rng.random() < 0.7 else "")
             for _ in range(n_accounts)]
    remarks = ("", "", "", "", "bellen na de zomer", "nieuwe inkoper", "wil korting", "raamcontract tot 2026")

    def money_nl(value: float, k: int) -> str:
        text = f"{value:,.0f}".replace(",", ".")
        return f"€ {text}" if k % 3 else text

    lines = []
    if style == "nl":
        lines.append("Klant ;Accountmanager;Segment; Totale inkoop (€);Onze omzet (€);UREN;"
                     "Niet-commercieel aandeel;Interne verzoeken;Tevredenheid (1-7);Brutomarge (€);Kosten (€);Opmerking")
        for k in range(n_accounts):
            lines.append(";".join([
                names[k], who[k], tier[k], money_nl(spend[k], k), money_nl(sales[k], k + 1),
                f"{hours[k]:.1f}".replace(".", ","), f"{talk[k]:.0%}", str(requests[k]),
                f"{satisfaction[k]:.1f}".replace(".", ","), money_nl(margin[k], k), money_nl(cost[k], k + 2),
                remarks[k % len(remarks)]]))
        lines.append(";;;;;;;;;;;")
        return ("\ufeff" + "\r\n".join(lines) + "\r\n").encode("utf-8")
    lines.append("account,salesperson,tier,category_spend,our_sales,hours,non_sales_share,internal_requests,"
                 "satisfaction,gross_margin,cost_to_serve")
    for k in range(n_accounts):
        lines.append(",".join([f'"{names[k]}"', who[k], tier[k], f"{spend[k]:.0f}", f"{sales[k]:.0f}",
                               f"{hours[k]:.1f}", f"{talk[k]:.3f}", str(requests[k]), f"{satisfaction[k]:.1f}",
                               f"{margin[k]:.0f}", f"{cost[k]:.0f}"]))
    return ("\n".join(lines) + "\n").encode("utf-8")


# ---------------------------------------------------------------------------
# Analyses
# ---------------------------------------------------------------------------


class Unavailable:
    """An analysis that the columns present cannot support; says what would switch it on.

    Falsy, so ``if result:`` skips it; shows its note when displayed.
    """

    def __init__(self, what: str, why: str):
        self.what, self.why = what, why

    def __bool__(self) -> bool:
        return False

    def __str__(self) -> str:
        return _t("unavailable", what=self.what, why=self.why)

    __repr__ = __str__

    def _repr_html_(self) -> str:
        import html
        return f"<p><i>{html.escape(str(self))}</i></p>"


def _missing(acc: AccountList, keys: Sequence[str]) -> Optional[str]:
    absent = [k for k in keys if k not in acc]
    if not absent:
        return None
    return _t("why_columns", columns=" and ".join(f"'{_FIELDS[k].english[0]}' ('{_FIELDS[k].dutch[0]}')" for k in absent))


@dataclass(frozen=True)
class Table:
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
        import html
        esc = html.escape
        head = "".join(f"<th>{esc(h)}</th>" for h in self.headers)
        body = "".join("<tr>" + "".join(f"<td>{esc(c)}</td>" for c in r) + "</tr>" for r in self.cells)
        notes = "".join(f"<li>{esc(n)}</li>" for n in self.notes)
        return (f"<p><b>{esc(self.title)}</b></p><table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"
                + (f"<ul style='font-size:90%'>{notes}</ul>" if notes else ""))


def _money(value: float) -> str:
    return "-" if not np.isfinite(value) else f"{value:,.0f}"


def _pct(value: float) -> str:
    return "-" if not np.isfinite(value) else f"{value:.0%}"


def share_of_wallet(acc: AccountList) -> np.ndarray:
    """Our sales / the customer's category spend, per account (fraction 0-1)."""
    return cases.share_of_wallet(acc.columns)


def headroom(acc: AccountList, ceiling: float = SHARE_CEILING) -> np.ndarray:
    """Extra sales still winnable before the share ceiling, per account (EUR/yr, >= 0)."""
    return cases.headroom(acc.columns, ceiling)


def margin_rate(acc: AccountList) -> tuple[Optional[np.ndarray], int]:
    """Gross margin / our sales per account, and how many accounts got the median rate.

    Accounts without sales or without a margin value get the list's median
    rate.  ``(None, 0)`` without a gross-margin column.
    """
    if "gross_margin_eur" not in acc:
        return None, 0
    sales = np.asarray(acc["our_sales_eur"], float)
    margin = np.asarray(acc["gross_margin_eur"], float)
    with np.errstate(divide="ignore", invalid="ignore"):
        rate = np.where(sales > 0, margin / sales, np.nan)
    known = np.isfinite(rate)
    fill = float(np.median(rate[known])) if known.any() else 0.25
    return np.where(known, rate, fill), int((~known).sum())


def priorities(acc: AccountList, ceiling: float = SHARE_CEILING, top: int = 10) -> Table:
    """Accounts where more customer orientation can still pay, best first.

    The ranking key is **margin within reach** = headroom to the ceiling
    (EUR/yr) x the account's margin rate (gross margin / our sales): the
    extra contribution the account could still give if its share rose to
    the ceiling.  Headroom alone would favour large, thin-margin accounts;
    the margin rate turns euros of sales into euros of profit.  Accounts at
    or above the ceiling score 0: more orientation there buys satisfaction,
    not sales.  Without a margin column the key is headroom itself.
    ``values`` holds the full ranking (every account); ``cells`` the top ones.
    """
    if not 0 < ceiling <= 1:
        raise ValueError(f"ceiling is a share of wallet and must lie in (0, 1]; got {ceiling}")
    sow, room = share_of_wallet(acc), headroom(acc, ceiling)
    rate, filled = margin_rate(acc)
    key = room * rate if rate is not None else room
    order = np.argsort(-key, kind="stable")
    notes = [_t("note_priorities", ceiling=ceiling) if rate is not None else _t("note_priorities_no_margin")]
    if filled:
        notes.append(_t("note_priorities_median_rate", count=filled, rate=float(np.median(rate))))
    has_hours = "hours_per_year" in acc
    headers = [_t("col_account"), _t("col_share"), _t("col_headroom")]
    if rate is not None:
        headers += [_t("col_margin_rate"), _t("col_within_reach")]
    if has_hours:
        headers.append(_t("col_hours"))
    shown = order[:max(0, int(top))]
    cells = []
    for i in shown:
        row = [str(acc["account"][i]), _pct(sow[i]), _money(room[i])]
        if rate is not None:
            row += [_pct(rate[i]), _money(key[i])]
        if has_hours:
            h = acc["hours_per_year"][i]
            row.append("-" if not np.isfinite(h) else f"{h:,.0f}")
        cells.append(tuple(row))
    values = {"account": acc["account"][order], "share_of_wallet": sow[order], "headroom_eur": room[order],
              "within_reach_eur": key[order], "index": order}
    if rate is not None:
        values["margin_rate"] = rate[order]
    title = (_t("title_priorities", top=len(shown), n=len(acc)) if rate is not None
             else _t("title_priorities_no_margin", top=len(shown), n=len(acc)))
    return Table(title, tuple(headers), tuple(cells), values, tuple(notes), {"ceiling": ceiling})


def _tiers(acc: AccountList) -> tuple[np.ndarray, bool]:
    """Tier per account: the file's, or derived from spend rank (A 12 %, B 38 %, C 50 %)."""
    if "tier" in acc:
        return np.asarray(acc["tier"]), False
    spend = np.asarray(acc["category_spend_eur"], float)
    rank = np.empty(len(spend), int)
    rank[np.argsort(-spend, kind="stable")] = np.arange(len(spend))
    fraction = (rank + 0.5) / len(spend)
    a, b = cases.TIER_FRACTIONS["A"], cases.TIER_FRACTIONS["A"] + cases.TIER_FRACTIONS["B"]
    return np.where(fraction < a, "A", np.where(fraction < a + (b - a), "B", "C")), True


def _small_tier(tiers: np.ndarray, spend: np.ndarray) -> np.ndarray:
    """The 'small accounts': tier C when the tiers use A/B/C, else the tier with the lowest median spend."""
    labels = np.unique(tiers)
    if "C" in labels:
        return tiers == "C"
    medians = {t: np.median(spend[tiers == t]) for t in labels}
    return tiers == min(medians, key=medians.get)


def _account_indicators(acc: AccountList, tiers: np.ndarray) -> dict[str, np.ndarray]:
    out: dict[str, np.ndarray] = {}
    if "hours_per_year" in acc:
        hours = np.asarray(acc["hours_per_year"], float)
        bench = np.full(len(hours), np.nan)
        for t in np.unique(tiers):
            mine = (tiers == t) & np.isfinite(hours)
            if mine.any():
                bench[tiers == t] = np.median(hours[mine])
        with np.errstate(divide="ignore", invalid="ignore"):
            out["hours_vs_tier"] = np.where(bench > 0, hours / bench, np.nan)
    if "non_sales_share" in acc:
        out["non_sales_share"] = np.asarray(acc["non_sales_share"], float)
    if "internal_requests" in acc:
        requests = np.asarray(acc["internal_requests"], float)
        finite = requests[np.isfinite(requests)]
        typical = max(float(np.median(finite)), 1.0) if finite.size else np.nan
        out["internal_requests"] = requests / typical
    return out


def _weighted_mean(values: np.ndarray, weights: Optional[np.ndarray]) -> float:
    ok = np.isfinite(values) & (np.isfinite(weights) if weights is not None else True)
    if not np.any(ok):
        return np.nan
    if weights is None or not np.nansum(weights[ok]) > 0:
        return float(np.mean(values[ok]))
    return float(np.average(values[ok], weights=weights[ok]))


def warning_scores(acc: AccountList, by: str = "salesperson",
                   weights: Optional[Mapping[str, float]] = None) -> Union[Table, Unavailable]:
    """The over-service warning score (0-100, stylized) per salesperson or per account.

    Uses ``model.warning_score`` and ``model.sign_contributions`` on the signs
    your columns can show (definitions as in lesson 5):

    * hours vs tier: hours / the median hours of the account's tier (tiers
      derived from spend when there is no tier column);
    * time on small accounts (per salesperson): share of hours on tier-C
      accounts minus their share of category spend;
    * non-sales talk: the non-sales share (hours-weighted per salesperson);
    * internal requests: per account, requests / the list's median (at
      least 1); per salesperson, requests per account / the team median;
    * effort near the ceiling (per salesperson): share of hours on accounts
      whose share of wallet is already 75 % or more.

    Signs without data are left out and the weights renormalised (as the
    model does).  With no salesperson column the whole list is one person.
    ``values`` holds ``score``, ``band`` and each sign's points, in the
    order shown (highest score first); ``extra['indicators']`` the raw
    indicators.
    """
    if by not in ("salesperson", "account"):
        raise ValueError(f"by must be 'salesperson' or 'account'; got {by!r}")
    usable = [k for k in ("hours_per_year", "non_sales_share", "internal_requests") if k in acc]
    if not usable:
        return Unavailable(_t("what_warning"), _missing(acc, ["hours_per_year", "non_sales_share", "internal_requests"]))
    tiers, derived = _tiers(acc)
    per_account = _account_indicators(acc, tiers)
    notes: list[str] = []
    if by == "account":
        labels = np.asarray(acc["account"])
        indicators = per_account
    else:
        names = np.asarray(acc["salesperson"]) if "salesperson" in acc else np.full(len(acc), _t("whole_list"))
        _, first = np.unique(names, return_index=True)
        labels = names[np.sort(first)]
        hours = np.asarray(acc["hours_per_year"], float) if "hours_per_year" in acc else None
        spend = np.asarray(acc["category_spend_eur"], float)
        small = _small_tier(tiers, spend)
        near = share_of_wallet(acc) >= NEAR_CEILING_SHARE
        indicators = {k: [] for k in ("hours_vs_tier", "time_on_small_accounts", "non_sales_share",
                                       "internal_requests", "effort_near_ceiling")}
        requests_per_account = []
        for name in labels:
            mine = names == name
            if hours is not None:
                h = np.where(np.isfinite(hours), hours, 0.0)
                total = h[mine].sum()
                indicators["hours_vs_tier"].append(_weighted_mean(per_account["hours_vs_tier"][mine], None))
                indicators["time_on_small_accounts"].append(
                    h[mine & small].sum() / total - spend[mine & small].sum() / spend[mine].sum() if total > 0 else np.nan)
                indicators["effort_near_ceiling"].append(h[mine & near].sum() / total if total > 0 else np.nan)
            if "non_sales_share" in acc:
                indicators["non_sales_share"].append(
                    _weighted_mean(per_account["non_sales_share"][mine], hours[mine] if hours is not None else None))
            if "internal_requests" in acc:
                requests = np.asarray(acc["internal_requests"], float)[mine]
                requests_per_account.append(float(np.nanmean(requests)) if np.isfinite(requests).any() else np.nan)
        if requests_per_account:
            if len(labels) > 1:
                typical = float(np.nanmedian(requests_per_account))
                indicators["internal_requests"] = [r / typical if typical > 0 else np.nan for r in requests_per_account]
            else:
                notes.append(_t("note_single_salesperson"))
        indicators = {k: np.asarray(v, float) for k, v in indicators.items() if len(v)}
        if "salesperson" not in acc:
            notes.append(_t("note_missing_optional", meaning=_t("meaning_salesperson"),
                            analysis=_t("analysis_salesperson"), english="salesperson", dutch="accountmanager"))
    indicators = {k: v for k, v in indicators.items() if np.isfinite(v).any()}
    if not indicators:
        return Unavailable(_t("what_warning"), _t("why_no_rows", columns=", ".join(usable)))
    if derived:
        notes.append(_t("note_derived_tier"))
    contributions = model.sign_contributions(indicators, weights)
    scores = np.asarray(model.warning_score(indicators, weights), float).reshape(-1)
    bands = np.asarray(model.warning_band(scores)).reshape(-1)
    used = [k for k in contributions if k in indicators]
    off = [s.key for s in model.WARNING_SIGNS if s.key not in used]
    notes.append(_t("note_signs_used", signs=", ".join(_t(f"sign_{k}") for k in used)))
    notes.append(_t("note_signs_off", signs=", ".join(_t(f"sign_{k}") for k in off)))
    order = np.argsort(-np.where(np.isfinite(scores), scores, -1.0), kind="stable")
    points = {k: np.asarray(v, float).reshape(-1) for k, v in contributions.items() if k in used}
    cells = []
    for i in order:
        drivers = sorted(((points[k][i], k) for k in used if points[k][i] >= 0.5), reverse=True)[:2]
        driven = ", ".join(f"{_t(f'sign_{k}')} ({p:.0f})" for p, k in drivers) or _t("none")
        score = "-" if not np.isfinite(scores[i]) else f"{scores[i]:.0f}"
        cells.append((str(labels[i]), score, _t(f"band_{bands[i]}"), driven))
    values = {"label": labels[order], "score": scores[order], "band": bands[order],
              **{k: points[k][order] for k in used}}
    title = _t("title_warning", by=_t(f"by_{by}"))
    headers = (_t("col_group") if by == "salesperson" else _t("col_account"), _t("col_score"), _t("col_band"),
               _t("col_drivers"))
    return Table(title, headers, tuple(cells), values, tuple(notes),
                 {"indicators": {k: v[order] for k, v in indicators.items()}, "signs": used, "by": by})


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
        return (f"Whale curve over {len(self.accounts_share) - 1} accounts: the top 20 % earn {self.top20:.0%} "
                f"of total profit (EUR {self.total_profit:,.0f}); {self.loss_making} account(s) lose money.")

    __repr__ = __str__


def whale_curve(acc: AccountList) -> Union[WhaleCurve, Unavailable]:
    """The whale curve from gross margin minus cost to serve (needs both columns)."""
    why = _missing(acc, ["gross_margin_eur", "cost_to_serve_eur"])
    if why:
        return Unavailable(_t("what_whale"), why)
    profit = np.asarray(acc["gross_margin_eur"], float) - np.asarray(acc["cost_to_serve_eur"], float)
    ok = np.isfinite(profit)
    if not ok.any():
        return Unavailable(_t("what_whale"), _t("why_no_rows", columns="gross margin, cost to serve"))
    values = np.sort(profit[ok])[::-1]
    total = float(values.sum())
    if not total > 0:
        return Unavailable(_t("what_whale"), _t("why_no_profit"))
    n = len(values)
    cumulative = np.concatenate(([0.0], np.cumsum(values) / total))
    k = max(1, int(round(0.2 * n)))
    return WhaleCurve(np.arange(n + 1) / n, cumulative, float(cumulative[k]), int((values < 0).sum()), total,
                      int((~ok).sum()))


def suggested_hours(acc: AccountList, ceiling: float = SHARE_CEILING,
                    saturation_hours: Optional[float] = None, top: int = 10) -> Union[Table, Unavailable]:
    """Re-split the same total hours by the equal-marginal-return rule (stylized).

    Uses ``model.allocate_hours``: each account's margin is assumed to rise
    with hours as margin rate x ceiling x category spend x (1 - e^(-h/s)),
    with s = ``saturation_hours`` (default: the median hours per account in
    your list, so the curve is scaled to your own way of working).  The
    total stays what you spend now.  Accounts without hours are left out.
    ``values`` holds every account (biggest moves first); ``cells`` the top ones.
    """
    why = _missing(acc, ["hours_per_year"])
    if why:
        return Unavailable(_t("what_hours"), why)
    hours = np.asarray(acc["hours_per_year"], float)
    ok = np.isfinite(hours)
    budget = float(hours[ok].sum())
    if not budget > 0:
        return Unavailable(_t("what_hours"), _t("why_no_hours"))
    rate, _ = margin_rate(acc)
    rate = np.ones(len(acc)) if rate is None else np.maximum(rate, 0.0)
    wallets = np.asarray(acc["category_spend_eur"], float) * rate
    if saturation_hours is None:
        positive = hours[ok & (hours > 0)]
        saturation_hours = max(float(np.median(positive)), 1.0)
    suggested = np.full(len(acc), np.nan)
    suggested[ok] = model.allocate_hours(wallets[ok], budget, ceiling=ceiling, saturation_hours=saturation_hours)
    now_value = np.full(len(acc), np.nan)
    now_value[ok] = model.marginal_value_per_hour(wallets[ok], hours[ok], ceiling=ceiling,
                                                  saturation_hours=saturation_hours)
    funded = ok & (suggested > 0)
    lam = float(np.median(model.marginal_value_per_hour(wallets[funded], suggested[funded], ceiling=ceiling,
                                                        saturation_hours=saturation_hours)))
    change = suggested - hours
    order = np.argsort(-np.where(ok, np.abs(change), -1.0), kind="stable")
    shown = [i for i in order[:max(0, int(top))] if ok[i]]
    cells = tuple((str(acc["account"][i]), f"{hours[i]:,.0f}", f"{suggested[i]:,.0f}", f"{change[i]:+,.0f}")
                  for i in shown)
    notes = [_t("note_hours", budget=budget, lam=lam, sat=saturation_hours)]
    if (~ok).any():
        notes.append(_t("note_hours_left_out", count=int((~ok).sum())))
    values = {"account": acc["account"][order], "hours": hours[order], "suggested": suggested[order],
              "change": change[order], "value_of_next_hour_now": now_value[order], "index": order}
    return Table(_t("title_hours", top=len(shown)),
                 (_t("col_account"), _t("col_hours"), _t("col_suggested"), _t("col_change")),
                 cells, values, tuple(notes),
                 {"budget": budget, "value_of_next_hour": lam, "saturation_hours": saturation_hours,
                  "shown": np.asarray(shown, int)})


# ---------------------------------------------------------------------------
# Pictures (each draws on a given Axes and returns what it drew)
# ---------------------------------------------------------------------------


def _say_unavailable(ax, result: Unavailable):
    ax.set_axis_off()
    import textwrap
    return ax.text(0.0, 0.5, textwrap.fill(str(result), 50), transform=ax.transAxes, va="center")


def plot_share_of_wallet(ax, acc: AccountList, ceiling: float = SHARE_CEILING, label_top: int = 3):
    """Share of wallet against category spend, the ceiling, the top headroom accounts named."""
    from . import plots
    spend = np.asarray(acc["category_spend_eur"], float) / 1000.0
    sow = share_of_wallet(acc)
    at_ceiling = sow >= ceiling
    dots = ax.scatter(spend[~at_ceiling], sow[~at_ceiling], color=plots.PALETTE["blue"], s=45, zorder=3)
    full = ax.scatter(spend[at_ceiling], sow[at_ceiling], color=plots.PALETTE["vermillion"], s=45, zorder=3)
    line = ax.axhline(ceiling, color=plots.PALETTE["grey"], linestyle="--", linewidth=2)
    ax.set_xscale("log")
    ax.set_ylim(0, 1.05)
    ax.yaxis.set_major_formatter(__import__("matplotlib").ticker.PercentFormatter(1.0))
    ax.text(spend.min(), ceiling + 0.02, _t("label_ceiling", ceiling=ceiling), color=plots.PALETTE["grey"])
    for i in priorities(acc, ceiling, top=label_top).values["index"][:label_top]:
        ax.annotate(str(acc["account"][i]), (spend[i], sow[i]), xytext=(6, -14), textcoords="offset points",
                    fontsize="small")
    ax.set_xlabel(_t("axis_spend"))
    ax.set_ylabel(_t("axis_share"))
    ax.set_title(_t("title_sow"), loc="left")
    return dots, full, line


def plot_priorities(ax, table: Table):
    """Horizontal bars of the top of :func:`priorities` (margin within reach, or headroom)."""
    from . import plots
    n = len(table)
    values = table.values["within_reach_eur"][:n] / 1000.0
    names = [str(a) for a in table.values["account"][:n]]
    bars = ax.barh(range(n)[::-1], values, color=plots.PALETTE["green"])
    ax.set_yticks(range(n)[::-1], names)
    ax.set_xlabel(_t("axis_within_reach") if "margin_rate" in table.values else _t("axis_headroom"))
    ax.grid(axis="y", visible=False)
    return bars


def plot_warning_scores(ax, scores: Union[Table, Unavailable], top: int = 12):
    """Stacked bars: the points each sign adds to the score, highest score on top."""
    if not scores:
        return _say_unavailable(ax, scores)
    from . import plots
    colours = [plots.PALETTE[c] for c in ("blue", "orange", "sky", "purple", "green", "vermillion", "grey")]
    n = min(top, len(scores))
    y = np.arange(n)[::-1]
    left = np.zeros(n)
    bars = []
    for colour, sign in zip(colours, [s.key for s in model.WARNING_SIGNS]):
        if sign not in scores.values:
            continue
        width = np.nan_to_num(scores.values[sign][:n])
        bars.append(ax.barh(y, width, left=left, color=colour, label=_t(f"sign_{sign}")))
        left += width
    ax.axvline(30, color=plots.PALETTE["orange"], linestyle=":", linewidth=2)
    ax.axvline(60, color=plots.PALETTE["vermillion"], linestyle=":", linewidth=2)
    ax.set_yticks(y, [str(v) for v in scores.values["label"][:n]])
    ax.set_xlim(0, 100)
    ax.set_xlabel(_t("axis_score"))
    ax.grid(axis="y", visible=False)
    ax.legend(loc="lower right", fontsize="small")
    return bars


def plot_whale_curve(ax, curve: Union[WhaleCurve, Unavailable]):
    """The whale curve in percent, with the 100 % line."""
    if not curve:
        return _say_unavailable(ax, curve)
    from . import plots
    (line,) = ax.plot(curve.accounts_share * 100, curve.profit_share * 100, color=plots.PALETTE["vermillion"])
    ax.axhline(100, color=plots.PALETTE["grey"], linestyle="--", linewidth=2)
    ax.axvline(20, color=plots.PALETTE["grey"], linestyle=":", linewidth=2)
    ax.set_xlim(0, 100)
    ax.set_ylim(min(0.0, curve.profit_share.min() * 100), curve.profit_share.max() * 110)
    ax.set_xlabel(_t("axis_accounts_pct"))
    ax.set_ylabel(_t("axis_profit_pct"))
    ax.set_title(_t("title_whale", top=curve.top20), loc="left")
    return line


def plot_hours_shift(ax, shift: Union[Table, Unavailable]):
    """Hours now and the model's suggestion for the accounts that move most."""
    if not shift:
        return _say_unavailable(ax, shift)
    from . import plots
    n = len(shift)
    y = np.arange(n)[::-1]
    now = shift.values["hours"][:n]
    new = shift.values["suggested"][:n]
    ax.hlines(y, np.minimum(now, new), np.maximum(now, new), color=plots.PALETTE["grey"], linewidth=2)
    a = ax.scatter(now, y, color=plots.PALETTE["blue"], s=60, zorder=3, label=_t("label_now"))
    b = ax.scatter(new, y, color=plots.PALETTE["orange"], s=60, zorder=3, marker="D", label=_t("label_suggested"))
    ax.set_yticks(y, [str(v) for v in shift.values["account"][:n]])
    ax.set_xlabel(_t("axis_hours"))
    ax.grid(axis="y", visible=False)
    ax.legend(loc="lower left", bbox_to_anchor=(0.0, 1.0), ncol=2, frameon=False, fontsize="small")
    return a, b


def report_figure(acc: AccountList, ceiling: float = SHARE_CEILING):
    """One figure with the four pictures of lesson 6 (not tied to pyplot)."""
    from . import plots
    with plots.kit_style():
        fig, axes = plots.new_figure(2, width=13.0, height=5.0)
        plot_share_of_wallet(axes[0], acc, ceiling)
        plot_priorities(axes[1], priorities(acc, ceiling, top=8))
        fig.tight_layout()
    return fig


# ---------------------------------------------------------------------------
# Upload and forget (notebook helpers)
# ---------------------------------------------------------------------------

_LIVE_UPLOADERS: list["Uploader"] = []


def _uploaded_files(value: Any) -> list[tuple[str, bytes]]:
    """(name, bytes) of the files in a FileUpload value (ipywidgets 8 tuple or 7 dict)."""
    files = []
    if isinstance(value, dict):  # ipywidgets 7: {name: {"content": bytes, ...}}
        for name, item in value.items():
            files.append((str(name), bytes(item["content"])))
    else:
        for item in value or ():
            files.append((str(item["name"]), bytes(item["content"])))
    return files


class Uploader:
    """A file picker that loads a CSV with :func:`load_accounts` and shows the same analysis.

    After a successful upload ``uploader.accounts`` holds the
    :class:`AccountList`; the notebook's later cells use it exactly as they
    use the sample.  The file goes from the browser to this kernel only.
    """

    def __init__(self, ceiling: float = SHARE_CEILING):
        import ipywidgets as w
        self.ceiling = ceiling
        self.accounts: Optional[AccountList] = None
        self.error: Optional[OwnDataError] = None
        self.upload = w.FileUpload(accept=".csv,.txt,.tsv", multiple=False, description=_t("upload_description"),
                                   layout=w.Layout(width="auto"))
        self.status = w.HTML(_t("upload_hint"))
        self.output = w.Output()
        self.upload.observe(self._on_upload, names="value")
        self.widget = w.VBox([self.upload, self.status, self.output])
        _LIVE_UPLOADERS.append(self)

    def load(self, name: str, content: bytes) -> Optional[AccountList]:
        """Load one file's bytes (what an upload does; handy for tests)."""
        import html
        self.output.outputs = ()  # not clear_output(): that needs a live front end
        try:
            self.accounts, self.error = load_accounts(content, name=name), None
        except OwnDataError as err:
            self.accounts, self.error = None, err
            self.status.value = f"<pre style='white-space:pre-wrap'>{html.escape(str(err))}</pre>"
            return None
        self.status.value = _t("upload_loaded", name=html.escape(name), n=len(self.accounts))
        with self.output:
            from IPython.display import display
            display(show(self.accounts, self.ceiling))
        return self.accounts

    def _on_upload(self, change: dict) -> None:
        files = _uploaded_files(change["new"])
        if files:
            self.load(*files[0])

    def clear(self) -> None:
        """Drop the uploaded file from memory and the widget."""
        self.accounts, self.error = None, None
        self.output.outputs = ()
        self.status.value = _t("upload_hint")
        try:
            self.upload.value = ()
        except Exception:  # pragma: no cover - older ipywidgets
            pass

    def _repr_mimebundle_(self, **kwargs: Any) -> dict:
        return self.widget._repr_mimebundle_(**kwargs)


def upload_widget(ceiling: float = SHARE_CEILING) -> Uploader:
    """The file picker of lesson 6 (see :class:`Uploader`)."""
    return Uploader(ceiling)


class _Report:
    """Summary, tables and the overview figure of one list, for display."""

    def __init__(self, acc: AccountList, ceiling: float):
        self.acc, self.ceiling = acc, ceiling

    def _parts(self) -> list[Any]:
        acc = self.acc
        return [acc.summary(), priorities(acc, self.ceiling), warning_scores(acc, "salesperson"),
                whale_curve(acc), suggested_hours(acc, self.ceiling)]

    def __str__(self) -> str:
        return "\n\n".join(str(p) for p in self._parts())

    __repr__ = __str__

    def _repr_html_(self) -> str:
        import base64
        import html
        from . import plots
        parts = self._parts()
        out = [f"<pre style='white-space:pre-wrap'>{html.escape(parts[0])}</pre>"]
        for part in parts[1:]:
            out.append(part._repr_html_() if hasattr(part, "_repr_html_") else f"<p>{html.escape(str(part))}</p>")
        png = base64.b64encode(plots.png_bytes(report_figure(self.acc, self.ceiling))).decode()
        out.append(f"<img src='data:image/png;base64,{png}' style='max-width:100%'/>")
        return "\n".join(out)


def show(acc: AccountList, ceiling: float = SHARE_CEILING) -> _Report:
    """Everything lesson 6 computes for a list, in one displayable object."""
    return _Report(acc, ceiling)


_FORGETTABLE = (AccountList, Table, Unavailable, WhaleCurve, Uploader, _Report)


def forget(namespace: Optional[dict] = None, *, clear: bool = True) -> None:
    """Remove every loaded account list and result from the notebook's memory.

    Deletes the variables that hold this module's objects (account lists,
    tables, the uploader) from ``namespace`` (default: the notebook's),
    empties IPython's output history (``Out``, ``_``), empties every upload
    widget, closes matplotlib figures and, with ``clear``, clears this cell's
    output.  Variables you derived yourself (plain numbers, arrays) cannot be
    recognised: restart the kernel to be sure.  Returns (and prints) what it
    did and how to clear the other cells' outputs before sharing.
    """
    shell = None
    try:
        from IPython import get_ipython
        shell = get_ipython()
    except ImportError:  # pragma: no cover
        pass
    if namespace is None:
        namespace = shell.user_ns if shell is not None else {}
    removed = sorted(name for name, value in list(namespace.items())
                     if not name.startswith("_") and isinstance(value, _FORGETTABLE))
    for name in removed:
        del namespace[name]
    for uploader in _LIVE_UPLOADERS:
        uploader.clear()
    _LIVE_UPLOADERS.clear()
    if shell is not None and namespace is shell.user_ns:
        try:
            import contextlib
            with contextlib.redirect_stdout(io.StringIO()):  # it prints "Flushing output cache"
                shell.run_line_magic("reset", "-f out")
        except Exception:  # pragma: no cover - not in a notebook
            pass
    try:
        import matplotlib.pyplot as plt
        plt.close("all")
    except Exception:  # pragma: no cover
        pass
    if clear and shell is not None:
        from IPython.display import clear_output
        clear_output()
    print(_t("forget_done", names=", ".join(removed) if removed else _t("forget_nothing")))
