"""The decks as an audience sees them, as a specification (the built files in slides/).

What a slide shows is its visible text: the section without its speaker notes, tags
removed. On every deck, masterclass included:

* every slide that shows a model number says whose number it is (the model's, the
  fictional case data's, an example's, or a dated study's); a chart drawn from the model
  or the case data sits on a slide that says so, and a chart of the Wallet Allocation
  Rule names the rule;
* every slide that states the ~80 % ceiling calls it a rule of thumb;
* a slide about the three moderators states their direction as the research finding and,
  where it shows sizes, calls the sizes the model's;
* an explorer snapshot at a setting other than the explorer's default says which setting;
* no file path, command or code on a visible slide; trainer instructions and
  bibliographic detail (journals, "secondary copy") go to the speaker notes;
* every content slide has speaker notes; references close the deck; a prediction comes
  before the picture that answers it;
* visible words per slide: the median and maximum are printed; on a content slide (not the
  title or the closing references) at most 40;
* a libre font (Source Sans 3) is embedded in every deck, as a data: URL.

The same rules hold for every edition, in its own words: the Dutch decks (``slides/nl/``)
say *in het model* or *gestileerd*, call the ceiling a *vuistregel*, and state the
moderators' direction as what *onderzoek* found (``RULES["nl"]``). A deck's language is
its ``<html lang>``; only the editions that have decks are tested.

Run ``python tests/test_decks.py OLD_FOLDER`` to count the violations in another set of
decks (the report's "before").
"""
from __future__ import annotations

import html
import json
import re
import statistics
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SLIDES = ROOT / "slides"
DECKS = sorted(SLIDES.glob("[0-9][0-9]_*.html"))
DUTCH_DECKS = sorted((SLIDES / "nl").glob("[0-9][0-9]_*.html"))
ALL_DECKS = DECKS + DUTCH_DECKS
MAX_WORDS = 40

sys.path.insert(0, str(ROOT / "tools"))


# ------------------------------------------------------------------ reading a deck
def sections(deck_text: str) -> list[str]:
    slides = deck_text.split('<div class="slides">', 1)[1].split("</div></div>", 1)[0]
    return re.findall(r"<section\b.*?</section>", slides, re.S)


def classes(section: str) -> set[str]:
    match = re.match(r'<section class="([^"]*)"', section)
    return set(match[1].split()) if match else set()


def notes(section: str) -> str:
    match = re.search(r'<aside class="notes">(.*?)</aside>', section, re.S)
    return match[1] if match else ""


def visible_html(section: str) -> str:
    return re.sub(r'<aside class="notes">.*?</aside>', "", section, flags=re.S)


def visible_text(section: str) -> str:
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", visible_html(section))).split())


def words(section: str) -> int:
    """Visible words: tokens with a letter (a number in a table is data, not reading)."""
    return sum(1 for token in visible_text(section).split() if re.search(r"[^\W\d_]", token))


def has_visual(section: str) -> bool:
    shown = visible_html(section)
    return bool(re.search(r"<img\b|<table\b|class=\"steps-row\"|class=\"callout\"", shown))


def is_content(section: str) -> bool:
    return not classes(section) & {"title-slide", "references"}


def language_of(deck_text: str) -> str:
    match = re.search(r'<html lang="(\w+)"', deck_text)
    return match[1] if match else "en"


# ------------------------------------------------------------------ the rules
@dataclass(frozen=True)
class Rules:
    """What a slide in one language must say, and how it says it."""
    model_number: re.Pattern      # a number the model (or the case data) computed
    whose: re.Pattern             # ... and the words that say whose number it is
    ceiling: re.Pattern           # the ~80 % share-of-wallet ceiling
    rule_of_thumb: str            # ... which is always called a rule of thumb
    moderators: tuple[str, ...]   # the three moderators, all named on one slide
    direction: re.Pattern         # "higher", "up"
    research: re.Pattern          # "research finds"
    trainer: re.Pattern           # trainer instructions that belong in the notes
    at: str                       # an explorer setting, as the caption says it ("at {value}")
    decimal: str = "."


_TRAINER_OR_BIBLIOGRAPHY = (r"secondary (?:copy|source)|\bJournal\b|\bdoi\b|Working Paper|"
                            r"\d+\(\d\)|\bpp?\.\s?\d")
RULES = {
    "en": Rules(
        model_number=re.compile(r"€\s?\d|\d\s?%|\d+\.\d+|\b\d\s?→\s?\d|\bof 7\b|\d,\d{3}"),
        whose=re.compile(r"\bmodel\b|\bmodel's\b|case data|fictional case|\bexample\b|\b(19|20)\d\d\b", re.I),
        ceiling=re.compile(r"\b80\s?%|\b0\.80?\b|\beighty per", re.I),
        rule_of_thumb="rule of thumb",
        moderators=("individuali", "premium", "competiti"),
        direction=re.compile(r"\bhigher\b|\bup\b|\braises?\b", re.I),
        research=re.compile(r"\bresearch\b|Homburg|\bfinds?\b|\bfound\b", re.I),
        trainer=re.compile(r"presenter mode|\bopen (?:the )?dashboard|walk the room|ask the room|"
                           + _TRAINER_OR_BIBLIOGRAPHY, re.I),
        at="at {value}"),
    # Dutch: decimal comma, thousands point ("1.500 uur"), "3,6 van 7"; a model number says
    # "in het model" or "gestileerd"; the ceiling is a "vuistregel".
    "nl": Rules(
        model_number=re.compile(r"€\s?\d|\d\s?%|\d+,\d+|\b\d\s?→\s?\d|\bvan 7\b|\d\.\d{3}"),
        whose=re.compile(r"\bin het (?:les)?model\b|\bgestileerd|\bhet (?:les)?model\b|\blesmodel|"
                         r"casegegevens|casusgegevens|\bfictieve case|\bvoorbeeld\b|\b(19|20)\d\d\b", re.I),
        ceiling=re.compile(r"\b80\s?%|\b0,80?\b|\btachtig procent", re.I),
        rule_of_thumb="vuistregel",
        moderators=("maatwerk", "premium", "concurrentie"),
        direction=re.compile(r"\bhoger\b|\bomhoog\b|\bverhoog\w*|\bstijg\w*", re.I),
        research=re.compile(r"\bonderzoek\w*\b|Homburg|\bblijkt\b|\bvond(?:en)?\b|\bvindt\b", re.I),
        trainer=re.compile(r"presentatiemodus|\bopen (?:het )?dashboard|loop rond|vraag (?:de|het) (?:zaal|groep)|"
                           r"secundaire bron|\btijdschrift\b|" + _TRAINER_OR_BIBLIOGRAPHY, re.I),
        at="op {value}", decimal=","),
}
PATH_OR_COMMAND = re.compile(r"\b[\w-]+\.(?:ipynb|py|html|md|csv)\b|\bmake \w+|\bpython\b|\b\w+\(\)|"
                             r"\b(?:notebooks|exercises|presenter|slides|trainer)/|\.\.\.|check\(")


def slide_violations(section: str, language: str = "en") -> list[str]:
    """What is wrong with one slide, as an audience would see it (in the deck's language)."""
    rules = RULES[language]
    shown, text = visible_html(section), visible_text(section)
    found = []
    if is_content(section):
        images = re.findall(r"<img\b[^>]*>", shown)
        if rules.model_number.search(text) and not rules.whose.search(text):
            found.append("shows a number without saying whose it is")
        for image in images:
            source = re.search(r'data-source="(\w+)"', image)
            if source and source[1] in ("model", "case") and not rules.whose.search(text):
                found.append("a chart of the model or case data on a slide that does not say so")
            if source and source[1] == "rule" and "Wallet Allocation Rule" not in text:
                found.append("a Wallet Allocation Rule chart that does not name the rule")
        if (rules.ceiling.search(text) or 'data-shows="ceiling"' in shown) and rules.rule_of_thumb not in text.lower():
            found.append("states the share ceiling without calling it a rule of thumb")
        moderators = all(m in text.lower() for m in rules.moderators) or 'data-chart="moderators"' in shown
        if moderators:
            if not (rules.research.search(text) and rules.direction.search(text)):
                found.append("names the moderators without stating their direction as the research finding")
            if (images or rules.model_number.search(text)) and "model" not in text.lower():
                found.append("shows the moderators' sizes without calling them the model's")
        for image in images:
            settings = re.search(r"data-settings='([^']*)'", image)
            changed = json.loads(settings[1]) if settings else {}
            said = [rules.at.format(value=f"{v:g}".replace(".", rules.decimal)) for v in changed.values()]
            if "data-explorer" in image and changed and not all(s in text for s in said):
                found.append(f"an explorer snapshot at {changed} that does not say so")
            if "data-explorer" in image and not settings:
                found.append("an explorer snapshot that does not record its settings")
        if PATH_OR_COMMAND.search(text) or "<code" in shown or "<pre" in shown:
            found.append(f"a file path, command or code on the slide: {PATH_OR_COMMAND.search(text)}")
        if rules.trainer.search(text):
            found.append(f"trainer instructions or bibliographic detail: {rules.trainer.search(text)[0]!r}")
        if not re.sub(r"<[^>]+>", "", notes(section)).strip():
            found.append("no speaker notes")
    if is_content(section) and words(section) > MAX_WORDS:
        found.append(f"{words(section)} visible words (at most {MAX_WORDS})")
    return found


def deck_violations(deck_text: str) -> list[str]:
    found = []
    slides = sections(deck_text)
    language = language_of(deck_text)
    if language not in RULES:
        return [f"no rules for decks in {language!r}"]
    for number, section in enumerate(slides, 1):
        found += [f"slide {number}: {problem}" for problem in slide_violations(section, language)]
    if not slides or "references" not in classes(slides[-1]):
        found.append("the deck does not close with the references")
    # A prediction comes before its reveal: each topic's demo question before its explorer snapshot.
    predicts = [i for i, s in enumerate(slides) if "demo" in classes(s)]
    reveals = [i for i, s in enumerate(slides) if "data-explorer" in visible_html(s)]
    if len(predicts) != len(reveals) or any(p >= r for p, r in zip(predicts, reveals)):
        found.append(f"predict slides {predicts} do not each come before a reveal {reveals}")
    # ... and nothing between the previous topic's reveal and a prediction shows its answer.
    for start, predict, reveal in zip([-1] + reveals, predicts, reveals):
        numbers = answer_numbers(slides[reveal], language)
        for number in range(start + 1, predict):
            shown = numbers & set(re.findall(r"\d+[.,]\d+", visible_text(slides[number])))
            if shown:
                found.append(f"slide {number + 1} shows {sorted(shown)} from the demo's answer "
                             f"before its prediction (slide {predict + 1})")
    font = re.search(r'@font-face\s*{[^}]*font-family:\s*"Source Sans 3"[^}]*url\(data:font/woff2;base64,', deck_text)
    if not font:
        found.append("Source Sans 3 is not embedded")
    return found


def answer_numbers(reveal: str, language: str) -> set[str]:
    """The decimals in the model's answer to the demo that the explorer snapshot `reveal` ends."""
    from customer_king import demos
    from customer_king.messages import language as speaking

    explorer = re.search(r'data-explorer="([^"]+)"', reveal)[1]
    demo = next(d for d in demos.DEMOS.values() if d.explorer == explorer)
    with speaking(language):
        return set(re.findall(r"\d+[.,]\d+", demo.answer()))


def summary(deck_text: str) -> tuple[int, int, float, int]:
    """(slides, slides with a visual, median and maximum visible words of the content slides)."""
    slides = sections(deck_text)
    counts = [words(s) for s in slides if is_content(s)]
    return len(slides), sum(has_visual(s) for s in slides), statistics.median(counts), max(counts)


# ------------------------------------------------------------------ the built decks
@pytest.fixture(scope="module")
def built() -> dict[str, str]:
    assert DECKS, "no decks in slides/: run `make slides`"
    return {p.stem: p.read_text(encoding="utf-8") for p in DECKS}


def _key(deck: Path) -> str:
    return f"{deck.parent.name}/{deck.stem}" if deck.parent != SLIDES else deck.stem


@pytest.fixture(scope="module")
def built_all() -> dict[str, str]:
    return {_key(p): p.read_text(encoding="utf-8") for p in ALL_DECKS}


def test_there_is_a_deck_per_topic_and_a_masterclass(built):
    assert sorted(built) == ["00_masterclass", "01_customer_orientation", "02_satisfaction_versus_sales",
                             "03_diminishing_returns", "04_share_of_wallet", "05_warning_signs_of_overservice"]


@pytest.mark.parametrize("deck", ALL_DECKS, ids=_key)
def test_every_slide_keeps_its_qualifiers_and_its_notes(deck, built_all):
    text = built_all[_key(deck)]
    slides, visual, median, most = summary(text)
    print(f"\n{_key(deck)}: {slides} slides, {visual} with a visual, visible words per slide "
          f"median {median:g}, max {most}")
    assert deck_violations(text) == []


def test_the_moderator_slide_states_direction_as_research_and_sizes_as_the_model_s(built):
    deck = built["03_diminishing_returns"]
    slide = next(s for s in sections(deck) if 'data-chart="moderators"' in s)
    text = visible_text(slide)
    assert "Research finds" in text and "higher" in text and "model's" in text


def test_the_warning_signs_keep_often(built):
    # The signs are a practitioner's observation of what such salespeople *often* do, not advice.
    slide = next(s for s in sections(built["05_warning_signs_of_overservice"]) if "warning signs" in visible_text(s))
    assert "often" in visible_text(slide) and "practitioner" in visible_text(slide)


# ------------------------------------------------------------------ the guards guard
GOOD = ('<section class="content"><h2>In the model, sales peak at 3.6 of 7.</h2>'
        '<aside class="notes"><p>Say it.</p></aside></section>')


@pytest.mark.parametrize("bad, problem", [
    (GOOD.replace("In the model, s", "S"), "without saying whose"),
    (GOOD.replace("sales peak at 3.6 of 7.", "a preferred supplier gets 80 % at most."), "rule of thumb"),
    (GOOD.replace("sales peak", "open notebooks/02_x.ipynb: sales peak"), "file path"),
    (GOOD.replace("sales peak", "run make present, sales peak"), "file path"),
    (GOOD.replace("sales peak", "(we have this from a secondary copy) sales peak"), "bibliographic"),
    (GOOD.replace("<p>Say it.</p>", ""), "no speaker notes"),
    (GOOD.replace("sales peak", "word " * 40 + "sales peak"), "visible words"),
    (GOOD.replace("sales peak at 3.6 of 7.",
                  "individualized products, premium price and competition move the peak by 0.7."),
     "direction as the research finding"),
    (GOOD.replace("sales peak at 3.6 of 7.", "research finds individualized products, premium price and "
                  "competition move the peak up: here by 0.7 points.").replace("In the model, ", ""),
     "sizes without calling them the model's"),
    (GOOD.replace("</h2>", "</h2><img class=\"figure explorer\" data-explorer=\"x\" data-settings='{\"rank\": 4.0}' "
                  "src=\"data:image/png;base64,AA\">"), "explorer snapshot"),
    (GOOD.replace("In the model, sales peak at 3.6 of 7.", "Sales peak early.").replace(
        "</h2>", '</h2><img class="figure chart" data-source="model" src="data:image/png;base64,AA">'),
     "does not say so"),
])
def test_each_rule_catches_the_slide_it_guards_against(bad, problem):
    assert slide_violations(GOOD) == []
    assert any(problem in v for v in slide_violations(bad)), slide_violations(bad)


# The same guards, in Dutch: each catches the Dutch slide it guards against.
GOED = ('<section class="content"><h2>In het model bereikt de omzet zijn top bij 3,6 van 7.</h2>'
        '<aside class="notes"><p>Zeg het.</p></aside></section>')


@pytest.mark.parametrize("bad, problem", [
    (GOED.replace("In het model bereikt de omzet", "De omzet bereikt"), "without saying whose"),
    (GOED.replace("In het model bereikt de omzet zijn top bij 3,6 van 7.",
                  "Een preferred supplier haalt hooguit 80% in het model."), "rule of thumb"),
    (GOED.replace("bereikt de omzet", "open notebooks/nl/02_x.ipynb: bereikt de omzet"), "file path"),
    (GOED.replace("bereikt de omzet", "start make present, bereikt de omzet"), "file path"),
    (GOED.replace("bereikt de omzet", "(uit een secundaire bron) bereikt de omzet"), "bibliographic"),
    (GOED.replace("bereikt de omzet", "loop rond en bereikt de omzet"), "trainer instructions"),
    (GOED.replace("<p>Zeg het.</p>", ""), "no speaker notes"),
    (GOED.replace("bereikt de omzet", "woord " * 40 + "bereikt de omzet"), "visible words"),
    (GOED.replace("In het model bereikt de omzet zijn top bij 3,6 van 7.",
                  "Maatwerkproducten, een premiumprijs en concurrentie verschuiven de top met 0,7."),
     "direction as the research finding"),
    (GOED.replace("In het model bereikt de omzet zijn top bij 3,6 van 7.",
                  "Uit onderzoek blijkt: maatwerk, een premiumprijs en felle concurrentie schuiven de top "
                  "omhoog, hier met 0,7 punt."), "sizes without calling them the model's"),
    (GOED.replace("</h2>", "</h2><img class=\"figure explorer\" data-explorer=\"x\" data-settings='{\"rank\": 0.5}' "
                  "src=\"data:image/png;base64,AA\"><p>Verkenner ingesteld op “Positie” op 0.5.</p>"),
     "explorer snapshot"),
    (GOED.replace("In het model bereikt de omzet zijn top bij 3,6 van 7.", "De omzet piekt vroeg.").replace(
        "</h2>", '</h2><img class="figure chart" data-source="model" src="data:image/png;base64,AA">'),
     "does not say so"),
])
def test_each_dutch_rule_catches_the_slide_it_guards_against(bad, problem):
    assert slide_violations(GOED, "nl") == []
    assert any(problem in v for v in slide_violations(bad, "nl")), slide_violations(bad, "nl")


def test_english_words_do_not_pass_the_dutch_rules():
    # An English qualifier on a Dutch slide is no qualifier: the Dutch rules want Dutch words.
    assert slide_violations(GOOD, "en") == []
    assert slide_violations(GOOD.replace("In the model, sales", "Sales").replace("3.6", "3,6"), "nl") != []
    ceiling = GOED.replace("bereikt de omzet zijn top bij 3,6 van 7", "haalt een preferred supplier 80%, a rule of thumb")
    assert any("rule of thumb" in v for v in slide_violations(ceiling, "nl"))


# The Dutch decks: one per Dutch topic source (and nothing for a lesson without one), in Dutch chrome.
def _dutch_topics() -> list[str]:
    return [p.stem for p in sorted((ROOT / "content" / "lessons" / "nl").glob("0[1-5]_*.py"))]


def test_every_dutch_lesson_has_a_dutch_deck_and_handout_and_nothing_else_is_built():
    decks = {p.stem for p in DUTCH_DECKS} - {"00_masterclass"}
    handouts = {p.stem for p in (SLIDES / "nl" / "handouts").glob("[0-9][0-9]_*.html")}
    assert decks == set(_dutch_topics()) == handouts


@pytest.mark.parametrize("deck", DUTCH_DECKS, ids=_key)
def test_a_dutch_deck_speaks_dutch_in_its_own_words(deck):
    text = deck.read_text(encoding="utf-8")
    assert language_of(text) == "nl"
    shown = " ".join(visible_text(s) for s in sections(text))
    for english in ("Topic ", "References", "Predict first", "Your turn", "Explorer set to", " of 5"):
        assert english not in shown, english
    notes_text = " ".join(notes(s) for s in sections(text))
    for english in ("Switch to the live demo", "Expected (", "Walk the room", "Point to the references"):
        assert english not in notes_text, english
    handout = SLIDES / "nl" / "handouts" / f"{deck.stem}.html"
    if handout.exists():
        page = handout.read_text(encoding="utf-8")
        assert '<html lang="nl">' in page and "Antwoorden" in page and "Kernpunten" in page
        assert "Answers" not in page and "Key points" not in page and "Try it" not in page


def test_the_dutch_moderator_slide_states_direction_as_research_and_sizes_as_the_model_s(built_all):
    if "nl/03_diminishing_returns" not in built_all:
        pytest.skip("no Dutch deck for topic 3 yet (content/lessons/nl/03_diminishing_returns.py)")
    slide = next(s for s in sections(built_all["nl/03_diminishing_returns"]) if 'data-chart="moderators"' in s)
    assert slide_violations(slide, "nl") == []
    text = visible_text(slide).lower()
    assert "onderzoek" in text and ("hoger" in text or "omhoog" in text) and "model" in text


def test_a_deck_without_its_font_or_with_a_reveal_before_its_prediction_fails(built):
    deck = built["01_customer_orientation"]
    assert deck_violations(deck) == []
    assert "Source Sans 3 is not embedded" in deck_violations(deck.replace("font/woff2", "font/none"))
    slides = sections(deck)
    predict = next(s for s in slides if "demo" in classes(s))
    reveal = next(s for s in slides if "data-explorer" in s)
    swapped = deck.replace(predict, "@@P@@").replace(reveal, predict).replace("@@P@@", reveal)
    assert any("before a reveal" in v for v in deck_violations(swapped))


def test_a_slide_that_gives_the_demo_s_answer_before_its_prediction_fails(built):
    deck = built["02_satisfaction_versus_sales"]
    slides = sections(deck)
    predict = next(i for i, s in enumerate(slides) if "demo" in classes(s))
    earlier = slides[predict - 1]
    planted = earlier.replace("</h2>", " Sales peak at 3.6.</h2>", 1)
    assert any("['3.6'] from the demo's answer before its prediction" in v
               for v in deck_violations(deck.replace(earlier, planted)))


@pytest.mark.parametrize("deck", [d for d in ALL_DECKS if not d.stem.startswith("00")], ids=_key)
def test_the_exercise_slide_counts_the_questions_as_the_notebook_does(deck, built_all):
    from customer_king import exercise_sets
    from customer_king.messages import language

    with language(language_of(built_all[_key(deck)])):
        graded = exercise_sets.build(deck.stem)
    statement = next(visible_text(s) for s in sections(built_all[_key(deck)]) if "exercise" in classes(s))
    numbers = [int(n) for n in re.findall(r"\d+", statement)]
    assert numbers == [len(graded.main_questions), len(graded.analyst_questions)], statement


# ------------------------------------------------------------------ one source: lesson, deck, handout
def test_slide_cells_stay_out_of_the_learner_s_notebook(tmp_path):
    import build
    import nbformat
    source = tmp_path / "99_sample.py"
    source.write_text('# %% [markdown]\n# ## Prose\n\n'
                      '# %% [markdown] slideshow={"slide_type": "slide"} visual="chart:war_ranks"\n# ## A slide.\n\n'
                      '# %% [markdown] slideshow={"slide_type": "notes"}\n# Notes.\n', encoding="utf-8")
    read = build.read_source(source)
    assert [c.metadata.get("slideshow", {}).get("slide_type") for c in read.cells] == [None, "slide", "notes"]
    assert read.cells[1].metadata["visual"] == "chart:war_ranks", "the build must keep the slide metadata"
    learner = build.unexecuted(source, "lesson")
    assert [c.source for c in learner.cells] == ["## Prose"]
    for committed in sorted(build.NOTEBOOKS.glob("0[1-5]_*.ipynb")) + sorted(build.NOTEBOOKS.glob("*/0[1-5]_*.ipynb")):
        nb = nbformat.read(committed, as_version=4)
        assert not any(c.metadata.get("slideshow") for c in nb.cells), committed.name


def test_every_topic_lesson_writes_its_own_slides():
    from kitbuild.authored import authored_slides
    lessons = ROOT / "content" / "lessons"
    for source in sorted(lessons.glob("0[1-5]_*.py")) + sorted(lessons.glob("*/0[1-5]_*.py")):  # every edition
        slides = authored_slides(source)
        assert len(slides) >= 6, source.name
        assert all(s.notes or s.visual in ("predict", "explorer") for s in slides), source.name


def test_a_malformed_slide_cell_gets_a_clear_message(tmp_path):
    from kitbuild.authored import authored_slides
    source = tmp_path / "99_bad.py"
    source.write_text('# %% [markdown] slideshow={"slide_type": "slide"}\nNo headline here.\n', encoding="utf-8")
    with pytest.raises(ValueError, match="starts with its headline"):
        authored_slides(source)


@pytest.mark.parametrize("folder", [SLIDES / "handouts"] + ([SLIDES / "nl" / "handouts"] if DUTCH_DECKS else []),
                         ids=lambda p: str(p.relative_to(SLIDES)))
def test_every_handout_pdf_is_printed_from_today_s_handout(folder):
    from kitbuild import handout_pdf
    assert handout_pdf.out_of_sync(folder) == [], "run `make slides`"
    for pdf in sorted(folder.glob("*.pdf")):
        assert handout_pdf.pdf_pages(pdf.read_bytes()) == 1, pdf.name



def test_a_handout_edited_after_its_pdf_was_printed_is_caught(tmp_path):
    import shutil
    from kitbuild import handout_pdf
    folder = tmp_path / "handouts"
    shutil.copytree(SLIDES / "handouts", folder)
    assert handout_pdf.out_of_sync(folder) == []
    page = next(folder.glob("01_*.html"))
    page.write_text(page.read_text(encoding="utf-8").replace("Key points", "Key point"), encoding="utf-8")
    assert any("printed from another version" in p for p in handout_pdf.out_of_sync(folder))
    next(folder.glob("02_*.pdf")).unlink()
    assert any("02_satisfaction_versus_sales.pdf is missing" in p for p in handout_pdf.out_of_sync(folder))


if __name__ == "__main__":
    folder = Path(sys.argv[1]) if len(sys.argv) > 1 else SLIDES
    total = 0
    for path in sorted(folder.glob("[0-9][0-9]_*.html")):
        text = path.read_text(encoding="utf-8")
        found = deck_violations(text)
        total += len(found)
        slides, visual, median, most = summary(text)
        print(f"{path.stem}: {slides} slides, {visual} with a visual, words median {median:g} max {most}, "
              f"{len(found)} violations")
        kinds: dict[str, int] = {}
        for v in found:
            kind = re.sub(r"^slide \d+: ", "", v)
            kind = re.sub(r"\d+ visible words.*", "too many visible words", kind)
            kind = re.sub(r": .*", "", kind)
            kinds[kind] = kinds.get(kind, 0) + 1
        for kind, count in sorted(kinds.items(), key=lambda kv: -kv[1]):
            print(f"    {count:3d}  {kind}")
    print(f"total violations: {total}")
