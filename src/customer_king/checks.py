"""Answer checks for the exercise notebooks: kind, precise, immediate feedback.

An exercise set is defined in Python (the expected answers are computed from
the model, never typed into a notebook)::

    from customer_king.checks import ExerciseSet, NumberQuestion, ChoiceQuestion

    check = ExerciseSet("01_customer_orientation", "Customer orientation", [
        NumberQuestion("q1", lambda: model.optimum().c, prompt="Sales-optimal orientation",
                       kind="share", hints=("Look at the peak of the sales curve.",)),
        ChoiceQuestion("q2", {"a": "Always more", "b": "An inverted U"}, "b",
                       why_wrong={"a": "More orientation also costs time per account."}),
    ])
    check("q1", 0.62)          # -> q1 ✔ Correct — 0.62 is right.
    check.progress()

Guarantees the notebooks rely on
--------------------------------
* ``Question.grade`` and ``ExerciseSet.__call__`` never raise, whatever the
  learner passes: the untouched ``...`` placeholder, None, NaN, text, a dict,
  an array of the wrong shape, an object whose ``__float__`` raises, ...
* ``grade`` is pure: attempt counting (which drives the escalating hints)
  lives in ``ExerciseSet``.
* Every plain-text ``repr`` is one deterministic line (nbval compares it).
* Progress never says "all correct" while a question is wrong or untried.

Every learner-facing sentence comes from ``customer_king.messages``.
"""

from __future__ import annotations

import decimal
import html
import math
import numbers
import re
import types
from dataclasses import KW_ONLY, dataclass, field
from typing import Any, Callable, Iterable, Mapping, Sequence

import numpy as np

from .locale_numbers import NotANumber, read_number
from .messages import NUMBER_FORMAT, format_number, get_language, text

__all__ = [
    "CORRECT",
    "NOT_YET",
    "UNANSWERED",
    "Feedback",
    "Question",
    "NumberQuestion",
    "ChoiceQuestion",
    "MultiSelectQuestion",
    "ArrayQuestion",
    "ExerciseSet",
    "Progress",
    "ProgressRow",
    "KitProgress",
    "register",
    "unregister",
    "registered",
    "clear_registry",
    "kit_progress",
    "answered",
    "factor_off",
    "sign_error",
    "percent_not_fraction",
    "complement",
    "sign_slip",
    "percent_slip",
    "scale_slip",
    "zero_based_slip",
    "minus_one_slip",
    "step_slip",
    "A", "B", "C", "D", "E", "F", "G", "H",
]

CORRECT = "correct"
NOT_YET = "not_yet"
UNANSWERED = "unanswered"  # the placeholder, None, empty text: nothing to grade yet

# Okabe-Ito colours (safe for colour-blind readers); the icon and the word
# always carry the meaning too, so nothing relies on colour alone.
_ICONS = {CORRECT: "\u2714", NOT_YET: "\u2718", UNANSWERED: "\u25cb"}
_COLOURS = {CORRECT: "#0072B2", NOT_YET: "#D55E00", UNANSWERED: "#6E6E6E"}
_TINTS = {CORRECT: "#E6F1F8", NOT_YET: "#FBEEE6", UNANSWERED: "#F3F3F3"}

_DONE, _NOT_YET_STATE, _NOT_TRIED = "done", "not_yet", "not_tried"
_STATE_ICON = {_DONE: _ICONS[CORRECT], _NOT_YET_STATE: _ICONS[NOT_YET], _NOT_TRIED: _ICONS[UNANSWERED]}
_STATE_STATUS = {_DONE: CORRECT, _NOT_YET_STATE: NOT_YET, _NOT_TRIED: UNANSWERED}

# A list inside a list inside ... deeper than this is not an answer.
_MAX_NESTING = 20

# Bare option letters: the exercise notebooks import these, so that
# ``answer_q5 = B`` (no quotes) works.  Each one is simply its letter.
A, B, C, D, E, F, G, H = "ABCDEFGH"

# A plain number above this is not read as a percentage for a share question
# (45000 is an amount of euros, not 45000%).
_LARGEST_PERCENT = 1000.0


# ---------------------------------------------------------------------------
# Small helpers (none of them raises)
# ---------------------------------------------------------------------------


def _type_name(value: object) -> str:
    try:
        return type(value).__name__
    except Exception:  # pragma: no cover - a truly pathological object
        return "object"


def _quote(value: str, limit: int = 40) -> str:
    """A learner's text shown back to them: quoted, one line, at most `limit` characters."""
    value = str(value)
    if len(value) > limit:
        value = value[:limit] + "\u2026"
    return repr(value)


def _one_line(value: str) -> str:
    return " ".join(str(value).split())


def _clipped(value: str, limit: int) -> str:
    """At most `limit` characters; a cut shows as an ellipsis, never mid-bracket silently."""
    return value if len(value) <= limit else value[: limit - 1].rstrip() + "\u2026"


def _join(parts: Iterable[str]) -> str:
    return " ".join(p for p in parts if p)


def _or_list(items: Sequence[str]) -> str:
    items = list(items)
    if len(items) <= 1:
        return "".join(items)
    return text("list_or", items=", ".join(items[:-1]), last=items[-1])


def _fmt_points(value: float) -> str:
    return format_number(round(float(value), 2))


def _html(value: str) -> str:
    """HTML-escape, then show `code` spans as <code>."""
    escaped = html.escape(str(value), quote=True)
    return re.sub(r"`([^`]+)`", r"<code>\1</code>", escaped)


def _describe(value: object) -> str:
    """A short description of what the learner passed, for "I expected X, got Y"."""
    if value is None:
        return text("describe_none")
    if value is Ellipsis:
        return text("describe_placeholder")
    if isinstance(value, (bool, np.bool_)):
        return text("describe_bool", value=str(bool(value)))
    if isinstance(value, str):
        return text("describe_text", text=_quote(value))
    if isinstance(value, (numbers.Real, decimal.Decimal)):
        try:
            return text("describe_number", value=format_number(float(value)))
        except Exception:
            return text("describe_type", type=_type_name(value))
    if isinstance(value, Mapping):
        return text("describe_dict")
    if isinstance(value, (list, tuple, set, frozenset, np.ndarray)):
        count = value.size if isinstance(value, np.ndarray) else len(value)
        return text("describe_values", count=count) if count else text("describe_empty")
    return text("describe_type", type=_type_name(value))


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


# ---------------------------------------------------------------------------
# Feedback
# ---------------------------------------------------------------------------


@dataclass(frozen=True, repr=False)
class Feedback:
    """The result of checking one answer.

    ``status`` is ``"correct"``, ``"not_yet"`` or ``"unanswered"`` (the
    placeholder, None or empty text).  ``readable`` is False when the answer
    could not be read as the kind of answer asked for (wrong type or shape);
    such tries do not move on to the next hint.
    """

    question_id: str
    status: str
    message: str
    hint: str = ""
    points: float = 0.0
    max_points: float = 1.0
    readable: bool = True

    @property
    def correct(self) -> bool:
        return self.status == CORRECT

    @property
    def label(self) -> str:
        return text("status_" + self.status) if self.status in _ICONS else str(self.status)

    def __repr__(self) -> str:
        icon = _ICONS.get(self.status, "?")
        line = f"{self.question_id} {icon} {self.label} \u2014 {self.message}"
        if self.hint:
            line += f" {text('hint_label')}: {self.hint}"
        return _one_line(line)

    __str__ = __repr__

    def _repr_html_(self) -> str:
        colour = _COLOURS.get(self.status, "#6E6E6E")
        tint = _TINTS.get(self.status, "#F3F3F3")
        icon = _ICONS.get(self.status, "?")
        box = (
            f'<div class="ck-feedback ck-{html.escape(str(self.status))}" '
            f'style="border:1px solid {colour};border-left:6px solid {colour};'
            f"background:{tint};color:#1a1a1a;padding:6px 10px;margin:4px 0;"
            f'border-radius:4px;font-family:sans-serif;line-height:1.45">'
            f'<span style="color:{colour};font-weight:bold" aria-hidden="true">{icon}</span> '
            f"<strong>{_html(self.label)}</strong> "
            f"<code>{_html(self.question_id)}</code> \u2014 {_html(self.message)}"
        )
        if self.hint:
            box += f'<div style="margin-top:4px"><strong>{_html(text("hint_label"))}:</strong> {_html(self.hint)}</div>'
        return box + "</div>"


# ---------------------------------------------------------------------------
# Question types
# ---------------------------------------------------------------------------


def _as_tuple_of_str(values: object, what: str) -> tuple[str, ...]:
    if isinstance(values, str):
        return (values,)
    result = tuple(values)  # type: ignore[arg-type]
    if not all(isinstance(v, str) for v in result):
        raise TypeError(f"{what} must be strings")
    return result


@dataclass(frozen=True)
class Question:
    """What every question type shares.  Subclasses implement ``_grade``."""

    id: str
    _: KW_ONLY
    prompt: str = ""
    points: float = 1
    hints: tuple[str, ...] = ()
    explanation: str = ""  # shown with a correct answer

    def __post_init__(self) -> None:
        if not isinstance(self.id, str) or not self.id.strip():
            raise ValueError("a question needs a non-empty string id")
        object.__setattr__(self, "hints", _as_tuple_of_str(self.hints, "hints"))
        if not (isinstance(self.points, (int, float)) and self.points >= 0):
            raise ValueError("points must be a number >= 0")

    def grade(self, answer: object, attempt: int = 1) -> Feedback:
        """Check `answer`; `attempt` (1, 2, ...) picks the escalating hint.  Never raises."""
        try:
            try:
                attempt = max(1, int(attempt))
            except Exception:
                attempt = 1
            return self._grade(answer, attempt)
        except _Reject as rejection:
            return self._feedback(rejection.status, rejection.message, readable=False)
        except Exception:
            return self._feedback(NOT_YET, text("unreadable", type=_type_name(answer)), readable=False)

    def _grade(self, answer: object, attempt: int) -> Feedback:  # pragma: no cover
        raise NotImplementedError

    def _feedback(
        self,
        status: str,
        message: str,
        hint: str = "",
        points: float | None = None,
        readable: bool = True,
    ) -> Feedback:
        if points is None:
            points = self.points if status == CORRECT else 0
        return Feedback(self.id, status, message, hint, points, self.points, readable)

    def _hint(self, attempt: int) -> str:
        """The hint for the `attempt`-th wrong try: hints[0], hints[1], ... then the last."""
        if not self.hints:
            return ""
        return self.hints[min(attempt, len(self.hints)) - 1]

    def _right(self, *parts: str) -> Feedback:
        return self._feedback(CORRECT, _join([*parts, self.explanation]))


@dataclass(frozen=True)
class NumberQuestion(Question):
    """One number.

    ``expected`` is a number or a zero-argument callable (evaluated at grading
    time, so it can come from the model).  Correct when
    ``|answer - expected| <= max(rel_tol * |expected|, abs_tol)``.

    ``kind``:

    * ``"number"``: the answer as written ("5%" is read as 5).
    * ``"share"``: a fraction of 1 is asked for.  "80%" is read as 0.8, and so
      is a plain number above 1.5 (80 -> 80% -> 0.8); numbers up to 1.5 are
      read as fractions.  The feedback says how the answer was read.
    * ``"integer"``: a count.  Expected and answer are rounded to whole
      numbers (halves away from zero) before comparing; the feedback says so
      when it rounded the answer.

    ``misconceptions``: ``(predicate, hint)`` pairs, ``predicate(value,
    expected) -> bool`` on the value as read.  The first that matches a wrong
    answer gives its hint instead of the next escalating one.  See
    ``answered``, ``factor_off``, ``sign_error``, ``percent_not_fraction`` and
    ``complement`` for ready-made predicates.
    """

    expected: float | Callable[[], float]
    _: KW_ONLY
    rel_tol: float = 0.01
    abs_tol: float = 0.0
    kind: str = "number"
    misconceptions: tuple[tuple[Callable[[float, float], bool], str], ...] = ()

    KINDS = ("number", "share", "integer")

    def __post_init__(self) -> None:
        super().__post_init__()
        if self.kind not in self.KINDS:
            raise ValueError(f"kind must be one of {self.KINDS}, not {self.kind!r}")
        if not (self.rel_tol >= 0 and self.abs_tol >= 0):
            raise ValueError("tolerances must be >= 0")
        pairs = tuple(tuple(pair) for pair in self.misconceptions)
        for pair in pairs:
            if len(pair) != 2 or not callable(pair[0]) or not isinstance(pair[1], str):
                raise ValueError("misconceptions must be (predicate, hint) pairs")
        object.__setattr__(self, "misconceptions", pairs)

    def expected_value(self) -> float:
        """The expected number as graded (rounded for kind="integer").  May raise."""
        value = _expected_float(self.expected)
        return _round_half_away(value) if self.kind == "integer" else value

    def _tolerance(self, expected: float) -> float:
        return max(self.rel_tol * abs(expected), self.abs_tol)

    def _close(self, value: float, expected: float) -> bool:
        slack = 1e-12 * max(1.0, abs(expected))  # float round-off
        return abs(value - expected) <= self._tolerance(expected) + slack

    def _interpret(self, reading: _Reading) -> tuple[float, list[str]]:
        """The value this question grades for one reading, and notes on how it was read."""
        value, notes = reading.value, []
        if reading.alternative is not None:
            notes.append(
                text(
                    "read_separators_alternative",
                    text=reading.text,
                    value=format_number(value),
                    alternative=format_number(reading.alternative),
                )
            )
        if self.kind == "share":
            if reading.percent:
                value = value / 100
                notes.append(text("read_percent_sign", text=reading.text, value=format_number(value)))
            elif 1.5 < abs(value) <= _LARGEST_PERCENT and not _CURRENCY.search(reading.text or ""):
                notes.append(
                    text("read_as_percent", answer=format_number(value), value=format_number(value / 100))
                )
                value = value / 100
        elif reading.percent:
            notes.append(text("read_percent_sign", text=reading.text, value=format_number(value)))
        if self.kind == "integer":
            rounded = _round_half_away(value)
            if abs(rounded - value) <= 1e-9 * max(1.0, abs(value)):
                value = rounded  # 5.0, or 4.999999999 from a float sum: the whole number meant
            else:
                # A count is a whole number: 4.5 is not 5, and saying so teaches more than rounding.
                notes.append(text("read_not_whole", answer=format_number(value)))
        return value, notes

    def _misconception_hint(self, value: float, expected: float) -> str:
        for predicate, hint in self.misconceptions:
            try:
                if predicate(value, expected):
                    return hint
            except Exception:
                continue
        return ""

    def _tolerance_text(self, expected: float) -> str:
        if self.rel_tol > 0 and self.rel_tol * abs(expected) >= self.abs_tol:
            return format_number(self.rel_tol * 100) + "%"
        return "\u00b1" + format_number(self.abs_tol)

    def _grade(self, answer: object, attempt: int) -> Feedback:
        readings, read_notes = _read_whole_answer(answer)
        expected = self.expected_value()
        interpreted = [(value, read_notes + notes) for value, notes in map(self._interpret, readings)]
        for value, notes in interpreted:
            if self._close(value, expected):
                return self._right(*notes, text("number_right", value=format_number(value)))
        value, notes = interpreted[0]
        tolerance = self._tolerance(expected)
        shown = format_number(value)
        if 0 < abs(value - expected) <= 5 * tolerance:
            verdict = text("number_close", value=shown, tolerance=self._tolerance_text(expected))
        elif value > expected:
            verdict = text("number_too_high", value=shown)
        else:
            verdict = text("number_too_low", value=shown)
        hint = self._misconception_hint(value, expected) or self._hint(attempt)
        return self._feedback(NOT_YET, _join([*notes, verdict]), hint)


# --- ready-made misconception predicates -----------------------------------


def _near(value: float, target: float, rel_tol: float) -> bool:
    return abs(value - target) <= rel_tol * abs(target) + 1e-12


def answered(other: float | Callable[[], float], rel_tol: float = 0.01) -> Callable[[float, float], bool]:
    """The learner gave `other` (a number or a callable), e.g. sales where profit was asked."""

    def predicate(value: float, expected: float) -> bool:
        target = _expected_float(other)
        return not _near(target, expected, rel_tol) and _near(value, target, rel_tol)

    return predicate


def factor_off(*factors: float, rel_tol: float = 0.01) -> Callable[[float, float], bool]:
    """Off by one of `factors` either way, e.g. ``factor_off(1000)`` for euros vs thousands."""

    def predicate(value: float, expected: float) -> bool:
        return expected != 0 and any(
            _near(value, expected * f, rel_tol) or _near(value, expected / f, rel_tol) for f in factors
        )

    return predicate


def sign_error(rel_tol: float = 0.01) -> Callable[[float, float], bool]:
    """The right size with the wrong sign."""

    def predicate(value: float, expected: float) -> bool:
        return expected != 0 and _near(value, -expected, rel_tol)

    return predicate


def percent_not_fraction(rel_tol: float = 0.01) -> Callable[[float, float], bool]:
    """A percentage where a fraction was asked (for kind="number"; kind="share" accepts it)."""

    def predicate(value: float, expected: float) -> bool:
        return expected != 0 and _near(value, expected * 100, rel_tol)

    return predicate


def complement(rel_tol: float = 0.01) -> Callable[[float, float], bool]:
    """1 - expected: the share of the other group."""

    def predicate(value: float, expected: float) -> bool:
        return not _near(1 - expected, expected, rel_tol) and _near(value, 1 - expected, rel_tol)

    return predicate


# --- predictable slips: (predicate, hint) pairs ready for ``misconceptions`` --
#
# Each names a slip people make again and again, with a hint that explains the
# slip without giving the number.  Pass ``hint=`` to say it in the question's
# own terms.  ``_target`` makes a predicate that fires when the answer is the
# expected value transformed by the slip, and only when the slip changes it.


Slip = tuple[Callable[[float, float], bool], str]


def _target(slip: Callable[[float], float], rel_tol: float) -> Callable[[float, float], bool]:
    def predicate(value: float, expected: float) -> bool:
        target = slip(expected)
        return not _near(target, expected, rel_tol) and _near(value, target, rel_tol)

    return predicate


def sign_slip(hint: str | None = None, rel_tol: float = 0.02) -> Slip:
    """The right size with the wrong sign."""
    return _target(lambda x: -x, rel_tol), hint or text("slip_sign")


def percent_slip(hint: str | None = None, rel_tol: float = 0.01) -> Slip:
    """A factor of 100 off: a percentage where a fraction was asked, or the other way
    round.  Fires only when the expected value is a fraction-sized number (never for
    euro amounts)."""

    def predicate(value: float, expected: float) -> bool:
        if not 0 < abs(expected) <= 1.5:
            return False
        return _near(value, expected * 100, rel_tol) or _near(value, expected / 100, rel_tol)

    return predicate, hint or text("slip_factor_100")


def scale_slip(hint: str | None = None, points: bool = False, rel_tol: float = 0.05) -> Slip:
    """The model's 0–1 scale where the 1–7 scale was asked.

    For a score (``points=False``): an answer between 0 and 1 when the expected
    score is above 1.  For a difference in points (``points=True``): the
    difference on the 0–1 scale, a sixth of the points.
    """
    if points:
        return _target(lambda x: x / 6, rel_tol), hint or text("slip_scale_points")

    def predicate(value: float, expected: float) -> bool:
        return expected > 1 and 0 <= value <= 1

    return predicate, hint or text("slip_scale_score")


def zero_based_slip(hint: str | None = None) -> Slip:
    """A position or count that is one too low: counted from 0, as Python does."""
    return _target(lambda x: x - 1, 1e-9), hint or text("slip_zero_based")


def minus_one_slip(hint: str | None = None, rel_tol: float = 0.01) -> Slip:
    """A relative change without the "− 1": the ratio new / old instead."""
    return _target(lambda x: x + 1, rel_tol), hint or text("slip_minus_one")


def step_slip(step: float, hint: str | None = None, rel_tol: float = 0.01) -> Slip:
    """What a step adds, divided by the size of the step (a rate per unit instead)."""
    return _target(lambda x: x / step, rel_tol), hint or text("slip_step")


# --- choices ----------------------------------------------------------------


_LETTER = re.compile(r"^\(?\s*([^\s()]+?)\s*[).:]?$")
# "b) An inverted U", "b. An inverted U" or "b An inverted U" (pasted from the list).
_LETTER_WITH_TEXT = re.compile(r"^\(?\s*([^\s()]+?)\s*(?:[).:]\s*|\s)\s*(\S.*)$")
# Letters are listed with punctuation between them.  Never the word "and": an
# option's text may contain it, and "A and C" reads better as "A, C" anyway.
_SPLIT = re.compile(r"\s*[,;/&+]\s*")


def _simplify(value: str) -> str:
    return " ".join(value.lower().split()).rstrip(".")


class _Options:
    """Option keys and texts, matched without regard to case or spacing."""

    def __init__(self, options: Mapping[str, str]) -> None:
        if not isinstance(options, Mapping) or len(options) < 2:
            raise ValueError("a choice needs a mapping of at least two options")
        self.display = {str(k).strip().lower(): str(k).strip() for k in options}
        if len(self.display) != len(options) or "" in self.display:
            raise ValueError("option keys must be distinct and non-empty (ignoring case)")
        self.by_text = {_simplify(str(v)): str(k).strip().lower() for k, v in options.items()}
        self.keys = list(self.display)

    def key(self, given: str) -> str:
        k = str(given).strip().lower()
        if k not in self.display:
            raise ValueError(f"{given!r} is not one of the options {list(self.display.values())}")
        return k

    def _letter_run(self, token: str) -> bool:
        """'AC': option letters run together, written in capitals as the notebook shows
        them.  With capital letters as options, a run such as 'bad' or 'ace' is a word,
        never split."""
        token = token.strip()
        return (
            len(token) > 1
            and all(ch.lower() in self.display and (ch.isupper() or self.display[ch.lower()].islower()) for ch in token)
            and len(set(token.lower())) == len(token)
        )

    def letters_text(self) -> str:
        return _or_list([self.display[k] for k in self.keys])

    def match_one(self, token: str) -> str | None:
        """'b', ' B ', 'B)', '(b)', 'b.', 'b) the text', or the option's text itself."""
        simple = _simplify(token)
        if simple in self.display:
            return simple
        if simple in self.by_text:
            return self.by_text[simple]
        match = _LETTER.match(simple)
        if match and match.group(1) in self.display:
            return match.group(1)
        match = _LETTER_WITH_TEXT.match(simple)  # "b) An inverted U": letter and its own text
        if match and self.by_text.get(match.group(2)) == match.group(1):
            return match.group(1)
        return None

    def read_many(self, answer: object, depth: int = 0) -> list[str]:
        """The option keys in `answer` (a text like "a, c" or "ac", or a collection)."""
        _placeholder_checks(answer)
        example = _quote(", ".join(self.display[k] for k in self.keys[:2]))
        if depth > _MAX_NESTING:
            raise _Reject(text("multi_expected_letters", example=example, what=_describe(answer)))
        if isinstance(answer, str):
            whole = self.match_one(answer)
            if whole is not None:
                return [whole]
            tokens = [t.strip() for t in _SPLIT.split(answer.strip()) if t.strip()]
            if len(tokens) == 1 and self._letter_run(tokens[0]):
                return list(tokens[0].lower())  # "AC"
            picks = []
            for chunk in tokens:  # "listens to needs, c" : an option's text, or letters apart
                key = self.match_one(chunk)
                if key is not None:
                    picks.append(key)
                    continue
                words = chunk.split()
                keys = [self.match_one(word) for word in words]
                if len(words) > 1 and None in keys:
                    # Not letters apart ("A C") but words: text that is none of the options.
                    raise _Reject(text("multi_unknown_text", given=_quote(chunk), letters=self.letters_text(), example=example))
                if keys[0] is None:
                    raise _Reject(
                        text("multi_unknown", given=_quote(chunk), letters=self.letters_text(), example=example)
                    )
                picks.extend(keys)
            return picks
        if isinstance(answer, np.ndarray):
            answer = answer.reshape(-1).tolist()
        if isinstance(answer, (list, tuple, set, frozenset)):
            picks = []
            for item in answer:
                if item is Ellipsis:
                    raise _Reject(text("placeholder"), UNANSWERED)
                if not isinstance(item, str):
                    raise _Reject(text("multi_expected_letters", example=example, what=_describe(item)))
                picks.extend(self.read_many(item, depth + 1))
            return picks
        raise _Reject(text("multi_expected_letters", example=example, what=_describe(answer)))


@dataclass(frozen=True)
class ChoiceQuestion(Question):
    """Pick one option: ``ChoiceQuestion("q2", {"a": ..., "b": ...}, "b", why_wrong={"a": ...})``.

    Accepts "b", " B ", "B)", "(b)", "b. ..." and the option's text (any case).
    A wrong option gives its ``why_wrong`` text (the misconception behind it)
    as the hint, else the next escalating hint.
    """

    options: Mapping[str, str]
    correct: str
    _: KW_ONLY
    why_wrong: Mapping[str, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        super().__post_init__()
        opts = _Options(self.options)
        object.__setattr__(self, "_opts", opts)
        object.__setattr__(self, "_correct_key", opts.key(self.correct))
        object.__setattr__(self, "_why", {opts.key(k): str(v) for k, v in dict(self.why_wrong).items()})

    def _grade(self, answer: object, attempt: int) -> Feedback:
        opts: _Options = self._opts  # type: ignore[attr-defined]
        _placeholder_checks(answer)
        example = _quote(opts.display[opts.keys[0]])
        if isinstance(answer, np.ndarray) and answer.size == 1:
            answer = answer.reshape(-1)[0]
        if isinstance(answer, (list, tuple, set, frozenset)) and len(answer) == 1:
            answer = next(iter(answer))
            _placeholder_checks(answer)
        if not isinstance(answer, (str, list, tuple, set, frozenset, np.ndarray)):
            raise _Reject(text("choice_expected_letter", example=example, what=_describe(answer)))
        if isinstance(answer, str):
            key = opts.match_one(answer)
            if key is None:
                try:
                    picks = opts.read_many(answer)
                except _Reject:
                    picks = []
                if len(picks) > 1:
                    given = ", ".join(opts.display[p] for p in picks)
                    raise _Reject(text("choice_one_only", count=len(picks), given=given))
                raise _Reject(text("choice_unknown", given=_quote(answer), letters=opts.letters_text()))
        else:
            picks = opts.read_many(answer)
            if not picks:
                raise _Reject(text("choice_expected_letter", example=example, what=_describe(answer)))
            if len(picks) != 1:
                given = ", ".join(opts.display[p] for p in picks)
                raise _Reject(text("choice_one_only", count=len(picks), given=given))
            key = picks[0]
        letter = opts.display[key]
        if isinstance(answer, str) and opts.by_text.get(_simplify(answer)) == key:
            letter = str(self.options[next(k for k in self.options if str(k).strip().lower() == key)])
            letter = _clipped(_one_line(letter), 60)  # answered with the option's text (a name): say that
        if key == self._correct_key:  # type: ignore[attr-defined]
            return self._right(text("choice_right", letter=letter))
        hint = self._why.get(key) or self._hint(attempt)  # type: ignore[attr-defined]
        return self._feedback(NOT_YET, text("choice_wrong", letter=letter), hint)


@dataclass(frozen=True)
class MultiSelectQuestion(Question):
    """Pick all options that fit: ``MultiSelectQuestion("q3", options, {"a", "c"})``.

    Accepts "A, C", "a c", "ac", "a and c", ["a", "c"], {"A", "C"}.  Points
    are partial: ``points * (right picks - wrong picks) / options that fit``,
    at least 0; the status is "correct" only for exactly the right set.
    """

    options: Mapping[str, str]
    correct: frozenset[str] | set[str] | Sequence[str]
    _: KW_ONLY
    why_wrong: Mapping[str, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        super().__post_init__()
        opts = _Options(self.options)
        try:
            keys = frozenset(opts.read_many(self.correct))
        except _Reject as problem:
            raise ValueError(f"correct options {self.correct!r}: {problem.message}") from None
        object.__setattr__(self, "correct", frozenset(opts.display[k] for k in keys))
        object.__setattr__(self, "_opts", opts)
        object.__setattr__(self, "_correct_keys", keys)
        object.__setattr__(self, "_why", {opts.key(k): str(v) for k, v in dict(self.why_wrong).items()})

    def _grade(self, answer: object, attempt: int) -> Feedback:
        opts: _Options = self._opts  # type: ignore[attr-defined]
        correct: frozenset[str] = self._correct_keys  # type: ignore[attr-defined]
        picks = set(opts.read_many(answer))
        if picks == correct:
            return self._right(text("multi_right"))
        right, wrong = picks & correct, picks - correct
        if correct:
            share = max(0, len(right) - len(wrong)) / len(correct)
        else:
            share = 0.0
        points = round(self.points * share, 6)
        message = text("multi_summary", right=len(right), total=len(correct), wrong=len(wrong))
        if points > 0:
            message = _join([message, text("points_note", points=_fmt_points(points), max_points=_fmt_points(self.points))])
        first_wrong = [k for k in opts.keys if k in wrong and k in self._why]  # type: ignore[attr-defined]
        hint = self._why[first_wrong[0]] if first_wrong else self._hint(attempt)  # type: ignore[attr-defined]
        return self._feedback(NOT_YET, message, hint, points=points)


# --- arrays -----------------------------------------------------------------


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


@dataclass(frozen=True)
class ArrayQuestion(Question):
    """Several numbers at once, e.g. one per month: ``ArrayQuestion("q4", lambda: model.sales(grid))``.

    The answer must have as many values as expected; a 1-D expectation also
    accepts a row or column of the same length.  Each value is compared with
    ``max(rel_tol * |expected|, abs_tol)``.
    """

    expected: Any
    _: KW_ONLY
    rel_tol: float = 0.01
    abs_tol: float = 0.0

    def __post_init__(self) -> None:
        super().__post_init__()
        if not (self.rel_tol >= 0 and self.abs_tol >= 0):
            raise ValueError("tolerances must be >= 0")

    def expected_array(self) -> np.ndarray:
        """The expected values as a float array.  May raise."""
        value = _evaluate(self.expected)
        try:
            array = np.asarray(value, dtype=float)
        except Exception as error:
            raise _Reject(text("check_broken", error=_type_name(error))) from None
        if array.ndim == 0:
            array = array.reshape(1)
        return array

    def _grade(self, answer: object, attempt: int) -> Feedback:
        expected = self.expected_array()
        values = _read_array(answer, expected.size)
        if values.size != expected.size:
            raise _Reject(text("array_wrong_count", expected=expected.size, got=values.size))
        if values.shape != expected.shape:
            if expected.ndim <= 1 and sum(n > 1 for n in values.shape) <= 1:
                values = values.reshape(expected.shape)
            elif expected.ndim <= 1:
                raise _Reject(text("array_wrong_shape_flat", expected=expected.size, got=_shape_text(values.shape)))
            else:
                raise _Reject(
                    text("array_wrong_shape", expected=_shape_text(expected.shape), got=_shape_text(values.shape))
                )
        tolerance = np.maximum(self.rel_tol * np.abs(expected), self.abs_tol) + 1e-12 * np.maximum(1.0, np.abs(expected))
        with np.errstate(invalid="ignore", over="ignore"):
            matches = np.abs(values - expected) <= tolerance
        matches &= np.isfinite(values)
        count, matching = int(expected.size), int(matches.sum())
        if matching == count:
            return self._right(text("array_right", count=count))
        flat_position = int(np.flatnonzero(~matches.reshape(-1))[0])
        if expected.ndim <= 1:
            position = str(flat_position)
        else:
            position = "(" + ", ".join(str(int(i)) for i in np.unravel_index(flat_position, expected.shape)) + ")"
        parts = [
            text("array_partial", matching=matching, count=count),
            text("array_first_mismatch", position=position),
        ]
        not_finite = int((~np.isfinite(values)).sum())
        if not_finite:
            parts.append(text("array_nan", count=not_finite))
        return self._feedback(NOT_YET, _join(parts), self._hint(attempt))




# ---------------------------------------------------------------------------
# Exercise sets and progress
# ---------------------------------------------------------------------------


@dataclass(frozen=True)
class ProgressRow:
    question_id: str
    prompt: str
    state: str  # "done" | "not_yet" | "not_tried"
    tries: int
    points: float
    max_points: float


def _state_word(state: str) -> str:
    return text("state_" + state)


def _table_text(header: Sequence[str], rows: Sequence[Sequence[str]]) -> list[str]:
    widths = [max(len(str(r[i])) for r in [header, *rows]) for i in range(len(header))]
    lines = []
    for row in [header, *rows]:
        cells = [str(c).ljust(w) for c, w in zip(row, widths)]
        lines.append("  ".join(cells).rstrip())
    return lines


def _html_table(header: Sequence[str], rows: Sequence[Sequence[str]], states: Sequence[str]) -> str:
    cell = "padding:3px 10px;text-align:left;border-bottom:1px solid #ddd"
    out = ['<table class="ck-progress" style="border-collapse:collapse;margin:4px 0">', "<thead><tr>"]
    out += [f'<th style="{cell}">{_html(h)}</th>' for h in header]
    out.append("</tr></thead><tbody>")
    for row, state in zip(rows, states):
        out.append("<tr>")
        for i, value in enumerate(row):
            if i == 1:
                colour = _COLOURS[_STATE_STATUS.get(state, UNANSWERED)]
                icon = _STATE_ICON.get(state, "?")
                out.append(
                    f'<td style="{cell}"><span style="color:{colour};font-weight:bold" aria-hidden="true">'
                    f"{icon}</span> {_html(value)}</td>"
                )
            else:
                out.append(f'<td style="{cell}">{_html(value)}</td>')
        out.append("</tr>")
    out.append("</tbody></table>")
    return "".join(out)


def _summary_box(title: str, table: str, summary: str, all_done: bool) -> str:
    colour = _COLOURS[CORRECT] if all_done else "#6E6E6E"
    return (
        f'<div class="ck-progress-box" style="border-left:6px solid {colour};padding:6px 10px;'
        f'margin:4px 0;font-family:sans-serif;color:#1a1a1a;background:#FAFAFA">'
        f"<strong>{_html(title)}</strong>{table}<div>{_html(summary)}</div></div>"
    )


@dataclass(frozen=True, repr=False)
class Progress:
    """Where a learner stands in one exercise set."""

    key: str
    title: str
    rows: tuple[ProgressRow, ...]  # the main part: what "all done" is about
    analyst_rows: tuple[ProgressRow, ...] = ()  # the optional "For analysts" part

    @property
    def analyst(self) -> "Progress":
        """The optional part on its own (its own counts; empty when the set has none)."""
        return Progress(self.key, text("analyst_title"), self.analyst_rows)

    @property
    def total(self) -> int:
        return len(self.rows)

    def _count(self, state: str) -> int:
        return sum(1 for r in self.rows if r.state == state)

    @property
    def done(self) -> int:
        return self._count(_DONE)

    @property
    def not_yet(self) -> int:
        return self._count(_NOT_YET_STATE)

    @property
    def not_tried(self) -> int:
        return self._count(_NOT_TRIED)

    @property
    def points(self) -> float:
        return round(sum(r.points for r in self.rows), 6)

    @property
    def max_points(self) -> float:
        return round(sum(r.max_points for r in self.rows), 6)

    @property
    def all_done(self) -> bool:
        """True only when there are questions and every one is answered correctly."""
        return self.total > 0 and self.done == self.total

    def summary(self) -> str:
        if not self.rows:
            return text("progress_empty")
        fields = dict(
            total=self.total,
            done=self.done,
            not_yet=self.not_yet,
            not_tried=self.not_tried,
            points=_fmt_points(self.points),
            max_points=_fmt_points(self.max_points),
        )
        return text("progress_all_done" if self.all_done else "progress_summary", **fields)

    def _header(self) -> list[str]:
        return [text("col_question"), text("col_state"), text("col_points"), text("col_tries"), text("col_prompt")]

    def _cells(self, row: ProgressRow, icon: bool) -> list[str]:
        state = _state_word(row.state)
        tries = "" if row.tries == 0 else (text("tries_one") if row.tries == 1 else text("tries_many", count=row.tries))
        return [
            row.question_id,
            f"{_STATE_ICON[row.state]} {state}" if icon else state,
            f"{_fmt_points(row.points)}/{_fmt_points(row.max_points)}",
            tries,
            _clipped(_one_line(row.prompt), 60),
        ]

    def analyst_summary(self) -> str:
        part = self.analyst
        return text(
            "analyst_summary",
            total=part.total,
            done=part.done,
            not_yet=part.not_yet,
            not_tried=part.not_tried,
            points=_fmt_points(part.points),
            max_points=_fmt_points(part.max_points),
        )

    def _text_table(self, rows: Sequence[ProgressRow]) -> list[str]:
        return ["  " + line for line in _table_text(self._header(), [self._cells(r, True) for r in rows])]

    def __repr__(self) -> str:
        lines = [text("progress_title", title=self.title or self.key)]
        if self.rows:
            lines += self._text_table(self.rows)
        lines.append(self.summary())
        if self.analyst_rows:
            lines.append(text("analyst_title"))
            lines += self._text_table(self.analyst_rows)
            lines.append(self.analyst_summary())
        return "\n".join(lines)

    __str__ = __repr__

    def _html_rows(self, rows: Sequence[ProgressRow]) -> str:
        return _html_table(self._header(), [self._cells(r, False) for r in rows], [r.state for r in rows])

    def _repr_html_(self) -> str:
        main = _summary_box(
            text("progress_title", title=self.title or self.key), self._html_rows(self.rows), self.summary(), self.all_done
        )
        if not self.analyst_rows:
            return main
        optional = _summary_box(
            text("analyst_title"), self._html_rows(self.analyst_rows), self.analyst_summary(), self.analyst.all_done
        )
        return main + optional


@dataclass
class _Record:
    tries: int = 0  # calls with an actual answer (not the placeholder)
    wrong: int = 0  # readable wrong answers: these move the hints on
    last: Feedback | None = None


class ExerciseSet:
    """The questions of one exercise notebook, and the learner's tries.

    ``check = ExerciseSet(key, title, questions, analyst_questions=())``; in the
    notebook ``check("q1", answer)`` grades and records, ``check.progress()``
    shows where the learner stands.  Calling never raises.

    ``analyst_questions`` form the optional "For analysts" part at the end of
    a set (calculation by code): ``check`` grades them like the others, the
    progress shows them in a table of their own, and "all done" is about the
    main part only.  ``questions``, ``question_ids``, ``len`` and iteration
    cover both parts, main part first; ``main_questions`` and
    ``analyst_questions`` each part.
    """

    def __init__(
        self,
        key: str,
        title: str,
        questions: Sequence[Question],
        analyst_questions: Sequence[Question] = (),
    ) -> None:
        self.key = str(key)
        self.title = str(title)
        self._questions: dict[str, Question] = {}
        main, optional = list(questions), list(analyst_questions)
        for question in main + optional:
            if not callable(getattr(question, "grade", None)):
                raise TypeError(f"{question!r} is not a question")
            if question.id in self._questions:
                raise ValueError(f"question id {question.id!r} is used twice in {self.key!r}")
            self._questions[question.id] = question
        self._analyst_ids = frozenset(q.id for q in optional)
        self._records: dict[str, _Record] = {qid: _Record() for qid in self._questions}

    def __repr__(self) -> str:
        if self._analyst_ids:
            main = len(self._questions) - len(self._analyst_ids)
            return f"ExerciseSet({self.key!r}, {main} questions + {len(self._analyst_ids)} for analysts)"
        return f"ExerciseSet({self.key!r}, {len(self._questions)} questions)"

    @property
    def main_questions(self) -> tuple[Question, ...]:
        return tuple(q for q in self._questions.values() if q.id not in self._analyst_ids)

    @property
    def analyst_questions(self) -> tuple[Question, ...]:
        return tuple(q for q in self._questions.values() if q.id in self._analyst_ids)

    def is_analyst(self, question_id: str) -> bool:
        """True for a question of the optional "For analysts" part."""
        return question_id in self._analyst_ids

    def __len__(self) -> int:
        return len(self._questions)

    def __iter__(self):
        return iter(self._questions.values())

    @property
    def questions(self) -> tuple[Question, ...]:
        return tuple(self._questions.values())

    @property
    def question_ids(self) -> tuple[str, ...]:
        return tuple(self._questions)

    def __getitem__(self, question_id: str) -> Question:
        return self._questions[question_id]

    def _find(self, question_id: object) -> Question | None:
        if isinstance(question_id, str):
            wanted = question_id.strip()
            if wanted in self._questions:
                return self._questions[wanted]
            for qid, question in self._questions.items():
                if qid.lower() == wanted.lower():
                    return question
        elif isinstance(question_id, int) and not isinstance(question_id, bool):
            return self._questions.get(f"q{question_id}")
        return None

    def _unknown(self, question_id: object) -> Feedback:
        ids = ", ".join(self._questions) or "-"
        if isinstance(question_id, str):
            shown_id = _one_line(question_id)[:40] or "?"
            message = text("unknown_question", given=_quote(question_id), ids=ids)
        else:
            shown_id = "?"
            message = text("question_id_not_text", what=_describe(question_id), ids=ids)
        return Feedback(shown_id, NOT_YET, message, "", 0, 0, False)

    def __call__(self, question_id: str, answer: object) -> Feedback:
        """Grade `answer` to question `question_id`, remember the try, return the feedback."""
        try:
            question = self._find(question_id)
            if question is None:
                return self._unknown(question_id)
            record = self._records[question.id]
            feedback = question.grade(answer, attempt=record.wrong + 1)
            if feedback.status != UNANSWERED:
                record.tries += 1
            if feedback.status == NOT_YET and feedback.readable:
                record.wrong += 1
            record.last = feedback
            return feedback
        except Exception:  # pragma: no cover - grade itself never raises
            return Feedback(str(question_id)[:40], NOT_YET, text("unreadable", type=_type_name(answer)), readable=False)

    check = __call__

    def grade_answers(self, answers: Mapping[str, object]) -> dict[str, Feedback]:
        """Grade many answers at once without recording anything (for batch grading).

        Every question of the set gets a feedback (unanswered when missing);
        keys that are no question of the set get an "unknown question" one.
        """
        results: dict[str, Feedback] = {}
        given = dict(answers)
        for qid, question in self._questions.items():
            if qid in given:
                results[qid] = question.grade(given.pop(qid), attempt=1)
            else:
                results[qid] = question._feedback(UNANSWERED, text("no_answer"), readable=False)
        for key, answer in given.items():
            question = self._find(key)
            if question is not None and question.id not in answers:
                results[question.id] = question.grade(answer, attempt=1)
            else:
                results[str(key)] = self._unknown(key)
        return results

    def progress(self) -> Progress:
        rows, analyst_rows = [], []
        for qid, question in self._questions.items():
            record = self._records[qid]
            last = record.last
            if last is None or last.status == UNANSWERED:
                state = _NOT_TRIED
            elif last.status == CORRECT:
                state = _DONE
            else:
                state = _NOT_YET_STATE
            (analyst_rows if qid in self._analyst_ids else rows).append(
                ProgressRow(
                    qid,
                    question.prompt,
                    state,
                    record.tries,
                    last.points if last is not None else 0,
                    question.points,
                )
            )
        return Progress(self.key, self.title, tuple(rows), tuple(analyst_rows))

    def reset(self) -> None:
        """Forget every try (hints start again from the first)."""
        self._records = {qid: _Record() for qid in self._questions}


# ---------------------------------------------------------------------------
# Kit-wide progress
# ---------------------------------------------------------------------------

_REGISTRY: dict[str, ExerciseSet] = {}


def register(exercise_set: ExerciseSet) -> ExerciseSet:
    """Add a set to the kit-wide progress (a set with the same key is replaced)."""
    if not isinstance(exercise_set, ExerciseSet):
        raise TypeError("register() takes an ExerciseSet")
    _REGISTRY[exercise_set.key] = exercise_set
    return exercise_set


def unregister(key: str) -> None:
    _REGISTRY.pop(key, None)


def registered() -> tuple[ExerciseSet, ...]:
    """The registered sets, in order of their keys."""
    return tuple(_REGISTRY[k] for k in sorted(_REGISTRY))


def clear_registry() -> None:
    _REGISTRY.clear()


@dataclass(frozen=True, repr=False)
class KitProgress:
    """Progress over every registered exercise set."""

    sets: tuple[Progress, ...]

    @property
    def total(self) -> int:
        return sum(p.total for p in self.sets)

    @property
    def done(self) -> int:
        return sum(p.done for p in self.sets)

    @property
    def not_yet(self) -> int:
        return sum(p.not_yet for p in self.sets)

    @property
    def not_tried(self) -> int:
        return sum(p.not_tried for p in self.sets)

    @property
    def points(self) -> float:
        return round(sum(p.points for p in self.sets), 6)

    @property
    def max_points(self) -> float:
        return round(sum(p.max_points for p in self.sets), 6)

    @property
    def all_done(self) -> bool:
        """Every main part is done (the "For analysts" parts are optional)."""
        return bool(self.sets) and all(p.all_done for p in self.sets)

    @property
    def analyst_total(self) -> int:
        return sum(p.analyst.total for p in self.sets)

    @property
    def analyst_done(self) -> int:
        return sum(p.analyst.done for p in self.sets)

    def analyst_summary(self) -> str:
        return text("kit_analyst_summary", done=self.analyst_done, total=self.analyst_total)

    def summary(self) -> str:
        if not self.sets:
            return text("kit_empty")
        fields = dict(
            sets=text("sets_one") if len(self.sets) == 1 else text("sets_many", count=len(self.sets)),
            total=self.total,
            done=self.done,
            not_yet=self.not_yet,
            not_tried=self.not_tried,
            points=_fmt_points(self.points),
            max_points=_fmt_points(self.max_points),
        )
        main = text("kit_all_done" if self.all_done else "kit_summary", **fields)
        return _join([main, self.analyst_summary()]) if self.analyst_total else main

    def _header(self) -> list[str]:
        header = [
            text("col_set"),
            text("state_done"),
            text("state_not_yet"),
            text("state_not_tried"),
            text("col_points"),
        ]
        return header + [text("col_analyst")] if self.analyst_total else header

    def _cells(self, p: Progress) -> list[str]:
        name = p.key if not p.title or p.title == p.key else f"{p.key}: {p.title}"
        cells = [
            name,
            str(p.done),
            str(p.not_yet),
            str(p.not_tried),
            f"{_fmt_points(p.points)}/{_fmt_points(p.max_points)}",
        ]
        if self.analyst_total:
            cells.append(text("analyst_cell", done=p.analyst.done, total=p.analyst.total) if p.analyst.total else "")
        return cells

    def __repr__(self) -> str:
        lines = [text("kit_title")]
        if self.sets:
            lines += ["  " + line for line in _table_text(self._header(), [self._cells(p) for p in self.sets])]
        lines.append(self.summary())
        return "\n".join(lines)

    __str__ = __repr__

    def _repr_html_(self) -> str:
        cell = "padding:3px 10px;text-align:left;border-bottom:1px solid #ddd"
        out = ['<table class="ck-kit-progress" style="border-collapse:collapse;margin:4px 0"><thead><tr>']
        out += [f'<th style="{cell}">{_html(h)}</th>' for h in self._header()]
        out.append("</tr></thead><tbody>")
        for p in self.sets:
            out.append("<tr>" + "".join(f'<td style="{cell}">{_html(c)}</td>' for c in self._cells(p)) + "</tr>")
        out.append("</tbody></table>")
        return _summary_box(text("kit_title"), "".join(out) if self.sets else "", self.summary(), self.all_done)


def kit_progress() -> KitProgress:
    """Progress of every registered exercise set."""
    return KitProgress(tuple(s.progress() for s in registered()))
