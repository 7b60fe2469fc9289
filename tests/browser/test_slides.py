"""Every committed deck is a working slideshow with no network: opened from disk
in chromium with every non-local request blocked, at 1280x720 and 1024x768, it
starts reveal.js, steps through all its slides without a console error or a failed
request, has speaker notes on its content slides, no slide runs off the bottom of the
screen, the slide number stays clear of the navigation arrows, and the text is set in
the embedded Source Sans 3 (loaded from the deck itself).

Every handout prints on one A4 page, with its chart at the width it was drawn (so its
text keeps >= 8 pt), its two columns ending level, and the answers below everything else.

The same for every edition's decks and handouts (``slides/nl/``, those the Dutch lessons have).

Screenshots of every slide go to artifacts/screenshots/slides/ (for looking; Dutch ones under nl_NN_…).
"""
from __future__ import annotations

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SLIDES = ROOT / "slides"
ENGLISH_DECKS = sorted(SLIDES.glob("[0-9][0-9]_*.html"))
DECKS = ENGLISH_DECKS + sorted((SLIDES / "nl").glob("[0-9][0-9]_*.html"))
HANDOUTS = sorted((SLIDES / "handouts").glob("[0-9][0-9]_*.html")) + sorted(
    (SLIDES / "nl" / "handouts").glob("[0-9][0-9]_*.html"))


def _name(path: Path) -> str:
    """01_x (English) or nl_01_x: an id and a screenshot folder per edition."""
    edition = path.parent.name if path.parent.name != "handouts" else path.parent.parent.name
    return path.stem if edition == "slides" else f"{edition}_{path.stem}"
SHOTS = ROOT / "artifacts" / "screenshots" / "slides"
PROJECTOR = {"width": 1280, "height": 720}
SCREENS = {"1280x720": PROJECTOR, "1024x768": {"width": 1024, "height": 768}}
SLIDE_HEIGHT = 720  # reveal's logical slide: scaled to the screen, never clipped


def _overlap(a: dict, b: dict) -> bool:
    return not (a["right"] <= b["left"] or b["right"] <= a["left"] or a["bottom"] <= b["top"] or b["bottom"] <= a["top"])


def test_there_is_a_deck_per_topic_and_a_masterclass():
    names = [p.stem for p in ENGLISH_DECKS]
    assert "00_masterclass" in names
    assert [n[:2] for n in names if n != "00_masterclass"] == ["01", "02", "03", "04", "05"]


@pytest.mark.parametrize("screen", SCREENS, ids=str)
@pytest.mark.parametrize("deck", DECKS, ids=_name)
def test_deck_runs_offline_as_a_slideshow(offline_page, deck, screen):
    page = offline_page
    page.set_viewport_size(SCREENS[screen])
    page.goto(deck.as_uri())
    page.wait_for_function("() => window.Reveal && Reveal.isReady()", timeout=15_000)
    total = page.evaluate("Reveal.getTotalSlides()")
    assert total >= 8, f"{deck.name}: only {total} slides"
    # The embedded font is the one in use (a data: URL, so no request), not a fallback.
    page.evaluate("document.fonts.ready")
    assert page.evaluate("document.fonts.check('700 40px \"Source Sans 3\"')")
    assert page.evaluate("[...document.fonts].some(f => f.family.includes('Source Sans 3') && f.status === 'loaded')")

    out = SHOTS / _name(deck) / screen
    out.mkdir(parents=True, exist_ok=True)
    for old in out.glob("*.png"):
        old.unlink()
    seen, overflowing = 0, []
    page.evaluate("Reveal.slide(0, 0, 99)")
    while True:
        seen += 1
        index = page.evaluate("Reveal.getIndices().h")
        # The current slide's content must fit the 1280x720 slide (reveal scales, it never clips).
        height = page.evaluate("Reveal.getCurrentSlide().scrollHeight")
        if height > SLIDE_HEIGHT:
            overflowing.append(f"slide {index + 1} is {height}px tall")
        number, arrows = page.evaluate("""() => {
            const box = e => { const r = e.getBoundingClientRect();
                               return {left: r.left, right: r.right, top: r.top, bottom: r.bottom}; };
            const shown = e => e && getComputedStyle(e).display !== 'none' && e.getBoundingClientRect().width > 0;
            const n = document.querySelector('.reveal .slide-number');
            const arrows = [...document.querySelectorAll('.reveal .controls button')].filter(shown).map(box);
            return [shown(n) ? box(n) : null, arrows]; }""")
        assert number is not None, f"{deck.name} slide {index + 1}: no slide number shown"
        covered = [a for a in arrows if _overlap(number, a)]
        assert not covered, f"{deck.name} slide {index + 1} at {screen}: the slide number {number} is under {covered}"
        page.screenshot(path=str(out / f"{index + 1:02d}.png"))
        if page.evaluate("Reveal.isLastSlide()"):
            break
        # Next slide (not next fragment), with all its fragments shown: the fullest it gets.
        page.evaluate("Reveal.right(); Reveal.slide(Reveal.getIndices().h, 0, 99)")
        assert seen <= total, "Reveal.right() did not reach the last slide"
    assert seen == total, f"stepped through {seen} of {total} slides"
    assert not overflowing, f"{deck.name}: content runs off the slide: {overflowing}"
    assert page.blocked_requests == [], f"{deck.name} asked the network for {page.blocked_requests}"
    assert page.failed_requests == [], page.failed_requests
    assert page.console_errors == [], page.console_errors


@pytest.mark.parametrize("deck", DECKS, ids=_name)
def test_every_content_slide_has_speaker_notes(offline_page, deck):
    page = offline_page
    page.goto(deck.as_uri())
    page.wait_for_function("() => window.Reveal && Reveal.isReady()", timeout=15_000)
    without = page.evaluate("""() => Reveal.getSlides()
        .map((s, i) => [i + 1, s])
        .filter(([i, s]) => !(s.querySelector('aside.notes') && s.querySelector('aside.notes').textContent.trim()))
        .map(([i, s]) => i)""")
    assert without == [], f"{deck.name}: slides without speaker notes: {without}"
    # The speaker-notes plugin is loaded (press S for the speaker view).
    assert page.evaluate("Reveal.hasPlugin('notes')")


@pytest.mark.parametrize("deck", [d for d in DECKS if d.stem != "00_masterclass"], ids=_name)
def test_topic_deck_tells_the_trainer_when_to_switch_to_the_demo(offline_page, deck):
    page = offline_page
    page.goto(deck.as_uri())
    page.wait_for_function("() => window.Reveal && Reveal.isReady()", timeout=15_000)
    demo = page.evaluate("""() => Reveal.getSlides().filter(s => s.classList.contains('demo'))
        .map(s => s.querySelector('aside.notes').textContent)""")
    assert len(demo) == 1, f"{deck.name}: expected one live-demo slide"
    switch = "Schakel over naar de live demo" if deck.parent.name == "nl" else "Switch to the live demo"
    assert switch in demo[0] and ".ipynb" in demo[0]


@pytest.mark.parametrize("handout", HANDOUTS, ids=_name)
def test_handout_prints_on_one_a4_page(offline_page, handout):
    page = offline_page
    # The printable width of A4 with 15 mm side margins, so lines wrap as on paper.
    page.set_viewport_size({"width": round((210 - 30) / 25.4 * 96), "height": 1123})
    page.goto(handout.as_uri())
    page.emulate_media(media="print")
    page.wait_for_load_state("load")
    # A4 at 96 dpi minus the 14 mm top and bottom margins.
    usable = (297 - 28) / 25.4 * 96
    height = page.evaluate("document.querySelector('.page').getBoundingClientRect().height")
    out = SHOTS / "handouts"
    out.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(out / f"{_name(handout)}.png"), full_page=True)
    assert height <= usable, f"{handout.name}: {height:.0f}px of content, one A4 page holds {usable:.0f}px"
    # The chart is printed at the width it was drawn for, so its smallest text stays >= 8 pt.
    chart = page.evaluate("""() => { const i = document.querySelector('img.chart');
        return {width: i.getBoundingClientRect().width, drawn: +i.dataset.widthMm, pt: +i.dataset.smallestTextPt}; }""")
    assert chart["pt"] >= 8, f"{handout.name}: the chart's smallest text is {chart['pt']} pt"
    assert abs(chart["width"] / 96 * 25.4 - chart["drawn"]) < 0.5, f"{handout.name}: chart scaled: {chart}"
    # The two columns end level (within two lines), and the answers come after everything else.
    bottoms = page.evaluate("""() => {
        const cols = document.querySelector('.cols'), mid = cols.getBoundingClientRect().left + cols.clientWidth / 2;
        const walker = document.createTreeWalker(cols, NodeFilter.SHOW_TEXT); const ends = [0, 0];
        while (walker.nextNode()) { if (!walker.currentNode.textContent.trim()) continue;
            const range = document.createRange(); range.selectNodeContents(walker.currentNode);
            for (const r of range.getClientRects()) { const side = r.left < mid ? 0 : 1; ends[side] = Math.max(ends[side], r.bottom); } }
        return ends; }""")
    line = 9.2 * 1.28 / 72 * 96
    assert abs(bottoms[0] - bottoms[1]) <= 2.5 * line, f"{handout.name}: columns end at {bottoms}"
    order = page.evaluate("""() => { const a = document.querySelector('.answers').getBoundingClientRect();
        const q = document.querySelector('.try-it').getBoundingClientRect();
        const c = document.querySelector('.cols').getBoundingClientRect(); return [q.bottom, c.bottom, a.top]; }""")
    assert order[0] <= order[1] <= order[2], f"{handout.name}: the answers are not below the questions: {order}"
    answer = page.evaluate("document.querySelector('.answers').textContent")
    answers = "Antwoorden" if handout.parent.parent.name == "nl" else "Answers"  # the edition's heading
    assert answer.strip() and answers in answer
    assert page.evaluate("document.querySelector('.cols').textContent").find(answer.split(": ", 1)[-1][:40]) == -1
    pdf = page.pdf(format="A4", print_background=True, prefer_css_page_size=True)
    pages = len(re.findall(rb"/Type\s*/Page(?![a-z])", pdf))
    assert pages == 1, f"{handout.name} prints on {pages} A4 pages"
    assert page.blocked_requests == [] and page.console_errors == []

