"""Generate presenter mode: one code-free Voilà dashboard per slider explorer.

Every ``*_explorer`` function in ``customer_king.explorers`` that a lesson in
``content/lessons/`` calls gets a small notebook in ``presenter/``: a title (the
lesson's), one sentence of context (the explorer's docstring) and the explorer.
``presenter/index.ipynb`` lists them all, as cards grouped by topic, and
``presenter/share/voila/templates/kit`` is the Voilà template ``make present`` uses. Voilà shows the notebooks with their
code hidden (``make present``), so a trainer can move sliders in front of a room
without a line of Python on the screen.

Because the list comes from the explorers module and the lesson sources, a new
explorer gets its dashboard on the next ``make slides`` (which runs this too);
``tests/test_trainer_kit.py`` fails while a committed dashboard is out of date.

Usage: ``python tools/build_presenter.py [--check] [--out DIR]``.
"""
from __future__ import annotations

import sys
from pathlib import Path

import nbformat

sys.path.insert(0, str(Path(__file__).resolve().parent))
from kitbuild import generate, sources  # noqa: E402  (same folder)
from kitbuild.dashboards import (INDEX_NAME, TEMPLATE_DIR, TEMPLATE_FILES, VOILA_PORT, Dashboard,  # noqa: E402,F401
                                 dashboard_notebook, dashboards, explorer_names, index_notebook, lesson_title)

ROOT = sources.ROOT
PRESENTER = sources.PRESENTER


def planned() -> dict[str, str]:
    """File name -> notebook text, for every file presenter/ should hold."""
    items = dashboards()
    files = {d.filename: nbformat.writes(dashboard_notebook(d)) + "\n" for d in items}
    files[INDEX_NAME] = nbformat.writes(index_notebook(items)) + "\n"
    files.update({str(TEMPLATE_DIR / name): text for name, text in TEMPLATE_FILES.items()})
    return files


def plan(folder: Path = PRESENTER) -> generate.Plan:
    files = planned()
    return generate.Plan("make slides", [generate.Target(folder / name, lambda text=text: text)
                                         for name, text in files.items()],
                         owned=((folder, "*.ipynb"), (folder / TEMPLATE_DIR, "*")))


def out_of_sync(folder: Path = PRESENTER) -> list[str]:
    return generate.out_of_sync(plan(folder), stray_message="has no explorer")


def build(folder: Path = PRESENTER) -> None:
    generate.build(plan(folder))


def main(argv: list[str] | None = None) -> int:
    parser = generate.command_line(__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=PRESENTER)
    args = parser.parse_args(argv)
    return generate.run(args, lambda: build(args.out), lambda: out_of_sync(args.out))


if __name__ == "__main__":
    sys.exit(main())
