"""Presenter mode, as a room sees it: Voilà on 127.0.0.1 (started the way ``make present``
starts it) shows a page of demo cards and one dashboard per explorer, code hidden; each
dashboard fits a 1280 x 720 and a 1024 x 768 screen without scrolling, with type the back
row can read; moving a slider with the keyboard redraws the picture; and no page asks
anything of a machine other than 127.0.0.1. The same for the Dutch edition (``presenter/nl/``:
its index and a dashboard per explorer the Dutch lessons call), in Dutch.
"""
from __future__ import annotations

import os
import subprocess
import sys
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tools"))
import build_presenter  # noqa: E402
import present  # noqa: E402
from kitbuild import dashboards as kit_dashboards  # noqa: E402

from customer_king import demos  # noqa: E402

SHOTS = ROOT / "artifacts" / "screenshots" / "presenter"
HANDLE = ".widget-slider .noUi-handle[role=slider]"
FIGURE = "img.kit-explorer-figure"
SCREENS = {"1280x720": {"width": 1280, "height": 720}, "1024x768": {"width": 1024, "height": 768}}
DASHBOARDS = build_presenter.dashboards()
DUTCH_DASHBOARDS = build_presenter.dashboards("nl")
EVERY_DASHBOARD = DASHBOARDS + DUTCH_DASHBOARDS
EDITIONS = {"en": ("voila/render/index.ipynb", DASHBOARDS, "Ask the room first"),
            "nl": ("voila/render/nl/index.ipynb", DUTCH_DASHBOARDS, "Vraag eerst de zaal")}
EDITIONS = {lang: e for lang, e in EDITIONS.items() if e[1]}  # an edition without lessons has no index


def _id(dashboard) -> str:
    return dashboard.filename if dashboard.language == "en" else f"{dashboard.language}/{dashboard.filename}"


def _shot(dashboard) -> str:
    return Path(dashboard.filename).stem if dashboard.language == "en" else f"{dashboard.language}_{Path(dashboard.filename).stem}"
# Type sizes in CSS px at 100 % zoom. A lesson's smallest chart text is 15 px
# (customer_king.plots.MIN_TEXT_PX); a dashboard's is never smaller.
MIN_TITLE_PX = 28
MIN_CONTROL_PX = 18
MIN_CHART_TEXT_PX = 15


@pytest.fixture(scope="module")
def voila_server(tmp_path_factory):
    state = tmp_path_factory.mktemp("voila-state")
    env = present.voila_env(dict(os.environ))
    for var in ("JUPYTER_CONFIG_DIR", "JUPYTER_RUNTIME_DIR", "JUPYTER_DATA_DIR", "IPYTHONDIR", "MPLCONFIGDIR"):
        env[var] = str(state / var.lower())
    port = present.free_port()
    log = open(state / "voila.log", "wb")
    proc = subprocess.Popen(present.voila_command(port), cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}/"
    try:
        present.wait_until_up(base, proc, timeout_s=60)
        yield base
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()
        log.close()


@pytest.fixture
def page(offline_page):
    """The browser tests' offline page, also recording every request it sends."""
    offline_page.requests = []
    offline_page.on("request", lambda r: offline_page.requests.append(r.url))
    return offline_page


def _network_problems(page) -> list[str]:
    """Anything sent beyond 127.0.0.1 (even if blocked), console errors, failed requests."""
    remote = [u for u in page.requests if not u.startswith(("http://127.0.0.1:", "data:", "blob:"))]
    return remote + page.blocked_requests + page.console_errors + page.failed_requests


def _leave(page) -> None:
    # Leaving the page runs Voilà's unload handler, which shuts its kernel down.
    page.goto("about:blank")


def _open_dashboard(page, base: str, dashboard) -> None:
    page.goto(base + dashboard.url_path, timeout=90_000)
    page.wait_for_selector(HANDLE, timeout=90_000)
    page.wait_for_function(f"() => {{ const i = document.querySelector('{FIGURE}');"
                           " return i && i.getAttribute('src') && i.complete && i.naturalWidth > 0; }",
                           timeout=30_000)


FIT = """(sel) => {
  const vw = document.documentElement.clientWidth, vh = document.documentElement.clientHeight;
  const root = document.scrollingElement;
  const out = [];
  for (const [name, s] of Object.entries(sel)) {
    const els = [...document.querySelectorAll(s)].filter(e => e.offsetParent !== null);
    if (!els.length) out.push(name + ': not on the page');
    for (const e of els) {
      const r = e.getBoundingClientRect();
      if (r.left < -0.5 || r.top < -0.5 || r.right > vw + 0.5 || r.bottom > vh + 0.5)
        out.push(`${name} at ${Math.round(r.left)},${Math.round(r.top)}-${Math.round(r.right)},${Math.round(r.bottom)}`);
    }
  }
  // A scrollbar anywhere: the page itself, or any box that scrolls and has more than it shows.
  if (root.scrollHeight > vh + 1 || root.scrollWidth > vw + 1)
    out.push(`page scrolls: ${root.scrollWidth}x${root.scrollHeight} in ${vw}x${vh}`);
  for (const e of document.querySelectorAll('body *')) {
    const s = getComputedStyle(e);
    const scrolls = /(auto|scroll)/.test(s.overflowX + ' ' + s.overflowY);
    if (scrolls && e.offsetParent !== null && (e.scrollHeight > e.clientHeight + 1 || e.scrollWidth > e.clientWidth + 1))
      out.push(`scrollbar on ${e.tagName.toLowerCase()}.${[...e.classList].join('.')}`);
  }
  return out;
}"""

SIZES = """() => {
  const px = (s) => [...document.querySelectorAll(s)].filter(e => e.offsetParent !== null)
      .map(e => parseFloat(getComputedStyle(e).fontSize));
  const img = document.querySelector('img.kit-explorer-figure');
  const box = img.getBoundingClientRect();
  // object-fit: contain: the picture is shrunk by the tighter of the two ratios, never grown.
  const shown = Math.min(1, box.width / img.naturalWidth, box.height / img.naturalHeight);
  return {title: px('.kit-dash-head h1'), labels: px('.kit-explorer .widget-slider .widget-label'),
          values: px('.kit-explorer .widget-slider .widget-readout'),
          readout: px('.kit-explorer-readout .widget-html-content'),
          natural: img.naturalWidth, shown};
}"""


def _explorer_figure_inches(dashboard) -> float:
    from customer_king import explorers
    return getattr(explorers, dashboard.explorer)().figure.get_figwidth()


def test_voila_listens_on_this_machine_only(voila_server):
    assert voila_server.startswith("http://127.0.0.1:")
    assert "--Voila.ip=127.0.0.1" in present.voila_command(8866)
    with urllib.request.urlopen(voila_server + "voila/render/index.ipynb", timeout=30) as response:
        assert response.status == 200


@pytest.mark.parametrize("screen", SCREENS)
@pytest.mark.parametrize("edition", EDITIONS)
def test_index_is_a_page_of_cards_one_per_dashboard_grouped_by_topic(page, voila_server, screen, edition):
    from customer_king.messages import language
    index, DASHBOARDS, ask = EDITIONS[edition]  # noqa: N806  (the edition's own list)
    page.set_viewport_size(SCREENS[screen])
    page.goto(voila_server + index, timeout=60_000)
    page.wait_for_selector(".kit-card", timeout=60_000)
    cards = page.eval_on_selector_all(".kit-card", """cs => cs.map(c => ({
        topic: c.closest('.kit-topic').dataset.topic, href: c.querySelector('h3 a').getAttribute('href'),
        title: c.querySelector('h3').innerText, text: c.innerText,
        titlePx: parseFloat(getComputedStyle(c.querySelector('h3')).fontSize),
        bottom: c.getBoundingClientRect().bottom, right: c.getBoundingClientRect().right}))""")
    # One card per dashboard, each dashboard once, with its own title.
    assert sorted(c["href"] for c in cards) == sorted(d.filename for d in DASHBOARDS)
    assert len({c["title"] for c in cards}) == len(cards)
    # Grouped by topic, in route order, every topic once.
    topics = page.eval_on_selector_all(".kit-topic", "ts => ts.map(t => t.dataset.topic)")
    assert topics == sorted({d.number for d in DASHBOARDS})
    assert [c["topic"] for c in cards] == sorted(c["topic"] for c in cards)
    # A topic's demo question (from demos.py, its one home) stands on its demo's card, in the edition's words.
    with language(edition):
        questions = {topic: demo.question for topic, demo in demos.DEMOS.items()}
    for c in cards:
        dashboard = next(d for d in DASHBOARDS if d.filename == c["href"])
        demo = kit_dashboards.demo_for(dashboard.explorer)
        if demo is not None:
            assert questions[demo.topic] in " ".join(c["text"].split()), c["href"]
            assert ask in c["text"]
        assert dashboard.context in " ".join(c["text"].split())
    topics_shown = {d.number for d in DASHBOARDS}
    for topic, question in questions.items():  # every topic's question on exactly one card
        if topic in topics_shown:
            assert sum(question in " ".join(c["text"].split()) for c in cards) == 1, topic
    assert min(c["titlePx"] for c in cards) >= 18
    # The index fits the screen too: a trainer sees every demo at once.
    problems = page.evaluate(FIT, {"cards": ".kit-card"})
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / f"index{'' if edition == 'en' else '_' + edition}_{screen}.png"))
    assert problems == []
    _leave(page)
    assert _network_problems(page) == []


@pytest.mark.parametrize("screen", SCREENS)
@pytest.mark.parametrize("dashboard", EVERY_DASHBOARD, ids=_id)
def test_dashboard_fits_the_screen_with_large_type(page, voila_server, dashboard, screen):
    page.set_viewport_size(SCREENS[screen])
    _open_dashboard(page, voila_server, dashboard)
    page.wait_for_timeout(300)  # let the picture's size settle
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / f"{_shot(dashboard)}_{screen}.png"))
    problems = page.evaluate(FIT, {"title": ".kit-dash-head h1", "question": ".kit-dash-ask",
                                   "explorer": ".kit-explorer", "sliders": ".kit-explorer .widget-slider",
                                   "readout": ".kit-explorer-readout", "picture": FIGURE})
    assert problems == []
    sizes = page.evaluate(SIZES)
    assert min(sizes["title"]) >= MIN_TITLE_PX
    assert min(sizes["labels"] + sizes["values"] + sizes["readout"]) >= MIN_CONTROL_PX, sizes
    # The chart's smallest text as it stands on the screen: drawn at the dashboard's dpi,
    # then shrunk (object-fit) where the screen is short.
    dpi = sizes["natural"] / _explorer_figure_inches(dashboard)
    smallest = MIN_CHART_TEXT_PX * dpi / 72 * sizes["shown"]
    assert smallest >= MIN_CHART_TEXT_PX, f"chart text {smallest:.1f} px (picture at {sizes['shown']:.0%})"
    _leave(page)
    assert _network_problems(page) == []


@pytest.mark.parametrize("dashboard", EVERY_DASHBOARD, ids=_id)
def test_dashboard_moves_without_code(page, voila_server, dashboard):
    page.set_viewport_size(SCREENS["1280x720"])
    _open_dashboard(page, voila_server, dashboard)
    before = page.get_attribute(FIGURE, "src")

    # No code on the screen: no input areas, no code editors, no prompts.
    # (Markdown cells live in an input area too; only code cells must show none.)
    visible_code = page.evaluate("""() => [...document.querySelectorAll(
        '.jp-CodeCell .jp-InputArea, .jp-CodeCell .jp-Cell-inputWrapper, .jp-InputPrompt, .CodeMirror, '
        + '.cm-editor, .jp-CodeMirrorEditor')]
        .filter(e => e.offsetParent !== null).length""")
    assert visible_code == 0
    assert page.locator(".jp-MarkdownCell h1").count() == 1  # the title is there
    assert "_explorer" not in page.inner_text("body")

    handle = page.locator(HANDLE).first
    readout = page.locator(".widget-slider .widget-readout").first
    value = readout.inner_text()
    handle.focus()
    page.keyboard.press("ArrowRight")
    if readout.inner_text() == value:  # already at the top: go the other way
        page.keyboard.press("ArrowLeft")
        page.keyboard.press("ArrowLeft")
    page.wait_for_function(f"(old) => document.querySelector('{FIGURE}').src !== old", arg=before,
                           timeout=15_000)
    assert readout.inner_text() != value
    _leave(page)
    assert _network_problems(page) == []
