"""The charts on Dutch slides and hand-outs speak Dutch, words and numbers (issue #12, item 5).

A chart is a picture, so a test of the built deck cannot read its words. What it can read
is every piece of text matplotlib draws into it: titles, axis labels, tick labels, legend
entries, notes and arrows' labels (``slide_charts.chart_texts``). Drawn with the Dutch
edition's language in effect, none of them may contain

* a common English word (a function word, or a word of the charts' English labels), once
  the terms the Dutch edition keeps in English (share of wallet, Wallet Allocation Rule,
  the citation Keiningham et al.) are set aside;
* an English-style number: a decimal point (3.6), a thousands comma (1,200), or a euro
  sign glued to its amount (€2,500); Dutch writes 3,6, 1.200 and € 2.500.

Every chart is tested, also those whose Dutch lesson has not arrived yet: the chart
functions follow the language in effect, not the lesson. English charts are checked to
fail the same rules, so the rules are known to catch English.
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tools"))

from customer_king import messages  # noqa: E402
from kitbuild import slide_charts  # noqa: E402

# Terms the glossary (docs/glossary-nl.md) keeps in English, and the citation's own words.
KEPT_IN_ENGLISH = re.compile(r"share of wallet|wallet allocation rule|keiningham et al\.?", re.I)

ENGLISH_WORDS = frozenset("""
the and of to with from here at an by your its each this that than
sales peak peaks accounts account customer customers orientation satisfaction profit
rule thumb ceiling step steps stylized cost costs warning fictional case equal split
expected cumulative million rank suppliers supplier research direction sizes size baseline
hours selling first most keeps rising loses earn one more green amber red customization
profitable premium price fierce competition individualized products served
""".split())

ENGLISH_NUMBER = re.compile(r"\d\.\d{1,2}\b|\d,\d{3}\b|€\d")


def english_in(texts: list[str]) -> list[str]:
    """The words and numbers in ``texts`` that are English, each with the text it came from."""
    found = []
    for text in texts:
        plain = KEPT_IN_ENGLISH.sub(" ", text)
        words = {w for w in re.findall(r"[^\W\d_]+", plain.lower()) if w in ENGLISH_WORDS}
        numbers = ENGLISH_NUMBER.findall(plain)
        found += [f"{w!r} in {text!r}" for w in sorted(words) + numbers]
    return found


SIZES = {"slide": slide_charts.SLIDE, "handout": slide_charts.HANDOUT}


def texts_in(language: str, name: str, size: str) -> list[str]:
    with messages.language(language):
        return slide_charts.chart_texts(name, SIZES[size])


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("name", slide_charts.CHARTS)
def test_a_chart_drawn_for_a_dutch_deck_has_no_english_words_or_numbers(name, size):
    texts = texts_in("nl", name, size)
    assert texts, f"{name}: the chart draws no text at all"
    assert english_in(texts) == [], f"{name} ({size}) in Dutch still shows English: {english_in(texts)}"


@pytest.mark.parametrize("name", slide_charts.CHARTS)
def test_the_same_chart_drawn_in_english_is_caught_by_the_rules(name):
    # Proves the word list and the number rule catch each chart's English: a check that
    # passed the English chart too would say nothing about the Dutch one.
    assert english_in(texts_in("en", name, "slide")) != []


def test_the_rules_catch_english_numbers_and_let_dutch_ones_pass():
    assert english_in(["Sales peak at 4.3", "€2,500", "1,200 selling hours"]) != []
    assert english_in(["Omzet bereikt zijn top bij 4,3", "€ 2.500", "1.200 verkoopuren",
                       "Share of wallet (%)", "Wallet Allocation Rule (Keiningham et al. 2011)", "80%"]) == []


def test_a_chart_drawn_for_a_dutch_deck_writes_dutch_numbers():
    texts = " | ".join(texts_in("nl", "satisfaction_and_sales", "slide"))
    assert re.search(r"\d,\d", texts), texts   # the sales peak, 4,3 or so
    texts = " | ".join(texts_in("nl", "profit_peaks", "slide"))
    assert "€ 2.500" in texts and "€ 10.000" in texts, texts


# ------------------------------------------------------------------ explorer snapshots and hand-outs
def dutch_lesson(stem: str):
    from kitbuild.lessons import read_lesson
    path = ROOT / "content" / "lessons" / "nl" / f"{stem}.py"
    if not path.exists():
        pytest.skip(f"no Dutch lesson {stem} yet")
    return read_lesson(path)


def test_a_dutch_deck_draws_its_explorer_in_dutch_whatever_language_the_caller_is_in():
    # The deck's edition decides, not the language the build happens to run in: a caller
    # that forgets messages.language("nl") must still get Dutch labels and readouts.
    from kitbuild import slides
    lesson = dutch_lesson("04_share_of_wallet")
    with messages.language("en"):
        body, notes = slides.explorer_visual(lesson)
        script = slides.demo_script(lesson)
    assert "Een klant met" in notes and "A customer with" not in notes, notes
    assert "Leveranciers" in body and "Supplier" not in body, body
    assert "Zet “" in script and "supplier" not in script.lower(), script


def test_a_dutch_handout_draws_its_chart_in_dutch_whatever_language_the_caller_is_in(monkeypatch):
    from kitbuild import documents, slide_charts as charts
    lesson = dutch_lesson("04_share_of_wallet")
    drawn: list[list[str]] = []
    real = charts.chart

    def spy(name, size=charts.SLIDE):
        drawn.append(charts.chart_texts(name, size))
        return real(name, size)
    monkeypatch.setattr(charts, "chart", spy)
    with messages.language("en"):
        page = documents.handout_html(lesson)
    assert drawn and all(english_in(texts) == [] for texts in drawn), drawn
    assert "Probeer het" in page and "Try it" not in page


# ------------------------------------------------------------------ presenter dashboards
COMMENT = re.compile(r"/\*.*?\*/|^\s*#.*$", re.S | re.M)


def comments_of(nb) -> list[str]:
    """The code comments and style-sheet comments a dashboard or index notebook holds (hidden in Voilà)."""
    return [m[0] for cell in nb.cells for m in COMMENT.finditer(cell.source)
            if cell.cell_type == "code" or m[0].startswith("/*")]


def dutch_notebooks():
    import build_presenter
    items = [d for d in build_presenter.dashboards("nl")]
    if not items:
        pytest.skip("no Dutch lessons, so no Dutch dashboards")
    return ([(d.filename, build_presenter.dashboard_notebook(d)) for d in items]
            + [("index.ipynb", build_presenter.index_notebook(items, "nl"))])


def test_the_dutch_dashboards_hidden_comments_are_dutch():
    found = []
    for name, nb in dutch_notebooks():
        comments = comments_of(nb)
        assert comments, f"{name} holds no comments: the test would check nothing"
        found += [f"{name}: {problem}" for problem in english_in(comments)]
    assert found == []


def test_the_english_dashboards_comments_are_caught_by_the_same_rule():
    import build_presenter
    items = build_presenter.dashboards("en")
    comments = comments_of(build_presenter.dashboard_notebook(items[0])) + comments_of(
        build_presenter.index_notebook(items, "en"))
    assert len(comments) >= 4 and english_in(comments) != []
