"""Every explorer of every lesson, driven with the keyboard in a real JupyterLab.

Explorers are discovered when the tests are collected: the cells of
``notebooks/*.ipynb`` tagged ``nbval-ignore-output`` whose code calls a
``*_explorer(...)`` factory. For each such notebook the test opens it in
JupyterLab (``?reset``), runs all cells, and then, for every explorer on the page
and every slider in it, presses ArrowRight, ArrowLeft, End and Home on the
slider's handle. After each press it checks that

* the kernel drew the value the key moved the handle to (one step for the
  arrows, the ends for End / Home; ``aria-valuenow`` must agree, though it is
  rounded for screen readers): the explorer's hidden ``kit-explorer-rendered``
  element names the exact values its picture and readout were made for;
* the picture (``img`` src) changed, and the readout text changed, whenever the
  same explorer built in this process gives a different picture / readout for
  the new values than for the old ones (some moves legitimately change neither);
* the readout says exactly what the explorer says in-process for those
  values, and, where a number is determined by the model, that the
  number matches the model computed here (``MODEL_CHECKS``);

and, for the whole notebook, that no JavaScript error was logged and no request
left 127.0.0.1. Screenshots go to ``artifacts/screenshots/browser/``.
"""
from __future__ import annotations

import json
import re
import sys
from dataclasses import replace
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tools"))
from kitbuild.sources import explorer_names_called  # noqa: E402  (the build's own rule)

SCREENSHOTS = ROOT / "artifacts" / "screenshots" / "browser"
KEYS = ("ArrowRight", "ArrowLeft", "End", "Home")
HANDLE = ".widget-slider .noUi-handle[role=slider]"
REACT_TIMEOUT_MS = 8_000


def discover() -> list[tuple[str, list[str]]]:
    """(notebook path, [factory name per explorer cell, in page order]) for every lesson with explorers."""
    found = []
    for path in sorted((ROOT / "notebooks").glob("*.ipynb")):
        cells = json.loads(path.read_text(encoding="utf-8"))["cells"]
        names = []
        for cell in cells:
            if cell["cell_type"] != "code" or "nbval-ignore-output" not in cell.get("metadata", {}).get("tags", []):
                continue
            source = "".join(cell["source"])
            names += explorer_names_called(source)
        if names:
            found.append((f"notebooks/{path.name}", names))
    return found


LESSONS = discover()


# ----------------------------------------------------- model checks per explorer
def _numbers(text: str) -> list[float]:
    return [float(n.replace(",", "")) for n in re.findall(r"-?\d[\d,]*(?:\.\d+)?", text)]


def _check_time_cost(values: dict[str, float], readout: str) -> list[str]:
    """'... each account takes 8.0 hours a year, so 1,200 hours serve 150 of your 400 accounts.'"""
    from customer_king import model

    p = replace(model.DEFAULT, time_budget=values["time_budget"])
    c = model.from_seven_point(values["orientation"])
    hours = float(model.hours_per_account(c, p))
    covered = float(model.accounts_covered(c, p))
    hours_said = re.search(r"([\d.,]+)\s*hours?\s+a\s+year", readout)
    covered_said = re.search(r"serve\s+([\d.,]+)\s+of", readout)
    problems = []
    if not hours_said or abs(float(hours_said.group(1).replace(",", "")) - hours) > 0.051:
        problems.append(f"hours per account: readout {hours_said and hours_said.group(1)!r}, model {hours:.2f}")
    if not covered_said or abs(float(covered_said.group(1).replace(",", "")) - covered) > 0.51:
        problems.append(f"accounts covered: readout {covered_said and covered_said.group(1)!r}, model {covered:.1f}")
    if f"{values['time_budget']:,.0f}" not in readout:
        problems.append(f"time budget {values['time_budget']:,.0f} h not in the readout")
    return problems


def _check_warm_up(values: dict[str, float], readout: str) -> list[str]:
    from customer_king.explorers import WARM_UP_BUDGET_HOURS

    accounts = WARM_UP_BUDGET_HOURS / values["hours"]
    if not any(abs(n - accounts) <= 0.51 for n in _numbers(readout)):
        return [f"accounts served {accounts:.1f} (= {WARM_UP_BUDGET_HOURS:.0f} / {values['hours']:g}) not in the readout"]
    return []


# Explorer factory -> check(values from the page, readout text) -> list of problems.
# Explorers without an entry are still compared with their in-process readout.
MODEL_CHECKS = {
    "time_cost_explorer": _check_time_cost,
    "warm_up_explorer": _check_warm_up,
}


# ----------------------------------------------------------- in-process twin
class Twin:
    """The same explorer built in this process, with default arguments."""

    def __init__(self, factory_name: str):
        from customer_king import explorers

        self.name = factory_name
        self.explorer = getattr(explorers, factory_name)()
        self._cache: dict[tuple, tuple[str, bytes]] = {}

    def at(self, values: dict[str, float]) -> tuple[str, bytes]:
        key = tuple(sorted(values.items()))
        if key not in self._cache:
            self.explorer.set(**values)
            self._cache[key] = (self.explorer.readout.value, self.explorer.image.value)
        return self._cache[key]


# ----------------------------------------------------------- page helpers
_STATE_JS = """
(ex) => {
  const handles = [...ex.querySelectorAll('.widget-slider .noUi-handle[role=slider]')];
  const text = (sel) => { const el = ex.querySelector(sel); return el ? el.textContent : null; };
  const img = ex.querySelector('.kit-explorer-figure');
  return {
    values: handles.map(h => parseFloat(h.getAttribute('aria-valuenow'))),
    rendered: text('.kit-explorer-rendered'),
    readout: text('.kit-explorer-readout .widget-html-content'),
    src: img ? img.getAttribute('src') : null,
  };
}
"""

_REACTED_JS = """
([ex, names, want, oldSrc, needSrc, expected]) => {
  const el = ex.querySelector('.kit-explorer-rendered');
  let rendered;
  try { rendered = JSON.parse(el.textContent); } catch (e) { return false; }
  if (!names.every((n, i) => Math.abs(rendered[n] - want[i]) < 1e-6)) return false;
  const src = ex.querySelector('.kit-explorer-figure').getAttribute('src');
  if (needSrc && src === oldSrc) return false;
  const readout = ex.querySelector('.kit-explorer-readout .widget-html-content');
  return expected === null || (readout && readout.textContent.replace(/\\s+/g, ' ').trim() === expected);
}
"""


def _text_of(page, html: str) -> str:
    return page.evaluate("h => { const d = document.createElement('div'); d.innerHTML = h;"
                         " return d.textContent.replace(/\\s+/g, ' ').trim(); }", html)


def _after_key(spec, value: float, key: str) -> float:
    """Where the handle goes: one step for the arrows, the ends for End / Home."""
    moved = {"ArrowRight": value + spec.step, "ArrowLeft": value - spec.step,
             "End": spec.max, "Home": spec.min}[key]
    moved = min(max(moved, spec.min), spec.max)
    return round(spec.min + round((moved - spec.min) / spec.step) * spec.step, 10)


def drive_explorer(page, index: int, twin: Twin) -> list[str]:
    """Press every key on every slider of the index-th explorer; return what went wrong."""
    problems: list[str] = []
    ex = page.locator(".kit-explorer").nth(index)
    ex.scroll_into_view_if_needed()
    handles = ex.locator(HANDLE)
    specs = twin.explorer.specs
    names = [s.name for s in specs]
    if handles.count() != len(names):
        return [f"explorer {index} ({twin.name}): {handles.count()} slider handles on the page, "
                f"{len(names)} in the explorer"]
    ex_handle = ex.element_handle()
    start = json.loads(page.evaluate(_STATE_JS, ex_handle)["rendered"] or "{}")
    defaults = {s.name: s.value for s in specs}
    if start != defaults:
        return [f"{twin.name} (explorer {index}): after Run All it shows {start}, its defaults are {defaults}"]
    values = dict(defaults)
    for j, spec in enumerate(specs):
        for key in KEYS:
            before = page.evaluate(_STATE_JS, ex_handle)
            new_values = {**values, spec.name: _after_key(spec, values[spec.name], key)}
            handles.nth(j).press(key)
            old_readout, old_png = twin.at(values)
            new_readout, new_png = twin.at(new_values)
            expected_text = _text_of(page, new_readout)
            need_src = new_png != old_png
            where = (f"{twin.name} (explorer {index}), slider {spec.name!r}, key {key} "
                     f"({values[spec.name]:g} -> {new_values[spec.name]:g})")
            try:
                page.wait_for_function(_REACTED_JS, arg=[ex_handle, names, [new_values[n] for n in names],
                                                         before["src"], need_src, expected_text],
                                       timeout=REACT_TIMEOUT_MS)
            except Exception:
                state = page.evaluate(_STATE_JS, ex_handle)
                got = " ".join((state["readout"] or "").split())
                drawn = json.loads(state["rendered"] or "{}")
                detail = []
                if any(abs(drawn.get(n, float("nan")) - new_values[n]) > 1e-6 for n in names):
                    detail.append(f"the kernel never drew the values the sliders now show {new_values} "
                                  f"(last drawn: {drawn}, handles at {state['values']}) - "
                                  "is this slider wired to the explorer?")
                if need_src and state["src"] == before["src"]:
                    detail.append("the picture did not change")
                if got != expected_text:
                    detail.append(f"readout {got!r} != in-process {expected_text!r}")
                problems.append(f"{where}: " + ("; ".join(detail) or "timed out"))
                values = {n: drawn.get(n, v) for n, v in new_values.items()}
                continue
            values = new_values
            state = page.evaluate(_STATE_JS, ex_handle)
            # aria-valuenow is rounded for screen readers: near enough, not exact.
            aria = state["values"][j]
            if abs(aria - values[spec.name]) > max(0.051, spec.step / 2) * max(1.0, abs(values[spec.name])):
                problems.append(f"{where}: the handle says aria-valuenow={aria}")
            if _text_of(page, old_readout) != expected_text and " ".join((before["readout"] or "").split()) == expected_text:
                problems.append(f"{where}: the readout did not change")
            check = MODEL_CHECKS.get(twin.name)
            if check:
                problems += [f"{where}: {p}" for p in check(values, " ".join(state["readout"].split()))]
    return problems


@pytest.mark.parametrize("notebook,factories", LESSONS, ids=[Path(nb).stem for nb, _ in LESSONS])
def test_every_slider_redraws_its_explorer(notebook, factories, lab_server, offline_page, run_all):
    page = offline_page
    page.goto(lab_server.lab_url(notebook))
    try:
        run_all(page)
        page.wait_for_function(f"() => document.querySelectorAll('.kit-explorer .kit-explorer-figure[src]').length"
                               f" >= {len(factories)}", timeout=60_000)
        count = page.locator(".kit-explorer").count()
        assert count == len(factories), (f"{notebook}: {count} explorers on the page, "
                                         f"{len(factories)} explorer cells ({factories})")
        page.save_screenshot(f"{Path(notebook).stem}_after_run_all")
        problems = []
        for index, name in enumerate(factories):
            problems += drive_explorer(page, index, Twin(name))
            SCREENSHOTS.mkdir(parents=True, exist_ok=True)
            page.locator(".kit-explorer").nth(index).screenshot(
                path=str(SCREENSHOTS / f"{Path(notebook).stem}_{index}_{name}.png"))
        assert not problems, "\n".join(problems)
        assert not page.console_errors, f"JavaScript errors: {page.console_errors}"
        assert not page.blocked_requests, f"requests that tried to leave 127.0.0.1: {page.blocked_requests}"
    finally:
        lab_server.shutdown_kernels()


# ------------------------------------------- the fast redraw draws the same picture
def _factory_names() -> list[str]:
    from customer_king import explorers

    return sorted(n for n in dir(explorers) if n.endswith("_explorer") and not n.startswith("_")
                  and callable(getattr(explorers, n)))


@pytest.mark.parametrize("factory_name", _factory_names())
def test_fast_redraw_is_pixel_identical_to_a_full_draw(factory_name):
    """Explorer redraws only the layers that move; the picture must equal a full ``png_bytes`` draw."""
    import io

    import numpy as np
    from PIL import Image

    from customer_king import explorers
    from customer_king.plots import png_bytes

    try:
        ex = getattr(explorers, factory_name)()
    except TypeError:
        pytest.skip(f"{factory_name} needs arguments")

    def pixels(data: bytes) -> np.ndarray:
        return np.asarray(Image.open(io.BytesIO(data)).convert("RGBA")).astype(int)

    for spec in ex.specs:
        for value in (spec.max, spec.min, spec.value):
            ex.sliders[spec.name].value = value
            diff = np.abs(pixels(ex.image.value) - pixels(png_bytes(ex.figure))).max()
            assert diff == 0, f"{factory_name}, {spec.name}={value}: picture differs from a full draw by {diff}"
    ex.figure.axes[0].set_title("changed from code")  # a static change must not be lost
    ex.refresh()
    assert np.abs(pixels(ex.image.value) - pixels(png_bytes(ex.figure))).max() == 0
