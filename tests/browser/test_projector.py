"""The projector view (``make lab PROJECTOR=1``, docs/projector.md) in a real JupyterLab,
at the two screens trainers project most: 1024 x 768 and 1280 x 720.

The server gets exactly what ``make lab PROJECTOR=1`` gives JupyterLab: the shipped
workspace (file browser closed) and the projector's user settings (theme font sizes).
The notebook is opened the way ``make lab`` opens it, without ``?reset`` (which would
throw the workspace away). Then, for every lesson with explorers:

* the file browser is closed and the lesson text, code and explorer type are large;
* every explorer, scrolled to its top, fits the notebook's visible area whole: its
  sliders, its readout and its whole picture (the brief's "bounding box fits");
* every explorer picture is shown at the size it was drawn (one figure pixel per screen
  pixel, so the type is the size ``plots.style`` chose), and so is every lesson figure
  that fits the column.
"""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys

import pytest

from conftest import IDLE, ROOT, SCREENSHOTS, running_lab, run_all_cells
from test_explorers import LESSONS, _shot_name

SCREENS = ({"width": 1024, "height": 768}, {"width": 1280, "height": 720})
MEASURED: dict[str, dict] = {}  # heights per explorer and screen, saved for docs and reviews
MIN_LESSON_TEXT_PX = 18
MIN_CODE_PX = 16
MIN_WIDGET_TEXT_PX = 16

_MEASURE_JS = """
() => {
  const panel = document.querySelector('.jp-NotebookPanel:not(.lm-mod-hidden)');
  const px = (sel) => { const el = panel.querySelector(sel); return el ? parseFloat(getComputedStyle(el).fontSize) : null; };
  const box = (el) => { const b = el.getBoundingClientRect(); return {top: b.top, bottom: b.bottom, left: b.left, right: b.right, height: b.height}; };
  const viewport = panel.querySelector('.jp-WindowedPanel-outer') || panel.querySelector('.jp-Notebook');
  return {
    fileBrowserOpen: !document.querySelector('#jp-left-stack').classList.contains('lm-mod-hidden'),
    lessonText: px('.jp-RenderedMarkdown p'),
    code: px('.jp-InputArea .cm-content'),
    viewport: box(viewport),
    explorers: [...panel.querySelectorAll('.kit-explorer')].map(ex => {
      const img = ex.querySelector('.kit-explorer-figure');
      const sizes = (sel) => [...ex.querySelectorAll(sel)].map(e => parseFloat(getComputedStyle(e).fontSize));
      const tracks = [...ex.querySelectorAll('.widget-slider .slider-container')].map(t => Math.round(t.getBoundingClientRect().left));
      return {box: box(ex), drawnWidth: img.naturalWidth, shownWidth: img.getBoundingClientRect().width,
              labels: sizes('.widget-slider .widget-label'), values: sizes('.widget-slider .widget-readout'),
              readout: sizes('.kit-explorer-readout .widget-html-content'), tracks};
    }),
    figures: [...panel.querySelectorAll('.jp-OutputArea-output .jp-RenderedImage img')].map(i =>
      ({drawn: i.naturalWidth, shown: i.getBoundingClientRect().width,
        column: i.closest('.jp-OutputArea-output').getBoundingClientRect().width})),
  };
}
"""

# Scroll the notebook's own scroller only (scrollIntoView would also shift JupyterLab's
# overflow-hidden panels and hide the explorer's top under the toolbar).
_SCROLL_TO_JS = """
([i]) => { const panel = document.querySelector('.jp-NotebookPanel:not(.lm-mod-hidden)');
           const ex = panel.querySelectorAll('.kit-explorer')[i];
           const outer = panel.querySelector('.jp-WindowedPanel-outer');
           outer.scrollTop += ex.getBoundingClientRect().top - outer.getBoundingClientRect().top - 4;
           return true; }
"""


@pytest.fixture(scope="module")
def projector_lab(tmp_path_factory):
    """JupyterLab as ``make lab PROJECTOR=1`` starts it (workspace + projector user settings)."""
    scratch = tmp_path_factory.mktemp("projector")
    with running_lab(scratch) as lab:
        state = scratch / "state"
        # What the Makefile's `lab` target does before it starts JupyterLab.
        shutil.copytree(ROOT / "jupyter-settings" / "projector", state / "user-settings", dirs_exist_ok=True)
        subprocess.run([sys.executable, "-m", "jupyterlab", "workspaces", "import",
                        f"--LabWorkspaceImportApp.workspaces_dir={state / 'workspaces'}",
                        str(ROOT / "jupyter-settings" / "workspace.json")],
                       check=True, capture_output=True,
                       env=dict(os.environ, **{v: str(state / v.lower()) for v in
                                               ("JUPYTER_CONFIG_DIR", "JUPYTER_DATA_DIR", "JUPYTER_RUNTIME_DIR")}))
        lab.workspace_files = {path: path.read_bytes() for path in (state / "workspaces").iterdir()}
        yield lab


def _open(page, lab, notebook: str) -> None:
    # As make lab starts it: the shipped workspace, not the tabs the previous test left open.
    for path, content in lab.workspace_files.items():
        path.write_bytes(content)
    page.goto(f"{lab}lab/tree/{notebook}?token={lab.token}")  # no ?reset: keep the shipped workspace
    page.wait_for_selector(".jp-Notebook", timeout=60_000)
    page.wait_for_selector(IDLE, timeout=60_000)


def _explorer_problems(page, index: int, screen: dict) -> list[str]:
    where = f"explorer {index} at {screen['width']}x{screen['height']}"
    problems = []
    for _ in range(6):  # a windowed notebook re-measures cells as they come into view
        page.evaluate(_SCROLL_TO_JS, [index])
        page.wait_for_timeout(400)
        m = page.evaluate(_MEASURE_JS)
        ex, view = m["explorers"][index], m["viewport"]
        if abs(ex["box"]["top"] - (view["top"] + 4)) < 3:
            break
    MEASURED.setdefault(where, {})["height_px"] = round(ex["box"]["height"])
    MEASURED[where]["notebook_view_px"] = round(view["height"])
    if ex["box"]["height"] > view["height"] or ex["box"]["top"] < view["top"] - 1 \
            or ex["box"]["bottom"] > view["bottom"] + 1:
        problems.append(f"{where}: {ex['box']['height']:.0f} px tall (top {ex['box']['top']:.0f}, bottom "
                        f"{ex['box']['bottom']:.0f}); the notebook shows {view['height']:.0f} px "
                        f"({view['top']:.0f}..{view['bottom']:.0f})")
    if abs(ex["shownWidth"] - ex["drawnWidth"]) > 1:
        problems.append(f"{where}: picture drawn {ex['drawnWidth']} px wide, shown at {ex['shownWidth']:.0f} px")
    for name in ("labels", "values", "readout"):
        small = [s for s in ex[name] if s < MIN_WIDGET_TEXT_PX]
        if not ex[name] or small:
            problems.append(f"{where}: slider {name} at {ex[name]} px (at least {MIN_WIDGET_TEXT_PX})")
    if len(set(ex["tracks"])) > 1:
        problems.append(f"{where}: slider tracks start at different x: {ex['tracks']}")
    return problems


@pytest.mark.parametrize("notebook,factories", [(nb, names) for nb, _, names in LESSONS],
                         ids=[_shot_name(nb) for nb, _, _ in LESSONS])
def test_every_explorer_fits_a_projected_screen(notebook, factories, projector_lab, offline_page):
    page = offline_page
    page.set_viewport_size(SCREENS[0])
    try:
        _open(page, projector_lab, notebook)
        first = page.evaluate(_MEASURE_JS)
        assert not first["fileBrowserOpen"], "the kit opened with the file browser taking the screen's width"
        assert first["lessonText"] >= MIN_LESSON_TEXT_PX, f"lesson text {first['lessonText']} px"
        run_all_cells(page)
        page.wait_for_function(f"() => document.querySelectorAll('.kit-explorer .kit-explorer-figure[src]').length"
                               f" >= {len(factories)}", timeout=60_000)
        problems = []
        for screen in SCREENS:
            page.set_viewport_size(screen)
            page.wait_for_timeout(500)
            m = page.evaluate(_MEASURE_JS)
            if m["code"] is not None and m["code"] < MIN_CODE_PX:
                problems.append(f"code at {m['code']} px")
            for index in range(len(factories)):
                problems += _explorer_problems(page, index, screen)
                page.save_screenshot(f"{_shot_name(notebook)}_{screen['width']}x{screen['height']}_{index}")
            m = page.evaluate(_MEASURE_JS)
            shrunk = [f for f in m["figures"] if f["drawn"] <= f["column"] and abs(f["shown"] - f["drawn"]) > 1]
            if shrunk:
                problems.append(f"lesson figures not shown at their drawn size at {screen}: {shrunk}")
        out = SCREENSHOTS / "projector_measurements.json"
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        out.write_text(json.dumps({**(json.loads(out.read_text()) if out.exists() else {}),
                                   **{f"{_shot_name(notebook)} {k}": v for k, v in MEASURED.items()}}, indent=1))
        MEASURED.clear()
        assert not problems, "\n".join(problems)
        assert not page.console_errors, f"JavaScript errors: {page.console_errors}"
        assert not page.blocked_requests, f"requests that tried to leave 127.0.0.1: {page.blocked_requests}"
    finally:
        projector_lab.shutdown_kernels()
