"""The kit's tables as JupyterLab shows them: words read from the left, numbers line up right.

JupyterLab right-aligns every cell of an output table with a rule more specific than a
plain class selector, so a table of the kit must say its own alignment strongly enough to
win (``customer_king.tables``). Checked on lesson 3 after Run All, as a learner starts it
(JupyterLab drops the ``<style>`` of an untrusted notebook's stored outputs): its table of
model variants starts each row with a sentence and ends with numbers.
"""
from __future__ import annotations

from conftest import IDLE, run_all_cells

_ALIGN_JS = """
() => {
  const table = [...document.querySelectorAll('.jp-OutputArea .ck-table')]
    .find(t => t.querySelector('td:not(.num)') && t.querySelector('td.num'));
  if (!table) return null;
  const align = (sel) => [...table.querySelectorAll(sel)].map(c => getComputedStyle(c).textAlign);
  return {words: align('tbody td:not(.num)'), numbers: align('tbody td.num'),
          wordHeads: align('thead th:not(.num)')};
}
"""


def test_words_are_left_aligned_and_numbers_right_aligned_in_jupyterlab(lab_server, offline_page):
    page = offline_page
    page.set_viewport_size({"width": 1024, "height": 768})
    page.goto(f"{lab_server}lab/tree/notebooks/03_diminishing_returns.ipynb?reset&token={lab_server.token}")
    page.wait_for_selector(".jp-Notebook .ck-table", timeout=60_000)
    page.wait_for_selector(IDLE, timeout=60_000)
    run_all_cells(page)
    found = page.evaluate(_ALIGN_JS)
    assert found, "no kit table with both words and numbers in lesson 3's outputs"
    assert set(found["words"]) == {"left"}, found
    assert set(found["wordHeads"]) <= {"left"}, found
    assert set(found["numbers"]) == {"right"}, found
