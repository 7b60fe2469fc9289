"""Build the trainer's slide decks and handouts from the lessons' own sources.

For every topic lesson ``content/lessons/NN_name.py`` (01-05) this writes

* ``slides/NN_name.html``            a reveal.js deck, one self-contained file;
* ``slides/handouts/NN_name.html``   a one-page, print-ready (A4) summary, and
  ``slides/handouts/NN_name.pdf``    the same page printed by Chromium (offline);

and ``slides/00_masterclass.html``, the full masterclass in one deck. Every other edition
(``sources.LANGUAGES``) is built the same way from its own sources, one folder down:
``content/lessons/nl/`` -> ``slides/nl/`` and ``slides/nl/handouts/``, with the decks' own
words (``kitbuild/chrome.py``) and the demos' (the catalogue) in that language. Only the
lessons an edition has are built: no English stands in for a missing translation.

Where the content comes from (never typed twice):

* headings, *why this matters*, objectives, tables, bullets, *predict first*
  questions, key points and references: the lesson source (jupytext percent);
* static figures: the lesson's executed notebook in ``notebooks/`` (drawn there
  by ``customer_king.plots``; run ``make build`` first);
* slider figures: the lesson's own explorers from ``customer_king.explorers``,
  drawn at the demo's slider settings, with the explorer's own readout;
* demo questions, model numbers (tables, demo answers): ``customer_king.demos``,
  computed from ``customer_king.model``;
* speaker notes: the lesson's prose for that section, plus the demo script.

Every deck is one HTML file that opens by double-click with no network: the
pinned reveal.js 5 files in ``tools/vendor/`` (from the npm registry, see
``--vendor``) and the figures (base64 PNG) are inlined. Building twice writes
the same bytes; ``--check`` compares committed decks with a fresh build.

Usage::

    python tools/build_slides.py            # write slides/ (and handouts)
    python tools/build_slides.py --check    # exit 1 if a committed file is stale
    python tools/build_slides.py --vendor   # refresh tools/vendor/ with npm pack
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from customer_king import messages  # noqa: E402
from kitbuild import generate, handout_pdf, sources  # noqa: E402  (same folder)
from kitbuild.chrome import chrome  # noqa: E402
from kitbuild.documents import deck_html, handout_html  # noqa: E402
from kitbuild.lessons import read_lesson, topic_lessons  # noqa: E402,F401  (the tests read lessons too)
from kitbuild.fonts import FONT_VENDOR, vendor_font  # noqa: E402,F401
from kitbuild.reveal import REVEAL_INTEGRITY, REVEAL_VERSION, VENDOR, vendor  # noqa: E402,F401
from kitbuild.slides import KIT_TITLE, masterclass_slides, references_slides, topic_slides  # noqa: E402,F401

ROOT = sources.ROOT
LESSON_SOURCES = sources.LESSON_SOURCES
SLIDES = sources.SLIDES
HANDOUTS_DIR = "handouts"
MASTERCLASS = "00_masterclass.html"


def planned(language: str = sources.DEFAULT_LANGUAGE) -> dict[str, str]:
    """Relative path under the edition's slides folder -> file text, for every generated file."""
    files: dict[str, str] = {}
    # Demo questions, answers, tables, slider labels and explorer readouts in the edition's language.
    with messages.language(language):
        lessons = topic_lessons(language)
        kit = chrome(language, "kit_title")
        for lesson in lessons:
            slides = topic_slides(lesson)
            slides += references_slides(lesson.references, language)
            files[f"{lesson.stem}.html"] = deck_html(f"{lesson.title} · {kit}", slides, language)
            files[f"{HANDOUTS_DIR}/{lesson.stem}.html"] = handout_html(lesson)
        start_here = sources.edition(LESSON_SOURCES, language) / "00_start_here.py"
        if lessons and start_here.exists():
            files[MASTERCLASS] = deck_html(chrome(language, "deck.masterclass_title", kit=kit),
                                           masterclass_slides(lessons, language), language)
    return files


def editions() -> list[str]:
    """The languages that have at least one topic lesson (English always)."""
    return [lang for lang in sources.LANGUAGES
            if lang == sources.DEFAULT_LANGUAGE or sources.topic_sources(sources.edition(LESSON_SOURCES, lang))]


_DATA_URI = re.compile(r"data:image/png;base64,[A-Za-z0-9+/=]+")


def normalised(text: str) -> str:
    """The deck with its pictures' pixels left out: the text, numbers, notes and structure.

    Used by ``--check`` and the tests: the figures are redrawn by matplotlib,
    whose anti-aliasing may differ in the last bit between platforms; every
    word and number on a slide must match exactly.
    """
    return _DATA_URI.sub("data:image/png;base64,<figure>", text)


def plan(folder: Path = SLIDES, files: dict[str, str] | None = None,
         language: str = sources.DEFAULT_LANGUAGE) -> generate.Plan:
    files = planned(language) if files is None else files
    return generate.Plan(
        "make slides", [generate.Target(folder / name, lambda text=text: text) for name, text in files.items()],
        owned=((folder, "*.html"), (folder / HANDOUTS_DIR, "*.html")),
        same=lambda committed, fresh: normalised(committed) == normalised(fresh))


def out_of_sync(folder: Path = SLIDES, files: dict[str, str] | None = None,
                language: str = sources.DEFAULT_LANGUAGE) -> list[str]:
    return generate.out_of_sync(plan(folder, files, language)) + handout_pdf.out_of_sync(folder / HANDOUTS_DIR)


def all_out_of_sync(folder: Path = SLIDES) -> list[str]:
    """Every edition's decks and handouts against a fresh build."""
    return [p for lang in editions() for p in out_of_sync(sources.edition(folder, lang), language=lang)]


def build(folder: Path = SLIDES, pdf: bool = True, language: str = sources.DEFAULT_LANGUAGE) -> None:
    generate.build(plan(folder, language=language), note=lambda text: f" ({len(text.encode()) / 1024:.0f} KB)")
    if pdf:
        # Printed by Chromium from the HTML just written; only the handouts that changed.
        handout_pdf.print_pdfs(folder / HANDOUTS_DIR)


def build_all(folder: Path = SLIDES, pdf: bool = True) -> None:
    for lang in editions():
        build(sources.edition(folder, lang), pdf, lang)


def main(argv: list[str] | None = None) -> int:
    parser = generate.command_line(__doc__.splitlines()[0])
    parser.add_argument("--vendor", action="store_true", help="refresh the vendored reveal.js (needs npm)")
    parser.add_argument("--out", type=Path, default=SLIDES)
    parser.add_argument("--no-pdf", action="store_true", help="do not print the handouts to PDF (needs Chromium)")
    args = parser.parse_args(argv)
    if args.vendor:
        vendor()
        vendor_font()
        return 0
    return generate.run(args, lambda: build_all(args.out, pdf=not args.no_pdf), lambda: all_out_of_sync(args.out))


if __name__ == "__main__":
    sys.exit(main())
