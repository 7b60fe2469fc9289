"""Presenter mode works in a room without network: Voilà on 127.0.0.1 (started
the way ``make present`` starts it) shows the demo index and every dashboard
with its code hidden, and moving a slider with the keyboard redraws the picture.
"""
from __future__ import annotations

import os
import subprocess
import sys
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tools"))
import build_presenter  # noqa: E402
import present  # noqa: E402

SHOTS = ROOT / "artifacts" / "screenshots" / "presenter"
HANDLE = ".widget-slider .noUi-handle[role=slider]"
FIGURE = "img.kit-explorer-figure"
# Voilà's page links a Font Awesome stylesheet from a CDN (see shared notes); it is
# decoration only. Anything else leaving the machine is a failure.
HARMLESS = ("font-awesome", "fontawesome")


@pytest.fixture(scope="module")
def voila_server(tmp_path_factory):
    state = tmp_path_factory.mktemp("voila-state")
    env = dict(os.environ)
    for var in ("JUPYTER_CONFIG_DIR", "JUPYTER_RUNTIME_DIR", "JUPYTER_DATA_DIR", "IPYTHONDIR", "MPLCONFIGDIR"):
        env[var] = str(state / var.lower())
    port = present.free_port()
    log = open(state / "voila.log", "wb")
    proc = subprocess.Popen(present.voila_command(port), cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}/"
    try:
        present.wait_until_up(base, proc, timeout_s=60)
        yield base
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()
        log.close()


def _network_problems(page) -> list[str]:
    blocked = [u for u in page.blocked_requests if not any(h in u.lower() for h in HARMLESS)]
    errors = [e for e in page.console_errors
              if not any(h in e.lower() for h in HARMLESS) and "ERR_FAILED" not in e]
    return blocked + errors + page.failed_requests


def test_voila_listens_on_this_machine_only(voila_server):
    assert voila_server.startswith("http://127.0.0.1:")
    assert "--Voila.ip=127.0.0.1" in present.voila_command(8866)
    with urllib.request.urlopen(voila_server + "voila/render/index.ipynb", timeout=30) as response:
        assert response.status == 200


def test_index_lists_every_dashboard(offline_page, voila_server):
    page = offline_page
    page.goto(voila_server + "voila/render/index.ipynb", timeout=60_000)
    page.wait_for_selector("text=Live demos", timeout=60_000)
    links = page.eval_on_selector_all("a[href$='.ipynb']", "els => els.map(e => e.getAttribute('href'))")
    expected = [d.filename for d in build_presenter.dashboards()]
    assert [link for link in links if link in expected] == expected
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / "index.png"), full_page=True)
    assert _network_problems(page) == []


@pytest.mark.parametrize("dashboard", build_presenter.dashboards(), ids=lambda d: d.filename)
def test_dashboard_moves_without_code(offline_page, voila_server, dashboard):
    page = offline_page
    page.goto(voila_server + dashboard.url_path, timeout=90_000)
    page.wait_for_selector(HANDLE, timeout=90_000)
    page.wait_for_function(f"() => document.querySelector('{FIGURE}')?.src", timeout=30_000)
    before = page.get_attribute(FIGURE, "src")

    # No code on the screen: no input areas, no code editors, no prompts.
    # (Markdown cells live in an input area too; only code cells must show none.)
    visible_code = page.evaluate("""() => [...document.querySelectorAll(
        '.jp-CodeCell .jp-InputArea, .jp-CodeCell .jp-Cell-inputWrapper, .jp-InputPrompt, .CodeMirror, '
        + '.cm-editor, .jp-CodeMirrorEditor')]
        .filter(e => e.offsetParent !== null).length""")
    assert visible_code == 0
    assert page.locator(".jp-MarkdownCell h1").count() == 1  # the title is there
    assert "_explorer" not in page.inner_text("body")

    handle = page.locator(HANDLE).first
    readout = page.locator(".widget-slider .widget-readout").first
    value = readout.inner_text()
    handle.focus()
    page.keyboard.press("ArrowRight")
    if readout.inner_text() == value:  # already at the top: go the other way
        page.keyboard.press("ArrowLeft")
        page.keyboard.press("ArrowLeft")
    page.wait_for_function(f"(old) => document.querySelector('{FIGURE}').src !== old", arg=before,
                           timeout=15_000)
    assert readout.inner_text() != value
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / f"{Path(dashboard.filename).stem}.png"), full_page=True)
    assert _network_problems(page) == []
