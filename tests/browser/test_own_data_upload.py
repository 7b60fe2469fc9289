"""Lesson 6's upload button, used as a participant uses it: in a real JupyterLab.

The test opens ``notebooks/06_your_own_accounts.ipynb`` (``?reset``), runs all
cells, and gives the FileUpload of ``own_data.upload_widget()`` a file through
the file chooser its button opens, twice:

1. the packaged sample ``own_accounts_sample.csv``: the status must say the file
   was loaded with as many accounts as ``own_data.load_accounts`` finds in this
   process, and the analysis (the summary this process computes, tables and the
   overview picture) must appear under the button;
2. a CSV written to ``tmp_path`` whose our-sales cell is the text ``abc``: the
   status must show exactly the ``OwnDataError`` message ``load_accounts`` gives
   in-process (naming the row and the column), the earlier analysis must be gone,
   and no Python traceback may be visible.

For both, the uploaded file's bytes on disk must be unchanged. For the whole
page: no JavaScript console error and no request that left 127.0.0.1.
Screenshots go to ``artifacts/screenshots/browser/``.
"""
from __future__ import annotations

import re
from pathlib import Path

from customer_king import own_data

ROOT = Path(__file__).resolve().parents[2]
NOTEBOOK = "notebooks/06_your_own_accounts.ipynb"
SCREENSHOTS = ROOT / "artifacts" / "screenshots" / "browser"
SAMPLE = ROOT / "src" / "customer_king" / "data" / "own_accounts_sample.csv"
PANEL = ".jp-NotebookPanel:not(.lm-mod-hidden)"
# The uploader's VBox: [FileUpload, HTML status, Output].
UPLOADER = f"{PANEL} .widget-vbox:has(> .widget-upload)"
BROKEN = b"account,category spend,our sales\nAlpha,10000,2500\nBeta,20000,abc\nGamma,5000,1000\n"
REACT_TIMEOUT_MS = 60_000


def _squash(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def _choose(page, button, path: Path) -> None:
    """Click the upload button and pick ``path`` in the file chooser it opens.

    ipywidgets 8 keeps the FileUpload's ``<input type=file>`` out of the DOM (the
    button's click calls ``input.click()`` on a detached element), so there is no
    locator to ``set_input_files`` on: the chooser is what a participant gets too.
    """
    with page.expect_file_chooser(timeout=10_000) as chooser:
        button.click()
    chooser.value.set_files(str(path))


def _no_traceback(page) -> None:
    """No traceback under the button, and no error / stderr output anywhere in the notebook."""
    widget_text = page.locator(UPLOADER).inner_text()
    for word in ("Traceback", "OwnDataError", "Error:"):
        assert word not in widget_text, f"{word!r} is visible under the upload button:\n{widget_text}"
    stderr = page.locator(f"{PANEL} [data-mime-type='application/vnd.jupyter.stderr']")
    assert stderr.count() == 0, f"error output in the notebook: {stderr.all_text_contents()}"


def test_upload_sample_then_broken_file(lab_server, offline_page, run_all, tmp_path):
    from playwright.sync_api import expect  # here, so that conftest can skip without playwright

    page = offline_page
    sample_bytes = SAMPLE.read_bytes()
    expected = own_data.load_accounts(sample_bytes, name=SAMPLE.name)
    broken = tmp_path / "broken_accounts.csv"
    broken.write_bytes(BROKEN)
    try:
        own_data.load_accounts(BROKEN, name=broken.name)
    except own_data.OwnDataError as err:
        expected_error = str(err)
    else:  # pragma: no cover - the fixture itself would be wrong
        raise AssertionError("the broken CSV loads in-process; the test's fixture is wrong")
    assert "Row 3" in expected_error and "column C" in expected_error, expected_error

    page.goto(lab_server.lab_url(NOTEBOOK))
    try:
        run_all(page)
        uploader = page.locator(UPLOADER)
        uploader.wait_for(timeout=REACT_TIMEOUT_MS)
        assert uploader.count() == 1, f"{uploader.count()} upload widgets in the notebook"
        # Lab renders cells far off-screen lazily (their text reads as empty): bring the widget into view.
        uploader.scroll_into_view_if_needed()
        button = uploader.locator(":scope > .widget-upload")
        status = uploader.locator(":scope > .widget-html")
        output = uploader.locator(":scope > .widget-output")
        expect(status).to_contain_text("CSV", timeout=REACT_TIMEOUT_MS)  # the hint, before any upload
        page.save_screenshot("before_upload")

        # 1. the packaged sample
        _choose(page, button, SAMPLE)
        loaded = f"Loaded {SAMPLE.name}: {len(expected)} accounts."
        # Without the kernel's observer the status keeps its hint and this times out naming both texts.
        expect(status).to_contain_text(loaded, timeout=REACT_TIMEOUT_MS)
        output.locator("img[src^='data:image/png']").wait_for(timeout=REACT_TIMEOUT_MS)
        assert output.locator("table").count() >= 1, "no table in the analysis under the button"
        summary = output.locator("pre").first.inner_text()
        assert _squash(summary) == _squash(expected.summary()), (
            f"summary under the button:\n{summary}\n\nin-process:\n{expected.summary()}")
        _no_traceback(page)
        page.save_screenshot("sample_loaded")
        picture = output.locator("img[src^='data:image/png']").first
        picture.scroll_into_view_if_needed()
        expect(picture).to_be_visible()
        assert picture.evaluate("img => img.complete && img.naturalWidth > 0"), "the analysis picture did not decode"
        picture.screenshot(path=str(SCREENSHOTS / "own_data_upload_sample_picture.png"))
        uploader.scroll_into_view_if_needed()
        assert SAMPLE.read_bytes() == sample_bytes, "the packaged sample changed on disk"

        # 2. a file with a text in the our-sales column
        _choose(page, button, broken)
        want = _squash(expected_error)
        expect(status).to_have_text(want, timeout=REACT_TIMEOUT_MS)  # whitespace-normalised, like _squash
        shown = _squash(status.inner_text())
        assert shown == want, f"status {shown!r}, in-process {want!r}"
        assert output.locator("img, table, pre").count() == 0, "the sample's analysis is still shown"
        _no_traceback(page)
        page.save_screenshot("broken_file")
        uploader.screenshot(path=str(SCREENSHOTS / "own_data_upload_broken_widget.png"))
        assert broken.read_bytes() == BROKEN, "the uploaded broken file changed on disk"

        assert not page.console_errors, f"JavaScript errors: {page.console_errors}"
        assert not page.blocked_requests, f"requests that tried to leave 127.0.0.1: {page.blocked_requests}"
    finally:
        lab_server.shutdown_kernels()
