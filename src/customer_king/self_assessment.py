"""A short self-assessment of customer orientation, placed on the model's curves.

The items are original, written for this kit and keyed to the five stages of
a sales encounter (Homburg, Müller & Klarmann 2011). They are *inspired by*
the SOCO scale (Saxe & Weitz 1982) but are not SOCO items and not a validated
measure: the score is a prompt for reflection and a conversation starter.

Answers run from 1 ("true for none of my customers") to 7 ("true for all of
my customers"). Reverse-keyed items count as 8 minus the answer. Three extra
items ask about habits that lesson 5 calls warning signs of overservice; they
are reported on their own and do not enter the orientation score.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

import numpy as np

from . import model
from .messages import text

STAGES = ("needs", "presentation", "objections", "negotiation", "closing")


@dataclass(frozen=True)
class Item:
    stage: str          # one of STAGES, or "overservice"
    key: str            # the statement's catalogue key (sa.item.*)
    reverse: bool = False

    @property
    def statement(self) -> str:
        """The statement, in the current language."""
        return text(self.key)


ITEMS: tuple[Item, ...] = (
    Item("needs", "sa.item.situation_changing"),
    Item("needs", "sa.item.what_matters_most"),
    Item("presentation", "sa.item.leave_out_features"),
    Item("presentation", "sa.item.fits_their_process"),
    Item("objections", "sa.item.ask_behind_objection"),
    Item("objections", "sa.item.objections_as_obstacles", reverse=True),
    Item("negotiation", "sa.item.terms_that_work"),
    Item("negotiation", "sa.item.poor_fit_deal", reverse=True),
    Item("closing", "sa.item.what_they_need_to_decide"),
    Item("closing", "sa.item.deadlines_to_push", reverse=True),
    Item("overservice", "sa.item.small_accounts_time"),
    Item("overservice", "sa.item.unrelated_topics"),
    Item("overservice", "sa.item.special_requests"),
)

OVERSERVICE_ITEMS = tuple(i for i in ITEMS if i.stage == "overservice")


class AnswerError(ValueError):
    """Answers that cannot be scored; the message says which and why."""


@dataclass(frozen=True)
class Profile:
    """A participant's self-assessment, scored: the orientation score, one score per stage, the flags."""

    score: float                      # 1..7, mean of the orientation items
    stage_scores: dict[str, float]    # 1..7 per stage
    overservice_flags: tuple[str, ...]  # statements answered 5 or more

    @property
    def orientation(self) -> float:
        """The score as the model's orientation c in [0, 1]."""
        return float(model.from_seven_point(self.score))


def _validated(answers: Sequence[object]) -> np.ndarray:
    if isinstance(answers, (str, bytes)) or not hasattr(answers, "__len__"):
        raise AnswerError(text("sa.error_not_a_list", count=len(ITEMS)))
    if len(answers) != len(ITEMS):
        raise AnswerError(text("sa.error_count", count=len(ITEMS), given=len(answers)))
    values = []
    for number, answer in enumerate(answers, start=1):
        if isinstance(answer, bool) or not isinstance(answer, (int, float, np.integer, np.floating)):
            raise AnswerError(text("sa.error_answer", number=number, answer=repr(answer)))
        if not (1 <= answer <= 7) or float(answer) != int(answer):
            raise AnswerError(text("sa.error_answer", number=number, answer=answer))
        values.append(int(answer))
    return np.array(values)


def score(answers: Sequence[object]) -> Profile:
    """Score a list of answers, one per item of ``ITEMS`` in order.

    Raises :class:`AnswerError` with a plain message for answers it cannot score
    (the form in :mod:`customer_king.self_assessment_form` never gives such answers).
    """
    values = _validated(answers)
    keyed = np.array([8 - v if item.reverse else v for item, v in zip(ITEMS, values)], dtype=float)
    is_orientation = np.array([item.stage != "overservice" for item in ITEMS])
    stages = {stage: float(np.mean([k for k, item in zip(keyed, ITEMS) if item.stage == stage]))
              for stage in STAGES}
    flags = tuple(item.statement for item, v in zip(ITEMS, values)
                  if item.stage == "overservice" and v >= 5)
    return Profile(float(keyed[is_orientation].mean()), stages, flags)
