"""A lesson read for the slides: its title, why it matters, objectives, sections, key points.

Headings, prose, tables and questions come from the lesson source (jupytext
percent); the figures from the lesson's executed notebook in ``notebooks/``;
the explorers from the calls in its code cells.
"""
from __future__ import annotations

import base64
import functools
import re
from dataclasses import dataclass, field
from pathlib import Path

import jupytext
import nbformat
from customer_king import messages

from .chrome import chrome
from .sources import DEFAULT_LANGUAGE, LESSON_SOURCES, NOTEBOOKS, edition, explorer_names_called, language_of, topic_sources
from .text import first_sentence, list_items, paragraphs


@dataclass
class Section:
    heading: str
    level: int
    markdown: list[str] = field(default_factory=list)
    explorers: list[str] = field(default_factory=list)
    figures: list[bytes] = field(default_factory=list)
    captions: list[str] = field(default_factory=list)  # per figure: the sentence that follows it
    printed: list[str] = field(default_factory=list)

    @property
    def text(self) -> str:
        return "\n\n".join(m.strip() for m in self.markdown if m.strip())


@dataclass
class Lesson:
    stem: str
    title: str
    why: str = ""
    time: str = ""
    objectives: list[str] = field(default_factory=list)
    sections: list[Section] = field(default_factory=list)
    key_points: list[str] = field(default_factory=list)
    references: list[str] = field(default_factory=list)
    language: str = DEFAULT_LANGUAGE  # the edition: "en", "nl" (from the source's folder)

    @property
    def number(self) -> str:
        return self.stem[:2]

    @property
    def short_title(self) -> str:
        """'1. Customer orientation: what it is...' -> 'Customer orientation: what it is...'."""
        return re.sub(r"^\d+\.\s*", "", self.title)

    def section(self, start: str) -> Section | None:
        return next((s for s in self.sections if s.heading.lower().startswith(start.lower())), None)


_HEADING = re.compile(r"^(#{1,3})\s+(.+?)\s*$")


def _notebook_outputs(stem: str, n_cells: int, language: str = DEFAULT_LANGUAGE) -> list[list] | None:
    """Outputs per cell of the executed lesson notebook (of the same edition), if it matches the source."""
    path = edition(NOTEBOOKS, language) / f"{stem}.ipynb"
    if not path.exists():
        return None
    nb = nbformat.read(path, as_version=4)
    if len(nb.cells) != n_cells:
        return None
    return [c.get("outputs", []) for c in nb.cells]


def in_its_language(draw):
    """Run ``draw(lesson, ...)`` with the lesson's edition as the language in effect.

    Explorer snapshots, slide charts, slider labels, demo answers and model tables are drawn
    by the package, which speaks the language in effect; a Dutch deck must get Dutch ones
    whatever language its caller happens to be in.
    """
    @functools.wraps(draw)
    def drawn(lesson: Lesson, *args, **kwargs):
        with messages.language(lesson.language):
            return draw(lesson, *args, **kwargs)
    return drawn


def read_lesson(path: Path) -> Lesson:
    nb = jupytext.read(path, fmt="py:percent")
    # Cells written for the decks are not part of the lesson a learner reads (authored.py reads them).
    nb.cells = [c for c in nb.cells if not (c.metadata.get("slideshow") or {}).get("slide_type")]
    language = language_of(path)
    outputs = _notebook_outputs(path.stem, len(nb.cells), language)
    lesson = Lesson(stem=path.stem, title=path.stem, language=language)
    current: Section | None = None
    intro: list[str] = []
    for index, cell in enumerate(nb.cells):
        if cell.cell_type == "markdown":
            chunk: list[str] = []
            for line in cell.source.splitlines():
                match = _HEADING.match(line)
                if match:
                    if current is not None:
                        current.markdown.append("\n".join(chunk))
                    elif chunk:
                        intro.append("\n".join(chunk))
                    chunk = []
                    level, heading = len(match[1]), match[2]
                    if level == 1:
                        lesson.title = heading
                        current = None
                    else:
                        current = Section(heading, level)
                        lesson.sections.append(current)
                else:
                    chunk.append(line)
            if current is not None:
                current.markdown.append("\n".join(chunk))
                following = paragraphs("\n".join(chunk))
                if following and len(current.captions) < len(current.figures):
                    caption = first_sentence(following[0]) if not following[0].startswith("|") else ""
                    current.captions += [caption] * (len(current.figures) - len(current.captions))
            else:
                intro.append("\n".join(chunk))
        elif cell.cell_type == "code" and current is not None:
            # the deck calls each explorer with its defaults: the same case data and model
            current.explorers += explorer_names_called(cell.source)
            for output in (outputs[index] if outputs else []):
                data = output.get("data", {})
                if "image/png" in data:
                    current.captions += [""] * (len(current.figures) - len(current.captions))
                    current.figures.append(base64.b64decode(data["image/png"]))
                elif output.get("output_type") == "stream" and output.get("name") == "stdout":
                    current.printed.append(output.get("text", ""))
    _parse_intro(lesson, "\n\n".join(intro))
    _parse_closing(lesson)
    return lesson


def _parse_intro(lesson: Lesson, text: str) -> None:
    # The fixed parts carry the edition's own words (chrome: "Why this matters", "Waarom dit ertoe doet").
    word = lambda key: re.escape(chrome(lesson.language, key))  # noqa: E731
    why = re.search(rf"\*\*{word('lesson.why')}\.\*\*\s*(.+?)(?:\n\s*\n|$)", text, re.DOTALL)
    lesson.why = " ".join(why[1].split()) if why else ""
    time = re.search(rf"^\|\s*\*\*{word('lesson.time')}\*\*\s*\|\s*(.+?)\s*\|\s*$", text, re.MULTILINE)
    lesson.time = time[1] if time else ""
    objectives = text.split(f"**{chrome(lesson.language, 'lesson.objectives')}.**", 1)
    if len(objectives) == 2:
        lesson.objectives = list_items(objectives[1])


def _parse_closing(lesson: Lesson) -> None:
    keep = []
    for section in lesson.sections:
        name = section.heading.lower()
        if name == chrome(lesson.language, "lesson.key_points"):
            lesson.key_points = [i for i in list_items(section.text)
                                 if not i.startswith(chrome(lesson.language, "lesson.next"))]
        elif name == chrome(lesson.language, "lesson.references"):
            lesson.references = list_items(section.text)
        else:
            keep.append(section)
    lesson.sections = keep


def topic_lessons(language: str = DEFAULT_LANGUAGE) -> list[Lesson]:
    """The topic lessons of an edition, in route order (only those written in that language)."""
    return [read_lesson(p) for p in topic_sources(edition(LESSON_SOURCES, language))]
