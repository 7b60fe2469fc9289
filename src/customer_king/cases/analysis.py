"""Quantities derived from the case tables: functions, not stored columns.

They work on a :class:`~customer_king.cases.CaseCompany` or on any accounts
table with the case's column names (``ColumnArrays``), such as one
salesperson's ``subset``.
"""
from __future__ import annotations

from typing import Callable, Union

import numpy as np

from ..tiers import tier_index_by_spend
from .schema import SHARE_CEILING, TIER_FRACTIONS, CaseCompany, ColumnArrays, accounts_table

Data = Union[CaseCompany, ColumnArrays]
TIERS = ("A", "B", "C")
"""Tier letters, biggest accounts first (see :data:`TIER_FRACTIONS`)."""


def share_of_wallet(accounts: Data) -> np.ndarray:
    """Our share of each customer's category spend: our sales / category spend (0-1)."""
    acc = accounts_table(accounts)
    return np.asarray(acc["our_sales_eur"], float) / np.asarray(acc["category_spend_eur"], float)


def headroom(accounts: Data, ceiling: float = SHARE_CEILING) -> np.ndarray:
    """Extra sales still winnable per account before the share ceiling (EUR/yr).

    ceiling x category spend - our sales, and 0 where we are already at or
    above the ceiling.  For headroom in share points use
    ``ceiling - share_of_wallet(accounts)``.
    """
    if not 0 < ceiling <= 1:
        raise ValueError(f"ceiling is a share of wallet and must lie in (0, 1]; got {ceiling}")
    acc = accounts_table(accounts)
    room = ceiling * np.asarray(acc["category_spend_eur"], float) - np.asarray(acc["our_sales_eur"], float)
    return np.maximum(room, 0.0)


def headroom_by_tier(accounts: Data, ceiling: float = SHARE_CEILING) -> dict[str, float]:
    """:func:`headroom` summed per tier (EUR/yr), tiers in alphabetical order (A first)."""
    by_tier = group_by(accounts, "tier", headroom(accounts, ceiling))
    return {tier: by_tier[tier] for tier in sorted(by_tier)}


def account_profit(accounts: Data) -> np.ndarray:
    """Profit per account after cost to serve: gross margin - cost to serve (EUR/yr).

    Sorting it from high to low and accumulating gives the whale curve.
    """
    acc = accounts_table(accounts)
    return np.asarray(acc["gross_margin_eur"], float) - np.asarray(acc["cost_to_serve_eur"], float)


def group_by(
    table: Data,
    key: str,
    values,
    statistic: Callable[[np.ndarray], float] = np.sum,
) -> dict[str, float]:
    """Apply ``statistic`` to ``values`` per value of column ``key``.

    ``values`` is a column name or an array with one value per row, e.g.
    ``group_by(acc, "salesperson", "hours_per_year", np.median)``.  Groups
    come in order of first appearance.
    """
    tab = accounts_table(table)
    labels = np.asarray(tab[key])
    vals = np.asarray(tab[values]) if isinstance(values, str) else np.asarray(values)
    if vals.shape != labels.shape:
        raise ValueError(f"values must have one entry per row ({labels.shape[0]}); got shape {vals.shape}")
    _, first = np.unique(labels, return_index=True)
    order = labels[np.sort(first)]
    return {str(g): float(statistic(vals[labels == g])) for g in order}


def tier_of(spend: np.ndarray) -> np.ndarray:
    """Tier letter per account from its category spend (EUR/yr): A for the top
    12 % by spend rank, B for the next 38 %, C for the rest (:data:`TIER_FRACTIONS`).

    Ties keep their order in ``spend``.  The counts are rounded with Python's
    ``round``: A gets round(12 % of N) accounts, A and B together round(50 % of N).
    """
    return np.array(TIERS)[tier_index_by_spend(spend, TIER_FRACTIONS)]


def top_share_of_profit(accounts: Data, top: float = 0.20) -> float:
    """Profit of the most profitable ``top`` fraction of accounts / total profit.

    The whale-curve figure: above 1 (100 %) when the other accounts lose
    money on balance.
    """
    profit = np.sort(account_profit(accounts))[::-1]
    k = max(1, int(round(top * len(profit))))
    return float(profit[:k].sum() / profit.sum())


def key_figures(case: CaseCompany) -> dict[str, float]:
    """Headline numbers of a case (used by the data dictionary)."""
    acc = case.accounts
    spend = acc["category_spend_eur"]
    k = int(round(0.2 * len(spend)))
    profit = account_profit(acc)
    return {
        "accounts": float(case.n_accounts),
        "salespeople": float(len(case.team)),
        "total_category_spend_eur": float(spend.sum()),
        "total_our_sales_eur": float(acc["our_sales_eur"].sum()),
        "mean_share_of_wallet": float(share_of_wallet(acc).mean()),
        "overall_share_of_wallet": float(acc["our_sales_eur"].sum() / spend.sum()),
        "accounts_above_ceiling": float((share_of_wallet(acc) > SHARE_CEILING).sum()),
        "top20_share_of_spend": float(np.sort(spend)[::-1][:k].sum() / spend.sum()),
        "total_profit_eur": float(profit.sum()),
        "top20_share_of_profit": top_share_of_profit(acc, 0.20),
        "middle60_share_of_profit": top_share_of_profit(acc, 0.80) - top_share_of_profit(acc, 0.20),
        "bottom20_share_of_profit": 1.0 - top_share_of_profit(acc, 0.80),
        "loss_making_accounts": float((profit < 0).sum()),
        "mean_non_sales_share": float(acc["non_sales_share"].mean()),
        "mean_satisfaction": float(acc["satisfaction"].mean()),
    }


