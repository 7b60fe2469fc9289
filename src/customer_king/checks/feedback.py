"""What a check says: the three statuses, and :class:`Feedback`, the result of checking one answer.

Status colours come from :mod:`customer_king.palette`, the same ones the figures use;
they are Okabe-Ito colours (safe for colour-blind readers), and the icon and the word
always carry the meaning too, so nothing relies on colour alone.
"""
from __future__ import annotations

import html
from dataclasses import dataclass

from ..messages import text
from ..palette import STATUS_COLOURS, STATUS_TINTS
from .wording import _html, _one_line

CORRECT = "correct"
NOT_YET = "not_yet"
UNANSWERED = "unanswered"  # the placeholder, None, empty text: nothing to grade yet

_ICONS = {CORRECT: "\u2714", NOT_YET: "\u2718", UNANSWERED: "\u25cb"}
# Anything that is no success (yet): an unknown status, a progress box not all done.
_NEUTRAL = STATUS_COLOURS[UNANSWERED]
_INK = "#1a1a1a"  # text on the light tints


@dataclass(frozen=True, repr=False)
class Feedback:
    """The result of checking one answer.

    ``status`` is ``"correct"``, ``"not_yet"`` or ``"unanswered"`` (the
    placeholder, None or empty text).  ``readable`` is False when the answer
    could not be read as the kind of answer asked for (wrong type or shape);
    such tries do not move on to the next hint.
    """

    question_id: str
    status: str
    message: str
    hint: str = ""
    points: float = 0.0
    max_points: float = 1.0
    readable: bool = True

    @property
    def correct(self) -> bool:
        return self.status == CORRECT

    @property
    def label(self) -> str:
        return text("status_" + self.status) if self.status in _ICONS else str(self.status)

    def __repr__(self) -> str:
        icon = _ICONS.get(self.status, "?")
        line = f"{self.question_id} {icon} {self.label} \u2014 {self.message}"
        if self.hint:
            line += f" {text('hint_label')}: {self.hint}"
        return _one_line(line)

    __str__ = __repr__

    def _repr_html_(self) -> str:
        colour = STATUS_COLOURS.get(self.status, _NEUTRAL)
        tint = STATUS_TINTS.get(self.status, STATUS_TINTS[UNANSWERED])
        icon = _ICONS.get(self.status, "?")
        box = (
            f'<div class="ck-feedback ck-{html.escape(str(self.status))}" '
            f'style="border:1px solid {colour};border-left:6px solid {colour};'
            f"background:{tint};color:{_INK};padding:6px 10px;margin:4px 0;"
            f'border-radius:4px;font-family:sans-serif;line-height:1.45">'
            f'<span style="color:{colour};font-weight:bold" aria-hidden="true">{icon}</span> '
            f"<strong>{_html(self.label)}</strong> "
            f"<code>{_html(self.question_id)}</code> \u2014 {_html(self.message)}"
        )
        if self.hint:
            box += f'<div style="margin-top:4px"><strong>{_html(text("hint_label"))}:</strong> {_html(self.hint)}</div>'
        return box + "</div>"
