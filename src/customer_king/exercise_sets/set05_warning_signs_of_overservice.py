"""Exercise set 5: warning signs of overservice — read the signs, score by hand, judge.

The main part is answered from what the notebook shows (tables built here from
the same numbers the checks use, the whale-curve plot, the warning-score
explorer); the optional "For analysts" part computes from the case data.  The
warning score, its thresholds and bands are the kit's stylized illustration,
and Koningsvast is a fictional company whose numbers come from the kit's seeded
generator.  The values the checks compute (right answers and slips) live in
:mod:`.set05_numbers`; this module shows them and asks the questions.
"""
from __future__ import annotations

import numpy as np

from .. import overservice
from ..checks import (ChoiceQuestion, ExerciseSet, MultiSelectQuestion, NumberQuestion, answered, complement,
                      factor_off, percent_slip, zero_based_slip)
from ..messages import format_number, text
from . import display
from .set05_numbers import (BUDGET_PERSON, FREED_PERSON, OTHER_REP, PORTFOLIO_PERSON, RATIO_ACCOUNT,
                           SAMPLE_ACCOUNTS, SAMPLE_PERSON, TALK_ACCOUNTS, TALK_PERSON, _acc, _accounts_before_peak,
                           _benchmarks, _budget, _case, _count_from_threshold, _count_with_mean_benchmark,
                           _flagged_letters, _flagged_people, _freed, _freed_on_all_accounts,
                           _freed_share_of_budget, _freed_to_benchmark, _hours_of, _mine, _only_one_sign,
                           _other_rep_score, _overserved, _overserved_count, _part_of_team_overserved,
                           _plain_talk, _portfolio_share_overserved, _ratio_against_other_tiers, _ratio_of,
                           _row, _score_as_a_sum, _score_over_seven_signs, _score_without_clipping,
                           _score_without_range, _talk_hours, _talk_shares, _team_options, _tier_of,
                           _weighted_talk, _weighted_talk_example, _whale, _whale_peak_percent)

# The five measurable signs: how each one's value is written (the keys are the programme's names).
SIGN_UNITS = {
    "hours_vs_tier": "times",
    "time_on_small_accounts": "points",
    "non_sales_share": "percent",
    "internal_requests": "times",
    "effort_near_ceiling": "percent",
}

# Question 10's account near the ceiling: its share of wallet, in percent.
NEAR_CEILING_EXAMPLE_PERCENT = 78
# Analysts' question 2: the plain mean lets a short account count as much as a long one.
SHORT_AND_LONG_HOURS = (5, 100)


# --- words, looked up when the set is built (a Dutch notebook chooses its language first) ---
def _full_ratio() -> float:
    """Hours against the tier benchmark from which the first sign counts in full (2.2)."""
    first = overservice.sign("hours_vs_tier")
    return first.threshold + first.range


def _allowed_ratio() -> float:
    """Hours against the tier benchmark where the first sign starts to count (1.2)."""
    return overservice.sign("hours_vs_tier").threshold


def _percent(value: float) -> str:
    return text("ex05.unit.percent", value=format_number(value))


def sign_words(key: str) -> str:
    """A measurable sign in plain words, for the tables."""
    return text(f"ex05.sign.{key}", ceiling=_percent(100 * overservice.NEAR_CEILING_SHARE))


def _choices(question_id: str, letters: str) -> dict[str, str]:
    return {letter: text(f"ex05.{question_id}.option.{letter}", share=_percent(NEAR_CEILING_EXAMPLE_PERCENT))
            for letter in letters}


def _why_wrong(question_id: str, letters: str) -> dict[str, str]:
    return {letter: text(f"ex05.{question_id}.why.{letter}") for letter in letters}


def _hints(question_id: str, count: int = 2, **fields: object) -> tuple[str, ...]:
    return tuple(text(f"ex05.{question_id}.hint.{i}", **fields) for i in range(1, count + 1))


# --- what the notebook shows ---------------------------------------------------------
def benchmarks() -> display.HtmlTable:
    tiers = np.asarray(_acc()["tier"])
    rows = [[text("ex05.benchmarks.row", tier=tier), int(np.sum(tiers == tier)), hours]
            for tier, hours in _benchmarks().items()]
    return display.table(
        [text("ex05.benchmarks.col.tier"), text("ex05.benchmarks.col.accounts"),
         text("ex05.benchmarks.col.benchmark")], rows, ["text", "count", "hours"],
        caption=text("ex05.benchmarks.caption"),
    )


def sample_accounts() -> display.HtmlTable:
    acc = _acc()
    rows = [[name, _tier_of(name), acc["category_spend_eur"][_row(name)], _hours_of(name)]
            for name in SAMPLE_ACCOUNTS]
    return display.table(
        [text("ex05.sample.col.account"), text("ex05.sample.col.tier"), text("ex05.sample.col.spend"),
         text("ex05.sample.col.hours")], rows,
        ["text", "text", "eur", "hours"], caption=text("ex05.sample.caption", person=SAMPLE_PERSON),
    )


def overserved_by_salesperson() -> display.HtmlTable:
    over = _overserved()
    rows = [[name, int(_mine(name).sum()), int((over & _mine(name)).sum())] for name in _case().team]
    return display.table(
        [text("ex05.overserved.col.salesperson"), text("ex05.overserved.col.accounts"),
         text("ex05.overserved.col.overserved", full=format_number(_full_ratio()))], rows,
        ["text", "count", "count"], caption=text("ex05.overserved.caption"),
    )


def _sign_value_text(key: str, value: float) -> str:
    unit = SIGN_UNITS[key]
    if unit == "percent":
        return text("ex05.unit.percent", value=display.fixed(100 * value, 0))
    if unit == "points":
        return text("ex05.unit.points", value=display.fixed(100 * value, 0))
    return text("ex05.unit.times", value=display.fixed(value, 1))


def thresholds() -> display.HtmlTable:
    rows = []
    for key in overservice.CASE_SIGNS:
        sign = overservice.sign(key)
        rows.append([sign_words(key), _sign_value_text(key, sign.threshold),
                     _sign_value_text(key, sign.threshold + sign.range)])
    return display.table(
        [text("ex05.thresholds.col.sign"), text("ex05.thresholds.col.start"), text("ex05.thresholds.col.full")],
        rows, ["text", "written", "written"], caption=text("ex05.thresholds.caption"),
    )


def other_rep() -> display.HtmlTable:
    rows = [[sign_words(key), _sign_value_text(key, value)] for key, value in OTHER_REP.items()]
    return display.table([text("ex05.other_rep.col.sign"), text("ex05.other_rep.col.value")], rows,
                         ["text", "written"], caption=text("ex05.other_rep.caption"))


def talk_accounts() -> display.HtmlTable:
    rows = [[text("ex05.talk.account", number=number), hours,
             text("ex05.unit.percent", value=display.fixed(100 * share, 0))]
            for number, (hours, share) in enumerate(TALK_ACCOUNTS, start=1)]
    return display.table(
        [text("ex05.talk.col.account"), text("ex05.talk.col.hours"), text("ex05.talk.col.share")], rows,
        ["text", "count", "written"], caption=text("ex05.talk.caption"),
    )


def freed_hours() -> display.HtmlTable:
    rows = [[name, _freed(name), _budget(name)] for name in _flagged_people()]
    return display.table(
        [text("ex05.freed.col.salesperson"), text("ex05.freed.col.freed"), text("ex05.freed.col.budget")],
        rows, ["text", "count", "count"],
        caption=text("ex05.freed.caption", allowed=format_number(_allowed_ratio())),
    )


def team_options() -> display.HtmlTable:
    """The team as the options of question 7 (a name or its letter is accepted)."""
    return display.options(build()["q7"])


def options(question_id: str) -> display.HtmlTable:
    """The options of a choice question, exactly as the check reads them."""
    return display.options(build()[question_id])


def draw_whale_curve() -> None:
    """Question 5's whale curve, drawn and shown."""
    import matplotlib.pyplot as plt

    from .. import plots

    accounts, cumulative = _whale()
    with plots.kit_style():
        fig, ax = plt.subplots(figsize=(10, 4.4))
        plots.ranked_whale_curve(ax, accounts, cumulative, text("ex05.whale.title"))
        fig.tight_layout()
        plt.show()


# --- the questions ----------------------------------------------------------------------
def _main_questions() -> list:
    small, large = (format_number(h) for h in (min(_talk_hours()), max(_talk_hours())))
    return [
        NumberQuestion(
            "q1", lambda: _ratio_of(RATIO_ACCOUNT), rel_tol=0.01,
            prompt=text("ex05.q1.prompt", account=RATIO_ACCOUNT),
            hints=_hints("q1"),
            misconceptions=[
                *[(answered(value, rel_tol=0.01), text("ex05.q1.wrong.other_tier"))
                  for value in _ratio_against_other_tiers(RATIO_ACCOUNT)],
                (answered(lambda: 1 / _ratio_of(RATIO_ACCOUNT), rel_tol=0.01), text("ex05.q1.wrong.inverted")),
            ],
        ),
        NumberQuestion(
            "q2", _portfolio_share_overserved, rel_tol=0.01, kind="share",
            prompt=text("ex05.q2.prompt", person=PORTFOLIO_PERSON),
            hints=_hints("q2"),
            misconceptions=[
                (answered(_part_of_team_overserved, rel_tol=0.01), text("ex05.q2.wrong.team_part")),
                (complement(rel_tol=0.01), text("ex05.q2.wrong.complement")),
                (answered(lambda: 1 / _portfolio_share_overserved() / 100, rel_tol=0.01),
                 text("ex05.q2.wrong.inverted")),
                percent_slip(),
            ],
        ),
        NumberQuestion(
            "q3", _other_rep_score, rel_tol=0.01,
            prompt=text("ex05.q3.prompt"),
            hints=_hints("q3"),
            misconceptions=[
                (answered(_score_without_clipping, rel_tol=0.01), text("ex05.q3.wrong.no_clipping")),
                (answered(_score_without_range, rel_tol=0.01), text("ex05.q3.wrong.no_range")),
                (answered(_score_over_seven_signs, rel_tol=0.01), text("ex05.q3.wrong.seven_signs")),
                (answered(_score_as_a_sum, rel_tol=0.01), text("ex05.q3.wrong.sum")),
                (factor_off(100, rel_tol=0.01), text("ex05.q3.wrong.factor_100")),
            ],
        ),
        NumberQuestion(
            "q4", _weighted_talk_example, rel_tol=0.01, kind="share",
            prompt=text("ex05.q4.prompt"),
            hints=_hints("q4"),
            misconceptions=[
                (answered(lambda: float(np.mean(_talk_shares())), rel_tol=0.01),
                 text("ex05.q4.wrong.plain_mean", small=small, large=large)),
                (answered(lambda: float(np.sum(_talk_hours() * _talk_shares())) / 100, rel_tol=0.01),
                 text("ex05.q4.wrong.hours")),
                percent_slip(),
            ],
        ),
        NumberQuestion(
            "q5", _whale_peak_percent, rel_tol=0.0, abs_tol=8.0,
            prompt=text("ex05.q5.prompt"),
            hints=_hints("q5"),
            misconceptions=[
                (answered(100.0, rel_tol=0.05), text("ex05.q5.wrong.dashed_line")),
                (factor_off(100, rel_tol=0.05), text("ex05.q5.wrong.fraction")),
            ],
        ),
        ChoiceQuestion(
            "q6", _choices("q6", "ABCD"), "A",
            prompt=text("ex05.q6.prompt"),
            why_wrong=_why_wrong("q6", "BCD"),
        ),
        MultiSelectQuestion(
            "q7", _team_options(), _flagged_letters(_only_one_sign()),
            prompt=text("ex05.q7.prompt"),
            hints=_hints("q7"),
        ),
        NumberQuestion(
            "q8", _freed_share_of_budget, rel_tol=0.01, kind="share",
            prompt=text("ex05.q8.prompt", person=BUDGET_PERSON),
            hints=_hints("q8"),
            misconceptions=[
                (answered(lambda: _budget(BUDGET_PERSON) / _freed(BUDGET_PERSON) / 100, rel_tol=0.01),
                 text("ex05.q8.wrong.inverted")),
                (complement(rel_tol=0.01), text("ex05.q8.wrong.complement")),
                percent_slip(),
            ],
        ),
        ChoiceQuestion(
            "q9", _choices("q9", "ABCD"), "D",
            prompt=text("ex05.q9.prompt"),
            why_wrong=_why_wrong("q9", "ABC"),
        ),
        ChoiceQuestion(
            "q10", _choices("q10", "ABCD"), "C",
            prompt=text("ex05.q10.prompt"),
            why_wrong=_why_wrong("q10", "ABD"),
        ),
    ]


def _analyst_questions() -> list:
    full, allowed = format_number(_full_ratio()), format_number(_allowed_ratio())
    short, long = (format_number(h) for h in SHORT_AND_LONG_HOURS)
    return [
        NumberQuestion(
            "a1", _overserved_count, kind="integer", rel_tol=0.0,
            prompt=text("ex05.a1.prompt", full=full),
            hints=_hints("a1"),
            misconceptions=[
                (answered(_count_with_mean_benchmark), text("ex05.a1.wrong.mean_benchmark")),
                (answered(_count_from_threshold), text("ex05.a1.wrong.from_threshold")),
            ],
        ),
        NumberQuestion(
            "a2", _weighted_talk, rel_tol=0.01, kind="share",
            prompt=text("ex05.a2.prompt", person=TALK_PERSON),
            hints=_hints("a2"),
            misconceptions=[
                (answered(_plain_talk, rel_tol=0.005), text("ex05.a2.wrong.plain_mean", small=short, large=long)),
                percent_slip(),
            ],
        ),
        NumberQuestion(
            "a3", _accounts_before_peak, kind="integer", rel_tol=0.0,
            prompt=text("ex05.a3.prompt"),
            hints=_hints("a3", count=1),
            misconceptions=[
                zero_based_slip(text("ex05.a3.wrong.zero_based")),
            ],
        ),
        NumberQuestion(
            "a4", lambda: _freed(FREED_PERSON), rel_tol=0.01,
            prompt=text("ex05.a4.prompt", person=FREED_PERSON),
            hints=_hints("a4", allowed=allowed),
            misconceptions=[
                (answered(_freed_on_all_accounts, rel_tol=0.01), text("ex05.a4.wrong.all_accounts", allowed=allowed)),
                (answered(_freed_to_benchmark, rel_tol=0.01), text("ex05.a4.wrong.to_benchmark", allowed=allowed)),
            ],
        ),
    ]


def build() -> ExerciseSet:
    return ExerciseSet("05_warning_signs_of_overservice", text("ex05.title"), _main_questions(),
                       analyst_questions=_analyst_questions())
