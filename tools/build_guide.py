"""Generate the trainer guide from its template, with every model number computed.

``trainer/GUIDE.template.md`` is what a maintainer edits; ``trainer/GUIDE.md`` is
what a trainer reads. ``make slides`` runs this after the decks, so the guide's
demo questions, expected answers and numbers are the ones on the slides and the
screen (``customer_king.demos``). ``tests/test_trainer_kit.py`` fails while the
committed guide differs from a fresh fill.

The Dutch guide is made the same way, with the same placeholders filled in Dutch
(``trainer/HANDLEIDING.template.md`` -> ``trainer/HANDLEIDING.md``: 3,6 and € 16,5 miljoen,
presenter/nl/ dashboards, Dutch demo questions and answers).

Usage: ``python tools/build_guide.py [--check]``.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from kitbuild import generate, guide, sources  # noqa: E402  (same folder)

TEMPLATE = sources.TRAINER / "GUIDE.template.md"
GUIDE = sources.TRAINER / "GUIDE.md"
# Each edition's guide: language -> (template, guide).
GUIDES = {
    "en": (TEMPLATE, GUIDE),
    "nl": (sources.TRAINER / "HANDLEIDING.template.md", sources.TRAINER / "HANDLEIDING.md"),
}


def planned(language: str = "en") -> str:
    template, _ = GUIDES[language]
    return guide.fill(template.read_text(encoding="utf-8"), guide.values(language))


def plan() -> generate.Plan:
    return generate.Plan("make slides", [generate.Target(out, lambda lang=lang: planned(lang))
                                         for lang, (template, out) in GUIDES.items() if template.exists()])


def out_of_sync() -> list[str]:
    return generate.out_of_sync(plan())


def build() -> None:
    generate.build(plan())


def main(argv: list[str] | None = None) -> int:
    args = generate.command_line(__doc__.splitlines()[0]).parse_args(argv)
    return generate.run(args, build, out_of_sync)


if __name__ == "__main__":
    sys.exit(main())
