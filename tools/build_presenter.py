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

Every other edition gets the same one folder down (``presenter/nl/``: its index and one
dashboard per explorer its own lessons call), in its language: the page's words from the
catalogue and ``kitbuild/chrome.py``, and ``set_language("nl")`` first in the dashboard's
code cell, so the sliders, readout and chart speak Dutch too. ``make present TAAL=nl``
opens the Dutch index.

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


def planned(language: str = sources.DEFAULT_LANGUAGE) -> dict[str, str]:
    """File name -> notebook text, for every file the edition's presenter folder should hold."""
    items = dashboards(language)
    if not items:
        return {}
    files = {d.filename: nbformat.writes(dashboard_notebook(d)) + "\n" for d in items}
    files[INDEX_NAME] = nbformat.writes(index_notebook(items, language)) + "\n"
    if language == sources.DEFAULT_LANGUAGE:  # one Voilà template serves every edition
        files.update({str(TEMPLATE_DIR / name): text for name, text in TEMPLATE_FILES.items()})
    return files


def plan(folder: Path = PRESENTER) -> generate.Plan:
    """Every edition's files: English in ``folder``, the others one level down (``folder/nl``)."""
    targets, owned = [], [(folder / TEMPLATE_DIR, "*")]
    for language in sources.LANGUAGES:
        where = sources.edition(folder, language)
        targets += [generate.Target(where / name, lambda text=text: text) for name, text in planned(language).items()]
        owned.append((where, "*.ipynb"))  # a dashboard of an edition without lessons is a stray
    return generate.Plan("make slides", targets, owned=tuple(owned))


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
