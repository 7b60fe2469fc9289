"""Lesson 6's analyses on a participant's list: the kit's economics, not a second copy of them.

The warning signs are ``overservice``'s, the whale curve is ``overservice.whale_curve``,
derived tiers follow the case company's split (``tiers.tier_index_by_spend``): the
tests below hold own_data to those, on the sample and on the case company's own file.
"""
from __future__ import annotations

import re
from pathlib import Path

import numpy as np
import pytest

from customer_king import cases, model, overservice, own_data
from own_data_files import ok

pytestmark = pytest.mark.filterwarnings("error::RuntimeWarning")

PLAIN = (b"account,category_spend,our_sales,hours\n"
         b"Alpha,1000,250,10\n"
         b"Beta,2000.5,1000,20\n")


@pytest.fixture(scope="module")
def case_list():
    """The case company's accounts file, read as a participant's own list."""
    return own_data.load_accounts(Path(cases.__file__).parents[1] / "data" / cases.ACCOUNTS_FILE)


def test_the_warning_score_per_salesperson_is_lesson_5s(case_list):
    case = cases.load_case()
    table = own_data.warning_scores(case_list)
    expected = model.warning_score(overservice.salesperson_indicators(case))
    by_name = dict(zip(table.values["label"], table.values["score"]))
    assert set(by_name) == set(case.team)
    np.testing.assert_allclose([by_name[name] for name in case.team], expected, rtol=1e-12)


def test_the_warning_score_per_account_uses_overservices_account_signs(case_list):
    table = own_data.warning_scores(case_list, by="account")
    indicators = overservice.account_indicators(case_list.columns)
    order = [list(case_list["account"]).index(name) for name in table.values["label"]]
    for key, values in table.extra["indicators"].items():
        np.testing.assert_array_equal(values, indicators[key][order])


def test_one_near_ceiling_threshold():
    assert own_data.NEAR_CEILING_SHARE is overservice.NEAR_CEILING_SHARE


def test_tiers_derived_from_spend_are_the_case_companys(case_list):
    without_tier = own_data.AccountList("no tiers", {k: v for k, v in case_list.columns.items() if k != "tier"},
                                        case_list.rows.copy())
    derived, was_derived = own_data.analyses.tiers(without_tier)
    assert was_derived
    np.testing.assert_array_equal(derived, cases.load_case().accounts["tier"])
    table = own_data.warning_scores(without_tier)
    assert any("derived from category spend" in n for n in table.notes)


def test_the_whale_curve_is_overservices(case_list):
    curve = own_data.whale_curve(case_list)
    accounts, cumulative = overservice.whale_curve(cases.account_profit(cases.load_case()))
    np.testing.assert_allclose(curve.profit_share, cumulative, rtol=1e-12)
    np.testing.assert_allclose(curve.accounts_share, accounts / (len(accounts) - 1))


def test_a_whale_curve_without_profit_says_why(tmp_path):
    acc = ok(tmp_path, b"account,category spend,our sales,gross margin,cost to serve\nA,100,50,10,20\nB,100,50,5,20\n")
    curve = own_data.whale_curve(acc)
    assert not curve and "not positive" in str(curve)


def test_unknown_values_are_left_out_of_the_signs_not_counted_as_zero(tmp_path):
    acc = ok(tmp_path, b"account,salesperson,tier,category spend,our sales,hours,internal requests\n"
                       b"A,Ann,A,1000,100,40,4\nB,Ann,C,100,10,,2\nC,Bob,A,1000,100,40,\nD,Bob,C,100,10,5,1\n")
    signs = own_data.warning_scores(acc).extra["indicators"]
    order = list(own_data.warning_scores(acc).values["label"])
    ann, bob = order.index("Ann"), order.index("Bob")
    assert signs["hours_vs_tier"][ann] == pytest.approx(40 / 40)  # B's unknown hours are not 0 hours
    assert signs["internal_requests"][bob] == pytest.approx(1 / np.median([3.0, 1.0]))  # C's unknown requests


@pytest.fixture(scope="module")
def sample():
    return own_data.load_sample()


def test_share_of_wallet_and_headroom(sample):
    sow = own_data.share_of_wallet(sample)
    np.testing.assert_allclose(sow, sample["our_sales_eur"] / sample["category_spend_eur"])
    room = own_data.headroom(sample, 0.7)
    np.testing.assert_allclose(room, np.maximum(0.7 * sample["category_spend_eur"] - sample["our_sales_eur"], 0))


def test_priorities_rank_by_margin_within_reach(sample):
    table = own_data.priorities(sample, top=5)
    key = table.values["within_reach_eur"]
    assert len(table) == 5 and np.all(np.diff(key) <= 0)
    i = table.values["index"][0]
    expected = own_data.headroom(sample)[i] * sample["gross_margin_eur"][i] / sample["our_sales_eur"][i]
    assert key[0] == pytest.approx(expected)


def test_warning_scores_per_account_use_the_model(sample):
    table = own_data.warning_scores(sample, by="account")
    indicators = table.extra["indicators"]
    assert set(indicators) == {"hours_vs_tier", "non_sales_share", "internal_requests"}
    np.testing.assert_allclose(table.values["score"], model.warning_score(indicators))
    summed = sum(table.values[k] for k in table.extra["signs"])
    np.testing.assert_allclose(summed, table.values["score"])


def test_the_over_server_of_the_sample_scores_highest(sample):
    table = own_data.warning_scores(sample)
    assert table.values["label"][0] == "Mark J." and table.values["band"][0] != "green"


def test_a_minimal_list_switches_analyses_off_with_notes(tmp_path):
    acc = ok(tmp_path, PLAIN.replace(b",hours", b"").replace(b",10\n", b"\n").replace(b",20\n", b"\n"))
    for result in (own_data.warning_scores(acc), own_data.whale_curve(acc), own_data.suggested_hours(acc)):
        assert not result and "add column" in str(result)
    assert any("'gross margin'" in n for n in acc.notes)


@pytest.mark.parametrize("lang, word", [("en", "and"), ("nl", "en")])
def test_the_columns_to_add_are_listed_in_the_learners_language(tmp_path, lang, word):
    from customer_king.messages import language
    acc = ok(tmp_path, PLAIN.replace(b",hours", b"").replace(b",10\n", b"\n").replace(b",20\n", b"\n"))
    with language(lang):
        why = str(own_data.warning_scores(acc))
    # three columns missing, each written "'english' ('dutch')": "… ('uren'), … ('…') en …"
    assert why.count("), '") == 1 and why.count(f") {word} '") == 1


def test_one_salesperson_list_scores_as_one_person(tmp_path):
    acc = ok(tmp_path, PLAIN)
    table = own_data.warning_scores(acc)
    assert len(table) == 1 and table.values["label"][0] == "(whole list)"


def test_whale_curve(sample):
    curve = own_data.whale_curve(sample)
    profit = sample["gross_margin_eur"] - sample["cost_to_serve_eur"]
    assert curve.profit_share[0] == 0 and curve.profit_share[-1] == pytest.approx(1)
    assert curve.loss_making == int((profit < 0).sum())
    assert curve.top20 == pytest.approx(np.sort(profit)[::-1][:8].sum() / profit.sum())


def test_suggested_hours_keep_the_total_and_equalise_marginal_value(sample):
    shift = own_data.suggested_hours(sample)
    assert np.nansum(shift.values["suggested"]) == pytest.approx(np.nansum(sample["hours_per_year"]))
    rate = sample["gross_margin_eur"] / sample["our_sales_eur"]
    wallets = sample["category_spend_eur"] * rate
    funded = own_data.headroom(sample) >= 0  # all
    new = np.empty(len(sample))
    new[shift.values["index"]] = shift.values["suggested"]
    marginal = model.marginal_value_per_hour(wallets, new, saturation_hours=shift.extra["saturation_hours"])
    given = new > 0
    np.testing.assert_allclose(marginal[given], shift.extra["value_of_next_hour"], rtol=1e-6)
    assert np.all(marginal[~given & funded] <= shift.extra["value_of_next_hour"] * (1 + 1e-9))


def test_forget_removes_the_data_from_the_namespace(sample, capsys):
    namespace = {"accounts": sample, "table": own_data.priorities(sample), "x": 3}
    own_data.forget(namespace, clear=False)
    assert namespace == {"x": 3}
    assert "Clear Outputs of All Cells" in capsys.readouterr().out


def test_reports_and_tables_print_without_error(sample):
    assert "Where more orientation still pays" in str(own_data.show(sample))
    assert "<table>" in own_data.priorities(sample)._repr_html_()




@pytest.mark.parametrize("lang, reads, article", [("en", "'UREN' as 'hours'", "No the "),
                                                   ("nl", "'UREN' als 'uren'", "Geen de ")])
def test_the_load_summary_speaks_the_learners_language(tmp_path, lang, reads, article):
    """What the loader found, in words: the file's header, then the kit's name for it in the
    learner's language (not the internal key hours_per_year), and notes that read as sentences."""
    from customer_king.messages import language
    with language(lang):
        acc = ok(tmp_path, b"Klant;Inkoop;Onze omzet;UREN\nA;1000;200;10\nB;2000;500;5\n")
        summary = acc.summary()
    assert reads in summary and "hours_per_year" not in summary
    assert article not in summary


def test_the_headroom_bars_write_millions_in_the_learners_style():
    from matplotlib.text import Text

    from customer_king import explorers
    from customer_king.messages import language
    with language("nl"):
        ex = explorers.headroom_explorer()
        ex.set(ceiling=0.7)
        shown = [t.get_text() for t in ex.figure.findobj(Text) if t.get_text().startswith("€")]
    assert shown and all(re.fullmatch(r"€ \d+,\d mln", s) for s in shown), shown
