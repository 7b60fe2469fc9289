"""Where a learner stands: one exercise set (:class:`Progress`) or every registered set
(:class:`KitProgress`), as a text table (nbval compares it) and as HTML.

Both count the same things (questions done, not yet right, not tried, points), so
both take them from one :class:`Tally`.  Progress never says "all correct" while a
question is wrong or untried.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable, Sequence

from ..messages import text
from ..palette import STATUS_COLOURS
from .feedback import _ICONS, _INK, _NEUTRAL, CORRECT, NOT_YET, UNANSWERED
from .wording import _clipped, _fmt_points, _html, _join, _one_line

DONE, NOT_YET_STATE, NOT_TRIED = "done", "not_yet", "not_tried"
"""The state of a question in a learner's progress (the last try's status, in progress words)."""
_STATE_STATUS = {DONE: CORRECT, NOT_YET_STATE: NOT_YET, NOT_TRIED: UNANSWERED}
_STATE_ICON = {state: _ICONS[status] for state, status in _STATE_STATUS.items()}


@dataclass(frozen=True)
class ProgressRow:
    question_id: str
    prompt: str
    state: str  # "done" | "not_yet" | "not_tried"
    tries: int
    points: float
    max_points: float


@dataclass(frozen=True)
class Tally:
    """The counts a progress summary is made of, over some questions."""

    total: int = 0
    done: int = 0
    not_yet: int = 0
    not_tried: int = 0
    points: float = 0.0
    max_points: float = 0.0

    @classmethod
    def of_rows(cls, rows: Sequence[ProgressRow]) -> "Tally":
        states = [r.state for r in rows]
        return cls(len(rows), states.count(DONE), states.count(NOT_YET_STATE), states.count(NOT_TRIED),
                   round(sum(r.points for r in rows), 6), round(sum(r.max_points for r in rows), 6))

    @classmethod
    def combined(cls, tallies: Iterable["Tally"]) -> "Tally":
        tallies = list(tallies)
        return cls(sum(t.total for t in tallies), sum(t.done for t in tallies), sum(t.not_yet for t in tallies),
                   sum(t.not_tried for t in tallies), round(sum(t.points for t in tallies), 6),
                   round(sum(t.max_points for t in tallies), 6))

    def fields(self) -> dict[str, object]:
        """The message fields of a summary sentence."""
        return dict(total=self.total, done=self.done, not_yet=self.not_yet, not_tried=self.not_tried,
                    points=_fmt_points(self.points), max_points=_fmt_points(self.max_points))


def _counted(name: str) -> property:
    return property(lambda self: getattr(self._tally(), name), doc=f"The tally's ``{name}``.")


class _Counted:
    """The counts, read from the tally (``_tally``) that each progress class makes."""

    def _tally(self) -> Tally:  # pragma: no cover
        raise NotImplementedError

    total = _counted("total")
    done = _counted("done")
    not_yet = _counted("not_yet")
    not_tried = _counted("not_tried")
    points = _counted("points")
    max_points = _counted("max_points")


# --------------------------------------------------------------------------- tables


_CELL = "padding:3px 10px;text-align:left;border-bottom:1px solid #ddd"


def _state_word(state: str) -> str:
    return text("state_" + state)


def _table_text(header: Sequence[str], rows: Sequence[Sequence[str]]) -> list[str]:
    widths = [max(len(str(r[i])) for r in [header, *rows]) for i in range(len(header))]
    lines = []
    for row in [header, *rows]:
        cells = [str(c).ljust(w) for c, w in zip(row, widths)]
        lines.append("  ".join(cells).rstrip())
    return lines


def _indented_table(header: Sequence[str], rows: Sequence[Sequence[str]]) -> list[str]:
    return ["  " + line for line in _table_text(header, rows)]


def _state_cell(value: str, state: str) -> str:
    colour = STATUS_COLOURS[_STATE_STATUS.get(state, UNANSWERED)]
    icon = _STATE_ICON.get(state, "?")
    return (f'<td style="{_CELL}"><span style="color:{colour};font-weight:bold" aria-hidden="true">'
            f"{icon}</span> {_html(value)}</td>")


def _html_table(css_class: str, header: Sequence[str], rows: Sequence[Sequence[str]],
                states: Sequence[str] | None = None) -> str:
    """A table; with ``states`` (one per row), the second column shows the row's state icon."""
    out = [f'<table class="{css_class}" style="border-collapse:collapse;margin:4px 0">', "<thead><tr>"]
    out += [f'<th style="{_CELL}">{_html(h)}</th>' for h in header]
    out.append("</tr></thead><tbody>")
    for n, row in enumerate(rows):
        out.append("<tr>")
        for i, value in enumerate(row):
            if i == 1 and states is not None:
                out.append(_state_cell(value, states[n]))
            else:
                out.append(f'<td style="{_CELL}">{_html(value)}</td>')
        out.append("</tr>")
    out.append("</tbody></table>")
    return "".join(out)


def _summary_box(title: str, table: str, summary: str, all_done: bool) -> str:
    colour = STATUS_COLOURS[CORRECT] if all_done else _NEUTRAL
    return (
        f'<div class="ck-progress-box" style="border-left:6px solid {colour};padding:6px 10px;'
        f'margin:4px 0;font-family:sans-serif;color:{_INK};background:#FAFAFA">'
        f"<strong>{_html(title)}</strong>{table}<div>{_html(summary)}</div></div>"
    )


# --------------------------------------------------------------------------- one set


@dataclass(frozen=True, repr=False)
class Progress(_Counted):
    """Where a learner stands in one exercise set."""

    key: str
    title: str
    rows: tuple[ProgressRow, ...]  # the main part: what "all done" is about
    analyst_rows: tuple[ProgressRow, ...] = ()  # the optional "For analysts" part

    def _tally(self) -> Tally:
        return Tally.of_rows(self.rows)

    @property
    def analyst(self) -> "Progress":
        """The optional part on its own (its own counts; empty when the set has none)."""
        return Progress(self.key, text("analyst_title"), self.analyst_rows)

    @property
    def all_done(self) -> bool:
        """True only when there are questions and every one is answered correctly."""
        return self.total > 0 and self.done == self.total

    def summary(self) -> str:
        if not self.rows:
            return text("progress_empty")
        return text("progress_all_done" if self.all_done else "progress_summary", **self._tally().fields())

    def _header(self) -> list[str]:
        return [text("col_question"), text("col_state"), text("col_points"), text("col_tries"), text("col_prompt")]

    def _cells(self, row: ProgressRow, icon: bool) -> list[str]:
        state = _state_word(row.state)
        tries = "" if row.tries == 0 else (text("tries_one") if row.tries == 1 else text("tries_many", count=row.tries))
        return [
            row.question_id,
            f"{_STATE_ICON[row.state]} {state}" if icon else state,
            f"{_fmt_points(row.points)}/{_fmt_points(row.max_points)}",
            tries,
            _clipped(_one_line(row.prompt), 60),
        ]

    def analyst_summary(self) -> str:
        return text("analyst_summary", **self.analyst._tally().fields())

    def _text_table(self, rows: Sequence[ProgressRow]) -> list[str]:
        return _indented_table(self._header(), [self._cells(r, True) for r in rows])

    def __repr__(self) -> str:
        lines = [text("progress_title", title=self.title or self.key)]
        if self.rows:
            lines += self._text_table(self.rows)
        lines.append(self.summary())
        if self.analyst_rows:
            lines.append(text("analyst_title"))
            lines += self._text_table(self.analyst_rows)
            lines.append(self.analyst_summary())
        return "\n".join(lines)

    __str__ = __repr__

    def _html_rows(self, rows: Sequence[ProgressRow]) -> str:
        return _html_table("ck-progress", self._header(), [self._cells(r, False) for r in rows],
                           [r.state for r in rows])

    def _repr_html_(self) -> str:
        main = _summary_box(
            text("progress_title", title=self.title or self.key), self._html_rows(self.rows), self.summary(), self.all_done
        )
        if not self.analyst_rows:
            return main
        optional = _summary_box(
            text("analyst_title"), self._html_rows(self.analyst_rows), self.analyst_summary(), self.analyst.all_done
        )
        return main + optional


# --------------------------------------------------------------------------- every set


@dataclass(frozen=True, repr=False)
class KitProgress(_Counted):
    """Progress over every registered exercise set."""

    sets: tuple[Progress, ...]

    def _tally(self) -> Tally:
        return Tally.combined(p._tally() for p in self.sets)

    @property
    def all_done(self) -> bool:
        """Every main part is done (the "For analysts" parts are optional)."""
        return bool(self.sets) and all(p.all_done for p in self.sets)

    @property
    def analyst_total(self) -> int:
        return sum(p.analyst.total for p in self.sets)

    @property
    def analyst_done(self) -> int:
        return sum(p.analyst.done for p in self.sets)

    def analyst_summary(self) -> str:
        return text("kit_analyst_summary", done=self.analyst_done, total=self.analyst_total)

    def summary(self) -> str:
        if not self.sets:
            return text("kit_empty")
        sets = text("sets_one") if len(self.sets) == 1 else text("sets_many", count=len(self.sets))
        main = text("kit_all_done" if self.all_done else "kit_summary", sets=sets, **self._tally().fields())
        return _join([main, self.analyst_summary()]) if self.analyst_total else main

    def _header(self) -> list[str]:
        header = [
            text("col_set"),
            text("state_done"),
            text("state_not_yet"),
            text("state_not_tried"),
            text("col_points"),
        ]
        return header + [text("col_analyst")] if self.analyst_total else header

    def _cells(self, p: Progress) -> list[str]:
        name = p.key if not p.title or p.title == p.key else f"{p.key}: {p.title}"
        cells = [
            name,
            str(p.done),
            str(p.not_yet),
            str(p.not_tried),
            f"{_fmt_points(p.points)}/{_fmt_points(p.max_points)}",
        ]
        if self.analyst_total:
            cells.append(text("analyst_cell", done=p.analyst.done, total=p.analyst.total) if p.analyst.total else "")
        return cells

    def __repr__(self) -> str:
        lines = [text("kit_title")]
        if self.sets:
            lines += _indented_table(self._header(), [self._cells(p) for p in self.sets])
        lines.append(self.summary())
        return "\n".join(lines)

    __str__ = __repr__

    def _repr_html_(self) -> str:
        table = _html_table("ck-kit-progress", self._header(), [self._cells(p) for p in self.sets]) if self.sets else ""
        return _summary_box(text("kit_title"), table, self.summary(), self.all_done)
