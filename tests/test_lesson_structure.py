"""Every lesson opens with why it matters, objectives and time, asks the learner to
predict before moving a slider, and closes with key points and references; every
exercise set has at least five graded questions and a discussion question."""
from __future__ import annotations

import re
from pathlib import Path

import nbformat
import pytest

from customer_king.exercise_sets import build as build_set

ROOT = Path(__file__).resolve().parents[1]
LESSONS = sorted((ROOT / "notebooks").glob("[0-9][0-9]_*.ipynb"))
TOPICS = [p for p in LESSONS if not p.stem.startswith("00_")]
EXERCISES = sorted((ROOT / "exercises").glob("[0-9][0-9]_*.ipynb"))


def _markdown(path: Path) -> str:
    nb = nbformat.read(path, as_version=4)
    return "\n".join(c.source for c in nb.cells if c.cell_type == "markdown")


@pytest.mark.parametrize("path", TOPICS, ids=lambda p: p.stem)
def test_lesson_opens_with_why_objectives_and_time(path):
    text = _markdown(path)
    for heading in ("**Why this matters.**", "**Learning objectives.**", "**Time**", "**Prerequisites**"):
        assert heading in text, f"{path.name} lacks {heading}"
    assert text.index("**Learning objectives.**") < text.index("## Key points")


@pytest.mark.parametrize("path", TOPICS, ids=lambda p: p.stem)
def test_lesson_closes_with_key_points_and_references(path):
    text = _markdown(path)
    assert "## Key points" in text and "## References" in text
    assert text.index("## Key points") < text.index("## References")


@pytest.mark.parametrize("path", LESSONS, ids=lambda p: p.stem)
def test_lesson_has_a_predict_then_move_moment_and_an_explorer(path):
    nb = nbformat.read(path, as_version=4)
    assert "predict" in _markdown(path).lower()
    assert any("nbval-ignore-output" in c.metadata.get("tags", []) for c in nb.cells), \
        "no slider explorer cell"


@pytest.mark.parametrize("path", EXERCISES, ids=lambda p: p.stem)
def test_exercise_set_has_at_least_five_graded_questions_and_a_discussion(path):
    assert len(build_set(path.stem)) >= 5
    assert "Discuss with your neighbour" in _markdown(path)
    assert "**Time**" in _markdown(path)


def test_the_route_covers_the_five_topics_in_order():
    assert [p.stem[:2] for p in TOPICS][:5] == ["01", "02", "03", "04", "05"]


def test_the_start_notebook_links_every_lesson():
    start = _markdown(ROOT / "notebooks" / "00_start_here.ipynb")
    for lesson in TOPICS:
        assert f"({lesson.name})" in start, f"00_start_here does not link {lesson.name}"


def _stated_minutes(path: Path) -> tuple[str, str]:
    """(lesson, exercises) minutes from a lesson's header table."""
    match = re.search(r"\*\*Time\*\* \| (\d+) minutes(?: lesson, (\d+) minutes exercises)?", _markdown(path))
    assert match, f"{path.name} states no time"
    return match.group(1), match.group(2) or "–"


def test_the_route_tables_show_the_times_each_lesson_states():
    start = _markdown(ROOT / "notebooks" / "00_start_here.ipynb")
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for lesson in TOPICS:
        minutes, exercises = _stated_minutes(lesson)
        row = re.search(rf"\({lesson.name}\)[^|]*\|[^|]*\| (\d+) min \| (\d+ min|–) \|", start)
        assert row, f"00_start_here has no route row for {lesson.name}"
        assert row.group(1) == minutes and row.group(2).split()[0] == exercises, lesson.name
        number = int(lesson.stem[:2])
        assert re.search(rf"\| {number} \| [^|]+\| {minutes} min \| {exercises}( min)? \|", readme), \
            f"README route row for lesson {number} disagrees with the lesson"


@pytest.mark.parametrize("path", sorted((ROOT / "notebooks").glob("*.ipynb")) + EXERCISES +
                         sorted((ROOT / "solutions").glob("*.ipynb")), ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_every_link_to_another_notebook_opens_a_file_that_exists(path):
    for target in re.findall(r"\]\(([^)#\s]+\.ipynb)\)", _markdown(path)):
        assert (path.parent / target).resolve().exists(), f"{path.name} links to missing {target}"


def test_each_lesson_links_to_its_exercises_and_each_exercise_set_back_to_its_lesson():
    for lesson in TOPICS[:5]:
        assert f"(../exercises/{lesson.name})" in _markdown(lesson)
    for exercise in EXERCISES:
        text = _markdown(exercise)
        assert f"(../notebooks/{exercise.name})" in text and f"(../solutions/{exercise.name})" in text
