"""Lesson 6's loader reads real, messy exports of a participant's own accounts.

Every awkward file below is written to a temporary folder and loaded from its
path; each case asserts the exact outcome (the values read, or an
``OwnDataError`` naming the spreadsheet row and column) and that the file's
bytes and modification time are unchanged afterwards.
"""
from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from customer_king import cases, own_data
from customer_king.own_data import OwnDataError, columns, load_accounts
from own_data_files import example_csv, fails, ok, where

pytestmark = pytest.mark.filterwarnings("error::RuntimeWarning")


PLAIN = (b"account,category_spend,our_sales,hours\n"
         b"Alpha,1000,250,10\n"
         b"Beta,2000.5,1000,20\n")


# ---------------------------------------------------------------- parsed correctly

def test_plain_comma_separated_english(tmp_path):
    acc = ok(tmp_path, PLAIN)
    assert list(acc["account"]) == ["Alpha", "Beta"]
    assert acc["category_spend_eur"].tolist() == [1000.0, 2000.5]
    assert acc["our_sales_eur"].tolist() == [250.0, 1000.0]
    assert acc["hours_per_year"].tolist() == [10.0, 20.0]
    assert acc.rows.tolist() == [2, 3]


def test_semicolons_decimal_comma_and_thousands_dots(tmp_path):
    acc = ok(tmp_path, "klant;totale inkoop;onze omzet;uren\n"
                       "Alpha;1.234,56;1.000;12,5\nBeta;12.000;3.000,25;7\n".encode())
    assert acc["category_spend_eur"].tolist() == [1234.56, 12000.0]
    assert acc["our_sales_eur"].tolist() == [1000.0, 3000.25]
    assert acc["hours_per_year"].tolist() == [12.5, 7.0]
    assert "decimal comma" in acc.notes[0]


def test_tab_separated(tmp_path):
    acc = ok(tmp_path, b"Account\tCategory spend\tOur sales\nAlpha\t500\t100\nBeta\t800\t400\n")
    assert acc["our_sales_eur"].tolist() == [100.0, 400.0]
    assert "tabs" in acc.notes[0]


def test_quoted_values_with_thousands_commas_and_decimal_points(tmp_path):
    acc = ok(tmp_path, b'account,category_spend,our_sales\n"Alpha, Inc.","1,234.56","1,000.00"\nBeta,"12,000",300\n')
    assert list(acc["account"]) == ["Alpha, Inc.", "Beta"]
    assert acc["category_spend_eur"].tolist() == [1234.56, 12000.0]
    assert acc["our_sales_eur"].tolist() == [1000.0, 300.0]


def test_spaces_and_non_breaking_spaces_as_thousands_separators(tmp_path):
    acc = ok(tmp_path, "klant;totale inkoop;onze omzet\nAlpha;1 234,56;1\u00a0000\nBeta;2\u202f000;500,5\n".encode())
    assert acc["category_spend_eur"].tolist() == [1234.56, 2000.0]
    assert acc["our_sales_eur"].tolist() == [1000.0, 500.5]


def test_currency_signs_and_codes(tmp_path):
    acc = ok(tmp_path, "account;category spend;our sales;cost to serve\n"
                       "Alpha;€ 1.000;EUR 250;$40\nBeta;2.000 €;1.000 EUR;€-0\n".encode())
    assert acc["category_spend_eur"].tolist() == [1000.0, 2000.0]
    assert acc["our_sales_eur"].tolist() == [250.0, 1000.0]
    assert acc["cost_to_serve_eur"].tolist() == [40.0, 0.0]


def test_percent_signs_become_fractions(tmp_path):
    acc = ok(tmp_path, "klant;totale inkoop;onze omzet;niet-commercieel aandeel\n"
                       "Alpha;100;50;35%\nBeta;100;50;12,5 %\n".encode())
    assert acc["non_sales_share"].tolist() == pytest.approx([0.35, 0.125])


def test_percent_header_without_signs_becomes_fractions(tmp_path):
    acc = ok(tmp_path, b"account,category spend,our sales,non-sales share (%)\nAlpha,100,50,35\nBeta,100,50,0.5\n")
    assert acc["non_sales_share"].tolist() == pytest.approx([0.35, 0.005])
    assert any("percentages" in n for n in acc.notes)


def test_utf8_with_bom_and_windows_line_endings(tmp_path):
    data = "\ufeffKlant;Totale inkoop;Onze omzet\r\nCafé Ünal;1.000;250\r\n\r\n".encode("utf-8")
    acc = ok(tmp_path, data)
    assert list(acc["account"]) == ["Café Ünal"]
    assert acc.headers["account"] == "Klant"
    assert any("byte-order mark" in n for n in acc.notes)


def test_windows_1252_excel_export(tmp_path):
    data = "klant;totale inkoop;onze omzet\nCafé Müller;€ 1.000;250\n".encode("cp1252")
    acc = ok(tmp_path, data)
    assert list(acc["account"]) == ["Café Müller"]
    assert acc["category_spend_eur"].tolist() == [1000.0]
    assert any("Windows-1252" in n for n in acc.notes)


def test_utf16_unicode_text_export(tmp_path):
    data = "account\tcategory spend\tour sales\r\nAlpha\t1000\t100\r\n".encode("utf-16")
    acc = ok(tmp_path, data)
    assert acc["our_sales_eur"].tolist() == [100.0]


def test_old_mac_line_endings(tmp_path):
    acc = ok(tmp_path, b"account,category spend,our sales\rAlpha,10,5\rBeta,20,5\r")
    assert acc["category_spend_eur"].tolist() == [10.0, 20.0]


def test_odd_header_spacing_capitals_underscores_and_units(tmp_path):
    acc = ok(tmp_path, b"  ACCOUNT_name ,Category__Spend (EUR), our-Sales [EUR/yr] ,Hours per Year\n"
                       b"Alpha,100,50,3\n")
    assert acc.has("account", "category_spend_eur", "our_sales_eur", "hours_per_year")
    assert acc.headers["category_spend_eur"] == "Category__Spend (EUR)"


def test_dutch_column_names(tmp_path):
    acc = ok(tmp_path, "Klant;Accountmanager;Segment;Totale inkoop;Onze omzet;Uren;Niet-commercieel aandeel;"
                       "Interne verzoeken;Tevredenheid;Brutomarge;Kosten\n"
                       "Alpha;Piet;a;1.000;500;10;20%;2;5,5;120;80\n".encode())
    assert set(acc.columns) == {"account", "salesperson", "tier", "category_spend_eur", "our_sales_eur",
                                "hours_per_year", "non_sales_share", "internal_requests", "satisfaction",
                                "gross_margin_eur", "cost_to_serve_eur"}
    assert acc["tier"].tolist() == ["A"]
    assert acc["satisfaction"].tolist() == [5.5]


def test_empty_trailing_rows_and_a_blank_row_in_between(tmp_path):
    acc = ok(tmp_path, b"account;category spend;our sales\nAlpha;10;5\n;;\n\nBeta;20;5\n;;\n;;\n\n")
    assert list(acc["account"]) == ["Alpha", "Beta"]
    assert acc.rows.tolist() == [2, 5]


def test_total_row_at_the_bottom_is_left_out(tmp_path):
    acc = ok(tmp_path, b"klant;totale inkoop;onze omzet\nAlpha;10;5\nBeta;20;5\nTotaal;30;10\n")
    assert list(acc["account"]) == ["Alpha", "Beta"]
    assert any("row 4" in n and "Totaal" in n for n in acc.notes)


def test_title_line_above_the_header_and_excel_sep_line(tmp_path):
    acc = ok(tmp_path, b"sep=;\nKlantenoverzicht 2024\n\nklant;totale inkoop;onze omzet\nAlpha;1,5;1\n")
    assert acc["category_spend_eur"].tolist() == [1.5]
    assert acc.rows.tolist() == [4]


def test_unknown_extra_columns_are_ignored_with_a_note(tmp_path):
    acc = ok(tmp_path, b"account,region,category spend,our sales,,notes\nAlpha,North,10,5,x,call back\n")
    assert set(acc.columns) == {"account", "category_spend_eur", "our_sales_eur"}
    note = next(n for n in acc.notes if n.startswith("Ignored"))
    assert "B 'region'" in note and "E (no header)" in note and "F 'notes'" in note


def test_amounts_in_thousands_are_scaled(tmp_path):
    acc = ok(tmp_path, "klant;totale inkoop (k€);onze omzet (k€)\nAlpha;12,5;2\n".encode())
    assert acc["category_spend_eur"].tolist() == [12500.0]
    assert acc["our_sales_eur"].tolist() == [2000.0]


def test_account_number_names_the_accounts_when_there_is_no_name(tmp_path):
    acc = ok(tmp_path, b"klantnummer;totale inkoop;onze omzet\n10023;100;50\n")
    assert list(acc["account"]) == ["10023"]


def test_satisfaction_scale_from_the_header(tmp_path):
    acc = ok(tmp_path, b"account,category spend,our sales,satisfaction (0-10)\nAlpha,10,5,9\n")
    assert acc.satisfaction_scale == (0.0, 10.0)
    assert acc["satisfaction"].tolist() == [9.0]


def test_missing_optional_values_become_nan_with_a_note(tmp_path):
    acc = ok(tmp_path, b"account,category spend,our sales,hours\nAlpha,10,5,\nBeta,10,5,3\n")
    assert np.isnan(acc["hours_per_year"][0]) and acc["hours_per_year"][1] == 3.0
    assert any("1 empty cell" in n for n in acc.notes)


def test_the_case_company_file_loads_as_an_own_list():
    path = Path(cases.__file__).parents[1] / "data" / cases.ACCOUNTS_FILE  # cases/ is a package
    acc = load_accounts(path)
    case = cases.load_case()
    assert list(acc["account"]) == list(case.accounts["account_name"])
    np.testing.assert_array_equal(acc["our_sales_eur"], case.accounts["our_sales_eur"])
    np.testing.assert_array_equal(acc["non_sales_share"], case.accounts["non_sales_share"])


def test_subtotal_and_total_rows_anywhere_are_left_out_with_a_note_naming_each(tmp_path):
    acc = ok(tmp_path, "klant;accountmanager;totale inkoop;onze omzet\n"
                       "Alpha;Mark J.;100;50\nBeta;Mark J.;200;50\nSubtotaal Mark J.;;300;100\n"
                       "Gamma;Lisa de W.;400;100\nTotaal Lisa de W.;Lisa de W.;400;100\n"
                       "Total Oil B.V.;Lisa de W.;500;100\nSom Metaal;Lisa de W.;50;10\n"
                       "Total;;1250;360\nGrand total:;;1250;360\n;Totaal;1250;360\n".encode())
    assert list(acc["account"]) == ["Alpha", "Beta", "Gamma", "Total Oil B.V.", "Som Metaal"]
    assert acc["category_spend_eur"].sum() == 1250.0  # nothing counted twice
    note = next(n for n in acc.notes if "totals" in n)
    for row, label in ((4, "Subtotaal Mark J."), (6, "Totaal Lisa de W."), (9, "Total"), (10, "Grand total:"),
                       (11, "Totaal")):
        assert f"row {row} ('{label}')" in note
    assert "Total Oil" not in note and "Som Metaal" not in note


def test_a_utf8_file_with_a_few_windows_1252_smart_quotes_is_repaired_not_garbled(tmp_path):
    rows = "".join(f"Klant {i};\u20ac 78.200;\u20ac 1.000\n" for i in range(40)).encode("utf-8")
    quoted = "Caf\u00e9 \u201cDe Kroon\u201d;\u20ac 5.000;\u20ac 2.500\n".encode("utf-8").replace(
        "\u201c".encode(), b"\x93").replace("\u201d".encode(), b"\x94")  # pasted from a Windows program
    data = b"klant;totale inkoop;onze omzet\n" + rows + quoted
    acc = ok(tmp_path, data)
    assert acc["account"][-1] == "Caf\u00e9 \u201cDe Kroon\u201d"
    assert acc["category_spend_eur"][:40].tolist() == [78_200.0] * 40
    note = next(n for n in acc.notes if "encodings" in n)
    assert "2 byte(s) were not UTF-8" in note and "line 42" in note and "\u201c" in note
    assert not any("\u00e2\u201a\u00ac" in str(v) for v in acc["account"])  # no 'â‚¬' anywhere


def test_no_cents_dash_is_not_a_minus_sign(tmp_path):
    acc = ok(tmp_path, "klant;totale inkoop;onze omzet;kosten\n"
                       "Alpha;\u20ac 1.234,-;\u20ac 1.000,--;\u20ac 12,50\nBeta;2.000,-;500,-;3,-\n".encode())
    assert acc["category_spend_eur"].tolist() == [1234.0, 2000.0]
    assert acc["our_sales_eur"].tolist() == [1000.0, 500.0]
    assert acc["cost_to_serve_eur"].tolist() == [12.5, 3.0]
    # (3,25) is an accounting negative: reported, not read as 3.25
    err = fails(tmp_path, "klant;totale inkoop;onze omzet;kosten\nAlpha;10;5;(3,25)\n".encode())
    assert where(err) == [(2, "D")] and "-3.25" in str(err)


def test_duplicate_customer_numbers_are_reported_even_with_a_name_column(tmp_path):
    acc = ok(tmp_path, b"klantnummer;klant;totale inkoop;onze omzet\n"
                       b"1001;Alpha;100;50\n1002;Beta;100;50\n1001;Alpha B.V.;100;50\n1003;Gamma;100;50\n")
    assert list(acc["account_id"]) == ["1001", "1002", "1001", "1003"]
    note = next(n for n in acc.notes if "customer number" in n)
    assert "'1001' in rows 2, 4" in note and "count twice" in note
    assert not any("account name(s)" in n for n in acc.notes)
    names = ok(tmp_path, b"klant;totale inkoop;onze omzet\nAlpha;100;50\nAlpha;100;50\n")
    assert any("'Alpha' in rows 2, 3" in n for n in names.notes)


def test_in_a_notebook_the_error_shows_as_its_message_without_a_traceback():
    # IPython prints what _render_traceback_ returns instead of the traceback.
    err = own_data.OwnDataError("x.csv", [own_data.Problem(3, "B", "omzet", "expected an amount")])
    assert err._render_traceback_() == str(err).splitlines()
    assert err._render_traceback_()[1] == "  - Row 3, column B 'omzet': expected an amount"


# ---------------------------------------------------------------- refused, with row and column

def test_empty_file(tmp_path):
    err = fails(tmp_path, b"")
    assert "empty" in str(err) and where(err) == [(None, None)]


def test_only_blank_lines(tmp_path):
    assert "blank" in str(fails(tmp_path, b"\r\n\r\n  \n"))


def test_header_only(tmp_path):
    err = fails(tmp_path, b"account;category spend;our sales\n;;\n")
    assert "no accounts" in str(err) and where(err) == [(2, None)]


def test_binary_junk(tmp_path):
    junk = bytes(np.random.default_rng(1).integers(0, 256, 4000, dtype=np.uint8))
    err = fails(tmp_path, junk)
    assert "binary" in str(err) or "text" in str(err)


def test_an_excel_workbook_gets_a_save_as_csv_message(tmp_path):
    err = fails(tmp_path, b"PK\x03\x04" + b"\x00" * 30 + b"[Content_Types].xml xl/workbook.xml", "list.xlsx")
    assert "Save As" in str(err) and ".xlsx" in str(err)


def test_a_huge_file_is_refused_before_reading(tmp_path):
    path = tmp_path / "huge.csv"
    with open(path, "wb") as handle:
        handle.truncate(own_data.MAX_BYTES + 1)  # sparse: no disk space used
    before = path.stat().st_mtime_ns
    with pytest.raises(OwnDataError, match="MB"):
        load_accounts(path)
    assert path.stat().st_mtime_ns == before


def test_the_row_limit_is_exactly_the_documented_200000_accounts(tmp_path):
    # OWN_DATA_DICTIONARY.md: "more than 200,000 accounts (data rows, not counting the header,
    # blank rows and total rows) are refused".
    assert own_data.MAX_ROWS == 200_000
    header, row = b"account,category spend,our sales\n", b"a,2,1\n"
    at_limit = ok(tmp_path, header + row * 200_000 + b"\nTotal,400000,200000\n", "at_limit.csv")
    assert len(at_limit) == 200_000
    err = fails(tmp_path, header + row * 200_001, "over_limit.csv")
    assert "has 200,001 accounts" in str(err) and "up to 200,000" in str(err) and "one team or region" in str(err)


def test_missing_required_column(tmp_path):
    err = fails(tmp_path, b"account,category spend,hours\nAlpha,10,5\n")
    assert where(err) == [(1, None)]
    assert "our sales" in str(err) and "'onze omzet'" in str(err)


def test_duplicate_column(tmp_path):
    err = fails(tmp_path, b"account,omzet,category spend,our sales\nAlpha,5,10,5\n")
    assert where(err) == [(1, "D")]
    assert "B 'omzet'" in str(err) and "D 'our sales'" in str(err)


def test_mixed_decimal_styles_in_one_column(tmp_path):
    err = fails(tmp_path, b"account;category spend;our sales;hours\nA;10;5;1,5\nB;10;5;2.5\nC;10;5;3,5\n")
    assert where(err) == [(3, "D")]
    assert "decimal comma in row(s) 2, 4" in str(err) and "decimal point in row(s) 3" in str(err)


def test_text_where_a_number_belongs(tmp_path):
    err = fails(tmp_path, b"account,category spend,our sales\nAlpha,ten thousand,5\nBeta,10,n/a\n")
    assert where(err) == [(2, "B"), (3, "C")]
    assert "Row 2, column B 'category spend'" in str(err) and "found 'ten thousand'" in str(err)


def test_empty_required_values(tmp_path):
    err = fails(tmp_path, b"account,category spend,our sales\n,10,5\nBeta,,5\n")
    assert where(err) == [(2, "A"), (3, "B")]


def test_negative_spend_is_reported_not_clipped(tmp_path):
    err = fails(tmp_path, b"account;category spend;our sales\nAlpha;(1.000);0\nBeta;-5;0\n")
    assert where(err) == [(2, "B"), (3, "B")]
    assert "cannot be negative" in str(err)


def test_our_sales_above_the_customers_spend(tmp_path):
    err = fails(tmp_path, b"account,category spend,our sales\nAlpha,100,150\n")
    assert where(err) == [(2, "C")] and "above the customer's category spend" in str(err)


def test_share_above_100_percent(tmp_path):
    err = fails(tmp_path, b"account;category spend;our sales;non-sales share\nAlpha;10;5;35%\nBeta;10;5;135%\n")
    assert where(err) == [(3, "D")] and "135 %" in str(err)


def test_satisfaction_outside_its_scale(tmp_path):
    err = fails(tmp_path, b"account,category spend,our sales,satisfaction (1-5)\nAlpha,10,5,4\nBeta,10,5,6\n")
    assert where(err) == [(3, "D")] and "1-5 scale" in str(err)


def test_unquoted_decimal_comma_in_a_comma_separated_file(tmp_path):
    err = fails(tmp_path, b"account,category spend,our sales\nAlpha,10,5\nBeta,10,5,5\n")
    assert where(err) == [(3, None)] and "4 values" in str(err)


def test_many_problems_are_collected_in_one_message(tmp_path):
    rows = b"".join(b"A%d,x,y\n" % i for i in range(8))
    err = fails(tmp_path, b"account,category spend,our sales\n" + rows)
    assert len(err.problems) == 16
    assert str(err).count("  - Row") == own_data.MAX_PROBLEMS and "6 more" in str(err)


def test_a_missing_file(tmp_path):
    with pytest.raises(OwnDataError, match="no file"):
        load_accounts(tmp_path / "nope.csv")


def test_the_error_is_a_value_error():
    assert issubclass(OwnDataError, ValueError)


# ---------------------------------------------------------------- the packaged files

def test_the_sample_is_a_messy_dutch_export_of_forty_accounts():
    raw = own_data.sample_path().read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and b";" in raw and b"\r\n" in raw
    assert raw == example_csv()
    acc = own_data.load_sample()
    assert len(acc) == 40 and acc.has(*(f.key for f in own_data.FIELDS if f.key != "account_id"))


def test_the_template_names_every_column_the_kit_uses():
    header = own_data.template_path().read_text(encoding="utf-8").strip().split(",")
    keys = {columns.match(h) for h in header}
    assert keys == {f.key for f in own_data.FIELDS if f.key != "account_id"}


def test_bytes_give_the_same_list_as_the_path():
    from_path = own_data.load_sample()
    from_bytes = load_accounts(own_data.sample_path().read_bytes(), name=own_data.SAMPLE_FILE)
    for key in from_path.columns:
        np.testing.assert_array_equal(from_path[key], from_bytes[key])
    assert from_path.notes == from_bytes.notes


def test_the_upload_widget_gives_the_same_analysis():
    uploader = own_data.upload_widget()
    acc = uploader.load(own_data.SAMPLE_FILE, own_data.sample_path().read_bytes())
    assert str(own_data.priorities(acc)) == str(own_data.priorities(own_data.load_sample()))
    assert uploader.load("broken.csv", b"account\nx\n") is None
    assert "broken.csv" in uploader.status.value and uploader.accounts is None


def test_the_data_dictionary_lists_every_accepted_name_and_the_required_columns():
    text = (own_data.sample_path().parent / "OWN_DATA_DICTIONARY.md").read_text(encoding="utf-8")
    for f in own_data.FIELDS:
        assert all(name in text for name in f.english + f.dutch), f.key
        assert f"| `{f.key}` | {'**yes**' if f.required else 'no'} |" in text
