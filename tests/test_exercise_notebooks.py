"""Graded exercises, both ways round.

* An untouched exercise copy runs without error and every check in it says
  "not yet" (the checks demonstrably can fail).
* Every graded question of a set is checked exactly once in its notebook, and
  the stored solution says "Correct" for each (nbval re-runs the solutions and
  compares those stored outputs, so a wrong solution fails there too).
"""
from __future__ import annotations

import re
from pathlib import Path

import nbformat
import pytest
from nbclient import NotebookClient

from customer_king.exercise_sets import available, build as build_set

ROOT = Path(__file__).resolve().parents[1]
EXERCISES = sorted((ROOT / "exercises").glob("*.ipynb"))
FEEDBACK_LINE = re.compile(r"^(?P<qid>\S+) (?P<icon>[✔✘○]) ")
CHECK_CALL = re.compile(r"""^check\(\s*["'](?P<qid>[^"']+)["']""", re.M)


def _feedback_lines(nb: nbformat.NotebookNode) -> list[tuple[str, str]]:
    found = []
    for cell in nb.cells:
        for output in cell.get("outputs", []):
            plain = output.get("data", {}).get("text/plain", "")
            match = FEEDBACK_LINE.match(plain)
            if match:
                found.append((match["qid"], match["icon"]))
    return found


def _run(path: Path) -> nbformat.NotebookNode:
    nb = nbformat.read(path, as_version=4)
    NotebookClient(nb, timeout=120, kernel_name="python3",
                   resources={"metadata": {"path": str(path.parent)}}).execute()
    return nb


@pytest.mark.parametrize("path", EXERCISES, ids=lambda p: p.stem)
def test_untouched_exercise_runs_and_every_check_says_not_yet(path):
    nb = _run(path)  # raises CellExecutionError on any error
    questions = build_set(path.stem).question_ids
    feedback = _feedback_lines(nb)
    assert [qid for qid, _ in feedback] == list(questions)
    assert all(icon != "✔" for _, icon in feedback), feedback


@pytest.mark.parametrize("path", EXERCISES, ids=lambda p: p.stem)
def test_each_question_is_checked_exactly_once_in_the_notebook(path):
    nb = nbformat.read(path, as_version=4)
    called = [m["qid"] for c in nb.cells if c.cell_type == "code" for m in CHECK_CALL.finditer(c.source)]
    assert called == list(build_set(path.stem).question_ids)


@pytest.mark.parametrize("path", EXERCISES, ids=lambda p: p.stem)
def test_stored_solution_is_correct_for_every_question(path):
    solution = nbformat.read(ROOT / "solutions" / path.name, as_version=4)
    feedback = _feedback_lines(solution)
    assert feedback == [(qid, "✔") for qid in build_set(path.stem).question_ids]


def test_every_exercise_notebook_has_a_question_set_and_vice_versa():
    assert {p.stem for p in EXERCISES} | {"00_start_here"} == set(available())


def test_exercise_sets_have_at_least_four_graded_questions():
    for key in available():
        if key != "00_start_here":
            assert len(build_set(key)) >= 4, key
