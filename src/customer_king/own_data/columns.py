"""The columns lesson 6 understands, and how a header is recognised as one of them.

A participant's export names its columns in English or Dutch, with odd spacing,
capitals, accents and units (``Onze omzet (€)``, ``UREN``, ``our_sales``).  Each
header is reduced to its letters and digits without units and looked up among the
accepted names of :data:`FIELDS`; the header also says whether amounts are in
thousands, shares in percent, or satisfaction on another scale.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Optional, Sequence

__all__ = ["FIELDS", "FIELDS_BY_KEY", "Column", "Field", "column_letter", "header_scale", "match",
           "recognised", "says_percent", "says_thousands"]


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

    def name(self, language: str) -> str:
        """The column's usual header in ``language``: 'hours' (en), 'uren' (nl)."""
        return (self.dutch if language == "nl" else self.english)[0]


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
FIELDS_BY_KEY = {f.key: f for f in FIELDS}

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


def match(header: str) -> Optional[str]:
    """The key of the column ``header`` names (see :data:`FIELDS`), or None."""
    return _ALIASES.get(_header_key(header))


def recognised(row: Sequence[str]) -> int:
    """How many different known columns the cells of ``row`` name (to find the header)."""
    return len({match(cell) for cell in row if cell.strip() and match(cell)})


def says_percent(header: str) -> bool:
    return "%" in header or bool({"pct", "percent", "procent", "percentage"} & set(_tokens(header)))


def says_thousands(header: str) -> bool:
    lowered = header.lower().replace(" ", "")
    return bool(re.search(r"k€|€k|keur|\(k\)|x1[.,]?000|×1[.,]?000|duizenden|thousands|\bk\b", lowered))


def header_scale(header: str) -> Optional[tuple[float, float]]:
    """The scale a header states, e.g. 'satisfaction (1-5)' -> (1.0, 5.0); None if it states none."""
    found = re.search(r"(\d+(?:[.,]\d+)?)\s*[-–—/]\s*(\d+(?:[.,]\d+)?)", header)
    if not found:
        return None
    low, high = (float(x.replace(",", ".")) for x in found.groups())
    return (low, high) if high > low else None


def column_letter(index: int) -> str:
    """0 -> 'A', 25 -> 'Z', 26 -> 'AA' (spreadsheet column letters)."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


@dataclass(frozen=True)
class Column:
    """Where the file holds one of the kit's columns: position and header as written."""

    key: str
    index: int
    header: str

    @property
    def letter(self) -> str:
        return column_letter(self.index)
