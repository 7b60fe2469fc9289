"""Predict, then see: nothing a learner has seen before a prediction prompt gives its answer.

See tests/predict_reveal.py for what counts as seen. The reveal itself comes after the
prompt: from the learner's own slider move, or a folded "check your prediction" cell.
Each edition's route is checked on its own (English; Dutch in the nl/ folders).
"""
import pytest

from predict_reveal import ROOT, ROUTE, ROUTES, _solution_text, scan

EDITIONS = sorted(ROUTES)
LESSONS_WITH_PREDICTIONS = [
    (language, p) for language, route in ROUTES.items() for p in route
    if "notebooks/" in p and not p.endswith(("00_start_here.ipynb", "06_your_own_accounts.ipynb"))]


def paths(language: str):
    return [ROOT / p for p in ROUTES[language]]


@pytest.mark.parametrize("language", EDITIONS)
def test_no_answer_is_visible_before_its_prompt(language):
    _, spoilers = scan(paths(language))
    assert not spoilers, "\n".join(str(s) for s in spoilers)


@pytest.mark.parametrize("language", EDITIONS)
def test_every_prompt_names_what_would_reveal_it(language):
    prompts, _ = scan(paths(language))
    assert prompts
    empty = [f"{p.notebook} cell {p.cell}" for p in prompts if not p.reveals]
    assert not empty, f"prediction prompts without 'reveals' metadata: {empty}"


@pytest.mark.parametrize("language", EDITIONS)
def test_every_reveal_is_real_answer_text_shown_after_its_prompt(language):
    # A reveal string that never appears after the prompt would make the spoiler test
    # pass vacuously: each prompt's answer must be shown somewhere below it.
    prompts, _ = scan(paths(language))
    vacuous = [f"{p.notebook} cell {p.cell}: {p.reveals}" for p in prompts if not p.revealed_later]
    assert not vacuous, vacuous


@pytest.mark.parametrize("language, lesson", LESSONS_WITH_PREDICTIONS, ids=lambda x: x)
def test_every_lesson_has_a_prediction_moment(language, lesson):
    prompts, _ = scan(paths(language))
    assert any(p.notebook == lesson for p in prompts), f"{lesson} has no cell tagged 'predict'"


def test_the_dutch_route_is_the_english_one_one_folder_down():
    assert ROUTES["en"] == ROUTE
    english = {p.replace("/", "/nl/", 1) for p in ROUTE}
    assert ROUTES["nl"] and set(ROUTES["nl"]) <= english
    assert list(ROUTES["nl"]) == [p for p in (q.replace("/", "/nl/", 1) for q in ROUTE) if p in ROUTES["nl"]]


def test_an_exercise_copys_reveals_are_looked_up_in_its_own_editions_solutions(tmp_path):
    import nbformat
    for folder in ("exercises/nl", "solutions/nl"):
        (tmp_path / folder).mkdir(parents=True)
    solution = nbformat.v4.new_notebook(cells=[nbformat.v4.new_markdown_cell("Het antwoord is 3,6.")])
    nbformat.write(solution, tmp_path / "solutions/nl/01_x.ipynb")
    assert "3,6" in _solution_text(tmp_path / "exercises/nl/01_x.ipynb")
    assert _solution_text(tmp_path / "solutions/nl/01_x.ipynb") == ""


def _explorers_after_prompts(language: str):
    """(notebook, prompt cell, explorer factory name, reveals) for each prompt whose next code
    cell opens an explorer: what the learner sees at once, before moving anything."""
    import re

    import nbformat

    for path in paths(language):
        if "notebooks/" not in str(path):
            continue
        cells = nbformat.read(path, 4).cells
        for i, cell in enumerate(cells):
            if "predict" not in cell.metadata.get("tags", []):
                continue
            code = next((c for c in cells[i + 1:] if c.cell_type == "code"), None)
            for name in re.findall(r"\b(\w+_explorer)\(\)", code.source if code else ""):
                yield path.relative_to(ROOT).as_posix(), i, name, tuple(cell.metadata["reveals"])


@pytest.mark.parametrize("language", EDITIONS)
def test_an_explorer_does_not_answer_its_prompt_before_the_slider_moves(language):
    """The explorer right under a prompt opens at its default setting: its readout and the
    words in its picture must not already say the answer (the star and 'peak at 3.6' of
    lesson 2 did, on the same screen as the question)."""
    from predict_reveal import _plain
    from matplotlib.text import Text

    from customer_king import explorers
    from customer_king.messages import language as speaking

    found = []
    cases = list(_explorers_after_prompts(language))
    assert cases, "no prompt is followed by an explorer"
    for notebook, cell, name, reveals in cases:
        with speaking(language):
            explorer = getattr(explorers, name)()
        words = [explorer.readout.value] + [t.get_text() for t in explorer.figure.findobj(Text)
                                            if t.get_visible() and t.get_text()]
        shown = _plain(" ".join(words))
        found += [f"{notebook} cell {cell}: {name} shows {r!r} at once" for r in reveals if _plain(r) in shown]
    assert not found, "\n".join(found)
