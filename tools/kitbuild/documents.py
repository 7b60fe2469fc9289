"""The HTML files: a reveal.js deck of slides, and a one-page A4 handout per topic."""
from __future__ import annotations

import html

from customer_king import demos

from .figures import explorer_picture, figure_html, table_html
from .lessons import Lesson
from .reveal import REVEAL_VERSION, vendored
from .slides import KIT_TITLE, Slide
from .text import md_inline

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


def deck_html(title: str, slides: list[Slide]) -> str:
    sections = "\n".join(s.html() for s in slides)
    # `</script>` inside inlined JS would end the tag early; reveal's dist has none.
    js = vendored("reveal.js") + "\n" + vendored("notes.js")
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
{vendored("reset.css")}
{vendored("reveal.css")}
{vendored("white.css")}
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
            demo = demos.DEMOS.get(lesson.number)
            name = section.explorers[0]
            at_end = demo and demo.explorer == name and demo.handout_at_end
            png, readout = explorer_picture(name, demo.final_settings() if at_end else None)
            figure = figure_html(png, section.heading, readout)
            break
    if not figure:
        for section in lesson.sections:
            if section.figures:
                figure = figure_html(section.figures[0], section.heading)
                break
    points = "".join(f"<li>{md_inline(k)}</li>" for k in lesson.key_points)
    table = demos.model_table(lesson.number)
    numbers = table_html(table.caption, table.header, table.rows) if table else ""
    heading = "The Wallet Allocation Rule in numbers" if table and table.source == "rule" else "The model in numbers"
    rule_note = (" The Wallet Allocation Rule is Keiningham et al.'s published rule, not the teaching model; "
                 "its evidence comes from consumers." if table and table.source == "rule" else "")
    demo = demos.DEMOS.get(lesson.number)
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
{f"<h2>{heading}</h2>{numbers}" if numbers else ""}
{f'<h2>Try it</h2><p>{html.escape(demo.question)}</p><p class="note"><b>Expected ({html.escape(demo.basis)}):</b> {html.escape(demo.answer())}</p>' if demo else ""}
</section>
</div>
<p class="note">The figures and numbers come from the kit's <b>stylized teaching model</b>: its shape follows the
research, its numbers are illustrations.{rule_note} Notebook: notebooks/{lesson.stem}.ipynb ·
exercises: exercises/{lesson.stem}.ipynb.</p>
<footer><b>References</b><ul>{refs}</ul></footer>
</div>
</body>
</html>
"""
