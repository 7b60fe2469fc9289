"""The Wallet Allocation Rule (Keiningham, Aksoy, Buoye & Cooil 2011): share of wallet from a supplier's rank."""
from __future__ import annotations

import numpy as np

from .scale import ArrayLike, _as_result


def _whole_numbers(name: str, values: ArrayLike) -> np.ndarray:
    array = np.asarray(values)
    if array.dtype == bool:
        raise ValueError(f"{name} must be whole numbers, not True/False")
    array = array.astype(float)
    if not np.all(np.isfinite(array)) or np.any(array != np.round(array)):
        raise ValueError(f"{name} must be whole numbers; got {values!r}")
    return array


def wallet_allocation_share(rank: ArrayLike, n_suppliers: ArrayLike) -> ArrayLike:
    """Share of wallet a supplier gets from its rank (fraction of wallet).

    Wallet Allocation Rule: (1 - rank / (n + 1)) x 2 / n, where rank 1 is the
    customer's favourite of the n suppliers they use.  The shares of ranks
    1..n add up to 1; for n = 4 they are 40 / 30 / 20 / 10 %.
    """
    ranks = _whole_numbers("rank", rank)
    n = _whole_numbers("n_suppliers", n_suppliers)
    if np.any(n < 1):
        raise ValueError("n_suppliers must be at least 1")
    if np.any(ranks < 1):
        raise ValueError("rank must be at least 1 (1 = the customer's favourite)")
    if np.any(ranks > n):
        raise ValueError("rank cannot exceed n_suppliers")
    share = (1.0 - ranks / (n + 1.0)) * 2.0 / n
    return _as_result(share, share.ndim == 0)
