"""The self-assessment: scores on the 1-7 scale, reverse keying, clear messages."""
import pytest

from customer_king.self_assessment_form import form

from customer_king import model, self_assessment as sa

N = len(sa.ITEMS)


def _answers(orientation_value: int, overservice_value: int = 1) -> list[int]:
    """Answers that express one attitude: reverse items get the mirrored answer."""
    return [overservice_value if i.stage == "overservice" else (8 - orientation_value if i.reverse
                                                                else orientation_value)
            for i in sa.ITEMS]


def test_items_cover_every_stage_twice_and_some_are_reverse_keyed():
    for stage in sa.STAGES:
        assert sum(i.stage == stage for i in sa.ITEMS) == 2
    assert any(i.reverse for i in sa.ITEMS)


@pytest.mark.parametrize("value", range(1, 8))
def test_a_consistent_attitude_scores_its_own_value(value):
    result = sa.score(_answers(value))
    assert result.score == pytest.approx(value)
    assert all(v == pytest.approx(value) for v in result.stage_scores.values())
    assert result.orientation == pytest.approx(model.from_seven_point(value))


def test_reverse_keyed_items_lower_the_score_when_agreed_with():
    answers = _answers(7)
    reverse_index = next(n for n, i in enumerate(sa.ITEMS) if i.reverse)
    answers[reverse_index] = 7
    assert sa.score(answers).score < 7


def test_overservice_items_are_flagged_but_do_not_change_the_score():
    calm, busy = sa.score(_answers(4, 1)), sa.score(_answers(4, 7))
    assert calm.score == busy.score
    assert calm.overservice_flags == () and len(busy.overservice_flags) == len(sa.OVERSERVICE_ITEMS)


@pytest.mark.parametrize("bad, says", [
    ([5] * (N - 1), f"{N} statements"),
    ("5555", "list"),
    (None, "list"),
    ([5] * (N - 1) + [8], f"Answer {N} is 8"),
    ([5] * (N - 1) + [4.5], "whole number"),
    ([5] * (N - 1) + ["5"], f"Answer {N}"),
    ([5] * (N - 1) + [...], f"Answer {N}"),
    ([True] + [5] * (N - 1), "Answer 1"),
])
def test_answers_that_cannot_be_scored_are_refused_with_a_plain_message(bad, says):
    with pytest.raises(sa.AnswerError, match=says):
        sa.score(bad)


# ---- the form of lesson 1: one row of buttons per statement, a live result
def test_the_form_shows_progress_until_every_statement_has_an_answer():
    sheet = form()
    assert "Answered 0 of 13" in sheet.result.value
    sheet._buttons[0].value = "6"
    assert "Answered 1 of 13" in sheet.result.value
    assert "orientation score" not in sheet.result.value


def test_the_form_scores_live_and_follows_a_changed_answer():
    sheet = form()
    sheet.answer([4] * N)
    assert "Your orientation score: 4.0 of 7" in sheet.result.value
    sheet._buttons[0].value = "7"   # a needs item, not reverse-keyed: the score rises
    expected = sa.score([7] + [4] * (N - 1)).score
    assert f"Your orientation score: {expected:.1f} of 7" in sheet.result.value


def test_the_forms_verdict_does_not_over_claim_or_spoil_lesson_2():
    sheet = form()
    sheet.answer([7] * N)
    shown = sheet.result.value
    assert "favourably" in shown and "conversation" in shown and "not a measurement" in shown
    # Lesson 2 asks where the model's sales peak: the form must not say it.
    peak = model.to_seven_point(model.optimum().orientation)
    assert f"{peak:.1f}" not in shown and "peak" not in shown.lower()
