"""Specification of the stylized customer-orientation model, written as tests.

Each test name is a sentence the model must make true.  Property tests use
hypothesis over parameter ranges where the property holds for every value
(checked, or provable from the formulas); tests of the domain brief's
reference numbers pin the illustrative defaults.
"""

import math

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from customer_king import model as m
from customer_king.model import (
    DEFAULT,
    MODERATOR_PRESETS,
    WARNING_SIGNS,
    ModelParams,
    Optimum,
    accounts_covered,
    allocate_hours,
    cost_to_serve,
    covered_wallet,
    from_seven_point,
    hours_per_account,
    marginal,
    marginal_value_per_hour,
    moderated,
    optimum,
    profit,
    sales,
    satisfaction,
    share_of_wallet,
    sign_contributions,
    to_seven_point,
    value_from_hours,
    wallet_allocation_share,
    wallets,
    warning_band,
    warning_score,
)

SIGN_KEYS = [sign.key for sign in WARNING_SIGNS]
ORIENTATIONS = np.linspace(0.0, 1.0, 1001)
OPTIMUM_TOLERANCE = 1e-4  # optimum() promises about this accuracy

unit_interval = st.floats(0.0, 1.0, allow_nan=False)
fast = settings(max_examples=60, deadline=None)


@st.composite
def any_valid_share_params(draw):
    """Any valid ceiling, floor and rate: the share formula's whole domain."""
    ceiling = draw(st.floats(0.01, 1.0))
    floor = ceiling * draw(st.floats(0.0, 0.99))
    rate = draw(st.floats(0.01, 50.0))
    return ModelParams(share_ceiling=ceiling, share_floor=floor, share_rate=rate)


@st.composite
def plausible_params(draw):
    """Ranges where an interior sales optimum was checked to exist.

    The inverted U needs two things.  Time must be scarce: here even at c = 0
    the budget covers at most half the territory once orientation is full
    (time_budget <= 0.5 N t0 (1 + k)).  And at c = 1 the last step of
    orientation must lose more coverage than it gains share,
    s'/s < (1 - gamma) t'/t, which fails for very concentrated wallets with
    slow-growing hours (e.g. gamma = 0.875, k = 2, b = 1.5).  Within these
    ranges 20,000 hypothesis examples found no exception.
    """
    n_accounts = draw(st.integers(100, 1000))
    base_hours = draw(st.floats(1.0, 10.0))
    hours_growth = draw(st.floats(3.0, 8.0))
    covered_at_full_orientation = draw(st.floats(0.05, 0.5))  # fraction of N
    return ModelParams(
        n_accounts=n_accounts,
        base_hours=base_hours,
        hours_growth=hours_growth,
        time_budget=covered_at_full_orientation * n_accounts * base_hours * (1 + hours_growth),
        wallet_exponent=draw(st.floats(0.3, 0.7)),
        share_ceiling=draw(st.floats(0.6, 0.95)),
        share_floor=draw(st.floats(0.05, 0.35)),
        share_rate=draw(st.floats(2.0, 4.0)),
    )


@st.composite
def any_coverage_params(draw):
    """Wide ranges for the time and account side of the model."""
    return ModelParams(
        n_accounts=draw(st.integers(1, 2000)),
        time_budget=draw(st.floats(1.0, 1e5)),
        base_hours=draw(st.floats(0.1, 100.0)),
        hours_growth=draw(st.floats(0.0, 20.0)),
        wallet_exponent=draw(st.floats(0.0, 2.0)),
    )


# --------------------------------------------------------------------------
# Display scale and input handling
# --------------------------------------------------------------------------


def test_seven_point_scale_maps_zero_to_one_and_one_to_seven():
    assert to_seven_point(0.0) == 1.0
    assert to_seven_point(1.0) == 7.0
    assert to_seven_point(0.5) == 4.0
    assert from_seven_point(4.0) == 0.5


@given(unit_interval)
def test_seven_point_scale_round_trips(c):
    assert from_seven_point(to_seven_point(c)) == pytest.approx(c, abs=1e-12)


def test_scores_outside_one_to_seven_are_rejected():
    with pytest.raises(ValueError, match="between 1 and 7"):
        from_seven_point(7.5)
    with pytest.raises(ValueError, match="between 1 and 7"):
        from_seven_point(np.array([0.0, 3.0]))


@pytest.mark.parametrize(
    "curve",
    [satisfaction, hours_per_account, accounts_covered, covered_wallet,
     share_of_wallet, sales, cost_to_serve, profit, to_seven_point],
)
def test_every_curve_gives_a_float_for_a_scalar_and_an_array_for_an_array(curve):
    assert type(curve(0.3)) is float
    result = curve(np.array([[0.0, 0.5], [0.7, 1.0]]))
    assert isinstance(result, np.ndarray) and result.shape == (2, 2)
    assert result[0, 1] == pytest.approx(curve(0.5))


@pytest.mark.parametrize("bad_c", [-0.1, 1.2, [0.5, 1.5]])
def test_orientation_outside_zero_to_one_is_rejected(bad_c):
    with pytest.raises(ValueError, match="orientation c must lie between 0"):
        sales(bad_c)


# --------------------------------------------------------------------------
# Parameters
# --------------------------------------------------------------------------


def test_default_params_are_the_domain_brief_values_and_frozen():
    assert DEFAULT == ModelParams()
    assert (DEFAULT.n_accounts, DEFAULT.time_budget, DEFAULT.total_wallet) == (400, 1200.0, 40e6)
    assert (DEFAULT.share_floor, DEFAULT.share_ceiling, DEFAULT.share_rate) == (0.20, 0.80, 2.5)
    with pytest.raises(AttributeError):
        DEFAULT.margin = 0.5


@pytest.mark.parametrize(
    "field, value",
    [
        ("share_floor", 0.8),  # not below the ceiling
        ("share_floor", -0.1),
        ("share_ceiling", 1.2),
        ("share_ceiling", 0.0),
        ("n_accounts", 0),
        ("n_accounts", 2.5),
        ("time_budget", -1.0),
        ("base_hours", 0.0),
        ("total_wallet", float("nan")),
        ("share_rate", 0.0),
        ("satisfaction_curvature", 0.0),
        ("margin", 0.0),
        ("margin", 1.5),
        ("hours_growth", -1.0),
        ("customization_cost", -5.0),
        ("time_budget", float("inf")),
        ("fixed_cost", "lots"),
    ],
)
def test_invalid_params_are_rejected_with_the_field_named(field, value):
    with pytest.raises(ValueError, match=field):
        ModelParams(**{field: value})


# --------------------------------------------------------------------------
# (A) Satisfaction
# --------------------------------------------------------------------------


@given(curvature=st.floats(1e-3, 50.0))
def test_satisfaction_never_falls_and_stays_between_one_and_seven(curvature):
    p = ModelParams(satisfaction_curvature=curvature)
    values = satisfaction(ORIENTATIONS, p)
    assert np.all(np.diff(values) >= -1e-12)
    assert values.min() >= 1.0 - 1e-12 and values.max() <= 7.0 + 1e-12
    assert values[0] == pytest.approx(1.0) and values[-1] == pytest.approx(7.0)


def test_satisfaction_gains_shrink_as_orientation_rises():
    gains = marginal(satisfaction, np.linspace(0.0, 0.9, 10))
    assert np.all(gains > 0)
    assert np.all(np.diff(gains) < 0)


# --------------------------------------------------------------------------
# (B) Coverage, wallets, share, sales
# --------------------------------------------------------------------------


@given(any_coverage_params())
@fast
def test_wallets_are_largest_first_and_add_up_to_the_total(p):
    w = wallets(p)
    assert w.shape == (p.n_accounts,)
    assert np.all(np.diff(w) <= 1e-9 * w[0])
    assert w.sum() == pytest.approx(p.total_wallet, rel=1e-9)


@given(any_coverage_params(), unit_interval)
@fast
def test_accounts_covered_never_exceed_the_territory(p, c):
    covered = accounts_covered(c, p)
    assert 0 < covered <= p.n_accounts
    assert covered == pytest.approx(min(p.n_accounts, p.time_budget / hours_per_account(c, p)))


def test_more_orientation_covers_fewer_accounts():
    assert np.all(np.diff(accounts_covered(ORIENTATIONS)) <= 0)
    assert accounts_covered(0.0) == 300.0  # 1,200 h / 4 h
    assert accounts_covered(1.0) == 60.0  # 1,200 h / 20 h


@pytest.mark.parametrize("c", [0.0, 0.2, 0.4255, 0.73, 1.0])
def test_smallest_accounts_are_dropped_first(c):
    w = wallets()
    covered = accounts_covered(c)
    whole = int(math.floor(covered))
    expected = w[:whole].sum() + (covered - whole) * w[whole]
    assert covered_wallet(c) == pytest.approx(expected, rel=1e-12)


@given(any_coverage_params(), unit_interval)
@fast
def test_covered_accounts_hold_at_least_their_pro_rata_share_of_the_wallet(p, c):
    # Because the largest accounts are kept, the covered share of the total
    # wallet is never below the covered share of the accounts.
    covered_fraction = accounts_covered(c, p) / p.n_accounts
    assert covered_wallet(c, p) >= covered_fraction * p.total_wallet * (1 - 1e-9)


@given(any_valid_share_params(), unit_interval)
def test_share_of_wallet_never_exceeds_the_ceiling(p, c):
    share = share_of_wallet(c, p)
    assert p.share_floor - 1e-12 <= share <= p.share_ceiling


def test_share_of_wallet_starts_at_the_floor_and_rises_towards_the_ceiling():
    shares = share_of_wallet(ORIENTATIONS)
    assert shares[0] == pytest.approx(0.20)
    assert np.all(np.diff(shares) > 0)
    assert shares[-1] == pytest.approx(0.80 - 0.60 * math.exp(-2.5))


def test_sales_are_share_of_wallet_times_covered_wallet():
    c = np.array([0.0, 0.3, 0.9])
    np.testing.assert_allclose(sales(c), share_of_wallet(c) * covered_wallet(c))


def test_sales_have_an_interior_maximum_for_the_defaults():
    best = optimum()
    assert 0 < best.orientation < 1
    assert best.value > sales(0.0)
    assert best.value > sales(1.0)


@given(plausible_params())
@fast
def test_sales_have_an_interior_maximum_over_plausible_parameters(p):
    best = optimum(p)
    assert 0 < best.orientation < 1
    assert best.value > sales(0.0, p)
    assert best.value > sales(1.0, p)


def test_without_scarce_time_there_is_no_inverted_u():
    # 1,200 h cover all 200 accounts even at full orientation (6 h each):
    # nothing is given up, so sales simply rise to c = 1.
    p = ModelParams(n_accounts=200, base_hours=2.0, hours_growth=2.0)
    assert accounts_covered(1.0, p) == 200
    assert np.all(np.diff(sales(ORIENTATIONS, p)) > 0)
    assert optimum(p).orientation == pytest.approx(1.0)


def test_very_concentrated_wallets_can_push_the_optimum_to_full_orientation():
    # Key-account selling with slow-growing hours and slowly saturating
    # share: the dropped accounts are so small that share gains win to the
    # end, s'/s > (1 - gamma) t'/t at c = 1, even though coverage falls.
    p = ModelParams(wallet_exponent=0.9, hours_growth=1.0, share_rate=1.5)
    assert accounts_covered(1.0, p) < accounts_covered(0.0, p)
    assert optimum(p).orientation == pytest.approx(1.0)


def test_marginal_sales_shrink_then_turn_negative_past_the_optimum():
    gains = marginal(sales, np.linspace(0.0, 0.6, 7))
    assert np.all(np.diff(gains) < 0)  # diminishing returns
    assert marginal(sales, 0.2) > 0
    assert marginal(sales, 0.5) < 0  # too much of a good thing


def test_marginal_is_the_gain_per_step_not_a_derivative():
    assert marginal(sales, 0.3, step=0.1) == pytest.approx(sales(0.4) - sales(0.3))
    assert marginal(sales, 0.3, step=0.2) == pytest.approx(sales(0.5) - sales(0.3))


def test_marginal_has_no_step_beyond_full_orientation():
    gains = marginal(sales, np.array([0.8, 0.9, 0.95, 1.0]))
    assert np.isfinite(gains[:2]).all()
    assert np.isnan(gains[2:]).all()
    assert math.isnan(marginal(sales, 0.95))
    with pytest.raises(ValueError, match="step"):
        marginal(sales, 0.3, step=0.0)


# --------------------------------------------------------------------------
# (C) Profit
# --------------------------------------------------------------------------


def test_profit_is_margin_times_sales_minus_cost_to_serve_and_fixed_cost():
    p = ModelParams(fixed_cost=50_000.0)
    c = np.array([0.0, 0.5, 1.0])
    expected = (
        0.25 * sales(c, p)
        - accounts_covered(c, p) * (200.0 + 2500.0 * c**2)
        - 50_000.0
    )
    np.testing.assert_allclose(profit(c, p), expected)
    np.testing.assert_allclose(
        cost_to_serve(c, p), accounts_covered(c, p) * (200.0 + 2500.0 * c**2)
    )


@given(
    p=plausible_params(),
    base_cost=st.floats(0.0, 1000.0),
    extra=st.floats(0.0, 50_000.0),
)
@fast
def test_profit_optimum_is_at_or_below_sales_optimum_when_customization_outgrows_time(
    p, base_cost, extra
):
    # When cost-to-serve per account grows at least as fast as hours per
    # account (cs1 >= k cs0), total cost rises with orientation, so profit
    # cannot peak later than sales.
    p = ModelParams(
        **{**p.__dict__,
           "base_cost_to_serve": base_cost,
           "customization_cost": p.hours_growth * base_cost + extra}
    )
    assert optimum(p, "profit").orientation <= optimum(p, "sales").orientation + OPTIMUM_TOLERANCE


def test_profit_optimum_can_sit_above_sales_optimum_when_customization_is_cheap():
    # Caveat the notebooks should know: with cs1 < k cs0 the accounts dropped
    # at higher orientation save more base cost than customization adds.
    p = ModelParams(customization_cost=0.0)
    assert optimum(p, "profit").orientation > optimum(p, "sales").orientation


def test_gap_between_sales_and_profit_optimum_widens_as_customization_cost_rises():
    costs = [800.0, 2500.0, 5000.0, 10_000.0, 20_000.0, 50_000.0]
    sales_best = optimum(DEFAULT, "sales").orientation
    gaps = [
        sales_best - optimum(ModelParams(customization_cost=cs1), "profit").orientation
        for cs1 in costs
    ]
    assert gaps[0] >= -OPTIMUM_TOLERANCE
    assert np.all(np.diff(gaps) > 0)


@given(p=plausible_params(), low=st.floats(0.0, 30_000.0), extra=st.floats(0.0, 30_000.0))
@fast
def test_profit_optimum_never_rises_with_customization_cost(p, low, extra):
    cheaper = ModelParams(**{**p.__dict__, "customization_cost": low})
    dearer = ModelParams(**{**p.__dict__, "customization_cost": low + extra})
    assert (
        optimum(dearer, "profit").orientation
        <= optimum(cheaper, "profit").orientation + OPTIMUM_TOLERANCE
    )


# --------------------------------------------------------------------------
# Optimum
# --------------------------------------------------------------------------


@pytest.mark.parametrize("objective", ["sales", "profit"])
@pytest.mark.parametrize("scenario", list(MODERATOR_PRESETS) + ["standardized products"])
def test_optimum_is_accurate_to_a_ten_thousandth(objective, scenario):
    levels = MODERATOR_PRESETS.get(scenario, {"individualized": -1.0})
    p = moderated(**levels)
    grid = np.linspace(0.0, 1.0, 1_000_001)
    curve = {"sales": sales, "profit": profit}[objective]
    brute_force = grid[np.argmax(curve(grid, p))]
    best = optimum(p, objective)
    assert isinstance(best, Optimum)
    assert best.orientation == pytest.approx(brute_force, abs=OPTIMUM_TOLERANCE)
    assert best.value == pytest.approx(curve(best.orientation, p))
    assert best.value >= curve(brute_force, p) * (1 - 1e-12)


def test_satisfaction_is_best_at_full_orientation():
    best = optimum(DEFAULT, "satisfaction")
    assert best.orientation == pytest.approx(1.0)
    assert best.value == pytest.approx(7.0)


def test_unknown_objective_is_rejected():
    with pytest.raises(ValueError, match="unknown objective 'revenue'"):
        optimum(DEFAULT, "revenue")


# --------------------------------------------------------------------------
# Reference numbers of the domain brief, section 6
# --------------------------------------------------------------------------


def test_baseline_matches_the_domain_brief():
    best = optimum()
    assert best.orientation == pytest.approx(0.43, abs=0.02)
    assert to_seven_point(best.orientation) == pytest.approx(3.6, abs=0.1)
    assert best.value == pytest.approx(16.5e6, rel=0.01)
    assert sales(0.0) == pytest.approx(7.1e6, rel=0.01)
    assert sales(1.0) == pytest.approx(12.9e6, rel=0.01)
    assert accounts_covered(best.orientation) == pytest.approx(174, abs=1)
    assert share_of_wallet(best.orientation) == pytest.approx(0.59, abs=0.01)


@pytest.mark.parametrize(
    "changes, expected_c",
    [
        ({"share_floor": 0.10}, 0.48),  # high competitive intensity
        ({"share_floor": 0.30}, 0.37),  # low competitive intensity
        ({"share_floor": 0.10, "share_rate": 1.8}, 0.54),  # individualized
        ({"share_floor": 0.35, "share_rate": 3.5}, 0.32),  # standardized
        ({"wallet_exponent": 0.9}, 0.62),  # concentrated accounts
        ({"wallet_exponent": 0.3}, 0.32),  # flat account base
    ],
)
def test_scenario_optima_match_the_domain_brief(changes, expected_c):
    assert optimum(ModelParams(**changes)).orientation == pytest.approx(expected_c, abs=0.02)


def test_profit_optimum_matches_the_domain_brief():
    profit_best = optimum(DEFAULT, "profit").orientation
    assert profit_best == pytest.approx(0.42, abs=0.01)
    assert profit_best <= optimum(DEFAULT, "sales").orientation


# --------------------------------------------------------------------------
# Moderators (HMK 2011: the optimum is higher for each)
# --------------------------------------------------------------------------

MODERATORS = ["individualized", "premium_price", "competition"]


@pytest.mark.parametrize("moderator", MODERATORS)
def test_each_moderator_at_high_raises_and_at_low_lowers_the_sales_optimum(moderator):
    baseline = optimum(DEFAULT).orientation
    high = optimum(moderated(**{moderator: 1.0})).orientation
    low = optimum(moderated(**{moderator: -1.0})).orientation
    assert low < baseline < high


@pytest.mark.parametrize("moderator", MODERATORS)
def test_sales_optimum_rises_steadily_with_each_moderator_level(moderator):
    levels = np.linspace(-1.0, 1.0, 21)
    optima = [optimum(moderated(**{moderator: float(x)})).orientation for x in levels]
    assert np.all(np.diff(optima) > 0)


@given(
    moderator=st.sampled_from(MODERATORS),
    others=st.tuples(st.floats(-1, 1), st.floats(-1, 1)),
    low=st.floats(-1, 1),
    high=st.floats(-1, 1),
)
@fast
def test_sales_optimum_never_falls_as_a_moderator_rises_whatever_the_others(
    moderator, others, low, high
):
    low, high = sorted((low, high))
    other_names = [name for name in MODERATORS if name != moderator]
    setting = dict(zip(other_names, others))
    before = optimum(moderated(**setting, **{moderator: low})).orientation
    after = optimum(moderated(**setting, **{moderator: high})).orientation
    assert after >= before - OPTIMUM_TOLERANCE


@given(p=plausible_params(), low=st.floats(-1, 1), high=st.floats(-1, 1),
       moderator=st.sampled_from(["premium_price", "competition"]))
@fast
def test_lower_transactional_share_never_lowers_the_optimum_for_any_plausible_params(
    p, low, high, moderator
):
    # Competition and premium price act only through s0; a lower s0 makes
    # each step of orientation worth relatively more, for any parameters.
    low, high = sorted((low, high))
    before = optimum(moderated(p, **{moderator: low})).orientation
    after = optimum(moderated(p, **{moderator: high})).orientation
    assert after >= before - OPTIMUM_TOLERANCE


@pytest.mark.parametrize(
    "levels, floor, rate, margin",
    [
        ({"competition": 1.0}, 0.10, 2.5, 0.25),
        ({"competition": -1.0}, 0.30, 2.5, 0.25),
        ({"individualized": 1.0}, 0.10, 1.8, 0.25),
        ({"individualized": -1.0}, 0.35, 3.5, 0.25),
        ({"individualized": 0.5}, 0.15, 2.15, 0.25),
        ({"premium_price": 1.0}, 0.12, 2.5, 0.35),
        ({"premium_price": -1.0}, 0.28, 2.5, 0.15),
        ({"competition": 0.5, "premium_price": 0.5}, 0.11, 2.5, 0.30),
    ],
)
def test_moderators_shift_the_parameters_as_documented(levels, floor, rate, margin):
    q = moderated(**levels)
    assert q.share_floor == pytest.approx(floor)
    assert q.share_rate == pytest.approx(rate)
    assert q.margin == pytest.approx(margin)


def test_all_moderators_at_high_keep_the_floor_valid():
    q = moderated(individualized=1.0, premium_price=1.0, competition=1.0)
    assert q.share_floor == pytest.approx(0.01)  # 0.20 - 0.28 clipped


def test_baseline_moderation_leaves_params_unchanged():
    assert moderated() == DEFAULT
    odd = ModelParams(margin=0.99)  # outside the clip range, still untouched
    assert moderated(odd) == odd


@pytest.mark.parametrize("levels", [{"competition": 1.5}, {"premium_price": -2.0},
                                    {"individualized": float("nan")}])
def test_moderator_levels_outside_minus_one_to_one_are_rejected(levels):
    (name,) = levels
    with pytest.raises(ValueError, match=name):
        moderated(**levels)


def test_every_moderator_preset_raises_the_optimum_above_baseline():
    baseline = optimum(moderated(**MODERATOR_PRESETS["baseline"])).orientation
    assert baseline == optimum().orientation
    for name, levels in MODERATOR_PRESETS.items():
        if name != "baseline":
            assert optimum(moderated(**levels)).orientation > baseline, name


# --------------------------------------------------------------------------
# Wallet Allocation Rule
# --------------------------------------------------------------------------


@pytest.mark.parametrize("n", range(1, 21))
def test_war_shares_sum_to_one(n):
    assert wallet_allocation_share(np.arange(1, n + 1), n).sum() == pytest.approx(1.0)


@given(st.integers(1, 10_000))
def test_war_shares_sum_to_one_for_any_number_of_suppliers(n):
    shares = wallet_allocation_share(np.arange(1, n + 1), n)
    assert shares.sum() == pytest.approx(1.0)
    assert np.all(np.diff(shares) < 0)  # the favourite gets the most


@pytest.mark.parametrize(
    "n, expected",
    [(1, [1.0]), (2, [2 / 3, 1 / 3]), (3, [1 / 2, 1 / 3, 1 / 6]), (4, [0.4, 0.3, 0.2, 0.1])],
)
def test_war_matches_the_published_splits(n, expected):
    np.testing.assert_allclose(wallet_allocation_share(np.arange(1, n + 1), n), expected)


def test_war_gives_a_float_for_one_rank():
    assert wallet_allocation_share(1, 4) == pytest.approx(0.4)
    assert type(wallet_allocation_share(1, 4)) is float


@pytest.mark.parametrize(
    "rank, n, message",
    [(0, 3, "rank"), (4, 3, "exceed"), (1, 0, "n_suppliers"), (1.5, 3, "whole"),
     (1, 2.5, "whole"), (True, 3, "whole")],
)
def test_war_rejects_impossible_ranks(rank, n, message):
    with pytest.raises(ValueError, match=message):
        wallet_allocation_share(rank, n)


# --------------------------------------------------------------------------
# (D) Over-service warning score
# --------------------------------------------------------------------------


def test_warning_signs_carry_the_domain_brief_thresholds():
    assert {s.key: (s.threshold, s.range) for s in WARNING_SIGNS} == {
        "hours_vs_tier": (1.2, 1.0),
        "time_on_small_accounts": (0.0, 0.3),
        "non_sales_share": (0.3, 0.4),
        "internal_requests": (1.5, 2.0),
        "effort_near_ceiling": (0.1, 0.3),
        "concessions_without_premium": (0.2, 0.5),
        "satisfaction_minus_sales_trend": (0.0, 0.2),
    }


indicator_values = st.floats(allow_nan=True, allow_infinity=True)
indicator_sets = st.dictionaries(st.sampled_from(SIGN_KEYS), indicator_values, min_size=1)


@given(indicator_sets)
def test_warning_score_stays_between_0_and_100_for_any_numbers(indicators):
    score = warning_score(indicators)
    if all(math.isnan(v) for v in indicators.values()):
        assert math.isnan(score)
    else:
        assert 0.0 <= score <= 100.0


@given(indicator_sets, st.dictionaries(st.sampled_from(SIGN_KEYS), st.floats(0.01, 10.0),
                                       min_size=1))
def test_sign_contributions_add_up_to_the_score(indicators, weights):
    total = warning_score(indicators, weights)
    points = sign_contributions(indicators, weights)
    assert set(points) == set(SIGN_KEYS)
    if math.isnan(total):
        return
    assert sum(points.values()) == pytest.approx(total, abs=1e-9)
    assert all(0.0 <= v <= 100.0 + 1e-9 for v in points.values())


def test_signs_at_threshold_score_zero_and_at_threshold_plus_range_score_full():
    at_threshold = {s.key: s.threshold for s in WARNING_SIGNS}
    at_full = {s.key: s.threshold + s.range for s in WARNING_SIGNS}
    assert warning_score(at_threshold) == 0.0
    assert warning_score(at_full) == pytest.approx(100.0)


def test_equal_weights_give_each_sign_a_seventh():
    one_full = {s.key: s.threshold for s in WARNING_SIGNS}
    one_full["non_sales_share"] = 0.7  # threshold 0.3 + range 0.4
    assert warning_score(one_full) == pytest.approx(100 / 7)
    assert sign_contributions(one_full)["non_sales_share"] == pytest.approx(100 / 7)


def test_missing_or_nan_signs_are_left_out_and_weights_renormalised():
    assert warning_score({"hours_vs_tier": 2.2}) == pytest.approx(100.0)
    assert warning_score({"hours_vs_tier": 2.2, "non_sales_share": 0.3}) == pytest.approx(50.0)
    assert warning_score(
        {"hours_vs_tier": 2.2, "non_sales_share": float("nan")}
    ) == pytest.approx(100.0)


def test_no_data_at_all_gives_nan_and_an_unknown_band():
    assert math.isnan(warning_score({}))
    assert math.isnan(warning_score({"hours_vs_tier": float("nan")}))
    assert warning_band(warning_score({})) == "unknown"


def test_warning_score_gives_one_score_per_account():
    scores = warning_score(
        {"hours_vs_tier": np.array([1.0, 2.2, np.nan]), "non_sales_share": 0.5}
    )
    np.testing.assert_allclose(scores, [25.0, 75.0, 50.0])


def test_custom_weights_are_renormalised_and_checked():
    indicators = {"hours_vs_tier": 2.2, "non_sales_share": 0.3}
    three_to_one = {"hours_vs_tier": 3, "non_sales_share": 1}
    assert warning_score(indicators, three_to_one) == pytest.approx(75.0)
    with pytest.raises(ValueError, match="bogus"):
        warning_score(indicators, {"bogus": 1.0})
    with pytest.raises(ValueError, match="negative"):
        warning_score(indicators, {"hours_vs_tier": -1.0})


def test_unknown_indicator_keys_are_named_in_the_error():
    with pytest.raises(ValueError, match="hours_per_tier"):
        warning_score({"hours_per_tier": 2.0})


@pytest.mark.parametrize(
    "score, band",
    [(0, "green"), (29.99, "green"), (30, "amber"), (45, "amber"), (60, "amber"),
     (60.01, "red"), (100, "red")],
)
def test_warning_band_edges(score, band):
    assert warning_band(score) == band


def test_warning_band_works_on_arrays():
    bands = warning_band(np.array([10.0, 50.0, 90.0, np.nan]))
    assert list(bands) == ["green", "amber", "red", "unknown"]


# --------------------------------------------------------------------------
# Equal-marginal-return allocation of hours
# --------------------------------------------------------------------------

wallet_lists = st.lists(st.floats(1.0, 1e7), min_size=1, max_size=60)
budgets = st.floats(0.01, 20_000.0)


@st.composite
def allocation_problems(draw):
    """Wallets, budget and saturation with at most 50 saturation-lengths of
    hours per account on average; far beyond that e^(-h/sat) underflows to
    subnormal floats and marginal values lose their precision."""
    wallet_list = draw(wallet_lists)
    saturation = draw(st.floats(1.0, 50.0))
    budget = draw(st.floats(0.01, 50.0 * saturation * len(wallet_list)))
    return wallet_list, budget, saturation


@given(wallet_lists, budgets)
@fast
def test_allocation_uses_exactly_the_budget(wallet_list, budget):
    hours = allocate_hours(wallet_list, budget)
    assert np.all(hours >= 0)
    assert hours.sum() == pytest.approx(budget, rel=1e-6)


@given(allocation_problems())
@fast
def test_allocation_equalises_marginal_value_and_unfunded_accounts_are_worth_less(problem):
    wallet_list, budget, saturation = problem
    hours = allocate_hours(wallet_list, budget, saturation_hours=saturation)
    per_hour = marginal_value_per_hour(wallet_list, hours, saturation_hours=saturation)
    funded = hours > 0
    going_rate = per_hour[funded].max()
    np.testing.assert_allclose(per_hour[funded], going_rate, rtol=1e-6)
    assert np.all(per_hour[~funded] <= going_rate * (1 + 1e-9))


def test_default_territory_funds_large_accounts_and_leaves_small_ones_unfunded():
    w = wallets()
    hours = allocate_hours(w, 1200.0)
    assert np.all(np.diff(hours) <= 1e-9)  # bigger accounts never get less
    assert hours[0] > 0 and hours[-1] == 0
    per_hour = marginal_value_per_hour(w, hours)
    assert per_hour[hours == 0].max() < per_hour[hours > 0].min()


@given(wallet_lists, budgets)
@fast
def test_allocation_earns_at_least_as_much_as_an_equal_split(wallet_list, budget):
    best = value_from_hours(wallet_list, allocate_hours(wallet_list, budget)).sum()
    equal_split = np.full(len(wallet_list), budget / len(wallet_list))
    equal = value_from_hours(wallet_list, equal_split).sum()
    assert best >= equal * (1 - 1e-9)


def test_zero_budget_funds_nobody():
    assert np.all(allocate_hours([100.0, 50.0], 0.0) == 0.0)


@pytest.mark.parametrize(
    "wallet_list, budget, options, message",
    [([], 10.0, {}, "non-empty"), ([100.0, -1.0], 10.0, {}, "negative"),
     ([0.0, 0.0], 10.0, {}, "positive"), ([100.0], -1.0, {}, "budget_hours"),
     ([100.0], 10.0, {"ceiling": 1.5}, "ceiling"),
     ([100.0], 10.0, {"saturation_hours": 0.0}, "saturation_hours"),
     ([100.0], 10.0, {"margin": 0.0}, "margin")],
)
def test_allocation_rejects_impossible_inputs(wallet_list, budget, options, message):
    with pytest.raises(ValueError, match=message):
        allocate_hours(wallet_list, budget, **options)


MODEL_MAY_IMPORT = {"numpy", "dataclasses", "math", "typing", "__future__"}


def foreign_imports(source: str) -> set[str]:
    """What a module of the model package imports beyond numpy, the standard library
    modules above and its own sibling modules (``from .curves import sales``)."""
    import ast

    imported = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            imported |= {alias.name.split(".")[0] for alias in node.names}
        elif isinstance(node, ast.ImportFrom):
            if node.level == 1:  # a sibling inside the model package
                continue
            imported.add("." * node.level + (node.module or "").split(".")[0])
    return imported - MODEL_MAY_IMPORT


def test_model_only_imports_numpy_and_the_standard_library():
    import pathlib

    files = sorted(pathlib.Path(m.__file__).parent.glob("*.py"))
    assert len(files) > 5
    for path in files:
        assert foreign_imports(path.read_text(encoding="utf-8")) == set(), path.name


@pytest.mark.parametrize("line", ["import matplotlib\n", "from .. import cases\n", "from ..messages import text\n",
                                  "from scipy import optimize\n"])
def test_the_model_import_guard_sees_a_foreign_import(line):
    assert foreign_imports(line) != set()


def test_peak_score_is_the_optimum_on_the_seven_point_scale():
    for objective in ("sales", "profit"):
        assert m.peak_score(m.DEFAULT, objective) == pytest.approx(
            float(m.to_seven_point(m.optimum(m.DEFAULT, objective).orientation)))
