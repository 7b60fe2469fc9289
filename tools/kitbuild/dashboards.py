"""The presenter dashboards: one per explorer a lesson calls, and the index of cards that lists them.

Used by ``tools/build_presenter.py`` (writes ``presenter/``) and by the slides
(each topic deck names the dashboard to switch to).

A dashboard is a projector page: it must fit a 1280 x 720 or a 1024 x 768 screen
without scrolling, with type the back row can read. Its layout lives here, as a
``<style>`` in the dashboard's first (Markdown) cell, so that it is on the page from
its first paint and works the same under ``make present`` and on Binder (Voilà's
server extension, default template). The explorer is drawn larger than in a lesson
(:data:`FIGURE_MAX_WIDTH_PX`), and the page's flex layout gives the picture whatever
height is left under the title and the sliders.
"""
from __future__ import annotations

import html
import inspect
import re
from dataclasses import dataclass
from pathlib import Path

import jupytext
import nbformat

from customer_king import cases, demos, messages

from .chrome import PRESENTER, comments_in, presenter_text
from .sources import DEFAULT_LANGUAGE, LESSON_SOURCES, edition, explorer_names_called, lesson_sources, notebook_metadata

INDEX_NAME = "index.ipynb"
VOILA_PORT = 8866

_HEADING = re.compile(r"^#\s+(?P<title>.+)$", re.MULTILINE)

TEMPLATE_NAME = "kit"
"""Voilà template ``make present`` uses (written to ``presenter/share/voila/templates/kit``):
Voilà's ``lab`` template without its Font Awesome links, the one request the page would
otherwise send to a CDN (nothing on a dashboard uses an icon)."""

FIGURE_MAX_WIDTH_PX = 960
"""The widest a dashboard's picture is drawn: a 1024-px screen holds it beside the margins."""
FIGURE_MAX_DPI = 96
"""At most 4/3 of the lessons' 72 dpi: the smallest chart text (15 px in a lesson) becomes 20 px."""

def card_title(explorer: str, language: str = DEFAULT_LANGUAGE) -> str:
    """What a dashboard is called on its card and its page (catalogue: ``demo.card.<explorer>.title``;
    a new explorer falls back to its name)."""
    key = f"demo.card.{explorer}.title"
    with messages.language(language):
        found = messages.text(key)
    return found if found != key else explorer.removesuffix("_explorer").replace("_", " ").capitalize()


@dataclass(frozen=True)
class Dashboard:
    explorer: str        # function name in customer_king.explorers
    lesson: str          # lesson stem, e.g. "01_customer_orientation"
    lesson_title: str    # the lesson's H1
    context: str         # one sentence: what it shows (English: the explorer's docstring, first line)
    language: str = DEFAULT_LANGUAGE  # the edition: its words, and where it is written (presenter/nl/)

    @property
    def number(self) -> str:
        return self.lesson[:2]

    @property
    def filename(self) -> str:
        return f"{self.number}_{self.explorer.removesuffix('_explorer')}.ipynb"

    @property
    def name(self) -> str:
        """'wallet_allocation_explorer' -> 'Wallet allocation'."""
        return self.explorer.removesuffix("_explorer").replace("_", " ").capitalize()

    @property
    def card_title(self) -> str:
        return card_title(self.explorer, self.language)

    @property
    def url_path(self) -> str:
        """Where Voilà serves it when started on ``presenter/`` (the Dutch ones one folder down)."""
        folder = "" if self.language == DEFAULT_LANGUAGE else f"{self.language}/"
        return f"voila/render/{folder}{self.filename}"

    @property
    def title(self) -> str:
        return presenter_text(self.language, "title", card=self.card_title)

    @property
    def topic_label(self) -> str:
        """'Topic 3 · Diminishing returns' (the lesson's title up to its colon; 'Start here' for the warm-up)."""
        title = re.sub(r"^\d+\.\s*", "", self.lesson_title).split(":")[0].strip()
        if self.number == "00":
            return presenter_text(self.language, "start_here")
        return presenter_text(self.language, "topic", number=int(self.number), title=title)

    @property
    def about(self) -> str:
        """The line under the title: topic and what the demo shows, each ending once."""
        label = self.topic_label
        return f"{label}{'' if label[-1] in '.?!' else '.'} {self.context}"


def lesson_title(source: Path) -> str:
    for cell in jupytext.read(source, fmt="py:percent").cells:
        if cell.cell_type == "markdown":
            match = _HEADING.search(cell.source)
            if match:
                return match["title"].strip()
    return source.stem


def explorer_names() -> list[str]:
    from customer_king import explorers
    return [name for name, fn in inspect.getmembers(explorers, inspect.isfunction)
            if name.endswith("_explorer") and fn.__module__ == explorers.__name__]


def _shows(explorer: str, docstring: str, language: str) -> str:
    """What the dashboard shows, one sentence: the catalogue's line in ``language``, else the docstring's."""
    if language == DEFAULT_LANGUAGE:
        return docstring
    key = f"demo.card.{explorer}.shows"
    with messages.language(language):
        found = messages.text(key)
    return found if found != key else docstring


def dashboards(language: str = DEFAULT_LANGUAGE) -> list[Dashboard]:
    """One per explorer an edition's lesson calls, in lesson order, then order of first call.

    Only the lessons written in ``language`` count: an edition without a lesson has no dashboard for it.
    """
    from customer_king import explorers
    names = explorer_names()
    found: list[Dashboard] = []
    seen: set[str] = set()
    for source in lesson_sources(edition(LESSON_SOURCES, language)):
        text = source.read_text(encoding="utf-8")
        title = lesson_title(source)
        for name in explorer_names_called(text):
            if name in seen or name not in names:
                continue
            seen.add(name)
            doc = inspect.getdoc(getattr(explorers, name)) or ""
            context = doc.splitlines()[0].strip() if doc else ""
            found.append(Dashboard(name, source.stem, title, _shows(name, context, language), language))
    return found


def by_topic(items: list[Dashboard]) -> list[tuple[str, list[Dashboard]]]:
    """(topic number, its dashboards) in route order; within a topic, its demo's dashboard first."""
    groups: dict[str, list[Dashboard]] = {}
    for d in items:
        groups.setdefault(d.number, []).append(d)
    return [(topic, sorted(group, key=lambda d: demo_for(d.explorer) is None)) for topic, group in groups.items()]


def _notebook(cells: list, title: str, language: str = DEFAULT_LANGUAGE) -> nbformat.NotebookNode:
    nb = nbformat.v4.new_notebook()
    nb.metadata = notebook_metadata(language)
    nb.metadata["title"] = title  # the browser tab's title in Voilà (nbconvert reads it)
    for index, cell in enumerate(cells):
        cell.id = f"presenter-{index}"
    nb.cells = cells
    return nb


MODEL_NOTE = presenter_text(DEFAULT_LANGUAGE, "model_note")
RULE_NOTE = presenter_text(DEFAULT_LANGUAGE, "rule_note")


def demo_for(explorer: str) -> demos.Demo | None:
    """The topic demo that uses this explorer, if one does."""
    return next((d for d in demos.DEMOS.values() if d.explorer == explorer), None)


def uses_rule(d: Dashboard) -> bool:
    """True when the dashboard's demo answers from the published Wallet Allocation Rule, not the model."""
    demo = demo_for(d.explorer)
    return demo is not None and not demo.from_model


def note_for(d: Dashboard) -> str:
    return presenter_text(d.language, "rule_note" if uses_rule(d) else "model_note")


def prompt_for(d: Dashboard) -> tuple[str, str]:
    """(label, text) the dashboard and its card show first: the demo's question, or what the page is for."""
    with messages.language(d.language):
        demo = demo_for(d.explorer)
        say = messages.text
        if demo is not None:
            return say("demo.ask_room"), demo.question
        lead = next((m for m in demos.DEMOS.values() if m.topic == d.number and m.then), None)
        if d.explorer == "headroom_explorer" and lead is not None:
            return (say("demo.follow_up"), say("demo.follow_up.headroom", lead=card_title(lead.explorer, d.language),
                                                ceiling=demos.number(cases.SHARE_CEILING, ".2f"),
                                                demo_ceiling=demos.number(demos.HEADROOM_DEMO_CEILING, ".2f")))
        if d.number == "00":
            return say("demo.warm_up"), say("demo.warm_up.text")
        return say("demo.try"), say("demo.try.text")


# ------------------------------------------------------------------ dashboards
DASHBOARD_CSS = """
body[data-voila] { margin: 0; }
body[data-voila] #rendered_cells {
  box-sizing: border-box; height: 100vh; padding: 8px 24px 6px;
  display: flex; flex-direction: column;
}
/* Every box from the page down to the explorer is a flex column: the explorer gets the height
   the title leaves, and its picture the height the sliders leave. */
body[data-voila] #rendered_cells > div,
body[data-voila] #rendered_cells :has(.kit-explorer) {
  display: flex; flex-direction: column; flex: 1 1 auto; min-height: 0; min-width: 0;
  padding-top: 0; padding-bottom: 0; margin-top: 0; margin-bottom: 0;
}
body[data-voila] #rendered_cells > div > div:not(:has(.kit-explorer)) { flex: none; }
body[data-voila] .jp-Cell { padding: 0; }
body[data-voila] .jp-OutputPrompt, body[data-voila] .jp-InputPrompt { display: none; }
body[data-voila] .jp-RenderedHTMLCommon { padding-right: 0; }
body[data-voila] .kit-explorer { flex: 1 1 auto; min-height: 0; gap: 2px; }
body[data-voila] .kit-explorer > * { flex: none; }
body[data-voila] .kit-explorer > .kit-explorer-figure {
  flex: 0 1 auto; min-height: 0; height: auto; object-fit: contain; object-position: left top;
}
/* Sliders: 18-px labels in one column as wide as the longest label (--kit-label, set per
   dashboard; capped, a longer label wraps), so the tracks still start in one line; the
   tracks (--kit-track) as long as the screen allows. */
body[data-voila] .kit-explorer .widget-slider {
  font-size: 18px; min-height: 28px; margin: 0; width: min(100%, calc(var(--kit-label) + var(--kit-track) + 3.5em)) !important;
}
body[data-voila] .kit-explorer .widget-slider .widget-label {
  font-size: 18px; width: var(--kit-label) !important; flex: none;
}
body[data-voila] .kit-explorer .widget-slider .widget-readout { font-size: 18px; }
body[data-voila] .kit-explorer-controls > .widget-vbox {
  font-size: 18px; flex: none !important; max-width: 100%;
  width: calc(var(--kit-label) + var(--kit-track) + 3.5em);
}
body[data-voila] .kit-explorer-readout .widget-html-content { font-size: 18px; line-height: 1.22; padding-top: 0; }
body[data-voila] .kit-explorer-readout { min-height: 0 !important; }
/* The readout under the sliders, as wide as the page (few lines), unless the dashboard says
   otherwise (a tall column of sliders leaves room beside it on a wide screen). */
body[data-voila] .kit-explorer-controls { flex-flow: column nowrap !important; gap: 2px; }
body[data-voila] .kit-explorer-controls > .kit-explorer-readout { flex: none !important; }
.kit-dash-head { display: flex; align-items: baseline; gap: 1em; font-family: var(--jp-content-font-family); }
.kit-dash-head h1 { font-size: 30px; line-height: 1.1; margin: 0; flex: 1 1 auto; }
.kit-dash-head a { font-size: 17px; white-space: nowrap; }
.kit-dash-about { font-size: 15px; line-height: 1.25; margin: 0 0 4px; color: #555; }
.kit-dash-ask {
  font-size: 21px; line-height: 1.25; margin: 0 0 4px; padding: 2px 12px;
  border-left: 6px solid #0072B2; background: #E6F1F8;
}
"""
"""The dashboard page: everything on one screen, large type. Scoped to Voilà's page
(``body[data-voila]``), so the notebook opened in JupyterLab looks as it always did."""


LABEL_MAX_EM = 33
"""The widest a dashboard's slider-label column grows (at 18 px: 594 px, so that label and
track fit a 1024-px screen); longer labels wrap."""
READOUT_BESIDE_FROM = 4
"""With this many sliders or more, and a screen at least 1200 px wide, the readout stands
beside the sliders: their column is taller than the readout, and the picture gets the height."""


def slider_labels(explorer: str) -> list[str]:
    from customer_king import explorers
    return [spec.label for spec in getattr(explorers, explorer)().specs]


def label_width_em(labels: list[str]) -> float:
    """A column that holds the longest label on one line (about 0.51 em a character in the
    default sans-serif, plus the label's padding), up to the cap."""
    return min(LABEL_MAX_EM, round(max(map(len, labels), default=10) * 0.51 + 0.8, 1))


def explorer_css(labels: list[str]) -> str:
    """The rules that depend on the dashboard's sliders."""
    rules = f"body[data-voila] .kit-explorer {{ --kit-label: {label_width_em(labels)}em; --kit-track: 24em; }}\n"
    if len(labels) >= READOUT_BESIDE_FROM:
        rules += ("@media (min-width: 1200px) {\n"
                  "  body[data-voila] .kit-explorer { --kit-track: 13.5em; }\n"
                  "  body[data-voila] .kit-explorer-controls { flex-flow: row nowrap !important; gap: 0 1.5em; }\n"
                  "  body[data-voila] .kit-explorer-controls > .kit-explorer-readout { flex: 1 1 0 !important; "
                  "min-width: 12em !important; }\n}\n")
    return rules


def _figure_code(d: Dashboard) -> str:
    # An edition other than English sets its language first: sliders, readout and chart in it.
    language = ("" if d.language == DEFAULT_LANGUAGE else
                f'from customer_king.messages import set_language\nset_language("{d.language}")\n')
    return comments_in(d.language, (
        f"{language}from customer_king.explorers import {d.explorer}\n\n"
        f"explorer = {d.explorer}()\n"
        "# Presenter mode: the picture drawn larger than in a lesson (type for the back row),\n"
        f"# at most {FIGURE_MAX_WIDTH_PX} px wide (a 1024-px screen); the page's style shrinks it where the\n"
        "# screen is shorter.\n"
        "figure = explorer.figure\n"
        f"figure.set_dpi(min({FIGURE_MAX_DPI}, {FIGURE_MAX_WIDTH_PX} / figure.get_figwidth()))\n"
        "explorer.image.layout.width = f\"{round(figure.get_figwidth() * figure.dpi)}px\"\n"
        "explorer.refresh()\n"
        "explorer"
    ), width=FIGURE_MAX_WIDTH_PX)


def dashboard_notebook(d: Dashboard) -> nbformat.NotebookNode:
    label, prompt = prompt_for(d)
    e = html.escape
    with messages.language(d.language):  # the label column as wide as the edition's labels
        labels = slider_labels(d.explorer)
    head = (f"<style>{comments_in(d.language, DASHBOARD_CSS)}{explorer_css(labels)}</style>\n\n"
            f'<div class="kit-dash-head"><h1>{e(d.title)}</h1>'
            f'<a href="{INDEX_NAME}">{e(presenter_text(d.language, "back"))}</a></div>\n'
            f'<p class="kit-dash-about">{e(d.about)} <em>({e(note_for(d))})</em></p>\n'
            f'<p class="kit-dash-ask"><strong>{e(label)}:</strong> {e(prompt)}</p>\n')
    return _notebook([nbformat.v4.new_markdown_cell(head), nbformat.v4.new_code_cell(_figure_code(d))],
                     d.title, d.language)


# ------------------------------------------------------------------ the index
INDEX_CSS = """
body[data-voila] #rendered_cells { padding: 8px 24px; box-sizing: border-box; }
body[data-voila] .jp-Cell { padding: 0; margin: 0; }
body[data-voila] .jp-RenderedHTMLCommon > :last-child { margin-bottom: 0; }
body[data-voila] .jp-RenderedHTMLCommon { padding-right: 0; }
.kit-index { font-family: var(--jp-content-font-family); font-size: 15px; line-height: 1.3; color: #1a1a1a; }
.kit-index h1 { font-size: 30px; margin: 0 0 2px; line-height: 1.15; }
.kit-index .kit-how { font-size: 15px; margin: 0 0 6px; color: #555; }
/* One box per topic, one card per dashboard inside it: four cards to a row. */
.kit-topics { display: grid; grid-template-columns: repeat(4, minmax(0, 1fr)); gap: 8px 10px; }
.kit-topic { display: flex; flex-direction: column; gap: 4px; grid-column: span var(--cards); }
.kit-topic h2 { font-size: 15px; margin: 0; line-height: 1.25; color: #555; font-weight: 600; }
.kit-topic-cards { display: grid; grid-template-columns: repeat(var(--cards), minmax(0, 1fr)); gap: 10px; flex: 1; }
.kit-card {
  display: flex; flex-direction: column; gap: 4px; padding: 8px 12px;
  border: 1px solid #c8c8c8; border-top: 6px solid #0072B2; border-radius: 6px; background: #fff;
}
.kit-card h3 { font-size: 20px; margin: 0; line-height: 1.2; }
.kit-card h3 a { text-decoration: none; color: #0058A0; }
.kit-card h3 a:hover { text-decoration: underline; }
.kit-card p { margin: 0; }
.kit-card .kit-basis { font-size: 13px; color: #555; margin-top: auto; }
@media (max-width: 1100px) {
  .kit-index, .kit-index .kit-how { font-size: 14px; }
  .kit-card { padding: 6px 9px; }
  .kit-card h3 { font-size: 18px; }
  .kit-topic h2 { min-height: 2.5em; }  /* two lines each: the cards' tops stay in line */
}
"""


def _card(d: Dashboard) -> str:
    e = html.escape
    label, prompt = prompt_for(d)
    basis = presenter_text(d.language, "basis.rule" if uses_rule(d) else "basis.model")
    return (f'<div class="kit-card">'
            f'<h3><a href="{d.filename}">{e(d.card_title)}</a></h3>'
            f'<p>{e(d.context)}</p>'
            f'<p class="kit-ask"><strong>{e(label)}:</strong> {e(prompt)}</p>'
            f'<p class="kit-basis">{basis} · {e(d.filename)}</p></div>')


def _topic(topic: str, group: list[Dashboard]) -> str:
    return (f'<section class="kit-topic" data-topic="{topic}" style="--cards: {len(group)}">'
            f'<h2>{html.escape(group[0].topic_label)}</h2>'
            f'<div class="kit-topic-cards">{"".join(_card(d) for d in group)}</div></section>')


def index_notebook(items: list[Dashboard], language: str = DEFAULT_LANGUAGE) -> nbformat.NotebookNode:
    groups = "\n".join(_topic(topic, group) for topic, group in by_topic(items))
    say = lambda key: presenter_text(language, key)  # noqa: E731
    extra = PRESENTER[language].get("index.css", "")  # an edition's own adjustments (longer words)
    page = (f"<style>{comments_in(language, INDEX_CSS)}{extra}</style>\n\n"
            f'<div class="kit-index"><h1>{html.escape(say("index.heading"))}</h1>\n'
            f'<p class="kit-how">{html.escape(say("index.how"))}</p>\n'
            f'<div class="kit-topics">\n{groups}\n</div></div>\n')
    return _notebook([nbformat.v4.new_markdown_cell(page)], say("index.title"), language)


# ------------------------------------------------------------------ the Voilà template
TEMPLATE_FILES = {
    "conf.json": '{\n  "base_template": "lab"\n}\n',
    "index.html.j2": (
        "{#- The kit's presenter template (generated by tools/build_presenter.py): Voila's lab\n"
        "    template without its Font Awesome links, so that a dashboard asks nothing of the\n"
        "    network. Nothing on a dashboard uses an icon. -#}\n"
        "{%- extends 'voila/templates/lab/index.html.j2' -%}\n"
        "{%- block notebook_css -%}\n"
        "{{ super() | replace('<link rel=\"stylesheet\" href=\"https://cdn.jsdelivr.net/npm/@fortawesome/"
        "fontawesome-free@^5/css/all.min.css\" type=\"text/css\" />', '')\n"
        "           | replace('<link rel=\"stylesheet\" href=\"https://cdn.jsdelivr.net/npm/@fortawesome/"
        "fontawesome-free@^5/css/v4-shims.min.css\" type=\"text/css\" />', '') }}\n"
        "{%- endblock notebook_css -%}\n"
    ),
}
"""File name -> text of the ``kit`` Voilà template (under ``share/voila/templates/kit``)."""
TEMPLATE_DIR = Path("share") / "voila" / "templates" / TEMPLATE_NAME
