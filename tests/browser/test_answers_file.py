"""Download my answers, then load them into a fresh copy: every answer and the progress come back.

What a Binder participant does before and after a culled session, in JupyterLab in
chromium: answer some questions (one of them wrong), Run All, click **Download my
answers**; then open an untouched copy of the same exercise set, Run All, and pick the
file with **Load answers file**. The progress table must be the one the answered
notebook showed (states, points, tries), and a second Run All of the fresh copy, whose
cells still show ``...``, must not wipe the loaded answers. A file of another set is
refused with a sentence, not a traceback.
"""
from __future__ import annotations

import json
import re
from pathlib import Path

from customer_king.answers_file import AnswersFile
from customer_king.exercise_sets import build
from customer_king.messages import text

SET = "01_customer_orientation"
FRESH = f"exercises/{SET}.ipynb"
ANSWERED = f"exercises/answered_{SET}.ipynb"  # the participant's own copy, saved with answers
PANEL = ".jp-NotebookPanel:not(.lm-mod-hidden)"
TYPED = {"q1": "D", "q2": "A, B", "q4": "11.1"}  # q2 is wrong: a 'not yet' must come back too
TIMEOUT = 60_000


def _answered_notebook(root: Path) -> None:
    nb = json.loads((root / FRESH).read_text())
    for cell in nb["cells"]:
        source = "".join(cell["source"])
        for q, typed in TYPED.items():
            if cell["cell_type"] == "code" and source.startswith(f"answer_{q} = ..."):
                cell["source"] = source.replace(f"answer_{q} = ...", f"answer_{q} = {typed}", 1)
    (root / ANSWERED).write_text(json.dumps(nb))


def _expected_progress():
    """The progress the answered notebook shows, computed in this process."""
    from customer_king.checks import A, B, D

    check = build(SET)
    for q, value in (("q1", D), ("q2", (A, B)), ("q4", 11.1)):
        check(q, value)
    return check.progress()


def _squash(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip()


def test_download_then_load_into_a_fresh_copy_restores_answers_and_progress(lab_server, offline_page, run_all,
                                                                             tmp_path):
    from playwright.sync_api import expect

    page = offline_page
    expected = _expected_progress()
    summary = expected.summary()
    assert summary.startswith("2 of 11 done, 1 not yet"), summary
    _answered_notebook(lab_server.root)
    try:
        # 1. The answered copy: Run All, then download.
        page.goto(lab_server.lab_url(ANSWERED))
        run_all(page)
        link = page.locator(f"{PANEL} .ck-answers-link a.ck-answers-download")
        link.wait_for(timeout=TIMEOUT)
        link.scroll_into_view_if_needed()
        expect(page.locator(f"{PANEL} .ck-answers-note")).to_contain_text("3 so far", timeout=TIMEOUT)
        with page.expect_download(timeout=TIMEOUT) as download:
            link.click()
        assert download.value.suggested_filename == f"my-answers-{SET}.json"
        saved = tmp_path / download.value.suggested_filename
        download.value.save_as(saved)
        data = json.loads(saved.read_text())
        assert data["set"] == SET and sorted(data["answers"]) == sorted(TYPED)
        assert data["answers"]["q2"]["value"] == {"tuple": ["A", "B"]}
        assert saved.stat().st_size < 4000, "the answers file should stay small"
        page.save_screenshot("downloaded")
        lab_server.shutdown_kernels()

        # 2. A fresh copy (what Binder gives after a culled session): nothing done yet.
        page.goto(lab_server.lab_url(FRESH))
        run_all(page)
        uploader = page.locator(f"{PANEL} .ck-answers-upload")
        uploader.wait_for(timeout=TIMEOUT)
        uploader.scroll_into_view_if_needed()
        status = page.locator(f"{PANEL} .ck-answers-status")

        # A file of another set first: refused with a sentence.
        other = tmp_path / "my-answers-02_satisfaction_versus_sales.json"
        other.write_text(json.dumps({**data, "set": "02_satisfaction_versus_sales"}))
        with page.expect_file_chooser(timeout=10_000) as chooser:
            uploader.click()
        chooser.value.set_files(str(other))
        expect(status).to_contain_text("holds answers for exercise set 02_satisfaction_versus_sales",
                                       timeout=TIMEOUT)
        assert "Traceback" not in status.inner_text()

        with page.expect_file_chooser(timeout=10_000) as chooser:
            uploader.click()
        chooser.value.set_files(str(saved))
        expect(status).to_contain_text(text("answers.loaded", count=3), timeout=TIMEOUT)
        shown = _squash(status.inner_text())
        assert _squash(summary) in shown, f"progress after loading:\n{shown}\nexpected: {summary}"
        for line in ("answer_q1 = D", "answer_q2 = A, B", "answer_q4 = 11.1"):
            assert line in status.inner_text(), f"{line!r} is not offered to copy"
        for row in expected.rows:  # state and tries of every row, as in the answered notebook
            tries = text("tries_one") if row.tries == 1 else (text("tries_many", count=row.tries) if row.tries else "")
            pattern = rf"{row.question_id}\s+\S+\s+{text('state_' + row.state)}\s+\S+\s*{re.escape(tries)}"
            assert re.search(pattern, status.inner_text()), f"row {row.question_id} differs:\n{status.inner_text()}"
        page.save_screenshot("loaded")

        # 3. Run All again in the fresh copy: its cells still show `...`, the loaded answers stay.
        run_all(page)
        progress_outputs = page.locator(f"{PANEL} .ck-progress-box")
        expect(progress_outputs.last).to_be_attached(timeout=TIMEOUT)
        final = _squash(progress_outputs.first.inner_text())
        assert summary.split(".")[0] in final, f"progress after Run All of the fresh copy:\n{final}"
        notes = page.locator(f"{PANEL} .jp-OutputArea-output:has-text('still counts')")
        assert notes.count() >= 3, "the stand-in note is missing under the question cells"
        assert not page.console_errors, f"JavaScript errors: {page.console_errors}"
        assert not page.blocked_requests, f"requests that tried to leave 127.0.0.1: {page.blocked_requests}"
    finally:
        lab_server.shutdown_kernels()


def test_answers_file_roundtrip_without_a_browser():
    """The same promise in-process: a file made by one set restores an identical progress in another."""
    from customer_king.checks import A, B, D

    first = build(SET)
    keeper = AnswersFile(first, shell=None)
    ns = {"answer_q1": D, "answer_q2": (A, B), "answer_q4": 11.1}
    for q in ("q1", "q2", "q4"):
        first(q, ns[f"answer_{q}"])
        keeper.record_cell(f"check({q!r}, answer_{q})", ns)
    first("q2", (A, B))  # a second try of the wrong one
    fresh = build(SET)
    report = AnswersFile(fresh, shell=None).load_answers(keeper.to_json(), {})
    assert repr(fresh.progress()) == repr(first.progress()), report
    # ... and a blank file restores nothing: the guard that the comparison can fail.
    blank = build(SET)
    AnswersFile(blank, shell=None).load_answers({"kit": "customer-king", "format": 1, "set": SET, "answers": {}}, {})
    assert repr(blank.progress()) != repr(first.progress())
