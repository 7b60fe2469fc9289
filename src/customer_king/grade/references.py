"""The kit's side of grading, loaded before any submission runs.

For each exercise set: the set itself (every expected value computed now, in the
grader's process, so nothing a submission does later can change it) and which variable
answers which question (read from the kit's own exercise copy, never from a
submission). And :func:`identify`: which set a submitted notebook is for.
"""
from __future__ import annotations

import ast
import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Mapping, Sequence

from .. import exercise_sets
from ..checks import ExerciseSet
from ..messages import text
from .text import short

__all__ = ["METADATA_KEY", "Reference", "default_kit_root", "load_references", "identify"]

METADATA_KEY = "customer_king"


def default_kit_root() -> Path:
    """The folder holding ``exercises/`` (the repository root for a source install)."""
    here = Path(__file__).resolve().parents[3]
    if (here / "exercises").is_dir():
        return here
    return Path.cwd()


@dataclass(frozen=True)
class Reference:
    """One exercise set as the grader knows it, loaded before any submission runs."""

    key: str
    exercise_set: ExerciseSet
    variables: Mapping[str, str]  # question id -> the variable its check cell passes
    source: str  # where ``variables`` was read
    error: str = ""  # the set could not be built (the kit itself is broken)

    @property
    def max_points(self) -> float:
        """The main part's maximum: the gradebook's ``max`` (the "For analysts" part is optional)."""
        return round(sum(q.points for q in self.exercise_set.main_questions), 6)

    @property
    def analyst_max_points(self) -> float:
        """The optional "For analysts" part's maximum (0 for a set without one)."""
        return round(sum(q.points for q in self.exercise_set.analyst_questions), 6)

    @property
    def analyst_ids(self) -> frozenset[str]:
        return frozenset(q.id for q in self.exercise_set.analyst_questions)


def _code_of_cell(source: str) -> str:
    """A code cell's source with IPython magics and shell lines blanked out."""
    return "\n".join("" if line.lstrip().startswith(("%", "!")) else line for line in source.splitlines())


def _check_calls(source: str) -> list[tuple[str, str]]:
    """``(question id, variable name)`` for each ``check("q1", name)`` in `source`."""
    try:
        tree = ast.parse(_code_of_cell(source))
    except SyntaxError:
        return [(m.group(1), m.group(2)) for m in re.finditer(
            r"""\bcheck\(\s*["']([^"']+)["']\s*,\s*([A-Za-z_]\w*)\s*\)""", source)]
    calls = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call) or len(node.args) < 2:
            continue
        func = node.func
        name = func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else ""
        first, second = node.args[0], node.args[1]
        if name == "check" and isinstance(first, ast.Constant) and isinstance(first.value, str) \
                and isinstance(second, ast.Name):
            calls.append((node.lineno, node.col_offset, first.value, second.id))
    return [(qid, name) for _, _, qid, name in sorted(calls)]


def _reference_sources(kit_root: Path, key: str) -> list[Path]:
    return [
        kit_root / "exercises" / f"{key}.ipynb",  # the participants' copy: the reference
        kit_root / "content" / "exercises" / f"{key}.py",
        kit_root / "notebooks" / f"{key}.ipynb",  # a check inside a lesson (the warm-up)
        kit_root / "content" / "lessons" / f"{key}.py",
    ]


def _code_cells_of_file(path: Path) -> list[str]:
    if path.suffix == ".ipynb":
        data = json.loads(path.read_text(encoding="utf-8"))
        cells = []
        for cell in data.get("cells", []):
            if cell.get("cell_type") == "code":
                source = cell.get("source", "")
                cells.append("".join(source) if isinstance(source, list) else str(source))
        return cells
    return [path.read_text(encoding="utf-8")]


def _variables_for(exercise_set: ExerciseSet, kit_root: Path) -> tuple[dict[str, str], str]:
    ids = {qid.lower(): qid for qid in exercise_set.question_ids}
    for path in _reference_sources(kit_root, exercise_set.key):
        if not path.is_file():
            continue
        found: dict[str, str] = {}
        for source in _code_cells_of_file(path):
            for qid, name in _check_calls(source):
                qid = ids.get(qid.strip().lower())
                if qid is not None:
                    found[qid] = name  # the last check of a question wins
        if found:
            return {qid: found[qid] for qid in exercise_set.question_ids if qid in found}, str(path)
    return {}, ""


def load_references(kit_root: Path | None = None) -> dict[str, Reference]:
    """Every exercise set of the kit, built, with its answer variables."""
    kit_root = Path(kit_root) if kit_root is not None else default_kit_root()
    references = {}
    for key in exercise_sets.available():
        try:
            built = exercise_sets.build(key)
            # Evaluate every expected value now: nothing a submission does later can change it.
            for question in built.questions:
                question.grade(0, attempt=1)  # computes the expected value (0 is no placeholder)
            variables, source = _variables_for(built, kit_root)
        except Exception as error:  # a set that is being written, or broken: grade the others
            message = short(f"{type(error).__name__}: {error}", 160)
            references[key] = Reference(key, ExerciseSet(key, key, []), {}, "", error=message)
            continue
        references[key] = Reference(key, built, variables, source)
    return references


_LOAD_CALL = re.compile(r"""\bload\(\s*["']([^"'\n]{1,80})["']\s*\)""")


def identify(path: Path, notebook: Mapping | None, keys: Sequence[str]) -> tuple[str | None, str]:
    """``(set key, how it was found)``; key None when it is no set of this kit
    (then the second item says why)."""
    unknown = ""
    metadata = notebook.get("metadata", {}) if isinstance(notebook, Mapping) else {}
    ours = metadata.get(METADATA_KEY) if isinstance(metadata, Mapping) else None
    if isinstance(ours, Mapping) and isinstance(ours.get("exercise_set"), str):
        if ours["exercise_set"] in keys:
            return ours["exercise_set"], "metadata"
        unknown = ours["exercise_set"]
    stem = path.stem.lower()
    by_name = [key for key in keys if key.lower() in stem]
    if by_name:
        return max(by_name, key=len), "file name"
    if isinstance(notebook, Mapping):
        for cell in notebook.get("cells", []) or []:
            if not isinstance(cell, Mapping) or cell.get("cell_type") != "code":
                continue
            source = cell.get("source", "")
            source = "".join(source) if isinstance(source, list) else str(source)
            for match in _LOAD_CALL.finditer(source):
                if match.group(1) in keys:
                    return match.group(1), "load() call"
                unknown = unknown or match.group(1)
    if unknown:
        return None, text("grade.not_of_kit_other_set", not_of_kit=text("grade.not_of_kit"), key=repr(unknown),
                          keys=", ".join(keys))
    return None, text("grade.not_of_kit_unknown", not_of_kit=text("grade.not_of_kit"))
