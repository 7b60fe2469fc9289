"""Generate presenter mode: one code-free Voilà dashboard per slider explorer.

Every ``*_explorer`` function in ``customer_king.explorers`` that a lesson in
``content/lessons/`` calls gets a small notebook in ``presenter/``: a title (the
lesson's), one sentence of context (the explorer's docstring) and the explorer.
``presenter/index.ipynb`` lists them all. Voilà shows the notebooks with their
code hidden (``make present``), so a trainer can move sliders in front of a room
without a line of Python on the screen.

Because the list comes from the explorers module and the lesson sources, a new
explorer gets its dashboard on the next ``make slides`` (which runs this too);
``tests/test_trainer_kit.py`` fails while a committed dashboard is out of date.

Usage: ``python tools/build_presenter.py [--check] [--out DIR]``.
"""
from __future__ import annotations

import argparse
import inspect
import re
import sys
from dataclasses import dataclass
from pathlib import Path

import jupytext
import nbformat

ROOT = Path(__file__).resolve().parents[1]
LESSON_SOURCES = ROOT / "content" / "lessons"
PRESENTER = ROOT / "presenter"
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
    found: list[tuple[str, int, Dashboard]] = []
    seen: set[str] = set()
    for source in sorted(LESSON_SOURCES.glob("[0-9][0-9]_*.py")):
        text = source.read_text(encoding="utf-8")
        title = lesson_title(source)
        calls = sorted((m.start(), m[1]) for m in re.finditer(r"\b(\w+_explorer)\s*\(", text))
        for position, name in calls:
            if name in seen or name not in names:
                continue
            # a call, not the import line (`from ... import x_explorer`)
            line = text[text.rfind("\n", 0, position) + 1:text.find("\n", position)]
            if line.lstrip().startswith(("from ", "import ")):
                continue
            seen.add(name)
            doc = inspect.getdoc(getattr(explorers, name)) or ""
            context = doc.splitlines()[0].strip() if doc else ""
            found.append((source.stem, position, Dashboard(name, source.stem, title, context)))
    return [d for _, _, d in found]


def _notebook(cells: list) -> nbformat.NotebookNode:
    nb = nbformat.v4.new_notebook()
    nb.metadata = {
        "kernelspec": {"display_name": "Python 3 (ipykernel)", "language": "python", "name": "python3"},
        "language_info": {"name": "python"},
    }
    for index, cell in enumerate(cells):
        cell.id = f"presenter-{index}"
    nb.cells = cells
    return nb


def dashboard_notebook(d: Dashboard) -> nbformat.NotebookNode:
    md = nbformat.v4.new_markdown_cell
    code = nbformat.v4.new_code_cell
    return _notebook([
        md(f"# {d.title}\n\n{d.context} *(Stylized teaching model: its shape follows the research, "
           f"its numbers are illustrations.)*\n\n[← All demos]({INDEX_NAME})"),
        code(f"from customer_king.explorers import {d.explorer}\n\n{d.explorer}()"),
    ])


def index_notebook(items: list[Dashboard]) -> nbformat.NotebookNode:
    rows = "\n".join(f"| {d.number} | [{d.name}]({d.filename}) | {d.lesson_title} | {d.context} |" for d in items)
    return _notebook([nbformat.v4.new_markdown_cell(
        "# Is your customer king? Live demos\n\n"
        "Click a demo to open it. Move the sliders with the mouse, or click a slider and use the "
        "arrow keys (one step per press). Every demo is the stylized teaching model of the lessons.\n\n"
        "| # | Demo | Lesson | What it shows |\n|---|---|---|---|\n" + rows)])


def planned() -> dict[str, str]:
    """File name -> notebook text, for every file presenter/ should hold."""
    items = dashboards()
    files = {d.filename: nbformat.writes(dashboard_notebook(d)) + "\n" for d in items}
    files[INDEX_NAME] = nbformat.writes(index_notebook(items)) + "\n"
    return files


def out_of_sync(folder: Path = PRESENTER) -> list[str]:
    files = planned()
    problems = [f"presenter/{name} is missing or out of date: run `make slides`"
                for name, text in files.items()
                if not (folder / name).exists() or (folder / name).read_text(encoding="utf-8") != text]
    problems += [f"presenter/{p.name} has no explorer: run `make slides`"
                 for p in sorted(folder.glob("*.ipynb")) if p.name not in files]
    return problems


def build(folder: Path = PRESENTER) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    files = planned()
    for stray in folder.glob("*.ipynb"):
        if stray.name not in files:
            stray.unlink()
            print(f"removed {stray}")
    for name, text in files.items():
        target = folder / name
        if not target.exists() or target.read_text(encoding="utf-8") != text:
            target.write_text(text, encoding="utf-8")
            print(f"wrote {target.relative_to(ROOT) if target.is_relative_to(ROOT) else target}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only report dashboards out of sync")
    parser.add_argument("--out", type=Path, default=PRESENTER)
    args = parser.parse_args(argv)
    if args.check:
        problems = out_of_sync(args.out)
        print("\n".join(problems))
        return 1 if problems else 0
    build(args.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
