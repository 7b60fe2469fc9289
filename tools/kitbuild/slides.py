"""The slides of a topic deck and of the masterclass, from a lesson read by ``lessons``.

Each lesson section becomes a slide (a figure, a table, bullets or a statement);
a section with an explorer gets a "Predict first" slide before its picture, and
the topic's demo (``customer_king.demos``) a "Switch to the live demo" slide.
The speaker notes carry the lesson's prose and the demo script.
"""
from __future__ import annotations

import html
import re
from dataclasses import dataclass

from customer_king import demos

from .dashboards import dashboards
from .figures import caption_lines, explorer_picture, figure_html, table_html
from .lessons import Lesson, Section, read_lesson
from .sources import EXERCISE_SOURCES, LESSON_SOURCES
from .text import (PREDICT_MARKER, first_sentence, list_items, markdown_tables, md_html, md_inline,
                   predict_question, statement)

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
    predict = predict_question(text)
    if predict and (section.explorers or section.figures):
        # Ask before showing: the picture that answers comes on the next slide.
        question = PREDICT_MARKER.sub("", predict)
        question = question[:1].upper() + question[1:]
        slides.append(Slide(
            f'{_badge(lesson)}<h2>Predict first</h2>\n<div class="callout">{md_html(question)}</div>',
            "<p>Ask the room to write a guess down before anybody sees the answer. "
            "Take three or four answers; do not say who is right yet.</p>" + md_html(predict),
            "predict" + (" dense" if _is_dense(question, 300) else "")))
    if section.explorers:
        name = section.explorers[0]
        demo = demos.DEMOS.get(lesson.number)
        if demo and demo.explorer == name:
            slides.append(demo_slide(lesson))
        settings = demo.final_settings() if demo and demo.explorer == name else None
        png, readout = explorer_picture(name, settings)
        # A long readout would shrink the picture: then it goes to the notes instead.
        on_slide = readout if caption_lines(readout) <= 2 else ""
        slides.append(Slide(
            f"{heading}\n" + figure_html(png, section.heading, on_slide),
            notes + ("" if on_slide else f"<p><b>The explorer says:</b> {readout}</p>")
            + f"<p>Picture drawn by <code>{name}()</code>"
            + (" with " + ", ".join(f"{k} = {v:g}" for k, v in settings.items()) if settings else "") + ".</p>",
            "figure-slide"))
        return slides
    if section.figures:
        for png, caption in list(zip(section.figures, section.captions + [""] * len(section.figures)))[:2]:
            slides.append(Slide(f"{heading}\n" + figure_html(png, section.heading, md_inline(caption) if caption else ""),
                                notes, "figure-slide"))
        return slides
    tables = markdown_tables(text)
    if tables:
        body = md_html(tables[0])
        return [Slide(f"{_badge(lesson)}{heading}\n<div class=\"table-wrap\">{body}</div>", notes,
                      _density(body, 420, 640))]
    items = list_items(text)
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


# Where a table's numbers come from, said on its slide: (heading, footnote, speaker notes).
TABLE_SOURCES = {
    "model": ("The stylized model in numbers",
              "Computed from the kit's teaching model: its shape follows the research, "
              "its numbers are illustrations, not estimates.",
              "<p>These are the model's numbers, not findings. Ask: which of these would you expect to hold "
              "in your own territory, and which not? The research supports the shape, not the values.</p>"),
    "rule": ("The Wallet Allocation Rule in numbers",
             "Keiningham et al.'s published rule (2011), not the kit's teaching model. Its evidence is "
             "consumer evidence (a panel of 17,000+ consumers): in B2B, a rough expectation.",
             "<p>These shares are the Wallet Allocation Rule as its authors published it, not the teaching "
             "model. The rule comes from consumer panels; critics note that a rank-based rule all but "
             "guarantees a high correlation with share. Ask: does your own rank with a customer match "
             "the share you get?</p>"),
}


def numbers_slide(lesson: Lesson) -> Slide | None:
    table = demos.model_table(lesson.number)
    if table is None:
        return None
    heading, footnote, notes = TABLE_SOURCES[table.source]
    return Slide(
        f"{_badge(lesson)}<h2>{heading}</h2>\n" + table_html(table.caption, table.header, table.rows)
        + f'<p class="footnote">{html.escape(footnote, quote=False)}</p>', notes, "numbers")


def _specs(explorer: str):
    from customer_king import explorers
    return getattr(explorers, explorer.removesuffix("_explorer") + "_sliders",
                   lambda: getattr(explorers, explorer)().specs)()


def slider_label(explorer: str, name: str) -> str:
    return next(s.label for s in _specs(explorer) if s.name == name)


def demo_slide(lesson: Lesson) -> Slide | None:
    names = [n for s in lesson.sections for n in s.explorers]
    if not names:
        return None
    demo = demos.DEMOS.get(lesson.number)
    dashboard = next((d for d in dashboards() if d.explorer == (demo.explorer if demo else names[0])),
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
        + "".join(f"<li>Set <b>“{html.escape(slider_label(demo.explorer, k))}”</b> to <b>{fmt(v)}</b></li>"
                  for k, v in demo.preset)
        + f"<li>Slider <b>“{html.escape(spec.label)}”</b>: start at <b>{fmt(demo.start)}</b></li>"
        f"<li>Ask the room first: {html.escape(demo.question)}</li>"
        f"<li>Move it to <b>{fmt(demo.end)}</b>, one step at a time</li></ol>",
        f"<p><b>Dashboard:</b> presenter/{dashboard.filename} ({dashboard.url_path} in presenter mode). "
        f"Fall-back: notebooks/{lesson.stem}.ipynb in JupyterLab, Run All.</p>"
        f"<p><b>Ask before moving:</b> {html.escape(demo.question)}</p>"
        f"<p><b>Expected ({html.escape(demo.basis)}):</b> {html.escape(demo.answer())}</p>"
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
        items = list_items(what.text)
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
