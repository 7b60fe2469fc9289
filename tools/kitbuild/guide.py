"""The trainer guide, filled in: ``trainer/GUIDE.template.md`` + the model's numbers -> ``trainer/GUIDE.md``.

The template is the guide's prose with a ``{{ name }}`` wherever it quotes a demo
(its question, its moves, the answer and where that comes from) or a number from
the model or the case data. Every value comes from ``customer_king.demos`` (and the
explorers' own slider labels), so the guide says what the screen will show.
"""
from __future__ import annotations

import re

from customer_king import demos

from .dashboards import dashboards
from .slides import exercise_info, slider_label
from .sources import topic_sources

PLACEHOLDER = re.compile(r"\{\{\s*([\w.]+)\s*\}\}")


def fill(template: str, values: dict[str, str]) -> str:
    """The template with every placeholder replaced; an unknown name is an error, never left in."""
    unknown = sorted({m[1] for m in PLACEHOLDER.finditer(template)} - values.keys())
    if unknown:
        raise KeyError(f"the guide template names values nothing computes: {', '.join(unknown)} "
                       f"(known: {', '.join(sorted(values))})")
    return PLACEHOLDER.sub(lambda m: values[m[1]], template)


def _setting(explorer: str, name: str, value: float) -> str:
    return f"*{slider_label(explorer, name)}* to {value:g}"


def demo_values(topic: str, demo: demos.Demo) -> dict[str, str]:
    board = next(d for d in dashboards() if d.explorer == demo.explorer)
    settings = [*demo.preset, (demo.slider, demo.start)]
    return {
        f"demo.{topic}.question": demo.question,
        f"demo.{topic}.answer": demo.answer(),
        f"demo.{topic}.basis": demo.basis,
        f"demo.{topic}.then": demo.then,
        f"demo.{topic}.dashboard": f"presenter/{board.filename}",
        f"demo.{topic}.setup": "Set " + " and ".join(_setting(demo.explorer, n, v) for n, v in settings) + ".",
        f"demo.{topic}.move": f"Move {_setting(demo.explorer, demo.slider, demo.end)}, one step at a time.",
    }


def values() -> dict[str, str]:
    out = dict(demos.guide_numbers())
    for topic, demo in demos.DEMOS.items():
        out.update(demo_values(topic, demo))
    for source in topic_sources():
        info = exercise_info(source.stem)
        if info:
            out[f"exercise.{source.stem[:2]}.questions"] = str(info[0])
    return out
