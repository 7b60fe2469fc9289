"""Warning signs measured on the case data, and the explorers of lessons 4 and 5.

The lessons print who scores amber or red; these tests pin down that the
score finds the over-servers the case was designed with, and nobody else,
and that every explorer redraws at every corner of its sliders.
"""
from __future__ import annotations

import itertools

import numpy as np
import pytest

from customer_king import cases, model, overservice
from customer_king.explorers import headroom_explorer, wallet_allocation_explorer, warning_score_explorer

CASE = cases.load_case()
ACC = CASE.accounts
PROFILES = cases.designed_profiles()


def test_indicators_give_one_value_per_salesperson_for_each_measurable_sign():
    signs = overservice.salesperson_indicators(CASE)
    assert tuple(signs) == overservice.CASE_SIGNS
    assert all(values.shape == (len(CASE.team),) and np.all(np.isfinite(values)) for values in signs.values())
    assert set(overservice.CASE_SIGNS) <= {s.key for s in model.WARNING_SIGNS}


def test_the_score_flags_exactly_the_designed_over_servers():
    bands = model.warning_band(model.warning_score(overservice.salesperson_indicators(CASE)))
    flagged = {name for name, band in zip(CASE.team, bands) if band != "green"}
    assert flagged == {name for name, profile in PROFILES.items() if profile == "over-server"}


def test_high_orientation_alone_does_not_raise_the_score():
    scores = dict(zip(CASE.team, model.warning_score(overservice.salesperson_indicators(CASE))))
    assert scores["Sanne K."] < 30  # orientation 5.6, balanced by design


def test_no_balanced_salesperson_turns_amber_whatever_the_weights():
    signs = overservice.salesperson_indicators(CASE)
    balanced = [i for i, name in enumerate(CASE.team) if PROFILES[name] != "over-server"]
    for key in overservice.CASE_SIGNS:  # the most extreme weighting: one sign only
        scores = model.warning_score(signs, {key: 1.0})
        assert np.all(scores[balanced] < 30), key


def test_benchmark_is_the_tier_median_and_ratios_centre_on_one():
    ratio = overservice.account_hours_vs_tier(ACC)
    for tier in ("A", "B", "C"):
        assert np.median(ratio[ACC["tier"] == tier]) == pytest.approx(1.0)


def test_excess_hours_are_never_negative_and_vanish_below_the_threshold():
    excess = overservice.excess_hours(ACC)
    ratio = overservice.account_hours_vs_tier(ACC)
    assert np.all(excess >= 0)
    assert np.all(excess[ratio <= 1.2] == 0)
    assert np.all(excess[overservice.overserved_accounts(ACC)] > 0)


def test_a_table_without_some_columns_gets_only_the_signs_it_can_show():
    table = {k: ACC[k] for k in ("salesperson", "category_spend_eur", "our_sales_eur", "non_sales_share")}
    assert list(overservice.salesperson_indicators(table)) == ["non_sales_share"]
    with_hours = dict(table, hours_per_year=ACC["hours_per_year"])  # no tier: no hours-vs-tier, no small accounts
    assert list(overservice.salesperson_indicators(with_hours)) == ["non_sales_share", "effort_near_ceiling"]
    full = overservice.salesperson_indicators(CASE)
    np.testing.assert_array_equal(overservice.salesperson_indicators(dict(ACC), CASE.team)["non_sales_share"],
                                  full["non_sales_share"])


def test_unknown_values_are_left_out_of_the_means():
    table = dict(ACC)
    hours = np.array(ACC["hours_per_year"], float)
    first = np.flatnonzero(ACC["salesperson"] == CASE.team[0])[0]
    hours[first] = np.nan
    table["hours_per_year"] = hours
    signs = overservice.salesperson_indicators(table, CASE.team)
    assert all(np.isfinite(v).all() for v in signs.values())
    ratio = overservice.account_hours_vs_tier(table)
    mine = ACC["salesperson"] == CASE.team[0]
    assert np.isnan(ratio[first]) and signs["hours_vs_tier"][0] == pytest.approx(np.nanmean(ratio[mine]))


def test_per_account_signs_and_the_small_tier_of_own_segments():
    signs = overservice.account_indicators(CASE)
    np.testing.assert_array_equal(signs["hours_vs_tier"], overservice.account_hours_vs_tier(CASE))
    requests = ACC["internal_requests"]
    np.testing.assert_allclose(signs["internal_requests"], requests / max(np.median(requests), 1.0))
    own = {"tier": np.array(["Key", "Key", "Rest", "Rest"]), "category_spend_eur": np.array([900.0, 800, 20, 30])}
    assert overservice.small_accounts(own).tolist() == [False, False, True, True]
    assert np.array_equal(overservice.small_accounts(CASE), ACC["tier"] == "C")


def test_whale_curve_runs_from_zero_to_one_and_peaks_above_one():
    accounts, cumulative = overservice.whale_curve(cases.account_profit(ACC))
    assert accounts[0] == 0 and accounts[-1] == CASE.n_accounts
    assert cumulative[0] == 0 and cumulative[-1] == pytest.approx(1.0)
    assert cumulative.max() > 1.0
    k = int(round(0.2 * CASE.n_accounts))
    assert cumulative[k] == pytest.approx(cases.top_share_of_profit(ACC, 0.20))
    with pytest.raises(ValueError):
        overservice.whale_curve(np.array([-1.0, -2.0]))


def _corners(explorer):
    specs = explorer.specs
    for values in itertools.product(*[(s.min, s.value, s.max) for s in specs]):
        yield dict(zip((s.name for s in specs), values))


@pytest.mark.parametrize("factory", [wallet_allocation_explorer, lambda: headroom_explorer(CASE)],
                         ids=["wallet_allocation", "headroom"])
def test_lesson_4_explorers_redraw_at_every_slider_corner(factory):
    explorer = factory()
    for values in _corners(explorer):
        explorer.set(**values)
        assert explorer.readout.value and explorer.image.value[:4] == b"\x89PNG"


def test_wallet_allocation_readout_states_the_rule_and_caps_the_rank():
    explorer = wallet_allocation_explorer()
    explorer.set(n_suppliers=5, rank=4)
    assert f"{model.wallet_allocation_share(4, 5):.0%}" in explorer.readout.value
    explorer.set(n_suppliers=2, rank=4)
    assert "rank 4 does not exist" in explorer.readout.value


def test_warning_explorer_names_the_flagged_salespeople_and_survives_zero_weights():
    explorer = warning_score_explorer(CASE)
    assert "Mirjam T." in explorer.readout.value
    explorer.set(**{key: 0.0 for key in overservice.CASE_SIGNS})
    assert "Every weight is 0" in explorer.readout.value
    explorer.set(**{key: 3.0 for key in overservice.CASE_SIGNS})
    assert "Red" in explorer.readout.value
