"""The case company's fixed numbers, its two tables' columns and the object that holds them.

Everything here is a definition: the generator (``generator.py``) fills these
columns, the CSV files (``csv_files.py``) store them, the data dictionary
(``dictionary.py``) documents them.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Mapping, NamedTuple, Optional, Union

import numpy as np


DEFAULT_SEED = 2018  # the year of the blog post the kit discusses
ACCOUNTS_FILE = "case_accounts.csv"
SALESPEOPLE_FILE = "case_salespeople.csv"
DICTIONARY_FILE = "DATA_DICTIONARY.md"

COMPANY_NAME = "Koningsvast Technische Groothandel B.V."
COMPANY_STORY = (
    "Koningsvast Technische Groothandel B.V. is a fictional industrial-supplies "
    "wholesaler near Tilburg, whose twelve account managers sell fasteners, "
    "tools, safety gear and maintenance supplies to about 300 Brabant "
    "businesses that each also buy from one or two other suppliers. "
    "The team is proud of its customer-first attitude and its satisfaction "
    "scores are excellent, but the sales director suspects that some accounts "
    "swallow hours, chats and special deliveries without buying any more: is "
    "the customer king here, and should it be?"
)

SHARE_CEILING = 0.80
"""Stylized preferred-supplier ceiling on share of wallet (domain brief §2):
buyers dual-source, so a supplier rarely gets more than ~80 % of a category."""

HOURLY_COST_EUR = 120.0
"""Fully loaded cost of one account-manager hour with a customer, including
travel, car and sales support (EUR/h; illustrative)."""

REQUEST_COST_EUR = 200.0
"""Internal cost of one special request: a rush or special delivery, a
customization, an expedited order (EUR/request; illustrative)."""

BASE_COST_EUR = 800.0
"""Yearly cost of simply having an account: order handling, invoicing, credit
control, standard logistics (EUR/account/yr; illustrative)."""

TIER_FRACTIONS = {"A": 0.12, "B": 0.38, "C": 0.50}
"""Tiers by category-spend rank: the top 12 % of accounts are A, the next
38 % B and the bottom half C."""


class Column(NamedTuple):
    """One column of a case table.

    ``kind`` is ``"str"``, ``"int"`` or ``"float"``; ``decimals`` is the
    number of decimals written to the CSV (floats only; ``None`` otherwise).
    """

    name: str
    kind: str
    unit: str
    decimals: Optional[int]
    description: str


COLUMNS: tuple[Column, ...] = (
    Column("account_id", "str", "", None,
           "Account number, A001, A002, ...; one row per customer account."),
    Column("account_name", "str", "", None,
           "Customer name (invented from syllables and a sector word)."),
    Column("sector", "str", "", None,
           "The customer's industry."),
    Column("salesperson", "str", "", None,
           "Account manager responsible for the account (see case_salespeople.csv)."),
    Column("tier", "str", "", None,
           "A = top 12 % of accounts by category spend, B = next 38 %, C = bottom 50 %."),
    Column("category_spend_eur", "float", "EUR/yr", 0,
           "The customer's total yearly purchases in our product category from all "
           "suppliers together: its wallet (an estimate, rounded to EUR 100)."),
    Column("our_sales_eur", "float", "EUR/yr", 0,
           "What the customer bought from us this year; never more than category_spend_eur."),
    Column("hours_per_year", "float", "h/yr", 1,
           "Account-manager hours spent on the account: visits, calls, travel, follow-up."),
    Column("non_sales_share", "float", "fraction 0-1", 3,
           "Share of customer contact time spent on non-sales talk and problem-solving."),
    Column("internal_requests", "int", "count/yr", None,
           "Requests the account manager put to colleagues for this account: special "
           "or rush deliveries, customization, expediting."),
    Column("satisfaction", "float", "score 1-7", 1,
           "Customer satisfaction from the yearly survey, averaged over the account's "
           "respondents (1 = very dissatisfied, 7 = very satisfied)."),
    Column("gross_margin_eur", "float", "EUR/yr", 0,
           "Contribution on our sales before the cost to serve (sales minus cost of goods)."),
    Column("cost_to_serve_eur", "float", "EUR/yr", 0,
           f"hours_per_year x EUR {HOURLY_COST_EUR:.0f} + internal_requests x "
           f"EUR {REQUEST_COST_EUR:.0f} + EUR {BASE_COST_EUR:,.0f} per account."),
)
"""The accounts table, in CSV column order."""

SALESPEOPLE_COLUMNS: tuple[Column, ...] = (
    Column("salesperson", "str", "", None, "Account manager (fictional first name and initial)."),
    Column("orientation_1to7", "float", "score 1-7", 1,
           "Customer orientation of the account manager (1 = purely transactional, "
           "7 = the customer is king). Drives the behaviour in the accounts table."),
    Column("region", "str", "", None, "Sales region (named after its main town)."),
    Column("annual_hours_budget", "int", "h/yr", None,
           "Hours per year available for customer work (1,150 h full time; 920 h "
           "for four days a week)."),
)
"""The salespeople table, in CSV column order."""


ColumnArrays = Mapping[str, np.ndarray]
"""A table as the kit passes it around: column name -> one numpy array per column."""


@dataclass(frozen=True, eq=False)
class CaseCompany:
    """The case data: two tables, each a dict of column name -> numpy array.

    ``accounts`` has one entry per column of :data:`COLUMNS` (all arrays the
    same length, one element per account, sorted by ``account_id``);
    ``salespeople`` follows :data:`SALESPEOPLE_COLUMNS`.  The arrays are
    read-only so that one lesson cannot silently change the data for the
    next; take ``.copy()`` to experiment.  ``seed`` is the generator seed,
    or ``None`` when the data were loaded from CSV files.
    """

    accounts: dict[str, np.ndarray]
    salespeople: dict[str, np.ndarray]
    seed: Optional[int] = None
    name: str = COMPANY_NAME

    def __post_init__(self) -> None:
        for table in (self.accounts, self.salespeople):
            for values in table.values():
                values.flags.writeable = False

    @property
    def n_accounts(self) -> int:
        return len(self.accounts["account_id"])

    @property
    def team(self) -> list[str]:
        """Salespeople's names in the order of the salespeople table."""
        return [str(n) for n in self.salespeople["salesperson"]]

    def accounts_of(self, salesperson: str) -> dict[str, np.ndarray]:
        """The accounts table restricted to one salesperson's accounts."""
        if salesperson not in self.team:
            raise KeyError(f"no salesperson {salesperson!r}; the team is {', '.join(self.team)}")
        return subset(self.accounts, self.accounts["salesperson"] == salesperson)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, CaseCompany):
            return NotImplemented
        return _tables_equal(self.accounts, other.accounts) and _tables_equal(
            self.salespeople, other.salespeople
        )

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        seed = "" if self.seed is None else f", seed={self.seed}"
        return (f"CaseCompany({self.name!r}: {self.n_accounts} accounts, "
                f"{len(self.team)} salespeople{seed})")


def _tables_equal(a: ColumnArrays, b: ColumnArrays) -> bool:
    if list(a) != list(b):
        return False
    return all(np.array_equal(a[key], b[key]) for key in a)


def accounts_table(data: Union[CaseCompany, ColumnArrays]) -> ColumnArrays:
    """The accounts table of a case, or the table itself when given one."""
    return data.accounts if isinstance(data, CaseCompany) else data


def subset(table: Union[CaseCompany, ColumnArrays], mask) -> dict[str, np.ndarray]:
    """The rows of a table where ``mask`` is True (or at the given indices)."""
    tab = accounts_table(table)
    return {key: np.asarray(values)[mask] for key, values in tab.items()}
