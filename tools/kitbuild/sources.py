"""Where the kit's sources and generated copies live, and what every build tool reads from them.

One list of lessons, one notebook header (kernelspec) and one way of finding the
explorers a lesson calls, shared by ``tools/build.py`` (notebooks),
``tools/build_presenter.py`` (dashboards), ``tools/build_slides.py`` (decks) and
the tests that check them.
"""
from __future__ import annotations

import copy
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CONTENT = ROOT / "content"
LESSON_SOURCES = CONTENT / "lessons"
EXERCISE_SOURCES = CONTENT / "exercises"
NOTEBOOKS = ROOT / "notebooks"
EXERCISES = ROOT / "exercises"
SOLUTIONS = ROOT / "solutions"
SLIDES = ROOT / "slides"
PRESENTER = ROOT / "presenter"
TRAINER = ROOT / "trainer"

# The kit's editions. English sources and copies sit at the top of each folder; every
# other edition has the same file names one level down (content/lessons/nl/01_….py ->
# notebooks/nl/01_….ipynb), so a lesson and its translation pair by name.
LANGUAGES = ("en", "nl")
DEFAULT_LANGUAGE = "en"


def edition(folder: Path, language: str) -> Path:
    """Where ``language``'s files of ``folder`` live: the folder itself for English."""
    return folder if language == DEFAULT_LANGUAGE else folder / language


def language_of(path: Path) -> str:
    """The edition a source or generated file belongs to, from its folder."""
    return path.parent.name if path.parent.name in LANGUAGES else DEFAULT_LANGUAGE


# The masterclass's five topics. Other lessons (00 start here, 06+ extras such as working
# with your own data) are not presented from slides.
TOPICS = ("01", "02", "03", "04", "05")

# Every generated notebook carries this header, so that all of them open on the same kernel.
NOTEBOOK_METADATA = {
    "kernelspec": {"display_name": "Python 3 (ipykernel)", "language": "python", "name": "python3"},
    "language_info": {"name": "python"},
}


def notebook_metadata(language: str = DEFAULT_LANGUAGE) -> dict:
    """A fresh copy of the header (nbformat nodes are mutable), with the edition's language
    (read by the batch grader to write feedback in the notebook's language)."""
    header = copy.deepcopy(NOTEBOOK_METADATA)
    header["customer_king"] = {"language": language}
    return header


def lesson_sources(folder: Path = LESSON_SOURCES) -> list[Path]:
    """Every lesson source (``NN_name.py``, jupytext percent), in route order."""
    return sorted(folder.glob("*.py"))


def exercise_sources(folder: Path = EXERCISE_SOURCES) -> list[Path]:
    return sorted(folder.glob("*.py"))


def topic_sources(folder: Path = LESSON_SOURCES) -> list[Path]:
    """The lessons presented from slides: topics 01-05."""
    return [p for p in lesson_sources(folder) if p.stem[:2] in TOPICS]


_EXPLORER_CALL = re.compile(r"\b(\w+_explorer)\s*\(")


def explorer_calls(source: str) -> list[tuple[int, str]]:
    """(offset, name) of every call of a ``*_explorer`` factory in Python source, in order.

    The import line (``from customer_king.explorers import x_explorer``) and a
    definition (``def x_explorer(``) are not calls.
    """
    calls = []
    for match in _EXPLORER_CALL.finditer(source):
        start = source.rfind("\n", 0, match.start()) + 1
        end = source.find("\n", match.start())
        line = source[start:end if end >= 0 else len(source)]
        if line.lstrip().startswith(("from ", "import ", "def ")):
            continue
        calls.append((match.start(), match[1]))
    return calls


def explorer_names_called(source: str) -> list[str]:
    """The explorers ``source`` calls, in order of the calls (repeats kept)."""
    return [name for _, name in explorer_calls(source)]
