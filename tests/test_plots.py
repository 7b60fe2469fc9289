"""Each lesson figure function draws on fresh Axes and returns the artists it promises."""
import matplotlib

matplotlib.use("Agg")

from dataclasses import replace

import numpy as np
import pytest
from matplotlib.collections import PathCollection
from matplotlib.container import BarContainer
from matplotlib.lines import Line2D
from matplotlib.text import Annotation

from customer_king import cases, model, overservice, plots


@pytest.fixture
def axes():
    figures = []

    def make(n=1):
        fig, ax = plots.new_figure(n)
        figures.append(fig)
        return ax

    return make


@pytest.fixture(scope="module")
def accounts():
    return cases.load_case().accounts


def test_hours_and_accounts_draws_two_curves(axes):
    ax_hours, ax_accounts = axes(2)
    drawn = plots.hours_and_accounts(ax_hours, ax_accounts)
    assert isinstance(drawn["hours"], Line2D) and drawn["hours"].axes is ax_hours
    assert isinstance(drawn["accounts"], Line2D) and drawn["accounts"].axes is ax_accounts
    np.testing.assert_allclose(drawn["accounts"].get_ydata(), model.accounts_covered(plots.GRID))


def test_share_and_reach_and_satisfaction_and_sales(axes):
    ax_share, ax_served = axes(2)
    drawn = plots.share_and_reach(ax_share, ax_served)
    assert set(drawn) == {"share", "served"}
    assert max(drawn["share"].get_ydata()) <= 100 * model.DEFAULT.share_ceiling
    ax_sat, ax_sales = axes(2)
    drawn = plots.satisfaction_and_sales(ax_sat, ax_sales)
    assert all(isinstance(line, Line2D) for line in drawn.values())
    assert ax_sales.get_ylim() == (0, 20e6)


def test_returns_per_step_colours_losses_vermillion(axes):
    ax_sat, ax_sales = axes(2)
    drawn = plots.returns_per_step(ax_sat, ax_sales)
    assert len(drawn["satisfaction"]) == len(drawn["sales"]) == 6
    extra = model.marginal(model.sales, model.from_seven_point(plots.STEPS), step=plots.ONE_POINT)
    for bar, value in zip(drawn["sales"], extra):
        expected = plots.PALETTE["green"] if value >= 0 else plots.PALETTE["vermillion"]
        assert matplotlib.colors.to_hex(bar.get_facecolor()) == expected.lower()


def test_extra_sales_per_step_labels_every_bar(axes):
    (ax,) = axes()
    extra = np.array([2e6, 1e6, 0.2e6, -0.5e6, -1e6, -1.5e6])
    bars = plots.extra_sales_per_step(ax, extra, "title")
    assert isinstance(bars, BarContainer) and len(bars) == 6
    assert [t.get_text() for t in ax.texts][0] == "+2.00"


def test_profit_by_customization_cost_stars_each_profit_optimum(axes):
    ax_cost, ax_profit = axes(2)
    costs = (2_500, 10_000, 20_000)
    drawn = plots.profit_by_customization_cost(ax_cost, ax_profit, costs=costs)
    assert len(drawn["cost"]) == len(drawn["profit"]) == len(drawn["peaks"]) == 3
    for cost, (star, _line) in zip(costs, drawn["peaks"]):
        peak = model.optimum(_with_cost(cost), "profit")
        x, y = star.get_data()
        assert x[0] == pytest.approx(model.to_seven_point(peak.orientation))
        assert y[0] == pytest.approx(peak.value)
    sales_peak = model.optimum(objective="sales")
    assert drawn["sales_peak"].get_xdata()[0] == pytest.approx(model.to_seven_point(sales_peak.orientation))


def _with_cost(cost):
    return replace(model.DEFAULT, customization_cost=cost)


def test_profit_curve(axes):
    (ax,) = axes()
    line = plots.profit_curve(ax, model.DEFAULT, "title")
    assert isinstance(line, Line2D) and ax.get_ylim() == (0, 4e6)


def test_hours_and_next_hour_one_bar_group_per_plan(axes):
    ax_hours, ax_next = axes(2)
    wallets = np.array([800_000, 400_000, 200_000])
    plans = {"equal": np.full(3, 40.0), "rule": model.allocate_hours(wallets, 120, saturation_hours=20)}
    drawn = plots.hours_and_next_hour(ax_hours, ax_next, wallets, plans, saturation_hours=20)
    assert len(drawn["hours"]) == len(drawn["next_hour"]) == 2
    assert all(len(bars) == 3 for bars in drawn["hours"])


def test_share_of_wallet_figures(axes, accounts):
    share = cases.share_of_wallet(accounts)
    (ax,) = axes()
    drawn = plots.share_histogram(ax, share, ceiling=cases.SHARE_CEILING)
    assert drawn["ceiling"].get_xdata()[0] == cases.SHARE_CEILING
    assert sum(bar.get_height() for bar in drawn["bars"]) == len(share)
    (ax,) = axes()
    drawn = plots.hours_against_headroom(ax, ["low", "high"], np.array([0.3, 0.7]), np.array([0.9, 0.1]))
    assert len(drawn["hours"]) == len(drawn["headroom"]) == 2
    (ax,) = axes()
    room = np.sort(cases.headroom(accounts))[::-1]
    line = plots.headroom_concentration(ax, np.cumsum(room) / room.sum())
    assert line.get_ydata()[-1] == pytest.approx(1.0)


def test_overservice_figures(axes, accounts):
    over = overservice.overserved_accounts(accounts)
    (ax,) = axes()
    drawn = plots.hours_against_spend(ax, accounts["category_spend_eur"], accounts["hours_per_year"],
                                      accounts["tier"], overservice.tier_benchmark_hours(accounts), over)
    assert isinstance(drawn["overserved"], PathCollection)
    assert len(drawn["overserved"].get_offsets()) == over.sum()
    assert len(drawn["benchmarks"]) == len(overservice.tier_benchmark_hours(accounts))
    profit = cases.account_profit(accounts)
    (ax,) = axes()
    drawn = plots.overserved_on_whale_curve(ax, profit, over)
    assert len(drawn["overserved"].get_xdata()) == over.sum()
    assert isinstance(drawn["peak"], Annotation)
    (ax,) = axes()
    accounts_ranked, cumulative = overservice.whale_curve(profit)
    line = plots.ranked_whale_curve(ax, accounts_ranked, cumulative, "title")
    assert line.get_ydata().max() == pytest.approx(cumulative.max())
