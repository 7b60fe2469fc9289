"""The slides of a topic deck and of the masterclass: written in the lesson sources, drawn here.

The words of each slide are authored beside the lesson prose they belong to
(``authored``: nbconvert's slideshow metadata). This module adds what no lesson
should type twice: the title slide, the demo question and its script (from
``customer_king.demos``), the explorer snapshot, the charts (``slide_charts``), the
exercise slide and the references, which close every deck.
"""
from __future__ import annotations

import html
import json
import re
from dataclasses import dataclass

from customer_king import demos

from .authored import AuthoredSlide, authored_slides
from .dashboards import dashboards
from .figures import explorer_picture, png_data_uri, table_html
from .lessons import Lesson, read_lesson
from .slide_charts import CHARTS, chart
from .sources import EXERCISE_SOURCES, LESSON_SOURCES
from .text import first_sentence, md_html, md_inline

KIT_TITLE = "Is your customer king?"


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


# ------------------------------------------------------------------ explorers and demos
def _specs(explorer: str):
    from customer_king import explorers
    return getattr(explorers, explorer.removesuffix("_explorer") + "_sliders",
                   lambda: getattr(explorers, explorer)().specs)()


def slider_label(explorer: str, name: str) -> str:
    return next(s.label for s in _specs(explorer) if s.name == name)


def changed_settings(explorer: str, settings: dict[str, float]) -> dict[str, float]:
    """The settings that differ from where the explorer opens: a snapshot must say these."""
    defaults = {s.name: s.value for s in _specs(explorer)}
    return {k: v for k, v in settings.items() if abs(defaults[k] - v) > 1e-12}


def _dashboard(explorer: str):
    return next((d for d in dashboards() if d.explorer == explorer), None)


def demo_script(lesson: Lesson) -> str:
    """The speaker notes of the predict slide: which dashboard, which moves, what the model shows."""
    demo = demos.DEMOS[lesson.number]
    board = _dashboard(demo.explorer)
    fmt = lambda v: f"{v:g}"  # noqa: E731
    moves = "".join(f"<li>Set “{html.escape(slider_label(demo.explorer, k))}” to {fmt(v)}.</li>"
                    for k, v in demo.preset)
    label = html.escape(slider_label(demo.explorer, demo.slider))
    return (f"<p><b>Switch to the live demo.</b> Presenter mode (<code>make present</code>): open "
            f"presenter/{board.filename}; fall-back: notebooks/{lesson.stem}.ipynb in JupyterLab, Run All.</p>"
            f"<ol>{moves}<li>Start “{label}” at {fmt(demo.start)}.</li>"
            "<li>Read the question aloud; everybody writes a guess down. Take three or four answers; "
            "do not say who is right yet.</li>"
            f"<li>Move “{label}” to {fmt(demo.end)}, one step at a time.</li></ol>"
            f"<p><b>Expected ({html.escape(demo.basis)}):</b> {html.escape(demo.answer())}</p>"
            + (f"<p><b>Then:</b> {html.escape(demo.then)}</p>" if demo.then else ""))


def predict_visual(lesson: Lesson) -> tuple[str, str]:
    demo = demos.DEMOS[lesson.number]
    return f'<div class="callout">{html.escape(demo.question)}</div>', demo_script(lesson)


def explorer_visual(lesson: Lesson) -> tuple[str, str]:
    """The explorer at the end of the topic's demo, captioned with every setting that differs."""
    demo = demos.DEMOS[lesson.number]
    settings = demo.final_settings()
    png, readout = explorer_picture(demo.explorer, settings)
    changed = changed_settings(demo.explorer, settings)
    said = ", ".join(f"“{html.escape(slider_label(demo.explorer, k))}” at {v:g}" for k, v in changed.items())
    caption = f'<p class="caption">Explorer set to {said}.</p>' if changed else ""
    attrs = f" data-explorer=\"{demo.explorer}\" data-settings='{json.dumps(changed, sort_keys=True)}'"
    notes = (f"<p><b>The explorer says:</b> {readout}</p><p>Picture drawn by {demo.explorer}() with "
             + ", ".join(f"{k} = {v:g}" for k, v in settings.items()) + ".</p>")
    return (f'<img class="figure explorer"{attrs} src="{png_data_uri(png)}" '
            f'alt="{html.escape(demo.explorer)}">{caption}', notes)


def chart_visual(name: str, alt: str) -> str:
    png, _ = chart(name)
    meta = CHARTS[name]
    ceiling = ' data-shows="ceiling"' if meta.shows_ceiling else ""
    return (f'<img class="figure chart" data-chart="{name}" data-source="{meta.source}"{ceiling} '
            f'src="{png_data_uri(png)}" alt="{html.escape(alt)}">')


def steps_visual(body: str) -> tuple[str, str]:
    items = re.findall(r"^\s*\d+\.\s+(.+)$", body, re.M)
    rest = re.sub(r"^\s*\d+\.\s+.+$\n?", "", body, flags=re.M).strip()
    steps = "".join(f"<li>{md_inline(i)}</li>" for i in items)
    return f'<ol class="steps-row">{steps}</ol>', rest


# ------------------------------------------------------------------ authored slides
def render(lesson: Lesson, slide: AuthoredSlide, fill) -> Slide:
    headline = md_inline(fill(slide.headline))
    body = fill(slide.body)
    notes = "".join(md_html(fill(n)) for n in slide.notes)
    visual, classes = "", ["content"]
    kind = slide.visual
    if kind == "predict":
        visual, script = predict_visual(lesson)
        notes += script
        classes += ["predict", "demo"]
    elif kind == "question":
        # A prediction the lesson asks itself (not the topic's demo): its text is the body.
        visual, body = f'<div class="callout">{md_html(body)}</div>', ""
        notes = ("<p>Ask the room to write a guess down before anybody sees the answer. Take three "
                 "or four answers; do not say who is right yet.</p>") + notes
        classes.append("predict")
    elif kind == "explorer":
        visual, extra = explorer_visual(lesson)
        notes += extra
        classes.append("figure-slide")
    elif kind.startswith("chart:"):
        visual = chart_visual(kind.split(":", 1)[1], slide.headline)
        classes.append("figure-slide")
    elif kind == "steps":
        visual, body = steps_visual(body)
        classes.append("steps")
    elif kind == "model-table":
        table = demos.model_table(lesson.number)
        visual = table_html(table.caption, table.header, table.rows)
        classes.append("numbers")
    elif kind:
        raise ValueError(f"{lesson.stem}: unknown visual {kind!r} on slide {slide.headline!r}")
    text = f'<div class="body">{md_html(body)}</div>' if body else ""
    fragments = "".join(f'<div class="fragment">{md_html(fill(f))}</div>' for f in slide.fragments)
    if "|" in body and "<table" in md_html(body):
        classes.append("table-slide")
    elif not visual:
        classes.append("statement-slide")  # a sentence and a line: set large, it is the picture
    return Slide(f"<h2>{headline}</h2>\n{visual}{text}{fragments}", notes, " ".join(classes))


def title_slide(lesson: Lesson) -> Slide:
    time = f'<p class="meta">{md_inline(lesson.time.split("(")[0].strip())}</p>' if lesson.time else ""
    return Slide(
        f'<p class="kicker">{KIT_TITLE} · Topic {int(lesson.number)} of 5</p>\n'
        f"<h1>{html.escape(lesson.short_title)}</h1>\n{time}",
        f"<p>Open with the question behind this topic.</p><p>{md_inline(lesson.why)}</p>"
        f"<p>Time: {md_inline(lesson.time)}</p>",
        "title-slide", lesson.title)


def exercise_slide(lesson: Lesson) -> Slide | None:
    info = exercise_info(lesson.stem)
    if info is None:
        return None
    count, prompt = info
    discuss = f"<p><b>Discussion prompt:</b> {md_inline(prompt)}</p>" if prompt else ""
    return Slide(
        "<h2>Your turn: answer the exercises, then compare with your neighbour.</h2>\n"
        f'<p class="statement">{count} graded questions, instant feedback, a hint when an answer is not yet right.</p>',
        f"<p>Participants open exercises/{lesson.stem}.ipynb, replace <code>...</code> with an answer "
        "and run <code>check(...)</code>.</p>" + discuss +
        "<p>Walk the room. Most 'not yet' answers come from units (hours versus accounts, fractions "
        "versus percentages): point at the hint rather than giving the answer. If a kernel dies: "
        "Kernel → Restart Kernel and Run All Cells.</p>", "content exercise")


def references_slides(refs: list[str]) -> list[Slide]:
    per_slide = 7
    count = -(-len(refs) // per_slide)
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


def _filler():
    from .guide import PLACEHOLDER, fill, values
    known = values()

    def fill_text(text: str) -> str:
        return fill(text, known) if PLACEHOLDER.search(text) else text
    return fill_text


def topic_slides(lesson: Lesson, fill=None) -> list[Slide]:
    """Title, the lesson's own slides, the exercise slide (references are added by the deck)."""
    fill = fill or _filler()
    authored = authored_slides(LESSON_SOURCES / f"{lesson.stem}.py")
    if not authored:
        raise ValueError(f"{lesson.stem}: the lesson source writes no slides (cells with slideshow metadata)")
    slides = [title_slide(lesson)] + [render(lesson, s, fill) for s in authored]
    return [s for s in slides + [exercise_slide(lesson)] if s is not None]


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


# ------------------------------------------------------------------ the masterclass
def masterclass_slides(lessons: list[Lesson]) -> list[Slide]:
    start = read_lesson(LESSON_SOURCES / "00_start_here.py")
    fill = _filler()
    agenda = "".join(f"<li>{html.escape(l.short_title.split(':')[0])}</li>" for l in lessons)
    slides = [
        Slide(f'<p class="kicker">Masterclass</p><h1>{KIT_TITLE}</h1>\n'
              f'<p class="meta">How much should a salesperson put the customer first?</p>',
              f"<p>{md_inline(start.why)}</p>", "title-slide"),
        Slide(f"<h2>Five topics, each with a prediction, a live demo and exercises.</h2>\n"
              f'<ol class="agenda">{agenda}</ol>',
              "<p>The agenda with timings is in trainer/GUIDE.md. Each topic: a short input, a live demo "
              "with a prediction from the room, then exercises.</p>", "content"),
        Slide("<h2>The research gives the shape; a teaching model gives illustrative numbers.</h2>\n"
              '<table class="plain"><thead><tr><th>From research</th><th>From the teaching model</th></tr></thead>'
              "<tbody><tr><td>Sales: an inverted U</td><td>where the peak lies</td></tr>"
              "<tr><td>Satisfaction keeps rising</td><td>how fast</td></tr>"
              "<tr><td>Which way situations move the peak</td><td>how far</td></tr></tbody></table>",
              "<p>Say this once, clearly, and come back to it: Homburg, Müller &amp; Klarmann (2011) found "
              "the inverted U for sales, the continuously positive effect on customer attitudes and the "
              "direction of three moderators. Every number on these slides that comes from the kit's "
              "stylized model says so; its shape follows the research, its numbers are illustrations.</p>"
              + md_html(start.section("What this kit is").text if start.section("What this kit is") else ""),
              "content table-slide"),
    ]
    for lesson in lessons:
        slides += topic_slides(lesson, fill)
    slides.append(Slide(
        "<h2>Debrief: where is your own team on the curve?</h2>\n<ul>"
        "<li>Before or past the peak?</li>"
        "<li>Which accounts get more time than their potential justifies?</li>"
        "<li>What will you stop doing on Monday, and what will you keep?</li></ul>",
        "<p>Ten minutes. One answer per table for each question; collect on a flip chart. Close by "
        "repeating the core message: customer orientation keeps pleasing customers, but its effect "
        "on sales is an inverted U (Homburg, Müller &amp; Klarmann 2011), so calibrate it to product, "
        "price strategy and competition.</p>", "content"))
    refs: list[str] = []
    for lesson in [start, *lessons]:
        refs += [r for r in lesson.references if r not in refs]
    return slides + references_slides(sorted(refs))
