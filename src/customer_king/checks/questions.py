"""The question base class and the number questions: one number, or several at once."""
from __future__ import annotations

from dataclasses import KW_ONLY, dataclass
from typing import Any, Callable

import numpy as np

from ..messages import format_number, text
from .feedback import CORRECT, NOT_YET, Feedback
from .reading import (_CURRENCY, _evaluate, _expected_float, _read_array, _read_whole_answer, _Reading, _Reject,
                      _round_half_away, _shape_text)
from .wording import _join, _type_name

# A plain number above this is not read as a percentage for a share question
# (45000 is an amount of euros, not 45000%).
_LARGEST_PERCENT = 1000.0


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
