"""Reading a learner's answer: one number (in any of the ways people type it), or many.

Everything here either returns what it read or raises :class:`_Reject` with a kind
sentence saying why the answer cannot be graded as it is; the question types turn
that into feedback.  Numbers typed as text are read by :mod:`customer_king.locale_numbers`,
the one reader the kit has.
"""
from __future__ import annotations

import decimal
import math
import numbers
import re
import types
from dataclasses import dataclass
from typing import Mapping

import numpy as np

from ..locale_numbers import NotANumber, read_number
from ..messages import NUMBER_FORMAT, get_language, text
from .feedback import NOT_YET, UNANSWERED
from .wording import _quote, _type_name

# A list inside a list inside ... deeper than this is not an answer.
_MAX_NESTING = 20


class _Reject(Exception):
    """Internal: the answer cannot be graded as it is; says why, kindly."""

    def __init__(self, message: str, status: str = NOT_YET) -> None:
        super().__init__(message)
        self.message = message
        self.status = status


_FUNCTION_TYPES = (types.FunctionType, types.BuiltinFunctionType, types.MethodType, types.BuiltinMethodType)


def _placeholder_checks(answer: object) -> None:
    """Raise the rejections shared by every question type: the "unanswered"
    ones, and a function passed where its result was meant."""
    if isinstance(answer, _FUNCTION_TYPES) or (
        callable(answer) and not isinstance(answer, type) and isinstance(getattr(answer, "__name__", None), str)
    ):
        name = getattr(answer, "__name__", "") or "f"
        raise _Reject(text("got_function", name=name if name.isidentifier() else "f"))
    if answer is Ellipsis:
        raise _Reject(text("placeholder"), UNANSWERED)
    if answer is None:
        raise _Reject(text("none"), UNANSWERED)
    if isinstance(answer, str):
        stripped = answer.strip()
        if stripped in ("...", "\u2026"):
            raise _Reject(text("placeholder"), UNANSWERED)
        if not stripped:
            raise _Reject(text("empty_text"), UNANSWERED)


# ---------------------------------------------------------------------------
# Reading one number
# ---------------------------------------------------------------------------


@dataclass(frozen=True)
class _Reading:
    """One way of reading a learner's number."""

    value: float
    percent: bool = False  # the text had a % sign (or the word percent)
    text: str | None = None  # the learner's text, quoted, if they gave text
    alternative: float | None = None  # the other reading of "1,250" / "1.250"


# A currency sign marks an amount of money: never read as a percentage.
_CURRENCY = re.compile(r"\u20ac|\$|\u00a3|\b(?:eur|euro|euros|usd)\b", re.IGNORECASE)


def _read_number_text(raw: str) -> list[_Reading]:
    """A typed number, read the way the kit reads every number (:mod:`.locale_numbers`).

    Two readings when the text is ambiguous (``1.234`` is 1234 or 1.234); the
    current language's decimal separator decides which comes first.
    """
    shown = _quote(raw)
    try:
        number = read_number(raw, accounting=False)  # a learner's (5) or 5- is not a number
    except NotANumber:
        raise _Reject(text("expected_number_got_text", text=shown)) from None
    decimal_separator = NUMBER_FORMAT.get(get_language(), NUMBER_FORMAT["en"])[0]
    values = number.readings(decimal_separator)
    if any(math.isinf(value) for value in values):
        raise _Reject(text("too_large"))
    if len(values) == 2:
        return [
            _Reading(values[0], number.percent, shown, values[1]),
            _Reading(values[1], number.percent, shown, values[0]),
        ]
    return [_Reading(values[0], number.percent, shown)]


def _finite(value: float) -> float:
    if math.isnan(value):
        raise _Reject(text("nan"))
    if math.isinf(value):
        raise _Reject(text("infinite"))
    return value


def _to_float(value: object) -> float:
    try:
        return float(value)  # type: ignore[arg-type]
    except OverflowError:
        raise _Reject(text("too_large")) from None


def _read_number(answer: object, depth: int = 0) -> list[_Reading]:
    """All readings of `answer` as one real number (raises _Reject if none)."""
    _placeholder_checks(answer)
    if depth > _MAX_NESTING:
        raise _Reject(text("expected_number_got_other", type=_type_name(answer)))
    if isinstance(answer, (bool, np.bool_)):
        raise _Reject(text("expected_number_got_bool", value=str(bool(answer))))
    if isinstance(answer, str):
        return _read_number_text(answer)
    if isinstance(answer, (bytes, bytearray, np.bytes_, np.datetime64, np.timedelta64)):
        raise _Reject(text("expected_number_got_other", type=_type_name(answer)))
    if isinstance(answer, decimal.Decimal) and answer.is_nan():
        raise _Reject(text("nan"))
    if isinstance(answer, (numbers.Real, decimal.Decimal)):
        return [_Reading(_finite(_to_float(answer)))]
    if isinstance(answer, numbers.Complex):
        raise _Reject(text("expected_number_got_complex", value=str(answer)))
    if isinstance(answer, np.ndarray):
        if answer.size == 1:
            return _read_number(answer.reshape(-1)[0], depth + 1)
        if answer.size == 0:
            raise _Reject(text("expected_number_got_empty"))
        raise _Reject(text("expected_number_got_many", count=answer.size))
    if isinstance(answer, Mapping):
        raise _Reject(text("expected_number_got_dict"))
    if isinstance(answer, (list, tuple, set, frozenset)):
        items = list(answer)
        if len(items) == 1:
            return _read_number(items[0], depth + 1)
        if not items:
            raise _Reject(text("expected_number_got_empty"))
        raise _Reject(text("expected_number_got_many", count=len(items)))
    if hasattr(type(answer), "__float__"):
        try:
            value = _to_float(answer)
        except (TypeError, ValueError):
            raise _Reject(text("expected_number_got_other", type=_type_name(answer))) from None
        return [_Reading(_finite(value))]
    raise _Reject(text("expected_number_got_other", type=_type_name(answer)))


def _plain_int(value: object) -> bool:
    return isinstance(value, (int, np.integer)) and not isinstance(value, (bool, np.bool_))


def _comma_tuple_text(answer: object) -> str | None:
    """The text a learner typed when Python turned it into a tuple of whole numbers.

    ``answer = 3,5`` reaches the check as ``(3, 5)``: the learner wrote the
    decimal comma of their language.  ``answer = 16,500,000`` arrives as
    ``(16, 500, 0)``: thousands separators.  Only tuples of plain whole numbers
    qualify (Python writes no leading zeros, so ``0`` in a later place can only
    have been ``000``); anything else is None and is read as it is.
    """
    if not isinstance(answer, tuple) or not 2 <= len(answer) <= 5:
        return None
    if not all(_plain_int(item) for item in answer):
        return None
    first, rest = int(answer[0]), [int(item) for item in answer[1:]]
    if any(item < 0 for item in rest):
        return None
    if len(rest) == 1:  # "3,5", "0,25", "-3,5", "1,250" (decimal or thousands: the reader decides)
        return f"{first},{rest[0]}"
    # Three or more parts can only be thousands groups: 16,500,000.
    if not 1 <= abs(first) <= 999 or not all(item == 0 or 100 <= item <= 999 for item in rest):
        return None
    return f"{first}," + ",".join(f"{item:03d}" for item in rest)


def _read_whole_answer(answer: object) -> tuple[list[_Reading], list[str]]:
    """The readings of a one-number answer, and notes on how it was read.

    Wraps ``_read_number`` with the one thing that needs the whole answer: a
    decimal comma (or thousands separators) typed without quotes.
    """
    typed = _comma_tuple_text(answer)
    if typed is None:
        return _read_number(answer), []
    note = text("read_comma_tuple", typed=typed, count=len(answer))
    return _read_number_text(typed), [note]


def _round_half_away(value: float) -> float:
    return math.copysign(math.floor(abs(value) + 0.5), value)


def _evaluate(expected: object) -> object:
    """The expected answer, computing it if it is a zero-argument callable."""
    try:
        return expected() if callable(expected) else expected
    except Exception as error:
        raise _Reject(text("check_broken", error=_type_name(error))) from None


def _expected_float(expected: object) -> float:
    value = _evaluate(expected)
    try:
        array = np.asarray(value, dtype=float)
        if array.size != 1 or not np.isfinite(array).all():
            raise ValueError("expected must be one finite number")
        return float(array.reshape(-1)[0])
    except Exception as error:
        raise _Reject(text("check_broken", error=_type_name(error))) from None


def _parses_as_float(value: str) -> bool:
    try:
        float(value)
        return True
    except (TypeError, ValueError):
        return False


def _shape_text(shape: tuple[int, ...]) -> str:
    return " \u00d7 ".join(str(n) for n in shape)


def _read_array(answer: object, expected_size: int) -> np.ndarray:
    """The learner's values as a float array (any shape), or a kind _Reject."""
    _placeholder_checks(answer)
    if isinstance(answer, (str, bool, np.bool_, Mapping, set, frozenset, numbers.Number, decimal.Decimal)):
        if isinstance(answer, (numbers.Real, decimal.Decimal)) and not isinstance(answer, (bool, np.bool_)):
            raise _Reject(text("array_got_single", expected=expected_size))
        if isinstance(answer, str):
            raise _Reject(text("array_got_text", expected=expected_size, text=_quote(answer)))
        raise _Reject(text("array_got_other", expected=expected_size, type=_type_name(answer)))
    if not isinstance(answer, (list, tuple, range, np.ndarray)) and not hasattr(answer, "__array__"):
        raise _Reject(text("array_got_other", expected=expected_size, type=_type_name(answer)))
    try:
        raw = np.asarray(answer)
    except ValueError:
        raise _Reject(text("array_ragged")) from None
    if raw.dtype.kind == "O":
        flat = raw.reshape(-1)
        if any(item is Ellipsis for item in flat):
            raise _Reject(text("placeholder"), UNANSWERED)
        if any(item is None for item in flat):
            raise _Reject(text("array_other_values"))
        texts = [item for item in flat if isinstance(item, str)]
        if texts:
            raise _Reject(text("array_text_values", example=_quote(texts[0])))
        if any(isinstance(item, (bool, np.bool_)) for item in flat):
            raise _Reject(text("array_bool_values"))
        if any(isinstance(item, (list, tuple, np.ndarray)) for item in flat):
            raise _Reject(text("array_ragged"))
    if raw.dtype.kind in "US":
        flat = [str(item) for item in raw.reshape(-1)]
        example = next((item for item in flat if not _parses_as_float(item)), flat[0] if flat else "")
        if raw.ndim == 0:
            raise _Reject(text("array_got_text", expected=expected_size, text=_quote(str(example))))
        raise _Reject(text("array_text_values", example=_quote(str(example))))
    if raw.dtype.kind == "b":
        raise _Reject(text("array_bool_values"))
    if raw.dtype.kind not in "iufO":
        raise _Reject(text("array_other_values"))
    try:
        values = raw.astype(float)
    except (TypeError, ValueError, OverflowError):
        raise _Reject(text("array_other_values")) from None
    if values.ndim == 0:
        raise _Reject(text("array_got_single", expected=expected_size))
    return values
