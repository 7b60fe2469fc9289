"""Batch grading a room's notebooks (``python -m customer_king.grade``).

The submissions are fabricated in a temporary folder from the kit's own exercise and
solution notebooks. They are graded once (a module-scoped fixture, the real command
line) and every test reads that one gradebook; the hanging notebook gets a run of its
own with a short time limit.
"""
from __future__ import annotations

import copy
import csv
import decimal
import fractions
import json
import os
import re
import subprocess
import sys
import time
from pathlib import Path

import nbformat
import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from hypothesis.extra import numpy as hnp

from customer_king import exercise_sets, grade
from customer_king.checks import (CORRECT, NOT_YET, UNANSWERED, ArrayQuestion, ChoiceQuestion,
                                  MultiSelectQuestion, NumberQuestion)
from customer_king.messages import format_number, set_language

ROOT = Path(__file__).resolve().parents[1]
KEY = "01_customer_orientation"
HANG_TIMEOUT = 4.0
CHECK_CALL = re.compile(r"""check\(\s*["'](\w+)["']\s*,\s*(\w+)\s*\)""")


# ---------------------------------------------------------------------------
# Fabricating submissions
# ---------------------------------------------------------------------------


def _read(path: Path):
    return nbformat.read(str(path), as_version=4)


def _write(nb, path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    nbformat.write(nb, str(path))
    return path


def _answer_cells(nb) -> dict[str, tuple[int, str]]:
    """question id -> (cell index, variable) for each ``check("qN", var)`` cell."""
    found = {}
    for index, cell in enumerate(nb.cells):
        if cell.cell_type == "code":
            for qid, var in CHECK_CALL.findall(cell.source):
                found[qid] = (index, var)
    return found


def _wrong(question):
    """An answer that gets no points (a multi-select gets a partial one in _half)."""
    if isinstance(question, ChoiceQuestion):
        return next(k for k in question.options if k.lower() != question.correct.lower())
    if isinstance(question, MultiSelectQuestion):
        wrong = [k for k in question.options if k not in question.correct]
        return ", ".join(wrong[:2])
    if isinstance(question, NumberQuestion):
        return question.expected_value() * 3 + 7
    if isinstance(question, ArrayQuestion):
        return (question.expected_array() * 0 - 1).tolist()
    raise TypeError(question)


def _set_answer(nb, qid: str, value) -> None:
    index, var = _answer_cells(nb)[qid]
    nb.cells[index].source = f"{var} = {value!r}\ncheck({qid!r}, {var})"


def _expected_half(exercise_set) -> tuple[dict, dict[str, float]]:
    """Every other question wrong (a multi-select half right): answers and points."""
    answers, points = {}, {}
    for i, q in enumerate(exercise_set.questions):
        if i % 2 == 0:
            points[q.id] = q.points
            continue
        if isinstance(q, MultiSelectQuestion):
            right = sorted(q.correct)[: max(1, len(q.correct) // 2)]
            answers[q.id] = ", ".join(right)
            points[q.id] = round(q.points * len(right) / len(q.correct), 6)
        else:
            answers[q.id] = _wrong(q)
            points[q.id] = 0
    return answers, points


WARMUP_CELLS = [
    "from customer_king.exercise_sets import load\ncheck = load(\"00_start_here\")",
    "accounts = 1200 / 4\ncheck(\"accounts\", accounts)",
]

TAMPER = '''
import customer_king.checks as _ck
from customer_king import exercise_sets as _sets
def _always_right(self, answer, attempt=1):
    return _ck.Feedback(self.id, "correct", "right", points=self.points, max_points=self.points)
for _cls in (_ck.NumberQuestion, _ck.ChoiceQuestion, _ck.MultiSelectQuestion, _ck.ArrayQuestion, _ck.Question):
    _cls.grade = _always_right
_ck.ExerciseSet.grade_answers = lambda self, answers: {q: _always_right(self[q], None) for q in self.question_ids}
_sets.build = lambda key: None
def check(*args, **kwargs):
    print("✔ Correct")
check.progress = lambda: print("All done: every question is correct. Well done!")
'''


def _fabricate(folder: Path) -> dict[str, dict]:
    """Write every case; returns name -> what its row must say."""
    sets = {key: exercise_sets.build(key) for key in (KEY, "00_start_here")}
    main = sets[KEY]
    solution = _read(ROOT / "solutions" / f"{KEY}.ipynb")
    exercise = _read(ROOT / "exercises" / f"{KEY}.ipynb")
    cells = _answer_cells(solution)
    all_points = {q.id: q.points for q in main.questions}
    none = {q.id: 0 for q in main.questions}
    cases: dict[str, dict] = {}

    def case(name, path, status, points=None, key=KEY, **extra):
        cases[name] = dict(path=path, status=status, points=points, key=key, **extra)

    _write(solution, folder / f"allright_{KEY}.ipynb")
    case("allright", f"allright_{KEY}.ipynb", "graded", all_points)

    _write(exercise, folder / "blank" / f"{KEY}.ipynb")
    case("blank", f"blank/{KEY}.ipynb", "graded", none, unanswered=True)

    half = copy.deepcopy(solution)
    answers, half_points = _expected_half(main)
    for qid, value in answers.items():
        _set_answer(half, qid, value)
    _write(half, folder / f"halfright_{KEY}.ipynb")
    case("halfright", f"halfright_{KEY}.ipynb", "graded", half_points)

    # A cell raises: the answer it should have made is missing; every other cell still
    # runs and is graded.
    crash = copy.deepcopy(solution)
    index, var = cells["q5"]
    crash.cells[index].source = f"{var} = 1 / 0\ncheck('q5', {var})"
    _write(crash, folder / f"crashing_{KEY}.ipynb")
    case("crashing", f"crashing_{KEY}.ipynb",
         f"graded, with errors: cell {index + 1} (`{var} = 1 / 0`) "
         "raised ZeroDivisionError: division by zero; the other cells ran",
         {**all_points, "q5": 0})

    # The kernel dies after q3: the answers saved after each cell before it are graded.
    dies = copy.deepcopy(solution)
    dies.cells.insert(cells["q3"][0] + 1, nbformat.v4.new_code_cell("import os\nos._exit(1)"))
    _write(dies, folder / f"kerneldies_{KEY}.ipynb")
    case("kerneldies", f"kerneldies_{KEY}.ipynb",
         f"could not run: the kernel died (crashed) in cell {cells['q3'][0] + 2} (`import os`); "
         "the answers given before it are graded",
         {q.id: (q.points if q.id in ("q1", "q2", "q3") else 0) for q in main.questions})

    # Check redefined to always say Correct, the kit monkeypatched inside the kernel,
    # a literal in the check call, a check cell deleted, fake outputs stored: 0 points.
    tampered = copy.deepcopy(exercise)
    setup = next(i for i, c in enumerate(tampered.cells) if "load(" in c.source)
    for q in main.questions:
        _set_answer(tampered, q.id, _wrong(q))
    q1_index, q1_var = _answer_cells(tampered)["q1"]
    tampered.cells[q1_index].source = f"{q1_var} = {_wrong(main['q1'])!r}\ncheck('q1', {main['q1'].correct!r})"
    del tampered.cells[_answer_cells(tampered)["q8"][0]]
    tampered.cells.insert(setup + 1, nbformat.v4.new_code_cell(TAMPER))
    for cell in tampered.cells:
        if cell.cell_type == "code":
            cell.outputs = [nbformat.v4.new_output("stream", name="stdout", text="✔ Correct — well done!\n")]
    _write(tampered, folder / f"tampered_{KEY}.ipynb")
    case("tampered", f"tampered_{KEY}.ipynb", "graded", none, note="check was redefined")

    changed = copy.deepcopy(solution)
    changed.cells.append(nbformat.v4.new_code_cell(f"{cells['q1'][1]} = {_wrong(main['q1'])!r}"))
    _write(changed, folder / f"changedmind_{KEY}.ipynb")
    case("changedmind", f"changedmind_{KEY}.ipynb", "graded", {**all_points, "q1": 0})

    (folder / f"invalidjson_{KEY}.ipynb").write_text('{"cells": [{"cell_type": "code", ', encoding="utf-8")
    case("invalidjson", f"invalidjson_{KEY}.ipynb", "could not run: not a valid notebook (invalid JSON", none)

    (folder / f"emptyfile_{KEY}.ipynb").write_bytes(b"")
    case("emptyfile", f"emptyfile_{KEY}.ipynb", "could not run: the file is empty", none)

    _write(nbformat.v4.new_notebook(), folder / f"emptynotebook_{KEY}.ipynb")
    case("emptynotebook", f"emptynotebook_{KEY}.ipynb", "could not run: the notebook has no code cells", none)

    # Another exercise set: found by its name in the file name, by its load() call,
    # and by notebook metadata; each graded against its own set.
    warm = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(c) for c in WARMUP_CELLS])
    _write(warm, folder / "warmup_00_start_here.ipynb")
    case("warmup", "warmup_00_start_here.ipynb", "graded", {"accounts": 1}, key="00_start_here")
    # ... and a learner who named variables after builtins still gets every point.
    shadowing = copy.deepcopy(solution)
    shadowing.cells.append(nbformat.v4.new_code_cell(
        "list = [1]; str = 'x'; type = None; isinstance = print; open = None; json = None; globals = 3"))
    _write(shadowing, folder / "found_by_load.ipynb")
    case("found_by_load", "found_by_load.ipynb", "graded", all_points)
    meta = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell("accounts = 1200 * 4")])
    meta.metadata["customer_king"] = {"exercise_set": "00_start_here"}
    _write(meta, folder / "metadata_only.ipynb")
    case("metadata_only", "metadata_only.ipynb", "graded", {"accounts": 0}, key="00_start_here")

    unknown = nbformat.v4.new_notebook(cells=[
        nbformat.v4.new_code_cell('from customer_king.exercise_sets import load\ncheck = load("99_negotiation")'),
        nbformat.v4.new_code_cell('answer_q1 = "B"\ncheck("q1", answer_q1)'),
    ])
    _write(unknown, folder / "unknown_99_negotiation.ipynb")
    case("unknown_99_negotiation", "unknown_99_negotiation.ipynb",
         "not an exercise notebook of this kit (it is for exercise set '99_negotiation'", None, key="")
    _write(nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell("x = 1")]), folder / "my_notes.ipynb")
    case("my_notes", "my_notes.ipynb", "not an exercise notebook of this kit (no exercise set found", None, key="")

    # Jupyter's autosaves are not submissions.
    _write(solution, folder / ".ipynb_checkpoints" / f"allright_{KEY}-checkpoint.ipynb")
    return cases


def _other_keys() -> list[str]:
    """Every other exercise set that has an exercise and a solution copy."""
    return [key for key in exercise_sets.available()
            if key != KEY and (ROOT / "exercises" / f"{key}.ipynb").is_file()
            and (ROOT / "solutions" / f"{key}.ipynb").is_file()]


def _read_gradebook(path: Path) -> dict[str, dict[str, str]]:
    with open(path, newline="", encoding="utf-8-sig") as handle:
        rows = list(csv.DictReader(handle))
    by_name = {row["participant"]: row for row in rows}
    assert len(by_name) == len(rows), "one row per participant and notebook"
    return by_name


@pytest.fixture(scope="module")
def room(tmp_path_factory):
    """One grading run over every fabricated submission, through the command line."""
    base = tmp_path_factory.mktemp("room")
    submissions = base / "submissions"
    cases = _fabricate(submissions)
    for key in _other_keys():
        _write(_read(ROOT / "solutions" / f"{key}.ipynb"), submissions / f"sol-{key}" / f"{key}.ipynb")
        _write(_read(ROOT / "exercises" / f"{key}.ipynb"), submissions / f"blank-{key}" / f"{key}.ipynb")
    output = base / "gradebook.csv"
    start = time.monotonic()
    code = grade.main([str(submissions), "-o", str(output), "--jobs", "4", "--timeout", "120"])
    elapsed = time.monotonic() - start
    assert code == 0
    hang_folder = base / "hang"
    hanging = _read(ROOT / "solutions" / f"{KEY}.ipynb")
    after_q4 = _answer_cells(hanging)["q4"][0] + 1
    hanging.cells.insert(after_q4, nbformat.v4.new_code_cell("while True:\n    pass"))
    _write(hanging, hang_folder / f"hanging_{KEY}.ipynb")
    references = grade.load_references()
    hang_results = grade.grade_folder(hang_folder, timeout=HANG_TIMEOUT, references=references)
    return dict(base=base, cases=cases, gradebook=_read_gradebook(output), output=output,
                feedback=base / "gradebook-feedback", elapsed=elapsed, hang=hang_results,
                hang_cell=after_q4 + 1, references=references)


# ---------------------------------------------------------------------------
# The gradebook
# ---------------------------------------------------------------------------

CASES = ["allright", "blank", "halfright", "crashing", "kerneldies", "tampered", "changedmind",
         "invalidjson", "emptyfile", "emptynotebook", "warmup", "found_by_load", "metadata_only",
         "unknown_99_negotiation", "my_notes"]


def test_every_submission_gets_exactly_one_row(room):
    assert set(room["gradebook"]) == set(CASES) | {f"{kind}-{key}" for key in _other_keys()
                                                   for kind in ("sol", "blank")}


@pytest.mark.parametrize("name", CASES)
def test_each_row_is_the_row_it_deserves(room, name):
    case, row = room["cases"][name], room["gradebook"][name]
    assert row["file"] == case["path"]
    assert row["exercise_set"] == case["key"]
    assert row["status"].startswith(case["status"]), row["status"]
    if case["points"] is None:  # not graded at all: no numbers
        assert row["total"] == row["max"] == ""
        assert all(row[q] == "" for q in room["gradebook"]["allright"] if q.startswith("q"))
        return
    exercise_set = exercise_sets.build(case["key"])
    for q in exercise_set.questions:
        assert float(row[q.id]) == pytest.approx(case["points"][q.id], abs=1e-9), q.id
    # total and max are the main part's; the optional "For analysts" part has columns of its own
    main, optional = exercise_set.main_questions, exercise_set.analyst_questions
    assert float(row["total"]) == pytest.approx(sum(case["points"][q.id] for q in main), abs=1e-9)
    assert float(row["max"]) == sum(q.points for q in main)
    if optional:
        assert float(row["analyst_total"]) == pytest.approx(sum(case["points"][q.id] for q in optional), abs=1e-9)
        assert float(row["analyst_max"]) == sum(q.points for q in optional)
    else:
        assert row["analyst_total"] == row["analyst_max"] == ""
    if "note" in case:
        assert case["note"] in row["notes"]


def test_expected_points_come_from_the_questions_and_include_partial_credit(room):
    row = room["gradebook"]["halfright"]
    exercise_set = exercise_sets.build(KEY)
    multi = [q for q in exercise_set.questions if isinstance(q, MultiSelectQuestion)]
    assert multi, "set 01 has a multi-select question"
    assert 0 < float(row[multi[0].id]) < multi[0].points  # partial
    # q1 q3 q5 q7 q9 q11 right, q2 two of five, the others wrong; of the analysts' part a2 right
    assert (row["total"], row["max"], row["analyst_total"], row["analyst_max"]) == ("6.4", "11", "1", "2")


def test_a_tampered_notebook_gains_nothing(room):
    row = room["gradebook"]["tampered"]
    assert row["total"] == "0" and row["status"] == "graded"
    text = (room["feedback"] / "tampered.md").read_text(encoding="utf-8")
    assert "All questions right" not in text and "Right:" not in text
    # q8's check cell was deleted: not answered, no crash
    assert "**q8**" in text and "No answer was given" in text


def test_the_last_value_of_an_answer_variable_is_graded(room):
    row = room["gradebook"]["changedmind"]
    assert row["q1"] == "0" and row["total"] == "10" and row["analyst_total"] == "2"


def test_the_time_limit_stops_a_hanging_notebook_and_grades_what_came_before(room):
    (result,) = room["hang"]
    assert result.participant == "hanging"
    assert result.status == (
        f"could not run: time limit ({HANG_TIMEOUT:g} s) reached in cell {room['hang_cell']} "
        "(`while True:`); the answers given before it are graded"
    )
    assert result.outcome == grade.Outcome.TIMED_OUT
    assert result.elapsed < HANG_TIMEOUT + 10  # start-up, the limit, collecting, shutting down
    exercise_set = exercise_sets.build(KEY)
    before = {"q1", "q2", "q3", "q4"}
    assert {q for q, fb in result.feedback.items() if fb.status == CORRECT} == before
    assert result.points == sum(exercise_set[q].points for q in before)
    assert all(result.feedback[q].status == UNANSWERED for q in exercise_set.question_ids if q not in before)


@pytest.mark.parametrize("kind", ["sol", "blank"])
def test_every_other_set_grades_its_solution_full_and_its_exercise_copy_zero(room, kind):
    if not _other_keys():
        pytest.skip("no other exercise set has notebooks yet")
    for key in _other_keys():
        row = room["gradebook"][f"{kind}-{key}"]
        exercise_set = exercise_sets.build(key)
        full = sum(q.points for q in exercise_set.main_questions)
        optional = sum(q.points for q in exercise_set.analyst_questions)
        assert row["exercise_set"] == key and row["status"] == "graded", (key, row["status"])
        assert float(row["max"]) == full
        assert float(row["total"]) == (full if kind == "sol" else 0), key
        assert float(row["analyst_max"] or 0) == optional
        assert float(row["analyst_total"] or 0) == (optional if kind == "sol" else 0), key


def test_the_checkpoint_copy_is_not_graded(room):
    assert not any(".ipynb_checkpoints" in row["file"] for row in room["gradebook"].values())


def test_question_columns_cover_every_set_in_the_batch(room):
    with open(room["output"], newline="", encoding="utf-8-sig") as handle:
        header = next(csv.reader(handle))
    assert header[:2] == ["participant", "exercise_set"]
    assert header[-3:] == ["status", "notes", "file"]
    exercise_set = exercise_sets.build(KEY)
    # the main parts' questions, their total and max; then the analysts' questions, theirs
    total, optional = header.index("total"), header.index("analyst_total")
    assert header[total:total + 2] == ["total", "max"] and header[optional:optional + 2] == ["analyst_total", "analyst_max"]
    assert all(header.index(q.id) < total for q in exercise_set.main_questions) and "accounts" in header[:total]
    assert all(total < header.index(q.id) < optional for q in exercise_set.analyst_questions)
    assert room["gradebook"]["warmup"]["q1"] == ""  # not a question of that set


# ---------------------------------------------------------------------------
# Feedback files
# ---------------------------------------------------------------------------


def test_one_feedback_file_per_participant(room):
    files = sorted(p.stem for p in room["feedback"].glob("*.md"))
    assert files == sorted(room["gradebook"])


def test_feedback_says_all_right_only_when_every_question_is_right(room):
    for name, row in room["gradebook"].items():
        text = (room["feedback"] / f"{name}.md").read_text(encoding="utf-8")
        main_part = row["total"] != "" and row["total"] == row["max"]
        everything = main_part and row["analyst_total"] == row["analyst_max"]
        assert ("All questions right" in text) == everything, name
        assert ("Every question of the main part right" in text) == (main_part and not everything), name
        assert ("Well done" in text) == main_part, name


def test_feedback_gives_hints_but_never_the_answer(room):
    exercise_set = exercise_sets.build(KEY)
    text = (room["feedback"] / "halfright.md").read_text(encoding="utf-8")
    assert "Points: 6.4 of 11." in text and "For analysts (optional, not in the points above): 1 of 2." in text
    assert "Right:" in text and "To look at again:" in text and "Hint:" in text
    for name in ("halfright", "blank", "tampered"):
        text = (room["feedback"] / f"{name}.md").read_text(encoding="utf-8")
        for q in exercise_set.questions:
            if room["gradebook"][name][q.id] == str(q.points):
                continue  # right: nothing to hide
            if isinstance(q, ChoiceQuestion):
                assert f"{q.correct} is right" not in text
            if isinstance(q, NumberQuestion):
                value = q.expected_value()
                for digits in (2, 3, 4):
                    shown = re.escape(format_number(round(value, digits)))
                    # as a number of its own: the 4 in "6.4 of 11" or "q4" is not the answer 4
                    assert not re.search(rf"(?<![\w.,]){shown}(?!\w|[.,]\d)", text), (name, q.id)


def test_feedback_of_an_ungradable_notebook_says_why(room):
    text = (room["feedback"] / "unknown_99_negotiation.md").read_text(encoding="utf-8")
    assert "not an exercise notebook of this kit" in text
    text = (room["feedback"] / "invalidjson.md").read_text(encoding="utf-8")
    assert "invalid JSON" in text and "Points: 0 of 11." in text


# ---------------------------------------------------------------------------
# Writing the gradebook safely
# ---------------------------------------------------------------------------


def test_an_existing_gradebook_is_kept_and_the_new_one_written_next_to_it(tmp_path):
    target = tmp_path / "gradebook.csv"
    target.write_text("precious\n", encoding="utf-8")
    first = grade.atomic_write(target, b"new 1\n")
    second = grade.atomic_write(target, b"new 2\n")
    assert (first.name, second.name) == ("gradebook-2.csv", "gradebook-3.csv")
    assert target.read_text(encoding="utf-8") == "precious\n"
    assert grade.atomic_write(target, b"replaced\n", overwrite=True) == target
    assert target.read_bytes() == b"replaced\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["gradebook-2.csv", "gradebook-3.csv", "gradebook.csv"]


def test_a_crash_while_writing_never_leaves_half_a_gradebook(tmp_path, monkeypatch):
    target = tmp_path / "gradebook.csv"
    target.write_text("old, complete\n", encoding="utf-8")

    def crash(*args, **kwargs):
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", crash)
    monkeypatch.setattr(os, "link", crash)
    with pytest.raises(OSError):
        grade.atomic_write(target, b"new\n" * 1000, overwrite=True)
    assert target.read_text(encoding="utf-8") == "old, complete\n"
    assert [p.name for p in tmp_path.iterdir()] == ["gradebook.csv"]  # no temporary file left


def test_the_command_line_keeps_an_existing_gradebook_unless_told(tmp_path, capsys, monkeypatch):
    """``python -m customer_king.grade`` once for real, then twice in-process
    (notebooks that need no kernel: fast)."""
    submissions = tmp_path / "in"
    submissions.mkdir()
    (submissions / f"ann_{KEY}.ipynb").write_text("not json", encoding="utf-8")
    (submissions / "ben.ipynb").write_bytes(b"")
    first = subprocess.run([sys.executable, "-m", "customer_king.grade", str(submissions), "-o", "book.csv"],
                           cwd=tmp_path, capture_output=True, text=True, timeout=300)
    assert first.returncode == 0, first.stderr
    assert f"Gradebook: {tmp_path / 'book.csv'}" in first.stdout  # paths made absolute before the re-exec
    rows = _read_gradebook(tmp_path / "book.csv")
    assert rows["ann"]["status"].startswith("could not run: not a valid notebook (invalid JSON")
    assert rows["ann"]["total"] == "0" and rows["ann"]["max"] == "11"  # the main part: 11 questions
    assert rows["ann"]["analyst_total"] == "0" and rows["ann"]["analyst_max"] == "2"
    assert rows["ben"]["status"].startswith("could not run: the file is empty; not an exercise notebook")
    before = (tmp_path / "book.csv").read_bytes()
    monkeypatch.chdir(tmp_path)
    assert grade.main([str(submissions), "-o", "book.csv"]) == 0
    out = capsys.readouterr().out
    assert "book.csv already exists" in out and "book-2.csv" in out and "--overwrite" in out
    assert (tmp_path / "book.csv").read_bytes() == before
    assert (tmp_path / "book-2.csv").is_file() and (tmp_path / "book-2-feedback" / "ann.md").is_file()
    assert grade.main([str(submissions), "-o", "book.csv", "--overwrite"]) == 0
    assert "already exists" not in capsys.readouterr().out
    assert not (tmp_path / "book-3.csv").exists()


def _sandbox_or_skip():
    sandbox = grade.find_sandbox()
    if not sandbox.active:
        if os.environ.get("KIT_REQUIRE_SANDBOX") == "1":
            pytest.fail(f"bubblewrap must work here (KIT_REQUIRE_SANDBOX=1): {sandbox.reason}")
        pytest.skip(f"bubblewrap not usable here: {sandbox.reason}")


@pytest.fixture
def trainers_folder():
    """A folder outside /tmp, as a trainer's Documents folder is (the sandbox treats /tmp apart)."""
    import shutil
    import tempfile
    base = Path("/var/tmp") if os.access("/var/tmp", os.W_OK) else Path.home()
    folder = Path(tempfile.mkdtemp(prefix="ck-trainer-", dir=base))
    yield folder
    shutil.rmtree(folder, ignore_errors=True)


@pytest.mark.parametrize("where", ["the trainer's folder", "/tmp itself"])
def test_grading_again_in_the_same_folder_still_runs_every_notebook(trainers_folder, monkeypatch, capsys, where):
    """A trainer grades, late work comes in, and they grade again from where they did the
    first time. Neither the first run's feedback folder (inside the folder that is hidden
    from the kernels) nor a working folder of /tmp may stop the sandbox from starting one."""
    _sandbox_or_skip()
    submissions = trainers_folder / "in"
    _write(_read(ROOT / "solutions" / f"{KEY}.ipynb"), submissions / f"ann_{KEY}.ipynb")
    here = trainers_folder if where == "the trainer's folder" else Path("/tmp")
    book = Path(f"book-{trainers_folder.name}.csv")
    monkeypatch.chdir(here)
    try:
        for run in ("first", "again"):
            assert grade.main([str(submissions), "-o", str(book), "--overwrite"]) == 0
            out = capsys.readouterr().out
            assert "graded: 1" in out and "Sandboxed: yes" in out, (run, out)
            row = _read_gradebook(here / book)["ann"]
            assert row["status"] == "graded" and row["total"] == row["max"], (run, row)
    finally:
        import shutil
        (here / book).unlink(missing_ok=True)
        shutil.rmtree(here / f"{book.stem}-feedback", ignore_errors=True)


# ---------------------------------------------------------------------------
# Small parts
# ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "relative, key, name",
    [
        ("alice_01_customer_orientation.ipynb", KEY, "alice"),
        ("01_customer_orientation-Bob Smith.ipynb", KEY, "Bob Smith"),
        ("carol/01_customer_orientation.ipynb", KEY, "carol"),
        ("01_customer_orientation.ipynb", KEY, "01_customer_orientation"),
        ("dave.ipynb", KEY, "dave"),
        ("erin_notes.ipynb", None, "erin_notes"),
    ],
)
def test_participant_names_come_from_the_file_name(tmp_path, relative, key, name):
    assert grade.participant_name(tmp_path / relative, tmp_path, key) == name


def test_the_answer_variables_come_from_the_kits_exercise_copy():
    references = grade.load_references()
    reference = references[KEY]
    assert reference.source.endswith(f"exercises{os.sep}{KEY}.ipynb")
    assert reference.variables["q1"] == "answer_q1" and reference.variables["q4"] == "answer_q4"
    assert set(reference.variables) == set(reference.exercise_set.question_ids)
    assert references["00_start_here"].variables == {"accounts": "accounts"}


def test_a_spreadsheet_formula_in_a_file_name_stays_text():
    result = grade.NotebookResult(Path("=cmd.ipynb"), "=cmd", None, "not an exercise notebook of this kit")
    _, rows = grade.gradebook_table([result], {})
    assert rows[0][0] == "'=cmd"


@pytest.mark.parametrize(
    "value",
    [None, ..., True, 3, -2.5, float("nan"), float("inf"), "A, C", "", [1, 2.5, "x"], ("b",), {"A", "C"},
     {"jan": 1}, 1 + 2j, fractions.Fraction(4, 5), decimal.Decimal("0.8"), np.float32(0.5), np.int64(7),
     np.arange(12.0).reshape(3, 4), np.array(["a", "b"]), print, object(), 10**400],
)
def test_answers_survive_the_trip_from_the_kernel(value):
    back = grade.from_json_value(json.loads(json.dumps(grade.to_json_value(value))))
    if isinstance(value, np.ndarray):
        assert np.array_equal(back, value)
    elif isinstance(value, float) and value != value:
        assert back != back
    elif value is print:
        assert callable(back) and back.__name__ == "print"
    elif type(value).__module__ == "builtins" and type(value) is object:
        assert type(back).__name__ == "object"
    else:
        assert back == value and type(back) is type(value) or isinstance(value, np.generic)


# ---------------------------------------------------------------------------
# Fuzz: (real question, answer) pairs through the grader's round trip
# (1000 pairs here; benchmarks/bench_grading.py runs 1000 answers for *each* question)
# ---------------------------------------------------------------------------


def _real_questions():
    """(set key, set, question) for every question of every exercise set that loads."""
    questions = []
    for key, reference in grade.load_references().items():
        questions += [(key, reference.exercise_set, q) for q in reference.exercise_set.questions]
    return questions


REAL = _real_questions()


def _near_answers():
    """Answers close to the real ones: right, just off, percent, letters."""
    pool = []
    for _, _, q in REAL:
        if isinstance(q, NumberQuestion):
            pool.append(st.builds(lambda f, v=q.expected_value(): v * f, st.floats(0.9, 1.1)))
            pool.append(st.builds(lambda f, v=q.expected_value(): f"{v * f:.3f}%", st.floats(50, 150)))
        elif isinstance(q, (ChoiceQuestion, MultiSelectQuestion)):
            letters = list(q.options)
            pool.append(st.lists(st.sampled_from(letters), max_size=len(letters)).map(", ".join))
            pool.append(st.frozensets(st.sampled_from(letters)))
        elif isinstance(q, ArrayQuestion):
            expected = q.expected_array()
            pool.append(hnp.arrays(float, expected.shape, elements=st.floats(-1e6, 1e6)).map(lambda a, e=expected: e + a * 0))
    return st.one_of(pool) if pool else st.nothing()


_scalars = st.one_of(st.none(), st.just(...), st.booleans(), st.integers(), st.floats(),
                     st.text(max_size=20), st.text(alphabet="0123456789.,%€ -+e_ABCDEF", max_size=12))
ANSWERS = st.one_of(
    _near_answers(),
    _scalars,
    st.complex_numbers(),
    st.lists(_scalars, max_size=12),
    st.tuples(_scalars),
    st.dictionaries(st.text(max_size=3), _scalars, max_size=3),
    st.sets(st.text(alphabet="abcdefABCDEF ,", max_size=3), max_size=4),
    st.fractions(),
    st.decimals(allow_nan=True, allow_infinity=True),
    hnp.arrays(dtype=st.one_of(hnp.scalar_dtypes(), hnp.unicode_string_dtypes()),
               shape=hnp.array_shapes(min_dims=0, max_dims=3, min_side=0, max_side=4)),
    st.sampled_from([object(), print, np.float64, b"B", bytearray(b"0.8")]),
)


def _faithful(value, depth=0) -> bool:
    """Values the round trip must bring back exactly (so they grade the same)."""
    if depth > 5:
        return False
    if value is None or value is Ellipsis or isinstance(value, (bool, int, float, str, fractions.Fraction, decimal.Decimal)):
        return type(value) in (type(None), type(...), bool, int, float, str, fractions.Fraction, decimal.Decimal)
    if isinstance(value, (list, tuple, set, frozenset)) and type(value) in (list, tuple, set):
        return all(_faithful(v, depth + 1) for v in value)
    return False


def test_the_fuzz_covers_the_real_questions():
    keys = {key for key, _, _ in REAL}
    assert {"00_start_here", KEY} <= keys
    assert len(REAL) >= 9


@settings(max_examples=1000, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(st.sampled_from(REAL), ANSWERS)
def test_fuzz_real_questions_grade_any_answer_after_the_round_trip(real, answer):
    """Whatever a kernel holds, the grader's round trip and grading never raise, the
    points stay within the question's, and plain values grade exactly as in the notebook."""
    set_language(None)
    key, exercise_set, q = real
    saved = json.loads(json.dumps(grade.to_json_value(answer)))
    back = grade.from_json_value(saved)
    fb = exercise_set.grade_answers({q.id: back})[q.id]
    assert fb.status in (CORRECT, NOT_YET, UNANSWERED)
    assert 0 <= fb.points <= fb.max_points == q.points
    assert isinstance(repr(fb), str) and "\n" not in repr(fb)
    if _faithful(answer):
        original = q.grade(answer, attempt=1)
        assert (original.status, original.points) == (fb.status, fb.points), (key, q.id, answer)
