"""Build the trainer's slide decks and handouts from the lessons' own sources.

For every topic lesson ``content/lessons/NN_name.py`` (01-05) this writes

* ``slides/NN_name.html``            a reveal.js deck, one self-contained file;
* ``slides/handouts/NN_name.html``   a one-page, print-ready (A4) summary;

and ``slides/00_masterclass.html``, the full masterclass in one deck.

Where the content comes from (never typed twice):

* headings, *why this matters*, objectives, tables, bullets, *predict first*
  questions, key points and references: the lesson source (jupytext percent);
* static figures: the lesson's executed notebook in ``notebooks/`` (drawn there
  by ``customer_king.plots``; run ``make build`` first);
* slider figures: the lesson's own explorers from ``customer_king.explorers``,
  drawn at the demo's slider settings, with the explorer's own readout;
* model numbers (tables, demo answers): computed here from ``customer_king.model``;
* speaker notes: the lesson's prose for that section, plus the demo script.

Every deck is one HTML file that opens by double-click with no network: the
pinned reveal.js 5 files in ``tools/vendor/`` (from the npm registry, see
``--vendor``) and the figures (base64 PNG) are inlined. Building twice writes
the same bytes; ``--check`` compares committed decks with a fresh build.

Usage::

    python tools/build_slides.py            # write slides/ (and handouts)
    python tools/build_slides.py --check    # exit 1 if a committed file is stale
    python tools/build_slides.py --vendor   # refresh tools/vendor/ with npm pack
"""
from __future__ import annotations

import argparse
import base64
import hashlib
import html
import io
import re
import shutil
import subprocess
import sys
import tarfile
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

import jupytext
import nbformat
from markdown_it import MarkdownIt

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(Path(__file__).resolve().parent))
import build_presenter  # noqa: E402  (same folder)

LESSON_SOURCES = ROOT / "content" / "lessons"
EXERCISE_SOURCES = ROOT / "content" / "exercises"
NOTEBOOKS = ROOT / "notebooks"
SLIDES = ROOT / "slides"
HANDOUTS_DIR = "handouts"
MASTERCLASS = "00_masterclass.html"
KIT_TITLE = "Is your customer king?"
BINDER_URL = ("https://mybinder.org/v2/gh/customer-king-kit/customer-king/main"
              "?urlpath=lab/tree/notebooks/{stem}.ipynb")

# reveal.js from the npm registry, pinned: 5.x is the line whose layout the kit
# was checked with (6.x changed it). `--vendor` re-fetches and checks the hash.
REVEAL_VERSION = "5.2.1"
REVEAL_INTEGRITY = ("sha512-r7//6mIM5p34hFiDMvYfXgyjXqGRta+/psd9YtytsgRlrpRzFv4RbH76TXd2qD"
                    "+7ZPZEbpBDhdRhJaFgfQ7zNQ==")
VENDOR = ROOT / "tools" / "vendor" / f"reveal.js-{REVEAL_VERSION}"
# Only what a deck needs: core, its CSS, the white theme, the speaker-notes plugin.
VENDOR_FILES = {
    "package/dist/reset.css": "reset.css",
    "package/dist/reveal.css": "reveal.css",
    "package/dist/theme/white.css": "white.css",
    "package/dist/reveal.js": "reveal.js",
    "package/plugin/notes/notes.js": "notes.js",
    "package/LICENSE": "LICENSE",
}

FIGURE_DPI = 150  # sharp on a 1920-pixel projector

_md = MarkdownIt("commonmark", {"typographer": False}).enable("table")


# ======================================================================
# Reading a lesson
# ======================================================================
@dataclass
class Section:
    heading: str
    level: int
    markdown: list[str] = field(default_factory=list)
    explorers: list[str] = field(default_factory=list)
    figures: list[bytes] = field(default_factory=list)
    captions: list[str] = field(default_factory=list)  # per figure: the sentence that follows it
    printed: list[str] = field(default_factory=list)

    @property
    def text(self) -> str:
        return "\n\n".join(m.strip() for m in self.markdown if m.strip())


@dataclass
class Lesson:
    stem: str
    title: str
    why: str = ""
    time: str = ""
    objectives: list[str] = field(default_factory=list)
    sections: list[Section] = field(default_factory=list)
    key_points: list[str] = field(default_factory=list)
    references: list[str] = field(default_factory=list)

    @property
    def number(self) -> str:
        return self.stem[:2]

    @property
    def short_title(self) -> str:
        """'1. Customer orientation: what it is...' -> 'Customer orientation: what it is...'."""
        return re.sub(r"^\d+\.\s*", "", self.title)

    def section(self, start: str) -> Section | None:
        return next((s for s in self.sections if s.heading.lower().startswith(start.lower())), None)


_HEADING = re.compile(r"^(#{1,3})\s+(.+?)\s*$")
# A statement calling an explorer, e.g. `headroom_explorer(case)`; the deck calls it with its
# defaults, which are the same case data and model.
_EXPLORER_CALL = re.compile(r"^\s*(\w+_explorer)\s*\(", re.MULTILINE)


def _notebook_outputs(stem: str, n_cells: int) -> list[list] | None:
    """Outputs per cell of the executed lesson notebook, if it matches the source."""
    path = NOTEBOOKS / f"{stem}.ipynb"
    if not path.exists():
        return None
    nb = nbformat.read(path, as_version=4)
    if len(nb.cells) != n_cells:
        return None
    return [c.get("outputs", []) for c in nb.cells]


def read_lesson(path: Path) -> Lesson:
    nb = jupytext.read(path, fmt="py:percent")
    outputs = _notebook_outputs(path.stem, len(nb.cells))
    lesson = Lesson(stem=path.stem, title=path.stem)
    current: Section | None = None
    intro: list[str] = []
    for index, cell in enumerate(nb.cells):
        if cell.cell_type == "markdown":
            chunk: list[str] = []
            for line in cell.source.splitlines():
                match = _HEADING.match(line)
                if match:
                    if current is not None:
                        current.markdown.append("\n".join(chunk))
                    elif chunk:
                        intro.append("\n".join(chunk))
                    chunk = []
                    level, heading = len(match[1]), match[2]
                    if level == 1:
                        lesson.title = heading
                        current = None
                    else:
                        current = Section(heading, level)
                        lesson.sections.append(current)
                else:
                    chunk.append(line)
            if current is not None:
                current.markdown.append("\n".join(chunk))
                following = paragraphs("\n".join(chunk))
                if following and len(current.captions) < len(current.figures):
                    caption = first_sentence(following[0]) if not following[0].startswith("|") else ""
                    current.captions += [caption] * (len(current.figures) - len(current.captions))
            else:
                intro.append("\n".join(chunk))
        elif cell.cell_type == "code" and current is not None:
            current.explorers += _EXPLORER_CALL.findall(cell.source)
            for output in (outputs[index] if outputs else []):
                data = output.get("data", {})
                if "image/png" in data:
                    current.captions += [""] * (len(current.figures) - len(current.captions))
                    current.figures.append(base64.b64decode(data["image/png"]))
                elif output.get("output_type") == "stream" and output.get("name") == "stdout":
                    current.printed.append(output.get("text", ""))
    _parse_intro(lesson, "\n\n".join(intro))
    _parse_closing(lesson)
    return lesson


def _parse_intro(lesson: Lesson, text: str) -> None:
    why = re.search(r"\*\*Why this matters\.\*\*\s*(.+?)(?:\n\s*\n|$)", text, re.DOTALL)
    lesson.why = " ".join(why[1].split()) if why else ""
    time = re.search(r"^\|\s*\*\*Time\*\*\s*\|\s*(.+?)\s*\|\s*$", text, re.MULTILINE)
    lesson.time = time[1] if time else ""
    objectives = text.split("**Learning objectives.**", 1)
    if len(objectives) == 2:
        lesson.objectives = _list_items(objectives[1])


def _parse_closing(lesson: Lesson) -> None:
    keep = []
    for section in lesson.sections:
        name = section.heading.lower()
        if name == "key points":
            lesson.key_points = [i for i in _list_items(section.text) if not i.startswith("**Next")]
        elif name == "references":
            lesson.references = _list_items(section.text)
        else:
            keep.append(section)
    lesson.sections = keep


def _list_items(text: str) -> list[str]:
    """Items of the first bulleted or numbered list in ``text`` (continuations joined)."""
    items: list[str] = []
    started = False
    for line in text.splitlines():
        marker = re.match(r"^\s*(?:[*-]|\d+\.)\s+(.*)$", line)
        if marker:
            items.append(marker[1].strip())
            started = True
        elif started and line.strip() and line.startswith((" ", "\t")):
            items[-1] += " " + line.strip()
        elif started and not line.strip():
            continue
        elif started:
            break
    return items


# ======================================================================
# Markdown -> slide HTML
# ======================================================================
def md_html(text: str) -> str:
    """Markdown to HTML, links turned into plain text (a deck has no notebooks beside it)."""
    out = _md.render(text)
    out = re.sub(r"<a [^>]*>", "", out).replace("</a>", "")
    return out.strip()


def md_inline(text: str) -> str:
    out = md_html(text)
    return re.sub(r"^<p>(.*)</p>$", r"\1", out, flags=re.DOTALL)


def plain(text: str) -> str:
    return re.sub(r"<[^>]+>", "", md_inline(text))


_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z*(\"“])")


def first_sentence(text: str) -> str:
    flat = " ".join(text.split())
    return _SENTENCE_END.split(flat, 1)[0]


def paragraphs(text: str) -> list[str]:
    return [p.strip() for p in re.split(r"\n\s*\n", text) if p.strip()]


def _tables(text: str) -> list[str]:
    return [p for p in paragraphs(text) if p.lstrip().startswith("|")]


def _predict(text: str) -> str | None:
    """From '**Predict first' to the end of its paragraph, plus a list that follows it."""
    paras = paragraphs(text)
    for index, p in enumerate(paras):
        at = p.find("**Predict first")
        if at < 0:
            continue
        question = p[at:]
        if question.rstrip().endswith(":") and index + 1 < len(paras):
            question += "\n\n" + paras[index + 1]
        return question
    return None


_PREDICT_MARKER = re.compile(r"^\*\*Predict first[.:,]?\*\*[.:,]?\s*")


def statement(text: str, *, target: int = 150, limit: int = 330) -> str:
    """The opening sentences of a section's prose, enough to say something on a slide."""
    sentences: list[str] = []
    for p in paragraphs(text):
        if p.startswith(("|", "**Predict", "**Next")) or re.match(r"^\s*(?:[*-]|\d+\.)\s", p):
            continue
        for sentence in _SENTENCE_END.split(" ".join(p.split())):
            if sentences and len(" ".join(sentences)) + len(sentence) > limit:
                return " ".join(sentences)
            sentences.append(sentence)
            if len(" ".join(sentences)) >= target:
                return " ".join(sentences)
    return " ".join(sentences)


# ======================================================================
# Figures
# ======================================================================
def small_png(png: bytes) -> bytes:
    """The same picture in a 256-colour palette: a third of the bytes, no visible change
    for flat-coloured charts, and the same bytes every run."""
    from PIL import Image
    image = Image.open(io.BytesIO(png)).convert("RGB")
    out = io.BytesIO()
    image.quantize(colors=256, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE).save(
        out, format="PNG", optimize=True)
    return out.getvalue()


def png_data_uri(png: bytes) -> str:
    return "data:image/png;base64," + base64.b64encode(small_png(png)).decode("ascii")


def render_figure(fig) -> bytes:
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png", dpi=FIGURE_DPI, metadata={"Software": None})
    return buffer.getvalue()


def explorer_picture(name: str, settings: dict[str, float] | None = None) -> tuple[bytes, str]:
    """The explorer's own figure and readout at the given slider settings."""
    from customer_king import explorers
    explorer = getattr(explorers, name)()
    if settings:
        explorer.set(**settings)
    return render_figure(explorer.figure), explorer.readout.value


# ======================================================================
# Model numbers and live demos (computed, never typed)
# ======================================================================
@dataclass(frozen=True)
class Demo:
    explorer: str
    slider: str                     # the slider to move (its name in the explorer)
    start: float
    end: float
    question: str                   # ask the room *before* moving the slider
    answer: Callable[[], str]       # what the stylized model shows, computed
    then: str = ""                  # a follow-up move
    preset: tuple[tuple[str, float], ...] = ()  # other sliders, set before the demo starts
    handout_at_end: bool = True     # False: the handout shows the explorer as it opens

    def final_settings(self) -> dict[str, float]:
        """Where the sliders stand at the end of the demo (the picture on the slide)."""
        return {**dict(self.preset), self.slider: self.end}

    def dashboard(self) -> build_presenter.Dashboard | None:
        return next((d for d in build_presenter.dashboards() if d.explorer == self.explorer), None)


def _seven(c: float) -> float:
    from customer_king import model
    return float(model.to_seven_point(c))


def _answer_01() -> str:
    from customer_king import model
    a4 = model.accounts_covered(model.from_seven_point(4))
    a6 = model.accounts_covered(model.from_seven_point(6))
    h4 = model.hours_per_account(model.from_seven_point(4))
    h6 = model.hours_per_account(model.from_seven_point(6))
    return (f"Hours per account rise from {h4:.1f} to {h6:.1f}; accounts served fall from "
            f"{a4:.0f} to {a6:.0f}, a drop of {1 - a6 / a4:.0%}.")


def _answer_02() -> str:
    from customer_king import model
    peak = model.optimum(objective="sales")
    s1, s7 = model.sales(0.0), model.sales(1.0)
    return (f"Sales peak at about {_seven(peak.orientation):.1f} of 7 (€{peak.value / 1e6:.1f} million); "
            f"at 7 they are €{s7 / 1e6:.1f} million, against €{s1 / 1e6:.1f} million at 1. "
            f"Satisfaction keeps rising: {model.satisfaction(peak.orientation):.1f} at the peak, "
            f"{model.satisfaction(1.0):.1f} at 7.")


def _moderator_peak(**levels: float) -> float:
    from customer_king import model
    return _seven(model.optimum(model.moderated(model.DEFAULT, **levels), "sales").orientation)


def _answer_03() -> str:
    base = _moderator_peak()
    shifts = ", ".join(f"{label} {_moderator_peak(**{name: 1.0}):.1f}"
                       for name, label in (("individualized", "individualized products"),
                                           ("premium_price", "premium price"),
                                           ("competition", "fierce competition")))
    from customer_king import model
    profit = model.optimum(objective="profit")
    return (f"The sales peak moves up from {base:.1f} of 7: {shifts}. "
            f"The profit peak sits at {_seven(profit.orientation):.1f}, at or below the sales peak.")


def _answer_04() -> str:
    from customer_king import model
    s3, s4, s5 = (model.wallet_allocation_share(r, 5) for r in (3, 4, 5))
    return (f"As number 4 of 5 suppliers you can expect {s4:.0%} of the wallet, "
            f"against {1 / 5:.0%} for an equal split; climbing to number 3 gives {s3:.0%}, "
            f"number 5 gets {s5:.0%}.")


def _case_scores(**weights: float):
    from customer_king import cases, model, overservice
    case = cases.load_case()
    signs = overservice.salesperson_indicators(case)
    full = {key: 1.0 for key in overservice.CASE_SIGNS}
    return case, signs, model.warning_score(signs, {**full, **weights} if weights else None)


def _answer_05() -> str:
    from customer_king import model
    import numpy as np
    case, signs, before = _case_scores()
    _, _, after = _case_scores(effort_near_ceiling=0.0)
    flagged = np.flatnonzero(model.warning_band(before) != "green")
    lowest = min(flagged, key=lambda i: signs["effort_near_ceiling"][i])
    changes = "; ".join(f"{case.team[i]} {before[i]:.0f} → {after[i]:.0f}" for i in flagged)
    return (f"Flagged now: {changes}. The score is an average: {case.team[lowest]}, lowest of them on "
            f"that sign, goes up, because a sign on which someone scores low no longer pulls the average down.")


DEMOS: dict[str, Demo] = {
    "01": Demo("time_cost_explorer", "orientation", 4, 6,
               "A salesperson at orientation 4 moves to 6. Do the accounts they can serve drop "
               "(a) by about a tenth, (b) by about a quarter, (c) by about half?",
               _answer_01,
               "Then raise the selling-hours slider by 300 h: what does less admin buy at each level?"),
    "02": Demo("satisfaction_sales_explorer", "orientation", 1, 7,
               "As orientation goes from 1 to 7, where do sales peak, and what does satisfaction do "
               "after that point?",
               _answer_02,
               "Stop at the peak, then go one step further: satisfaction still rises, sales fall."),
    "03": Demo("moderator_explorer", "individualized", 0, 1,
               "Products become tailor-made. Should the best level of orientation go up, "
               "down, or stay where it is?",
               _answer_03,
               "Reset, then try premium price and competition one at a time, then all three."),
    "04": Demo("wallet_allocation_explorer", "rank", 1, 4,
               "A customer buys from five suppliers and you would enter as number 4. What share can you "
               "expect: (a) about a fifth, (b) about an eighth, (c) less than a tenth?",
               _answer_04,
               "Then open the headroom demo and move the ceiling from 0.80 to 0.70.",
               preset=(("n_suppliers", 5.0),)),
    "05": Demo("warning_score_explorer", "effort_near_ceiling", 1, 0,
               "We stop counting effort on accounts near the ceiling. Does the score of the flagged "
               "salesperson who scores lowest on that sign go up or down?",
               _answer_05,
               "Then set every weight to 0 except non-sales talk: who stays amber or red?",
               handout_at_end=False),
}


def model_numbers(number: str) -> tuple[str, list[str], list[list[str]]] | None:
    """(caption, header, rows) of a small table of the model's numbers for a topic."""
    from customer_king import model
    if number == "01":
        rows = [[f"{s}", f"{model.hours_per_account(model.from_seven_point(s)):.1f}",
                 f"{model.accounts_covered(model.from_seven_point(s)):.0f}"] for s in (1, 3, 4, 5, 6, 7)]
        return ("Time per account and accounts served, 1,200 selling hours",
                ["Orientation", "Hours per account", "Accounts served"], rows)
    if number == "02":
        peak = model.optimum(objective="sales").orientation
        points = [(f"{s}", model.from_seven_point(s)) for s in (1, 3)] + [
            (f"{_seven(peak):.1f} (peak)", peak)] + [(f"{s}", model.from_seven_point(s)) for s in (6, 7)]
        rows = [[label, f"{model.satisfaction(c):.1f}", f"€{model.sales(c) / 1e6:.1f} m",
                 f"{model.accounts_covered(c):.0f}", f"{model.share_of_wallet(c):.0%}"] for label, c in points]
        return ("Satisfaction keeps rising; sales peak",
                ["Orientation", "Satisfaction (1–7)", "Sales", "Accounts", "Share of wallet"], rows)
    if number == "03":
        rows = []
        for label, levels in model.MODERATOR_PRESETS.items():
            p = model.moderated(model.DEFAULT, **levels)
            s, q = model.optimum(p, "sales"), model.optimum(p, "profit")
            rows.append([label, f"{_seven(s.orientation):.1f}", f"{_seven(q.orientation):.1f}"])
        return ("Where the peak lies (each moderator at +1, others at 0)",
                ["Situation", "Sales peak (1–7)", "Profit peak (1–7)"], rows)
    if number == "04":
        header = ["Suppliers used"] + [f"Rank {r}" for r in range(1, 6)]
        rows = [[f"{n}"] + [f"{model.wallet_allocation_share(r, n):.0%}" if r <= n else "–" for r in range(1, 6)]
                for n in (2, 3, 4, 5)]
        return ("Wallet Allocation Rule: expected share of wallet by rank", header, rows)
    if number == "05":
        case, signs, scores = _case_scores()
        bands = model.warning_band(scores)
        order = sorted(range(len(case.team)), key=lambda i: -scores[i])[:6]
        rows = [[case.team[i], f"{scores[i]:.0f}", str(bands[i])] for i in order]
        return ("Warning score of Koningsvast's account managers (top 6, equal weights)",
                ["Account manager", "Score (0–100)", "Band"], rows)
    return None


def exercise_info(stem: str) -> tuple[int, str] | None:
    """(number of graded questions, the discussion prompt) of the topic's exercise set."""
    source = EXERCISE_SOURCES / f"{stem}.py"
    if not source.exists():
        return None
    from customer_king import exercise_sets
    try:
        count = len(exercise_sets.build(stem))
    except KeyError:
        return None
    text = source.read_text(encoding="utf-8")
    match = re.search(r"Discuss with your neighbour[^\n]*\n((?:#.*\n)+)", text)
    prompt = ""
    if match:
        prompt = " ".join(line.lstrip("# ").strip() for line in match[1].splitlines()).strip()
    return count, first_sentence(prompt) if prompt else ""


# ======================================================================
# Slides
# ======================================================================
@dataclass
class Slide:
    body: str
    notes: str
    css_class: str = ""
    title: str = ""

    def html(self) -> str:
        cls = f' class="{self.css_class}"' if self.css_class else ""
        notes = f'\n<aside class="notes">{self.notes}</aside>' if self.notes else ""
        return f"<section{cls}>\n{self.body}{notes}\n</section>"


CAPTION_CHARS_PER_LINE = 85   # at the caption's size on a 1280-pixel slide
CAPTION_LINE_PX = 39


def _caption_lines(caption: str) -> int:
    blocks = re.split(r"<br\s*/?>|</p>|</li>|</div>", caption)
    return sum(max(1, -(-len(re.sub(r"<[^>]+>", "", b).strip()) // CAPTION_CHARS_PER_LINE))
               for b in blocks if re.sub(r"<[^>]+>", "", b).strip())


def _figure(png: bytes, alt: str, caption: str = "", *, room: int = 590) -> str:
    """An inlined picture that leaves room for its caption on a 720-pixel slide."""
    cap = f'<div class="caption">{caption}</div>' if caption else ""
    height = room - CAPTION_LINE_PX * _caption_lines(caption) if caption else room
    return (f'<img class="figure" style="max-height: {height}px" src="{png_data_uri(png)}" '
            f'alt="{html.escape(alt)}">{cap}')


def _table_html(caption: str, header: list[str], rows: list[list[str]]) -> str:
    head = "".join(f"<th>{html.escape(h)}</th>" for h in header)
    body = "".join("<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in row) + "</tr>" for row in rows)
    return (f'<table class="numbers"><caption>{html.escape(caption)}</caption>'
            f"<thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>")


def _is_dense(text: str, limit: int = 380) -> bool:
    return len(re.sub(r"<[^>]+>", "", text)) > limit


def _density(text: str, normal: int = 330, dense: int = 560) -> str:
    """'', 'dense' or 'denser': smaller type only where a slide would otherwise overflow."""
    length = len(re.sub(r"<[^>]+>", "", text))
    return "" if length <= normal else "dense" if length <= dense else "denser"


def _badge(lesson: Lesson) -> str:
    return f'<p class="kicker">Topic {int(lesson.number)} · {html.escape(lesson.short_title)}</p>'


def title_slide(lesson: Lesson) -> Slide:
    time = f'<p class="meta">{md_inline(lesson.time)}</p>' if lesson.time else ""
    return Slide(
        f'<p class="kicker">{KIT_TITLE} · Topic {int(lesson.number)} of 5</p>\n'
        f"<h1>{html.escape(lesson.short_title)}</h1>\n{time}",
        f"<p>Open with the question behind this topic.</p><p>{md_inline(lesson.why)}</p>",
        "title-slide", lesson.title)


def section_slides(lesson: Lesson, section: Section) -> list[Slide]:
    text = section.text
    notes = md_html(text)
    if section.printed:
        notes += "<p>In the notebook, the model prints:</p><pre>" + html.escape("".join(section.printed)) + "</pre>"
    heading = f"<h2>{md_inline(section.heading)}</h2>"
    slides: list[Slide] = []
    predict = _predict(text)
    if predict and (section.explorers or section.figures):
        # Ask before showing: the picture that answers comes on the next slide.
        question = _PREDICT_MARKER.sub("", predict)
        question = question[:1].upper() + question[1:]
        slides.append(Slide(
            f'{_badge(lesson)}<h2>Predict first</h2>\n<div class="callout">{md_html(question)}</div>',
            "<p>Ask the room to write a guess down before anybody sees the answer. "
            "Take three or four answers; do not say who is right yet.</p>" + md_html(predict),
            "predict" + (" dense" if _is_dense(question, 300) else "")))
    if section.explorers:
        name = section.explorers[0]
        demo = DEMOS.get(lesson.number)
        if demo and demo.explorer == name:
            slides.append(demo_slide(lesson))
        settings = demo.final_settings() if demo and demo.explorer == name else None
        png, readout = explorer_picture(name, settings)
        # A long readout would shrink the picture: then it goes to the notes instead.
        on_slide = readout if _caption_lines(readout) <= 2 else ""
        slides.append(Slide(
            f"{heading}\n" + _figure(png, section.heading, on_slide),
            notes + ("" if on_slide else f"<p><b>The explorer says:</b> {readout}</p>")
            + f"<p>Picture drawn by <code>{name}()</code>"
            + (" with " + ", ".join(f"{k} = {v:g}" for k, v in settings.items()) if settings else "") + ".</p>",
            "figure-slide"))
        return slides
    if section.figures:
        for png, caption in list(zip(section.figures, section.captions + [""] * len(section.figures)))[:2]:
            slides.append(Slide(f"{heading}\n" + _figure(png, section.heading, md_inline(caption) if caption else ""),
                                notes, "figure-slide"))
        return slides
    tables = _tables(text)
    if tables:
        body = md_html(tables[0])
        return [Slide(f"{_badge(lesson)}{heading}\n<div class=\"table-wrap\">{body}</div>", notes,
                      _density(body, 420, 640))]
    items = _list_items(text)
    if items:
        bullets = "".join(f"<li>{md_inline(first_sentence(i))}</li>" for i in items[:5])
        body = f"<ul>{bullets}</ul>"
        return [Slide(f"{_badge(lesson)}{heading}\n{body}", notes, "dense" if _is_dense(body, 420) else "")]
    said = statement(text)
    if not said:
        return []
    printed = "".join(section.printed).rstrip("\n")
    box = ""
    if printed and len(printed.splitlines()) <= 8 and max(len(l) for l in printed.splitlines()) <= 90:
        box = f'<pre class="printed">{html.escape(printed)}</pre>'
    return [Slide(f"{_badge(lesson)}{heading}\n<p class=\"statement\">{md_inline(said)}</p>{box}", notes,
                  "dense" if _is_dense(said, 260) or box else "")]


def numbers_slide(lesson: Lesson) -> Slide | None:
    table = model_numbers(lesson.number)
    if table is None:
        return None
    caption, header, rows = table
    return Slide(
        f"{_badge(lesson)}<h2>The stylized model in numbers</h2>\n" + _table_html(caption, header, rows)
        + '<p class="footnote">Computed from the kit\'s teaching model: its shape follows the research, '
          "its numbers are illustrations, not estimates.</p>",
        "<p>These are the model's numbers, not findings. Ask: which of these would you expect to hold "
        "in your own territory, and which not? The research supports the shape, not the values.</p>",
        "numbers")


def _specs(explorer: str):
    from customer_king import explorers
    return getattr(explorers, explorer.removesuffix("_explorer") + "_sliders",
                   lambda: getattr(explorers, explorer)().specs)()


def _slider_label(explorer: str, name: str) -> str:
    return next(s.label for s in _specs(explorer) if s.name == name)


def demo_slide(lesson: Lesson) -> Slide | None:
    names = [n for s in lesson.sections for n in s.explorers]
    if not names:
        return None
    demo = DEMOS.get(lesson.number)
    dashboard = next((d for d in build_presenter.dashboards() if d.explorer == (demo.explorer if demo else names[0])),
                     None)
    if dashboard is None:
        return None
    if demo is None:
        return Slide(
            f"{_badge(lesson)}<h2>Switch to the live demo</h2>\n<ul>"
            f"<li>Dashboard: <b>{html.escape(dashboard.filename)}</b> (<code>make present</code>)</li>"
            f"<li>Notebook: <b>notebooks/{lesson.stem}.ipynb</b></li></ul>",
            "<p>Switch to presenter mode, open the dashboard, ask the room to predict, then move the "
            "first slider one step at a time.</p>", "demo")
    spec = next(s for s in _specs(demo.explorer) if s.name == demo.slider)
    fmt = lambda v: f"{v:g}"  # noqa: E731
    return Slide(
        f"{_badge(lesson)}<h2>Switch to the live demo</h2>\n<ol class=\"steps\">"
        f"<li>Presenter mode (<code>make present</code>): open <b>{html.escape(dashboard.filename)}</b>"
        f" <span class=\"alt\">or notebooks/{lesson.stem}.ipynb</span></li>"
        + "".join(f"<li>Set <b>“{html.escape(_slider_label(demo.explorer, k))}”</b> to <b>{fmt(v)}</b></li>"
                  for k, v in demo.preset)
        + f"<li>Slider <b>“{html.escape(spec.label)}”</b>: start at <b>{fmt(demo.start)}</b></li>"
        f"<li>Ask the room first: {html.escape(demo.question)}</li>"
        f"<li>Move it to <b>{fmt(demo.end)}</b>, one step at a time</li></ol>",
        f"<p><b>Dashboard:</b> presenter/{dashboard.filename} ({dashboard.url_path} in presenter mode). "
        f"Fall-back: notebooks/{lesson.stem}.ipynb in JupyterLab, Run All.</p>"
        f"<p><b>Ask before moving:</b> {html.escape(demo.question)}</p>"
        f"<p><b>Expected (stylized model):</b> {html.escape(demo.answer())}</p>"
        + (f"<p><b>Then:</b> {html.escape(demo.then)}</p>" if demo.then else ""),
        "demo")


def objectives_slide(lesson: Lesson) -> Slide | None:
    if not lesson.objectives:
        return None
    items = "".join(f"<li>{md_inline(o.rstrip(';.'))}</li>" for o in lesson.objectives)
    return Slide(f"{_badge(lesson)}<h2>After this session you can</h2>\n<ol>{items}</ol>",
                 "<p>Read the objectives aloud; come back to them on the key-points slide.</p>",
                 "dense" if len(lesson.objectives) > 4 else "")


def why_slide(lesson: Lesson) -> Slide | None:
    if not lesson.why:
        return None
    return Slide(f"{_badge(lesson)}<h2>Why this matters</h2>\n<p class=\"statement\">{md_inline(lesson.why)}</p>",
                 f"<p>{md_inline(lesson.why)}</p><p>Time: {md_inline(lesson.time)}</p>",
                 "dense" if _is_dense(lesson.why, 300) else "")


def key_points_slide(lesson: Lesson) -> Slide | None:
    if not lesson.key_points:
        return None
    items = "".join(f"<li>{md_inline(first_sentence(k))}</li>" for k in lesson.key_points)
    full = "".join(f"<li>{md_inline(k)}</li>" for k in lesson.key_points)
    return Slide(f"{_badge(lesson)}<h2>Key points</h2>\n<ul>{items}</ul>",
                 f"<p>Mirror the objectives. The full key points from the lesson:</p><ul>{full}</ul>",
                 _density(items, 380, 600) + (" many" if len(lesson.key_points) > 5 else ""))


def exercise_slide(lesson: Lesson) -> Slide | None:
    info = exercise_info(lesson.stem)
    if info is None:
        return None
    count, prompt = info
    discuss = f"<li>Then discuss with your neighbour: {md_inline(prompt)}</li>" if prompt else ""
    return Slide(
        f"{_badge(lesson)}<h2>Your turn: exercises</h2>\n<ul>"
        f"<li>Open <b>exercises/{lesson.stem}.ipynb</b></li>"
        f"<li>{count} graded questions: replace <code>...</code>, run <code>check(...)</code></li>"
        f"{discuss}</ul>",
        "<p>Walk the room. Most 'not yet' answers come from units (hours versus accounts, fractions "
        "versus percentages): point at the hint rather than giving the answer. If a kernel dies: "
        "Kernel → Restart Kernel and Run All Cells.</p>", "exercise")


REFERENCES_PER_SLIDE = 7


def references_slides(refs: list[str]) -> list[Slide]:
    count = -(-len(refs) // REFERENCES_PER_SLIDE)
    size = -(-len(refs) // count) if count else 1
    chunks = [refs[i:i + size] for i in range(0, len(refs), size)]
    slides = []
    for number, chunk in enumerate(chunks, 1):
        items = "".join(f"<li>{md_inline(r)}</li>" for r in chunk)
        part = f" ({number}/{len(chunks)})" if len(chunks) > 1 else ""
        slides.append(Slide(f"<h2>References{part}</h2>\n<ul class=\"refs\">{items}</ul>",
                            "<p>Point to the references for anyone who wants the papers. Findings come "
                            "from these; the model's numbers do not.</p>", "references"))
    return slides


def topic_slides(lesson: Lesson) -> list[Slide]:
    slides = [title_slide(lesson), why_slide(lesson), objectives_slide(lesson)]
    for section in lesson.sections:
        slides += section_slides(lesson, section)
    has_demo = any(s.css_class == "demo" for s in slides if s is not None)
    slides += [numbers_slide(lesson), None if has_demo else demo_slide(lesson), key_points_slide(lesson),
               exercise_slide(lesson)]
    return [s for s in slides if s is not None]


# ======================================================================
# HTML documents
# ======================================================================
KIT_CSS = """
:root {
  --r-main-font: "Source Sans 3", "Source Sans Pro", "Segoe UI", "Helvetica Neue", Arial, "DejaVu Sans", sans-serif;
  --r-heading-font: var(--r-main-font);
  --r-main-font-size: 42px;
  --r-main-color: #1a1a1a;
  --r-heading-color: #1a1a1a;
  --r-heading-text-transform: none;
  --r-heading-font-weight: 700;
  --r-heading1-size: 1.9em;
  --r-heading2-size: 1.3em;
  --r-link-color: #0072B2;
}
.reveal .slides section { text-align: left; }
.reveal .slides section.title-slide { text-align: left; }
.reveal h1, .reveal h2 { line-height: 1.15; }
.reveal h2 { border-bottom: 6px solid #0072B2; padding-bottom: 0.15em; margin-bottom: 0.5em; }
.reveal .kicker { font-size: 0.55em; color: #555; margin: 0 0 0.3em 0; letter-spacing: 0.02em; }
.reveal .title-slide h1 { border-left: 16px solid #D55E00; padding-left: 0.4em; margin-top: 0.6em; }
.reveal .title-slide .kicker { margin-top: 1.2em; font-size: 0.6em; }
.reveal pre.printed { font-size: 0.56em; box-shadow: none; background: #f4f4f4; border-left: 10px solid #56B4E9; padding: 0.4em 0.6em; width: auto; margin: 0.6em 0 0 0; }
.reveal pre.printed { white-space: pre; font-family: "DejaVu Sans Mono", Consolas, monospace; }
.reveal .meta { font-size: 0.7em; color: #333; }
.reveal ul, .reveal ol { display: block; margin-left: 1.1em; }
.reveal li { margin-bottom: 0.35em; line-height: 1.3; }
.reveal .statement { font-size: 1.05em; line-height: 1.4; }
.reveal .dense { font-size: 0.84em; }
.reveal .denser { font-size: 0.72em; }
.reveal .denser.many li { margin-bottom: 0.2em; }
.reveal .denser table, .reveal .dense table { font-size: 0.72em; }
.reveal .dense .statement { font-size: 1em; }
.reveal img.figure { display: block; margin: 0 auto; max-width: 100%; max-height: 500px; width: auto; }
.reveal .caption { font-size: 0.7em; color: #222; margin: 0.3em 0 0 0; line-height: 1.3; }
.reveal .figure-slide h2 { margin-bottom: 0.25em; }
.reveal .callout { border-left: 14px solid #E69F00; background: #fff7e0; padding: 0.5em 0.8em; line-height: 1.4; }
.reveal .callout p { margin: 0.3em 0; }
.reveal table { border-collapse: collapse; margin: 0; font-size: 0.78em; }
.reveal table th, .reveal table td { border-bottom: 2px solid #bbb; padding: 0.18em 0.6em; text-align: left; vertical-align: top; }
.reveal table th { border-bottom: 4px solid #0072B2; }
.reveal table.numbers caption { caption-side: top; text-align: left; font-size: 0.9em; padding-bottom: 0.4em; color: #333; }
.reveal table.numbers td { text-align: right; } .reveal table.numbers td:first-child { text-align: left; }
.reveal .footnote { font-size: 0.5em; color: #555; margin-top: 0.8em; }
.reveal .demo h2 { border-bottom-color: #009E73; }
.reveal .demo .steps li { margin-bottom: 0.4em; }
.reveal .demo .alt { font-size: 0.7em; color: #555; }
.reveal .predict h2 { border-bottom-color: #E69F00; }
.reveal .refs { font-size: 0.6em; }
.reveal .refs li { margin-bottom: 0.5em; }
.reveal .topic-divider h1 { border-left: 16px solid #0072B2; padding-left: 0.4em; }
.reveal code { font-size: 0.9em; background: #f2f2f2; padding: 0 0.15em; }
.reveal .slide-number { font-size: 18px; background: transparent; color: #555; }
.reveal .progress { color: #0072B2; height: 6px; }
"""


def _vendor(name: str) -> str:
    path = VENDOR / name
    if not path.exists():
        raise SystemExit(f"{path} is missing: run `python tools/build_slides.py --vendor` (needs npm)")
    return path.read_text(encoding="utf-8")


def deck_html(title: str, slides: list[Slide]) -> str:
    sections = "\n".join(s.html() for s in slides)
    # `</script>` inside inlined JS would end the tag early; reveal's dist has none.
    js = _vendor("reveal.js") + "\n" + _vendor("notes.js")
    assert "</script" not in js.lower()
    return f"""<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="tools/build_slides.py (reveal.js {REVEAL_VERSION}, inlined)">
<title>{html.escape(title)}</title>
<!-- Generated from content/lessons/ by `make slides`; edit the lesson, not this file.
     Speaker view: press S. Overview: press Esc. Full screen: press F. -->
<style>
{_vendor("reset.css")}
{_vendor("reveal.css")}
{_vendor("white.css")}
{KIT_CSS}
</style>
</head>
<body>
<div class="reveal"><div class="slides">
{sections}
</div></div>
<script>
{js}
</script>
<script>
Reveal.initialize({{
  hash: true, width: 1280, height: 720, margin: 0.04,
  transition: "none", backgroundTransition: "none",
  slideNumber: "c/t", controls: true, progress: true, center: false,
  plugins: [RevealNotes]
}});
</script>
</body>
</html>
"""


HANDOUT_CSS = """
@page { size: A4; margin: 14mm 15mm; }
* { box-sizing: border-box; }
body { font-family: "Source Sans 3", "Segoe UI", "Helvetica Neue", Arial, "DejaVu Sans", sans-serif;
       color: #1a1a1a; font-size: 9.2pt; line-height: 1.3; margin: 0; background: #eee; }
.page { width: 210mm; min-height: 297mm; margin: 10mm auto; padding: 14mm 15mm; background: #fff; }
header { border-bottom: 3pt solid #0072B2; margin-bottom: 4mm; }
.kicker { font-size: 9pt; color: #555; margin: 0; }
h1 { font-size: 18pt; margin: 1mm 0 1.5mm 0; line-height: 1.15; }
h2 { font-size: 12pt; margin: 4mm 0 1.5mm 0; color: #0072B2; }
p, li { margin: 0 0 1.2mm 0; }
ul, ol { margin: 0; padding-left: 5mm; }
img.figure { width: 100%; max-height: 56mm !important; object-fit: contain; display: block; margin: 1mm 0; }
.caption { font-size: 8pt; color: #333; line-height: 1.25; }
table { border-collapse: collapse; font-size: 9pt; margin-top: 1mm; }
th, td { border-bottom: 0.6pt solid #aaa; padding: 0.6mm 2.5mm; text-align: right; }
th:first-child, td:first-child { text-align: left; }
th { border-bottom: 1.2pt solid #0072B2; }
caption { text-align: left; font-size: 9pt; color: #333; padding-bottom: 1mm; }
.cols { display: grid; grid-template-columns: 1fr 1fr; gap: 6mm; }
.note { font-size: 8.5pt; color: #444; border-left: 2.5pt solid #E69F00; padding-left: 2.5mm; }
footer { margin-top: 3mm; font-size: 7pt; color: #444; border-top: 0.6pt solid #aaa; padding-top: 1.5mm; }
footer li { margin: 0; }
@media print {
  body { background: #fff; }
  .page { margin: 0; padding: 0; width: auto; min-height: 0; box-shadow: none; }
}
"""


def handout_html(lesson: Lesson) -> str:
    figure = ""
    for section in lesson.sections:
        if section.explorers:
            demo = DEMOS.get(lesson.number)
            name = section.explorers[0]
            at_end = demo and demo.explorer == name and demo.handout_at_end
            png, readout = explorer_picture(name, demo.final_settings() if at_end else None)
            figure = _figure(png, section.heading, readout)
            break
    if not figure:
        for section in lesson.sections:
            if section.figures:
                figure = _figure(section.figures[0], section.heading)
                break
    points = "".join(f"<li>{md_inline(k)}</li>" for k in lesson.key_points)
    table = model_numbers(lesson.number)
    numbers = _table_html(*table) if table else ""
    demo = DEMOS.get(lesson.number)
    refs = "".join(f"<li>{md_inline(r)}</li>" for r in lesson.references)
    return f"""<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="generator" content="tools/build_slides.py">
<title>Handout · {html.escape(lesson.title)}</title>
<style>{HANDOUT_CSS}</style>
</head>
<body>
<div class="page">
<header>
<p class="kicker">{KIT_TITLE} · Topic {int(lesson.number)} of 5 · handout</p>
<h1>{html.escape(lesson.short_title)}</h1>
<p>{md_inline(lesson.why)}</p>
</header>
{figure}
<div class="cols">
<section>
<h2>Key points</h2>
<ul>{points}</ul>
</section>
<section>
{f"<h2>The model in numbers</h2>{numbers}" if numbers else ""}
{f'<h2>Try it</h2><p>{html.escape(demo.question)}</p><p class="note">{html.escape(demo.answer())}</p>' if demo else ""}
</section>
</div>
<p class="note">The figures and numbers come from the kit's <b>stylized teaching model</b>: its shape follows the
research, its numbers are illustrations. Notebook: notebooks/{lesson.stem}.ipynb ·
exercises: exercises/{lesson.stem}.ipynb.</p>
<footer><b>References</b><ul>{refs}</ul></footer>
</div>
</body>
</html>
"""


# ======================================================================
# The whole set of files
# ======================================================================
# The masterclass's five topics. Other lessons (00 start here, 06+ extras such as working
# with your own data) are not presented from slides.
TOPICS = ("01", "02", "03", "04", "05")


def topic_lessons() -> list[Lesson]:
    return [read_lesson(p) for p in sorted(LESSON_SOURCES.glob("[0-9][0-9]_*.py")) if p.stem[:2] in TOPICS]


def masterclass_slides(lessons: list[Lesson]) -> list[Slide]:
    start = read_lesson(LESSON_SOURCES / "00_start_here.py")
    rows = "".join(f"<li><b>{int(l.number)}.</b> {html.escape(l.short_title)}</li>" for l in lessons)
    slides = [Slide(
        f'<p class="kicker">Masterclass</p><h1>{KIT_TITLE}</h1>\n'
        f'<p class="meta">How much should a salesperson put the customer first?</p>',
        f"<p>{md_inline(start.why)}</p>", "title-slide"),
        Slide(f"<h2>Today</h2>\n<ol>{''.join(f'<li>{html.escape(l.short_title)}</li>' for l in lessons)}</ol>",
              "<p>The agenda with timings is in trainer/GUIDE.md. Each topic: a short input, a live demo "
              "with a prediction from the room, then exercises.</p>" + f"<ol>{rows}</ol>")]
    what = start.section("What this kit is")
    if what:
        items = _list_items(what.text)
        bullets = "".join(f"<li>{md_inline(first_sentence(i))}</li>" for i in items)
        slides.append(Slide(f"<h2>Research findings and a teaching model</h2>\n<ul>{bullets}</ul>",
                            md_html(what.text), "dense" if _is_dense(bullets, 420) else ""))
    case = start.section("The case company")
    if case:
        slides.append(Slide(f"<h2>{html.escape(case.heading)}</h2>\n<p class=\"statement\">"
                            f"{md_inline(statement(case.text, target=200, limit=360))}</p>",
                            md_html(case.text)))
    for lesson in lessons:
        slides += topic_slides(lesson)
    slides.append(Slide(
        "<h2>Debrief</h2>\n<ul>"
        "<li>Where is your own team on the curve: before or past the peak?</li>"
        "<li>Which accounts get more time than their potential justifies?</li>"
        "<li>What would you stop doing on Monday, and what would you keep?</li></ul>",
        "<p>Ten minutes. One answer per table for each question; collect on a flip chart. Close by "
        "repeating the core message: customer orientation keeps pleasing customers, but its effect "
        "on sales is an inverted U, so calibrate it to product, price strategy and competition.</p>"))
    refs: list[str] = []
    for lesson in [start, *lessons]:
        refs += [r for r in lesson.references if r not in refs]
    return slides + references_slides(sorted(refs))


def planned() -> dict[str, str]:
    """Relative path under slides/ -> file text, for every generated file."""
    lessons = topic_lessons()
    files: dict[str, str] = {}
    for lesson in lessons:
        slides = topic_slides(lesson)
        slides += references_slides(lesson.references)
        files[f"{lesson.stem}.html"] = deck_html(f"{lesson.title} · {KIT_TITLE}", slides)
        files[f"{HANDOUTS_DIR}/{lesson.stem}.html"] = handout_html(lesson)
    if lessons:
        files[MASTERCLASS] = deck_html(f"{KIT_TITLE} · masterclass", masterclass_slides(lessons))
    return files


_DATA_URI = re.compile(r"data:image/png;base64,[A-Za-z0-9+/=]+")


def normalised(text: str) -> str:
    """The deck with its pictures' pixels left out: the text, numbers, notes and structure.

    Used by ``--check`` and the tests: the figures are redrawn by matplotlib,
    whose anti-aliasing may differ in the last bit between platforms; every
    word and number on a slide must match exactly.
    """
    return _DATA_URI.sub("data:image/png;base64,<figure>", text)


def out_of_sync(folder: Path = SLIDES, files: dict[str, str] | None = None) -> list[str]:
    files = planned() if files is None else files
    problems = []
    for name, text in files.items():
        target = folder / name
        if not target.exists():
            problems.append(f"slides/{name} is missing: run `make slides`")
        elif normalised(target.read_text(encoding="utf-8")) != normalised(text):
            problems.append(f"slides/{name} differs from its sources: run `make slides`")
    for stray in sorted(folder.glob("*.html")) + sorted((folder / HANDOUTS_DIR).glob("*.html")):
        if str(stray.relative_to(folder)) not in files:
            problems.append(f"slides/{stray.relative_to(folder)} has no source: run `make slides`")
    return problems


def build(folder: Path = SLIDES) -> None:
    files = planned()
    for stray in sorted(folder.glob("*.html")) + sorted((folder / HANDOUTS_DIR).glob("*.html")):
        if str(stray.relative_to(folder)) not in files:
            stray.unlink()
            print(f"removed {stray}")
    for name, text in files.items():
        target = folder / name
        target.parent.mkdir(parents=True, exist_ok=True)
        if not target.exists() or target.read_text(encoding="utf-8") != text:
            target.write_text(text, encoding="utf-8")
            print(f"wrote {target.relative_to(ROOT) if target.is_relative_to(ROOT) else target} "
                  f"({len(text.encode()) / 1024:.0f} KB)")


def vendor() -> None:
    """Fetch the pinned reveal.js with `npm pack`, check its hash, copy the few files a deck inlines."""
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(["npm", "pack", "--silent", f"reveal.js@{REVEAL_VERSION}", "--pack-destination", tmp],
                       check=True, stdout=subprocess.DEVNULL)
        tarball = Path(tmp) / f"reveal.js-{REVEAL_VERSION}.tgz"
        digest = "sha512-" + base64.b64encode(hashlib.sha512(tarball.read_bytes()).digest()).decode()
        if digest != REVEAL_INTEGRITY:
            raise SystemExit(f"reveal.js {REVEAL_VERSION} tarball hash {digest} != pinned {REVEAL_INTEGRITY}")
        if VENDOR.exists():
            shutil.rmtree(VENDOR)
        VENDOR.mkdir(parents=True)
        with tarfile.open(tarball) as tar:
            for member, name in VENDOR_FILES.items():
                text = tar.extractfile(member).read().decode("utf-8")
                if name == "white.css":
                    # The theme's web-font import points at files we do not ship; the kit
                    # uses system fonts, so a deck never asks for a missing file.
                    text = re.sub(r"@import url\([^)]*\);\n?", "", text)
                (VENDOR / name).write_text(text, encoding="utf-8")
    (VENDOR / "README.md").write_text(
        f"# reveal.js {REVEAL_VERSION} (vendored)\n\nFrom the npm registry (`npm pack reveal.js@{REVEAL_VERSION}`, "
        f"integrity `{REVEAL_INTEGRITY}`), MIT licence (see LICENSE).\nOnly the files a deck inlines; "
        "the theme's web-font `@import` is removed. Refresh with `python tools/build_slides.py --vendor`.\n",
        encoding="utf-8")
    print(f"vendored reveal.js {REVEAL_VERSION} into {VENDOR.relative_to(ROOT)}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only report decks out of sync")
    parser.add_argument("--vendor", action="store_true", help="refresh the vendored reveal.js (needs npm)")
    parser.add_argument("--out", type=Path, default=SLIDES)
    args = parser.parse_args(argv)
    if args.vendor:
        vendor()
        return 0
    if args.check:
        problems = out_of_sync(args.out)
        print("\n".join(problems))
        return 1 if problems else 0
    build(args.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
