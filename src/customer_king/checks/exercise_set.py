"""An exercise notebook's questions and the learner's tries (:class:`ExerciseSet`), and the
registry of sets the kit-wide progress covers."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Mapping, Sequence

from ..messages import text
from .feedback import CORRECT, NOT_YET, UNANSWERED, Feedback
from .progress import DONE, NOT_TRIED, NOT_YET_STATE, KitProgress, Progress, ProgressRow
from .questions import Question
from .wording import _describe, _one_line, _quote, _type_name


@dataclass
class _Record:
    tries: int = 0  # calls with an actual answer (not the placeholder)
    wrong: int = 0  # readable wrong answers: these move the hints on
    last: Feedback | None = None


class ExerciseSet:
    """The questions of one exercise notebook, and the learner's tries.

    ``check = ExerciseSet(key, title, questions, analyst_questions=())``; in the
    notebook ``check("q1", answer)`` grades and records, ``check.progress()``
    shows where the learner stands.  Calling never raises.

    ``analyst_questions`` form the optional "For analysts" part at the end of
    a set (calculation by code): ``check`` grades them like the others, the
    progress shows them in a table of their own, and "all done" is about the
    main part only.  ``questions``, ``question_ids``, ``len`` and iteration
    cover both parts, main part first; ``main_questions`` and
    ``analyst_questions`` each part.
    """

    def __init__(
        self,
        key: str,
        title: str,
        questions: Sequence[Question],
        analyst_questions: Sequence[Question] = (),
    ) -> None:
        self.key = str(key)
        self.title = str(title)
        self._questions: dict[str, Question] = {}
        main, optional = list(questions), list(analyst_questions)
        for question in main + optional:
            if not callable(getattr(question, "grade", None)):
                raise TypeError(f"{question!r} is not a question")
            if question.id in self._questions:
                raise ValueError(f"question id {question.id!r} is used twice in {self.key!r}")
            self._questions[question.id] = question
        self._analyst_ids = frozenset(q.id for q in optional)
        self._records: dict[str, _Record] = {qid: _Record() for qid in self._questions}

    def __repr__(self) -> str:
        if self._analyst_ids:
            main = len(self._questions) - len(self._analyst_ids)
            return f"ExerciseSet({self.key!r}, {main} questions + {len(self._analyst_ids)} for analysts)"
        return f"ExerciseSet({self.key!r}, {len(self._questions)} questions)"

    @property
    def main_questions(self) -> tuple[Question, ...]:
        return tuple(q for q in self._questions.values() if q.id not in self._analyst_ids)

    @property
    def analyst_questions(self) -> tuple[Question, ...]:
        return tuple(q for q in self._questions.values() if q.id in self._analyst_ids)

    def is_analyst(self, question_id: str) -> bool:
        """True for a question of the optional "For analysts" part."""
        return question_id in self._analyst_ids

    def __len__(self) -> int:
        return len(self._questions)

    def __iter__(self):
        return iter(self._questions.values())

    @property
    def questions(self) -> tuple[Question, ...]:
        return tuple(self._questions.values())

    @property
    def question_ids(self) -> tuple[str, ...]:
        return tuple(self._questions)

    def __getitem__(self, question_id: str) -> Question:
        return self._questions[question_id]

    def _find(self, question_id: object) -> Question | None:
        if isinstance(question_id, str):
            wanted = question_id.strip()
            if wanted in self._questions:
                return self._questions[wanted]
            for qid, question in self._questions.items():
                if qid.lower() == wanted.lower():
                    return question
        elif isinstance(question_id, int) and not isinstance(question_id, bool):
            return self._questions.get(f"q{question_id}")
        return None

    def _unknown(self, question_id: object) -> Feedback:
        ids = ", ".join(self._questions) or "-"
        if isinstance(question_id, str):
            shown_id = _one_line(question_id)[:40] or "?"
            message = text("unknown_question", given=_quote(question_id), ids=ids)
        else:
            shown_id = "?"
            message = text("question_id_not_text", what=_describe(question_id), ids=ids)
        return Feedback(shown_id, NOT_YET, message, "", 0, 0, False)

    def __call__(self, question_id: str, answer: object) -> Feedback:
        """Grade `answer` to question `question_id`, remember the try, return the feedback."""
        try:
            question = self._find(question_id)
            if question is None:
                return self._unknown(question_id)
            record = self._records[question.id]
            feedback = question.grade(answer, attempt=record.wrong + 1)
            if feedback.status != UNANSWERED:
                record.tries += 1
            if feedback.status == NOT_YET and feedback.readable:
                record.wrong += 1
            record.last = feedback
            return feedback
        except Exception:  # pragma: no cover - grade itself never raises
            return Feedback(str(question_id)[:40], NOT_YET, text("unreadable", type=_type_name(answer)), readable=False)

    check = __call__

    def grade_answers(self, answers: Mapping[str, object]) -> dict[str, Feedback]:
        """Grade many answers at once without recording anything (for batch grading).

        Every question of the set gets a feedback (unanswered when missing);
        keys that are no question of the set get an "unknown question" one.
        """
        results: dict[str, Feedback] = {}
        given = dict(answers)
        for qid, question in self._questions.items():
            if qid in given:
                results[qid] = question.grade(given.pop(qid), attempt=1)
            else:
                results[qid] = question._feedback(UNANSWERED, text("no_answer"), readable=False)
        for key, answer in given.items():
            question = self._find(key)
            if question is not None and question.id not in answers:
                results[question.id] = question.grade(answer, attempt=1)
            else:
                results[str(key)] = self._unknown(key)
        return results

    def progress(self) -> Progress:
        rows, analyst_rows = [], []
        for qid, question in self._questions.items():
            record = self._records[qid]
            last = record.last
            if last is None or last.status == UNANSWERED:
                state = NOT_TRIED
            elif last.status == CORRECT:
                state = DONE
            else:
                state = NOT_YET_STATE
            (analyst_rows if qid in self._analyst_ids else rows).append(
                ProgressRow(
                    qid,
                    question.prompt,
                    state,
                    record.tries,
                    last.points if last is not None else 0,
                    question.points,
                )
            )
        return Progress(self.key, self.title, tuple(rows), tuple(analyst_rows))

    def reset(self) -> None:
        """Forget every try (hints start again from the first)."""
        self._records = {qid: _Record() for qid in self._questions}


# ---------------------------------------------------------------------------
# Kit-wide progress
# ---------------------------------------------------------------------------


_REGISTRY: dict[str, ExerciseSet] = {}


def register(exercise_set: ExerciseSet) -> ExerciseSet:
    """Add a set to the kit-wide progress (a set with the same key is replaced)."""
    if not isinstance(exercise_set, ExerciseSet):
        raise TypeError("register() takes an ExerciseSet")
    _REGISTRY[exercise_set.key] = exercise_set
    return exercise_set


def unregister(key: str) -> None:
    _REGISTRY.pop(key, None)


def registered() -> tuple[ExerciseSet, ...]:
    """The registered sets, in order of their keys."""
    return tuple(_REGISTRY[k] for k in sorted(_REGISTRY))


def clear_registry() -> None:
    _REGISTRY.clear()


def kit_progress() -> KitProgress:
    """Progress of every registered exercise set."""
    return KitProgress(tuple(s.progress() for s in registered()))
