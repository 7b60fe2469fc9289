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

STAGES = ("needs", "presentation", "objections", "negotiation", "closing")


@dataclass(frozen=True)
class Item:
    stage: str          # one of STAGES, or "overservice"
    statement: str
    reverse: bool = False


ITEMS: tuple[Item, ...] = (
    Item("needs", "Before I propose anything, I ask how the customer's situation is changing."),
    Item("needs", "I can name the two or three things that matter most to each of my main customers."),
    Item("presentation", "I leave out features that do not matter to this particular customer."),
    Item("presentation", "I show customers how an offer fits their own process, not only what it does."),
    Item("objections", "When a customer objects, I first ask what lies behind the objection."),
    Item("objections", "I treat most objections as obstacles to get past quickly.", reverse=True),
    Item("negotiation", "In a negotiation I look for terms that also work for the customer's business."),
    Item("negotiation", "I agree to a deal I know fits the customer poorly if it closes this month.", reverse=True),
    Item("closing", "I give customers what they need to decide, even when that delays the order."),
    Item("closing", "I use deadlines to push customers to sign.", reverse=True),
    Item("overservice", "I give small accounts as much time as large ones."),
    Item("overservice", "Much of my time with customers goes on topics unrelated to what they buy from us."),
    Item("overservice", "I ask colleagues for special deliveries or custom work without checking "
                        "whether the account pays for it."),
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
        raise AnswerError(f"Give your answers as a list of {len(ITEMS)} whole numbers from 1 to 7.")
    if len(answers) != len(ITEMS):
        raise AnswerError(f"There are {len(ITEMS)} statements; you gave {len(answers)} answers.")
    values = []
    for number, answer in enumerate(answers, start=1):
        if isinstance(answer, bool) or not isinstance(answer, (int, float, np.integer, np.floating)):
            raise AnswerError(f"Answer {number} is {answer!r}: use a whole number from 1 to 7.")
        if not (1 <= answer <= 7) or float(answer) != int(answer):
            raise AnswerError(f"Answer {number} is {answer}: use a whole number from 1 to 7.")
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
