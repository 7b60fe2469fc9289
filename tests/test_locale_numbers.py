"""The kit's one reader of numbers written the Dutch or the English way.

The answer checks (``checks``) and lesson 6's CSV loader (``own_data``) both read
numbers with ``locale_numbers.read_number``; the cases below are those the checks'
tests grade (tests/test_checks.py) plus what spreadsheet exports write.
"""
from __future__ import annotations

import math

import pytest

from customer_king.locale_numbers import NotANumber, NumberText, grouped, read_number


def values(text: str, decimal: str = ".", **options) -> tuple[float, ...]:
    return read_number(text, **options).readings(decimal)


@pytest.mark.parametrize(
    "text",
    ["16500000", "16.500.000", "16,500,000", "€ 16.500.000", "€16,500,000.00", "16.500.000,00", "16 500 000",
     "16\u202f500\u202f000", "16\u00a0500\u00a0000", "16'500'000", "1.65e7", "1,65e7", "1.65E+07", "16_500_000",
     "EUR 16,500,000", "+16500000", "16.500.000 euro", "USD 16,500,000"],
)
def test_big_numbers_with_thousands_separators_currency_and_exponents(text):
    assert values(text) == values(text, ",") == (16_500_000.0,)


@pytest.mark.parametrize("text", ["-1250.5", "\u22121250.5", "\u20131250.5", "- € 1,250.50", "-1.250,5", "(1.250,50)",
                                  "1.250,50-", "(€ 1,250.50)"])
def test_negatives_with_a_sign_a_unicode_minus_or_in_brackets(text):
    assert values(text) == (-1250.5,)


@pytest.mark.parametrize("text, value", [
    ("80%", 80.0), ("80 %", 80.0), (" 80% ", 80.0), ("80 percent", 80.0), ("80 per cent", 80.0),
    ("80 procent", 80.0), ("12,5 %", 12.5), ("12.5pct", 12.5), ("(35%)", -35.0),
])
def test_percent_is_read_as_the_number_and_flagged(text, value):
    number = read_number(text)
    assert number.percent and number.readings() == (value,)
    assert not read_number("80").percent


@pytest.mark.parametrize("text, value, decimal", [
    ("0,8", 0.8, ","), ("0.8", 0.8, "."), (",8", 0.8, ","), (".5", 0.5, "."), ("12,5", 12.5, ","),
    ("1.234,56", 1234.56, ","), ("1,234.56", 1234.56, "."), ("1 234,56", 1234.56, ","), ("1'234.56", 1234.56, "."),
    ("1.234.567", 1234567.0, ","), ("1,234,567", 1234567.0, "."), ("0,125", 0.125, ","), ("1234,567", 1234.567, ","),
])
def test_a_decimal_separator_the_text_shows_wins_over_the_one_passed(text, value, decimal):
    number = read_number(text)
    assert number.decimal == decimal and not number.ambiguous
    assert number.readings(".") == number.readings(",") == (value,)


@pytest.mark.parametrize("text", ["1234", "5.", "5,", "-7", "€ 500"])
def test_no_separator_or_no_fraction_says_nothing_about_the_style(text):
    number = read_number(text)
    assert number.decimal is None and not number.ambiguous


@pytest.mark.parametrize("text, thousands, decimals", [
    ("1,250", 1250.0, 1.25), ("1.250", 1250.0, 1.25), ("€ 1.234", 1234.0, 1.234), ("-2,500", -2500.0, -2.5),
])
def test_one_separator_and_three_digits_is_ambiguous_and_gives_both_readings(text, thousands, decimals):
    number = read_number(text)
    assert number.ambiguous and number.decimal is None
    assert number.readings(",") == ((thousands, decimals) if "." in text else (decimals, thousands))
    assert number.readings(".") == ((decimals, thousands) if "." in text else (thousands, decimals))
    assert number.value(",") == number.readings(",")[0]


@pytest.mark.parametrize("text", ["0,250", "1234,500", "12,50"])
def test_a_leading_zero_or_more_digits_is_not_ambiguous(text):
    assert not read_number(text).ambiguous


@pytest.mark.parametrize("text, value", [
    ("€ 1.234,-", 1234.0), ("€ 1.234,--", 1234.0), ("1.234,\u2013", 1234.0), ("500,-", 500.0),
    ("1,234.-", 1234.0), ("EUR 12.500,- ", 12500.0), ("-1.234,-", -1234.0), ("1 234,-", 1234.0),
])
def test_no_cents_dash_after_the_decimal_separator(text, value):
    # Not a minus sign: Dutch price notation for "and no cents".
    number = read_number(text)
    assert number.readings(".") == number.readings(",") == (value,)
    assert number.decimal == ("." if ".-" in text else ",")


@pytest.mark.parametrize("text", ["(1.234)", "1.234-", "€ 1.234,-", "500,--"])
def test_the_bookkeeping_forms_can_be_refused(text):
    with pytest.raises(NotANumber):
        read_number(text, accounting=False)


@pytest.mark.parametrize("text", [
    "", "   ", "abc", "nan", "inf", "1.2.3", "1,2,3", "1 2", "12 34", "x" * 100, "€", "-", "1.23,-", "1,234,-",
    "1.234.5,6", "1,2.3", "ten thousand", "5e", "12-34", "1..2", "1%2",
])
def test_text_that_is_no_number(text):
    with pytest.raises(NotANumber):
        read_number(text)
    assert issubclass(NotANumber, ValueError)


def test_too_large_a_number_reads_as_infinity_for_the_caller_to_refuse():
    assert math.isinf(read_number("1e999").value())


def test_the_decimal_argument_is_checked():
    with pytest.raises(ValueError, match="decimal"):
        read_number("1,250").value(";")


def test_grouped():
    assert grouped("16.500.000", ".") and grouped("1,234", ",")
    assert not grouped("1234.567", ".") and not grouped("1.23", ".") and not grouped("1234", ".")


def test_results_are_plain_immutable_values():
    assert read_number("12,5") == NumberText("12,5", ",")
    with pytest.raises(AttributeError):
        read_number("12,5").negative = True  # type: ignore[misc]
