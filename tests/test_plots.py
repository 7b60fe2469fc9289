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


# ------------------------------------------------ drawn at the size they are shown
# At 1024 x 768 with the file browser closed, JupyterLab's output column is 844 px wide
# (measured; tests/browser/test_projector.py checks the real page). A picture no wider
# is shown 1:1, so its type is as large on screen as it was drawn.
COLUMN_AT_1024_PX = 844


def _explorer_factories():
    from customer_king import explorers

    return sorted(n for n in dir(explorers) if n.endswith("_explorer") and callable(getattr(explorers, n)))


def _text_problems(fig) -> list[str]:
    from matplotlib.text import Text

    fig.canvas.draw()
    renderer = fig.canvas.get_renderer()
    problems = [f"{t.get_text()!r} at {t.get_fontsize() * fig.dpi / 72:.1f} px"
                for t in fig.findobj(Text)
                if t.get_visible() and t.get_text().strip() and t.get_fontsize() * fig.dpi / 72 < plots.MIN_TEXT_PX - 0.01]
    box = fig.get_tightbbox(renderer)
    width, height = fig.get_size_inches()
    if box.x0 < -0.01 or box.y0 < -0.01 or box.x1 > width + 0.01 or box.y1 > height + 0.01:
        problems.append(f"something is drawn outside the figure: {box} in {width} x {height} in")
    return problems


@pytest.mark.parametrize("factory", _explorer_factories())
def test_explorer_pictures_are_drawn_at_screen_size_with_large_type(factory):
    from customer_king import explorers

    ex = getattr(explorers, factory)()
    width_px = ex.figure.get_figwidth() * ex.figure.dpi
    assert width_px <= COLUMN_AT_1024_PX, f"{factory}: drawn {width_px:.0f} px wide, shown in {COLUMN_AT_1024_PX}"
    for spec in ex.specs:  # at each slider's ends too, where labels move furthest
        for value in (spec.min, spec.max, spec.value):
            ex.set(**{spec.name: value})
            problems = _text_problems(ex.figure)
            assert not problems, f"{factory} with {spec.name}={value}: " + "; ".join(problems)


def test_lesson_figures_drawn_with_the_kit_helper_have_large_type():
    with plots.kit_style():  # what the lessons' plots.use_kit_style() does
        fig, (ax_a, ax_b) = plots.subplots(1, 2)
    try:
        with plots.kit_style():
            plots.returns_per_step(ax_a, ax_b)
        assert fig.get_figwidth() * fig.dpi <= COLUMN_AT_1024_PX
        # Inline figures are cropped to what is drawn (bbox_inches="tight"): only type counts.
        assert not [p for p in _text_problems(fig) if " px" in p]
    finally:
        import matplotlib.pyplot as plt

        plt.close(fig)


@pytest.mark.parametrize("draw", ["returns_per_step", "profit_by_customization_cost", "hours_and_next_hour",
                                  "share_histogram", "hours_against_headroom", "headroom_concentration",
                                  "hours_against_spend", "overserved_on_whale_curve"])
def test_every_lesson_figure_function_uses_large_type(draw, accounts):
    with plots.kit_style():
        fig, (ax_a, ax_b) = plots.new_figure(2)
    share = cases.share_of_wallet(accounts)
    profit = np.linspace(5e4, -2e4, len(share))
    wallets = np.array([800_000, 400_000, 200_000])
    calls = {
        "returns_per_step": lambda: plots.returns_per_step(ax_a, ax_b),
        "profit_by_customization_cost": lambda: plots.profit_by_customization_cost(ax_a, ax_b),
        "hours_and_next_hour": lambda: plots.hours_and_next_hour(
            ax_a, ax_b, wallets, {"equal": np.full(3, 40.0), "rule": np.array([60.0, 40.0, 20.0])}, saturation_hours=20),
        "share_histogram": lambda: plots.share_histogram(ax_a, share),
        "hours_against_headroom": lambda: plots.hours_against_headroom(ax_a, ["low", "high"], np.array([0.6, 0.4]),
                                                                       np.array([0.3, 0.7])),
        "headroom_concentration": lambda: plots.headroom_concentration(ax_a, np.linspace(0.1, 1.0, 50)),
        "hours_against_spend": lambda: plots.hours_against_spend(
            ax_a, np.array([5e3, 5e4, 5e5]), np.array([40.0, 30.0, 60.0]), np.array(["C", "B", "A"]),
            {"A": 50, "B": 30, "C": 10}, np.array([True, False, False])),
        "overserved_on_whale_curve": lambda: plots.overserved_on_whale_curve(
            ax_a, profit, np.arange(len(profit)) % 7 == 0),
    }
    with plots.kit_style():
        calls[draw]()
    small = [p for p in _text_problems(fig) if " px" in p]
    assert not small, f"{draw}: " + "; ".join(small)
