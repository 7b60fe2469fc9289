"""Grade a room's exercise notebooks in one go: a gradebook and a feedback file each.

Usage::

    python -m customer_king.grade SUBMISSIONS_DIR [-o gradebook.csv] [--timeout 60]
                                  [--jobs 1] [--overwrite] [--language en]

``SUBMISSIONS_DIR`` is searched recursively for ``*.ipynb`` (hidden folders and
``.ipynb_checkpoints`` are skipped). Name the files ``<participant>_<set>.ipynb``
(``alice_01_customer_orientation.ipynb``) or put each participant's notebooks in a
folder of their own (``alice/01_customer_orientation.ipynb``).

What happens to each notebook
-----------------------------
1. **Which exercise set?** The notebook's metadata ``customer_king.exercise_set`` if
   present, else the set's name in the file name, else the ``load("...")`` call in its
   code. A notebook of a set the kit does not have gets the row
   "not an exercise notebook of this kit".
2. **Run it** in a fresh ``python3`` kernel whose working folder is a temporary copy,
   one notebook at a time (``--jobs N`` for a small pool), with a time limit for all
   its cells together (``--timeout``, 60 s; starting the kernel is not counted, and
   collecting the answers may take up to 10 s more). Every cell runs, also after a cell that
   raised, as nbgrader does: an unrelated broken cell does not cost the answers
   after it. The submitted outputs are never read (they are dropped, also while running).
3. **Collect the answers, not the verdicts.** After the learner's cells the grader runs
   one cell of its own that saves the *values* of the answer variables as JSON. Which
   variable answers which question comes from the kit's own exercise copy
   (``exercises/<set>.ipynb``: the second argument of ``check("q1", answer_q1)``),
   never from the submission. So editing or deleting a check cell, redefining
   ``check``, printing a fake "✔ Correct" or monkeypatching ``customer_king`` inside the
   kernel changes nothing: the grader grades the values itself, in its own process,
   with ``exercise_sets.build(set).grade_answers(...)``. The kernel can only choose the
   values that are graded, which is what answering is.
   **Last value wins:** a variable redefined after its check cell is graded with its
   final value (what the notebook ends with is what was handed in).
4. **Grade** with each question's ``points``; a multi-select question gives partial
   points. A question whose variable does not exist is "not answered" (0 points).

Problems get a clear status, and the batch goes on: "could not run: ..." for an invalid
or empty file, a notebook without code, a kernel that died, or the time limit (answers
given before the time ran out are still graded); "graded, with errors: ..." when a cell
raised; "not an exercise notebook of this kit" when the set is unknown.

Output
------
* The gradebook CSV (UTF-8 with BOM, so spreadsheets read names right): one row per
  participant and notebook: ``participant, exercise_set, <one column per question>,
  total, max, status, notes, file``. Question columns are the union over the sets in
  the batch; a blank cell means the question is not in that row's set. It is written
  atomically (temporary file + rename). **An existing gradebook is never replaced
  unless you pass ``--overwrite``;** without it the new one is written next to it as
  ``gradebook-2.csv`` (``-3``, ...) and the command says so.
* ``<gradebook>-feedback/<participant>.md``: what was right, and for the rest what was
  wrong and the first hint, never the answer. "All questions right" appears only when
  every question of the set is right.

Not a sandbox: a notebook runs with your rights. Every exercise set is built (its
modules imported, each expected value computed once) and every reference notebook read
before the first submission runs, so a submission that edits the kit's Python files
cannot change this run's grading; grade untrusted files in a throw-away container.
"""
from __future__ import annotations

import argparse
import ast
import csv
import io
import json
import logging
import math
import os
import re
import secrets
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable, Mapping, Sequence

import numpy as np

from . import exercise_sets
from .checks import CORRECT, ExerciseSet, Feedback
from .messages import set_language

__all__ = [
    "DEFAULT_TIMEOUT",
    "Reference",
    "Result",
    "load_references",
    "identify",
    "participant_name",
    "grade_notebook",
    "grade_folder",
    "gradebook_table",
    "write_gradebook",
    "feedback_markdown",
    "write_feedback",
    "atomic_write",
    "find_notebooks",
    "to_json_value",
    "from_json_value",
    "main",
]

DEFAULT_TIMEOUT = 60.0
EXTRACT_TIMEOUT = 10.0  # the grader's own cell, after the learner's
STARTUP_TIMEOUT = 60
MAX_ANSWER_FILE = 20_000_000  # bytes
METADATA_KEY = "customer_king"

STATUS_GRADED = "graded"
NOT_OF_THIS_KIT = "not an exercise notebook of this kit"


# ---------------------------------------------------------------------------
# Turning answer values into JSON and back
# ---------------------------------------------------------------------------

# This source runs twice: in the learner's kernel (to save the answers) and in the
# grader's tests. It must stand alone: only the standard library, nothing may raise.
_TO_JSON_SOURCE = r'''
def _ck_to_json(value, depth=0):
    """A JSON-safe copy of an answer: numbers, text, lists; NumPy arrays as lists;
    anything else as a marker with its type name and a short repr."""
    import math as _m
    def marker(v):
        try:
            name = type(v).__name__
        except Exception:
            name = "object"
        try:
            shown = repr(v)[:200]
        except Exception:
            shown = "<no repr>"
        return {"$repr": shown, "$type": str(name)[:60]}
    try:
        if depth > 20:
            return marker(value)
        if value is None or value is Ellipsis:
            return {"$ellipsis": 1} if value is Ellipsis else None
        if isinstance(value, bool):
            return bool(value)
        if isinstance(value, str):
            return str.__str__(value)[:10000]
        if isinstance(value, int):
            return int(value)
        if isinstance(value, float):
            v = float(value)
            return v if _m.isfinite(v) else {"$float": repr(v)}
        if isinstance(value, complex):
            return {"$complex": [_ck_to_json(value.real, depth + 1), _ck_to_json(value.imag, depth + 1)]}
        module = type(value).__module__ or ""
        if module == "fractions" and type(value).__name__ == "Fraction":
            return {"$fraction": [int(value.numerator), int(value.denominator)]}
        if module == "decimal" and type(value).__name__ == "Decimal":
            return {"$decimal": str(value)}
        if module.split(".")[0] == "numpy":
            kind = getattr(getattr(value, "dtype", None), "kind", "")
            if hasattr(value, "shape") and hasattr(value, "ndim") and type(value).__name__ == "ndarray":
                if kind in "biufcUS" and value.size <= 100000:
                    return {"$ndarray": _ck_to_json(value.tolist(), depth + 1)}
                return marker(value)
            if kind in "biufcUS" and hasattr(value, "item"):
                return _ck_to_json(value.item(), depth + 1)
            return marker(value)
        if isinstance(value, (list, tuple)):
            if len(value) > 100000:
                return marker(value)
            items = [_ck_to_json(v, depth + 1) for v in list(value)]
            return items if isinstance(value, list) else {"$tuple": items}
        if isinstance(value, (set, frozenset)):
            if len(value) > 100000:
                return marker(value)
            return {"$set": [_ck_to_json(v, depth + 1) for v in list(value)]}
        if isinstance(value, dict):
            if len(value) > 1000:
                return marker(value)
            return {"$dict": [[_ck_to_json(k, depth + 1), _ck_to_json(v, depth + 1)] for k, v in list(value.items())]}
        if callable(value) and isinstance(getattr(value, "__name__", None), str) and not isinstance(value, type):
            return {"$function": value.__name__[:60]}
        return marker(value)
    except Exception:
        return {"$repr": "<unreadable>", "$type": "object"}
'''

_namespace: dict[str, Any] = {}
exec(compile(_TO_JSON_SOURCE, "<customer_king.grade to_json>", "exec"), _namespace)
to_json_value = _namespace["_ck_to_json"]
to_json_value.__doc__ = "A JSON-safe copy of an answer value (what the grader's cell saves in the kernel)."

_IDENTIFIER = re.compile(r"[^A-Za-z0-9_]")


def _unreadable(type_name: object, shown: object) -> object:
    """Stands for a value the kernel could not save as JSON: same type name, same repr."""
    name = _IDENTIFIER.sub("_", str(type_name))[:60] or "object"
    if not name.isidentifier():
        name = "object_" + name
    text_ = str(shown)[:200]
    cls = type(name, (), {"__repr__": lambda self: text_, "__str__": lambda self: text_, "__module__": "submission"})
    return cls()


def _function(name: object) -> object:
    def placeholder() -> None:  # pragma: no cover - never called
        return None

    name = str(name)[:60]
    placeholder.__name__ = name if name.isidentifier() else "f"
    return placeholder


def from_json_value(value: Any, depth: int = 0) -> Any:
    """The answer value back from its JSON form (the inverse of :func:`to_json_value`)."""
    if depth > 25:
        return _unreadable("object", "<too deeply nested>")
    if value is None or isinstance(value, (bool, int, float, str)):
        return value
    if isinstance(value, list):
        return [from_json_value(v, depth + 1) for v in value]
    if not isinstance(value, dict) or len(value) not in (1, 2):
        return _unreadable("object", "<unreadable>")
    try:
        if "$ellipsis" in value:
            return Ellipsis
        if "$float" in value:
            return float(str(value["$float"]))
        if "$complex" in value:
            real, imag = value["$complex"]
            return complex(float(from_json_value(real, depth + 1)), float(from_json_value(imag, depth + 1)))
        if "$fraction" in value:
            import fractions

            numerator, denominator = value["$fraction"]
            return fractions.Fraction(int(numerator), int(denominator))
        if "$decimal" in value:
            import decimal

            return decimal.Decimal(str(value["$decimal"]))
        if "$ndarray" in value:
            items = from_json_value(value["$ndarray"], depth + 1)
            try:
                return np.array(items)
            except Exception:
                return np.array(items, dtype=object) if isinstance(items, list) else items
        if "$tuple" in value:
            return tuple(from_json_value(value["$tuple"], depth + 1))
        if "$set" in value:
            items = from_json_value(value["$set"], depth + 1)
            try:
                return set(items)
            except TypeError:
                return items
        if "$dict" in value:
            result = {}
            for key, item in value["$dict"]:
                key = from_json_value(key, depth + 1)
                try:
                    hash(key)
                except TypeError:
                    key = repr(key)
                result[key] = from_json_value(item, depth + 1)
            return result
        if "$function" in value:
            return _function(value["$function"])
        if "$repr" in value:
            return _unreadable(value.get("$type", "object"), value["$repr"])
    except Exception:
        pass
    return _unreadable("object", "<unreadable>")


# ---------------------------------------------------------------------------
# The kit's side: exercise sets and which variable answers which question
# ---------------------------------------------------------------------------


def default_kit_root() -> Path:
    """The folder holding ``exercises/`` (the repository root for a source install)."""
    here = Path(__file__).resolve().parents[2]
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
        return round(sum(q.points for q in self.exercise_set.questions), 6)


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
            message = _short(f"{type(error).__name__}: {error}", 160)
            references[key] = Reference(key, ExerciseSet(key, key, []), {}, "", error=message)
            continue
        references[key] = Reference(key, built, variables, source)
    return references


# ---------------------------------------------------------------------------
# Which set, whose notebook
# ---------------------------------------------------------------------------

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
        return None, f"{NOT_OF_THIS_KIT} (it is for exercise set {unknown!r}; this kit has: {', '.join(keys)})"
    return None, f"{NOT_OF_THIS_KIT} (no exercise set found in its name, metadata or code)"


_SEPARATORS = " _-.,"


def participant_name(path: Path, root: Path, key: str | None) -> str:
    """The participant's name from the file name (the set's name taken out), else the
    folder the file is in."""
    stem = path.stem
    rest = re.sub(re.escape(key), " ", stem, flags=re.IGNORECASE) if key else stem
    rest = re.sub(r"[ _\-.,]{2,}", "_", rest.strip(_SEPARATORS))
    if rest:
        return rest
    try:
        parts = path.relative_to(root).parts
    except ValueError:
        parts = ()
    return parts[0] if len(parts) > 1 else stem


# ---------------------------------------------------------------------------
# Running one notebook
# ---------------------------------------------------------------------------


@dataclass
class Result:
    """What grading one notebook gave."""

    path: Path
    participant: str
    key: str | None
    status: str
    feedback: dict[str, Feedback] = field(default_factory=dict)  # empty: nothing graded
    max_points: float | None = None
    notes: list[str] = field(default_factory=list)
    elapsed: float = 0.0
    file: str = ""  # the path inside the submissions folder

    @property
    def points(self) -> float | None:
        if self.max_points is None:
            return None
        return round(sum(fb.points for fb in self.feedback.values()), 6)

    @property
    def all_correct(self) -> bool:
        return bool(self.feedback) and all(fb.status == CORRECT for fb in self.feedback.values())


def _snippet(source: str) -> str:
    for line in source.splitlines():
        if line.strip():
            line = line.strip()
            return line if len(line) <= 50 else line[:49] + "\u2026"
    return ""


def _where(index: int, cells: Sequence[Any]) -> str:
    return f"cell {index + 1} (`{_snippet(cells[index].source)}`)"


def _short(text_: object, limit: int = 120) -> str:
    text_ = " ".join(str(text_).split())
    return text_ if len(text_) <= limit else text_[: limit - 1] + "\u2026"


_SAVE_SOURCE = r'''
def _ck_save(namespace, names, path):
    import json
    out = {"answers": {}, "missing": []}
    for qid, name in names.items():
        if name in namespace:
            out["answers"][qid] = _ck_to_json(namespace[name])
        else:
            out["missing"].append(qid)
    try:
        kind = type(namespace.get("check"))
        out["check_type"] = str(kind.__module__) + "." + str(kind.__qualname__)
    except Exception:
        out["check_type"] = "?"
    with open(path, "w", encoding="utf-8") as handle:
        json.dump(out, handle)
'''


def _extract_source(variables: Mapping[str, str], answers_file: str) -> str:
    """The grader's cell. Its functions run with the real builtins, so a learner's
    variable called ``list``, ``str`` or ``open`` cannot break the collecting."""
    code = _TO_JSON_SOURCE + _SAVE_SOURCE
    return (
        "import builtins as _ck_builtins\n"
        "_ck_namespace = {'__builtins__': _ck_builtins}\n"
        f"_ck_builtins.exec({code!r}, _ck_namespace)\n"
        f"_ck_namespace['_ck_save'](_ck_builtins.globals(), {dict(variables)!r}, {answers_file!r})\n"
        "del _ck_builtins, _ck_namespace\n"
    )


def _run(notebook: Any, variables: Mapping[str, str], timeout: float, workdir: Path) -> tuple[dict | None, str, list[str]]:
    """Run the learner's code cells, then the grader's cell.

    Returns ``(saved answers or None, problem ("" if none), notes)``.
    """
    import nbformat
    from nbclient import NotebookClient
    from nbclient.exceptions import CellTimeoutError, DeadKernelError
    from nbclient.util import run_sync

    class _QuietClient(NotebookClient):
        """Keeps no outputs (the grader never reads them; a flood cannot fill memory)."""

        def output(self, outs, msg, display_id, cell_index):  # noqa: D401
            return None

        def handle_comm_msg(self, outs, msg, cell_index):
            return None

    cells = [nbformat.v4.new_code_cell(cell.source) for cell in notebook.cells
             if cell.get("cell_type") == "code" and str(cell.get("source", "")).strip()]
    # keep the position in the submitted notebook, for messages
    positions = [i for i, cell in enumerate(notebook.cells)
                 if cell.get("cell_type") == "code" and str(cell.get("source", "")).strip()]
    answers_file = workdir / f".ck-answers-{secrets.token_hex(8)}.json"
    learner_cells = len(cells)
    runnable = nbformat.v4.new_notebook(cells=list(cells))
    runnable.cells.append(nbformat.v4.new_code_cell(_extract_source(variables, str(answers_file))))
    nbformat.write(runnable, str(workdir / "submission.ipynb"))

    errors: list[tuple[int, str]] = []

    def on_error(cell=None, cell_index=None, execute_reply=None, **_):
        content = (execute_reply or {}).get("content", {})
        errors.append((cell_index, f"{content.get('ename', 'Error')}: {content.get('evalue', '')}".rstrip(": ")))

    client = _QuietClient(
        runnable,
        kernel_name="python3",
        resources={"metadata": {"path": str(workdir)}},
        allow_errors=True,  # run every cell; errors are recorded by the hook
        interrupt_on_timeout=False,
        startup_timeout=STARTUP_TIMEOUT,
        shutdown_kernel="immediate",
        record_timing=False,
        iopub_timeout=2,
        on_cell_error=on_error,
    )
    problem, notes = "", []
    deadline = [math.inf]
    client.timeout_func = lambda cell: max(0.5, deadline[0] - time.monotonic())
    with client.setup_kernel(stdout=_devnull(), stderr=_devnull()):
        deadline[0] = time.monotonic() + timeout
        stopped = False
        for index in range(learner_cells):
            try:
                client.execute_cell(runnable.cells[index], index)
            except CellTimeoutError:
                problem = (f"could not run: time limit ({_fmt_seconds(timeout)}) reached in "
                           f"{_where(positions[index], notebook.cells)}; answers given before it are graded")
                stopped = True
                try:
                    run_sync(client.km.interrupt_kernel)()
                except Exception:
                    pass
                break
            except DeadKernelError:
                return None, (f"could not run: the kernel died (crashed) in "
                              f"{_where(positions[index], notebook.cells)}; nothing could be graded"), notes
        if not stopped and errors:
            first, message = errors[0]
            more = f" (and {len(errors) - 1} more cell{'s' if len(errors) > 2 else ''})" if len(errors) > 1 else ""
            problem = (f"graded, with errors: {_where(positions[first], notebook.cells)} raised "
                       f"{_short(message, 80)}{more}; the other cells ran")
        deadline[0] = time.monotonic() + EXTRACT_TIMEOUT
        try:
            client.execute_cell(runnable.cells[learner_cells], learner_cells)
        except (CellTimeoutError, DeadKernelError):
            pass
    try:
        if answers_file.stat().st_size > MAX_ANSWER_FILE:
            raise ValueError("the answers are too large")
        saved = json.loads(answers_file.read_text(encoding="utf-8"))
        if not isinstance(saved, dict) or not isinstance(saved.get("answers"), dict):
            raise ValueError("unexpected content")
    except Exception as error:
        if not problem.startswith("could not run"):
            problem = f"could not run: the answers could not be collected after the last cell ({_short(error, 80)})"
        return None, problem, notes
    check_type = str(saved.get("check_type", ""))
    if check_type not in ("", "builtins.NoneType", "customer_king.checks.ExerciseSet"):
        notes.append("check was redefined in the notebook (ignored: the grader checks the answers itself)")
    return saved, problem, notes


def _devnull():
    import subprocess

    return subprocess.DEVNULL


def _fmt_seconds(seconds: float) -> str:
    return f"{seconds:g} s"


def grade_notebook(
    path: Path,
    root: Path,
    references: Mapping[str, Reference],
    timeout: float = DEFAULT_TIMEOUT,
) -> Result:
    """Grade one submitted notebook. Never raises: problems become the status."""
    start = time.monotonic()
    path, root = Path(path), Path(root)
    keys = tuple(references)
    notebook, problem = None, ""
    try:
        raw = path.read_bytes()
    except OSError as error:
        raw, problem = b"", f"could not run: the file could not be read ({_short(error, 80)})"
    if not problem and not raw.strip():
        problem = "could not run: the file is empty"
    if not problem:
        try:
            import nbformat

            text_ = raw.decode("utf-8-sig")
            json.loads(text_)  # for a clear message when it is no JSON at all
            with _quiet_nbformat():
                notebook = nbformat.reads(text_, as_version=4)
            if not isinstance(notebook.get("cells"), list):
                raise ValueError("it has no list of cells")
        except UnicodeDecodeError:
            notebook, problem = None, "could not run: not a notebook (the file is not UTF-8 text)"
        except json.JSONDecodeError as error:
            notebook, problem = None, f"could not run: not a valid notebook (invalid JSON: {_short(error, 80)})"
        except Exception as error:
            notebook = None
            problem = f"could not run: not a valid notebook ({_short(error, 80) or type(error).__name__})"
    key, how = identify(path, notebook, keys)
    result = Result(path, participant_name(path, root, key), key, problem or STATUS_GRADED)
    try:
        result.file = path.relative_to(root).as_posix()
    except ValueError:
        result.file = str(path)
    if key is None:
        result.status = how if not problem else f"{problem}; {NOT_OF_THIS_KIT}"
        result.elapsed = time.monotonic() - start
        return result
    reference = references[key]
    if reference.error:
        result.status = f"could not grade: the kit's exercise set {key!r} does not load ({reference.error})"
        result.elapsed = time.monotonic() - start
        return result
    result.max_points = reference.max_points
    saved = None
    if not problem:
        code = [c for c in notebook.cells if c.get("cell_type") == "code" and str(c.get("source", "")).strip()]
        if not code:
            problem = "could not run: the notebook has no code cells"
        else:
            try:
                with tempfile.TemporaryDirectory(prefix="ck-grade-") as workdir:
                    saved, problem, notes = _run(notebook, reference.variables, timeout, Path(workdir))
                    result.notes.extend(notes)
            except Exception as error:  # the kernel did not start, or something nbclient did not expect
                saved, problem = None, f"could not run: {_short(type(error).__name__ + ': ' + str(error), 120)}"
    answers = {}
    if saved is not None:
        answers = {qid: from_json_value(value) for qid, value in saved["answers"].items()
                   if qid in reference.exercise_set.question_ids}
    missing_reference = [qid for qid in reference.exercise_set.question_ids if qid not in reference.variables]
    if missing_reference:
        result.notes.append("no answer variable known for " + ", ".join(missing_reference))
    result.feedback = reference.exercise_set.grade_answers(answers)
    result.status = problem or STATUS_GRADED
    result.elapsed = time.monotonic() - start
    return result


class _quiet_nbformat:
    """nbformat logs schema problems; the grader reports them itself."""

    def __enter__(self):
        import logging

        self._logger = logging.getLogger("traitlets")
        self._level = self._logger.level
        self._logger.setLevel(logging.CRITICAL)
        return self

    def __exit__(self, *exc):
        self._logger.setLevel(self._level)
        return False


def find_notebooks(folder: Path, exclude: Iterable[Path] = ()) -> list[Path]:
    folder = Path(folder)
    excluded = [Path(p).resolve() for p in exclude]
    found = []
    for path in sorted(folder.rglob("*.ipynb")):
        relative = path.relative_to(folder).parts
        if any(part.startswith(".") for part in relative) or ".ipynb_checkpoints" in relative:
            continue
        if any(ex == path.resolve() or ex in path.resolve().parents for ex in excluded):
            continue
        if path.is_file():
            found.append(path)
    return found


def grade_folder(
    folder: Path,
    timeout: float = DEFAULT_TIMEOUT,
    jobs: int = 1,
    references: Mapping[str, Reference] | None = None,
    kit_root: Path | None = None,
    exclude: Iterable[Path] = (),
    progress: Any = None,
) -> list[Result]:
    """Grade every notebook in `folder` (recursively); results sorted by participant."""
    references = references if references is not None else load_references(kit_root)
    paths = find_notebooks(folder, exclude)

    def one(path: Path) -> Result:
        try:
            result = grade_notebook(path, folder, references, timeout)
        except Exception as error:  # pragma: no cover - grade_notebook catches its own
            result = Result(path, participant_name(path, folder, None), None,
                            f"could not run: {_short(error, 120)}")
        if progress is not None:
            progress(result)
        return result

    if jobs <= 1 or len(paths) <= 1:
        results = [one(p) for p in paths]
    else:
        with ThreadPoolExecutor(max_workers=jobs) as pool:
            results = list(pool.map(one, paths))
    return sorted(results, key=lambda r: (r.participant.lower(), r.key or "", str(r.path)))


# ---------------------------------------------------------------------------
# The gradebook and the feedback files
# ---------------------------------------------------------------------------


def _fmt_points(value: float | None) -> str:
    if value is None:
        return ""
    value = round(float(value), 6)
    return str(int(value)) if value.is_integer() else repr(value)


def _spreadsheet_safe(value: str) -> str:
    """A participant's file name must not become a spreadsheet formula."""
    return "'" + value if value[:1] in ("=", "+", "-", "@", "\t", "\r") else value


def gradebook_table(results: Sequence[Result], references: Mapping[str, Reference]) -> tuple[list[str], list[list[str]]]:
    """The header and rows of the gradebook."""
    question_columns: list[str] = []
    keys_in_batch = {r.key for r in results if r.key}
    for key, reference in references.items():
        if key in keys_in_batch:
            for qid in reference.exercise_set.question_ids:
                if qid not in question_columns:
                    question_columns.append(qid)
    header = ["participant", "exercise_set", *question_columns, "total", "max", "status", "notes", "file"]
    rows = []
    for r in results:
        cells = {}
        if r.key is not None:
            for qid in references[r.key].exercise_set.question_ids:
                fb = r.feedback.get(qid)
                cells[qid] = _fmt_points(fb.points if fb is not None else 0)
        rows.append([
            _spreadsheet_safe(r.participant),
            r.key or "",
            *[cells.get(qid, "") for qid in question_columns],
            _fmt_points(r.points),
            _fmt_points(r.max_points),
            r.status,
            "; ".join(r.notes),
            _spreadsheet_safe(r.file or str(r.path)),
        ])
    return header, rows


def _candidates(path: Path) -> Iterable[Path]:
    yield path
    n = 2
    while True:
        yield path.with_name(f"{path.stem}-{n}{path.suffix}")
        n += 1


def atomic_write(path: Path, data: bytes, overwrite: bool = False) -> Path:
    """Write `data` to `path` in one step (a temporary file in the same folder, then a
    rename), so a crash never leaves half a file. An existing file is replaced only
    with `overwrite`; otherwise the first free ``name-2.ext``, ``name-3.ext``, ... is
    used. Returns the path written."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        if overwrite:
            os.replace(tmp, path)
            return path
        for candidate in _candidates(path):
            try:
                os.link(tmp, candidate)  # fails if the name is taken: no race, no loss
            except FileExistsError:
                continue
            except OSError:  # a file system without hard links
                if candidate.exists():
                    continue
                os.replace(tmp, candidate)
                return candidate
            return candidate
        raise AssertionError("unreachable")  # pragma: no cover
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)


def write_gradebook(
    results: Sequence[Result], references: Mapping[str, Reference], path: Path, overwrite: bool = False
) -> Path:
    header, rows = gradebook_table(results, references)
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(header)
    writer.writerows(rows)
    return atomic_write(Path(path), buffer.getvalue().encode("utf-8-sig"), overwrite=overwrite)


def _question_label(reference: Reference, qid: str) -> str:
    prompt = reference.exercise_set[qid].prompt
    return f"**{qid}** {prompt}".rstrip() if prompt else f"**{qid}**"


def feedback_markdown(participant: str, results: Sequence[Result], references: Mapping[str, Reference]) -> str:
    """One participant's feedback: what was right, and a hint for the rest (never the answer)."""
    lines = [f"# Feedback for {participant}", ""]
    for r in results:
        if r.key is None:
            lines += [f"## {r.path.name}", "", f"This notebook could not be graded: {r.status}.", ""]
            continue
        reference = references[r.key]
        title = reference.exercise_set.title or r.key
        lines += [f"## {title} (`{r.key}`)", ""]
        if r.status != STATUS_GRADED:
            lines += [f"Note: {r.status}.", ""]
        lines += [f"Points: {_fmt_points(r.points)} of {_fmt_points(r.max_points)}.", ""]
        right = [qid for qid, fb in r.feedback.items() if fb.status == CORRECT]
        rest = [qid for qid, fb in r.feedback.items() if fb.status != CORRECT]
        if r.all_correct and not rest:
            lines += ["All questions right. Well done!", ""]
        if right:
            lines += ["Right:", ""] + [f"- {_question_label(reference, qid)}" for qid in right] + [""]
        if rest:
            lines += ["To look at again:", ""]
            for qid in rest:
                fb = r.feedback[qid]
                question = reference.exercise_set[qid] if qid in reference.exercise_set.question_ids else None
                hint = fb.hint or (question.hints[0] if question is not None and question.hints else "")
                partial = f" ({_fmt_points(fb.points)} of {_fmt_points(fb.max_points)} points)" if fb.points else ""
                line = f"- {_question_label(reference, qid) if question else qid}{partial}: {_short(fb.message, 400)}"
                if hint:
                    line += f" Hint: {_short(hint, 400)}"
                lines.append(line)
            lines.append("")
    return "\n".join(lines).rstrip() + "\n"


def _file_name(participant: str) -> str:
    name = re.sub(r"[^\w.\-]+", "_", participant, flags=re.UNICODE).strip("._") or "participant"
    return name[:80]


def write_feedback(
    results: Sequence[Result], references: Mapping[str, Reference], folder: Path
) -> dict[str, Path]:
    """One Markdown file per participant in `folder`; returns participant -> file."""
    by_participant: dict[str, list[Result]] = {}
    for r in results:
        by_participant.setdefault(r.participant, []).append(r)
    written, used = {}, set()
    for participant, own in by_participant.items():
        name = _file_name(participant)
        candidate, n = name, 2
        while candidate.lower() in used:
            candidate, n = f"{name}-{n}", n + 1
        used.add(candidate.lower())
        data = feedback_markdown(participant, own, references).encode("utf-8")
        written[participant] = atomic_write(Path(folder) / f"{candidate}.md", data, overwrite=True)
    return written


# ---------------------------------------------------------------------------
# Command line
# ---------------------------------------------------------------------------


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m customer_king.grade",
        description="Run and grade every exercise notebook in a folder: a gradebook CSV and a feedback file per participant.",
    )
    parser.add_argument("submissions", type=Path, help="folder with the submitted notebooks (searched recursively)")
    parser.add_argument("-o", "--output", type=Path, default=Path("gradebook.csv"), help="gradebook CSV (default: gradebook.csv)")
    parser.add_argument("--timeout", type=float, default=DEFAULT_TIMEOUT, help="time limit per notebook in seconds (default: 60)")
    parser.add_argument("--jobs", type=int, default=1, help="notebooks run at the same time (default: 1)")
    parser.add_argument("--overwrite", action="store_true", help="replace an existing gradebook (otherwise a new name is used)")
    parser.add_argument("--feedback-dir", type=Path, default=None, help="feedback folder (default: <gradebook>-feedback next to it)")
    parser.add_argument("--kit-root", type=Path, default=None, help="the kit's folder with exercises/ (default: found automatically)")
    parser.add_argument("--language", default=None, help="language of the feedback, e.g. en or nl")
    args = parser.parse_args(argv)
    if not args.submissions.is_dir():
        parser.error(f"{args.submissions} is not a folder")
    if args.timeout <= 0:
        parser.error("--timeout must be positive")
    if args.language:
        set_language(args.language)
    # nbclient leaves a cancelled poll task behind after a time-out; asyncio would log it.
    logging.getLogger("asyncio").setLevel(logging.CRITICAL)
    references = load_references(args.kit_root)
    for reference in references.values():
        if reference.error:
            print(f"warning: exercise set {reference.key} does not load: {reference.error}", file=sys.stderr)
    feedback_dir = args.feedback_dir
    exclude = [args.output.parent / (args.output.stem + "-feedback")]
    if feedback_dir is not None:
        exclude.append(feedback_dir)

    def report(result: Result) -> None:
        total = "" if result.points is None else f"{_fmt_points(result.points)}/{_fmt_points(result.max_points)}"
        print(f"{result.participant:<24} {result.key or '-':<26} {total:>7}  {result.status}  [{result.elapsed:.1f} s]",
              flush=True)

    results = grade_folder(args.submissions, timeout=args.timeout, jobs=max(1, args.jobs),
                           references=references, exclude=exclude, progress=report)
    if not results:
        print(f"No notebooks found in {args.submissions}.", file=sys.stderr)
    written = write_gradebook(results, references, args.output, overwrite=args.overwrite)
    if written != args.output:
        print(f"{args.output} already exists, so the gradebook was written next to it as {written} "
              f"(use --overwrite to replace it).")
    else:
        print(f"Gradebook: {written}")
    if feedback_dir is None:
        feedback_dir = written.parent / (written.stem + "-feedback")
    files = write_feedback(results, references, feedback_dir)
    print(f"Feedback: {len(files)} file{'s' if len(files) != 1 else ''} in {feedback_dir}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
