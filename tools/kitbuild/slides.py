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

from customer_king import demos, messages

from .authored import AuthoredSlide, authored_slides
from .chrome import chrome, slider_value
from .dashboards import dashboards
from .figures import explorer_picture, png_data_uri, table_html
from .lessons import Lesson, in_its_language, read_lesson
from .slide_charts import CHARTS, chart
from .sources import DEFAULT_LANGUAGE, EXERCISE_SOURCES, LESSON_SOURCES, edition
from .text import first_sentence, md_html, md_inline

KIT_TITLE = chrome(DEFAULT_LANGUAGE, "kit_title")


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


@in_its_language
def demo_script(lesson: Lesson) -> str:
    """The speaker notes of the predict slide: which dashboard, which moves, what the model shows."""
    demo = demos.DEMOS[lesson.number]
    board = _dashboard(demo.explorer)
    say = lambda key, **f: chrome(lesson.language, key, **f)  # noqa: E731
    fmt = lambda v: slider_value(v, lesson.language)  # noqa: E731
    moves = "".join(say("demo.set", label=html.escape(slider_label(demo.explorer, k)), value=fmt(v))
                    for k, v in demo.preset)
    label = html.escape(slider_label(demo.explorer, demo.slider))
    return (say("demo.switch", board=board.filename, stem=lesson.stem)
            + f"<ol>{moves}" + say("demo.start", label=label, value=fmt(demo.start)) + say("demo.read_aloud")
            + say("demo.move", label=label, value=fmt(demo.end)) + "</ol>"
            + say("demo.expected", basis=html.escape(demo.basis), answer=html.escape(demo.answer()))
            + (say("demo.then", then=html.escape(demo.then)) if demo.then else ""))


@in_its_language
def predict_visual(lesson: Lesson) -> tuple[str, str]:
    demo = demos.DEMOS[lesson.number]
    return f'<div class="callout">{html.escape(demo.question)}</div>', demo_script(lesson)


@in_its_language
def explorer_visual(lesson: Lesson) -> tuple[str, str]:
    """The explorer at the end of the topic's demo, captioned with every setting that differs."""
    demo = demos.DEMOS[lesson.number]
    settings = demo.final_settings()
    png, readout = explorer_picture(demo.explorer, settings)
    changed = changed_settings(demo.explorer, settings)
    say = lambda key, **f: chrome(lesson.language, key, **f)  # noqa: E731
    said = ", ".join(say("explorer.setting", label=html.escape(slider_label(demo.explorer, k)),
                         value=slider_value(v, lesson.language)) for k, v in changed.items())
    caption = f'<p class="caption">{say("explorer.caption", settings=said)}</p>' if changed else ""
    attrs = f" data-explorer=\"{demo.explorer}\" data-settings='{json.dumps(changed, sort_keys=True)}'"
    notes = say("explorer.says", readout=readout, explorer=demo.explorer,
                settings=", ".join(f"{k} = {v:g}" for k, v in settings.items()))
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
@in_its_language
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
        notes = chrome(lesson.language, "question.notes") + notes
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


@in_its_language
def title_slide(lesson: Lesson) -> Slide:
    time = f'<p class="meta">{md_inline(lesson.time.split("(")[0].strip())}</p>' if lesson.time else ""
    kit = chrome(lesson.language, "kit_title")
    return Slide(
        f'<p class="kicker">{chrome(lesson.language, "title.kicker", kit=kit, number=int(lesson.number))}</p>\n'
        f"<h1>{html.escape(lesson.short_title)}</h1>\n{time}",
        chrome(lesson.language, "title.notes", why=md_inline(lesson.why), time=md_inline(lesson.time)),
        "title-slide", lesson.title)


@in_its_language
def exercise_slide(lesson: Lesson) -> Slide | None:
    info = exercise_info(lesson.stem, lesson.language)
    if info is None:
        return None
    count, analyst, prompt = info
    say = lambda key, **f: chrome(lesson.language, key, **f)  # noqa: E731
    discuss = say("exercise.discuss_prompt", prompt=md_inline(prompt)) if prompt else ""
    statement = say("exercise.statement", count=count) if not analyst else \
        say("exercise.statement_with_analyst", count=count, analyst=analyst)
    return Slide(
        f"<h2>{say('exercise.headline')}</h2>\n"
        f'<p class="statement">{statement}</p>',
        say("exercise.open", stem=lesson.stem) + discuss + say("exercise.walk"), "content exercise")


def references_slides(refs: list[str], language: str = DEFAULT_LANGUAGE) -> list[Slide]:
    per_slide = 7
    count = -(-len(refs) // per_slide)
    size = -(-len(refs) // count) if count else 1
    chunks = [refs[i:i + size] for i in range(0, len(refs), size)]
    slides = []
    for number, chunk in enumerate(chunks, 1):
        items = "".join(f"<li>{md_inline(r)}</li>" for r in chunk)
        part = f" ({number}/{len(chunks)})" if len(chunks) > 1 else ""
        slides.append(Slide(f"<h2>{chrome(language, 'references')}{part}</h2>\n<ul class=\"refs\">{items}</ul>",
                            chrome(language, "references.notes"), "references"))
    return slides


def _filler(language: str = DEFAULT_LANGUAGE):
    from .guide import PLACEHOLDER, fill, values
    known = values(language)

    def fill_text(text: str) -> str:
        return fill(text, known) if PLACEHOLDER.search(text) else text
    return fill_text


@in_its_language
def topic_slides(lesson: Lesson, fill=None) -> list[Slide]:
    """Title, the lesson's own slides, the exercise slide (references are added by the deck)."""
    fill = fill or _filler(lesson.language)
    authored = authored_slides(edition(LESSON_SOURCES, lesson.language) / f"{lesson.stem}.py")
    if not authored:
        raise ValueError(f"{lesson.stem}: the lesson source writes no slides (cells with slideshow metadata)")
    slides = [title_slide(lesson)] + [render(lesson, s, fill) for s in authored]
    return [s for s in slides + [exercise_slide(lesson)] if s is not None]


def exercise_info(stem: str, language: str = DEFAULT_LANGUAGE) -> tuple[int, int, str] | None:
    """(graded questions of the main part, optional "for analysts" questions, the discussion
    prompt) of the topic's exercise set (of that edition), counted as the notebook's own header
    counts them: the room sees "11 graded, 2 optional", not 13."""
    source = edition(EXERCISE_SOURCES, language) / f"{stem}.py"
    if not source.exists():
        return None
    from customer_king import exercise_sets
    try:
        graded = exercise_sets.build(stem)
    except KeyError:
        return None
    text = source.read_text(encoding="utf-8")
    match = re.search(chrome(language, "exercise.discuss") + r"[^\n]*\n((?:#.*\n)+)", text)
    prompt = ""
    if match:
        prompt = " ".join(line.lstrip("# ").strip() for line in match[1].splitlines()).strip()
    return (len(graded.main_questions), len(graded.analyst_questions),
            first_sentence(prompt) if prompt else "")


# ------------------------------------------------------------------ the masterclass
def masterclass_slides(lessons: list[Lesson], language: str = DEFAULT_LANGUAGE) -> list[Slide]:
    with messages.language(language):
        return _masterclass_slides(lessons, language)


def _masterclass_slides(lessons: list[Lesson], language: str) -> list[Slide]:
    start = read_lesson(edition(LESSON_SOURCES, language) / "00_start_here.py")
    fill = _filler(language)
    say = lambda key, **f: chrome(language, key, **f)  # noqa: E731
    kit = say("kit_title")
    agenda = "".join(f"<li>{html.escape(l.short_title.split(':')[0])}</li>" for l in lessons)
    about = start.section(say("lesson.start_here"))
    slides = [
        Slide(f'<p class="kicker">{say("mc.kicker")}</p><h1>{kit}</h1>\n'
              f'<p class="meta">{say("mc.question")}</p>',
              f"<p>{md_inline(start.why)}</p>", "title-slide"),
        Slide(f"<h2>{say('mc.agenda')}</h2>\n"
              f'<ol class="agenda">{agenda}</ol>',
              say("mc.agenda.notes"), "content"),
        Slide(f"<h2>{say('mc.split')}</h2>\n" + say("mc.split.table"),
              say("mc.split.notes") + md_html(about.text if about else ""),
              "content table-slide"),
    ]
    for lesson in lessons:
        slides += topic_slides(lesson, fill)
    slides.append(Slide(
        f"<h2>{say('mc.debrief')}</h2>\n<ul>" + say("mc.debrief.items") + "</ul>",
        say("mc.debrief.notes"), "content"))
    refs: list[str] = []
    for lesson in [start, *lessons]:
        refs += [r for r in lesson.references if r not in refs]
    return slides + references_slides(sorted(refs), language)
