"""Numbers as people type them and spreadsheets export them, the Dutch or the English way.

One reader for the whole kit: the answer checks read a learner's ``"16.500.000"`` or
``"0,8"`` with it, and lesson 6 reads the cells of a participant's CSV export with it.
It accepts

* a decimal comma or point, and thousands separated by ``.``, ``,``, a space (also a
  no-break or narrow no-break space) or an apostrophe (``1'234.5``), in groups of three;
* currency signs and codes anywhere (``€``, ``$``, ``£``, ``EUR``, ``euro``, ``USD``);
* a sign in front (``-``, ``+``, the Unicode minus, an en dash), an exponent
  (``1,65e7``), underscores between digits (``16_500_000``);
* a percent sign or word at the end (``35%``, ``35 procent``); the reading says so;
* with ``accounting=True`` (the default) also what bookkeeping exports write: a negative
  in brackets ``(1.234)``, a trailing minus ``1.234-``, and "no cents" ``1.234,-`` /
  ``1.234,--`` (the separator before the dash is the decimal one).

It does not guess silently.  ``1.234`` is one thousand two hundred thirty-four to a
Dutch reader and one point two three four to an English one: :func:`read_number`
marks such a text ``ambiguous`` and :meth:`NumberText.readings` gives both values, the
one of the decimal separator you pass first.  Whoever knows more (the language of
the notebook, the other cells of a CSV column) decides.

Pure Python, no numpy: the module is a leaf that every other module may import.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import Optional

__all__ = ["NotANumber", "NumberText", "grouped", "read_number"]

_CURRENCY = re.compile(r"\u20ac|\$|\u00a3|\b(?:eur|euro|euros|usd)\b", re.IGNORECASE)
_WHITESPACE = re.compile(r"\s+")  # \s includes the no-break and the narrow no-break space
_PERCENT = re.compile(r"^(.*?)\s*(?:%|per\s?cent|procent|pct\.?)$", re.IGNORECASE)
_NO_CENTS = re.compile(r"^(.*\d)\s*([.,])\s*[-\u2013\u2014]{1,2}$")  # 1.234,- and 1.234,--
_EXPONENT = re.compile(r"(.+?)(?:[eE]([+-]?\d+))?")
_SPACE_GROUPED = re.compile(r"\d{1,3}(?:[ '\u2019]\d{3})+(?:[.,]\d+)?")
_MANTISSA = re.compile(r"[\d.,]*\d[\d.,]*")
_QUICK = re.compile(r"(-?)(?:\u20ac ?)?(\d+(?:[.,]\d+)*)( ?%)?")  # most cells: 1234, 12,5, € 1.234, 35%


class NotANumber(ValueError):
    """The text is no number in any of the accepted ways of writing one."""


def grouped(digits: str, separator: str) -> bool:
    """``'16.500.000'`` with ``'.'`` -> True: one to three digits, then groups of three."""
    return re.fullmatch(r"\d{1,3}(?:" + re.escape(separator) + r"\d{3})+", digits) is not None


@dataclass(frozen=True)
class NumberText:
    """A number read from text, with what the text says about its decimal separator.

    ``mantissa`` holds the digits with the ``.`` and ``,`` the text had (other
    thousands separators, signs and currency removed).  ``decimal`` is ``","`` or
    ``"."`` when the text shows which one is the decimal separator (``12,5``,
    ``1.234,56``, ``1.234.567``, ``1.234,-``), ``None`` when it does not (``1234``,
    ``1.234``).  ``ambiguous`` is True for a single separator followed by exactly three
    digits (``1.234``, ``1,250``): thousands or decimals, the text cannot tell.
    """

    mantissa: str
    decimal: Optional[str] = None
    ambiguous: bool = False
    negative: bool = False
    percent: bool = False
    exponent: int = 0

    def value(self, decimal: str = ".") -> float:
        """The number, reading an ambiguous separator as ``decimal`` (``","`` or ``"."``).

        A text that shows its decimal separator is read with that one whatever
        ``decimal`` says.  Too large a number gives ``inf`` (callers decide).
        """
        if decimal not in (",", "."):
            raise ValueError(f"decimal must be ',' or '.'; got {decimal!r}")
        used = self.decimal or decimal
        if used == ",":
            plain = self.mantissa.replace(".", "").replace(",", ".")
        else:
            plain = self.mantissa.replace(",", "")
        if self.exponent:
            plain += f"e{self.exponent}"
        number = float(plain)
        return -number if self.negative else number

    def readings(self, decimal: str = ".") -> tuple[float, ...]:
        """Every value the text may mean: one, or two for an ambiguous text (``decimal``'s first)."""
        first = self.value(decimal)
        if not self.ambiguous:
            return (first,)
        return (first, self.value("," if decimal == "." else "."))


def _separators(mantissa: str) -> tuple[Optional[str], bool]:
    """(decimal separator the text shows, ambiguous?) for digits with ``.`` and ``,``."""
    if not _MANTISSA.fullmatch(mantissa):
        raise NotANumber(mantissa)
    dots, commas = mantissa.count("."), mantissa.count(",")
    if not dots and not commas:
        return None, False
    if dots and commas:  # the last one is the decimal separator, the other groups thousands
        last = "." if mantissa.rfind(".") > mantissa.rfind(",") else ","
        other = "," if last == "." else "."
        whole, _, fraction = mantissa.rpartition(last)
        if mantissa.count(last) != 1 or not fraction.isdigit() or not grouped(whole, other):
            raise NotANumber(mantissa)
        return last, False
    separator = "." if dots else ","
    other = "," if separator == "." else "."
    if dots + commas > 1:  # only thousands separators: 1.234.567
        if grouped(mantissa, separator):
            return other, False
        raise NotANumber(mantissa)
    whole, fraction = mantissa.split(separator)
    if not fraction:  # "5." or "5,"
        return None, False
    if len(fraction) == 3 and 1 <= len(whole) <= 3 and whole[0] != "0":
        return None, True
    return separator, False


def _no_cents(s: str) -> tuple[str, Optional[str]]:
    """'1.234,-' -> ('1.234', ','): the dash stands for the cents, after the decimal separator."""
    match = _NO_CENTS.match(s)
    if match is None:
        return s, None
    body, decimal = match.group(1).strip(), match.group(2)
    other = "," if decimal == "." else "."
    digits = re.sub(r"[ '\u2019]", "", body) if _SPACE_GROUPED.fullmatch(body) else body
    if decimal in digits or (other in digits and not grouped(digits, other)):
        raise NotANumber(s)
    return body, decimal


@functools.lru_cache(maxsize=65536)
def read_number(text: str, *, accounting: bool = True) -> NumberText:
    """Read one number written the Dutch or the English way (see the module's docstring).

    Raises :class:`NotANumber` (a ``ValueError``) for text that is no number.
    ``accounting=False`` refuses the bookkeeping forms (brackets, trailing minus,
    ``,-``), for answers typed by a learner rather than exported.
    """
    quick = _QUICK.fullmatch(text)
    if quick is not None:  # the clean-up below would leave these as they are
        sign, mantissa, percent = quick.groups()
        decimal, ambiguous = _separators(mantissa)
        return NumberText(mantissa, decimal, ambiguous, bool(sign), bool(percent))
    s = text.strip().replace("\u2212", "-").replace("\u2013", "-")
    s = _WHITESPACE.sub(" ", _CURRENCY.sub(" ", s)).strip()
    negative = percent = False
    match = _PERCENT.match(s)
    if match:
        percent, s = True, match.group(1).strip()
    if accounting and s.startswith("(") and s.endswith(")"):
        negative, s = True, s[1:-1].strip()
        match = None if percent else _PERCENT.match(s)
        if match:
            percent, s = True, match.group(1).strip()
    if s[:1] in ("+", "-"):
        negative, s = negative != (s[0] == "-"), s[1:].strip()
    decimal: Optional[str] = None
    if accounting:
        s, decimal = _no_cents(s)
        if decimal is None and s.endswith("-"):
            negative, s = not negative, s[:-1].strip()
    s = re.sub(r"(?<=\d)_(?=\d)", "", s)
    match = _EXPONENT.fullmatch(s) if s else None
    if match is None:
        raise NotANumber(text)
    mantissa, exponent = match.group(1), int(match.group(2) or 0)
    if re.search(r"[ '\u2019]", mantissa):  # spaces and apostrophes only as thousands separators
        if not _SPACE_GROUPED.fullmatch(mantissa):
            raise NotANumber(text)
        mantissa = re.sub(r"[ '\u2019]", "", mantissa)
    try:
        shown, ambiguous = _separators(mantissa)
    except NotANumber:
        raise NotANumber(text) from None
    if decimal is not None:  # "1.234,-": the dots group thousands, whatever _separators thought
        shown, ambiguous = decimal, False
    return NumberText(mantissa, shown, ambiguous, negative, percent, exponent)
