"""Every explorer of every lesson, driven with the keyboard in a real JupyterLab.

Explorers are discovered when the tests are collected, in both editions: the cells of
``notebooks/*.ipynb`` and ``notebooks/nl/*.ipynb`` tagged ``nbval-ignore-output`` whose
code calls a ``*_explorer(...)`` factory. The in-process twin and the model checks speak
the notebook's language (its ``customer_king.language`` metadata): the readout templates
come from the message catalogue, and numbers are read as that language writes them
(1.200 and 3,6 in Dutch). For each such notebook the test opens it in
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
import string
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


def discover() -> list[tuple[str, str, list[str]]]:
    """(notebook path, its language, [factory name per explorer cell, in page order]) for
    every lesson with explorers, English edition first, then the other editions' folders."""
    found = []
    paths = sorted((ROOT / "notebooks").glob("*.ipynb")) + sorted((ROOT / "notebooks").glob("*/*.ipynb"))
    for path in paths:
        if path.parent.name.startswith("."):  # .ipynb_checkpoints: JupyterLab's copies, no edition
            continue
        notebook = json.loads(path.read_text(encoding="utf-8"))
        names = []
        for cell in notebook["cells"]:
            if cell["cell_type"] != "code" or "nbval-ignore-output" not in cell.get("metadata", {}).get("tags", []):
                continue
            source = "".join(cell["source"])
            names += explorer_names_called(source)
        if names:
            lang = notebook["metadata"].get("customer_king", {}).get("language", "en")
            found.append((path.relative_to(ROOT).as_posix(), lang, names))
    return found


LESSONS = discover()


# ----------------------------------------------------- model checks per explorer
_NUMBER = r"-?\d+(?:[.,]\d+)*"


def _number(written: str, lang: str) -> float:
    """A number as ``lang`` writes it: '1.200' is 1200 and '3,6' is 3.6 in Dutch."""
    from customer_king.locale_numbers import read_number
    from customer_king.messages import NUMBER_FORMAT

    return read_number(written).value(NUMBER_FORMAT.get(lang, NUMBER_FORMAT["en"])[0])


def readout_fields(key: str, readout: str, lang: str) -> dict[str, float] | None:
    """The numbers a readout shows, by field name, read against the catalogue's template.

    The template ``key`` in ``lang`` (tags stripped, as the page's text is) becomes a
    pattern whose ``{field:spec}`` places match a number; None when the readout does not
    have the template's words (another language's text, a changed sentence).
    """
    from customer_king.messages import MESSAGES

    template = MESSAGES.get(lang, {}).get(key) or MESSAGES["en"][key]
    plain = " ".join(re.sub(r"<[^>]+>", "", template).split())
    pattern, seen = "", set()
    for literal, field, _spec, _conv in string.Formatter().parse(plain):
        pattern += r"\s*".join(re.escape(part) for part in literal.split(" "))
        if field is not None:
            pattern += f"(?P<{field}>{_NUMBER})" if field not in seen else f"(?P={field})"
            seen.add(field)
    match = re.fullmatch(pattern, " ".join(readout.split()))
    if match is None:
        return None
    return {name: _number(value, lang) for name, value in match.groupdict().items()}


def _check_time_cost(values: dict[str, float], readout: str, lang: str = "en") -> list[str]:
    """'... each account takes 8.0 hours a year, so 1,200 hours serve 150 of your 400 accounts.'
    ('... kost elke klant 8,0 uur per jaar, dus bedienen 1.200 uur 150 van je 400 klanten.')"""
    from customer_king import model

    p = replace(model.DEFAULT, time_budget=values["time_budget"])
    c = model.from_seven_point(values["orientation"])
    hours = float(model.hours_per_account(c, p))
    covered = float(model.accounts_covered(c, p))
    said = readout_fields("readout_time_cost", readout, lang)
    if said is None:
        return [f"the readout {readout!r} is not the {lang} catalogue's readout_time_cost sentence"]
    problems = []
    if abs(said["score"] - values["orientation"]) > 0.051:
        problems.append(f"orientation: readout {said['score']:g}, slider {values['orientation']:g}")
    if abs(said["hours"] - hours) > 0.051:
        problems.append(f"hours per account: readout {said['hours']:g}, model {hours:.2f}")
    if abs(said["covered"] - covered) > 0.51:
        problems.append(f"accounts covered: readout {said['covered']:g}, model {covered:.1f}")
    if said["budget"] != values["time_budget"]:
        problems.append(f"time budget: readout {said['budget']:g} h, slider {values['time_budget']:g} h")
    if said["n"] != p.n_accounts:
        problems.append(f"accounts in the territory: readout {said['n']:g}, model {p.n_accounts}")
    return problems


def _check_warm_up(values: dict[str, float], readout: str, lang: str = "en") -> list[str]:
    from customer_king.explorers import WARM_UP_BUDGET_HOURS

    accounts = WARM_UP_BUDGET_HOURS / values["hours"]
    said = readout_fields("readout_warm_up", readout, lang)
    if said is None:
        return [f"the readout {readout!r} is not the {lang} catalogue's readout_warm_up sentence"]
    problems = []
    if abs(said["accounts"] - accounts) > 0.51:
        problems.append(f"accounts served: readout {said['accounts']:g}, model {accounts:.1f} "
                        f"(= {WARM_UP_BUDGET_HOURS:.0f} / {values['hours']:g})")
    if said["hours"] != values["hours"] or said["budget"] != WARM_UP_BUDGET_HOURS:
        problems.append(f"hours: readout {said['hours']:g} per account of {said['budget']:g}, "
                        f"slider {values['hours']:g} of {WARM_UP_BUDGET_HOURS:g}")
    return problems


# Explorer factory -> check(values from the page, readout text) -> list of problems.
# Explorers without an entry are still compared with their in-process readout.
MODEL_CHECKS = {
    "time_cost_explorer": _check_time_cost,
    "warm_up_explorer": _check_warm_up,
}


# ----------------------------------------------------------- in-process twin
class Twin:
    """The same explorer built in this process, with default arguments, in the notebook's language."""

    def __init__(self, factory_name: str, lang: str = "en"):
        from customer_king import explorers
        from customer_king.messages import language

        self.name, self.lang = factory_name, lang
        with language(lang):
            self.explorer = getattr(explorers, factory_name)()
        self._cache: dict[tuple, tuple[str, bytes]] = {}

    def at(self, values: dict[str, float]) -> tuple[str, bytes]:
        from customer_king.messages import language

        key = tuple(sorted(values.items()))
        if key not in self._cache:
            with language(self.lang):
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
                problems += [f"{where}: {p}" for p in check(values, " ".join(state["readout"].split()), twin.lang)]
    return problems


def _shot_name(notebook: str) -> str:
    """'notebooks/01_x.ipynb' -> '01_x', 'notebooks/nl/01_x.ipynb' -> 'nl_01_x'."""
    return "_".join(Path(notebook).relative_to("notebooks").with_suffix("").parts)


@pytest.mark.parametrize("notebook,lang,factories", LESSONS, ids=[_shot_name(nb) for nb, _, _ in LESSONS])
def test_every_slider_redraws_its_explorer(notebook, lang, factories, lab_server, offline_page, run_all):
    page = offline_page
    page.goto(lab_server.lab_url(notebook))
    try:
        run_all(page)
        page.wait_for_function(f"() => document.querySelectorAll('.kit-explorer .kit-explorer-figure[src]').length"
                               f" >= {len(factories)}", timeout=60_000)
        count = page.locator(".kit-explorer").count()
        assert count == len(factories), (f"{notebook}: {count} explorers on the page, "
                                         f"{len(factories)} explorer cells ({factories})")
        page.save_screenshot(f"{_shot_name(notebook)}_after_run_all")
        problems = []
        for index, name in enumerate(factories):
            problems += drive_explorer(page, index, Twin(name, lang))
            SCREENSHOTS.mkdir(parents=True, exist_ok=True)
            page.locator(".kit-explorer").nth(index).screenshot(
                path=str(SCREENSHOTS / f"{_shot_name(notebook)}_{index}_{name}.png"))
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


# ------------------------------------- the model checks themselves, in every edition
def _plain(html: str) -> str:
    """The readout as the page's textContent has it (tags gone, entities read)."""
    import html as html_module

    return " ".join(html_module.unescape(re.sub(r"<[^>]+>", "", html)).split())


def _edition_languages() -> list[str]:
    return sorted({lang for _, lang, _ in LESSONS})


@pytest.mark.parametrize("lang", _edition_languages())
@pytest.mark.parametrize("factory_name", sorted(MODEL_CHECKS))
def test_model_checks_pass_on_the_explorers_own_readouts(factory_name, lang):
    """What the explorer says, in the edition's language, agrees with the model at every slider end."""
    twin = Twin(factory_name, lang)
    check = MODEL_CHECKS[factory_name]
    defaults = {s.name: s.value for s in twin.explorer.specs}
    for spec in twin.explorer.specs:
        for value in (spec.min, spec.value, spec.max):
            values = {**defaults, spec.name: value}
            readout = _plain(twin.at(values)[0])
            assert check(values, readout, lang) == [], readout


def test_a_dutch_readout_with_a_wrong_number_fails_its_model_check():
    """The Dutch sentence with one wrong number, or an English sentence on a Dutch page, is caught;
    Dutch number style is read as such (1.200 uur is twelve hundred hours, 8,0 uur is eight)."""
    from customer_king import model
    from customer_king.messages import language, text

    values = {"orientation": 4.0, "time_budget": 1200.0}
    c = model.from_seven_point(values["orientation"])
    hours = float(model.hours_per_account(c))
    covered = float(model.accounts_covered(c))
    fields = dict(score=4.0, hours=hours, budget=1200.0, covered=covered, n=model.DEFAULT.n_accounts)
    with language("nl"):
        right = _plain(text("readout_time_cost", **fields))
        wrong_hours = _plain(text("readout_time_cost", **{**fields, "hours": hours + 1}))
        wrong_budget = _plain(text("readout_time_cost", **{**fields, "budget": 1300.0}))
    with language("en"):
        english = _plain(text("readout_time_cost", **fields))
    assert "1.200 uur" in right and f"{hours:.1f}".replace(".", ",") + " uur" in right, right
    assert _check_time_cost(values, right, "nl") == []
    assert any("hours per account" in p for p in _check_time_cost(values, wrong_hours, "nl"))
    assert any("time budget" in p for p in _check_time_cost(values, wrong_budget, "nl"))
    assert any("not the nl catalogue's" in p for p in _check_time_cost(values, english, "nl"))
    # The English reading of "1.200" would be 1.2 hours: the check must read it the Dutch way.
    assert readout_fields("readout_time_cost", right, "nl")["budget"] == 1200.0
    with language("nl"):
        warm = _plain(text("readout_warm_up", hours=4.0, budget=1200.0, accounts=300.0))
        warm_wrong = _plain(text("readout_warm_up", hours=4.0, budget=1200.0, accounts=250.0))
    assert _check_warm_up({"hours": 4.0}, warm, "nl") == []
    assert any("accounts served" in p for p in _check_warm_up({"hours": 4.0}, warm_wrong, "nl"))
