"""Exercise sets 4 and 5, as a learner without Python meets them.

* Every main question can be answered from what the notebook shows: the value
  worked out from the shown tables (as text, the way a reader sees it) is
  graded correct.
* The predictable slips are graded wrong, each with its own hint (not the next
  generic one), and a blank answer is "not answered yet".
* Single-choice keys are spread over the positions, and the options shown in
  the notebook are the check's own options.
"""
from __future__ import annotations

import re
from collections import Counter

import pytest

from customer_king.checks import CORRECT, NOT_YET, UNANSWERED, ChoiceQuestion, MultiSelectQuestion
from customer_king.exercise_sets import build, set04_share_of_wallet as set04
from customer_king.exercise_sets import set05_warning_signs_of_overservice as set05

SET04, SET05 = "04_share_of_wallet", "05_warning_signs_of_overservice"


def _number(cell: str) -> float:
    """A number as the table shows it: '€13,285,923', '9.2', '45 %'."""
    return float(re.sub(r"[^\d.\-]", "", cell.replace("\u2212", "-")))


def _rows(table) -> dict[str, list[str]]:
    return {row[0]: row[1:] for row in table.rows}


def _correct(key: str, qid: str, answer) -> bool:
    return build(key)[qid].grade(answer).status == CORRECT


# --- answerable from the screen -------------------------------------------------
def test_04_q1_from_the_totals_table():
    shown = _rows(set04.totals())
    spend = _number(shown["Customers' total spend in the category (€ a year)"][0])
    sales = _number(shown["Bought from Koningsvast (€ a year)"][0])
    assert _correct(SET04, "q1", round(sales / spend, 3))


def test_04_q2_and_q3_from_the_six_accounts():
    rows = {row[1]: row for row in set04.sample_accounts().rows}
    room = {name: max(0.0, 0.8 * _number(r[3]) - _number(r[4])) for name, r in rows.items()}
    assert _correct(SET04, "q2", round(room[set04.HEADROOM_ACCOUNT]))
    best = max(room, key=room.get)
    assert _correct(SET04, "q3", best) and _correct(SET04, "q3", rows[best][0])


def test_04_war_questions_from_the_rounded_bar_labels():
    # The explorer labels its bars in whole percent: 13 % as number 4, 20 % as number 3.
    assert _correct(SET04, "q6", "13 %")
    assert _correct(SET04, "q7", 20 / 13 - 1) and _correct(SET04, "q7", "50 %")


def test_05_q1_q2_q8_from_the_tables():
    benchmark = {row[0][-1]: _number(row[2]) for row in set05.benchmarks().rows}
    account = next(r for r in set05.sample_accounts().rows if r[0] == set05.RATIO_ACCOUNT)
    assert _correct(SET05, "q1", round(_number(account[3]) / benchmark[account[1]], 1))
    people = _rows(set05.overserved_by_salesperson())
    accounts, over = (_number(v) for v in people[set05.PORTFOLIO_PERSON])
    assert _correct(SET05, "q2", round(over / accounts, 3))
    freed, budget = (_number(v) for v in _rows(set05.freed_hours())[set05.BUDGET_PERSON])
    assert _correct(SET05, "q8", round(freed / budget, 3))


def test_05_q3_by_hand_from_the_thresholds_table():
    limits = {row[0]: (_number(row[1]), _number(row[2])) for row in set05.thresholds().rows}
    points = 0.0
    for sign, value in _rows(set05.other_rep()).items():
        start, full = limits[sign]
        points += min(1.0, max(0.0, (_number(value[0]) - start) / (full - start))) / len(limits)
    assert _correct(SET05, "q3", round(100 * points))


def test_05_q4_from_the_four_accounts():
    rows = set05.talk_accounts().rows
    hours = [_number(r[1]) for r in rows]
    talk = [_number(r[2]) / 100 for r in rows]
    assert _correct(SET05, "q4", round(sum(h * t for h, t in zip(hours, talk)) / sum(hours), 3))


def test_05_q7_accepts_names_as_typed_and_letters():
    assert _correct(SET05, "q7", "Mirjam T., Koen H.")
    assert _correct(SET05, "q7", "koen h. , mirjam t.")
    assert _correct(SET05, "q7", ["Mirjam T.", "Koen H."])


# --- blanks and slips -----------------------------------------------------------
@pytest.mark.parametrize("key", [SET04, SET05])
def test_a_blank_answer_is_not_answered_yet(key):
    for question in build(key).questions:
        assert question.grade(...).status == UNANSWERED, question.id


SLIPS = [
    (SET04, "q1", 0.557, "other"),  # the other suppliers' share
    (SET04, "q1", 2.258, "other way round"),  # spend / sales
    (SET04, "q2", 472736, "100 %"),  # no ceiling
    (SET04, "q2", 419840, "left after"),  # forgot today's sales
    (SET04, "q2", -367776, "sign"),
    (SET04, "q2", 367.8, "unit"),
    (SET04, "q4", -0.27, "positive"),  # the readout's sign
    (SET04, "q4", 0.73, "remains"),
    (SET04, "q4", 0.10, "ten percent"),
    (SET04, "q5", 151, "half of the *accounts*"),
    (SET04, "q6", 0.2, "equal split"),
    (SET04, "q6", 0.2667, "2nd supplier"),
    (SET04, "q7", 1.5, "minus one"),  # forgotten - 1
    (SET04, "q7", 0.0667, "percentage points"),
    (SET05, "q1", 96.3 / 39.3, "another tier"),
    (SET05, "q1", 9.2 / 96.3, "on top"),
    (SET05, "q2", 10 / 32, "whole team"),
    (SET05, "q3", 44.67, "cap"),  # no clipping
    (SET05, "q3", 28.57, "seven"),
    (SET05, "q3", 0.4, "factor of 100"),
    (SET05, "q4", 0.2125, "plain mean"),
    (SET05, "q5", 100, "dashed line"),
    (SET05, "q8", 0.703, "stays"),
]


@pytest.mark.parametrize("key, qid, answer, words", SLIPS, ids=[f"{k[:2]}-{q}-{a:g}" for k, q, a, _ in SLIPS])
def test_a_predictable_slip_is_wrong_and_gets_its_own_hint(key, qid, answer, words):
    question = build(key)[qid]
    feedback = question.grade(answer, attempt=1)
    assert feedback.status == NOT_YET
    assert feedback.hint != question.hints[0] and words in feedback.hint


def test_05_q7_feedback_says_how_many_not_which():
    question = build(SET05)["q7"]
    for answer in ("Mirjam T., Koen H., Fleur B.", "Mirjam T.", "Sanne K."):
        feedback = question.grade(answer)
        assert feedback.status == NOT_YET
        shown = feedback.message + " " + feedback.hint
        assert not any(name in shown for name in question.options.values()), shown
        assert re.search(r"\d+ of the \d+ options", feedback.message), feedback.message  # how many, not which


# --- the options -------------------------------------------------------------------
def test_single_choice_keys_are_spread_over_a_to_d():
    keys = Counter(next(k for k in q.options if q.grade(k).status == CORRECT)
                   for key in (SET04, SET05) for q in build(key).main_questions if isinstance(q, ChoiceQuestion))
    assert set(keys) == {"A", "B", "C", "D"}, keys
    assert max(keys.values()) - min(keys.values()) <= 1, keys


@pytest.mark.parametrize("module, key", [(set04, SET04), (set05, SET05)])
def test_the_notebook_shows_the_checks_own_options(module, key):
    for question in build(key).questions:
        if isinstance(question, (ChoiceQuestion, MultiSelectQuestion)):
            shown = {row[0]: row[1] for row in module.options(question.id).rows}
            assert shown == dict(question.options), question.id
