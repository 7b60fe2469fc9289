"""The numbers of the stylized model (:class:`ModelParams`) and their defaults (:data:`DEFAULT`)."""
from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np


@dataclass(frozen=True)
class ModelParams:
    """All the numbers of the stylized model, with illustrative defaults.

    Attributes
    ----------
    n_accounts : int
        Accounts in the salesperson's territory (count).
    time_budget : float
        Account-hours per year one salesperson can spend with customers (h/yr).
    base_hours : float
        t0: hours per account per year at orientation 0 (h/account/yr).
    hours_growth : float
        k: extra time for orientation, t(c) = t0 (1 + k c^2) (dimensionless).
    wallet_exponent : float
        gamma: Zipf-like wallets, W_j proportional to j^-gamma for rank j
        (dimensionless; 0 = all accounts equal, larger = more concentrated).
    total_wallet : float
        Category spend of all accounts together (euros/yr).
    share_ceiling : float
        Highest share of wallet one supplier gets; the 80 % preferred-supplier
        rule of thumb (fraction, 0-1].
    share_floor : float
        s0: share of wallet won by purely transactional selling (fraction).
    share_rate : float
        b: how fast share of wallet rises towards the ceiling with c (1/unit c).
    satisfaction_curvature : float
        a: how quickly satisfaction flattens out at high c (1/unit c).
    margin : float
        Contribution margin on sales (fraction of sales, 0-1].
    base_cost_to_serve : float
        cs0: cost of serving one covered account at c = 0 (euros/account/yr).
    customization_cost : float
        cs1: extra cost of a covered account at c = 1; it grows with c^2
        (euros/account/yr).
    fixed_cost : float
        F: fixed cost of the salesperson/territory (euros/yr).
    """

    n_accounts: int = 400
    time_budget: float = 1200.0
    base_hours: float = 4.0
    hours_growth: float = 4.0
    wallet_exponent: float = 0.6
    total_wallet: float = 40e6
    share_ceiling: float = 0.80
    share_floor: float = 0.20
    share_rate: float = 2.5
    satisfaction_curvature: float = 2.5
    margin: float = 0.25
    base_cost_to_serve: float = 200.0
    customization_cost: float = 2500.0
    fixed_cost: float = 0.0

    def __post_init__(self) -> None:
        self._check_account_count()
        for name in (
            "time_budget",
            "base_hours",
            "hours_growth",
            "wallet_exponent",
            "total_wallet",
            "share_ceiling",
            "share_floor",
            "share_rate",
            "satisfaction_curvature",
            "margin",
            "base_cost_to_serve",
            "customization_cost",
            "fixed_cost",
        ):
            self._check_finite_number(name)
        self._check_positive("time_budget", "the yearly time budget in hours")
        self._check_positive("base_hours", "hours per account at c = 0")
        self._check_positive("total_wallet", "the total wallet in euros")
        self._check_positive("share_rate", "the speed at which share rises")
        self._check_positive(
            "satisfaction_curvature", "the curvature of satisfaction"
        )
        for name in (
            "hours_growth",
            "wallet_exponent",
            "base_cost_to_serve",
            "customization_cost",
            "fixed_cost",
        ):
            if getattr(self, name) < 0:
                raise ValueError(f"{name} must not be negative; got {getattr(self, name)}")
        if not 0 < self.share_ceiling <= 1:
            raise ValueError(
                "share_ceiling is a fraction of the wallet and must lie in (0, 1]; "
                f"got {self.share_ceiling}"
            )
        if not 0 <= self.share_floor < self.share_ceiling:
            raise ValueError(
                "share_floor must be at least 0 and below share_ceiling "
                f"({self.share_ceiling}); got {self.share_floor}"
            )
        if not 0 < self.margin <= 1:
            raise ValueError(
                f"margin is a fraction of sales and must lie in (0, 1]; got {self.margin}"
            )

    def _check_account_count(self) -> None:
        n = self.n_accounts
        if isinstance(n, bool) or not isinstance(n, (int, np.integer)) or n < 1:
            raise ValueError(
                f"n_accounts must be a whole number of at least 1; got {n!r}"
            )

    def _check_finite_number(self, name: str) -> None:
        value = getattr(self, name)
        if isinstance(value, bool) or not isinstance(value, (int, float, np.number)):
            raise ValueError(f"{name} must be a number; got {value!r}")
        if not math.isfinite(value):
            raise ValueError(f"{name} must be a finite number; got {value!r}")

    def _check_positive(self, name: str, meaning: str) -> None:
        if getattr(self, name) <= 0:
            raise ValueError(
                f"{name} ({meaning}) must be positive; got {getattr(self, name)}"
            )


DEFAULT = ModelParams()
