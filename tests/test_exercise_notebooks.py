"""Graded exercises, both ways round.

* An untouched exercise copy runs without error and every check in it says
  "not yet" (the checks demonstrably can fail).
* Every graded question of a set is checked exactly once in its notebook, and
  the stored solution says "Correct" for each (nbval re-runs the solutions and
  compares those stored outputs, so a wrong solution fails there too).
* Each set has at least six main questions (answered by typing a value, no
  code) and keeps any calculation by code in its optional "For analysts" part,
  at the end of the notebook.
* An option's text in the notebook is exactly the text the check reads, so a
  learner who pastes it is understood, and the answer keys are spread over the
  letters across the kit.
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


def test_exercise_sets_have_at_least_six_main_questions():
    for key in available():
        if key != "00_start_here":
            assert len(build_set(key).main_questions) >= 6, key


@pytest.mark.parametrize("path", EXERCISES, ids=lambda p: p.stem)
def test_analyst_questions_come_last_under_their_own_heading(path):
    nb = nbformat.read(path, as_version=4)
    exercise_set = build_set(path.stem)
    if not exercise_set.analyst_questions:
        return
    sources = [c.source for c in nb.cells]
    heading = next(i for i, src in enumerate(sources) if src.startswith("## For analysts"))
    checked = {m["qid"]: i for i, src in enumerate(sources) for m in CHECK_CALL.finditer(src)}
    assert all(checked[q.id] > heading for q in exercise_set.analyst_questions)
    assert all(checked[q.id] < heading for q in exercise_set.main_questions)


OPTION_LINE = re.compile(r"^\* \*\*(?P<key>[A-Z])\*\* (?P<text>.+)$", re.M)


def _listed_options(nb: nbformat.NotebookNode, qid: str) -> dict[str, str]:
    """The options listed under "**Question N.**" (or "a1") in the notebook's markdown."""
    label = qid[1:] if qid.startswith("q") else qid
    for cell in nb.cells:
        if cell.cell_type == "markdown" and re.search(rf"\*\*Question {re.escape(label)}\.", cell.source):
            return {m["key"]: m["text"].strip() for m in OPTION_LINE.finditer(cell.source)}
    return {}


CHOICES = [(p, q) for p in EXERCISES for q in build_set(p.stem).questions if hasattr(q, "options")]


@pytest.mark.parametrize("path, question", CHOICES, ids=[f"{p.stem[:2]}-{q.id}" for p, q in CHOICES])
def test_the_notebook_lists_each_option_exactly_as_the_check_reads_it(path, question):
    listed = _listed_options(nbformat.read(path, as_version=4), question.id)
    if not listed:  # options shown by the notebook itself (a table of names): nothing typed twice
        return
    assert listed == {str(k): " ".join(str(v).split()) for k, v in question.options.items()}
    for key, option_text in listed.items():  # pasting what the notebook shows is understood
        pasted = question.grade(option_text)
        assert pasted.readable and pasted.status == question.grade(key).status, option_text


def test_single_choice_answer_keys_are_spread_over_the_letters():
    keys = [q._correct_key.upper() for key in available() for q in build_set(key).questions
            if type(q).__name__ == "ChoiceQuestion" and len(q.options) <= 5]
    counts = {letter: keys.count(letter) for letter in "ABCD"}
    # Once 12 of 16 were B: a guesser who always picks one letter must not do well.
    assert min(counts.values()) >= 1 and max(counts.values()) <= 0.4 * len(keys), counts


def test_tables_write_numbers_in_the_learners_format_with_plain_headings():
    from customer_king.exercise_sets.display import table
    from customer_king.messages import language

    def shown():
        return table(["Account", "Wallet (€ per year)", "Hours (h per year)", "Share (%)"],
                     [["Norveld", 449_700, 253.94, 0.2704], ["Loss", -4_566, 0, -0.1]],
                     ["text", "eur", "hours", "percent"])

    lines = repr(shown()).splitlines()
    assert lines[0].split()[:2] == ["Account", "Wallet"] and lines[2].split() == ["Norveld", "€449,700", "253.9", "27.0", "%"]
    assert "−€4,566" in repr(shown()) and "−10.0 %" in repr(shown())
    html = shown()._repr_html_()
    assert "<th" in html and "Wallet (€ per year)" in html and 'class="num"' in html
    with language("nl"):
        assert "€449.700" in repr(shown()) and "253,9" in repr(shown()) and "27,0 %" in repr(shown())
