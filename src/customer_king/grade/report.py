"""What the grader writes: the gradebook, the feedback files, the run's summary.

The gradebook is the grader's own: its file name (and the feedback folder's) is chosen
and claimed when the run *starts*, before any submission runs, so a file a submission
plants under that name cannot push the real gradebook aside; at the end the real one
replaces whatever is there, in one step. Every cell and line is escaped with
:func:`.text.display_text`, so no file name (non-UTF-8 bytes, control characters, a
leading ``=``) can stop the writing or turn into a formula.
"""
from __future__ import annotations

import csv
import io
import os
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Mapping, Sequence

from ..checks import CORRECT
from ..messages import language as speaking, text
from .participants import feedback_file_names
from .references import Reference
from .run import NotebookResult, Outcome
from .text import display_text, fmt_points, short, spreadsheet_safe

__all__ = ["gradebook_table", "gradebook_csv", "atomic_write", "Outputs", "claim_outputs", "write_gradebook",
           "feedback_markdown", "write_feedback", "Summary"]

PLACEHOLDER = b"grading in progress: this file is replaced by the gradebook when the run ends\n"
PARTICIPANT_LIMIT = 120  # characters shown; the file column always has the whole name


def _question_columns(results: Sequence[NotebookResult], references: Mapping[str, Reference]
                      ) -> tuple[list[str], list[str]]:
    """The question columns of the batch's sets: the main parts', then the "For analysts" parts'."""
    main: list[str] = []
    optional: list[str] = []
    keys_in_batch = {r.key for r in results if r.key}
    for key, reference in references.items():
        if key in keys_in_batch:
            part = reference.exercise_set
            main += [q.id for q in part.main_questions if q.id not in main]
            optional += [q.id for q in part.analyst_questions if q.id not in optional]
    return main, optional


def gradebook_table(results: Sequence[NotebookResult], references: Mapping[str, Reference]) -> tuple[list[str], list[list[str]]]:
    """The header and rows of the gradebook (every cell safe to write).

    ``total`` and ``max`` are the main part's; the optional "For analysts" questions
    follow in columns of their own, with ``analyst_total`` and ``analyst_max``.
    """
    main_columns, analyst_columns = _question_columns(results, references)
    header = ["participant", "exercise_set", *main_columns, "total", "max",
              *analyst_columns, "analyst_total", "analyst_max", "status", "notes", "file"]
    rows = []
    for r in results:
        cells = {}
        if r.key is not None and r.max_points is not None:
            for qid in references[r.key].exercise_set.question_ids:
                fb = r.feedback.get(qid)
                cells[qid] = fmt_points(fb.points if fb is not None else 0)
        rows.append([
            spreadsheet_safe(display_text(r.participant, PARTICIPANT_LIMIT)),
            r.key or "",
            *[cells.get(qid, "") if qid not in r.analyst_ids else "" for qid in main_columns],
            fmt_points(r.points),
            fmt_points(r.max_points),
            *[cells.get(qid, "") if qid in r.analyst_ids else "" for qid in analyst_columns],
            fmt_points(r.analyst_points),
            fmt_points(r.analyst_max_points if r.analyst_points is not None else None),
            spreadsheet_safe(display_text(r.status)),
            spreadsheet_safe(display_text("; ".join(r.notes))),
            spreadsheet_safe(display_text(r.file or str(r.path))),
        ])
    return header, rows


def gradebook_csv(results: Sequence[NotebookResult], references: Mapping[str, Reference]) -> bytes:
    header, rows = gradebook_table(results, references)
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(header)
    writer.writerows(rows)
    return buffer.getvalue().encode("utf-8-sig")  # the BOM: spreadsheets then read names right


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


@dataclass
class Outputs:
    """The gradebook and feedback folder this run claimed at its start."""

    gradebook: Path
    feedback: Path
    moved_aside: bool  # the requested name was taken (no --overwrite): a new one was used
    already_there: frozenset[str] = frozenset()  # entries of the feedback folder before the run


def claim_outputs(gradebook: Path, feedback: Path | None = None, overwrite: bool = False) -> Outputs:
    """Choose and claim the output names now, before any submission runs.

    Without `overwrite`, the first ``gradebook[-N].csv`` whose name and feedback folder
    are both free is created (holding a placeholder line) and its feedback folder made.
    With it, the names are used as given and the files replaced at the end. What a
    feedback folder held before the run is remembered: it is kept (same names are
    replaced); only files that appear during the run and are not the grader's go."""
    gradebook = Path(gradebook).absolute()
    gradebook.parent.mkdir(parents=True, exist_ok=True)

    def folder_for(book: Path) -> Path:
        return Path(feedback).absolute() if feedback is not None else book.with_name(book.stem + "-feedback")

    def claimed(book: Path, moved: bool) -> Outputs:
        folder = folder_for(book)
        folder.mkdir(parents=True, exist_ok=True)
        return Outputs(book, folder, moved, frozenset(entry.name for entry in folder.iterdir()))

    if overwrite:
        return claimed(gradebook, False)
    for candidate in _candidates(gradebook):
        if feedback is None and folder_for(candidate).exists():
            continue
        try:
            fd = os.open(candidate, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
        except FileExistsError:
            continue
        with os.fdopen(fd, "wb") as handle:
            handle.write(PLACEHOLDER)
        return claimed(candidate, candidate != gradebook)
    raise AssertionError("unreachable")  # pragma: no cover


def write_gradebook(results: Sequence[NotebookResult], references: Mapping[str, Reference], path: Path,
                    overwrite: bool = False, claimed: bool = False) -> Path:
    """Write the gradebook. `claimed`: `path` is this run's own (see :func:`claim_outputs`)
    and is replaced whatever a submission may have put there."""
    data = gradebook_csv(results, references)
    return atomic_write(Path(path), data, overwrite=overwrite or claimed)


def _md(text_: object) -> str:
    """Text from a file name or a kernel, safe inside Markdown (no HTML, no surprises)."""
    return display_text(str(text_)).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _question_label(reference: Reference, qid: str) -> str:
    prompt = reference.exercise_set[qid].prompt
    label = f"**{qid}** {prompt}".rstrip() if prompt else f"**{qid}**"
    return text("grade.analyst_question", label=label) if reference.exercise_set.is_analyst(qid) else label


def feedback_markdown(participant: str, results: Sequence[NotebookResult], references: Mapping[str, Reference]) -> str:
    """One participant's feedback: what was right, and a hint for the rest (never the answer).
    Each notebook's part speaks that notebook's language; the title the first one's."""
    with speaking(results[0].language if results else None):
        lines = [f"# {text('grade.feedback_title', participant=_md(participant))}", ""]
    for r in results:
        with speaking(r.language):
            lines += _notebook_feedback(r, results, references)
    return "\n".join(lines).rstrip() + "\n"


def _notebook_feedback(r: NotebookResult, results: Sequence[NotebookResult],
                       references: Mapping[str, Reference]) -> list[str]:
    if r.key is None:
        return [f"## {_md(r.path.name)}", "", text("grade.not_graded", status=_md(r.status)), ""]
    reference = references[r.key]
    title = reference.exercise_set.title or r.key
    lines = [f"## {title} (`{r.key}`)", ""]
    if len([o for o in results if o.key == r.key]) > 1:
        lines += [text("grade.file", file=f"`{_md(r.file)}`"), ""]
    if r.status != text("grade.graded"):
        lines += [text("grade.note", status=_md(r.status)), ""]
    if r.max_points is None:
        return lines
    lines += [text("grade.points", points=fmt_points(r.points), max_points=fmt_points(r.max_points)), ""]
    if r.analyst_points is not None:
        lines += [text("grade.analyst_points", points=fmt_points(r.analyst_points),
                       max_points=fmt_points(r.analyst_max_points)), ""]
    right = [qid for qid, fb in r.feedback.items() if fb.status == CORRECT]
    rest = [qid for qid, fb in r.feedback.items() if fb.status != CORRECT]
    if r.all_correct and not rest:
        lines += [text("grade.all_right"), ""]
    elif r.all_correct:
        lines += [text("grade.main_part_right"), ""]
    if right:
        lines += [text("grade.right"), ""] + [f"- {_question_label(reference, qid)}" for qid in right] + [""]
    if rest:
        lines += [text("grade.look_again"), ""]
        for qid in rest:
            fb = r.feedback[qid]
            question = reference.exercise_set[qid] if qid in reference.exercise_set.question_ids else None
            hint = fb.hint or (question.hints[0] if question is not None and question.hints else "")
            partial = text("grade.partial_points", points=fmt_points(fb.points),
                           max_points=fmt_points(fb.max_points)) if fb.points else ""
            line = f"- {_question_label(reference, qid) if question else qid}{partial}: {short(fb.message, 400)}"
            if hint:
                line += f" {text('hint_label')}: {short(hint, 400)}"
            lines.append(line)
        lines.append("")
    return lines


def write_feedback(results: Sequence[NotebookResult], references: Mapping[str, Reference], folder: Path,
                   finish: Outputs | None = None) -> dict[str, Path]:
    """One Markdown file per participant in `folder`; returns participant -> file.

    With `finish` (this run's claimed outputs): files that appeared in the folder during
    the run and that the grader did not write are removed."""
    by_participant: dict[str, list[NotebookResult]] = {}
    for r in results:
        by_participant.setdefault(r.participant, []).append(r)
    names = feedback_file_names(list(by_participant))
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    written = {}
    for participant, own in by_participant.items():
        data = feedback_markdown(participant, own, references).encode("utf-8")
        written[participant] = atomic_write(folder / f"{names[participant]}.md", data, overwrite=True)
    if finish is not None:
        keep = {p.name for p in written.values()} | set(finish.already_there)
        for entry in list(folder.iterdir()):
            if entry.name not in keep:  # planted during the run
                shutil.rmtree(entry) if entry.is_dir() and not entry.is_symlink() else entry.unlink()
    return written


@dataclass
class Summary:
    """The run in numbers, for the end of the command's output."""

    results: Sequence[NotebookResult]
    seconds: float
    sandboxed: bool
    sandbox_reason: str = ""

    def count(self, *outcomes: str) -> int:
        return sum(1 for r in self.results if r.outcome in outcomes)

    def lines(self) -> list[str]:
        duplicates = sum(1 for r in self.results if r.duplicate)
        flagged = sum(1 for r in self.results if r.flagged)
        per = self.seconds / len(self.results) if self.results else 0.0
        lines = [
            text("grade.summary_notebooks", count=len(self.results), seconds=self.seconds, each=per),
            text("grade.summary_graded", graded=self.count(Outcome.GRADED, Outcome.GRADED_WITH_ERRORS),
                 with_errors=self.count(Outcome.GRADED_WITH_ERRORS)),
            text("grade.summary_failed", count=self.count(Outcome.FAILED)),
            text("grade.summary_timed_out", count=self.count(Outcome.TIMED_OUT)),
            text("grade.summary_not_of_kit", count=self.count(Outcome.NOT_OF_KIT)),
            text("grade.summary_duplicates", count=duplicates),
        ]
        if flagged:
            lines.append(text("grade.summary_flagged", count=flagged))
        if self.count(Outcome.NOT_RUN):
            lines.append(text("grade.summary_not_run", count=self.count(Outcome.NOT_RUN)))
        if self.sandboxed:
            lines.append(text("grade.sandboxed"))
        else:
            lines.append(text("grade.not_sandboxed", reason=self.sandbox_reason))
        return lines
