"""Predict, then see: nothing a learner has seen before a prediction prompt gives its answer.

See tests/predict_reveal.py for what counts as seen. The reveal itself comes after the
prompt: from the learner's own slider move, or a folded "check your prediction" cell.
"""
import pytest

from predict_reveal import ROOT, ROUTE, scan

PATHS = [ROOT / p for p in ROUTE]
LESSONS_WITH_PREDICTIONS = [p for p in ROUTE if p.startswith("notebooks/0") and not p.endswith(("00_start_here.ipynb", "06_your_own_accounts.ipynb"))]


def test_no_answer_is_visible_before_its_prompt():
    _, spoilers = scan(PATHS)
    assert not spoilers, "\n".join(str(s) for s in spoilers)


def test_every_prompt_names_what_would_reveal_it():
    prompts, _ = scan(PATHS)
    assert prompts
    empty = [f"{p.notebook} cell {p.cell}" for p in prompts if not p.reveals]
    assert not empty, f"prediction prompts without 'reveals' metadata: {empty}"


def test_every_reveal_is_real_answer_text_shown_after_its_prompt():
    # A reveal string that never appears after the prompt would make the spoiler test
    # pass vacuously: each prompt's answer must be shown somewhere below it.
    prompts, _ = scan(PATHS)
    vacuous = [f"{p.notebook} cell {p.cell}: {p.reveals}" for p in prompts if not p.revealed_later]
    assert not vacuous, vacuous


@pytest.mark.parametrize("lesson", LESSONS_WITH_PREDICTIONS)
def test_every_lesson_has_a_prediction_moment(lesson):
    prompts, _ = scan(PATHS)
    assert any(p.notebook == lesson for p in prompts), f"{lesson} has no cell tagged 'predict'"
