"""Gradebook files a learning platform can import: one column per question.

``--lms canvas``, ``--lms moodle``, ``--lms brightspace`` (repeatable) each write
``<gradebook>-<platform>.csv`` next to the gradebook: one row per participant, one
column per question of every set in the batch (``<set> <question>``, e.g.
``01_customer_orientation q1``) holding the points, plain UTF-8 (no BOM), a ``.`` as
decimal mark. The optional "For analysts" questions are items of their own, named
``<set> <question> for analysts`` (``01_customer_orientation a1 for analysts``), so a
trainer can import them as extra credit or leave them out of the grade. The participant must be the platform's user name, so name the
submissions after it (``jdoe_01_customer_orientation.ipynb`` or ``jdoe/…``).

A cell is left blank when there is nothing trustworthy to import: the question is not
in that participant's set, the notebook was a duplicate (two hand-ins of one set: the
trainer decides), it was flagged, or it did not run. Blank means "leave unchanged" on
all three platforms. The columns are documented in ``docs/grading.md``.
"""
from __future__ import annotations

import csv
import io
from typing import Mapping, Sequence

from .references import Reference
from .run import NotebookResult, Outcome
from .text import display_text, fmt_points, spreadsheet_safe

__all__ = ["PLATFORMS", "lms_csv", "item_name"]

PLATFORMS = ("canvas", "moodle", "brightspace")
_TRUSTED = (Outcome.GRADED, Outcome.GRADED_WITH_ERRORS, Outcome.TIMED_OUT, Outcome.FAILED)


def item_name(key: str, qid: str, analyst: bool = False) -> str:
    """The grade item's name on the platform: the set and the question (and, for a
    question of the optional "For analysts" part, that it is one)."""
    return f"{key} {qid} for analysts" if analyst else f"{key} {qid}"


def _columns(results: Sequence[NotebookResult], references: Mapping[str, Reference]) -> list[tuple[str, str]]:
    keys = {r.key for r in results if r.key and r.max_points is not None}
    return [(key, qid) for key, ref in references.items() if key in keys for qid in ref.exercise_set.question_ids]


def _item_names(columns: Sequence[tuple[str, str]], references: Mapping[str, Reference]) -> list[str]:
    return [item_name(key, qid, references[key].exercise_set.is_analyst(qid)) for key, qid in columns]


def _points_by_participant(results: Sequence[NotebookResult]) -> dict[str, dict[tuple[str, str], str]]:
    table: dict[str, dict[tuple[str, str], str]] = {}
    for r in results:
        row = table.setdefault(r.participant, {})
        if r.key is None or r.max_points is None or r.duplicate or r.flagged or r.outcome not in _TRUSTED:
            continue
        for qid, fb in r.feedback.items():
            row[(r.key, qid)] = fmt_points(fb.points)
    return {p: cells for p, cells in table.items() if cells}


def lms_csv(platform: str, results: Sequence[NotebookResult], references: Mapping[str, Reference]) -> bytes:
    """The import file for `platform` (one of :data:`PLATFORMS`)."""
    columns = _columns(results, references)
    names = _item_names(columns, references)
    if platform == "canvas":
        # Canvas matches a student by ID, SIS User ID or SIS Login ID; the first five
        # columns are its own, every further column is an assignment (created if new).
        header = ["Student", "ID", "SIS User ID", "SIS Login ID", "Section", *names]
        lead = lambda user: [user, "", "", user, ""]  # noqa: E731
        tail: list[str] = []
    elif platform == "moodle":
        # Moodle asks at import which column identifies the user and which grade item
        # each other column goes to ("new grade item" creates one).
        header = ["Username", *names]
        lead = lambda user: [user]  # noqa: E731
        tail = []
    elif platform == "brightspace":
        # Brightspace: OrgDefinedId and/or Username first, "<item> Points Grade" columns,
        # and the End-of-Line Indicator column ending every row with "#".
        header = ["Username", *[f"{n} Points Grade" for n in names], "End-of-Line Indicator"]
        lead = lambda user: [user]  # noqa: E731
        tail = ["#"]
    else:
        raise ValueError(f"unknown platform {platform!r}; choose one of {', '.join(PLATFORMS)}")
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(header)
    for participant, cells in sorted(_points_by_participant(results).items(), key=lambda kv: kv[0].lower()):
        user = spreadsheet_safe(display_text(participant))
        writer.writerow([*lead(user), *[cells.get(col, "") for col in columns], *tail])
    return buffer.getvalue().encode("utf-8")
