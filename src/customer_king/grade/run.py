"""Running submissions: one notebook in its own kernel, then a whole folder.

Every submitted file is read into memory before the first kernel starts, so a notebook
that deletes or edits another participant's file changes nothing for them. Each
notebook then runs in a private folder of its own (see :mod:`.isolation`); every
process it started is killed when it ends; the kit's installed files are checked after
it (see :mod:`.kit_guard`).
"""
from __future__ import annotations

import contextlib
import json
import logging
import math
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor, as_completed
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable, Mapping, Sequence

from ..checks import CORRECT, ExerciseSet, Feedback
from ..messages import get_language, language as speaking, text
from .isolation import KernelBox, Sandbox, find_sandbox, hideable, kernel_env, kill_descendants
from .kernel_side import from_json_value, snapshot_source
from .kit_guard import KitGuard
from .participants import duplicate_groups, participant_name
from .references import METADATA_KEY, Reference, identify
from .text import display_text, fmt_seconds, short

__all__ = ["DEFAULT_TIMEOUT", "NotebookResult", "Outcome", "grade_notebook", "grade_folder", "find_notebooks"]

DEFAULT_TIMEOUT = 60.0
SNAPSHOT_BUDGET = 10.0  # seconds for all the grader's answer snapshots of one notebook
STARTUP_TIMEOUT = 60
MAX_ANSWER_FILE = 20_000_000  # bytes
MAX_NOTEBOOK = 50_000_000  # bytes: a larger file is not read at all
ANSWERS = ".ck-answers.json"


class Outcome:
    """What happened to a notebook, for the summary (the status says it in words)."""

    GRADED = "graded"
    GRADED_WITH_ERRORS = "graded with errors"
    FAILED = "could not run"
    TIMED_OUT = "timed out"
    NOT_OF_KIT = "not of this kit"
    NOT_RUN = "not run"


@dataclass
class NotebookResult:
    """What grading one notebook gave."""

    path: Path
    participant: str
    key: str | None
    status: str
    feedback: dict[str, Feedback] = field(default_factory=dict)  # empty: nothing graded
    max_points: float | None = None  # the main part's; None: nothing graded
    analyst_max_points: float = 0.0  # the optional "For analysts" part's (0: the set has none)
    analyst_ids: frozenset[str] = frozenset()  # the questions of that part
    notes: list[str] = field(default_factory=list)
    elapsed: float = 0.0
    file: str = ""  # the path inside the submissions folder
    outcome: str = Outcome.GRADED
    duplicate: bool = False
    flagged: bool = False  # the kit's files changed while it ran
    language: str = field(default_factory=get_language)  # its status and feedback speak this

    def _part(self, analyst: bool) -> list[Feedback]:
        return [fb for qid, fb in self.feedback.items() if (qid in self.analyst_ids) == analyst]

    @property
    def points(self) -> float | None:
        """The main part's points: what counts towards ``max_points``."""
        if self.max_points is None:
            return None
        return round(sum(fb.points for fb in self._part(analyst=False)), 6)

    @property
    def analyst_points(self) -> float | None:
        """The optional part's points (None when nothing was graded or the set has no such part)."""
        if self.max_points is None or not self.analyst_max_points:
            return None
        return round(sum(fb.points for fb in self._part(analyst=True)), 6)

    @property
    def all_correct(self) -> bool:
        """Every question of the main part is right (the optional part aside)."""
        main = self._part(analyst=False)
        return bool(main) and all(fb.status == CORRECT for fb in main)

    @property
    def analyst_all_correct(self) -> bool:
        optional = self._part(analyst=True)
        return bool(optional) and all(fb.status == CORRECT for fb in optional)


def _snippet(source: str) -> str:
    for line in source.splitlines():
        if line.strip():
            line = display_text(line.strip())
            return line if len(line) <= 50 else line[:49] + "\u2026"
    return ""


def _where(index: int, cells: Sequence[Any]) -> str:
    return f"cell {index + 1} (`{_snippet(cells[index].source)}`)"


def _run(notebook: Any, variables: Mapping[str, str], timeout: float, box: KernelBox
         ) -> tuple[dict | None, str, str, list[str]]:
    """Run the learner's code cells, saving the answers after each one.

    Returns ``(last saved answers or None, problem ("" if none), outcome, notes)``.
    """
    import nbformat
    from nbclient import NotebookClient
    from nbclient.exceptions import CellTimeoutError, DeadKernelError
    from nbclient.util import run_sync

    class _QuietClient(NotebookClient):
        """Keeps no outputs (the grader never reads them; a flood cannot fill memory)
        and starts its kernel in `box`."""

        def create_kernel_manager(self):
            self.km = box.kernel_manager()
            return self.km

        def output(self, outs, msg, display_id, cell_index):  # noqa: D401
            return None

        def handle_comm_msg(self, outs, msg, cell_index):
            return None

    positions = [i for i, cell in enumerate(notebook.cells)
                 if cell.get("cell_type") == "code" and str(cell.get("source", "")).strip()]
    runnable = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(notebook.cells[i].source)
                                               for i in positions])
    answers_file = box.work / ANSWERS
    errors: list[tuple[int, str]] = []

    def on_error(cell=None, cell_index=None, execute_reply=None, **_):
        content = (execute_reply or {}).get("content", {})
        errors.append((cell_index, f"{content.get('ename', 'Error')}: {content.get('evalue', '')}".rstrip(": ")))

    client = _QuietClient(
        runnable,
        resources={"metadata": {"path": str(box.work)}},
        allow_errors=True,  # run every cell; errors are recorded by the hook
        interrupt_on_timeout=False,  # a loop may swallow the interrupt: the kernel is killed instead
        startup_timeout=STARTUP_TIMEOUT,
        shutdown_kernel="immediate",
        record_timing=False,
        iopub_timeout=2,
        on_cell_error=on_error,
    )
    problem, outcome, notes = "", Outcome.GRADED, []
    deadline = [math.inf]
    client.timeout_func = lambda cell: max(0.5, deadline[0] - time.monotonic())
    stopped_at: tuple[str, int] | None = None
    with client.setup_kernel(env=kernel_env(box), stdout=_devnull(), stderr=_devnull()):
        try:
            deadline[0] = time.monotonic() + timeout
            budget = SNAPSHOT_BUDGET
            for index in range(len(runnable.cells)):
                try:
                    client.execute_cell(runnable.cells[index], index)
                except CellTimeoutError:
                    stopped_at = ("timeout", index)
                    break
                except DeadKernelError:
                    stopped_at = ("died", index)
                    break
                if budget <= 0:
                    continue
                started = time.monotonic()
                try:
                    run_sync(client.kc.execute_interactive)(
                        snapshot_source(variables, str(answers_file), index), silent=True, store_history=False,
                        allow_stdin=False, timeout=budget, output_hook=lambda msg: None)
                except Exception:  # a hostile __repr__ that never returns, a dead kernel
                    budget = 0
                budget -= time.monotonic() - started
        finally:
            pid = getattr(getattr(client.km, "provisioner", None), "pid", None)
            if pid:
                kill_descendants(pid)  # before the kernel manager kills the launcher's group
    if stopped_at is None and errors:
        first, message = errors[0]
        more = "" if len(errors) == 1 else (text("grade.more_cells_one") if len(errors) == 2
                                            else text("grade.more_cells_many", count=len(errors) - 1))
        problem = text("grade.with_errors", where=_where(positions[first], notebook.cells),
                       message=short(display_text(message), 80), more=more)
        outcome = Outcome.GRADED_WITH_ERRORS
    saved = None
    try:
        if answers_file.is_file():
            if answers_file.stat().st_size > MAX_ANSWER_FILE:
                raise ValueError("the answers are too large")
            saved = json.loads(answers_file.read_text(encoding="utf-8"))
            if not isinstance(saved, dict) or not isinstance(saved.get("answers"), dict):
                raise ValueError("unexpected content")
    except Exception as error:
        saved = None
        if stopped_at is None:
            return None, text("grade.not_collected", error=short(error, 80)), Outcome.FAILED, notes
    answered = bool(saved and saved["answers"])
    if stopped_at is not None:
        kind, index = stopped_at
        where = _where(positions[index], notebook.cells)
        graded = text("grade.answers_before_graded") if answered else text("grade.no_answers_before")
        if kind == "timeout":
            problem = text("grade.timed_out", limit=fmt_seconds(timeout), where=where, graded=graded)
            outcome = Outcome.TIMED_OUT
        else:
            problem, outcome = text("grade.kernel_died", where=where, graded=graded), Outcome.FAILED
    elif saved is None or saved.get("after_cell") != len(runnable.cells) - 1:
        return saved, text("grade.snapshot_unfinished"), Outcome.FAILED, notes
    check_type = str((saved or {}).get("check_type", ""))
    if check_type not in ("", "builtins.NoneType", f"{ExerciseSet.__module__}.{ExerciseSet.__qualname__}"):
        notes.append(text("grade.check_redefined"))
    return saved, problem, outcome, notes


def _devnull():
    import subprocess

    return subprocess.DEVNULL


class _quiet_nbformat:
    """nbformat logs schema problems; the grader reports them itself."""

    def __enter__(self):
        self._logger = logging.getLogger("traitlets")
        self._level = self._logger.level
        self._logger.setLevel(logging.CRITICAL)
        return self

    def __exit__(self, *exc):
        self._logger.setLevel(self._level)
        return False


def _read_notebook(raw: bytes) -> tuple[Any, str]:
    """``(notebook, "")`` or ``(None, why it is no notebook)``."""
    import nbformat

    if not raw.strip():
        return None, text("grade.empty_file")
    try:
        text_ = raw.decode("utf-8-sig")
        json.loads(text_)  # for a clear message when it is no JSON at all
        with _quiet_nbformat():
            notebook = nbformat.reads(text_, as_version=4)
        if not isinstance(notebook.get("cells"), list):
            raise ValueError("it has no list of cells")
        return notebook, ""
    except UnicodeDecodeError:
        return None, text("grade.not_utf8")
    except json.JSONDecodeError as error:
        return None, text("grade.invalid_json", error=short(error, 80))
    except Exception as error:
        return None, text("grade.invalid_notebook", error=short(error, 80) or type(error).__name__)


def _relative(path: Path, root: Path) -> str:
    try:
        return path.relative_to(root).as_posix()
    except ValueError:
        return str(path)


def grade_notebook(
    path: Path,
    root: Path,
    references: Mapping[str, Reference],
    timeout: float = DEFAULT_TIMEOUT,
    raw: bytes | None = None,
    sandbox: Sandbox | None = None,
    hidden: Sequence[Path] = (),
    language: str | None = None,
) -> NotebookResult:
    """Grade one submitted notebook (its bytes `raw`, read from `path` if not given).
    Never raises: problems become the status. Status and feedback are in `language`
    if given (``--language``), else in the notebook's (``metadata.customer_king.language``,
    which the build writes), else in the language in effect."""
    with contextlib.ExitStack() as scope:
        scope.enter_context(speaking(language))
        return _grade_notebook(path, root, references, timeout, raw, sandbox, hidden,
                               None if language else scope)


def notebook_language(notebook: Any) -> str | None:
    """The language a notebook says it is in (``metadata.customer_king.language``), or None."""
    try:
        value = notebook["metadata"][METADATA_KEY]["language"]
    except (KeyError, TypeError, IndexError):
        return None
    return value if isinstance(value, str) and value.strip() else None


def _grade_notebook(path, root, references, timeout, raw, sandbox, hidden,
                    scope: contextlib.ExitStack | None) -> NotebookResult:
    """:func:`grade_notebook`'s work; `scope` (no ``--language`` given) takes the
    notebook's own language once the notebook is read."""
    start = time.monotonic()
    path, root = Path(path), Path(root)
    keys = tuple(references)
    notebook, problem = None, ""
    if raw is None:
        try:
            raw = path.read_bytes()
        except OSError as error:
            raw, problem = b"", text("grade.unreadable", error=short(error, 80))
    if not problem:
        notebook, problem = _read_notebook(raw)
    if scope is not None and notebook_language(notebook):
        scope.enter_context(speaking(notebook_language(notebook)))
    key, how = identify(path, notebook, keys)
    result = NotebookResult(path, participant_name(path, root, key), key, problem or text("grade.graded"),
                    file=_relative(path, root), outcome=Outcome.FAILED if problem else Outcome.GRADED)

    def done() -> NotebookResult:
        result.elapsed = time.monotonic() - start
        return result

    if key is None:
        result.status = how if not problem else text("grade.problem_not_of_kit", problem=problem,
                                                     not_of_kit=text("grade.not_of_kit"))
        result.outcome = Outcome.NOT_OF_KIT
        return done()
    reference = references[key]
    if reference.error:
        result.status = text("grade.set_broken", key=repr(key), error=reference.error)
        result.outcome = Outcome.FAILED
        return done()
    result.max_points = reference.max_points
    result.analyst_max_points, result.analyst_ids = reference.analyst_max_points, reference.analyst_ids
    saved = None
    if not problem:
        code = [c for c in notebook.cells if c.get("cell_type") == "code" and str(c.get("source", "")).strip()]
        if not code:
            problem, result.outcome = text("grade.no_code_cells"), Outcome.FAILED
        else:
            box = KernelBox(sandbox or find_sandbox(), hidden, language=get_language())
            try:
                (box.work / "notebook.ipynb").write_bytes(raw)  # the one file in its folder
                saved, problem, result.outcome, notes = _run(notebook, reference.variables, timeout, box)
                result.notes.extend(notes)
            except Exception as error:  # the kernel did not start, or something nbclient did not expect
                saved, result.outcome = None, Outcome.FAILED
                problem = text("grade.could_not_run",
                               error=short(display_text(type(error).__name__ + ": " + str(error)), 120))
            finally:
                box.cleanup()
    answers = {}
    if saved is not None:
        answers = {qid: from_json_value(value) for qid, value in saved["answers"].items()
                   if qid in reference.exercise_set.question_ids}
    missing_reference = [qid for qid in reference.exercise_set.question_ids if qid not in reference.variables]
    if missing_reference:
        result.notes.append(text("grade.no_variable", questions=", ".join(missing_reference)))
    result.feedback = reference.exercise_set.grade_answers(answers)
    result.status = problem or text("grade.graded")
    return done()


def find_notebooks(folder: Path, exclude: Iterable[Path] = ()) -> list[Path]:
    """Every ``*.ipynb`` below `folder`, hidden folders and checkpoints skipped."""
    folder = Path(folder)
    excluded = [Path(p).resolve() for p in exclude]
    found = []
    for path in sorted(folder.rglob("*.ipynb")):
        relative = path.relative_to(folder).parts
        if any(part.startswith(".") for part in relative) or ".ipynb_checkpoints" in relative:
            continue
        if any(ex == path.resolve() or ex in path.resolve().parents for ex in excluded):
            continue
        if path.is_file() or path.is_symlink():  # a link gets a row saying it was not read
            found.append(path)
    return found


def _read_all(paths: Sequence[Path]) -> dict[Path, bytes | str]:
    """Every submission's bytes, read before any of them runs (or why it could not be)."""
    out: dict[Path, bytes | str] = {}
    for path in paths:
        try:
            if path.is_symlink():
                out[path] = text("grade.symlink")
            elif path.stat().st_size > MAX_NOTEBOOK:
                out[path] = text("grade.too_large", limit=MAX_NOTEBOOK // 1_000_000)
            else:
                out[path] = path.read_bytes()
        except OSError as error:
            out[path] = text("grade.unreadable", error=short(error, 80))
    return out


def _unread(path: Path, root: Path, keys: Sequence[str], why: str, outcome: str) -> NotebookResult:
    """The row of a notebook that was not run: named as it would have been."""
    key = identify(path, None, keys)[0]
    return NotebookResult(path, participant_name(path, root, key), None, why, file=_relative(path, root), outcome=outcome)


def _mark_duplicates(results: Sequence[NotebookResult]) -> None:
    for group in duplicate_groups((r.participant, r.key, r) for r in results):
        for r in group:
            others = ", ".join(display_text(o.file) for o in group if o is not r)
            r.duplicate = True
            with speaking(r.language):
                r.status = text("grade.duplicate", key=r.key, others=others, status=r.status)


def grade_folder(
    folder: Path,
    timeout: float = DEFAULT_TIMEOUT,
    jobs: int = 1,
    references: Mapping[str, Reference] | None = None,
    kit_root: Path | None = None,
    exclude: Iterable[Path] = (),
    progress: Callable[[NotebookResult, int, int], Any] | None = None,
    sandbox: Sandbox | None = None,
    hide: Iterable[Path] = (),
    guard: KitGuard | None | bool = True,
    into: list[NotebookResult] | None = None,
    language: str | None = None,
) -> list[NotebookResult]:
    """Grade every notebook in `folder` (recursively); results sorted by participant.

    `hide`: more folders the sandbox hides from the kernels (the output folder, say).
    `guard`: check the kit's installed files after every notebook (True), with a given
    :class:`KitGuard`, or not at all (False). Ctrl-C stops the batch: what ran is kept,
    the rest get the status "not run". `into`: a list the results are appended to as
    they come (the caller keeps them even if something unforeseen stops the batch).
    `language`: every notebook's status and feedback in this language (``--language``);
    None: each in the notebook's own."""
    from .references import load_references

    references = references if references is not None else load_references(kit_root)
    folder = Path(folder)
    keys = tuple(references)
    paths = find_notebooks(folder, exclude)
    contents = _read_all(paths)
    sandbox = sandbox or find_sandbox()
    hidden = hideable([folder, *hide]) if sandbox.active else []
    dont_write_bytecode = sys.dont_write_bytecode
    sys.dont_write_bytecode = True  # the grader's own imports must not change the kit's files
    try:
        if guard is True:  # read-only in the sandbox: there only the package is compared
            guard = KitGuard(site_folders=[] if sandbox.active else None)
        lock = threading.Lock()
        running: dict[int, NotebookResult | None] = {}
        tainted: dict[int, list[str]] = {}
        stop = threading.Event()
        results: list[NotebookResult] = into if into is not None else []

        def one(number: int, path: Path) -> NotebookResult:
            if stop.is_set():
                return _unread(path, folder, keys, text("grade.stopped_before"), Outcome.NOT_RUN)
            if guard and guard.refused:
                return _unread(path, folder, keys, text("grade.not_run", why=guard.refused), Outcome.NOT_RUN)
            with lock:
                running[number] = None
            content = contents[path]
            try:
                if isinstance(content, str):
                    result = _unread(path, folder, keys, content, Outcome.FAILED)
                else:
                    result = grade_notebook(path, folder, references, timeout, raw=content,
                                            sandbox=sandbox, hidden=hidden, language=language)
            except Exception as error:  # pragma: no cover - grade_notebook catches its own
                result = NotebookResult(path, participant_name(path, folder, None), None,
                                text("grade.could_not_run", error=short(error, 120)), file=_relative(path, folder),
                                outcome=Outcome.FAILED)
            with lock:
                del running[number]
                if guard:
                    changed = guard.check()
                    if changed:
                        shown = ", ".join(display_text(Path(p).name) for p in changed[:3])
                        tainted.setdefault(number, []).append(("grade.changed_kit", shown))
                        for other in running:
                            tainted.setdefault(other, []).append(("grade.kit_changed_meanwhile", shown))
                for key, shown in tainted.pop(number, []):
                    result.flagged = True
                    with speaking(result.language):
                        result.status = text("grade.flagged", why=text(key, files=shown), status=result.status)
            return result

        numbered = list(enumerate(paths))
        try:
            if jobs <= 1 or len(paths) <= 1:
                for number, path in numbered:
                    results.append(one(number, path))
                    if progress is not None:
                        progress(results[-1], len(results), len(paths))
            else:
                with ThreadPoolExecutor(max_workers=jobs) as pool:
                    futures = {pool.submit(one, n, p): p for n, p in numbered}
                    try:
                        for future in as_completed(futures):
                            results.append(future.result())
                            if progress is not None:
                                progress(results[-1], len(results), len(paths))
                    except KeyboardInterrupt:
                        stop.set()
                        raise
        except KeyboardInterrupt:
            stop.set()
            finished = {r.path for r in results}
            results += [_unread(p, folder, keys, text("grade.stopped"), Outcome.NOT_RUN)
                        for p in paths if p not in finished]
    finally:
        sys.dont_write_bytecode = dont_write_bytecode
    _mark_duplicates(results)
    results.sort(key=lambda r: (r.participant.lower(), r.key or "", str(r.path)))
    return results
