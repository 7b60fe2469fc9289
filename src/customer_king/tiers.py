"""Account tiers by size: the split the case company and lesson 6 both use.

A leaf module (numpy only) so that ``cases`` (which generates the case company)
and ``own_data`` (which derives tiers for a participant's list without a tier
column) share one rule without importing each other.
"""
from __future__ import annotations

from typing import Mapping

import numpy as np

__all__ = ["tier_index_by_spend"]


def tier_index_by_spend(spend: np.ndarray, fractions: Mapping[str, float]) -> np.ndarray:
    """Each account's tier as an index into ``fractions`` (0 = the biggest accounts).

    Accounts are ranked by spend, biggest first (ties keep their order); the first
    ``round(f0 * n)`` get tier 0, up to ``round((f0 + f1) * n)`` tier 1, and so on;
    the last tier takes the rest.  With ``cases.TIER_FRACTIONS`` (A 12 %, B 38 %,
    C 50 %): ``np.array(list(fractions))[index]`` gives the labels.
    """
    spend = np.asarray(spend, float)
    n = len(spend)
    rank = np.empty(n, int)
    rank[np.argsort(-spend, kind="stable")] = np.arange(n)  # 0 = biggest
    bounds, cumulative = [], 0.0
    for share in list(fractions.values())[:-1]:
        cumulative += share
        bounds.append(round(cumulative * n))
    return np.searchsorted(np.asarray(bounds, int), rank, side="right")
