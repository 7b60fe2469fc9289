"""Questions answered by picking options: one (:class:`ChoiceQuestion`) or all that fit
(:class:`MultiSelectQuestion`), read from letters, the option's text, or a list."""
from __future__ import annotations

import re
from dataclasses import KW_ONLY, dataclass, field
from typing import Mapping, Sequence

import numpy as np

from ..messages import text
from .feedback import NOT_YET, UNANSWERED, Feedback
from .questions import Question
from .reading import _MAX_NESTING, _placeholder_checks, _Reject
from .wording import _clipped, _describe, _fmt_points, _join, _one_line, _or_list, _quote

# Bare option letters: the exercise notebooks import these, so that
# ``answer_q5 = B`` (no quotes) works.  Each one is simply its letter.
A, B, C, D, E, F, G, H = "ABCDEFGH"


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
