"""The answer checks, as a specification.

Read top to bottom: the messages and languages, the feedback object, each
question type (the right answer, equivalent ways of writing it, every kind of
non-answer, misconceptions), escalating hints, exercise sets and progress,
and last the fuzz tests that prove a check never raises, whatever it is given.
"""

from __future__ import annotations

import decimal
import fractions
import pathlib
import re
import string

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from hypothesis.extra import numpy as hnp

from customer_king import checks, messages
from customer_king.checks import (
    CORRECT,
    NOT_YET,
    UNANSWERED,
    ArrayQuestion,
    ChoiceQuestion,
    ExerciseSet,
    Feedback,
    MultiSelectQuestion,
    NumberQuestion,
    answered,
    complement,
    factor_off,
    kit_progress,
    percent_not_fraction,
    register,
    sign_error,
)
from customer_king.messages import format_number, set_language, text

STATUSES = {CORRECT, NOT_YET, UNANSWERED}


@pytest.fixture(autouse=True)
def _english_and_empty_registry(monkeypatch):
    """Every test starts in English (whatever the machine's environment says)
    with no registered exercise sets, and leaves things that way."""
    monkeypatch.delenv(messages.ENV_VARIABLE, raising=False)
    set_language(None)
    checks.clear_registry()
    yield
    set_language(None)
    checks.clear_registry()


class FloatRaises:
    """An object that claims to be a number but is not."""

    def __float__(self):
        raise RuntimeError("no float for you")


class Hostile:
    """An object on which almost everything raises."""

    def __float__(self):
        raise RuntimeError("float")

    def __len__(self):
        raise RuntimeError("len")

    def __iter__(self):
        raise RuntimeError("iter")

    def __eq__(self, other):
        raise RuntimeError("eq")

    def __bool__(self):
        raise RuntimeError("bool")

    def __array__(self, *args, **kwargs):
        raise RuntimeError("array")

    __hash__ = object.__hash__


# ---------------------------------------------------------------------------
# Messages and languages
# ---------------------------------------------------------------------------


def test_text_formats_english_by_default():
    assert messages.get_language() == "en"
    assert text("status_correct") == "Correct"
    assert text("expected_number_got_text", text="'abc'") == "I expected a number, got text 'abc'."
    assert "`...`" in text("placeholder")


def test_dutch_uses_translations_and_falls_back_to_english_per_key(monkeypatch):
    assert set_language("nl") == "nl"
    assert text("status_correct") == "Goed"
    # a key not translated (a language being written): the English sentence, never an error
    monkeypatch.delitem(messages.MESSAGES["nl"], "unknown_question")
    assert text("unknown_question", given="'q9'", ids="q1") == (
        "There is no question 'q9' in this set. The questions are: q1."
    )


def test_feedback_speaks_dutch_where_translated():
    set_language("nl")
    q = NumberQuestion("q1", 0.8)
    assert repr(q.grade(0.8)) == "q1 ✔ Goed — 0,8 klopt."
    assert repr(q.grade(...)).startswith("q1 ○ Nog niet beantwoord — Je hebt de plaatshouder")
    assert repr(q.grade("abc")) == "q1 ✘ Nog niet — Ik verwachtte een getal, maar kreeg tekst 'abc'."
    assert repr(q.grade([1, 2])) == "q1 ✘ Nog niet — Ik verwachtte één getal, maar kreeg 2 waarden."


@pytest.mark.parametrize("code", ["xx", "", "klingon", None, 42, "en_GB.UTF-8"])
def test_unknown_language_falls_back_to_english_without_raising(code):
    assert set_language(code) == "en"
    assert text("status_not_yet") == "Not yet"


@pytest.mark.parametrize("code", ["nl", "NL", "nl_NL.UTF-8", "nl-BE"])
def test_language_codes_are_normalised(code):
    assert set_language(code) == "nl"


def test_language_comes_from_the_environment_until_chosen(monkeypatch):
    monkeypatch.setenv(messages.ENV_VARIABLE, "nl")
    assert messages.get_language() == "nl"
    assert set_language("en") == "en"
    assert set_language(None) == "nl"
    monkeypatch.setenv(messages.ENV_VARIABLE, "does-not-exist")
    assert messages.get_language() == "en"


def test_language_context_manager_restores_the_previous_choice():
    with messages.language("nl"):
        assert text("status_correct") == "Goed"
    assert text("status_correct") == "Correct"


def test_text_never_raises_on_missing_fields_or_keys():
    assert isinstance(text("number_right"), str)  # field missing: the template as is
    assert text("no_such_key") == "no_such_key"


def test_broken_translation_falls_back_to_english(monkeypatch):
    monkeypatch.setitem(messages.MESSAGES["nl"], "number_right", "{waarde} klopt.")
    set_language("nl")
    assert text("number_right", value="0,8") == "0,8 is right."


def _fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def test_translations_use_only_fields_the_english_sentence_has():
    english = messages.MESSAGES["en"]
    for lang, table in messages.MESSAGES.items():
        for key, template in table.items():
            assert key in english, f"{lang}:{key} has no English original"
            assert _fields(template) <= _fields(english[key]), f"{lang}:{key}"


def test_every_message_key_the_checks_use_exists_in_english():
    source = "".join(path.read_text(encoding="utf-8") for path in pathlib.Path(checks.__file__).parent.glob("*.py"))
    used = set(re.findall(r'text\(\s*"([a-z_]+)"\s*[,)]', source))
    used |= {"status_" + s for s in STATUSES} | {"state_done", "state_not_yet", "state_not_tried"}
    assert len(used) > 40
    assert sorted(used - set(messages.MESSAGES["en"])) == []


@pytest.mark.parametrize(
    "value, en, nl",
    [
        (0.8, "0.8", "0,8"),
        (16_500_000, "16,500,000", "16.500.000"),
        (1234.5, "1,234.5", "1.234,5"),
        (-0.125, "-0.125", "-0,125"),
        (1 / 3, "0.333333", "0,333333"),
        (0, "0", "0"),
        (float("nan"), "NaN", "NaN"),
    ],
)
def test_numbers_are_written_the_way_the_language_writes_them(value, en, nl):
    assert format_number(value) == en
    set_language("nl")
    assert format_number(value) == nl


# ---------------------------------------------------------------------------
# Feedback
# ---------------------------------------------------------------------------


def test_feedback_repr_is_one_plain_deterministic_line():
    ok = Feedback("q1", CORRECT, "0.8 is right.", points=1, max_points=1)
    wrong = Feedback("q1", NOT_YET, "0.7 is too low.", hint="Divide by\nthe total.", max_points=1)
    blank = Feedback("q1", UNANSWERED, "You left the `...` placeholder: replace it with your answer.")
    assert repr(ok) == "q1 ✔ Correct — 0.8 is right."
    assert repr(wrong) == "q1 ✘ Not yet — 0.7 is too low. Hint: Divide by the total."
    assert repr(blank).startswith("q1 ○ Not answered yet — You left the `...` placeholder")
    assert str(ok) == repr(ok)
    assert ok.correct and not wrong.correct and not blank.correct
    assert repr(NumberQuestion("q1", 0.8).grade(object())) == repr(NumberQuestion("q1", 0.8).grade(object()))
    assert "0x" not in repr(NumberQuestion("q1", 0.8).grade(object()))


def test_feedback_html_is_escaped_colour_blind_safe_and_not_colour_alone():
    fb = Feedback("q<1>", NOT_YET, "got text '<script>alert(1)</script>'", hint="Use `x & y`")
    page = fb._repr_html_()
    assert "<script>" not in page and "&lt;script&gt;" in page
    assert "q&lt;1&gt;" in page and "<code>x &amp; y</code>" in page
    assert "#D55E00" in page and "✘" in page and "Not yet" in page
    ok = Feedback("q1", CORRECT, "fine")._repr_html_()
    assert "#0072B2" in ok and "✔" in ok and "Correct" in ok
    blank = Feedback("q1", UNANSWERED, "fill it in")._repr_html_()
    assert "✔" not in blank and "✘" not in blank and "Not answered yet" in blank


# ---------------------------------------------------------------------------
# NumberQuestion
# ---------------------------------------------------------------------------

SHARE = NumberQuestion("q1", 0.8, kind="share", prompt="Share of wallet")
BIG = NumberQuestion("q2", 16_500_000, prompt="Sales in euros")


@pytest.mark.parametrize(
    "answer",
    [
        0.8, 0.8016, 0.7925, 80, 80.0, "80%", "80 %", " 80% ", "0,8", "0.8", ",8", "80 percent",
        np.float64(0.8), np.float32(0.8), np.array(0.8), np.array([0.8]), np.array([[80]]),
        [0.8], (0.8,), fractions.Fraction(4, 5), decimal.Decimal("0.8"), np.int64(80),
    ],
)
def test_share_accepts_every_usual_way_of_writing_eighty_percent(answer):
    fb = SHARE.grade(answer)
    assert fb.status == CORRECT, fb
    assert fb.points == fb.max_points == 1


def test_share_feedback_says_how_it_read_a_percentage():
    assert repr(SHARE.grade(80)) == "q1 ✔ Correct — I read 80 as 80% = 0.8. 0.8 is right."
    assert repr(SHARE.grade("80%")) == "q1 ✔ Correct — I read '80%' as 0.8. 0.8 is right."
    # up to 1.5 a plain number is a fraction; above, a percentage
    assert SHARE.grade(1.2).message == "1.2 is too high."
    assert SHARE.grade(70).message == "I read 70 as 70% = 0.7. 0.7 is too low."


@pytest.mark.parametrize(
    "answer",
    [
        16_500_000, 16_500_000.0, "16500000", "16.500.000", "16,500,000", "€ 16.500.000",
        "€16,500,000.00", "16.500.000,00", "16 500 000", "16\u202f500\u202f000", "1.65e7", "1,65e7",
        "16_500_000", "EUR 16,500,000", "+16500000", 16_400_000, np.int64(16_500_000),
    ],
)
def test_big_numbers_with_thousands_separators_and_currency(answer):
    assert BIG.grade(answer).status == CORRECT, BIG.grade(answer)


def test_negative_and_unicode_minus():
    q = NumberQuestion("q", -1250.5)
    for answer in (-1250.5, "-1250.5", "\u22121250.5", "- € 1,250.50", "-1.250,5"):
        assert q.grade(answer).status == CORRECT, answer


def test_ambiguous_separator_accepts_either_reading_and_says_which():
    thousands = NumberQuestion("q", 1250)
    decimal_ = NumberQuestion("q", 1.25)
    assert thousands.grade("1,250").correct and thousands.grade("1.250").correct
    assert decimal_.grade("1,250").correct and decimal_.grade("1.250").correct
    assert thousands.grade("1.250").message.startswith("I read '1.250' as 1,250, not as 1.25.")
    # when neither reading is right, the language's reading is used, and said
    wrong = NumberQuestion("q", 7).grade("1,250")
    assert wrong.message.startswith("I read '1,250' as 1,250, not as 1.25.")
    set_language("nl")
    assert NumberQuestion("q", 7).grade("1,250").message.startswith("Ik lees '1,250' als 1,25, niet als 1.250.")


def test_tolerance_is_relative_to_the_expected_value():
    q = NumberQuestion("q", 200.0, rel_tol=0.01)
    assert q.grade(202).correct and q.grade(198).correct
    assert not q.grade(202.5).correct and not q.grade(197.5).correct
    exact = NumberQuestion("q", 200.0, rel_tol=0.0)
    assert exact.grade(200).correct and not exact.grade(200.001).correct
    assert exact.grade(0.1 + 0.2 + 199.7).correct  # float round-off is not an error


def test_absolute_tolerance_for_answers_near_zero():
    q = NumberQuestion("q", 0.0, abs_tol=0.05)
    assert q.grade(0.04).correct and q.grade(-0.05).correct and not q.grade(0.06).correct


def test_wrong_numbers_say_too_high_too_low_or_close():
    q = NumberQuestion("q", 100)
    assert q.grade(150).message == "150 is too high."
    assert q.grade(50).message == "50 is too low."
    assert q.grade(103).message == (
        "103 is close, but not close enough: I accept answers within 1% of the exact value."
    )
    assert NumberQuestion("q", 0.0, abs_tol=0.5).grade(1).message.endswith("within ±0.5 of the exact value.")


def test_number_kind_reads_a_percent_sign_as_written():
    q = NumberQuestion("q", 5)
    assert repr(q.grade("5%")) == "q ✔ Correct — I read '5%' as 5. 5 is right."


def test_integer_kind_wants_a_whole_number_and_never_rounds_the_answer():
    q = NumberQuestion("q", lambda: 41.67, kind="integer", rel_tol=0)
    assert q.expected_value() == 42  # the expected count is rounded (halves away from 0) ...
    assert q.grade(42).correct and q.grade("42").correct and q.grade(42.0).correct
    # ... but an answer of 41.6 is not the count 42: a whole-number question does not accept 4.5 as 5
    assert repr(q.grade(41.6)) == (
        "q ✘ Not yet — 41.6 is not a whole number; this question asks for a count or a position. 41.6 is too low."
    )
    assert not NumberQuestion("q", 5, kind="integer", rel_tol=0).grade(4.5).correct
    assert NumberQuestion("q", 5, kind="integer", rel_tol=0).grade(0.1 + 0.2 + 4.7).correct  # float noise is fine
    assert NumberQuestion("q", 2.5, kind="integer", rel_tol=0).grade(3).correct  # halves away from 0


def test_expected_callable_is_evaluated_lazily_at_grading_time():
    calls = []

    def compute():
        calls.append(1)
        return 0.25

    q = NumberQuestion("q", compute)
    assert calls == []
    assert q.grade(0.25).correct and calls == [1]
    assert q.grade(...).status == UNANSWERED and calls == [1]  # no answer: nothing to compute


def test_a_broken_expected_value_is_reported_not_raised():
    def broken():
        raise ZeroDivisionError

    for expected in (broken, lambda: float("nan"), lambda: [1, 2], lambda: "abc"):
        fb = NumberQuestion("q", expected).grade(1)
        assert fb.status == NOT_YET and "not your mistake" in fb.message and not fb.readable


@pytest.mark.parametrize(
    "answer, status, words",
    [
        (..., UNANSWERED, "You left the `...` placeholder: replace it with your answer."),
        ("...", UNANSWERED, "placeholder"),
        (None, UNANSWERED, "`None`"),
        ("", UNANSWERED, "empty text"),
        ("   ", UNANSWERED, "empty text"),
        ([...], UNANSWERED, "placeholder"),
        (float("nan"), NOT_YET, "NaN"),
        (np.nan, NOT_YET, "NaN"),
        (decimal.Decimal("NaN"), NOT_YET, "NaN"),
        (float("inf"), NOT_YET, "infinite"),
        (-np.inf, NOT_YET, "infinite"),
        ("abc", NOT_YET, "I expected a number, got text 'abc'."),
        ("nan", NOT_YET, "got text 'nan'"),
        ("1.2.3", NOT_YET, "got text '1.2.3'"),
        ("1 2", NOT_YET, "got text '1 2'"),
        ("x" * 100, NOT_YET, "got text 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx…'"),
        ([1, 2, 3], NOT_YET, "I expected one number, got 3 values."),
        (np.arange(3), NOT_YET, "I expected one number, got 3 values."),
        (np.zeros((2, 2)), NOT_YET, "got 4 values"),
        ([], NOT_YET, "empty collection"),
        (np.array([]), NOT_YET, "empty collection"),
        ({"answer": 0.8}, NOT_YET, "I expected a number, got a dictionary."),
        (True, NOT_YET, "I expected a number, got `True` (a yes/no value, not a number)."),
        (np.bool_(False), NOT_YET, "`False` (a yes/no value"),
        (1 + 2j, NOT_YET, "complex number"),
        (object(), NOT_YET, "I expected a number, got a value of type `object`."),
        (FloatRaises(), NOT_YET, "I could not read your answer (it is of type `FloatRaises`)."),
        (Hostile(), NOT_YET, "I could not read your answer (it is of type `Hostile`)."),
        (10**400, NOT_YET, "too large"),
        ("1e999", NOT_YET, "too large"),
        (print, NOT_YET, "the function `print` itself, not its result: did you forget to call it, as in `print(...)`?"),
        (lambda: 0.8, NOT_YET, "the function `f` itself"),
        (format_number, NOT_YET, "the function `format_number` itself"),
    ],
)
def test_non_answers_get_a_useful_message_and_never_raise(answer, status, words):
    fb = SHARE.grade(answer)
    assert fb.status == status
    assert words in fb.message
    assert fb.points == 0 and not fb.readable
    assert fb.hint == ""  # a format problem is not a content mistake


def test_misconception_hint_is_chosen_before_the_escalating_hints():
    profit = NumberQuestion(
        "q",
        0.2,
        kind="number",
        hints=("Profit is sales minus costs.", "Then divide by sales."),
        misconceptions=(
            (percent_not_fraction(), "That looks like a percentage; give a fraction of 1."),
            (complement(), "That is the share of costs, not of profit."),
            (sign_error(), "Check the sign: profit is positive here."),
            (factor_off(1000), "Check the units: euros, not thousands of euros."),
            (answered(lambda: 0.55), "That is the sales share; the question asks for profit."),
        ),
    )
    assert profit.grade(20).hint == "That looks like a percentage; give a fraction of 1."
    assert profit.grade(0.8).hint == "That is the share of costs, not of profit."
    assert profit.grade(-0.2).hint == "Check the sign: profit is positive here."
    assert profit.grade(200).hint == "Check the units: euros, not thousands of euros."
    assert profit.grade(0.0002).hint == "Check the units: euros, not thousands of euros."
    assert profit.grade(0.55).hint == "That is the sales share; the question asks for profit."
    assert profit.grade(0.3).hint == "Profit is sales minus costs."
    assert profit.grade(0.3, attempt=2).hint == "Then divide by sales."
    assert profit.grade(0.2).correct and profit.grade(0.2).hint == ""


def test_a_misconception_predicate_that_raises_is_skipped():
    def boom(value, expected):
        raise RuntimeError

    q = NumberQuestion("q", 1.0, hints=("first",), misconceptions=[(boom, "never shown")])
    assert q.grade(3).hint == "first"


def test_wrong_feedback_never_reveals_the_expected_number():
    q = NumberQuestion("q", 0.62, hints=("Find the peak.", "Compare neighbouring values."))

    @given(st.floats(-10, 10, allow_nan=False))
    @settings(max_examples=300, deadline=None)
    def check(value):
        for attempt in (1, 2, 3):
            fb = q.grade(value, attempt=attempt)
            if not fb.correct:
                assert not re.search(r"(?<![\d.])0\.62(?!\d)", repr(fb) + fb._repr_html_()), repr(fb)

    check()


def test_question_definitions_are_checked_when_the_kit_is_built():
    with pytest.raises(ValueError):
        NumberQuestion("q", 1, kind="percentage")
    with pytest.raises(ValueError):
        NumberQuestion("q", 1, rel_tol=-1)
    with pytest.raises(ValueError):
        NumberQuestion("", 1)
    with pytest.raises(ValueError):
        NumberQuestion("q", 1, misconceptions=[("not callable", "hint")])
    with pytest.raises(TypeError):
        NumberQuestion("q", 1, hints=[1, 2])
    assert NumberQuestion("q", 1, hints="one hint").hints == ("one hint",)


# ---------------------------------------------------------------------------
# ChoiceQuestion
# ---------------------------------------------------------------------------

CHOICE = ChoiceQuestion(
    "q3",
    {"a": "Sales rise forever", "b": "An inverted U", "c": "Sales fall", "d": "No effect"},
    "b",
    why_wrong={
        "a": "More orientation also costs hours per account.",
        "c": "At low orientation, more of it still pays.",
    },
    hints=("Think about the time budget.", "Look at both ends of the curve."),
    explanation="Too much orientation costs more time than it earns.",
)


@pytest.mark.parametrize(
    "answer",
    ["b", "B", " B ", "B)", "(b)", "b.", "b:", "b) An inverted U", "b An inverted U", ["b"], ("B",), {"b"},
     np.array(["b"]), np.str_("b")],
)
def test_choice_accepts_the_letter_in_every_usual_form(answer):
    fb = CHOICE.grade(answer)
    assert repr(fb) == "q3 ✔ Correct — b is right. Too much orientation costs more time than it earns."


@pytest.mark.parametrize("answer", ["An inverted U", "an inverted u.", "  AN  INVERTED U "])
def test_choice_answered_with_the_option_text_is_told_in_those_words(answer):
    # A name typed from a table ("Mirjam T.") is confirmed as the name, not as a letter never shown.
    fb = CHOICE.grade(answer)
    assert repr(fb) == "q3 ✔ Correct — An inverted U is right. Too much orientation costs more time than it earns."


def test_a_wrong_option_explains_the_misconception_behind_it():
    fb = CHOICE.grade("a")
    assert fb.status == NOT_YET and fb.readable
    assert fb.message == "a is not the best answer."
    assert fb.hint == "More orientation also costs hours per account."
    # an option without a why_wrong text falls back to the escalating hints
    assert CHOICE.grade("d").hint == "Think about the time budget."
    assert CHOICE.grade("d", attempt=5).hint == "Look at both ends of the curve."


@pytest.mark.parametrize(
    "answer, words",
    [
        ("e", "There is no option 'e': choose one of a, b, c or d."),
        ("z)", "There is no option 'z)'"),
        ("b, c", "Choose just one option; you gave 2: b, c."),
        (["a", "b"], "Choose just one option; you gave 2: a, b."),
        (2, "I expected one letter, such as 'a', got the number 2."),
        (True, "got `True` (a yes/no value)"),
        ({"b": 1}, "got a dictionary"),
        ([], "got an empty collection"),
        ([1], "got the number 1"),
        (Hostile(), "of type `Hostile`"),
    ],
)
def test_choice_non_answers_get_a_clear_message(answer, words):
    fb = CHOICE.grade(answer)
    assert fb.status == NOT_YET and words in fb.message and not fb.readable


@pytest.mark.parametrize("answer", [..., None, "", "...", [...]])
def test_choice_placeholder_is_unanswered(answer):
    assert CHOICE.grade(answer).status == UNANSWERED


def test_choice_definitions_are_checked():
    with pytest.raises(ValueError):
        ChoiceQuestion("q", {"a": "x", "b": "y"}, "c")
    with pytest.raises(ValueError):
        ChoiceQuestion("q", {"a": "x", "b": "y"}, "a", why_wrong={"z": "?"})
    with pytest.raises(ValueError):
        ChoiceQuestion("q", {"a": "x"}, "a")
    with pytest.raises(ValueError):
        ChoiceQuestion("q", {"a": "x", "A": "y"}, "a")


# ---------------------------------------------------------------------------
# MultiSelectQuestion
# ---------------------------------------------------------------------------

MULTI = MultiSelectQuestion(
    "q4",
    {"a": "Listens to needs", "b": "Pushes the product of the month", "c": "Follows up", "d": "Discounts"},
    {"a", "c"},
    points=2,
    why_wrong={"b": "Pushing a product is selling orientation, not customer orientation."},
    hints=("Which ones put the customer's problem first?",),
)


@pytest.mark.parametrize(
    "answer",
    ["a, c", "A, C", "ac", "CA", "a c", "a;c", "a/c", "(a) (c)", "a) c)", ["a", "c"], ["A", "c", "a"],
     {"A", "C"}, ("c", "a"), np.array(["a", "c"]), "listens to needs, follows up", ["Listens to needs", "c"]],
)
def test_multiselect_accepts_many_ways_of_listing_the_letters(answer):
    fb = MULTI.grade(answer)
    assert fb.status == CORRECT, fb
    assert fb.points == 2


@pytest.mark.parametrize(
    "answer, points, words",
    [
        ("a", 1, "You picked 1 of the 2 options that fit, plus 0 that do not fit. (Points: 1 of 2.)"),
        ("a c d", 1, "You picked 2 of the 2 options that fit, plus 1 that do not fit. (Points: 1 of 2.)"),
        ("a b", 0, "You picked 1 of the 2 options that fit, plus 1 that do not fit."),
        ("b d", 0, "You picked 0 of the 2 options that fit, plus 2 that do not fit."),
        ("abcd", 0, "You picked 2 of the 2 options that fit, plus 2 that do not fit."),
        ([], 0, "You picked 0 of the 2 options that fit, plus 0 that do not fit."),
    ],
)
def test_multiselect_partial_credit_but_correct_only_when_exactly_right(answer, points, words):
    fb = MULTI.grade(answer)
    assert fb.status == NOT_YET and not fb.correct
    assert fb.points == points and fb.max_points == 2
    assert fb.message == words


def test_multiselect_hint_names_the_misconception_of_a_wrong_pick():
    assert MULTI.grade("a b").hint.startswith("Pushing a product is selling orientation")
    assert MULTI.grade("a").hint == "Which ones put the customer's problem first?"


@pytest.mark.parametrize(
    "answer, status, words",
    [
        ("a, e", NOT_YET, "There is no option 'e': choose from a, b, c or d"),
        ("xyz", NOT_YET, "There is no option 'xyz'"),
        ([1, 2], NOT_YET, "I expected letters such as 'a, b', got the number 1."),
        (3, NOT_YET, "got the number 3"),
        ({"a": True}, NOT_YET, "got a dictionary"),
        (..., UNANSWERED, "placeholder"),
        (["a", ...], UNANSWERED, "placeholder"),
        (None, UNANSWERED, "`None`"),
    ],
)
def test_multiselect_non_answers(answer, status, words):
    fb = MULTI.grade(answer)
    assert fb.status == status and words in fb.message and fb.points == 0


def test_multiselect_correct_set_may_be_given_as_text():
    q = MultiSelectQuestion("q", {"a": "x", "b": "y", "c": "z"}, "a, b")
    assert q.correct == frozenset({"a", "b"}) and q.grade("ab").correct
    with pytest.raises(ValueError):
        MultiSelectQuestion("q", {"a": "x", "b": "y"}, {"a", "q"})


# ---------------------------------------------------------------------------
# ArrayQuestion
# ---------------------------------------------------------------------------

MONTHS = np.linspace(100.0, 210.0, 12)
ARRAY = ArrayQuestion("q5", lambda: MONTHS, hints=("Multiply each month by the margin.",))


@pytest.mark.parametrize(
    "answer",
    [MONTHS, MONTHS.tolist(), tuple(MONTHS), MONTHS * 1.005, MONTHS.reshape(1, 12), MONTHS.reshape(12, 1),
     MONTHS.astype(np.float32), list(MONTHS.astype(object)), [decimal.Decimal(str(v)) for v in MONTHS]],
)
def test_array_right_answer_in_several_forms(answer):
    assert repr(ARRAY.grade(answer)) == "q5 ✔ Correct — All 12 values are right."


def test_array_tolerance_is_per_value_relative_or_absolute():
    assert ARRAY.grade(MONTHS * 1.0099).correct and ARRAY.grade(MONTHS * 0.9901).correct
    assert not ARRAY.grade(MONTHS * 1.02).correct
    near_zero = ArrayQuestion("z", [0.0, 0.0, 1.0], rel_tol=0.0, abs_tol=0.1)
    assert near_zero.grade([0.05, -0.1, 1.1]).correct
    assert near_zero.grade([0.05, 0.0, 1.2]).message.startswith("2 of 3 values match.")


def test_array_partial_match_is_reported_with_the_first_mismatch():
    answer = MONTHS.copy()
    answer[[3, 7, 8, 11]] += 50
    fb = ARRAY.grade(answer)
    assert fb.status == NOT_YET and fb.readable
    assert fb.message == "8 of 12 values match. The first one that does not is at position 3 (counting from 0)."
    assert fb.hint == "Multiply each month by the margin."


def test_array_nan_values_are_counted_as_not_matching_and_named():
    answer = MONTHS.copy()
    answer[0] = np.nan
    answer[5] = np.inf
    fb = ARRAY.grade(answer)
    assert fb.message.startswith("10 of 12 values match.")
    assert "2 of your values are NaN" in fb.message


def test_two_dimensional_expected_values():
    table = ArrayQuestion("t", np.arange(12.0).reshape(3, 4) + 1)
    assert table.grade((np.arange(12.0) + 1).reshape(3, 4)).correct
    assert table.grade(np.arange(12.0).reshape(4, 3)).message == "I expected a table of 3 × 4 values, got one of 4 × 3."
    assert table.grade(np.arange(12.0) + 1).message == "I expected a table of 3 × 4 values, got one of 12."
    wrong = (np.arange(12.0) + 1).reshape(3, 4)
    wrong[1, 2] = 0
    assert "at position (1, 2)" in table.grade(wrong).message


@pytest.mark.parametrize(
    "answer, status, words",
    [
        (MONTHS[:10], NOT_YET, "I expected 12 values, got 10."),
        ([1.0], NOT_YET, "I expected 12 values, got 1."),
        (MONTHS.reshape(3, 4), NOT_YET, "I expected 12 values in one row, got a table of 3 × 4."),
        (5.0, NOT_YET, "I expected 12 values, got a single number."),
        (np.float64(5), NOT_YET, "got a single number"),
        (np.array(5.0), NOT_YET, "got a single number"),
        ("100, 110", NOT_YET, "I expected 12 numbers, got text '100, 110'."),
        (["100"] * 12, NOT_YET, "I expected numbers, but your values contain text, such as '100'."),
        ([1, "a"] * 6, NOT_YET, "contain text, such as 'a'"),
        ([True] * 12, NOT_YET, "I expected numbers, got yes/no (True/False) values."),
        ([None] * 12, NOT_YET, "some of your values are not numbers"),
        ([[1, 2], [3]], NOT_YET, "Your rows have different lengths"),
        ({"jan": 1}, NOT_YET, "got a value of type `dict`"),
        ({1, 2}, NOT_YET, "got a value of type `set`"),
        (True, NOT_YET, "type `bool`"),
        (MONTHS.astype(complex), NOT_YET, "not numbers"),
        (np.array(["2020-01"] * 12, dtype="datetime64[M]"), NOT_YET, "not numbers"),
        (FloatRaises(), NOT_YET, "type `FloatRaises`"),
        ([FloatRaises()] * 12, NOT_YET, "could not read your answer"),
        (Hostile(), NOT_YET, "type `Hostile`"),
        (..., UNANSWERED, "placeholder"),
        ([...] * 12, UNANSWERED, "placeholder"),
        ([1.0, ..., 3.0], UNANSWERED, "placeholder"),
        (None, UNANSWERED, "`None`"),
        (np.linspace, NOT_YET, "the function `linspace` itself"),
    ],
)
def test_array_non_answers_get_a_clear_message(answer, status, words):
    fb = ARRAY.grade(answer)
    assert fb.status == status and words in fb.message and not fb.readable


# ---------------------------------------------------------------------------
# Escalating hints and exercise sets
# ---------------------------------------------------------------------------


def _set() -> ExerciseSet:
    return ExerciseSet(
        "01_customer_orientation",
        "Customer orientation",
        [
            NumberQuestion(
                "q1",
                0.8,
                kind="share",
                prompt="Preferred-supplier share",
                hints=("Think of the preferred supplier.", "It is the 80/20 of wallets.", "Four fifths."),
                misconceptions=[(complement(), "That is the share of the other suppliers.")],
            ),
            CHOICE,
            MULTI,
            ArrayQuestion("q5", MONTHS, prompt="Monthly sales"),
        ],
    )


def test_hints_escalate_with_each_wrong_try_and_stay_at_the_last():
    check = _set()
    assert check("q1", 0.5).hint == "Think of the preferred supplier."
    assert check("q1", 0.5).hint == "It is the 80/20 of wallets."
    assert check("q1", 0.5).hint == "Four fifths."
    assert check("q1", 0.5).hint == "Four fifths."


def test_unreadable_tries_do_not_use_up_hints_and_misconceptions_take_priority():
    check = _set()
    assert check("q1", "abc").hint == ""
    assert check("q1", ...).status == UNANSWERED
    assert check("q1", 0.5).hint == "Think of the preferred supplier."
    assert check("q1", 0.2).hint == "That is the share of the other suppliers."
    assert check("q1", 0.5).hint == "Four fifths."  # the misconception try counted as a wrong try


def test_reset_forgets_tries_and_starts_the_hints_again():
    check = _set()
    check("q1", 0.5)
    check("q1", 0.5)
    check.reset()
    assert check("q1", 0.5).hint == "Think of the preferred supplier."
    assert check.progress().rows[0].tries == 1


def test_unknown_question_ids_list_the_valid_ones():
    check = _set()
    fb = check("q9", 1)
    assert fb.status == NOT_YET
    assert fb.message == "There is no question 'q9' in this set. The questions are: q1, q3, q4, q5."
    assert check(None, 1).message == "A question id is text, such as 'q1'; got `None`. The questions are: q1, q3, q4, q5."
    assert repr(check(None, 1)).startswith("? ✘ Not yet")
    assert check(["q1"], 1).status == NOT_YET
    assert check.progress().not_tried == 4  # nothing recorded


def test_question_ids_are_matched_leniently():
    check = _set()
    assert check("Q1", 0.8).correct
    assert check(" q3 ", "b").correct
    assert check(4, "a c").correct  # 4 -> "q4"


def test_calling_a_set_never_raises_even_with_hostile_input():
    check = _set()
    for qid in ("q1", "q3", "q4", "q5", Hostile(), "nope"):
        for answer in (Hostile(), FloatRaises(), object(), ..., None, np.array([["a"]])):
            assert isinstance(check(qid, answer), Feedback)


def test_progress_shows_done_not_yet_and_not_tried():
    check = _set()
    check("q1", 0.8)
    check("q3", "a")
    check("q4", "a")  # partial credit, still not yet
    check("q5", ...)  # the placeholder is not a try
    progress = check.progress()
    assert [r.state for r in progress.rows] == ["done", "not_yet", "not_yet", "not_tried"]
    assert (progress.done, progress.not_yet, progress.not_tried, progress.total) == (1, 2, 1, 4)
    assert progress.points == 2 and progress.max_points == 5
    assert not progress.all_done
    assert repr(progress) == "\n".join(
        [
            "Progress: Customer orientation",
            "  Question  Status       Points  Tries  About",
            "  q1        ✔ done       1/1     1 try  Preferred-supplier share",
            "  q3        ✘ not yet    0/1     1 try",
            "  q4        ✘ not yet    1/2     1 try",
            "  q5        ○ not tried  0/1            Monthly sales",
            "1 of 4 done, 2 not yet, 1 not tried. Points: 2 of 5.",
        ]
    )
    page = progress._repr_html_()
    assert "✔" in page and "not tried" in page and "Points: 2 of 5." in page


def test_progress_follows_the_latest_answer():
    check = _set()
    check("q1", 0.8)
    check("q1", 0.5)
    assert check.progress().rows[0].state == "not_yet"
    assert check.progress().rows[0].tries == 2


def test_all_correct_is_said_only_when_everything_is_correct():
    check = _set()
    for qid, answer in (("q1", 0.8), ("q3", "b"), ("q4", "a c")):
        check(qid, answer)
    assert "all done" not in repr(check.progress()).lower()
    check("q5", MONTHS)
    done = check.progress()
    assert done.all_done
    assert repr(done).endswith("All done: every question is correct. Well done! Points: 5 of 5.")
    check("q3", "a")  # a later wrong answer takes it back
    assert not check.progress().all_done
    assert "all done" not in repr(check.progress()).lower()


@given(
    st.lists(
        st.tuples(st.sampled_from(["q1", "q3", "q4", "q5"]), st.sampled_from(["right", "wrong", "blank", "junk"])),
        max_size=25,
    )
)
@settings(max_examples=200, deadline=None)
def test_progress_never_claims_all_correct_while_something_is_wrong_or_untried(tries):
    answers = {
        "q1": {"right": 0.8, "wrong": 0.5},
        "q3": {"right": "b", "wrong": "a"},
        "q4": {"right": "ac", "wrong": "a"},
        "q5": {"right": MONTHS, "wrong": MONTHS + 100},
    }
    check = _set()
    latest = {}
    for qid, kind in tries:
        answer = {"blank": ..., "junk": {"?": 1}}.get(kind, answers[qid].get(kind))
        check(qid, answer)
        latest[qid] = kind
    progress = check.progress()
    everything_right = all(latest.get(q) == "right" for q in answers)
    assert progress.all_done == everything_right
    assert ("All done" in repr(progress)) == ("Well done" in repr(progress)) == everything_right
    assert ("Well done" in progress._repr_html_()) == everything_right
    register(check)
    assert kit_progress().all_done == everything_right
    assert ("Well done" in repr(kit_progress())) == everything_right


def test_an_empty_set_is_never_all_done():
    empty = ExerciseSet("empty", "Nothing", [])
    assert not empty.progress().all_done
    assert repr(empty.progress()) == "Progress: Nothing\nThis set has no questions."


def test_grade_answers_is_pure_and_covers_every_question():
    check = _set()
    results = check.grade_answers({"q1": "80%", "q3": "c", "q99": 1})
    assert list(results) == ["q1", "q3", "q4", "q5", "q99"]
    assert results["q1"].correct
    assert results["q3"].hint == "At low orientation, more of it still pays."
    assert results["q4"].status == UNANSWERED and results["q4"].message == "No answer was given for this question."
    assert results["q99"].status == NOT_YET and "no question" in results["q99"].message
    assert check.progress().not_tried == 4  # nothing was recorded
    # no hint escalation either: grading the same wrong answer twice gives the same feedback
    assert check.grade_answers({"q1": 0.5}) == check.grade_answers({"q1": 0.5})


def test_duplicate_question_ids_are_refused():
    with pytest.raises(ValueError):
        ExerciseSet("x", "X", [NumberQuestion("q1", 1), NumberQuestion("q1", 2)])


def test_feedback_and_progress_speak_dutch_where_translated():
    check = _set()
    check("q1", 0.8)
    set_language("nl")
    text_ = repr(check.progress())
    assert "✔ klaar" in text_ and "○ niet geprobeerd" in text_
    assert repr(check("q1", 0.8)) == "q1 ✔ Goed — 0,8 klopt."


# ---------------------------------------------------------------------------
# Kit-wide progress
# ---------------------------------------------------------------------------


def test_kit_progress_summarises_every_registered_set():
    assert repr(kit_progress()) == "Workshop progress\nNo exercise sets have been loaded yet."
    first = register(_set())
    second = register(ExerciseSet("02_time", "Time budget", [NumberQuestion("q1", 3)]))
    assert checks.registered() == (first, second)
    first("q1", 0.8)
    second("q1", 4)
    kit = kit_progress()
    assert (kit.total, kit.done, kit.not_yet, kit.not_tried) == (5, 1, 1, 3)
    assert not kit.all_done
    assert repr(kit) == "\n".join(
        [
            "Workshop progress",
            "  Exercise set                                   done  not yet  not tried  Points",
            "  01_customer_orientation: Customer orientation  1     0        3          1/5",
            "  02_time: Time budget                           0     1        0          0/1",
            "1 of 5 questions done in 2 loaded sets, 1 not yet, 3 not tried. Points: 1 of 6.",
        ]
    )
    assert "02_time: Time budget" in kit._repr_html_()
    second("q1", 3)
    assert "Well done" not in repr(kit_progress())  # the first set is not finished
    checks.unregister("01_customer_orientation")
    assert repr(kit_progress()).endswith(
        "All done: every question in 1 loaded set is correct. Well done! Points: 1 of 1."
    )
    # registering a set with the same key replaces it
    register(ExerciseSet("02_time", "Time budget", [NumberQuestion("q1", 3)]))
    assert kit_progress().not_yet == 0


# ---------------------------------------------------------------------------
# Answers typed the way people type them
# ---------------------------------------------------------------------------


@pytest.mark.parametrize("answer", [(3, 5), "3,5", "3.5", 3.5, "3,50", (3, 50)])
def test_a_decimal_comma_is_read_as_one_number(answer):
    # `answer = 3,5` (no quotes) reaches the check as the tuple (3, 5)
    assert NumberQuestion("q", 3.5).grade(answer).correct


def test_a_decimal_comma_without_quotes_gets_a_short_note_saying_how_it_was_read():
    fb = NumberQuestion("q", 3.5).grade((3, 5))
    assert fb.message == "Without quotes, Python splits 3,5 into 2 numbers; I read it as one number, '3,5'. 3.5 is right."
    assert NumberQuestion("q", -0.25, kind="share").grade((-0, 25)).correct is False  # -0 is 0: (0, 25) is +0.25
    assert NumberQuestion("q", -3.5).grade((-3, 5)).correct
    assert NumberQuestion("q", 0.25, kind="share").grade((0, 25)).correct
    assert NumberQuestion("q", 16_500_000).grade((16, 500, 0)).correct  # 16,500,000 typed without quotes
    wrong = NumberQuestion("q", 4.0).grade((3, 5))
    assert wrong.status == NOT_YET and wrong.readable and "3.5 is too low" in wrong.message


def test_tuples_that_are_not_a_typed_comma_are_still_several_values():
    for answer in [(3, 5.0), (3, -5), (1, 2, 3), (True, 5), (1, 2, 3, 4, 5, 6)]:
        fb = NumberQuestion("q", 3.5).grade(answer)
        assert fb.status == NOT_YET and not fb.readable and "values" in fb.message


def test_dutch_comma_text_and_tuple_in_dutch():
    set_language("nl")
    q = NumberQuestion("q", 3.5)
    assert q.grade("3,5").correct and q.grade((3, 5)).correct


def test_a_whole_number_question_does_not_accept_four_and_a_half_as_five():
    q = NumberQuestion("q", 5, kind="integer", rel_tol=0)
    fb = q.grade(4.5)
    assert not fb.correct and "not a whole number" in fb.message
    assert q.grade("5").correct and q.grade(5.0).correct and not q.grade((4, 5)).correct


@pytest.mark.parametrize("answer", [45_000, "45000", "€ 45.000", 1_250_000])
def test_large_euro_amounts_never_get_percent_messages(answer):
    for q in (SHARE, BIG, NumberQuestion("q", 0.45, kind="share")):
        fb = q.grade(answer)
        assert "%" not in fb.message + fb.hint, fb


def test_share_still_reads_a_plain_percentage():
    assert repr(NumberQuestion("q", 0.27, kind="share").grade(27)) == "q ✔ Correct — I read 27 as 27% = 0.27. 0.27 is right."


def test_bare_letters_are_their_own_letter():
    assert (checks.A, checks.B, checks.C, checks.D, checks.E) == ("A", "B", "C", "D", "E")
    q = ChoiceQuestion("q", {"A": "x", "B": "y", "C": "z"}, "B")
    assert q.grade(checks.B).correct and not q.grade(checks.C).correct
    multi = MultiSelectQuestion("m", {k: k.lower() * 3 for k in "ABCDEF"}, "A, C")
    for answer in ([checks.A, checks.C], "A, C", "AC", "CA", "A C", "A; C", (checks.A, checks.C)):
        assert multi.grade(answer).correct, answer


@pytest.mark.parametrize("answer", ["bad", "ace", "A and C", "a and c", "fab"])
def test_words_are_never_split_into_letters(answer):
    multi = MultiSelectQuestion("m", {k: "option " + k for k in "ABCDEF"}, "B, A, D")
    fb = multi.grade(answer)
    assert fb.status == NOT_YET and not fb.readable and fb.points == 0, fb
    assert "e.g. 'A, B'" in fb.message


def test_an_option_text_containing_and_is_one_option_not_two():
    options = {"A": "Sending the invoice and collecting payment", "B": "Closing the sale", "C": "Cold-calling"}
    multi = MultiSelectQuestion("m", options, "A, B")
    assert multi.grade("Sending the invoice and collecting payment, Closing the sale").correct
    assert ChoiceQuestion("c", options, "A").grade("sending the invoice and collecting payment").correct


@pytest.mark.parametrize("pasted", [
    "The degree to which the salesperson finds out a customer's needs",
    "B The degree to which the salesperson finds out a customer's needs",
    "B) The degree to which the salesperson finds out a customer's needs.",
    "  the degree to which the salesperson  finds out a customer's needs ",
])
def test_an_option_text_pasted_from_the_notebook_is_accepted(pasted):
    q = ChoiceQuestion("q", {"A": "Being friendly", "B": "The degree to which the salesperson finds out a customer's needs"}, "B")
    assert q.grade(pasted).correct


# --- predictable slips --------------------------------------------------------


@pytest.mark.parametrize("slip, expected, wrong", [
    (checks.sign_slip(), -0.12, 0.12),
    (checks.percent_slip(), 0.27, 27),
    (checks.percent_slip(), 0.27, 0.0027),
    (checks.scale_slip(), 3.6, 0.43),
    (checks.scale_slip(points=True), 0.6, 0.1),
    (checks.zero_based_slip(), 4, 3),
    (checks.minus_one_slip(), -0.12, 0.88),
    (checks.step_slip(1 / 6), 50_000, 300_000),
])
def test_each_predictable_slip_gets_its_own_hint(slip, expected, wrong):
    predicate, hint = slip
    q = NumberQuestion("q", expected, misconceptions=[slip], hints=("generic",))
    fb = q.grade(wrong)
    assert fb.status == NOT_YET and fb.hint == hint and hint != "generic"
    assert not predicate(expected, expected)


def test_the_factor_100_slip_never_fires_for_euro_amounts():
    predicate, _ = checks.percent_slip()
    assert not predicate(45_000 * 100, 45_000) and not predicate(450, 45_000)


# --- the optional "For analysts" part ---------------------------------------------


def _set_with_analysts() -> ExerciseSet:
    return ExerciseSet(
        "03_returns", "Returns",
        [NumberQuestion("q1", 3, prompt="Read the peak"), ChoiceQuestion("q2", {"A": "x", "B": "y"}, "A")],
        analyst_questions=[NumberQuestion("a1", 10, prompt="Compute the step")],
    )


def test_analyst_questions_are_graded_but_kept_apart_in_the_progress():
    check = _set_with_analysts()
    assert check.question_ids == ("q1", "q2", "a1") and len(check) == 3
    assert [q.id for q in check.main_questions] == ["q1", "q2"] and [q.id for q in check.analyst_questions] == ["a1"]
    assert check.is_analyst("a1") and not check.is_analyst("q1")
    assert not check("a1", 9).correct and check("a1", 10).correct
    progress = check.progress()
    assert (progress.total, progress.done) == (2, 0) and (progress.analyst.total, progress.analyst.done) == (1, 1)
    shown = repr(progress)
    main, optional = shown.split("For analysts (optional)")
    assert "q1" in main and "a1" not in main and "a1" in optional and "q1" not in optional
    assert "For analysts (optional)" in progress._repr_html_()


def test_all_done_means_the_main_part():
    check = _set_with_analysts()
    check("q1", 3)
    check("q2", "A")
    assert check.progress().all_done and "All done" in repr(check.progress())
    assert "Optional: 0 of 1 done" in repr(check.progress())
    check("q2", "B")
    check("a1", 10)
    assert not check.progress().all_done  # the optional part never makes up for the main one


def test_kit_progress_counts_the_analyst_part_separately():
    check = register(_set_with_analysts())
    check("q1", 3)
    check("a1", 10)
    kit = kit_progress()
    assert (kit.total, kit.done, kit.analyst_total, kit.analyst_done) == (2, 1, 1, 1)
    assert kit.summary().endswith("For analysts (optional): 1 of 1 done.")
    assert "For analysts" in repr(kit).splitlines()[1]


def test_an_analyst_id_may_not_repeat_a_main_id():
    with pytest.raises(ValueError):
        ExerciseSet("k", "t", [NumberQuestion("q1", 1)], analyst_questions=[NumberQuestion("q1", 2)])


# ---------------------------------------------------------------------------
# Fuzz: whatever a learner passes, a check answers with a Feedback
# ---------------------------------------------------------------------------

_scalars = st.one_of(
    st.none(),
    st.just(...),
    st.booleans(),
    st.integers(),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=20),
    st.text(alphabet="0123456789.,%€ -+e_", max_size=14),
    st.text(alphabet="abcdeABC ,;()).", max_size=8),
)

ANYTHING = st.one_of(
    _scalars,
    st.complex_numbers(),
    st.lists(_scalars, max_size=14),
    st.lists(st.lists(st.floats(), max_size=4), max_size=4),
    st.dictionaries(st.text(max_size=3), _scalars, max_size=3),
    st.sets(st.text(alphabet="abcdeABC ,", max_size=3), max_size=4),
    st.tuples(_scalars),
    st.tuples(st.integers(), st.integers()),  # a decimal comma typed without quotes: 3,5
    st.lists(st.integers(min_value=-2000, max_value=2000), min_size=2, max_size=6).map(tuple),
    st.fractions(),
    st.decimals(allow_nan=True, allow_infinity=True),
    hnp.arrays(
        dtype=st.one_of(hnp.scalar_dtypes(), hnp.unicode_string_dtypes(), hnp.byte_string_dtypes()),
        shape=hnp.array_shapes(min_dims=0, max_dims=3, min_side=0, max_side=5),
    ),
    hnp.arrays(dtype=hnp.floating_dtypes(), shape=st.sampled_from([(12,), (1, 12), (3, 4), (1,)])),
    st.sampled_from([object(), FloatRaises(), Hostile(), print, np.float64, b"0.8", bytearray(b"b")]),
)

FUZZ = settings(max_examples=1000, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _assert_is_feedback(fb, qid):
    assert isinstance(fb, Feedback)
    assert fb.question_id == qid
    assert fb.status in STATUSES
    line = repr(fb)
    assert isinstance(line, str) and "\n" not in line and line.startswith(qid + " ")
    assert isinstance(fb._repr_html_(), str)
    assert 0 <= fb.points <= fb.max_points


@FUZZ
@given(ANYTHING, st.integers(min_value=-3, max_value=10))
def test_fuzz_number_question_never_raises(answer, attempt):
    for q in (SHARE, BIG, NumberQuestion("qi", 42, kind="integer", hints=("a", "b"))):
        _assert_is_feedback(q.grade(answer, attempt=attempt), q.id)


@FUZZ
@given(ANYTHING, st.integers(min_value=-3, max_value=10))
def test_fuzz_choice_question_never_raises(answer, attempt):
    _assert_is_feedback(CHOICE.grade(answer, attempt=attempt), "q3")


@FUZZ
@given(ANYTHING)
def test_fuzz_multiselect_question_never_raises(answer):
    _assert_is_feedback(MULTI.grade(answer), "q4")


@FUZZ
@given(ANYTHING)
def test_fuzz_array_question_never_raises(answer):
    _assert_is_feedback(ARRAY.grade(answer), "q5")
    _assert_is_feedback(ArrayQuestion("t", np.ones((3, 4))).grade(answer), "t")


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.sampled_from(["q1", "q2", "q3", "q4", "q5", "a1"]), ANYTHING), ANYTHING)
def test_fuzz_exercise_set_never_raises(question_id, answer):
    for check in (_set(), _set_with_analysts()):
        fb = check(question_id, answer)
        assert isinstance(fb, Feedback) and isinstance(repr(fb), str)
        assert isinstance(repr(check.progress()), str) and isinstance(check.progress()._repr_html_(), str)
