"""What a learner has seen before a prediction prompt, and whether it gives the answer away.

A prediction prompt is a markdown cell tagged ``predict`` whose metadata
``reveals`` lists the strings that would give its answer away (a number as the
kit prints it, a phrase of the answer). A learner works through the kit in
route order (start, lesson 1, its exercises, lesson 2, ...), in one edition (English, or
Dutch in the ``nl/`` folders, whose reveals are Dutch text), so everything
visible in earlier notebooks and in earlier cells counts as seen: markdown,
visible code, and every output (HTML with its tags removed). Code cells whose
source is hidden count by their outputs only.
"""
from __future__ import annotations

import html
import re
from dataclasses import dataclass
from pathlib import Path

import nbformat

ROOT = Path(__file__).resolve().parents[1]

# The order in which a learner meets the material (lessons and exercise sets).
ROUTE = (
    "notebooks/00_start_here.ipynb",
    "notebooks/01_customer_orientation.ipynb", "exercises/01_customer_orientation.ipynb",
    "notebooks/02_satisfaction_versus_sales.ipynb", "exercises/02_satisfaction_versus_sales.ipynb",
    "notebooks/03_diminishing_returns.ipynb", "exercises/03_diminishing_returns.ipynb",
    "notebooks/04_share_of_wallet.ipynb", "exercises/04_share_of_wallet.ipynb",
    "notebooks/05_warning_signs_of_overservice.ipynb", "exercises/05_warning_signs_of_overservice.ipynb",
    "notebooks/06_your_own_accounts.ipynb",
)


def edition_route(language: str) -> tuple[str, ...]:
    """The same route in another edition: its notebooks one level down (notebooks/nl/...).

    A learner of one edition never sees the other, so each route is scanned on its own.
    The route holds the edition's notebooks that exist: that every English notebook has
    its twin is tests/test_editions.py's concern, not this one's."""
    if language == "en":
        return ROUTE
    twins = tuple(f"{folder}/{language}/{name}" for folder, name in (p.split("/", 1) for p in ROUTE))
    return tuple(p for p in twins if (ROOT / p).exists())


ROUTES = {"en": ROUTE, "nl": edition_route("nl")}

_TAG = re.compile(r"<[^>]+>")
_STYLE = re.compile(r"<style.*?</style>", re.S)


def _plain(value: str) -> str:
    return " ".join(html.unescape(_TAG.sub(" ", _STYLE.sub(" ", value))).split()).lower()


def visible_text(cell) -> str:
    """What a learner can read of one cell without expanding anything."""
    parts: list[str] = []
    if cell.cell_type == "markdown":
        parts.append(cell.source)
    elif cell.cell_type == "code":
        if not cell.metadata.get("jupyter", {}).get("source_hidden", False):
            parts.append(cell.source)
        for output in cell.get("outputs", []):
            if output.get("output_type") == "stream":
                parts.append(output.get("text", ""))
            data = output.get("data", {})
            if "text/html" in data:
                parts.append(data["text/html"])
            elif "text/markdown" in data:
                parts.append(data["text/markdown"])
            elif "text/plain" in data:
                parts.append(data["text/plain"])
    return _plain("\n".join(p if isinstance(p, str) else "".join(p) for p in parts))


def _solution_text(path: Path) -> str:
    """An exercise copy has no outputs: its answers are shown in its worked solution."""
    # exercises/NN.ipynb -> solutions/NN.ipynb; exercises/nl/NN.ipynb -> solutions/nl/NN.ipynb
    parts = path.parts[:-1]
    if "exercises" not in parts:
        return ""
    at = len(parts) - 1 - parts[::-1].index("exercises")
    twin = Path(*parts[:at], "solutions", *parts[at + 1:], path.name)
    if not twin.exists():
        return ""
    return " " + " ".join(visible_text(cell) for cell in nbformat.read(twin, as_version=4).cells)


@dataclass(frozen=True)
class Spoiler:
    notebook: str
    prompt_cell: int
    reveal: str
    seen_in: str  # "notebook, cell N"

    def __str__(self) -> str:
        return (f"{self.notebook} cell {self.prompt_cell}: its answer {self.reveal!r} is already "
                f"visible in {self.seen_in}")


@dataclass(frozen=True)
class Prompt:
    notebook: str
    cell: int
    reveals: tuple[str, ...]
    revealed_later: bool  # does a reveal string appear after the prompt (or, for an exercise, in its solution)?


def scan(paths: list[Path]) -> tuple[list[Prompt], list[Spoiler]]:
    """Every prompt along ``paths`` (in route order) and every spoiler found."""
    seen: list[tuple[str, str]] = []  # (where, text) for every cell already passed
    prompts: list[Prompt] = []
    spoilers: list[Spoiler] = []
    for path in paths:
        name = str(path.relative_to(ROOT)) if path.is_relative_to(ROOT) else path.name
        notebook = nbformat.read(path, as_version=4)
        texts = [visible_text(cell) for cell in notebook.cells]
        for index, cell in enumerate(notebook.cells):
            if "predict" in cell.metadata.get("tags", []):
                reveals = tuple(cell.metadata.get("reveals", ()))
                later = " ".join(texts[index + 1:]) + _solution_text(path)
                prompts.append(Prompt(name, index, reveals,
                                      any(r.lower() in later for r in reveals)))
                for reveal in reveals:
                    for where, earlier in seen:
                        if reveal.lower() in earlier:
                            spoilers.append(Spoiler(name, index, reveal, where))
            seen.append((f"{name}, cell {index}", texts[index]))
    return prompts, spoilers
