"""The grader's parts that need no kernel: names, escaping, outputs, the kit guard,
the import files for learning platforms, the summary, stopping a batch."""
from __future__ import annotations

import csv
import io
import os
from pathlib import Path

import pytest

from customer_king import grade
from customer_king.checks import CORRECT, Feedback
from customer_king.grade import cli, run
from customer_king.grade.participants import duplicate_groups, participant_name
from customer_king.grade.text import display_text

KEY = "01_customer_orientation"


# ---------------------------------------------------------------------------
# Participants
# ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "relative, key, name",
    [
        ("groupA/pat/01_customer_orientation.ipynb", KEY, "groupA/pat"),
        ("groupA/quinn/01_customer_orientation.ipynb", KEY, "groupA/quinn"),
        ("late/pat_01_customer_orientation.ipynb", KEY, "pat"),
        ("pat/01_customer_orientation (1).ipynb", KEY, "pat"),
        ("pat/01_customer_orientation-Copy2.ipynb", KEY, "pat"),
        ("pat_01_customer_orientation (2).ipynb", KEY, "pat"),
        ("Bob Smith_01_customer_orientation_final.ipynb", KEY, "Bob Smith"),
        ("agent007_01_customer_orientation.ipynb", KEY, "agent007"),
    ],
)
def test_a_folder_names_its_participant_and_copy_marks_are_no_name(tmp_path, relative, key, name):
    assert participant_name(tmp_path / relative, tmp_path, key) == name


def test_duplicates_are_one_person_and_one_set_more_than_once():
    groups = duplicate_groups([("pat", KEY, 1), ("Pat", KEY, 2), ("pat", "00_start_here", 3),
                               ("quinn", KEY, 4), ("x", None, 5), ("x", None, 6)])
    assert groups == [[1, 2]]


def test_feedback_file_names_are_safe_short_and_distinct():
    people = ["groupA/pat", "groupA_pat", "GROUPA/PAT", "../../etc/passwd", "con", "", "\u202eevil",
              os.fsdecode(b"j\xf6rg"), "é" * 300, "a\nb"]
    names = grade.feedback_file_names(people)
    assert len(set(n.casefold() for n in names.values())) == len(people)
    for name in names.values():
        assert "/" not in name and ".." not in name and name.isprintable() and name
        assert len(name.encode("utf-8")) <= 100
        name.encode("utf-8")  # no surrogate left
    assert names["con"] != "con"


@pytest.mark.parametrize(
    "raw, shown",
    [
        (os.fsdecode(b"j\xf6rg"), "j\\xf6rg"),
        ("eve\nmallory", "eve\\x0amallory"),
        ("\u202eevil", "\\u202eevil"),
        ("Zoe\u0308", "Zoë"),  # NFC
        ("\ud800", "\\xed\\xa0\\x80"),  # a surrogate JSON can carry
        ("plain", "plain"),
    ],
)
def test_display_text_can_always_be_written(raw, shown):
    assert display_text(raw) == shown
    display_text(raw).encode("utf-8")


def test_a_gradebook_with_undecodable_names_and_statuses_is_written(tmp_path):
    """The crash of issue 13: a surrogate in a name stopped the writer after the whole batch."""
    results = [grade.NotebookResult(Path(os.fsdecode(b"x\xff.ipynb")), os.fsdecode(b"x\xff"), None, "error: \ud800 \x00",
                            file=os.fsdecode(b"x\xff.ipynb"), notes=["=1+1"])]
    path = grade.write_gradebook(results, {}, tmp_path / "book.csv")
    rows = list(csv.reader(io.StringIO(path.read_text(encoding="utf-8-sig"))))
    assert rows[1][0] == "x\\xff" and rows[1][-1] == "x\\xff.ipynb" and rows[1][-2] == "'=1+1"
    assert rows[1][-3] == "error: \\xed\\xa0\\x80 \\x00"


def test_outputs_are_claimed_before_anything_runs(tmp_path):
    (tmp_path / "gradebook.csv").write_text("the trainer's old one\n")
    outputs = grade.claim_outputs(tmp_path / "gradebook.csv")
    assert outputs.gradebook.name == "gradebook-2.csv" and outputs.moved_aside
    assert outputs.feedback == tmp_path / "gradebook-2-feedback" and outputs.feedback.is_dir()
    # a submission plants files under the claimed names while the batch runs...
    outputs.gradebook.write_text("participant,total\nmallory,999\n")
    (outputs.feedback / "planted.md").write_text("x")
    result = grade.NotebookResult(Path("a.ipynb"), "ann", None, "not an exercise notebook of this kit")
    written = grade.write_gradebook([result], {}, outputs.gradebook, claimed=True)
    grade.write_feedback([result], {}, outputs.feedback, finish=outputs)
    # ...and the real gradebook replaces them, at the claimed name
    assert written == outputs.gradebook and "mallory" not in written.read_text(encoding="utf-8-sig")
    assert sorted(p.name for p in outputs.feedback.iterdir()) == ["ann.md"]
    assert (tmp_path / "gradebook.csv").read_text() == "the trainer's old one\n"
    # the next run skips a name whose feedback folder is taken, too
    assert grade.claim_outputs(tmp_path / "gradebook.csv").gradebook.name == "gradebook-3.csv"


def test_a_feedback_folder_keeps_what_was_there_and_loses_what_was_planted(tmp_path):
    folder = tmp_path / "mine"
    folder.mkdir()
    (folder / "notes.txt").write_text("the trainer's own")
    (folder / "ann.md").write_text("last week's")
    outputs = grade.claim_outputs(tmp_path / "book.csv", folder, overwrite=True)
    (folder / "planted.md").write_text("x")  # during the run
    result = grade.NotebookResult(Path("a.ipynb"), "ann", None, "not an exercise notebook of this kit")
    files = grade.write_feedback([result], {}, outputs.feedback, finish=outputs)
    assert files["ann"] == folder / "ann.md" and "Feedback for ann" in files["ann"].read_text()
    assert sorted(p.name for p in folder.iterdir()) == ["ann.md", "notes.txt"]

def _no_kernel_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    for name in ("ann", "ben", "cat"):
        (folder / f"{name}_{KEY}.ipynb").write_text("not json")
    return folder


def test_ctrl_c_keeps_what_was_graded_and_says_what_was_not(tmp_path, monkeypatch):
    calls = []
    real = run.grade_notebook

    def stopping(*args, **kwargs):
        calls.append(1)
        if len(calls) == 2:
            raise KeyboardInterrupt
        return real(*args, **kwargs)

    monkeypatch.setattr(run, "grade_notebook", stopping)
    results = grade.grade_folder(_no_kernel_folder(tmp_path), guard=False)
    statuses = {r.participant: r.status for r in results}
    assert statuses["ann"].startswith("could not run: not a valid notebook")
    assert statuses["ben"] == statuses["cat"] == "not run: grading was stopped (Ctrl-C)"


def test_the_command_line_writes_a_gradebook_even_when_the_batch_breaks(tmp_path, monkeypatch, capsys):
    def breaking(folder, into, **kwargs):
        into.append(grade.NotebookResult(Path("a.ipynb"), "ann", None, "not an exercise notebook of this kit"))
        raise RuntimeError("something nobody foresaw")

    monkeypatch.setattr(cli, "grade_folder", breaking)
    with pytest.raises(RuntimeError):
        cli.main([str(_no_kernel_folder(tmp_path)), "-o", str(tmp_path / "book.csv")])
    assert "ann" in (tmp_path / "book.csv").read_text(encoding="utf-8-sig")
    assert (tmp_path / "book-feedback" / "ann.md").is_file()


# ---------------------------------------------------------------------------
# The kit guard
# ---------------------------------------------------------------------------


def _kit(tmp_path: Path) -> tuple[Path, Path]:
    package, site = tmp_path / "pkg", tmp_path / "site"
    (package / "__pycache__").mkdir(parents=True)
    (package / "sets.py").write_text("EXPECTED = 300\n")
    (package / "__pycache__" / "sets.cpython.pyc").write_bytes(b"compiled")
    (site / "numpy").mkdir(parents=True)
    (site / "numpy" / "core.py").write_text("x = 1\n")
    return package, site


def test_an_edited_package_file_is_seen_and_put_back(tmp_path):
    package, site = _kit(tmp_path)
    guard = grade.KitGuard(package, [site])
    assert guard.check() == []
    (package / "sets.py").write_text("EXPECTED = 301\n")
    (package / "__pycache__" / "planted.pyc").write_bytes(b"evil")
    changed = guard.check()
    assert {Path(p).name for p in changed} == {"sets.py", "planted.pyc"}
    assert (package / "sets.py").read_text() == "EXPECTED = 300\n"
    assert not (package / "__pycache__" / "planted.pyc").exists()
    assert guard.refused == "" and guard.check() == []


def test_a_change_outside_the_package_refuses_the_rest(tmp_path):
    package, site = _kit(tmp_path)
    guard = grade.KitGuard(package, [site])
    core = site / "numpy" / "core.py"
    stat = core.stat()
    core.write_text("x = 2\n")
    os.utime(core, ns=(stat.st_atime_ns, stat.st_mtime_ns))  # the edit hides its modification time
    assert [Path(p).name for p in guard.check()] == ["core.py"]  # the change time still tells
    assert guard.refused.startswith("the kit's installed files were changed (") and "reinstall" in guard.refused


def test_after_a_refusal_no_other_notebook_runs(tmp_path):
    package, site = _kit(tmp_path)
    guard = grade.KitGuard(package, [site])
    guard.refused = "the kit's installed files were changed (x) and could not be put back; reinstall"
    results = grade.grade_folder(_no_kernel_folder(tmp_path), guard=guard)
    assert all(r.status.startswith("not run: the kit's installed files were changed") for r in results)
    assert {r.outcome for r in results} == {grade.Outcome.NOT_RUN}


# ---------------------------------------------------------------------------
# Import files for learning platforms
# ---------------------------------------------------------------------------


@pytest.fixture(scope="module")
def graded():
    references = grade.load_references()
    ref = references[KEY]
    full = ref.exercise_set.grade_answers({})

    def result(participant, **kw):
        r = grade.NotebookResult(Path(f"{participant}.ipynb"), participant, KEY, "graded", feedback=dict(full),
                                 max_points=ref.max_points, analyst_max_points=ref.analyst_max_points,
                                 analyst_ids=ref.analyst_ids, **kw)
        return r

    rows = [result("ann"), result("=ben"), result("dup", duplicate=True), result("dup", duplicate=True),
            grade.NotebookResult(Path("x.ipynb"), "x", None, "not an exercise notebook of this kit",
                         outcome=grade.Outcome.NOT_OF_KIT)]
    return references, rows, ref.exercise_set.question_ids


def _finished_main_part(ref) -> "grade.NotebookResult":
    """Every main question right, the optional "For analysts" part left untouched."""
    feedback = ref.exercise_set.grade_answers({})
    for q in ref.exercise_set.main_questions:
        feedback[q.id] = Feedback(q.id, CORRECT, "right", points=q.points, max_points=q.points)
    return grade.NotebookResult(Path("zoe.ipynb"), "zoe", KEY, "graded", feedback=feedback,
                                max_points=ref.max_points, analyst_max_points=ref.analyst_max_points,
                                analyst_ids=ref.analyst_ids)


def test_the_gradebook_maximum_is_the_main_part_and_the_analysts_part_has_columns_of_its_own(graded):
    references = graded[0]
    ref = references[KEY]
    header, (row,) = grade.gradebook_table([_finished_main_part(ref)], references)
    cells = dict(zip(header, row))
    assert (cells["total"], cells["max"]) == ("11", "11")  # all done: full marks, not 11 of 13
    assert (cells["analyst_total"], cells["analyst_max"]) == ("0", "2")
    assert header.index("max") < header.index("a1") < header.index("analyst_total")
    text = grade.feedback_markdown("zoe", [_finished_main_part(ref)], references)
    assert "Points: 11 of 11." in text and "For analysts (optional, not in the points above): 0 of 2." in text
    assert "Every question of the main part right. Well done!" in text and "All questions right" not in text
    assert "**a1**" in text and "(for analysts, optional)" in text


def test_a_set_without_an_analysts_part_leaves_those_columns_blank(graded):
    references = graded[0]
    ref = references["00_start_here"]
    result = grade.NotebookResult(Path("x.ipynb"), "x", ref.key, "graded", feedback=ref.exercise_set.grade_answers({}),
                                  max_points=ref.max_points, analyst_max_points=ref.analyst_max_points,
                                  analyst_ids=ref.analyst_ids)
    header, (row,) = grade.gradebook_table([result], references)
    cells = dict(zip(header, row))
    assert (cells["total"], cells["max"], cells["analyst_total"], cells["analyst_max"]) == ("0", "1", "", "")


def _csv(platform, graded) -> list[list[str]]:
    references, rows, _ = graded
    data = grade.lms_csv(platform, rows, references)
    assert not data.startswith(b"\xef\xbb\xbf")  # no BOM: the platforms document plain UTF-8
    return list(csv.reader(io.StringIO(data.decode("utf-8"))))


def test_canvas_gets_its_five_leading_columns_and_one_per_question(graded):
    table = _csv("canvas", graded)
    qids = graded[2]
    items = [f"{KEY} {q} for analysts" if q.startswith("a") else f"{KEY} {q}" for q in qids]
    assert table[0] == ["Student", "ID", "SIS User ID", "SIS Login ID", "Section", *items]
    assert items[-1] == f"{KEY} a2 for analysts"  # the optional part: items of their own
    assert [row[3] for row in table[1:]] == ["'=ben", "ann"]  # duplicates and ungraded left out
    assert table[1][5:] == ["0"] * len(qids)


def test_moodle_gets_a_username_column_and_one_per_question(graded):
    table = _csv("moodle", graded)
    assert table[0][0] == "Username" and len(table[0]) == 1 + len(graded[2])


def test_brightspace_gets_points_grade_columns_and_the_end_of_line_indicator(graded):
    table = _csv("brightspace", graded)
    assert table[0][0] == "Username" and table[0][-1] == "End-of-Line Indicator"
    assert all(h.endswith(" Points Grade") for h in table[0][1:-1])
    assert all(row[-1] == "#" for row in table[1:])


def test_an_unknown_platform_is_refused(graded):
    with pytest.raises(ValueError, match="canvas, moodle, brightspace"):
        grade.lms_csv("blackboard", graded[1], graded[0])


# ---------------------------------------------------------------------------
# The sandbox switch and the summary
# ---------------------------------------------------------------------------


def test_the_sandbox_can_be_switched_off_by_option_or_environment(monkeypatch):
    assert not grade.find_sandbox(disabled=True).active
    monkeypatch.setenv(grade.NO_SANDBOX_ENV, "1")
    sandbox = grade.find_sandbox()
    assert not sandbox.active and grade.NO_SANDBOX_ENV in sandbox.reason


def test_a_missing_bwrap_is_named_in_the_reason(monkeypatch):
    monkeypatch.delenv(grade.NO_SANDBOX_ENV, raising=False)
    monkeypatch.setattr("shutil.which", lambda name: None)
    assert grade.find_sandbox().reason == "bubblewrap (bwrap) is not installed"


def test_the_summary_counts_every_outcome_and_says_whether_it_was_sandboxed():
    o = grade.Outcome
    results = [grade.NotebookResult(Path(f"{i}"), str(i), KEY, "s", outcome=kind, duplicate=i == 0)
               for i, kind in enumerate([o.GRADED, o.GRADED_WITH_ERRORS, o.FAILED, o.TIMED_OUT, o.TIMED_OUT])]
    lines = grade.Summary(results, 12.5, False, "bubblewrap (bwrap) is not installed").lines()
    text = "\n".join(lines)
    assert "Notebooks: 5 in 12.5 s" in text and "graded: 2 (with errors in a cell: 1)" in text
    assert "could not run: 1" in text and "timed out: 2" in text and "more than once): 1" in text
    assert "grading was not sandboxed: bubblewrap (bwrap) is not installed" in text
    assert "Sandboxed: yes" in "\n".join(grade.Summary(results, 1, True).lines())
