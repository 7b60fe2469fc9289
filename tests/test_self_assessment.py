"""The self-assessment: scores on the 1-7 scale, reverse keying, clear messages."""
import pytest

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


def test_summary_places_the_score_against_the_models_sales_peak():
    peak = model.to_seven_point(model.optimum().orientation)
    assert sa.score(_answers(7)).sales_optimum_score == pytest.approx(peak)
    assert "above" in sa.score(_answers(7)).summary()
    assert "below" in sa.score(_answers(1)).summary()


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
def test_answers_that_cannot_be_scored_get_a_message_not_a_traceback(bad, says, capsys):
    assert sa.report(bad) is None
    printed = capsys.readouterr().out
    assert printed.startswith("Not scored yet:") and says in printed
