"""The presenter dashboards: one per explorer a lesson calls, and the index that lists them.

Used by ``tools/build_presenter.py`` (writes ``presenter/``) and by the slides
(each topic deck names the dashboard to switch to).
"""
from __future__ import annotations

import inspect
import re
from dataclasses import dataclass
from pathlib import Path

import jupytext
import nbformat

from customer_king import demos

from .sources import LESSON_SOURCES, explorer_names_called, lesson_sources, notebook_metadata

INDEX_NAME = "index.ipynb"
VOILA_PORT = 8866

_HEADING = re.compile(r"^#\s+(?P<title>.+)$", re.MULTILINE)


@dataclass(frozen=True)
class Dashboard:
    explorer: str        # function name in customer_king.explorers
    lesson: str          # lesson stem, e.g. "01_customer_orientation"
    lesson_title: str    # the lesson's H1
    context: str         # one sentence: the explorer's docstring, first line

    @property
    def number(self) -> str:
        return self.lesson[:2]

    @property
    def filename(self) -> str:
        return f"{self.number}_{self.explorer.removesuffix('_explorer')}.ipynb"

    @property
    def name(self) -> str:
        """'wallet_allocation_explorer' -> 'Wallet allocation'."""
        return self.explorer.removesuffix("_explorer").replace("_", " ").capitalize()

    @property
    def url_path(self) -> str:
        """Where Voilà serves it when started on ``presenter/``."""
        return f"voila/render/{self.filename}"

    @property
    def title(self) -> str:
        return f"Live demo · {self.lesson_title}"


def lesson_title(source: Path) -> str:
    for cell in jupytext.read(source, fmt="py:percent").cells:
        if cell.cell_type == "markdown":
            match = _HEADING.search(cell.source)
            if match:
                return match["title"].strip()
    return source.stem


def explorer_names() -> list[str]:
    from customer_king import explorers
    return [name for name, fn in inspect.getmembers(explorers, inspect.isfunction)
            if name.endswith("_explorer") and fn.__module__ == explorers.__name__]


def dashboards() -> list[Dashboard]:
    """One per explorer a lesson calls, in lesson order, then order of first call."""
    from customer_king import explorers
    names = explorer_names()
    found: list[Dashboard] = []
    seen: set[str] = set()
    for source in lesson_sources(LESSON_SOURCES):
        text = source.read_text(encoding="utf-8")
        title = lesson_title(source)
        for name in explorer_names_called(text):
            if name in seen or name not in names:
                continue
            seen.add(name)
            doc = inspect.getdoc(getattr(explorers, name)) or ""
            context = doc.splitlines()[0].strip() if doc else ""
            found.append(Dashboard(name, source.stem, title, context))
    return found


def _notebook(cells: list) -> nbformat.NotebookNode:
    nb = nbformat.v4.new_notebook()
    nb.metadata = notebook_metadata()
    for index, cell in enumerate(cells):
        cell.id = f"presenter-{index}"
    nb.cells = cells
    return nb


MODEL_NOTE = "Stylized teaching model: its shape follows the research, its numbers are illustrations."
RULE_NOTE = ("Keiningham et al.'s published Wallet Allocation Rule, not the teaching model; "
             "its evidence comes from consumers.")


def demo_for(explorer: str) -> demos.Demo | None:
    """The topic demo that uses this explorer, if one does."""
    return next((d for d in demos.DEMOS.values() if d.explorer == explorer), None)


def dashboard_notebook(d: Dashboard) -> nbformat.NotebookNode:
    md = nbformat.v4.new_markdown_cell
    code = nbformat.v4.new_code_cell
    demo = demo_for(d.explorer)
    note = MODEL_NOTE if demo is None or demo.from_model else RULE_NOTE
    ask = f"**Ask the room first:** {demo.question}\n\n" if demo else ""
    return _notebook([
        md(f"# {d.title}\n\n{d.context} *({note})*\n\n{ask}[← All demos]({INDEX_NAME})"),
        code(f"from customer_king.explorers import {d.explorer}\n\n{d.explorer}()"),
    ])


def index_notebook(items: list[Dashboard]) -> nbformat.NotebookNode:
    def ask(d: Dashboard) -> str:
        demo = demo_for(d.explorer)
        return demo.question if demo else "–"

    rows = "\n".join(f"| {d.number} | [{d.name}]({d.filename}) | {d.lesson_title} | {d.context} | {ask(d)} |"
                     for d in items)
    return _notebook([nbformat.v4.new_markdown_cell(
        "# Is your customer king? Live demos\n\n"
        "Click a demo to open it. Move the sliders with the mouse, or click a slider and use the "
        "arrow keys (one step per press). Every demo is the stylized teaching model of the lessons, "
        "except the Wallet Allocation Rule, which is Keiningham et al.'s published rule.\n\n"
        "| # | Demo | Lesson | What it shows | Ask the room first |\n|---|---|---|---|---|\n" + rows)])
