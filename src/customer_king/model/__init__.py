"""A STYLIZED teaching model of salesperson customer orientation (SCO).

Why a model at all?  Homburg, Müller & Klarmann (2011, Journal of Marketing
75(2): 55-74) found that the effect of a salesperson's customer orientation on
*sales* is an inverted U, while its effect on *customer attitudes* keeps rising.
They also found the sales optimum lies higher for individualized products, for a
premium-price strategy and under high competitive intensity.

This package reproduces that *shape* with a small mechanism:

* more orientation wins a larger share of each customer's wallet, up to a
  ceiling, but
* it costs hours per account, so a fixed time budget covers fewer accounts
  (the smallest are dropped first), and
* customization adds cost-to-serve.

Every functional form and every number below is an ILLUSTRATION chosen for
teaching (see the kit's domain brief, section 6).  None of them was estimated
by Homburg, Müller & Klarmann; only the directions of the effects come from
the literature.

Conventions
-----------
Orientation ``c`` runs from 0 (purely transactional selling) to 1 (maximum
customer orientation).  ``to_seven_point`` maps it onto the 1-7 display scale.
Every function of ``c`` accepts a scalar or a numpy array; it returns a
``float`` for scalar input and an ``ndarray`` (same shape) for array input.
Money is in euros per year, time in hours per year.

The package, one idea a module: ``scale`` (orientation and the 1-7 scale),
``parameters`` (:class:`ModelParams`, :data:`DEFAULT`), ``curves`` (satisfaction,
sales, profit and their parts), ``optimum``, ``moderators`` (other selling
situations), ``wallet_allocation`` (the Wallet Allocation Rule), ``warning_score``
(the over-service signs) and ``hours_allocation`` (equal-marginal-return hours).
Everything public is importable from ``customer_king.model`` itself.  Pure numpy
and the standard library: no other import (tests/test_model.py guards it).
"""

from __future__ import annotations

from .curves import (accounts_covered, cost_to_serve, covered_wallet, hours_per_account, marginal, profit, sales,
                     satisfaction, share_of_wallet, wallets)
from .hours_allocation import allocate_hours, marginal_value_per_hour, value_from_hours
from .moderators import MODERATOR_PRESETS, moderated
from .optimum import Optimum, optimum, peak_score
from .parameters import DEFAULT, ModelParams
from .scale import ONE_POINT, ArrayLike, from_seven_point, to_seven_point
from .wallet_allocation import wallet_allocation_share
from .warning_score import WARNING_SIGNS, WarningSign, sign_contributions, warning_band, warning_score

__all__ = [
    "ArrayLike", "DEFAULT", "MODERATOR_PRESETS", "ModelParams", "ONE_POINT", "Optimum", "WARNING_SIGNS",
    "WarningSign", "accounts_covered", "allocate_hours", "cost_to_serve", "covered_wallet", "from_seven_point",
    "hours_per_account", "marginal", "marginal_value_per_hour", "moderated", "optimum", "peak_score", "profit", "sales",
    "satisfaction", "share_of_wallet", "sign_contributions", "to_seven_point", "value_from_hours",
    "wallet_allocation_share", "wallets", "warning_band", "warning_score",
]
