"""The trainer kit, as a specification (no browser needed; see tests/browser for that):

* the slide decks, handouts and presenter dashboards are generated from the lessons and
  the committed copies are in sync with a fresh build (no npm, no network: reveal.js is
  vendored), and building is deterministic;
* every deck is one self-contained file: no external script, stylesheet or picture;
  speaker notes on every slide, a live-demo slide in every topic deck;
* the trainer guide's agendas add up, every file it names exists, and every demo answer
  it quotes is what the model computes today;
* the same for the Dutch edition: ``trainer/HANDLEIDING.md`` (its agendas, files, demo
  answers in Dutch, no model number typed into its template), ``slides/nl/`` and
  ``presenter/nl/`` for the Dutch lessons that exist, and nothing for those that do not.
"""
from __future__ import annotations

import html
import re
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tools"))
import build_guide  # noqa: E402
import build_presenter  # noqa: E402
import build_slides  # noqa: E402
from kitbuild import guide  # noqa: E402
from kitbuild.sources import explorer_names_called  # noqa: E402

from customer_king import demos, model

GUIDE = ROOT / "trainer" / "GUIDE.md"
HANDLEIDING = ROOT / "trainer" / "HANDLEIDING.md"
DUTCH_LESSONS = ROOT / "content" / "lessons" / "nl"
SLIDES = ROOT / "slides"
DECKS = sorted(SLIDES.glob("[0-9][0-9]_*.html"))
EVERY_DECK = DECKS + sorted((SLIDES / "nl").glob("[0-9][0-9]_*.html"))  # every edition's decks


def _deck_id(deck: Path) -> str:
    return deck.stem if deck.parent == SLIDES else f"{deck.parent.name}/{deck.stem}"


# ------------------------------------------------------------------ generated files
@pytest.fixture(scope="module")
def planned_decks() -> dict[str, str]:
    return build_slides.planned()


def test_committed_decks_and_handouts_match_their_sources(planned_decks):
    assert build_slides.out_of_sync(files=planned_decks) == [], "run `make slides`"


def test_committed_dutch_decks_and_handouts_match_their_sources():
    assert build_slides.out_of_sync(SLIDES / "nl", language="nl") == [], "run `make slides`"


def test_the_dutch_edition_builds_only_what_it_has_sources_for():
    topics = {p.stem for p in DUTCH_LESSONS.glob("0[1-5]_*.py")}
    planned = build_slides.planned("nl")
    decks = {name.removesuffix(".html") for name in planned if "/" not in name} - {"00_masterclass"}
    assert decks == topics, "a Dutch deck without a Dutch lesson (or the reverse)"
    boards = {d.lesson for d in build_presenter.dashboards("nl")}
    assert boards <= {p.stem for p in DUTCH_LESSONS.glob("*.py")}


def test_a_dutch_deck_is_built_in_dutch_from_the_dutch_source(tmp_path, monkeypatch):
    # A stand-in Dutch lesson in a scratch tree: its deck says Dutch chrome, its demo Dutch.
    from kitbuild import sources as kit_sources
    lesson = tmp_path / "content" / "lessons" / "nl"
    lesson.mkdir(parents=True)
    english = (ROOT / "content" / "lessons" / "01_customer_orientation.py").read_text(encoding="utf-8")
    # (its closing headings in Dutch, as a Dutch source writes them)
    standin = english.replace("# ## References", "# ## Bronnen").replace("# ## Key points", "# ## Kernpunten")
    (lesson / "01_customer_orientation.py").write_text(standin, encoding="utf-8")
    for module in (build_slides, kit_sources):
        monkeypatch.setattr(module, "LESSON_SOURCES", tmp_path / "content" / "lessons")
    import kitbuild.lessons, kitbuild.slides  # noqa: E401
    for module in (kitbuild.lessons, kitbuild.slides):
        monkeypatch.setattr(module, "LESSON_SOURCES", tmp_path / "content" / "lessons")
    files = build_slides.planned("nl")
    deck = files["01_customer_orientation.html"]
    assert '<html lang="nl">' in deck and "Onderwerp 1 van 5" in deck and "Bronnen" in deck
    with messages_language("nl"):
        assert html.escape(demos.DEMOS["01"].question) in deck
    assert "Schakel over naar de live demo" in deck and "presenter/nl/01_time_cost.ipynb" in deck
    assert "Topic 1 of 5" not in deck and "Switch to the live demo" not in deck
    assert "00_masterclass.html" not in files, "no Dutch start lesson, so no Dutch masterclass"


def test_there_is_a_deck_and_a_handout_per_topic_and_a_masterclass(planned_decks):
    topics = [p.stem for p in sorted((ROOT / "content" / "lessons").glob("0[1-5]_*.py"))]
    assert topics, "no topic lessons"
    for stem in topics:
        assert f"{stem}.html" in planned_decks and f"handouts/{stem}.html" in planned_decks
    assert build_slides.MASTERCLASS in planned_decks


def test_building_twice_gives_the_same_bytes():
    lesson = build_slides.topic_lessons()[0]
    first = build_slides.deck_html("t", build_slides.topic_slides(lesson))
    second = build_slides.deck_html("t", build_slides.topic_slides(build_slides.read_lesson(
        build_slides.LESSON_SOURCES / f"{lesson.stem}.py")))
    assert first == second


def test_committed_presenter_dashboards_match_the_explorers():
    assert build_presenter.out_of_sync() == [], "run `make slides`"


def test_dutch_dashboards_set_the_language_first_and_speak_dutch():
    import nbformat
    for d in build_presenter.dashboards("nl"):
        nb = nbformat.read(ROOT / "presenter" / "nl" / d.filename, as_version=4)
        code = next(c for c in nb.cells if c.cell_type == "code").source
        assert code.startswith('from customer_king.messages import set_language\nset_language("nl")\n'), d.filename
        head = nb.cells[0].source
        assert "Gestileerd lesmodel" in head or "Wallet Allocation Rule van Keiningham" in head
        assert "Ask the room" not in head and "All demos" not in head and "Topic " not in head
        assert nb.metadata["customer_king"]["language"] == "nl"
    if build_presenter.dashboards("nl"):
        index = (ROOT / "presenter" / "nl" / "index.ipynb").read_text(encoding="utf-8")
        assert "Live demo&#x27;s" in index and "Live demos" not in index


def test_the_english_card_lines_are_the_explorers_docstrings():
    # The catalogue holds each dashboard's "what it shows" for every language; in English it
    # must stay the explorer's own first docstring line.
    from customer_king import messages
    for d in build_presenter.dashboards():
        assert messages.MESSAGES["en"][f"demo.card.{d.explorer}.shows"] == d.context, d.explorer
        assert f"demo.card.{d.explorer}.shows" in messages.MESSAGES["nl"], d.explorer


def test_every_explorer_a_lesson_uses_has_a_dashboard():
    called = {name for p in (ROOT / "content" / "lessons").glob("[0-9][0-9]_*.py")
              for name in explorer_names_called(p.read_text(encoding="utf-8"))}
    used = called & set(build_presenter.explorer_names())
    assert len(used) >= 5
    assert used <= {d.explorer for d in build_presenter.dashboards()}
    for d in build_presenter.dashboards():
        text = (ROOT / "presenter" / d.filename).read_text(encoding="utf-8")
        assert f"{d.explorer}()" in text and ("Stylized" in text or "published Wallet Allocation Rule" in text)


# ------------------------------------------------------------------ deck contents
@pytest.mark.parametrize("deck", EVERY_DECK, ids=_deck_id)
def test_deck_is_one_self_contained_file(deck):
    text = deck.read_text(encoding="utf-8")
    assert not re.search(r"<script[^>]+src=", text), "external script"
    assert not re.search(r"<link[^>]+stylesheet", text), "external stylesheet"
    slides = text.split('<div class="slides">', 1)[1].split("<script>", 1)[0]
    assert not re.search(r"<img[^>]+src=\"(?!data:)", slides), "picture not inlined"
    assert "@import" not in text, "the theme must not import web fonts"
    assert f"reveal.js {build_slides.REVEAL_VERSION}" in text
    size_kb = len(text.encode()) / 1024
    assert size_kb < (1500 if deck.stem == "00_masterclass" else 600), f"{deck.name} is {size_kb:.0f} KB"


@pytest.mark.parametrize("deck", EVERY_DECK, ids=_deck_id)
def test_every_slide_has_speaker_notes(deck):
    text = deck.read_text(encoding="utf-8")
    slides = re.findall(r"<section\b.*?</section>", text, re.S)
    assert len(slides) >= 8
    without = [i + 1 for i, s in enumerate(slides) if not re.search(r'<aside class="notes">\s*\S', s)]
    assert without == []


@pytest.mark.parametrize("deck", [d for d in DECKS if d.stem != "00_masterclass"], ids=lambda p: p.stem)
def test_topic_deck_says_when_to_switch_to_which_dashboard(deck):
    # The demo's predict slide: the question on the slide, the switch in its speaker notes.
    text = deck.read_text(encoding="utf-8")
    demo = re.findall(r'<section class="[^"]*\bdemo\b[^"]*">.*?</section>', text, re.S)
    assert len(demo) == 1
    notes = demo[0].split('<aside class="notes">', 1)[1]
    assert "Switch to the live demo" in notes
    named = re.findall(r"\b(\d\d_\w+\.ipynb)", notes)
    assert any((ROOT / "presenter" / n).exists() for n in named), named
    assert html.escape(demos.DEMOS[deck.stem[:2]].question) in demo[0].split("<aside", 1)[0]


def test_vendored_reveal_is_the_pinned_5x_release():
    assert build_slides.REVEAL_VERSION.startswith("5.")
    # (the 5.2.1 package's dist banner still says 5.2.0; the npm hash pins the release)
    head = (build_slides.VENDOR / "reveal.js").read_text(encoding="utf-8")[:200]
    assert re.search(r"reveal\.js 5\.\d+\.\d+", head)
    readme = (build_slides.VENDOR / "README.md").read_text(encoding="utf-8")
    assert build_slides.REVEAL_VERSION in readme and build_slides.REVEAL_INTEGRITY in readme
    assert "@import" not in (build_slides.VENDOR / "white.css").read_text(encoding="utf-8")


# ------------------------------------------------------------------ demo questions
def test_a_lesson_shows_the_demo_question_and_the_model_s_answer_from_one_place():
    for topic, demo in demos.DEMOS.items():
        asked = demos.ask(topic).data
        assert demo.question in asked and demo.answer() not in asked, f"topic {topic}: the question gives the answer"
        assert demo.answer() in demos.answer(topic).sentence


def test_an_unknown_demo_topic_gets_a_clear_message():
    with pytest.raises(KeyError, match="no demo for topic '07'.*01, 02, 03, 04, 05"):
        demos.ask("07")


def test_slides_show_the_demo_question_the_lesson_module_holds():
    deck = (SLIDES / "01_customer_orientation.html").read_text(encoding="utf-8")
    assert html.escape(demos.DEMOS["01"].question) in deck


# ------------------------------------------------------------------ the guide
def messages_language(code):
    from customer_king import messages
    return messages.language(code)


def _agenda(title_start: str, guide_path: Path = GUIDE) -> tuple[int, list[tuple[int, int, str]]]:
    text = guide_path.read_text(encoding="utf-8")
    match = re.search(rf"^### {title_start} \((\d+) min\)\n(.*?)(?=^#)", text, re.M | re.S)
    assert match, f"no agenda '{title_start} (N min)' in the guide"
    rows = []
    for line in match[2].splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) == 3 and re.fullmatch(r"\d\d:\d\d", cells[0]):
            hours, minutes = map(int, cells[0].split(":"))
            rows.append((hours * 60 + minutes, int(cells[1]), cells[2]))
    return int(match[1]), rows


@pytest.mark.parametrize("guide_path,agenda,length,topic", [
    (GUIDE, "Half day", 210, "Topic"), (GUIDE, "Full day", 450, "Topic"),
    (HANDLEIDING, "Halve dag", 210, "Onderwerp"), (HANDLEIDING, "Hele dag", 450, "Onderwerp"),
], ids=["en-half", "en-full", "nl-half", "nl-full"])
def test_agenda_timings_add_up(guide_path, agenda, length, topic):
    stated, rows = _agenda(agenda, guide_path)
    assert stated == length
    assert len(rows) >= 6
    for (start, minutes, block), (next_start, _, _) in zip(rows, rows[1:]):
        assert start + minutes == next_start, f"'{block}' does not end when the next block starts"
    assert sum(m for _, m, _ in rows) == stated
    for number in range(1, 6):
        assert any(block.startswith(f"{topic} {number},") for _, _, block in rows), f"{topic.lower()} {number} missing"


def test_an_agenda_that_does_not_add_up_is_caught(tmp_path):
    broken = tmp_path / "HANDLEIDING.md"
    broken.write_text(HANDLEIDING.read_text(encoding="utf-8").replace("| 09:40 | 35 |", "| 09:40 | 30 |"),
                      encoding="utf-8")
    with pytest.raises(AssertionError, match="does not end when the next block starts"):
        test_agenda_timings_add_up(broken, "Halve dag", 210, "Onderwerp")


_NAMED = re.compile(r"`((?:notebooks|exercises|solutions|slides|presenter|trainer)/[\w./*-]+\.(?:ipynb|html|md|pdf))`")


def _dutch_source_of(path: str) -> Path | None:
    """The Dutch source a Dutch generated file is made from (None: not a Dutch generated file)."""
    if not re.match(r"(notebooks|exercises|solutions|slides|presenter)/nl/", path):
        return None
    match = re.match(r"(\w+)/nl/(?:handouts/)?(\d\d)_", path)
    if not match:  # an index: made once the edition has any lesson
        written = sorted(DUTCH_LESSONS.glob("*.py"))
        return written[0] if written else DUTCH_LESSONS / "(no Dutch lesson yet).py"
    folder = "exercises" if match[1] in ("exercises", "solutions") else "lessons"
    return next(iter(sorted((ROOT / "content" / folder / "nl").glob(f"{match[2]}_*.py"))), None) or \
        ROOT / "content" / folder / "nl" / f"{match[2]}_(not written yet).py"


def test_every_file_the_guide_names_exists():
    text = GUIDE.read_text(encoding="utf-8")
    named = set(re.findall(r"`((?:notebooks|exercises|solutions|slides|presenter|trainer)/[\w./-]+\.(?:ipynb|html|md))`",
                           text))
    assert len(named) >= 15
    missing = sorted(p for p in named if not (ROOT / p).exists())
    assert missing == []


def test_every_file_the_dutch_guide_names_exists_or_waits_for_its_dutch_source():
    # A Dutch file can only exist once its Dutch lesson or exercise set is written: until then
    # the test says which are pending. A name with no English twin is always wrong.
    named = {p for p in _NAMED.findall(HANDLEIDING.read_text(encoding="utf-8")) if "*" not in p}
    assert len(named) >= 15
    missing = sorted(p for p in named if not (ROOT / p).exists())
    no_twin = [p for p in missing if not (ROOT / p.replace("/nl/", "/", 1)).exists()]
    assert no_twin == [], "named in HANDLEIDING, and no English twin either"
    stale = [p for p in missing if _dutch_source_of(p) is None or _dutch_source_of(p).exists()]
    assert stale == [], "the Dutch source exists, the file does not: run `make build` / `make slides`"
    if missing:
        pytest.skip(f"{len(missing)} Dutch files wait for their Dutch sources, e.g. {missing[0]}")


def test_the_guide_quotes_the_model_s_demo_answers():
    flat = " ".join(GUIDE.read_text(encoding="utf-8").split())
    dashboards = {d.explorer: d for d in build_presenter.dashboards()}
    for number, demo in demos.DEMOS.items():
        assert " ".join(demo.answer().split()) in flat, f"topic {number}: the guide's expected answer is stale"
        assert f"presenter/{dashboards[demo.explorer].filename}" in flat


def test_the_dutch_guide_quotes_the_model_s_demo_answers_in_dutch():
    flat = " ".join(HANDLEIDING.read_text(encoding="utf-8").split())
    dashboards = {d.explorer: d for d in build_presenter.dashboards()}
    with messages_language("nl"):
        for number, demo in demos.DEMOS.items():
            assert " ".join(demo.answer().split()) in flat, f"onderwerp {number}: the Dutch expected answer is stale"
            assert f'"{demo.question}"' in flat
            assert f"presenter/nl/{dashboards[demo.explorer].filename}" in flat
    # Dutch number style, computed: the peak and the headroom as a Dutch trainer reads them.
    assert re.search(r"bij \d,\d\b", flat) and re.search(r"€ \d+,\d miljoen", flat)
    assert not re.search(r"€\d|\d\.\d miljoen| million\b", flat)


def test_the_dutch_guide_has_both_dutch_binder_badges():
    text = HANDLEIDING.read_text(encoding="utf-8")
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    english = re.search(r"\(https://mybinder\.org/v2/gh/([\w.-]+/[\w.-]+)/main\?urlpath=", readme)
    assert english, "README's Binder badge"
    for path in ("lab/tree/notebooks/nl/00_start_here.ipynb", "voila/render/presenter/nl/index.ipynb"):
        badge = f"(https://mybinder.org/v2/gh/{english[1]}/main?urlpath={path})"
        assert f"[![" in text and f"](https://mybinder.org/badge_logo.svg)]{badge}" in text, path


def test_the_guide_is_generated_from_its_template_with_today_s_numbers():
    # Both guides: GUIDE.md and HANDLEIDING.md.
    assert build_guide.out_of_sync() == [], "edit trainer/GUIDE.template.md (or HANDLEIDING.template.md), then run `make slides`"


def test_a_placeholder_nothing_computes_is_an_error_not_left_in_the_guide():
    with pytest.raises(KeyError, match="model.peak_typo"):
        guide.fill("Sales peak at {{ model.peak_typo }}.", guide.values())


# A model number typed into the template would go stale silently: decimals, euros and
# percentages must come from placeholders. (Agenda times, counts and years are not the model's.)
_TYPED_NUMBER = re.compile(r"\d+\.\d+|€\s?\d|\d+\s?%")
_NOT_THE_MODEL_S = ("100–125 %", "127.0.0.1", "get to 100 %", "Python 3.11")  # browser zoom, an address, a misconception, a version
# Dutch: decimal comma ("3,6"), and the same three that are not the model's.
_TYPED_NUMBER_NL = re.compile(r"\d+,\d+|€\s?\d|\d+\s?%")
_NOT_THE_MODEL_S_NL = ("100–125%", "127.0.0.1", "naar 100%")


def typed_model_numbers(template: str, language: str = "en") -> list[str]:
    references, typed, allowed = (("\n## References", _TYPED_NUMBER, _NOT_THE_MODEL_S) if language == "en" else
                                  ("\n## Bronnen", _TYPED_NUMBER_NL, _NOT_THE_MODEL_S_NL))
    prose = guide.PLACEHOLDER.sub("", template.split(references, 1)[0])
    for allowed_text in allowed:
        prose = prose.replace(allowed_text, "")
    return [line.strip() for line in prose.splitlines() if typed.search(line)]


def test_the_guide_template_types_no_model_number():
    assert typed_model_numbers(build_guide.TEMPLATE.read_text(encoding="utf-8")) == []


def test_the_dutch_guide_template_types_no_model_number():
    template = build_guide.GUIDES["nl"][0].read_text(encoding="utf-8")
    assert typed_model_numbers(template, "nl") == []
    # and the guard catches what a translator might type instead of a placeholder
    assert typed_model_numbers("De top ligt bij 3,6 van 7.", "nl") != []
    assert typed_model_numbers("De groeiruimte daalt naar € 7,9 miljoen.", "nl") != []
    assert typed_model_numbers("een daling van 47%.", "nl") != []


def test_the_typed_number_guard_catches_the_numbers_the_hand_written_guide_had():
    old = "Move it to 6. **Expected (stylized model):** Hours per account rise from 8.0 to 15.1; a drop of 47 %."
    assert typed_model_numbers(old) == [old]
    assert typed_model_numbers("headroom falls from €10.7 million") != []


@pytest.mark.parametrize("guide_path,pattern", [
    (GUIDE, r"green below (\d+), amber (\d+)–(\d+), red above (\d+)"),
    (HANDLEIDING, r"groen onder (\d+), oranje (\d+)–(\d+), rood boven (\d+)"),
], ids=["en", "nl"])
def test_the_guide_s_warning_bands_are_the_model_s(guide_path, pattern):
    text = guide_path.read_text(encoding="utf-8")
    match = re.search(pattern, text)
    assert match, "the guide no longer states the bands"
    green_below, amber_from, amber_to, red_above = map(float, match.groups())
    assert green_below == amber_from and amber_to == red_above
    assert model.warning_band(green_below - 0.01) == "green" and model.warning_band(amber_from) == "amber"
    assert model.warning_band(amber_to) == "amber" and model.warning_band(red_above + 0.01) == "red"


def test_the_moderator_demo_says_what_the_screen_shows():
    from customer_king import explorers
    demo = demos.DEMOS["03"]
    explorer = explorers.moderator_explorer()
    explorer.set(**demo.final_settings())
    sales_peak, profit_peak = re.search(r"sales peak at orientation <b>([\d.]+)</b>.*?profit at <b>([\d.]+)</b>",
                                        explorer.readout.value).groups()
    answer = demo.answer()
    assert f"sales peaking at {sales_peak}" in answer and f"profit at {profit_peak}" in answer
    # "in each case the profit peak lies at or below the sales peak": true of every preset
    for levels in model.MODERATOR_PRESETS.values():
        assert demos.moderator_peak("profit", **levels) <= demos.moderator_peak("sales", **levels)


def test_the_wallet_allocation_rule_is_called_keiningham_s_not_the_model_s():
    deck = (SLIDES / "04_share_of_wallet.html").read_text(encoding="utf-8")
    chart = re.search(r'<section class="[^"]*">(?:(?!</section>).)*data-chart="war_ranks".*?</section>', deck, re.S)[0]
    shown = chart.split("<aside", 1)[0]
    assert "Wallet Allocation Rule" in shown and "consumers" in shown and "model" not in shown
    assert "Keiningham" in chart.split("<aside", 1)[1]
    demo = re.search(r'<section class="[^"]*\bdemo\b[^"]*">.*?</section>', deck, re.S)[0]
    assert "Expected (stylized model)" not in demo and "Wallet Allocation Rule" in demo
    assert "not the teaching model" in (SLIDES / "handouts" / "04_share_of_wallet.html").read_text(encoding="utf-8")


def test_the_dutch_guide_covers_setup_grading_and_large_rooms():
    text = HANDLEIDING.read_text(encoding="utf-8")
    for phrase in ("Binder", "make lab", "Restart Kernel and Run All", "python -m customer_king.grade",
                   "gradebook.csv", "nbgitpuller", "make present TAAL=nl", "Nabespreking", "--language nl"):
        assert phrase in text, phrase
    for topic in range(1, 6):
        section = text.split(f"## Onderwerp {topic}:", 1)[1].split("\n## ", 1)[0]
        for part in ("**Doel.**", "**Kernboodschappen.**", "**Live demo**", "**Vraag eerst:**", "**Verwacht",
                     "**Gespreksvragen.**", "**Misverstanden en antwoorden.**", "**Oefening.**"):
            assert part in section, f"onderwerp {topic} lacks {part}"


def test_the_guide_covers_setup_grading_and_large_rooms():
    text = GUIDE.read_text(encoding="utf-8")
    for phrase in ("Binder", "make lab", "Restart Kernel and Run All", "python -m customer_king.grade",
                   "gradebook.csv", "nbgitpuller", "make present", "Debrief"):
        assert phrase in text, phrase
    for topic in range(1, 6):
        section = text.split(f"## Topic {topic}:", 1)[1].split("\n## ", 1)[0]
        for part in ("**Goal.**", "**Key messages.**", "**Live demo**", "**Ask first:**", "**Expected",
                     "**Discussion prompts.**", "**Misconceptions and replies.**", "**Exercise.**"):
            assert part in section, f"topic {topic} lacks {part}"


def test_presenter_mode_is_pinned_and_bound_to_this_machine():
    import present
    assert "voila==0.5.13" in (ROOT / "constraints.txt").read_text(encoding="utf-8")
    assert "voila" in (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    command = present.voila_command(8866)
    assert "--Voila.ip=127.0.0.1" in command and str(build_presenter.PRESENTER) in command
