"""The case company, specified as tests.

Koningsvast is fictional and stylized, but the lessons rely on its shape: a
skewed customer base, shares of wallet below the ~80 % ceiling, a whale curve
of customer profit, and over-servers who stand out on the warning signs.
These tests pin that shape down, and keep the packaged CSV files in sync with
the generator.
"""
from __future__ import annotations

from importlib import resources

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from customer_king import cases

PROFILES = cases.designed_profiles()
OVER_SERVERS = sorted(n for n, p in PROFILES.items() if p == "over-server")
UNDER_SERVERS = sorted(n for n, p in PROFILES.items() if p == "under-server")
OTHER_SEEDS = (0, 1, 7, 42, 123)


@pytest.fixture(scope="module")
def case() -> cases.CaseCompany:
    """The packaged case, as the notebooks see it."""
    return cases.load_case()


@pytest.fixture(scope="module")
def acc(case) -> dict[str, np.ndarray]:
    return case.accounts


def per_person(acc, values, mask=None, statistic=np.mean) -> dict[str, float]:
    """statistic(values) for each salesperson, optionally within ``mask``."""
    mask = np.ones(len(values), bool) if mask is None else mask
    return {
        name: float(statistic(values[(acc["salesperson"] == name) & mask]))
        for name in np.unique(acc["salesperson"])
    }


def top_fraction_share(values: np.ndarray, fraction: float) -> float:
    ordered = np.sort(values)[::-1]
    k = int(round(fraction * len(ordered)))
    return float(ordered[:k].sum() / ordered.sum())


# --------------------------------------------------------------------------
# Deterministic, and the packaged files are what the generator writes
# --------------------------------------------------------------------------


def test_same_seed_gives_the_same_case():
    assert cases.make_case_company(11) == cases.make_case_company(11)


def test_a_different_seed_gives_a_different_case():
    a, b = cases.make_case_company(11), cases.make_case_company(12)
    assert a != b
    assert not np.array_equal(a.accounts["category_spend_eur"], b.accounts["category_spend_eur"])


def test_the_team_does_not_depend_on_the_seed():
    a, b = cases.make_case_company(3).salespeople, cases.make_case_company(4).salespeople
    assert list(a) == list(b)
    assert all(np.array_equal(a[key], b[key]) for key in a)


def test_packaged_files_are_what_the_generator_writes(tmp_path):
    generated = cases.make_case_company(cases.DEFAULT_SEED)
    cases.write_case_csv(generated, tmp_path)
    (tmp_path / cases.DICTIONARY_FILE).write_text(
        cases.data_dictionary_markdown(generated), encoding="utf-8", newline="\n"
    )
    packaged = resources.files("customer_king") / "data"
    for name in (cases.ACCOUNTS_FILE, cases.SALESPEOPLE_FILE, cases.DICTIONARY_FILE):
        assert (packaged / name).read_bytes() == (tmp_path / name).read_bytes(), (
            f"{name} is out of date: run python tools/make_case_data.py"
        )


def test_loading_the_package_gives_exactly_the_generated_case(case):
    assert case == cases.make_case_company(cases.DEFAULT_SEED)


def test_writing_twice_gives_identical_bytes(tmp_path):
    first, second = tmp_path / "first", tmp_path / "second"
    cases.write_case_csv(cases.make_case_company(5), first)
    cases.write_case_csv(cases.make_case_company(5), second)
    for name in (cases.ACCOUNTS_FILE, cases.SALESPEOPLE_FILE):
        assert (first / name).read_bytes() == (second / name).read_bytes()


@pytest.mark.parametrize("seed", OTHER_SEEDS)
def test_any_seed_survives_a_round_trip_through_csv(tmp_path, seed):
    generated = cases.make_case_company(seed)
    cases.write_case_csv(generated, tmp_path)
    assert cases.load_case(tmp_path) == generated


def test_csv_is_plain_utf8_with_a_header_and_unix_line_endings(case):
    raw = (resources.files("customer_king") / "data" / cases.ACCOUNTS_FILE).read_bytes()
    text = raw.decode("utf-8")
    assert "\r" not in text and text.endswith("\n")
    lines = text.splitlines()
    assert lines[0] == ",".join(c.name for c in cases.COLUMNS)
    assert len(lines) == case.n_accounts + 1


def test_schema_documents_every_column(case):
    assert list(case.accounts) == [c.name for c in cases.COLUMNS]
    assert list(case.salespeople) == [c.name for c in cases.SALESPEOPLE_COLUMNS]
    for column in (*cases.COLUMNS, *cases.SALESPEOPLE_COLUMNS):
        assert column.kind in {"str", "int", "float"}
        assert column.description
        assert (column.decimals is not None) == (column.kind == "float")


def test_data_dictionary_describes_the_case_without_naming_the_over_servers():
    text = cases.data_dictionary_markdown(cases.make_case_company(cases.DEFAULT_SEED))
    assert "Fictional and stylized" in text
    assert str(cases.DEFAULT_SEED) in text
    for column in cases.COLUMNS:
        assert f"`{column.name}`" in text
    for name in OVER_SERVERS:
        assert name not in text, "the data dictionary must not give the exercise away"


def test_arrays_are_read_only(acc):
    with pytest.raises(ValueError):
        acc["hours_per_year"][0] = 0.0


def test_seed_must_be_a_whole_number():
    for bad in (-1, 1.5, "2018", True):
        with pytest.raises(ValueError):
            cases.make_case_company(bad)


# --------------------------------------------------------------------------
# Size and validity
# --------------------------------------------------------------------------


def test_twelve_salespeople_and_about_300_accounts(case, acc):
    assert len(case.team) == 12 and len(set(case.team)) == 12
    assert 250 <= case.n_accounts <= 350
    assert set(acc["salesperson"]) == set(case.team), "everyone has accounts"


def test_account_ids_are_unique_and_sorted(acc):
    ids = acc["account_id"].tolist()
    assert ids == sorted(ids) and len(set(ids)) == len(ids)
    assert ids[0] == "A001"
    assert len(set(acc["account_name"].tolist())) == len(ids)


def test_all_values_are_finite_and_in_range(case, acc):
    cases.check_case(case)  # raises on any broken rule
    for column in cases.COLUMNS:
        if column.kind != "str":
            assert np.all(np.isfinite(acc[column.name].astype(float))), column.name
    assert np.all(acc["category_spend_eur"] >= 4_000)
    assert np.all(acc["hours_per_year"] > 0)
    assert np.all((acc["non_sales_share"] >= 0) & (acc["non_sales_share"] <= 1))
    assert np.all(acc["internal_requests"] >= 0)
    assert np.all((acc["satisfaction"] >= 1) & (acc["satisfaction"] <= 7))
    assert np.all(acc["gross_margin_eur"] > 0)
    orientation = case.salespeople["orientation_1to7"]
    assert np.all((orientation >= 1) & (orientation <= 7))
    assert np.all(case.salespeople["annual_hours_budget"] > 0)


def test_total_spend_is_in_the_tens_of_millions(acc):
    assert 10e6 <= acc["category_spend_eur"].sum() <= 99e6


def test_our_sales_never_exceed_the_customers_category_spend(acc):
    assert np.all(acc["our_sales_eur"] <= acc["category_spend_eur"])
    assert np.all(acc["our_sales_eur"] > 0)


def test_cost_to_serve_follows_its_documented_formula(acc):
    expected = (acc["hours_per_year"] * cases.HOURLY_COST_EUR
                + acc["internal_requests"] * cases.REQUEST_COST_EUR
                + cases.BASE_COST_EUR)
    assert np.all(np.abs(acc["cost_to_serve_eur"] - expected) <= 0.5)


@settings(max_examples=25, deadline=None, derandomize=True)
@given(seed=st.integers(min_value=0, max_value=2**32 - 1))
def test_every_seed_gives_a_valid_case(seed):
    case = cases.make_case_company(seed)
    cases.check_case(case)
    acc = case.accounts
    assert 285 <= case.n_accounts <= 315
    assert np.all(acc["our_sales_eur"] <= acc["category_spend_eur"])
    assert set(acc["salesperson"]) == set(case.team)


# --------------------------------------------------------------------------
# Share of wallet: mostly below the ~80 % ceiling
# --------------------------------------------------------------------------


def test_mean_share_of_wallet_is_between_35_and_45_percent(acc):
    assert 0.35 <= cases.share_of_wallet(acc).mean() <= 0.45


def test_shares_stay_below_the_ceiling_except_a_few_sole_source_accounts(acc):
    share = cases.share_of_wallet(acc)
    above = share > cases.SHARE_CEILING
    assert 0 < above.sum() <= 0.04 * len(share)
    assert np.all(share <= 0.95)
    assert np.mean((share >= 0.05) & (share <= 0.80)) >= 0.9


def test_share_rises_with_effort_but_flattens_below_the_ceiling(acc):
    tier, hours = acc["tier"], acc["hours_per_year"]
    norm = np.array([np.median(hours[tier == t]) for t in tier])
    ratio = hours / norm
    share = cases.share_of_wallet(acc)
    normal, double, heavy = ratio < 1.25, (ratio >= 1.25) & (ratio < 3), ratio >= 3
    assert share[normal].mean() < share[double].mean() < share[heavy].mean()
    assert 0.6 <= share[heavy].mean() <= cases.SHARE_CEILING


def test_headroom_is_the_room_below_the_ceiling(acc):
    room = cases.headroom(acc)
    assert np.all(room >= 0)
    above = cases.share_of_wallet(acc) >= cases.SHARE_CEILING
    assert np.all(room[above] == 0)
    expected = cases.SHARE_CEILING * acc["category_spend_eur"] - acc["our_sales_eur"]
    np.testing.assert_allclose(room[~above], expected[~above])
    assert np.all(cases.headroom(acc, ceiling=1.0) >= room)
    with pytest.raises(ValueError):
        cases.headroom(acc, ceiling=1.5)


# --------------------------------------------------------------------------
# A skewed customer base, tiers by spend, and a whale curve
# --------------------------------------------------------------------------


def test_the_biggest_fifth_of_accounts_hold_most_of_the_spend(acc):
    assert top_fraction_share(acc["category_spend_eur"], 0.20) > 0.50


def test_tiers_follow_the_spend_ranks(acc):
    spend, tier = acc["category_spend_eur"], acc["tier"]
    assert spend[tier == "A"].min() >= spend[tier == "B"].max()
    assert spend[tier == "B"].min() >= spend[tier == "C"].max()
    n = len(spend)
    assert 0.10 <= np.mean(tier == "A") <= 0.15
    assert abs(np.mean(tier == "C") - 0.50) <= 1 / n


def test_whale_curve_in_the_commonly_reported_range(acc):
    profit = cases.account_profit(acc)
    assert profit.sum() > 0
    top = top_fraction_share(profit, 0.20)
    assert 1.30 < top < 3.00, f"top 20 % earn {top:.0%} of profit"
    assert np.isclose(cases.top_share_of_profit(acc), top)
    assert np.sum(profit < 0) >= 0.1 * len(profit), "the least profitable lose money"


def test_account_profit_is_margin_minus_cost_to_serve(acc):
    np.testing.assert_array_equal(
        cases.account_profit(acc), acc["gross_margin_eur"] - acc["cost_to_serve_eur"]
    )


@pytest.mark.parametrize("seed", OTHER_SEEDS)
def test_the_shape_holds_for_other_seeds(seed):
    acc = cases.make_case_company(seed).accounts
    share = cases.share_of_wallet(acc)
    assert 0.35 <= share.mean() <= 0.47
    assert np.mean(share > cases.SHARE_CEILING) <= 0.05
    assert top_fraction_share(acc["category_spend_eur"], 0.20) > 0.50
    profit = cases.account_profit(acc)
    assert profit.sum() > 0 and top_fraction_share(profit, 0.20) > 1.10
    assert np.any(profit < 0)


# --------------------------------------------------------------------------
# Orientation drives behaviour; the over-servers stand out
# --------------------------------------------------------------------------


def _rank_correlation(x, y) -> float:
    rx, ry = np.argsort(np.argsort(x)), np.argsort(np.argsort(y))
    return float(np.corrcoef(rx, ry)[0, 1])


@pytest.mark.parametrize("column", ["hours_per_year", "non_sales_share", "satisfaction"])
def test_more_oriented_salespeople_spend_more_time_talk_more_and_please_more(case, acc, column):
    orientation = dict(zip(case.team, case.salespeople["orientation_1to7"]))
    means = per_person(acc, acc[column])
    names = list(means)
    assert _rank_correlation([orientation[n] for n in names], [means[n] for n in names]) > 0.8


def test_more_oriented_salespeople_win_a_higher_share(case, acc):
    orientation = dict(zip(case.team, case.salespeople["orientation_1to7"]))
    means = per_person(acc, cases.share_of_wallet(acc))
    names = list(means)
    assert _rank_correlation([orientation[n] for n in names], [means[n] for n in names]) > 0.7


def test_the_answer_key_names_two_or_three_over_servers_and_one_or_two_under_servers(case):
    assert set(PROFILES) == set(case.team)
    assert 2 <= len(OVER_SERVERS) <= 3
    assert 1 <= len(UNDER_SERVERS) <= 2


@pytest.mark.parametrize("name", OVER_SERVERS)
def test_over_servers_stand_out_on_the_warning_signs(acc, name):
    c_tier = acc["tier"] == "C"
    signs = {
        "hours on C-tier accounts": per_person(acc, acc["hours_per_year"], c_tier),
        "non-sales share": per_person(acc, acc["non_sales_share"]),
        "internal requests per account": per_person(acc, acc["internal_requests"].astype(float)),
    }
    for sign, values in signs.items():
        team_median = np.median(list(values.values()))
        assert values[name] > 1.3 * team_median, f"{name}: {sign} does not stand out"


@pytest.mark.parametrize("name", OVER_SERVERS)
def test_over_servers_put_effort_where_the_share_is_already_high(acc, name):
    mine = acc["salesperson"] == name
    near = cases.share_of_wallet(acc) >= 0.70
    hours = acc["hours_per_year"]
    theirs = hours[mine & near].sum() / hours[mine].sum()
    others = hours[~mine & near].sum() / hours[~mine].sum()
    assert theirs > others


@pytest.mark.parametrize("name", OVER_SERVERS)
def test_over_servers_please_customers_but_earn_little(acc, name):
    satisfaction = per_person(acc, acc["satisfaction"])
    profit_per_account = per_person(acc, cases.account_profit(acc))
    assert satisfaction[name] > np.median(list(satisfaction.values()))
    assert profit_per_account[name] < np.median(list(profit_per_account.values()))


@pytest.mark.parametrize("name", UNDER_SERVERS)
def test_under_servers_neglect_big_accounts_and_leave_headroom(acc, name):
    a_tier = acc["tier"] == "A"
    a_hours = per_person(acc, acc["hours_per_year"], a_tier)
    share = per_person(acc, cases.share_of_wallet(acc))
    assert a_hours[name] < 0.75 * np.median(list(a_hours.values()))
    assert share[name] < np.median(list(share.values()))


def test_a_highly_oriented_salesperson_need_not_over_serve(case, acc):
    orientation = dict(zip(case.team, case.salespeople["orientation_1to7"]))
    balanced = [n for n, p in PROFILES.items() if p == "balanced"]
    best = max(balanced, key=orientation.get)
    assert orientation[best] >= 5.5
    hours_c = per_person(acc, acc["hours_per_year"], acc["tier"] == "C")
    assert hours_c[best] < 1.3 * np.median(list(hours_c.values()))


@pytest.mark.parametrize("seed", OTHER_SEEDS)
def test_over_servers_stand_out_for_other_seeds(seed):
    acc = cases.make_case_company(seed).accounts
    c_tier = acc["tier"] == "C"
    for values in (
        per_person(acc, acc["hours_per_year"], c_tier),
        per_person(acc, acc["non_sales_share"]),
        per_person(acc, acc["internal_requests"].astype(float)),
    ):
        team_median = np.median(list(values.values()))
        for name in OVER_SERVERS:
            assert values[name] > 1.3 * team_median


# --------------------------------------------------------------------------
# Loading checks the data; helpers
# --------------------------------------------------------------------------


def _break_csv(tmp_path, old: str, new: str):
    cases.write_case_csv(cases.make_case_company(3), tmp_path)
    path = tmp_path / cases.ACCOUNTS_FILE
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_loading_rejects_a_wrong_header(tmp_path):
    _break_csv(tmp_path, "our_sales_eur", "sales")
    with pytest.raises(ValueError, match="header"):
        cases.load_case(tmp_path)


def test_loading_rejects_sales_above_the_wallet(tmp_path):
    case = cases.make_case_company(3)
    first = cases.csv_files._csv_text(case.accounts, cases.COLUMNS).splitlines()[1].split(",")
    spend, sales = first[5], first[6]
    _break_csv(tmp_path, f",{spend},{sales},", f",{spend},{int(spend) + 1},")
    with pytest.raises(ValueError, match="exceeds"):
        cases.load_case(tmp_path)


def test_loading_rejects_text_in_a_number_column(tmp_path):
    cases.write_case_csv(cases.make_case_company(3), tmp_path)
    path = tmp_path / cases.ACCOUNTS_FILE
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    fields = lines[1].rstrip("\n").split(",")
    fields[7] = "many"
    lines[1] = ",".join(fields) + "\n"
    path.write_text("".join(lines), encoding="utf-8")
    with pytest.raises(ValueError, match="hours_per_year"):
        cases.load_case(tmp_path)


def test_subset_and_accounts_of_select_rows(case):
    mine = case.accounts_of(case.team[0])
    assert set(mine) == set(case.accounts)
    assert np.all(mine["salesperson"] == case.team[0])
    assert len(mine["account_id"]) == int(np.sum(case.accounts["salesperson"] == case.team[0]))
    with pytest.raises(KeyError):
        case.accounts_of("Nobody N.")


def test_group_by_totals_add_up(acc):
    totals = cases.group_by(acc, "salesperson", "our_sales_eur")
    assert len(totals) == 12
    assert np.isclose(sum(totals.values()), acc["our_sales_eur"].sum())
    medians = cases.group_by(acc, "tier", acc["hours_per_year"], np.median)
    assert list(medians) == list(dict.fromkeys(acc["tier"].tolist())), "order of first appearance"
    assert medians["A"] > medians["B"] > medians["C"]


def test_derived_functions_accept_the_case_itself(case):
    np.testing.assert_array_equal(cases.share_of_wallet(case), cases.share_of_wallet(case.accounts))
    assert case.n_accounts == len(cases.account_profit(case))
    assert "Koningsvast" in repr(case)
