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

Run ``python tests/test_decks.py OLD_FOLDER`` to count the violations in another set of
decks (the report's "before").
"""
from __future__ import annotations

import html
import json
import re
import statistics
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SLIDES = ROOT / "slides"
DECKS = sorted(SLIDES.glob("[0-9][0-9]_*.html"))
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


# ------------------------------------------------------------------ the rules
MODEL_NUMBER = re.compile(r"€\s?\d|\d\s?%|\d+\.\d+|\b\d\s?→\s?\d|\bof 7\b|\d,\d{3}")
WHOSE = re.compile(r"\bmodel\b|\bmodel's\b|case data|fictional case|\bexample\b|\b(19|20)\d\d\b", re.I)
CEILING = re.compile(r"\b80\s?%|\b0\.80?\b|\beighty per", re.I)
MODERATORS = ("individuali", "premium", "competiti")
DIRECTION = re.compile(r"\bhigher\b|\bup\b|\braises?\b", re.I)
RESEARCH = re.compile(r"\bresearch\b|Homburg|\bfinds?\b|\bfound\b", re.I)
PATH_OR_COMMAND = re.compile(r"\b[\w-]+\.(?:ipynb|py|html|md|csv)\b|\bmake \w+|\bpython\b|\b\w+\(\)|"
                             r"\b(?:notebooks|exercises|presenter|slides|trainer)/|\.\.\.|check\(")
TRAINER_OR_BIBLIOGRAPHY = re.compile(r"presenter mode|\bopen (?:the )?dashboard|walk the room|ask the room|"
                                     r"secondary (?:copy|source)|\bJournal\b|\bdoi\b|Working Paper|"
                                     r"\d+\(\d\)|\bpp?\.\s?\d", re.I)


def slide_violations(section: str) -> list[str]:
    """What is wrong with one slide, as an audience would see it."""
    shown, text = visible_html(section), visible_text(section)
    found = []
    if is_content(section):
        images = re.findall(r"<img\b[^>]*>", shown)
        if MODEL_NUMBER.search(text) and not WHOSE.search(text):
            found.append("shows a number without saying whose it is")
        for image in images:
            source = re.search(r'data-source="(\w+)"', image)
            if source and source[1] in ("model", "case") and not WHOSE.search(text):
                found.append("a chart of the model or case data on a slide that does not say so")
            if source and source[1] == "rule" and "Wallet Allocation Rule" not in text:
                found.append("a Wallet Allocation Rule chart that does not name the rule")
        if (CEILING.search(text) or 'data-shows="ceiling"' in shown) and "rule of thumb" not in text.lower():
            found.append("states the share ceiling without calling it a rule of thumb")
        moderators = all(m in text.lower() for m in MODERATORS) or 'data-chart="moderators"' in shown
        if moderators:
            if not (RESEARCH.search(text) and DIRECTION.search(text)):
                found.append("names the moderators without stating their direction as the research finding")
            if (images or MODEL_NUMBER.search(text)) and "model" not in text.lower():
                found.append("shows the moderators' sizes without calling them the model's")
        for image in images:
            settings = re.search(r"data-settings='([^']*)'", image)
            changed = json.loads(settings[1]) if settings else {}
            if "data-explorer" in image and changed and not all(f"at {v:g}" in text for v in changed.values()):
                found.append(f"an explorer snapshot at {changed} that does not say so")
            if "data-explorer" in image and not settings:
                found.append("an explorer snapshot that does not record its settings")
        if PATH_OR_COMMAND.search(text) or "<code" in shown or "<pre" in shown:
            found.append(f"a file path, command or code on the slide: {PATH_OR_COMMAND.search(text)}")
        if TRAINER_OR_BIBLIOGRAPHY.search(text):
            found.append(f"trainer instructions or bibliographic detail: {TRAINER_OR_BIBLIOGRAPHY.search(text)[0]!r}")
        if not re.sub(r"<[^>]+>", "", notes(section)).strip():
            found.append("no speaker notes")
    if is_content(section) and words(section) > MAX_WORDS:
        found.append(f"{words(section)} visible words (at most {MAX_WORDS})")
    return found


def deck_violations(deck_text: str) -> list[str]:
    found = []
    slides = sections(deck_text)
    for number, section in enumerate(slides, 1):
        found += [f"slide {number}: {problem}" for problem in slide_violations(section)]
    if not slides or "references" not in classes(slides[-1]):
        found.append("the deck does not close with the references")
    # A prediction comes before its reveal: each topic's demo question before its explorer snapshot.
    predicts = [i for i, s in enumerate(slides) if "demo" in classes(s)]
    reveals = [i for i, s in enumerate(slides) if "data-explorer" in visible_html(s)]
    if len(predicts) != len(reveals) or any(p >= r for p, r in zip(predicts, reveals)):
        found.append(f"predict slides {predicts} do not each come before a reveal {reveals}")
    font = re.search(r'@font-face\s*{[^}]*font-family:\s*"Source Sans 3"[^}]*url\(data:font/woff2;base64,', deck_text)
    if not font:
        found.append("Source Sans 3 is not embedded")
    return found


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


def test_there_is_a_deck_per_topic_and_a_masterclass(built):
    assert sorted(built) == ["00_masterclass", "01_customer_orientation", "02_satisfaction_versus_sales",
                             "03_diminishing_returns", "04_share_of_wallet", "05_warning_signs_of_overservice"]


@pytest.mark.parametrize("deck", DECKS, ids=lambda p: p.stem)
def test_every_slide_keeps_its_qualifiers_and_its_notes(deck, built):
    text = built[deck.stem]
    slides, visual, median, most = summary(text)
    print(f"\n{deck.stem}: {slides} slides, {visual} with a visual, visible words per slide "
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


def test_a_deck_without_its_font_or_with_a_reveal_before_its_prediction_fails(built):
    deck = built["01_customer_orientation"]
    assert deck_violations(deck) == []
    assert "Source Sans 3 is not embedded" in deck_violations(deck.replace("font/woff2", "font/none"))
    slides = sections(deck)
    predict = next(s for s in slides if "demo" in classes(s))
    reveal = next(s for s in slides if "data-explorer" in s)
    swapped = deck.replace(predict, "@@P@@").replace(reveal, predict).replace("@@P@@", reveal)
    assert any("before a reveal" in v for v in deck_violations(swapped))


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


def test_every_handout_pdf_is_printed_from_today_s_handout():
    from kitbuild import handout_pdf
    folder = SLIDES / "handouts"
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
