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
from . import display
from .set05_numbers import (BUDGET_PERSON, FREED_PERSON, OTHER_REP, PORTFOLIO_PERSON, RATIO_ACCOUNT,
                           SAMPLE_ACCOUNTS, TALK_ACCOUNTS, TALK_PERSON, _acc, _accounts_before_peak,
                           _benchmarks, _budget, _case, _count_from_threshold, _count_with_mean_benchmark,
                           _flagged_letters, _flagged_people, _freed, _freed_on_all_accounts,
                           _freed_share_of_budget, _freed_to_benchmark, _hours_of, _mine, _only_one_sign,
                           _other_rep_score, _overserved, _overserved_count, _part_of_team_overserved,
                           _plain_talk, _portfolio_share_overserved, _ratio_against_other_tiers, _ratio_of,
                           _row, _score_as_a_sum, _score_over_seven_signs, _score_without_clipping,
                           _score_without_range, _talk_hours, _talk_shares, _team_options, _tier_of,
                           _weighted_talk, _weighted_talk_example, _whale, _whale_peak_percent)

WHALE_OPTIONS = {
    "A": "The accounts on the right lose money after the cost to serve",
    "B": "The accounts on the right buy less than the others",
    "C": "Koningsvast as a whole makes a loss",
    "D": "The data for those accounts are missing",
}
SANNE_OPTIONS = {
    "A": "Her customers are less satisfied, so she has nothing to over-serve",
    "B": "She has fewer selling hours than the others",
    "C": "The score ignores customer orientation, so it cannot see her",
    "D": "She puts her extra time where there is headroom and keeps small accounts lean",
}
JUSTIFIED_OPTIONS = {
    "A": "An account at 78 % share whose buyer enjoys the weekly visit",
    "B": "A small account whose buyer is a good friend",
    "C": "A new account with a large wallet, where you already rank second among its suppliers",
    "D": "An account that asks for rush deliveries every week",
}

# In plain words, for the tables (the keys are the programme's names).
SIGN_WORDS = {
    "hours_vs_tier": ("Hours per account against its tier's benchmark", "times"),
    "time_on_small_accounts": ("Share of hours on small (C) accounts minus their share of potential", "points"),
    "non_sales_share": ("Share of contact time on non-sales talk", "%"),
    "internal_requests": ("Internal service requests per account against the team median", "times"),
    "effort_near_ceiling": ("Share of hours on accounts already at 75 % share of wallet or more", "%"),
}


# --- what the notebook shows ---------------------------------------------------------
def benchmarks() -> display.HtmlTable:
    tiers = np.asarray(_acc()["tier"])
    rows = [[f"Tier {tier}", int(np.sum(tiers == tier)), hours] for tier, hours in _benchmarks().items()]
    return display.table(
        ["Tier", "Accounts", "Benchmark (hours per account a year)"], rows, ["text", "count", "hours"],
        caption="Tier benchmarks: the median hours per account of each tier (fictional case data)",
    )


def sample_accounts() -> display.HtmlTable:
    acc = _acc()
    rows = [[name, _tier_of(name), acc["category_spend_eur"][_row(name)], _hours_of(name)]
            for name in SAMPLE_ACCOUNTS]
    return display.table(
        ["Account", "Tier", "Customer's category spend (€ a year)", "Hours a year"], rows,
        ["text", "text", "eur", "hours"], caption="Five of Mirjam T.'s accounts",
    )


def overserved_by_salesperson() -> display.HtmlTable:
    over = _overserved()
    rows = [[name, int(_mine(name).sum()), int((over & _mine(name)).sum())] for name in _case().team]
    return display.table(
        ["Salesperson", "Accounts", "Over-served accounts (2.2 times the tier benchmark or more)"], rows,
        ["text", "count", "count"], caption="Over-served accounts per salesperson",
    )


def _sign_value_text(key: str, value: float) -> str:
    unit = SIGN_WORDS[key][1]
    if unit == "%":
        return display.fixed(100 * value, 0) + " %"
    if unit == "points":
        return display.fixed(100 * value, 0) + " points"
    return display.fixed(value, 1) + " times"


def thresholds() -> display.HtmlTable:
    rows = []
    for key in overservice.CASE_SIGNS:
        sign = overservice.sign(key)
        rows.append([SIGN_WORDS[key][0], _sign_value_text(key, sign.threshold),
                     _sign_value_text(key, sign.threshold + sign.range)])
    return display.table(
        ["Sign", "Starts to count at", "Counts in full at"], rows, ["text", "text", "text"],
        caption="The five measurable signs (the thresholds are the kit's illustrations, not research findings)",
    )


def other_rep() -> display.HtmlTable:
    rows = [[SIGN_WORDS[key][0], _sign_value_text(key, value)] for key, value in OTHER_REP.items()]
    return display.table(["Sign", "Their value"], rows, ["text", "text"],
                         caption="A salesperson at another wholesaler (made up)")


def talk_accounts() -> display.HtmlTable:
    rows = [[name, hours, display.fixed(100 * share, 0) + " %"] for name, hours, share in TALK_ACCOUNTS]
    return display.table(
        ["Account", "Hours a year", "Share of contact time on non-sales talk"], rows, ["text", "count", "text"],
        caption="Four accounts of another made-up salesperson",
    )


def freed_hours() -> display.HtmlTable:
    rows = [[name, _freed(name), _budget(name)] for name in _flagged_people()]
    return display.table(
        ["Salesperson", "Hours freed a year", "Annual hours budget"], rows, ["text", "count", "count"],
        caption="If every over-served account came back to 1.2 times its tier benchmark",
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
        plots.ranked_whale_curve(ax, accounts, cumulative, "Koningsvast's whale curve (fictional case data)")
        fig.tight_layout()
        plt.show()


# --- the questions ----------------------------------------------------------------------
def _main_questions() -> list:
    return [
        NumberQuestion(
            "q1", lambda: _ratio_of(RATIO_ACCOUNT), rel_tol=0.01,
            prompt=f"{RATIO_ACCOUNT}: hours against its tier's benchmark (times)",
            hints=("Divide the account's hours by the benchmark of its own tier.",
                   "Look up the account's tier first: each tier has its own benchmark."),
            misconceptions=[
                *[(answered(value, rel_tol=0.01),
                   "You used the benchmark of another tier. Each account is compared with the benchmark of "
                   "its own tier.") for value in _ratio_against_other_tiers(RATIO_ACCOUNT)],
                (answered(lambda: 1 / _ratio_of(RATIO_ACCOUNT), rel_tol=0.01),
                 "You divided the benchmark by the account's hours. The ratio says how many times the "
                 "benchmark the account gets: the account's hours go on top."),
            ],
        ),
        NumberQuestion(
            "q2", _portfolio_share_overserved, rel_tol=0.01, kind="share",
            prompt=f"Share of {PORTFOLIO_PERSON}'s accounts that are over-served",
            hints=("Divide her over-served accounts by all the accounts she looks after.",
                   "Use her own row of the table only."),
            misconceptions=[
                (answered(_part_of_team_overserved, rel_tol=0.01),
                 "That is her part of the whole team's over-served accounts. The question asks about her own "
                 "portfolio: divide by the accounts she looks after."),
                (complement(rel_tol=0.01),
                 "That is the share of her accounts that are *not* over-served."),
                (answered(lambda: 1 / _portfolio_share_overserved() / 100, rel_tol=0.01),
                 "You divided the other way round: her over-served accounts go on top."),
                percent_slip(),
            ],
        ),
        NumberQuestion(
            "q3", _other_rep_score, rel_tol=0.01,
            prompt="Warning score of another wholesaler's salesperson (0–100)",
            hints=("For each sign: how far past the point where it starts to count is the value, as a "
                   "fraction of the way to where it counts in full? Below the start it adds nothing; past "
                   "full it adds its full share and no more.",
                   "With five signs weighted equally, each sign can add at most a fifth of the 100 points. "
                   "Add up what each sign adds."),
            misconceptions=[
                (answered(_score_without_clipping, rel_tol=0.01),
                 "You did not cap the signs: a sign adds nothing below its threshold (never less) and at most "
                 "its full share past full weight (never more)."),
                (answered(_score_without_range, rel_tol=0.01),
                 "You used how far each value is past its threshold, but not as a fraction of the way to "
                 "full weight. Divide by the distance between the two columns of the thresholds table."),
                (answered(_score_over_seven_signs, rel_tol=0.01),
                 "You shared the weight among seven signs. Only five are measured here, and the score shares "
                 "the weight among the signs it has data for."),
                (answered(_score_as_a_sum, rel_tol=0.01),
                 "You added up the signs at full weight each. With five equal weights, each sign counts for a "
                 "fifth: the score runs from 0 to 100."),
                (factor_off(100, rel_tol=0.01),
                 "A factor of 100 is off: the score runs from 0 to 100, not from 0 to 1."),
            ],
        ),
        NumberQuestion(
            "q4", _weighted_talk_example, rel_tol=0.01, kind="share",
            prompt="Non-sales share of the four accounts, weighted by hours",
            hints=("The sign is about *time*: an account's share of non-sales talk counts in proportion to "
                   "the hours spent there.",
                   "Multiply each account's share by its hours, add up, and divide by all the hours."),
            misconceptions=[
                (answered(lambda: float(np.mean(_talk_shares())), rel_tol=0.01),
                 "That is the plain mean, where a 10-hour account counts as much as a 120-hour one. Weight "
                 "each account by its hours."),
                (answered(lambda: float(np.sum(_talk_hours() * _talk_shares())) / 100, rel_tol=0.01),
                 "That looks like the non-sales *hours*. The question asks for a share of all the hours."),
                percent_slip(),
            ],
        ),
        NumberQuestion(
            "q5", _whale_peak_percent, rel_tol=0.0, abs_tol=8.0,
            prompt="Read the plot: height of the whale curve's peak (%)",
            hints=("Find the highest point of the curve and read its height on the vertical axis.",
                   "The dashed line is 100 % of total profit; the peak lies well above it."),
            misconceptions=[
                (answered(100.0, rel_tol=0.05),
                 "100 % is the dashed line, where the curve *ends*, at total profit. The peak is its highest "
                 "point, before the loss-making accounts pull it back."),
                (factor_off(100, rel_tol=0.05),
                 "The size looks right, but give it in percent, as the axis shows it."),
            ],
        ),
        ChoiceQuestion(
            "q6", WHALE_OPTIONS, "A",
            prompt="What the falling part of the whale curve means",
            why_wrong={
                "B": "Small sales alone do not make the curve fall: any account with a positive profit still "
                     "adds to it. It falls only where profit is negative, after the cost to serve.",
                "C": "The curve ends at 100 % of a positive total profit. The company earns money; some "
                     "accounts give part of it away.",
                "D": "Every account is in the curve; the fall is real profit going out, not missing data.",
            },
        ),
        MultiSelectQuestion(
            "q7", _team_options(), _flagged_letters(_only_one_sign()),
            prompt="Only effort near the ceiling counts: who is amber or red?",
            hints=("Set the other four weight sliders to 0 and leave *hours on accounts near the ceiling* at "
                   "1; the sentence under the sliders lists the red and the amber names.",
                   "Read the names after your last slider move: a weight you left at 1 by mistake still counts."),
        ),
        NumberQuestion(
            "q8", _freed_share_of_budget, rel_tol=0.01, kind="share",
            prompt=f"{BUDGET_PERSON}: freed hours as a share of his budget",
            hints=("Compare the hours he would free with his annual hours budget: what fraction of the "
                   "budget is that?",
                   "Use his row of the table, and the budget column for the whole year."),
            misconceptions=[
                (answered(lambda: _budget(BUDGET_PERSON) / _freed(BUDGET_PERSON) / 100, rel_tol=0.01),
                 "You divided the budget by the freed hours. The freed hours go on top: they are the part, "
                 "the budget is the whole."),
                (complement(rel_tol=0.01),
                 "That is the part of his budget that stays where it is; the question asks for the freed part."),
                percent_slip(),
            ],
        ),
        ChoiceQuestion(
            "q9", SANNE_OPTIONS, "D",
            prompt="Why Sanne K. is green",
            why_wrong={
                "A": "Her customers are among the most satisfied on the team. Over-service is about where the "
                     "hours go, not about how happy customers are.",
                "B": "Her budget is a full-time budget like most of the team's; it is the *use* of the hours "
                     "that differs.",
                "C": "True that orientation is not one of the signs, but that is the point: look at where her "
                     "hours go, and which of the signs that would make light up.",
            },
        ),
        ChoiceQuestion(
            "q10", JUSTIFIED_OPTIONS, "C",
            prompt="When are extra hours not overservice?",
            why_wrong={
                "A": "Near the ceiling, extra hours cannot win more share; the visit is pleasant, but it is "
                     "exactly the near-ceiling effort the fifth sign flags.",
                "B": "That is relational effort the account does not repay: a small account with big-account "
                     "time, however nice the buyer.",
                "D": "Weekly rush orders are the internal-service sign. They may need fixing once, not "
                     "serving forever.",
            },
        ),
    ]


def _analyst_questions() -> list:
    return [
        NumberQuestion(
            "a1", _overserved_count, kind="integer", rel_tol=0.0,
            prompt="Analysts: accounts at 2.2 times their tier benchmark or more",
            hints=("Benchmark = the median hours of each tier. Divide every account's hours by the benchmark "
                   "of its own tier, then count the ratios at full weight or above.",
                   "A dictionary from tier to median hours, looked up for each account, gives one benchmark "
                   "per account."),
            misconceptions=[
                (answered(_count_with_mean_benchmark),
                 "You used the mean hours of each tier as the benchmark. A few heavily served accounts pull "
                 "the mean up; the lesson's benchmark is the median."),
                (answered(_count_from_threshold),
                 "You counted from where the sign *starts* to count; the question asks for the accounts where "
                 "it counts in full."),
            ],
        ),
        NumberQuestion(
            "a2", _weighted_talk, rel_tol=0.01, kind="share",
            prompt=f"Analysts: {TALK_PERSON}'s non-sales share, weighted by hours",
            hints=("Select her accounts with a mask, then average the non-sales share with the hours as "
                   "weights.",
                   "`np.average` takes a `weights=` argument."),
            misconceptions=[
                (answered(_plain_talk, rel_tol=0.005),
                 "That is the plain mean, where a 5-hour account counts as much as a 100-hour one. Weight "
                 "each account by its hours."),
                percent_slip(),
            ],
        ),
        NumberQuestion(
            "a3", _accounts_before_peak, kind="integer", rel_tol=0.0,
            prompt="Analysts: how many accounts the whale curve adds up before its peak",
            hints=("Sort the profits from high to low, add them up as you go, and find where the running "
                   "total is highest: the accounts up to there are the ones that add profit.",),
            misconceptions=[
                zero_based_slip("`np.argmax` gives a *position*, counted from 0; the number of accounts up "
                                "to and including that position is one more."),
            ],
        ),
        NumberQuestion(
            "a4", lambda: _freed(FREED_PERSON), rel_tol=0.01,
            prompt=f"Analysts: hours {FREED_PERSON} would free on over-served accounts",
            hints=("For each of her over-served accounts (the sign at full weight), the hours above 1.2 times "
                   "the tier benchmark; add them up.",
                   "`overservice.excess_hours` gives the hours above 1.2 times the benchmark for every account."),
            misconceptions=[
                (answered(_freed_on_all_accounts, rel_tol=0.01),
                 "You counted the hours above 1.2 times the benchmark on *all* her accounts; the question asks "
                 "only about the over-served ones."),
                (answered(_freed_to_benchmark, rel_tol=0.01),
                 "You brought the accounts back to the benchmark itself; the question allows 1.2 times the "
                 "benchmark, where the sign starts to count."),
            ],
        ),
    ]


def build() -> ExerciseSet:
    return ExerciseSet("05_warning_signs_of_overservice", "Warning signs of overservice", _main_questions(),
                       analyst_questions=_analyst_questions())
