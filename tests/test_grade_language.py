"""The batch grader speaks each notebook's language: ``metadata.customer_king.language``
(the build writes it), ``--language`` overriding. Status, feedback file and the kernel's
own checks (``CUSTOMER_KING_LANG`` in the kernel) all follow it."""
from __future__ import annotations

from pathlib import Path

import nbformat
import pytest

from customer_king import grade
from customer_king.grade.report import write_feedback, write_gradebook

ROOT = Path(__file__).resolve().parents[1]
KEY = "01_customer_orientation"
# Fails the cell (status "with errors") unless the kernel was told the notebook's language.
KERNEL_LANGUAGE = "import os\nassert os.environ.get('CUSTOMER_KING_LANG') == {lang!r}, 'kernel language'\n"


def _submission(folder: Path, who: str, lang: str | None, broken: bool = False) -> Path:
    nb = nbformat.read(str(ROOT / "exercises" / f"{KEY}.ipynb"), as_version=4)
    if lang is not None:
        nb.metadata.setdefault("customer_king", {})["language"] = lang
        nb.cells.insert(0, nbformat.v4.new_code_cell(KERNEL_LANGUAGE.format(lang=lang)))
    else:
        nb.metadata.get("customer_king", {}).pop("language", None)
    if broken:
        nb.cells.append(nbformat.v4.new_code_cell("1 / 0"))
    path = folder / who / f"{KEY}.ipynb"
    path.parent.mkdir(parents=True)
    nbformat.write(nb, str(path))
    return path


@pytest.fixture(scope="module")
def graded(tmp_path_factory):
    base = tmp_path_factory.mktemp("languages")
    _submission(base / "in", "anna", "nl")
    _submission(base / "in", "bram", "nl", broken=True)
    _submission(base / "in", "chris", None)
    results = grade.grade_folder(base / "in", timeout=120, jobs=2, kit_root=ROOT)
    files = write_feedback(results, grade.load_references(ROOT), base / "feedback")
    gradebook = write_gradebook(results, grade.load_references(ROOT), base / "gradebook.csv")
    return {r.participant: r for r in results}, {p: f.read_text("utf-8") for p, f in files.items()}, \
        gradebook.read_text("utf-8")


def test_a_dutch_notebook_gets_dutch_feedback(graded):
    results, feedback, _ = graded
    anna = feedback["anna"]
    assert results["anna"].language == "nl"
    assert results["anna"].status == "nagekeken"  # the kernel had CUSTOMER_KING_LANG=nl
    assert anna.startswith("# Feedback voor anna")
    assert "Punten: 0 van " in anna and "Om nog eens naar te kijken:" in anna
    assert "Nog niet" in anna or "plaatshouder" in anna
    for english in ("Points:", "To look at again", "Hint:", "placeholder"):
        assert english not in anna


def test_a_dutch_notebooks_status_is_dutch_in_gradebook_and_feedback(graded):
    results, feedback, gradebook = graded
    assert results["bram"].status.startswith("nagekeken, met fouten: ")
    assert "ZeroDivisionError" in results["bram"].status
    assert "Let op: nagekeken, met fouten" in feedback["bram"]
    assert "nagekeken, met fouten" in gradebook


def test_a_notebook_without_language_metadata_stays_english(graded):
    results, feedback, _ = graded
    assert results["chris"].status == "graded"
    assert feedback["chris"].startswith("# Feedback for chris")
    assert "Points: 0 of " in feedback["chris"]


def test_language_option_overrides_the_notebooks_own(tmp_path):
    _submission(tmp_path / "in", "anna", "en")  # says English, the trainer asks Dutch
    (result,) = grade.grade_folder(tmp_path / "in", timeout=120, kit_root=ROOT, language="nl")
    # The kernel got nl, so the cell asserting 'en' fails: the status says so, in Dutch.
    assert result.language == "nl"
    assert result.status.startswith("nagekeken, met fouten: ")
