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
from . import display

CEILING = cases.SHARE_CEILING  # the rule of thumb the questions assume (0.80)
LOWER_CEILING = 0.70  # question 4: "what if the ceiling is lower?"
WAR_SUPPLIERS, WAR_RANK = 5, 4  # questions 6 and 7: the 4th of 5 suppliers, then one place up

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

CEILING_OPTIONS = {
    "A": "What the Wallet Allocation Rule gives the favourite of two suppliers",
    "B": "An empirical law: studies show buyers never give one supplier more than 80 %",
    "C": "A practitioner rule of thumb: buyers keep a second source for risk, independence and competition",
    "D": "A legal limit on how much one supplier may deliver",
}
NEAR_CEILING_OPTIONS = {
    "A": "Keep the relationship healthy, but put extra hours where there is more headroom",
    "B": "Add visits: a satisfied customer will give even more",
    "C": "Stop visiting: the account is won and needs no attention",
    "D": "Offer a discount to push the share to 100 %",
}
RANK_OPTIONS = {
    "A": "Your share should rise in proportion to the higher satisfaction",
    "B": "Little change is likely: share follows your rank among the suppliers, and you are still third",
    "C": "Your share must fall, because the rule ignores satisfaction",
    "D": "The Wallet Allocation Rule proves that raising satisfaction always raises share",
}


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
        ["", "Amount"],
        [["Accounts", f"{len(_spend())}"],
         ["Customers' total spend in the category (€ a year)", display.FORMATS["eur"](_spend().sum())],
         ["Bought from Koningsvast (€ a year)", display.FORMATS["eur"](_sales().sum())]],
        ["text", "text"],
        caption="Koningsvast, all customers together (fictional case data, one year)",
    )


def sample_accounts() -> display.HtmlTable:
    """Six accounts with their wallet and what they buy (questions 2 and 3)."""
    acc = _accounts()
    rows = [[letter, name, acc["tier"][_row(name)], _spend_of(name), _sales_of(name)]
            for letter, name in zip(LETTERS, SAMPLE_ACCOUNTS)]
    return display.table(
        ["Answer letter", "Account", "Tier", "Customer's category spend (€ a year)", "Bought from Koningsvast (€ a year)"],
        rows, ["text", "text", "text", "eur", "eur"],
        caption="Six Koningsvast accounts (fictional case data, one year)",
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
            prompt="Koningsvast's share of the total wallet",
            hints=("Share of wallet is what customers buy from you divided by what they spend in the "
                   "category. For all customers together, use the two totals of the table.",
                   "A share of wallet can never be more than the whole wallet: the smaller total goes on top."),
            misconceptions=[
                (answered(_overall_share_upside_down, rel_tol=0.01),
                 "You divided the spend by the sales. Share of wallet is the other way round: what the "
                 "customers buy from Koningsvast, divided by all they spend."),
                (complement(rel_tol=0.01),
                 "That is the share the *other* suppliers get. The question asks what Koningsvast wins."),
                (answered(_mean_share, rel_tol=0.002),
                 "That is the mean of the accounts' own shares, where a tiny account counts as much as the "
                 "biggest. The question asks for the share of all euros: divide the two totals."),
                percent_slip("A factor of 100 is off. Give a fraction of 1 or a percentage, not a "
                             "percentage divided by 100 again."),
            ],
        ),
        NumberQuestion(
            "q2", lambda: _headroom_of(HEADROOM_ACCOUNT), rel_tol=0.002,
            prompt=f"Headroom of {HEADROOM_ACCOUNT} at the 80 % ceiling (€)",
            hints=("Headroom is how far an account's purchases from you are below the ceiling, in euros. "
                   "First work out what the customer would buy from you at the ceiling, then take off what "
                   "it buys now.",
                   "The ceiling is a share of the customer's whole category spend, not of what it buys "
                   "from you today."),
            misconceptions=[
                (answered(lambda: _spend_of(HEADROOM_ACCOUNT) - _sales_of(HEADROOM_ACCOUNT), rel_tol=0.002),
                 "That is the room up to 100 % of the wallet. Buyers keep a second supplier: stop at the "
                 "80 % ceiling."),
                (answered(lambda: CEILING * _spend_of(HEADROOM_ACCOUNT), rel_tol=0.002),
                 "That is what the customer would buy from Koningsvast at the ceiling. Headroom is what is "
                 "left after what it already buys."),
                (answered(lambda: CEILING * _sales_of(HEADROOM_ACCOUNT), rel_tol=0.002),
                 "You took the ceiling of what the customer buys from Koningsvast. The ceiling is a share "
                 "of the customer's whole category spend."),
                sign_slip("The size is right but the sign is not: headroom is what is still to win, so it "
                          "is never negative."),
                (factor_off(1e3, 1e6, rel_tol=0.01),
                 "The digits look right but the unit does not: give the full amount in euros, not in "
                 "thousands or millions."),
            ],
        ),
        ChoiceQuestion(
            "q3", _sample_options(), _most_headroom_letter(),
            prompt="Which of the six accounts has the most headroom?",
            hints=("Work out the headroom of every account in euros: what it would buy at the ceiling, "
                   "minus what it buys now (never below nothing).",),
            why_wrong={
                "A": "The biggest wallet is not automatically the most room: this customer already buys a "
                     "large part of it from Koningsvast. Work out the euros left below the ceiling.",
                "B": "The lowest share is not automatically the most room: headroom is in euros, and a "
                     "bigger wallet at a middling share can leave more. Compare the euros.",
                "C": "This customer already buys more than 80 % of its spend from Koningsvast: at the "
                     "ceiling, nothing is left to win.",
                "E": "This customer is close to the ceiling and its wallet is small: very little is left.",
                "F": "A mid-sized wallet at a middling share: some room, but compare it with the bigger "
                     "wallets in the table.",
            },
        ),
        NumberQuestion(
            "q4", _headroom_lost_at_lower_ceiling, rel_tol=0.0, abs_tol=0.01, kind="share",
            prompt="Share of the headroom lost if the ceiling is 70 %",
            hints=("Move the slider from 0.80 to 0.70 and read the sentence above the picture: it compares "
                   "the new total with the total at the 80 % rule of thumb.",
                   "The question asks how much *disappears*, as a share of the headroom at 80 %."),
            misconceptions=[
                sign_slip("The readout gives the change, which is a fall; the question asks how much "
                          "disappears: give it as a positive share."),
                (answered(0.125, rel_tol=0.05),
                 "Ten points are an eighth of the ceiling, but headroom is what is left *after* current "
                 "sales, a much smaller number. Read the change from the readout."),
                (answered(0.10, rel_tol=0.05),
                 "Ten share points are not ten percent of the headroom: the headroom is what is left after "
                 "current sales. Read the change from the readout."),
                (answered(LOWER_CEILING, rel_tol=0.01),
                 "That is the ceiling you set on the slider. The question asks how much of the headroom "
                 "disappears."),
                (complement(rel_tol=0.02),
                 "That is the share of the headroom that *remains* at 70 %; the question asks how much is lost."),
                (answered(_millions_lost_read_as_percent, rel_tol=0.03),
                 "That looks like the amount lost in millions of euros. The question asks which share of "
                 "the headroom at 80 % that is."),
            ],
        ),
        NumberQuestion(
            "q5", _accounts_holding_half, kind="integer", rel_tol=0.0, abs_tol=4,
            prompt="Read the plot: accounts holding half of all headroom",
            hints=("Find 50 % on the vertical axis, go across to the curve, then down to the number of "
                   "accounts.",
                   "The curve crosses 50 % well before the middle of the horizontal axis: read where."),
            misconceptions=[
                (answered(lambda: len(_spend()) / 2, rel_tol=0.05),
                 "That is half of the *accounts*. The curve shows how much of the *headroom* the accounts "
                 "with the most room hold: read where it crosses 50 %."),
            ],
        ),
        NumberQuestion(
            "q6", lambda: _war(WAR_RANK), rel_tol=0.0, abs_tol=0.006, kind="share",
            prompt="Wallet Allocation Rule: the 4th of 5 suppliers",
            hints=("Set the first slider to the number of suppliers and the second to your rank. Your bar "
                   "has the other colour, and the sentence under the sliders gives its share.",
                   "Rank 1 is the customer's favourite, so the 4th of 5 is near the bottom: expect less than "
                   "an equal split."),
            misconceptions=[
                (answered(1 / WAR_SUPPLIERS, rel_tol=0.01),
                 "That is an equal split (the dotted line). The rule gives higher-ranked suppliers more and "
                 "lower-ranked ones less."),
                (answered(lambda: _war(WAR_SUPPLIERS + 1 - WAR_RANK), rel_tol=0.02),
                 "That is the share of the 2nd supplier: rank 1 is the favourite, so count from the top."),
                (answered(lambda: _war(WAR_SUPPLIERS), rel_tol=0.02),
                 "That is the last supplier's share. Check the rank slider."),
                (answered(1 - WAR_RANK / (WAR_SUPPLIERS + 1), rel_tol=0.01),
                 "You left out the rule's second factor, which shares the wallet among all the suppliers "
                 "the customer uses. Read the bar in the explorer."),
                percent_slip(),
            ],
        ),
        NumberQuestion(
            "q7", _war_gain_one_place_up, rel_tol=0.0, abs_tol=0.05, kind="share",
            prompt="Growth in expected share from 4th to 3rd of 5 (%)",
            hints=("Read the expected share as number 4 and as number 3 of five suppliers. A growth in "
                   "percent compares the difference with where you start.",
                   "Growth in percent: the new share divided by the old one, minus one."),
            misconceptions=[
                minus_one_slip("That is the new share divided by the old: how many times as much. The "
                               "growth is that ratio minus one."),
                (answered(lambda: _war(WAR_RANK - 1) - _war(WAR_RANK), rel_tol=0.05),
                 "That is the difference in percentage points. The question asks by how much your share "
                 "grows *relative to what you had*."),
                (answered(lambda: 1 - _war(WAR_RANK) / _war(WAR_RANK - 1), rel_tol=0.05),
                 "You compared the difference with the share as number 3. A growth is measured against "
                 "where you start: number 4."),
            ],
        ),
        ChoiceQuestion(
            "q8", CEILING_OPTIONS, "C",
            prompt="What the ~80 % ceiling is",
            why_wrong={
                "A": "The rule gives the favourite of two suppliers two thirds, not 80 %. Both point the "
                     "same way, but the 80 % has another source.",
                "B": "We know of no study that measured such a law, and sole-source contracts go higher. "
                     "Where else could a round figure like this come from?",
                "D": "Nothing forbids a buyer to single-source; many choose not to, for their own reasons.",
            },
        ),
        ChoiceQuestion(
            "q9", NEAR_CEILING_OPTIONS, "A",
            prompt="An account at 78 % share: where should extra effort go?",
            why_wrong={
                "B": "At 78 % the account is near the ceiling buyers keep: more satisfaction seldom buys the "
                     "last few points. The extra hours earn little there.",
                "C": "A 78 % customer is valuable and worth keeping; the question is only about *extra* "
                     "effort, not about neglect.",
                "D": "Buyers keep a second supplier on purpose (risk, independence, competition); a discount "
                     "gives margin away without changing that.",
            },
        ),
        ChoiceQuestion(
            "q10", RANK_OPTIONS, "B",
            prompt="Satisfaction up, rank unchanged: what happens to share?",
            why_wrong={
                "A": "The link between absolute satisfaction and share of wallet is weak: the rule's authors "
                     "call it too weak to manage by. (Their evidence comes from consumers; a B2B study found "
                     "a positive link that is not a straight line.)",
                "C": "Nothing in the research says share falls when satisfaction rises; it simply need not rise.",
                "D": "The rule links *rank* to share, and its high correlation is partly built in by using "
                     "ranks; it proves nothing about raising satisfaction.",
            },
        ),
    ]


def _analyst_questions() -> list:
    return [
        NumberQuestion(
            "a1", _headroom_total, rel_tol=0.001,
            prompt="Analysts: total headroom at the 80 % ceiling (€)",
            hints=("Headroom per account is the ceiling times the category spend minus our sales, floored "
                   "at zero; compute it per account, then add up.",
                   "`np.maximum(..., 0)` floors each account; `cases.headroom` does the same."),
            misconceptions=[
                (answered(_headroom_without_floor, rel_tol=0.001),
                 "Close, but a few accounts are already above the ceiling, and your sum lets their negative "
                 "headroom cancel other accounts' room. Floor each account at zero first, then add up."),
                (answered(lambda: float((CEILING * _spend()).sum()), rel_tol=0.001),
                 "That is what the customers would buy from Koningsvast at the ceiling. Subtract what they "
                 "already buy."),
                (answered(_headroom_to_everything, rel_tol=0.001),
                 "That is the room up to 100 % of every wallet. Buyers keep a second supplier: use the 80 % "
                 "ceiling."),
                (factor_off(1e3, 1e6, rel_tol=0.01),
                 "The digits look right but the unit does not: give the answer in euros, not in thousands "
                 "or millions."),
            ],
        ),
        NumberQuestion(
            "a2", _mean_share, rel_tol=0.002, kind="share",
            prompt="Analysts: mean share of wallet over the accounts",
            hints=("Every account counts once here, however small: compute each account's share first, "
                   "then average.",
                   "`cases.share_of_wallet(acc)` gives one share per account."),
            misconceptions=[
                (answered(_overall_share, rel_tol=0.002),
                 "That is the share of all euros (total over total), where big customers weigh most. Here "
                 "every account counts once: average the accounts' own shares."),
                (answered(_median_share, rel_tol=0.002),
                 "That is the median account's share; the question asks for the mean."),
                percent_slip(),
            ],
        ),
    ]


def build() -> ExerciseSet:
    return ExerciseSet("04_share_of_wallet", "Share of wallet", _main_questions(),
                       analyst_questions=_analyst_questions())
