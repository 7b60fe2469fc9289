"""Exercise set 4: share of wallet — read it, work it out, judge it; code only for analysts.

The main part is answered from what the notebook shows (the tables below, the
headroom and Wallet Allocation explorers, one plot); the optional "For
analysts" part computes from the case data.  The tables the notebook shows are
built here too, from the same numbers the checks use, so text and answers
cannot drift apart.
"""
from __future__ import annotations

import numpy as np

from .. import cases, model
from ..checks import (ChoiceQuestion, ExerciseSet, NumberQuestion, answered, complement, factor_off,
                      minus_one_slip, percent_slip, sign_slip)
from ..messages import format_number as num, text
from . import display

CEILING = cases.SHARE_CEILING  # the rule of thumb the questions assume (0.80)
LOWER_CEILING = 0.70  # question 4: "what if the ceiling is lower?"
WAR_SUPPLIERS, WAR_RANK = 5, 4  # questions 6 and 7: the 4th of 5 suppliers, then one place up
NEAR_CEILING_SHARE = 0.78  # question 9: an account just below the ceiling

# The accounts the notebook shows (fictional case data), in the order shown.
# Chosen so that the biggest wallet, the lowest share and the most headroom are
# three different accounts; the answer to question 3 is computed, not typed.
SAMPLE_ACCOUNTS = (
    "Havstede Plaatwerk B.V.",
    "Denkamp Precisietechniek B.V.",
    "Bordijk Carrosseriebouw B.V.",
    "Wesstede Bouwgroep B.V.",
    "Velhorst Staalbouw B.V.",
    "Elddijk Machinebouw B.V.",
)
HEADROOM_ACCOUNT = "Denkamp Precisietechniek B.V."  # question 2
LETTERS = "ABCDEF"



def _percent(fraction: float) -> str:
    """A share as a number of percent, as the learner writes numbers (0.8 -> "80"); the
    catalogue's sentence adds the sign, with or without a space as its language writes it."""
    return num(round(100 * fraction, 6))


def _numbers() -> dict[str, str]:
    """The set's own numbers as the sentences name them, in the learner's language."""
    return {
        "ceiling": _percent(CEILING), "lower": _percent(LOWER_CEILING), "share": _percent(NEAR_CEILING_SHARE),
        "slider_from": display.fixed(CEILING, 2), "slider_to": display.fixed(LOWER_CEILING, 2),
        "suppliers": num(WAR_SUPPLIERS), "suppliers_word": text(f"ex04.cardinal.{WAR_SUPPLIERS}"),
        "rank": num(WAR_RANK), "better": num(WAR_RANK - 1),
        "rank_ordinal": text(f"ex04.ordinal.{WAR_RANK}"), "better_ordinal": text(f"ex04.ordinal.{WAR_RANK - 1}"),
        "mirror_ordinal": text(f"ex04.ordinal.{WAR_SUPPLIERS + 1 - WAR_RANK}"),
        "account": HEADROOM_ACCOUNT,
    }


def _say(key: str) -> str:
    """Sentence `key` of this set, with the set's numbers filled in (a sentence uses the fields it names)."""
    return text(f"ex04.{key}", **_numbers())


def _options(question: str) -> dict[str, str]:
    """A choice question's options A-D, looked up when the set is built."""
    return {letter: _say(f"{question}.option.{letter}") for letter in "ABCD"}


def ceiling_options() -> dict[str, str]:
    """Question 8: what the ~80 % ceiling is."""
    return _options("q8")


def near_ceiling_options() -> dict[str, str]:
    """Question 9: an account near the ceiling."""
    return _options("q9")


def rank_options() -> dict[str, str]:
    """Question 10: satisfaction up, rank unchanged."""
    return _options("q10")


def _why_wrong(question: str, letters: str) -> dict[str, str]:
    """Why each wrong option of `question` is wrong, one text per letter in `letters`."""
    return {letter: _say(f"{question}.wrong.{letter}") for letter in letters}


def _accounts() -> dict[str, np.ndarray]:
    return cases.load_case().accounts


def _spend() -> np.ndarray:
    return np.asarray(_accounts()["category_spend_eur"], float)


def _sales() -> np.ndarray:
    return np.asarray(_accounts()["our_sales_eur"], float)


def _row(name: str) -> int:
    names = list(_accounts()["account_name"])
    return names.index(name)  # a missing name is a broken set: fail loudly at build time


# --- question 1: share of the total wallet ---------------------------------
def _overall_share() -> float:
    return float(_sales().sum() / _spend().sum())


def _overall_share_upside_down() -> float:
    # Spend / sales is above 1.5, so a share question reads it as a percentage.
    return float(_spend().sum() / _sales().sum()) / 100


def _mean_share() -> float:
    return float(cases.share_of_wallet(_accounts()).mean())


def _median_share() -> float:
    return float(np.median(cases.share_of_wallet(_accounts())))


# --- questions 2 and 3: headroom of the accounts shown ----------------------
def _spend_of(name: str) -> float:
    return float(_spend()[_row(name)])


def _sales_of(name: str) -> float:
    return float(_sales()[_row(name)])


def _headroom_of(name: str) -> float:
    return max(0.0, CEILING * _spend_of(name) - _sales_of(name))


def _sample_options() -> dict[str, str]:
    return dict(zip(LETTERS, SAMPLE_ACCOUNTS))


def _most_headroom_letter() -> str:
    rooms = [_headroom_of(name) for name in SAMPLE_ACCOUNTS]
    return LETTERS[int(np.argmax(rooms))]


# --- question 4: a lower ceiling -------------------------------------------
def _headroom_total(ceiling: float = CEILING) -> float:
    return float(cases.headroom(_accounts(), ceiling).sum())


def _headroom_lost_at_lower_ceiling() -> float:
    return 1.0 - _headroom_total(LOWER_CEILING) / _headroom_total()


def _millions_lost_read_as_percent() -> float:
    return (_headroom_total() - _headroom_total(LOWER_CEILING)) / 1e6 / 100


# --- question 5: reading the cumulative-headroom curve ---------------------
def cumulative_headroom() -> np.ndarray:
    """Share of all headroom held by the k accounts with the most headroom, k = 1, 2, ..."""
    room = np.sort(cases.headroom(_accounts(), CEILING))[::-1]
    return np.cumsum(room) / room.sum()


def _accounts_holding_half() -> int:
    return int(np.searchsorted(cumulative_headroom(), 0.5)) + 1


# --- questions 6 and 7: the Wallet Allocation Rule ---------------------------
def _war(rank: int) -> float:
    return float(model.wallet_allocation_share(rank, WAR_SUPPLIERS))


def _war_gain_one_place_up() -> float:
    return _war(WAR_RANK - 1) / _war(WAR_RANK) - 1


# --- the optional part: computed from the case data --------------------------
def _headroom_without_floor() -> float:
    return float((CEILING * _spend() - _sales()).sum())


def _headroom_to_everything() -> float:
    return float((_spend() - _sales()).sum())


# --- what the notebook shows ---------------------------------------------------
def totals() -> display.HtmlTable:
    """Koningsvast in two totals (question 1)."""
    return display.table(
        ["", _say("totals.col.amount")],
        [[_say("totals.row.accounts"), display.FORMATS["count"](len(_spend()))],
         [_say("totals.row.spend"), display.FORMATS["eur"](_spend().sum())],
         [_say("totals.row.sales"), display.FORMATS["eur"](_sales().sum())]],
        ["text", "written"],
        caption=_say("totals.caption"),
    )


def sample_accounts() -> display.HtmlTable:
    """Six accounts with their wallet and what they buy (questions 2 and 3)."""
    acc = _accounts()
    rows = [[letter, name, acc["tier"][_row(name)], _spend_of(name), _sales_of(name)]
            for letter, name in zip(LETTERS, SAMPLE_ACCOUNTS)]
    return display.table(
        [_say("sample.col.letter"), _say("sample.col.account"), _say("sample.col.tier"), _say("sample.col.spend"),
         _say("sample.col.sales")],
        rows, ["text", "text", "text", "eur", "eur"],
        caption=_say("sample.caption"),
    )


def options(question_id: str) -> display.HtmlTable:
    """The options of a choice question, exactly as the check reads them."""
    return display.options(build()[question_id])


def draw_headroom_curve() -> None:
    """The cumulative-headroom plot of question 5, drawn and shown."""
    import matplotlib.pyplot as plt

    from .. import plots

    with plots.kit_style():
        fig, ax = plt.subplots(figsize=(10, 4.4))
        plots.headroom_concentration(ax, cumulative_headroom())
        fig.tight_layout()
        plt.show()


# --- the questions -------------------------------------------------------------
def _main_questions() -> list:
    return [
        NumberQuestion(
            "q1", _overall_share, rel_tol=0.01, kind="share",
            prompt=_say("q1.prompt"),
            hints=(_say("q1.hint.1"), _say("q1.hint.2")),
            misconceptions=[
                (answered(_overall_share_upside_down, rel_tol=0.01), _say("q1.wrong.upside_down")),
                (complement(rel_tol=0.01), _say("q1.wrong.others")),
                (answered(_mean_share, rel_tol=0.002), _say("q1.wrong.mean_of_shares")),
                percent_slip(_say("q1.wrong.factor_100")),
            ],
        ),
        NumberQuestion(
            "q2", lambda: _headroom_of(HEADROOM_ACCOUNT), rel_tol=0.002,
            prompt=_say("q2.prompt"),
            hints=(_say("q2.hint.1"), _say("q2.hint.2")),
            misconceptions=[
                (answered(lambda: _spend_of(HEADROOM_ACCOUNT) - _sales_of(HEADROOM_ACCOUNT), rel_tol=0.002),
                 _say("q2.wrong.whole_wallet")),
                (answered(lambda: CEILING * _spend_of(HEADROOM_ACCOUNT), rel_tol=0.002), _say("q2.wrong.at_ceiling")),
                (answered(lambda: CEILING * _sales_of(HEADROOM_ACCOUNT), rel_tol=0.002),
                 _say("q2.wrong.ceiling_of_sales")),
                sign_slip(_say("q2.wrong.sign")),
                (factor_off(1e3, 1e6, rel_tol=0.01), _say("q2.wrong.unit")),
            ],
        ),
        ChoiceQuestion(
            "q3", _sample_options(), _most_headroom_letter(),
            prompt=_say("q3.prompt"),
            hints=(_say("q3.hint.1"),),
            why_wrong=_why_wrong("q3", "ABCEF"),
        ),
        NumberQuestion(
            "q4", _headroom_lost_at_lower_ceiling, rel_tol=0.0, abs_tol=0.01, kind="share",
            prompt=_say("q4.prompt"),
            hints=(_say("q4.hint.1"), _say("q4.hint.2")),
            misconceptions=[
                sign_slip(_say("q4.wrong.sign")),
                (answered(0.125, rel_tol=0.05), _say("q4.wrong.eighth")),
                (answered(0.10, rel_tol=0.05), _say("q4.wrong.tenth")),
                (answered(LOWER_CEILING, rel_tol=0.01), _say("q4.wrong.slider")),
                (complement(rel_tol=0.02), _say("q4.wrong.remains")),
                (answered(_millions_lost_read_as_percent, rel_tol=0.03), _say("q4.wrong.millions")),
            ],
        ),
        NumberQuestion(
            "q5", _accounts_holding_half, kind="integer", rel_tol=0.0, abs_tol=4,
            prompt=_say("q5.prompt"),
            hints=(_say("q5.hint.1"), _say("q5.hint.2")),
            misconceptions=[
                (answered(lambda: len(_spend()) / 2, rel_tol=0.05), _say("q5.wrong.half_accounts")),
            ],
        ),
        NumberQuestion(
            "q6", lambda: _war(WAR_RANK), rel_tol=0.0, abs_tol=0.006, kind="share",
            prompt=_say("q6.prompt"),
            hints=(_say("q6.hint.1"), _say("q6.hint.2")),
            misconceptions=[
                (answered(1 / WAR_SUPPLIERS, rel_tol=0.01), _say("q6.wrong.equal_split")),
                (answered(lambda: _war(WAR_SUPPLIERS + 1 - WAR_RANK), rel_tol=0.02), _say("q6.wrong.mirror_rank")),
                (answered(lambda: _war(WAR_SUPPLIERS), rel_tol=0.02), _say("q6.wrong.last")),
                (answered(1 - WAR_RANK / (WAR_SUPPLIERS + 1), rel_tol=0.01), _say("q6.wrong.first_factor")),
                percent_slip(),
            ],
        ),
        NumberQuestion(
            "q7", _war_gain_one_place_up, rel_tol=0.0, abs_tol=0.05, kind="share",
            prompt=_say("q7.prompt"),
            hints=(_say("q7.hint.1"), _say("q7.hint.2")),
            misconceptions=[
                minus_one_slip(_say("q7.wrong.ratio")),
                (answered(lambda: _war(WAR_RANK - 1) - _war(WAR_RANK), rel_tol=0.05), _say("q7.wrong.points")),
                (answered(lambda: 1 - _war(WAR_RANK) / _war(WAR_RANK - 1), rel_tol=0.05),
                 _say("q7.wrong.wrong_base")),
            ],
        ),
        ChoiceQuestion("q8", ceiling_options(), "C", prompt=_say("q8.prompt"), why_wrong=_why_wrong("q8", "ABD")),
        ChoiceQuestion("q9", near_ceiling_options(), "A", prompt=_say("q9.prompt"),
                       why_wrong=_why_wrong("q9", "BCD")),
        ChoiceQuestion("q10", rank_options(), "B", prompt=_say("q10.prompt"), why_wrong=_why_wrong("q10", "ACD")),
    ]


def _analyst_questions() -> list:
    return [
        NumberQuestion(
            "a1", _headroom_total, rel_tol=0.001,
            prompt=_say("a1.prompt"),
            hints=(_say("a1.hint.1"), _say("a1.hint.2")),
            misconceptions=[
                (answered(_headroom_without_floor, rel_tol=0.001), _say("a1.wrong.no_floor")),
                (answered(lambda: float((CEILING * _spend()).sum()), rel_tol=0.001), _say("a1.wrong.at_ceiling")),
                (answered(_headroom_to_everything, rel_tol=0.001), _say("a1.wrong.whole_wallet")),
                (factor_off(1e3, 1e6, rel_tol=0.01), _say("a1.wrong.unit")),
            ],
        ),
        NumberQuestion(
            "a2", _mean_share, rel_tol=0.002, kind="share",
            prompt=_say("a2.prompt"),
            hints=(_say("a2.hint.1"), _say("a2.hint.2")),
            misconceptions=[
                (answered(_overall_share, rel_tol=0.002), _say("a2.wrong.total_over_total")),
                (answered(_median_share, rel_tol=0.002), _say("a2.wrong.median")),
                percent_slip(),
            ],
        ),
    ]


def build() -> ExerciseSet:
    return ExerciseSet("04_share_of_wallet", _say("title"), _main_questions(),
                       analyst_questions=_analyst_questions())
