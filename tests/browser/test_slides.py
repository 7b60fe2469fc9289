"""Every committed deck is a working slideshow with no network: opened from disk
in chromium with every non-local request blocked, it starts reveal.js, steps
through all its slides without a console error or a failed request, has speaker
notes on its content slides, and no slide runs off the bottom of the screen.

Screenshots of every slide go to artifacts/screenshots/slides/ (for looking).
"""
from __future__ import annotations

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SLIDES = ROOT / "slides"
DECKS = sorted(SLIDES.glob("[0-9][0-9]_*.html"))
HANDOUTS = sorted((SLIDES / "handouts").glob("[0-9][0-9]_*.html"))
SHOTS = ROOT / "artifacts" / "screenshots" / "slides"
PROJECTOR = {"width": 1280, "height": 720}


def test_there_is_a_deck_per_topic_and_a_masterclass():
    names = [p.stem for p in DECKS]
    assert "00_masterclass" in names
    assert [n[:2] for n in names if n != "00_masterclass"] == ["01", "02", "03", "04", "05"]


@pytest.mark.parametrize("deck", DECKS, ids=lambda p: p.stem)
def test_deck_runs_offline_as_a_slideshow(offline_page, deck):
    page = offline_page
    page.set_viewport_size(PROJECTOR)
    page.goto(deck.as_uri())
    page.wait_for_function("() => window.Reveal && Reveal.isReady()", timeout=15_000)
    total = page.evaluate("Reveal.getTotalSlides()")
    assert total >= 8, f"{deck.name}: only {total} slides"

    out = SHOTS / deck.stem
    out.mkdir(parents=True, exist_ok=True)
    for old in out.glob("*.png"):
        old.unlink()
    seen, overflowing = 0, []
    page.evaluate("Reveal.slide(0)")
    while True:
        seen += 1
        index = page.evaluate("Reveal.getIndices().h")
        # The current slide's content must fit the 1280x720 slide (reveal scales, it never clips).
        height = page.evaluate("Reveal.getCurrentSlide().scrollHeight")
        if height > PROJECTOR["height"]:
            overflowing.append(f"slide {index + 1} is {height}px tall")
        page.screenshot(path=str(out / f"{index + 1:02d}.png"))
        if page.evaluate("Reveal.isLastSlide()"):
            break
        page.evaluate("Reveal.next()")
        assert seen <= total, "Reveal.next() did not reach the last slide"
    assert seen == total, f"stepped through {seen} of {total} slides"
    assert not overflowing, f"{deck.name}: content runs off the slide: {overflowing}"
    assert page.blocked_requests == [], f"{deck.name} asked the network for {page.blocked_requests}"
    assert page.failed_requests == [], page.failed_requests
    assert page.console_errors == [], page.console_errors


@pytest.mark.parametrize("deck", DECKS, ids=lambda p: p.stem)
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


@pytest.mark.parametrize("deck", [d for d in DECKS if d.stem != "00_masterclass"], ids=lambda p: p.stem)
def test_topic_deck_tells_the_trainer_when_to_switch_to_the_demo(offline_page, deck):
    page = offline_page
    page.goto(deck.as_uri())
    page.wait_for_function("() => window.Reveal && Reveal.isReady()", timeout=15_000)
    demo = page.evaluate("""() => Reveal.getSlides().filter(s => s.classList.contains('demo'))
        .map(s => s.textContent)""")
    assert len(demo) == 1, f"{deck.name}: expected one live-demo slide"
    assert "Switch to the live demo" in demo[0] and ".ipynb" in demo[0]


@pytest.mark.parametrize("handout", HANDOUTS, ids=lambda p: p.stem)
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
    page.screenshot(path=str(out / f"{handout.stem}.png"), full_page=True)
    assert height <= usable, f"{handout.name}: {height:.0f}px of content, one A4 page holds {usable:.0f}px"
    pdf = page.pdf(format="A4", print_background=True, prefer_css_page_size=True)
    pages = len(re.findall(rb"/Type\s*/Page(?![a-z])", pdf))
    assert pages == 1, f"{handout.name} prints on {pages} A4 pages"
    assert page.blocked_requests == [] and page.console_errors == []
