"""The slides a lesson source writes for its deck, in nbconvert's slideshow convention.

A slide is a markdown cell whose metadata says ``slideshow={"slide_type": "slide"}``
(``"subslide"`` counts as a slide). Its first line is the headline, ``## `` and one
sentence that states the point at the strength the research supports; what follows is
the little text the slide shows. A ``"fragment"`` cell adds to the slide before it,
shown on the next key press; a ``"notes"`` cell holds its speaker notes (trainer
instructions, bibliographic detail). ``visual=...`` in the cell header names what
carries the point:

* ``chart:NAME``   a chart drawn for the slide (``slide_charts.CHARTS``);
* ``question``     the slide's own text as a prediction to make before the next slide;
* ``predict``      the topic's demo question (``customer_king.demos``), asked before the
  reveal; the notes get the demo script;
* ``explorer``     the topic's explorer at the end of its demo, captioned with the
  settings that differ from the explorer's defaults;
* ``steps``        the slide's numbered list drawn as a row of steps;
* ``model-table``  the topic's table of numbers (``demos.model_table``).

A table written in the cell is shown as a formatted table. ``{{ model.x }}`` in any
slide or notes text is filled with the number the model computes today
(``demos.guide_numbers`` and ``deck_numbers``). The learner's notebook leaves every
cell with ``slideshow`` metadata out (``tools/build.py``).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

import jupytext

SLIDE_TYPES = ("slide", "subslide", "fragment", "notes")


@dataclass
class AuthoredSlide:
    headline: str
    body: str = ""
    visual: str = ""
    fragments: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


def slide_type(cell) -> str:
    return (cell.metadata.get("slideshow") or {}).get("slide_type", "")


def authored_slides(path: Path) -> list[AuthoredSlide]:
    """The slides written in one lesson source, in source order."""
    nb = jupytext.read(path, fmt="py:percent")
    slides: list[AuthoredSlide] = []
    for index, cell in enumerate(nb.cells):
        kind = slide_type(cell)
        if not kind or kind == "skip":
            continue
        where = f"{path.name}, cell {index + 1}"
        if kind not in SLIDE_TYPES:
            raise ValueError(f"{where}: slide_type {kind!r} is not one of {', '.join(SLIDE_TYPES)}")
        if cell.cell_type != "markdown":
            raise ValueError(f"{where}: a slide cell must be markdown")
        text = cell.source.strip()
        if kind in ("slide", "subslide"):
            match = re.match(r"##\s+(.+?)\s*(?:\n|$)(.*)", text, re.S)
            if not match:
                raise ValueError(f"{where}: a slide starts with its headline, '## One sentence.'")
            slides.append(AuthoredSlide(match[1], match[2].strip(), cell.metadata.get("visual", "")))
        elif not slides:
            raise ValueError(f"{where}: a {kind} cell needs a slide before it")
        elif kind == "fragment":
            slides[-1].fragments.append(text)
        else:
            slides[-1].notes.append(text)
    return slides
