"""What lesson 6 says when a file cannot be read: one error listing every problem.

:class:`OwnDataError` is a ``ValueError`` for programmers.  In a notebook it shows
as its message only, without a Python traceback (IPython asks an exception for
``_render_traceback_``), so the path route of lesson 6 reads like the upload route.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Optional, Sequence

from ..messages import text as _message
from .columns import Column

__all__ = ["MAX_PROBLEMS", "Collector", "OwnDataError", "Problem", "fail", "t"]

MAX_PROBLEMS = 10
"""At most this many problems are listed in one error message."""


def t(key: str, **fields: Any) -> str:
    """The learner-facing sentence ``own_data.<key>`` from ``messages`` (English fallback)."""
    return _message(f"own_data.{key}", **fields)


@dataclass(frozen=True)
class Problem:
    """One thing the loader could not accept: where (spreadsheet row, column) and what."""

    row: Optional[int]
    letter: Optional[str]
    header: Optional[str]
    message: str

    def __str__(self) -> str:
        if self.row is not None and self.letter is not None:
            where = t("where_row_col", row=self.row, letter=self.letter, header=self.header)
        elif self.row is not None:
            where = t("where_row", row=self.row)
        elif self.letter is not None:
            where = t("where_col", letter=self.letter, header=self.header)
        else:
            where = t("where_file")
        return f"{where}: {self.message}"


class OwnDataError(ValueError):
    """Everything the loader cannot read, in one message (up to ten problems listed).

    ``problems`` holds every :class:`Problem` found (also those not listed).
    """

    def __init__(self, name: str, problems: Sequence[Problem]):
        self.name = name
        self.problems = list(problems)
        count = len(self.problems)
        lines = [t("error_intro_one", name=name) if count == 1 else t("error_intro_many", name=name, count=count)]
        lines += [f"  - {p}" for p in self.problems[:MAX_PROBLEMS]]
        if count > MAX_PROBLEMS:
            lines.append("  " + t("error_more", count=count - MAX_PROBLEMS))
        lines.append(t("error_fix"))
        super().__init__("\n".join(lines))

    def _render_traceback_(self) -> list[str]:
        # IPython shows these lines instead of the traceback: a participant's file
        # problem is theirs to fix, the kit's code lines would only get in the way.
        return str(self).splitlines()


def fail(name: str, message: str, row: Optional[int] = None) -> OwnDataError:
    """An error with one problem that concerns the whole file (or one row)."""
    return OwnDataError(name, [Problem(row, None, None, message)])


class Collector:
    """Problems found while reading, to raise together."""

    def __init__(self) -> None:
        self.problems: list[Problem] = []

    def add(self, row: Optional[int], column: Optional[Column], message: str) -> None:
        self.problems.append(Problem(row, column.letter if column else None,
                                     column.header if column else None, message))

    def __bool__(self) -> bool:
        return bool(self.problems)
