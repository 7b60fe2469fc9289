"""Answer checks for the exercise notebooks: kind, precise, immediate feedback.

An exercise set is defined in Python (the expected answers are computed from
the model, never typed into a notebook)::

    from customer_king.checks import ExerciseSet, NumberQuestion, ChoiceQuestion

    check = ExerciseSet("01_customer_orientation", "Customer orientation", [
        NumberQuestion("q1", lambda: model.optimum().orientation, prompt="Sales-optimal orientation",
                       kind="share", hints=("Look at the peak of the sales curve.",)),
        ChoiceQuestion("q2", {"a": "Always more", "b": "An inverted U"}, "b",
                       why_wrong={"a": "More orientation also costs time per account."}),
    ])
    check("q1", 0.62)          # -> q1 ✔ Correct — 0.62 is right.
    check.progress()

The package, one idea a module:

* ``reading``: a learner's answer read as one number (every way people type it) or many;
* ``questions``: the question base class, :class:`NumberQuestion`, :class:`ArrayQuestion`;
* ``choices``: :class:`ChoiceQuestion`, :class:`MultiSelectQuestion` and the bare letters ``A`` … ``H``;
* ``slips``: misconception predicates and the predictable slips, ready for ``misconceptions``;
* ``feedback``: the statuses and :class:`Feedback` (plain text and HTML);
* ``progress``: :class:`Progress` and :class:`KitProgress`, counted by one :class:`Tally`;
* ``exercise_set``: :class:`ExerciseSet` (the learner's tries) and the kit-wide registry;
* ``wording``: small text helpers they share.

Guarantees the notebooks rely on
--------------------------------
* ``Question.grade`` and ``ExerciseSet.__call__`` never raise, whatever the
  learner passes: the untouched ``...`` placeholder, None, NaN, text, a dict,
  an array of the wrong shape, an object whose ``__float__`` raises, ...
* ``grade`` is pure: attempt counting (which drives the escalating hints)
  lives in ``ExerciseSet``.
* Every plain-text ``repr`` is one deterministic line (nbval compares it).
* Progress never says "all correct" while a question is wrong or untried.

Every learner-facing sentence comes from ``customer_king.messages``.  Importing the
checks loads neither matplotlib nor the model.
"""

from __future__ import annotations

from .choices import A, B, C, ChoiceQuestion, D, E, F, G, H, MultiSelectQuestion
from .exercise_set import ExerciseSet, clear_registry, kit_progress, register, registered, unregister
from .feedback import CORRECT, NOT_YET, UNANSWERED, Feedback
from .progress import KitProgress, Progress, ProgressRow, Tally
from .questions import ArrayQuestion, NumberQuestion, Question
from .slips import (Slip, answered, complement, factor_off, minus_one_slip, percent_not_fraction, percent_slip,
                    scale_slip, sign_error, sign_slip, step_slip, zero_based_slip)

__all__ = [
    "CORRECT",
    "NOT_YET",
    "UNANSWERED",
    "Feedback",
    "Question",
    "NumberQuestion",
    "ChoiceQuestion",
    "MultiSelectQuestion",
    "ArrayQuestion",
    "ExerciseSet",
    "Progress",
    "ProgressRow",
    "KitProgress",
    "Tally",
    "register",
    "unregister",
    "registered",
    "clear_registry",
    "kit_progress",
    "answered",
    "factor_off",
    "sign_error",
    "percent_not_fraction",
    "complement",
    "Slip",
    "sign_slip",
    "percent_slip",
    "scale_slip",
    "zero_based_slip",
    "minus_one_slip",
    "step_slip",
    "A", "B", "C", "D", "E", "F", "G", "H",
]
