"""Generate the trainer guide from its template, with every model number computed.

``trainer/GUIDE.template.md`` is what a maintainer edits; ``trainer/GUIDE.md`` is
what a trainer reads. ``make slides`` runs this after the decks, so the guide's
demo questions, expected answers and numbers are the ones on the slides and the
screen (``customer_king.demos``). ``tests/test_trainer_kit.py`` fails while the
committed guide differs from a fresh fill.

Usage: ``python tools/build_guide.py [--check]``.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from kitbuild import generate, guide, sources  # noqa: E402  (same folder)

TEMPLATE = sources.TRAINER / "GUIDE.template.md"
GUIDE = sources.TRAINER / "GUIDE.md"


def planned() -> str:
    return guide.fill(TEMPLATE.read_text(encoding="utf-8"), guide.values())


def plan() -> generate.Plan:
    return generate.Plan("make slides", [generate.Target(GUIDE, planned)])


def out_of_sync() -> list[str]:
    return generate.out_of_sync(plan())


def build() -> None:
    generate.build(plan())


def main(argv: list[str] | None = None) -> int:
    args = generate.command_line(__doc__.splitlines()[0]).parse_args(argv)
    return generate.run(args, build, out_of_sync)


if __name__ == "__main__":
    sys.exit(main())
