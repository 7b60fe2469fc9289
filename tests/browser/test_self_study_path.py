"""A self-study learner's path, from the README's own `make lab` configuration:

start notebook -> lesson 1 -> its exercise set -> its solution, by clicking links, then
back in the exercise set one answer typed with a decimal comma and one as a bare letter,
both graded "Correct". The server gets exactly the arguments `make lab` gives it, run from
a copy of the kit's folder (its ``--ServerApp.root_dir=.`` is that copy).
"""
from __future__ import annotations

import re
import shlex
import subprocess

import pytest

from conftest import ROOT, IDLE, missing_browser_reason, browser_required, running_lab

SOURCE = ROOT / "content" / "exercises" / "01_customer_orientation.py"
ANSWER = re.compile(r"^(answer_q\d+) = (.+?)  # SOLUTION$", re.M)


def makefile_lab_args() -> list[str]:
    out = subprocess.run(["make", "-s", "--no-print-directory", "print-lab-args"], cwd=ROOT,
                         capture_output=True, text=True, check=True)
    return shlex.split(out.stdout)


def typed_answers() -> tuple[tuple[str, str], tuple[str, str]]:
    """(name, what a Dutch learner types) for one decimal and one single-letter answer."""
    solutions = dict(ANSWER.findall(SOURCE.read_text(encoding="utf-8")))
    decimal = next((n, v.replace(".", ",")) for n, v in solutions.items() if re.fullmatch(r"\d+\.\d+", v))
    letter = next((n, v) for n, v in solutions.items() if re.fullmatch(r"[A-E]", v))
    return decimal, letter


@pytest.fixture(scope="module")
def make_lab_server(tmp_path_factory):
    reason = missing_browser_reason()
    if reason and not browser_required():
        pytest.skip(reason)
    with running_lab(tmp_path_factory.mktemp("make-lab"), makefile_lab_args()) as url:
        yield url


def _active(page):
    return page.locator(".jp-NotebookPanel:not(.lm-mod-hidden)")


def _open_link(page, fragment: str, title: str) -> None:
    _active(page).locator(f".jp-RenderedMarkdown a[href*='{fragment}']").first.click()
    page.wait_for_selector(f".lm-TabBar-tab.lm-mod-current:has-text('{title}')", timeout=30_000)
    page.wait_for_selector(IDLE, timeout=60_000)


def _run_all(page) -> None:
    """Run > Run All Cells in the notebook in front (several notebooks are open in tabs)."""
    page.click(".lm-MenuBar-itemLabel:text-is('Run')", timeout=10_000)
    page.click(".lm-Menu-item[data-command='runmenu:run-all']")
    page.wait_for_function(
        "() => ![...document.querySelectorAll('.jp-NotebookPanel:not(.lm-mod-hidden) .jp-InputPrompt')]"
        ".some(p => p.textContent.includes('[*]'))", timeout=120_000)
    page.wait_for_selector(IDLE, timeout=120_000)


def _answer(page, name: str, typed: str) -> str:
    """Walk the cells in command mode (JupyterLab renders only the cells near the view),
    stop at the question's answer cell, type the answer as a learner would and run it."""
    panel = _active(page)
    panel.locator(".jp-Cell").first.click()
    page.keyboard.press("Escape")
    page.keyboard.press("Control+Home")
    active = panel.locator(".jp-Cell.jp-mod-active")
    for _ in range(120):
        if f"{name} = ..." in active.inner_text():
            break
        page.keyboard.press("ArrowDown")
    else:
        raise AssertionError(f"no cell with {name} = ... in the exercise set")
    page.keyboard.press("Enter")
    page.keyboard.press("Control+a")
    page.keyboard.type(f'{name} = {typed}\ncheck("{name.removeprefix("answer_")}", {name})')
    page.keyboard.press("Escape")
    answered = panel.locator(".jp-Cell.jp-mod-active")
    page.keyboard.press("Control+Enter")
    output = answered.locator(".jp-OutputArea-output").first
    output.wait_for(timeout=30_000)
    page.wait_for_selector(IDLE, timeout=60_000)
    return output.inner_text()


def test_a_learner_clicks_from_the_start_to_a_solution_and_answers_in_their_own_style(
        make_lab_server, offline_page):
    page = offline_page
    (decimal_name, decimal_typed), (letter_name, letter_typed) = typed_answers()
    # What `make lab` opens: the root URL, redirected to the start notebook.
    page.goto(f"{make_lab_server}?token={make_lab_server.token}")
    page.wait_for_selector(".lm-TabBar-tab.lm-mod-current:has-text('00_start_here')", timeout=90_000)
    page.wait_for_selector(IDLE, timeout=60_000)

    _open_link(page, "01_customer_orientation.ipynb", "01_customer_orientation")
    _open_link(page, "exercises/01_customer_orientation.ipynb", "01_customer_orientation")
    # The tab title is the same as the lesson's: wait for the exercise copy's own cells.
    _active(page).locator(".jp-CodeCell", has_text="answer_q1 = ...").first.wait_for(timeout=60_000)
    page.save_screenshot("exercise_set")
    _open_link(page, "solutions/01_customer_orientation.ipynb", "01_customer_orientation")
    page.wait_for_url("**/solutions/01_customer_orientation.ipynb*", timeout=60_000)
    page.save_screenshot("solution")
    # Back to the exercise set (its tab), run it, answer two questions as people type.
    page.keyboard.press("Control+Shift+[")
    page.wait_for_selector(IDLE, timeout=60_000)
    _active(page).locator(".jp-CodeCell", has_text="answer_q1 = ...").first.wait_for(timeout=60_000)
    _run_all(page)
    decimal_feedback = _answer(page, decimal_name, decimal_typed)
    letter_feedback = _answer(page, letter_name, letter_typed)
    page.save_screenshot("answered")
    assert "Correct" in decimal_feedback, decimal_feedback
    assert "Correct" in letter_feedback, letter_feedback
    assert not page.console_errors, page.console_errors
    assert not page.blocked_requests, page.blocked_requests
    make_lab_server.shutdown_kernels()
