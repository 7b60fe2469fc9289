"""The trainer guide, filled in: ``trainer/GUIDE.template.md`` + the model's numbers -> ``trainer/GUIDE.md``.

The template is the guide's prose with a ``{{ name }}`` wherever it quotes a demo
(its question, its moves, the answer and where that comes from) or a number from
the model or the case data. Every value comes from ``customer_king.demos`` (and the
explorers' own slider labels), so the guide says what the screen will show.
"""
from __future__ import annotations

import re

from customer_king import demos, messages

from .chrome import slider_value
from .dashboards import dashboards
from .slides import exercise_info, slider_label
from .sources import DEFAULT_LANGUAGE, topic_sources

# How the guide says a slider move, per edition (the Dutch guide: "Zet *x* op 4.").
MOVES = {
    "en": {"set": "Set {settings}.", "and": " and ", "to": "*{label}* to {value}", "move_to": "*{label}* to {value}",
           "move": "Move {setting}, one step at a time.", "dashboard": "presenter/{name}"},
    "nl": {"set": "Zet {settings}.", "and": " en ", "to": "*{label}* op {value}", "move_to": "*{label}* naar {value}",
           "move": "Schuif {setting}, stap voor stap.", "dashboard": "presenter/nl/{name}"},
}

PLACEHOLDER = re.compile(r"\{\{\s*([\w.]+)\s*\}\}")


def fill(template: str, values: dict[str, str]) -> str:
    """The template with every placeholder replaced; an unknown name is an error, never left in."""
    unknown = sorted({m[1] for m in PLACEHOLDER.finditer(template)} - values.keys())
    if unknown:
        raise KeyError(f"the guide template names values nothing computes: {', '.join(unknown)} "
                       f"(known: {', '.join(sorted(values))})")
    return PLACEHOLDER.sub(lambda m: values[m[1]], template)


def _setting(explorer: str, name: str, value: float, language: str = DEFAULT_LANGUAGE, how: str = "to") -> str:
    return MOVES[language][how].format(label=slider_label(explorer, name), value=slider_value(value, language))


def demo_values(topic: str, demo: demos.Demo, language: str = DEFAULT_LANGUAGE) -> dict[str, str]:
    """The guide's words for one demo, in the language in effect (``values`` sets it)."""
    board = next(d for d in dashboards() if d.explorer == demo.explorer)
    settings = [*demo.preset, (demo.slider, demo.start)]
    say = MOVES[language]
    return {
        f"demo.{topic}.question": demo.question,
        f"demo.{topic}.answer": demo.answer(),
        f"demo.{topic}.basis": demo.basis,
        f"demo.{topic}.then": demo.then,
        f"demo.{topic}.dashboard": say["dashboard"].format(name=board.filename),
        f"demo.{topic}.setup": say["set"].format(settings=say["and"].join(
            _setting(demo.explorer, n, v, language) for n, v in settings)),
        f"demo.{topic}.move": say["move"].format(setting=_setting(demo.explorer, demo.slider, demo.end, language, "move_to")),
    }


def values(language: str = DEFAULT_LANGUAGE) -> dict[str, str]:
    """Every placeholder's value, in ``language`` (numbers in its style: 3.6 / 3,6)."""
    with messages.language(language):
        out = dict(demos.guide_numbers())
        for topic, demo in demos.DEMOS.items():
            out.update(demo_values(topic, demo, language))
        # The number of questions is the exercise set's; the English sources say which sets exist.
        for source in topic_sources():
            info = exercise_info(source.stem)
            if info:
                out[f"exercise.{source.stem[:2]}.main"] = str(info[0])
                out[f"exercise.{source.stem[:2]}.analyst"] = str(info[1])
    return out
