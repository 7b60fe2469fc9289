"""Every lesson opens with why it matters, objectives and time, asks the learner to
predict before moving a slider, and closes with key points and references; every
exercise set has at least five graded questions and a discussion question.

Each edition (English at the top of ``notebooks/``, Dutch in ``notebooks/nl/``) is held to
the same structure in its own words: the headings below are the ones each edition uses."""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import nbformat
import pytest

from customer_king.exercise_sets import build as build_set

ROOT = Path(__file__).resolve().parents[1]


@dataclass(frozen=True)
class Edition:
    language: str
    folder: str            # "" for English, "nl" for Dutch: one level down in every folder
    why: str
    objectives: str
    time: str
    prerequisites: str
    key_points: str
    references: str
    predict: str           # the word a prediction moment always contains (lower case)
    discussion: str        # the heading of an exercise set's ungraded discussion question
    minutes: str           # the header's time, as a regex: (lesson minutes)(, exercise minutes)?

    def path(self, kind: str) -> Path:
        return ROOT / kind / self.folder if self.folder else ROOT / kind

    @property
    def up(self) -> str:
        """From a notebook of this edition to the kit's top folder."""
        return "../../" if self.folder else "../"

    def sibling(self, kind: str, name: str) -> str:
        """A link from this edition's notebook to the same edition's ``kind`` folder."""
        return f"({self.up}{kind}/{self.folder + '/' if self.folder else ''}{name})"

    @property
    def lessons(self) -> list[Path]:
        return sorted(self.path("notebooks").glob("[0-9][0-9]_*.ipynb"))

    @property
    def topics(self) -> list[Path]:
        return [p for p in self.lessons if not p.stem.startswith("00_")]

    @property
    def exercises(self) -> list[Path]:
        return sorted(self.path("exercises").glob("[0-9][0-9]_*.ipynb"))


EDITIONS = (
    Edition("en", "", "**Why this matters.**", "**Learning objectives.**", "**Time**",
            "**Prerequisites**", "## Key points", "## References", "predict",
            "Discuss with your neighbour",
            r"\*\*Time\*\* \| (\d+) minutes(?: lesson, (\d+) minutes exercises)?"),
    Edition("nl", "nl", "**Waarom dit ertoe doet.**", "**Leerdoelen.**", "**Tijd**",
            "**Voorkennis**", "## Kernpunten", "## Bronnen", "voorspel",
            "Bespreek met je buurman of buurvrouw",
            r"\*\*Tijd\*\* \| (\d+) minuten(?: les, (\d+) minuten oefeningen)?"),
)
ENGLISH, DUTCH = EDITIONS


def _each(attribute: str):
    """(edition, path) for every file of every edition, with readable ids."""
    return pytest.mark.parametrize(
        "edition, path", [(e, p) for e in EDITIONS for p in getattr(e, attribute)],
        ids=lambda x: x.language if isinstance(x, Edition) else x.stem)


def _markdown(path: Path) -> str:
    nb = nbformat.read(path, as_version=4)
    return "\n".join(c.source for c in nb.cells if c.cell_type == "markdown")


@_each("topics")
def test_lesson_opens_with_why_objectives_and_time(edition, path):
    text = _markdown(path)
    for heading in (edition.why, edition.objectives, edition.time, edition.prerequisites):
        assert heading in text, f"{path.name} lacks {heading}"
    assert text.index(edition.objectives) < text.index(edition.key_points)


@_each("topics")
def test_lesson_closes_with_key_points_and_references(edition, path):
    text = _markdown(path)
    assert edition.key_points in text and edition.references in text
    assert text.index(edition.key_points) < text.index(edition.references)


@_each("lessons")
def test_lesson_has_a_predict_then_move_moment_and_an_explorer(edition, path):
    nb = nbformat.read(path, as_version=4)
    assert edition.predict in _markdown(path).lower()
    assert any("nbval-ignore-output" in c.metadata.get("tags", []) for c in nb.cells), \
        "no slider explorer cell"


@_each("exercises")
def test_exercise_set_has_at_least_five_graded_questions_and_a_discussion(edition, path):
    assert len(build_set(path.stem)) >= 5
    assert edition.discussion in _markdown(path)
    assert edition.time in _markdown(path)


def test_the_route_covers_the_five_topics_in_order():
    assert [p.stem[:2] for p in ENGLISH.topics][:5] == ["01", "02", "03", "04", "05"]


def test_the_dutch_route_has_the_english_lessons_in_the_same_order():
    # The twins share file names, so the Dutch route is the English one, lesson for lesson.
    assert [p.name for p in DUTCH.lessons] == [p.name for p in ENGLISH.lessons]


@pytest.mark.parametrize("edition", EDITIONS, ids=lambda e: e.language)
def test_the_start_notebook_links_every_lesson(edition):
    start = _markdown(edition.path("notebooks") / "00_start_here.ipynb")
    for lesson in ENGLISH.topics:  # the English route is the full list; a translation links all of it
        assert f"({lesson.name})" in start, f"{edition.language} 00_start_here does not link {lesson.name}"


def _stated_minutes(edition: Edition, path: Path) -> tuple[str, str]:
    """(lesson, exercises) minutes from a lesson's header table."""
    match = re.search(edition.minutes, _markdown(path))
    assert match, f"{path.name} states no time"
    return match.group(1), match.group(2) or "–"


def _route_row(start: str, lesson: Path) -> tuple[str, str]:
    row = re.search(rf"\({lesson.name}\)[^|]*\|[^|]*\| (\d+) min \| (\d+ min|–) \|", start)
    assert row, f"00_start_here has no route row for {lesson.name}"
    return row.group(1), row.group(2).split()[0]


def test_the_route_tables_show_the_times_each_lesson_states():
    start = _markdown(ROOT / "notebooks" / "00_start_here.ipynb")
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for lesson in ENGLISH.topics:
        minutes, exercises = _stated_minutes(ENGLISH, lesson)
        assert _route_row(start, lesson) == (minutes, exercises), lesson.name
        number = int(lesson.stem[:2])
        assert re.search(rf"\| {number} \| [^|]+\| {minutes} min \| {exercises}( min)? \|", readme), \
            f"README route row for lesson {number} disagrees with the lesson"


def test_the_dutch_route_table_shows_the_times_each_dutch_lesson_states_and_the_english_ones():
    start = _markdown(DUTCH.path("notebooks") / "00_start_here.ipynb")
    for lesson in DUTCH.topics:
        stated = _stated_minutes(DUTCH, lesson)
        assert _route_row(start, lesson) == stated, lesson.name
        assert stated == _stated_minutes(ENGLISH, ENGLISH.path("notebooks") / lesson.name), \
            f"{lesson.name}: the Dutch lesson states other times than the English"


@pytest.mark.parametrize(
    "path", [p for e in EDITIONS for kind in ("notebooks", "exercises", "solutions")
             for p in sorted(e.path(kind).glob("*.ipynb"))],
    ids=lambda p: str(p.relative_to(ROOT).with_suffix("")))
def test_every_link_to_another_notebook_opens_a_file_that_exists(path):
    for target in re.findall(r"\]\(([^)#\s]+\.ipynb)\)", _markdown(path)):
        assert (path.parent / target).resolve().exists(), f"{path.name} links to missing {target}"


@pytest.mark.parametrize("edition", EDITIONS, ids=lambda e: e.language)
def test_each_lesson_links_to_its_exercises_and_each_exercise_set_back_to_its_lesson(edition):
    for lesson in edition.topics[:5]:
        assert edition.sibling("exercises", lesson.name) in _markdown(lesson), lesson.name
    for exercise in edition.exercises:
        text = _markdown(exercise)
        assert edition.sibling("notebooks", exercise.name) in text, exercise.name
        assert edition.sibling("solutions", exercise.name) in text, exercise.name
