"""A self-study learner's path, from the README's own `make lab` configuration:

start notebook -> lesson 1 -> its exercise set -> its solution, by clicking links, then
back in the exercise set one answer typed with a decimal comma and one as a bare letter,
both graded "Correct". The server gets exactly the arguments `make lab` gives it, run from
a copy of the kit's folder (its ``--ServerApp.root_dir=.`` is that copy).

The Dutch edition walks the same path with `make lab TAAL=nl`'s arguments, through the
Dutch links (notebooks/nl/00 -> nl/01 -> exercises/nl/01 -> solutions/nl/01), and also
answers one question wrongly: the feedback must be Dutch ("Nog niet" and the Dutch hint).
The Dutch words are read from the message catalogue, not written here.
"""
from __future__ import annotations

import re
import shlex
import subprocess

import pytest

from conftest import ROOT, IDLE, missing_browser_reason, browser_required, running_lab

SET = "01_customer_orientation"
SOURCE = ROOT / "content" / "exercises" / f"{SET}.py"
DUTCH_SOURCE = ROOT / "content" / "exercises" / "nl" / f"{SET}.py"
ANSWER = re.compile(r"^(answer_q\d+) = (.+?)  # SOLUTION$", re.M)


def makefile_lab_args(*make_vars: str) -> list[str]:
    out = subprocess.run(["make", "-s", "--no-print-directory", "print-lab-args", *make_vars], cwd=ROOT,
                         capture_output=True, text=True, check=True)
    return shlex.split(out.stdout)


def _solutions(source=SOURCE) -> dict[str, str]:
    return dict(ANSWER.findall(source.read_text(encoding="utf-8")))


def typed_answers(source=SOURCE) -> tuple[tuple[str, str], tuple[str, str]]:
    """(name, what a Dutch learner types) for one decimal and one single-letter answer."""
    solutions = _solutions(source)
    decimal = next((n, v.replace(".", ",")) for n, v in solutions.items() if re.fullmatch(r"\d+\.\d+", v))
    letter = next((n, v) for n, v in solutions.items() if re.fullmatch(r"[A-E]", v))
    return decimal, letter


def wrong_letter_answer(source=DUTCH_SOURCE) -> tuple[str, str, str]:
    """(name, a wrong letter, the catalogue key of its hint) for the second single-letter
    question: a wrong option that has a why-wrong text of its own."""
    from customer_king.messages import MESSAGES

    letters = [(n, v) for n, v in _solutions(source).items() if re.fullmatch(r"[A-E]", v)]
    name, right = letters[1]
    qid = name.removeprefix("answer_")
    for wrong in "ABCDEFG":
        key = f"ex{SET[:2]}.{qid}.why.{wrong}"
        if wrong != right and key in MESSAGES["nl"]:
            return name, wrong, key
    raise AssertionError(f"no wrong option of {qid} has a Dutch hint")


def _lab(tmp_path_factory, *make_vars: str):
    reason = missing_browser_reason()
    if reason and not browser_required():
        pytest.skip(reason)
    return running_lab(tmp_path_factory.mktemp("make-lab"), makefile_lab_args(*make_vars))


@pytest.fixture(scope="module")
def make_lab_server(tmp_path_factory):
    with _lab(tmp_path_factory) as url:
        yield url


@pytest.fixture(scope="module")
def make_lab_nl_server(tmp_path_factory):
    with _lab(tmp_path_factory, "TAAL=nl") as url:
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


def test_a_dutch_learner_clicks_through_the_dutch_edition_and_gets_dutch_feedback(
        make_lab_nl_server, offline_page):
    from customer_king.messages import language, text

    page = offline_page
    (decimal_name, decimal_typed), (letter_name, letter_typed) = typed_answers(DUTCH_SOURCE)
    wrong_name, wrong_typed, hint_key = wrong_letter_answer()
    with language("nl"):
        right, not_yet, hint_label, hint = (text("status_correct"), text("status_not_yet"),
                                            text("hint_label"), text(hint_key))
    with language("en"):
        english = (text("status_correct"), text("status_not_yet"), text("hint_label"))
    # What `make lab TAAL=nl` opens: the root URL, redirected to the Dutch start notebook.
    page.goto(f"{make_lab_nl_server}?token={make_lab_nl_server.token}")
    page.wait_for_url("**/notebooks/nl/00_start_here.ipynb*", timeout=90_000)
    page.wait_for_selector(".lm-TabBar-tab.lm-mod-current:has-text('00_start_here')", timeout=90_000)
    page.wait_for_selector(IDLE, timeout=60_000)

    # The English and Dutch notebooks have the same names: the address says which one opened.
    _open_link(page, f"{SET}.ipynb", SET)
    page.wait_for_url(f"**/notebooks/nl/{SET}.ipynb*", timeout=60_000)
    _open_link(page, f"exercises/nl/{SET}.ipynb", SET)
    page.wait_for_url(f"**/exercises/nl/{SET}.ipynb*", timeout=60_000)
    _active(page).locator(".jp-CodeCell", has_text="answer_q1 = ...").first.wait_for(timeout=60_000)
    page.save_screenshot("exercise_set")
    _open_link(page, f"solutions/nl/{SET}.ipynb", SET)
    page.wait_for_url(f"**/solutions/nl/{SET}.ipynb*", timeout=60_000)
    page.save_screenshot("solution")
    page.keyboard.press("Control+Shift+[")
    page.wait_for_url(f"**/exercises/nl/{SET}.ipynb*", timeout=60_000)
    page.wait_for_selector(IDLE, timeout=60_000)
    _active(page).locator(".jp-CodeCell", has_text="answer_q1 = ...").first.wait_for(timeout=60_000)
    _run_all(page)
    decimal_feedback = _answer(page, decimal_name, decimal_typed)
    letter_feedback = _answer(page, letter_name, letter_typed)
    wrong_feedback = _answer(page, wrong_name, wrong_typed)
    page.save_screenshot("answered")
    assert right in decimal_feedback, decimal_feedback
    assert right in letter_feedback, letter_feedback
    assert not_yet in wrong_feedback and right not in wrong_feedback, wrong_feedback
    assert hint_label in wrong_feedback and " ".join(hint.split()) in " ".join(wrong_feedback.split()), \
        f"the Dutch hint {hint!r} is not in {wrong_feedback!r}"
    for word in english:
        assert word not in decimal_feedback + letter_feedback + wrong_feedback, f"English {word!r} in the feedback"
    assert not page.console_errors, page.console_errors
    assert not page.blocked_requests, page.blocked_requests
    make_lab_nl_server.shutdown_kernels()
