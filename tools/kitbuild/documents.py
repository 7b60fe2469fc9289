"""The HTML files: a reveal.js deck of slides, and a one-page A4 handout per topic."""
from __future__ import annotations

import html

from customer_king import demos

from .chrome import chrome
from .fonts import font_face_css
from .figures import table_html
from .lessons import Lesson, in_its_language
from .reveal import REVEAL_VERSION, vendored
from .slides import Slide
from .sources import DEFAULT_LANGUAGE
from .text import md_inline

KIT_CSS = """
:root {
  --r-main-font: "Source Sans 3", "Segoe UI", "Helvetica Neue", Arial, "DejaVu Sans", sans-serif;
  --r-heading-font: var(--r-main-font);
  --r-main-font-size: 40px;
  --r-main-color: #1a1a1a;
  --r-heading-color: #1a1a1a;
  --r-heading-text-transform: none;
  --r-heading-font-weight: 700;
  --r-heading1-size: 2.1em;
  --r-heading2-size: 1.2em;
  --r-link-color: #0072B2;
}
.reveal .slides section { text-align: left; }
.reveal h1, .reveal h2 { line-height: 1.15; letter-spacing: -0.005em; }
.reveal h2 { border-bottom: 6px solid #0072B2; padding-bottom: 0.2em; margin-bottom: 0.45em; }
.reveal .kicker { font-size: 0.6em; color: #444; margin: 0 0 0.3em 0; }
.reveal .title-slide h1 { border-left: 18px solid #D55E00; padding-left: 0.4em; margin-top: 1.4em; }
.reveal .title-slide .kicker { margin-top: 2em; }
.reveal .meta { font-size: 0.75em; color: #333; }
.reveal ul, .reveal ol { display: block; margin-left: 1.1em; }
.reveal li { margin-bottom: 0.4em; line-height: 1.3; }
.reveal .body p, .reveal .fragment p { margin: 0.4em 0 0 0; line-height: 1.3; }
.reveal .statement { font-size: 1.05em; line-height: 1.4; }
.reveal img.figure { display: block; margin: 0 auto; width: 100%; height: 470px; object-fit: contain; }
.reveal img.explorer { height: 455px; }
.reveal .agenda { font-size: 1.15em; margin-top: 0.6em; }
.reveal .exercise .statement { font-size: 1.15em; margin-top: 0.8em; }
.reveal .statement-slide h2 { font-size: 1.55em; margin-top: 1.2em; border-bottom-width: 8px; }
.reveal .statement-slide .body p, .reveal .statement-slide li { font-size: 1.15em; }
.reveal .statement-slide .body { margin-top: 0.6em; }
.reveal .caption { font-size: 0.62em; color: #333; margin: 0.25em 0 0 0; text-align: center; }
.reveal .figure-slide .body p { font-size: 0.8em; text-align: center; }
.reveal .callout { border-left: 16px solid #E69F00; background: #fff7e0; padding: 0.6em 0.9em; line-height: 1.4; font-size: 1.05em; }
.reveal table { border-collapse: collapse; margin: 0.2em 0; font-size: 0.85em; }
.reveal table th, .reveal table td { border-bottom: 2px solid #bbb; padding: 0.25em 0.7em; text-align: left; vertical-align: top; }
.reveal table th { border-bottom: 4px solid #0072B2; }
.reveal table.numbers caption { caption-side: top; text-align: left; font-size: 0.8em; padding-bottom: 0.4em; color: #333; }
.reveal table.numbers td { text-align: right; } .reveal table.numbers td:first-child { text-align: left; }
.reveal .table-slide table { font-size: 1em; width: 100%; margin-top: 0.4em; }
.reveal .table-slide table td, .reveal .table-slide table th { padding: 0.35em 0.6em; }
.reveal .numbers table { font-size: 0.9em; }
.reveal .predict .callout { font-size: 1.2em; margin-top: 0.6em; }
.reveal .steps-row { display: flex; gap: 0.3em; margin: 0.8em 0 0.6em 0; padding: 0; list-style: none; counter-reset: step; }
.reveal .steps-row li { flex: 1; background: #0072B2; color: #fff; padding: 0.7em 0.5em 0.7em 0.9em; margin: 0;
  font-size: 0.72em; font-weight: 700; line-height: 1.2; counter-increment: step;
  clip-path: polygon(0 0, 88% 0, 100% 50%, 88% 100%, 0 100%, 10% 50%); min-height: 4.2em; display: flex; align-items: center; }
.reveal .steps-row li::before { content: counter(step); font-size: 1.6em; margin-right: 0.35em; opacity: 0.7; }
.reveal .steps-row li:first-child { clip-path: polygon(0 0, 88% 0, 100% 50%, 88% 100%, 0 100%); }
.reveal .predict h2 { border-bottom-color: #E69F00; }
.reveal .exercise h2 { border-bottom-color: #009E73; }
.reveal .refs { font-size: 0.55em; }
.reveal .refs li { margin-bottom: 0.45em; }
.reveal code { font-size: 0.9em; background: #f2f2f2; padding: 0 0.15em; }
/* The slide number sits bottom left, clear of the navigation arrows (bottom right). */
.reveal .slide-number { font-size: 20px; background: transparent; color: #444; left: 18px; right: auto; bottom: 14px; }
.reveal .progress { color: #0072B2; height: 6px; }
"""


def deck_html(title: str, slides: list[Slide], language: str = DEFAULT_LANGUAGE) -> str:
    sections = "\n".join(s.html() for s in slides)
    # `</script>` inside inlined JS would end the tag early; reveal's dist has none.
    js = vendored("reveal.js") + "\n" + vendored("notes.js")
    assert "</script" not in js.lower()
    return f"""<!doctype html>
<html lang="{chrome(language, "html_lang")}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="tools/build_slides.py (reveal.js {REVEAL_VERSION}, inlined)">
<title>{html.escape(title)}</title>
<!-- {chrome(language, "deck.generated")}
     Speaker view: press S. Overview: press Esc. Full screen: press F. -->
<style>
{vendored("reset.css")}
{vendored("reveal.css")}
{vendored("white.css")}
{font_face_css()}
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
       color: #1a1a1a; font-size: 9.2pt; line-height: 1.28; margin: 0; background: #eee; }
.page { width: 210mm; min-height: 297mm; margin: 10mm auto; padding: 14mm 15mm; background: #fff; }
header { border-bottom: 3pt solid #0072B2; margin-bottom: 3mm; }
.kicker { font-size: 9pt; color: #555; margin: 0; }
h1 { font-size: 18pt; margin: 1mm 0 1.5mm 0; line-height: 1.15; }
h2 { font-size: 11.5pt; margin: 0 0 1.2mm 0; color: #0072B2; break-after: avoid; }
p, li { margin: 0 0 1.2mm 0; }
ul, ol { margin: 0; padding-left: 4.5mm; }
/* Printed at the width it was drawn (slide_charts.HANDOUT), so its text keeps its point size. */
img.chart { display: block; margin: 0.5mm 0 2mm 0; }
table { border-collapse: collapse; font-size: 9pt; margin: 1mm 0 0 0; break-inside: avoid; }
th, td { border-bottom: 0.6pt solid #aaa; padding: 0.6mm 2.2mm; text-align: right; }
th:first-child, td:first-child { text-align: left; }
th { border-bottom: 1.2pt solid #0072B2; }
caption { text-align: left; font-size: 9pt; color: #333; padding-bottom: 1mm; }
.cols { column-count: 2; column-gap: 7mm; column-fill: balance; }
.cols section { margin-bottom: 3mm; }
.cols section.keep { break-inside: avoid; }
.note { font-size: 8.5pt; color: #444; border-left: 2.5pt solid #E69F00; padding-left: 2.5mm; margin-top: 2mm; }
.answers { margin-top: 3mm; border-top: 1.2pt solid #0072B2; padding-top: 1.5mm; font-size: 9pt; }
.answers h2 { font-size: 10pt; }
footer { margin-top: 3mm; font-size: 8pt; color: #444; border-top: 0.6pt solid #aaa; padding-top: 1.5mm; }
footer li { margin: 0; }
@media print {
  body { background: #fff; }
  .page { margin: 0; padding: 0; width: auto; min-height: 0; box-shadow: none; }
}
"""


@in_its_language
def handout_chart(lesson: Lesson) -> str:
    """The lesson's first slide chart, drawn for paper and printed at its own width."""
    from .authored import authored_slides
    from .figures import png_data_uri
    from .slide_charts import CHARTS, HANDOUT, chart
    from .sources import LESSON_SOURCES, edition
    names = [s.visual.split(":", 1)[1] for s in authored_slides(edition(LESSON_SOURCES, lesson.language) / f"{lesson.stem}.py")
             if s.visual.startswith("chart:")]
    if not names:
        return ""
    png, smallest = chart(names[0], HANDOUT)
    width, height = HANDOUT.width_in * 25.4, HANDOUT.height_in * 25.4
    return (f'<img class="chart" data-chart="{names[0]}" data-source="{CHARTS[names[0]].source}" '
            f'data-width-mm="{width:.1f}" data-smallest-text-pt="{smallest:g}" '
            f'style="width: {width:.1f}mm; height: {height:.1f}mm" src="{png_data_uri(png)}" alt="{names[0]}">')


@in_its_language
def handout_html(lesson: Lesson) -> str:
    say = lambda key, **f: chrome(lesson.language, key, **f)  # noqa: E731
    kit = say("kit_title")
    points = "".join(f"<li>{md_inline(k)}</li>" for k in lesson.key_points)
    table = demos.model_table(lesson.number)
    numbers = table_html(table.caption, table.header, table.rows) if table else ""
    rule = bool(table and table.source == "rule")
    heading = say("handout.numbers_rule") if rule else say("handout.numbers_model")
    rule_note = say("handout.rule_note") if rule else ""
    demo = demos.DEMOS.get(lesson.number)
    try_it = (f'<section class="keep try-it"><h2>{say("handout.try_it")}</h2><p>{html.escape(demo.question)}</p>'
              f'<p>{say("handout.answer_below")}</p></section>' if demo else "")
    answers = (f'<section class="answers"><h2>{say("handout.answers")}</h2><p><b>{say("handout.try_it")}</b> '
               f"({html.escape(demo.basis)}): {html.escape(demo.answer())}</p></section>" if demo else "")
    refs = "".join(f"<li>{md_inline(r)}</li>" for r in lesson.references)
    return f"""<!doctype html>
<html lang="{say("html_lang")}">
<head>
<meta charset="utf-8">
<meta name="generator" content="tools/build_slides.py">
<title>{say("handout.title", title=html.escape(lesson.title))}</title>
<style>{font_face_css()}
{HANDOUT_CSS}</style>
</head>
<body>
<div class="page">
<header>
<p class="kicker">{say("handout.kicker", kit=kit, number=int(lesson.number))}</p>
<h1>{html.escape(lesson.short_title)}</h1>
<p>{md_inline(lesson.why)}</p>
</header>
{handout_chart(lesson)}
<div class="cols">
<section class="key-points"><h2>{say("handout.key_points")}</h2><ul>{points}</ul></section>
{f'<section class="keep"><h2>{heading}</h2>{numbers}</section>' if numbers else ""}
{try_it}
</div>
<p class="note">{say("handout.note", rule_note=rule_note, stem=lesson.stem)}</p>
{answers}
<footer><b>{say("handout.references")}</b><ul>{refs}</ul></footer>
</div>
</body>
</html>
"""
