"""Tables of lessons 1-3: numbers of the stylized teaching model, labelled as such."""
from __future__ import annotations

from dataclasses import replace

import numpy as np

from .. import model
from ..messages import text
from ..tables import (HtmlTable, reveal_label, euros, hours, millions, number, percent, score,
                      signed, table)

ONE_POINT = model.ONE_POINT


def _c(points: float) -> float:
    return float(model.from_seven_point(points))


# ---- lesson 1 ------------------------------------------------------------------------
def time_per_account(scores: tuple[int, ...] = (1, 4, 7)) -> HtmlTable:
    rows = [(str(s), number(model.hours_per_account(_c(s)), 1),
             number(model.accounts_covered(_c(s)), 0)) for s in scores]
    return table([text("l01.col.orientation"), text("l01.col.hours_per_account"),
                  text("l01.col.accounts_served")], rows, caption=text("l01.time.caption"))


# ---- lesson 2 ------------------------------------------------------------------------
def two_salespeople(scores: tuple[int, int] = (3, 6)) -> HtmlTable:
    rows = [(str(s), number(model.satisfaction(_c(s)), 1), number(model.accounts_covered(_c(s)), 0),
             percent(model.share_of_wallet(_c(s))), millions(model.sales(_c(s))))
            for s in scores]
    return table([text("l01.col.orientation"), text("l02.col.satisfaction"),
                  text("l01.col.accounts_served"), text("l02.col.share"), text("l02.col.sales")],
                 rows, caption=text("l02.two.caption"))


def product_of_two_parts(scores: tuple[int, int] = (3, 6)) -> HtmlTable:
    rows = []
    for s in scores:
        share, served = model.share_of_wallet(_c(s)), model.covered_wallet(_c(s))
        rows.append((str(s), percent(share, 1), millions(served, 2), millions(share * served, 2)))
    return table([text("l01.col.orientation"), text("l02.col.share"), text("l02.col.wallet_served"),
                  text("l02.col.sales")], rows, caption=text("l02.product.caption"))


def step_changes() -> HtmlTable:
    rows = []
    for s in range(1, 7):
        now, up = _c(s), _c(s + 1)
        rows.append((f"{s} → {s + 1}",
                     percent(model.share_of_wallet(up) / model.share_of_wallet(now) - 1, 1, sign=True),
                     percent(model.covered_wallet(up) / model.covered_wallet(now) - 1, 1, sign=True),
                     percent(model.sales(up) / model.sales(now) - 1, 1, sign=True)))
    return table([text("l02.col.step"), text("l02.col.share_change"), text("l02.col.served_change"),
                  text("l02.col.sales_change")], rows, caption=text("l02.steps.caption"))


def smallest_dropped_first(low: int = 3, high: int = 6) -> HtmlTable:
    lo, hi = _c(low), _c(high)
    rows = [(text("l02.row.accounts_served"),
             percent(model.accounts_covered(hi) / model.accounts_covered(lo) - 1, sign=True)),
            (text("l02.row.wallet_served"),
             percent(model.covered_wallet(hi) / model.covered_wallet(lo) - 1, sign=True))]
    return table([text("l02.col.what"), text("l02.col.change")], rows,
                 caption=text("l02.smallest.caption"))


def peak_and_top(folded: bool = True) -> HtmlTable:
    peak = model.optimum(objective="sales")
    top = 1.0
    rows = [(text("l02.row.peak"), score(model.to_seven_point(peak.orientation)),
             millions(peak.value), number(model.satisfaction(peak.orientation), 1), "–"),
            (text("l02.row.top"), score(7, 0), millions(model.sales(top)),
             number(model.satisfaction(top), 1), percent(model.sales(top) / peak.value - 1, sign=True))]
    return table([text("l02.col.where"), text("l01.col.orientation"), text("l02.col.sales"),
                  text("l02.col.satisfaction"), text("l02.col.vs_peak")], rows,
                 caption=text("l02.peak.caption"), folded=reveal_label(folded, plural=True))


# ---- lesson 3 ------------------------------------------------------------------------
def returns_per_step() -> HtmlTable:
    rows = []
    for s in range(1, 7):
        c = _c(s)
        rows.append((f"{s} → {s + 1}",
                     signed(model.marginal(model.satisfaction, c, step=ONE_POINT), 2),
                     euros(model.marginal(model.sales, c, step=ONE_POINT), sign=True)))
    return table([text("l02.col.step"), text("l03.col.extra_satisfaction"), text("l03.col.extra_sales")],
                 rows, caption=text("l03.steps.caption"))


def _variants() -> dict[str, model.ModelParams]:
    return {
        "l03.variant.baseline": model.DEFAULT,
        "l03.variant.no_hours": replace(model.DEFAULT, hours_growth=0.0),
        "l03.variant.ceiling_100": replace(model.DEFAULT, share_ceiling=1.0),
        "l03.variant.equal_accounts": replace(model.DEFAULT, wallet_exponent=0.0),
        "l03.variant.few_large": replace(model.DEFAULT, wallet_exponent=0.9),
    }


def variants_and_peaks() -> HtmlTable:
    rows = []
    for key, params in _variants().items():
        peak = model.optimum(params, "sales")
        rows.append((text(key), number(model.to_seven_point(peak.orientation), 1), millions(peak.value)))
    return table([text("l03.col.variant"), text("l03.col.peak"), text("l03.col.sales_at_peak")], rows,
                 caption=text("l03.variants.caption"))


def cost_to_serve_by_orientation(scores: tuple[int, ...] = (1, 4, 7)) -> HtmlTable:
    rows = []
    for s in scores:
        c = _c(s)
        served, cost = model.accounts_covered(c), model.cost_to_serve(c)
        rows.append((str(s), number(served, 0), euros(cost / served), euros(cost), millions(model.profit(c), 2)))
    return table([text("l01.col.orientation"), text("l01.col.accounts_served"), text("l03.col.cost_each"),
                  text("l03.col.cost_total"), text("l03.col.profit")], rows, caption=text("l03.cost.caption"))


def profit_peak_by_customization_cost(costs: tuple[float, ...] = (0, 2_500, 10_000, 20_000)) -> HtmlTable:
    sales_peak = model.peak_score()
    rows = []
    for cost in costs:
        peak = model.peak_score(replace(model.DEFAULT, customization_cost=cost), "profit")
        rows.append((euros(cost), number(peak, 2), signed(peak - sales_peak, 2)))
    return table([text("l03.col.customization_cost"), text("l03.col.profit_peak"), text("l03.col.gap")],
                 rows, caption=text("l03.profitpeak.caption", sales_peak=number(sales_peak, 2)))


MODERATOR_SITUATIONS: dict[str, dict[str, float]] = {
    "l03.sit.standard": dict(individualized=-1),
    "l03.sit.individualized": dict(individualized=+1),
    "l03.sit.low_price": dict(premium_price=-1),
    "l03.sit.premium": dict(premium_price=+1),
    "l03.sit.weak_competition": dict(competition=-1),
    "l03.sit.fierce_competition": dict(competition=+1),
    "l03.sit.all_low": dict(individualized=-1, premium_price=-1, competition=-1),
    "l03.sit.all_high": dict(individualized=+1, premium_price=+1, competition=+1),
}


def moderator_peaks(folded: bool = True) -> HtmlTable:
    baseline = model.peak_score()
    rows = []
    for key, levels in MODERATOR_SITUATIONS.items():
        peak = model.peak_score(model.moderated(**levels))
        rows.append((text(key), number(peak, 2), signed(peak - baseline, 2)))
    return table([text("l03.col.situation"), text("l03.col.peak"), text("l03.col.shift")], rows,
                 caption=text("l03.moderators.caption", baseline=number(baseline, 2)),
                 folded=reveal_label(folded, plural=True))


def next_hour_two_accounts(wallets: tuple[float, ...] = (400_000, 100_000),
                           hours_so_far: tuple[float, ...] = (40.0, 5.0),
                           saturation_hours: float = 20) -> HtmlTable:
    value = model.marginal_value_per_hour(np.array(wallets), np.array(hours_so_far),
                                          saturation_hours=saturation_hours)
    rows = [(euros(w), hours(h), euros(v)) for w, h, v in zip(wallets, hours_so_far, value)]
    return table([text("l03.col.wallet"), text("l03.col.hours_so_far"), text("l03.col.next_hour")], rows,
                 caption=text("l03.nexthour.caption"), numeric=(0, 1, 2))


FIVE_WALLETS = (800_000.0, 400_000.0, 200_000.0, 100_000.0, 50_000.0)


def five_account_plans(budget: float = 120, saturation_hours: float = 20,
                       wallets: tuple[float, ...] = FIVE_WALLETS) -> dict[str, np.ndarray]:
    """Three ways to split ``budget`` hours over the accounts, keyed by their display name."""
    w = np.asarray(wallets, float)
    return {
        text("l03.plan.equal"): np.full(len(w), budget / len(w)),
        text("l03.plan.proportional"): budget * w / w.sum(),
        text("l03.plan.rule"): model.allocate_hours(w, budget, saturation_hours=saturation_hours),
    }


def split_of_hours(budget: float = 120, saturation_hours: float = 20,
                   wallets: tuple[float, ...] = FIVE_WALLETS) -> HtmlTable:
    """One row per plan: hours per account and the sales the plan wins in the model."""
    w = np.asarray(wallets, float)
    rows = []
    for name, plan in five_account_plans(budget, saturation_hours, wallets).items():
        won = model.value_from_hours(w, plan, saturation_hours=saturation_hours).sum()
        rows.append((name, *[number(h, 1) for h in plan], euros(won)))
    columns = [text("l03.col.plan")] + [text("l03.col.account_hours", n=i + 1) for i in range(len(w))]
    return table(columns + [text("l03.col.sales_won")], rows, caption=text("l03.plans.caption"),
                 emphasis=(len(rows) - 1,))
