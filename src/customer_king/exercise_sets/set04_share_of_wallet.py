"""Exercise set 4: share of wallet — computing it, headroom, the ceiling, the 4th supplier."""
from __future__ import annotations

import numpy as np

from .. import cases, model
from ..checks import (ChoiceQuestion, ExerciseSet, NumberQuestion, answered, complement,
                      factor_off)

CEILING = cases.SHARE_CEILING  # the rule of thumb the questions assume (0.80)
LOWER_CEILING = 0.70  # question 3: "what if the ceiling is lower?"
WAR_SUPPLIERS, WAR_RANK = 5, 4  # question 5: the 4th of 5 suppliers


def _accounts() -> dict[str, np.ndarray]:
    return cases.load_case().accounts


def _spend() -> np.ndarray:
    return np.asarray(_accounts()["category_spend_eur"], float)


def _sales() -> np.ndarray:
    return np.asarray(_accounts()["our_sales_eur"], float)


# --- question 1: share of the total wallet ---------------------------------
def _overall_share() -> float:
    return float(_sales().sum() / _spend().sum())


def _mean_share() -> float:
    return float(cases.share_of_wallet(_accounts()).mean())


def _median_share() -> float:
    return float(np.median(cases.share_of_wallet(_accounts())))


# --- question 2: total headroom --------------------------------------------
def _headroom_total() -> float:
    return float(cases.headroom(_accounts(), CEILING).sum())


def _headroom_without_floor() -> float:
    return float((CEILING * _spend() - _sales()).sum())


def _ceiling_times_spend() -> float:
    return float((CEILING * _spend()).sum())


def _headroom_to_everything() -> float:
    return float((_spend() - _sales()).sum())


# --- question 3: a lower ceiling -------------------------------------------
def _headroom_lost_at_lower_ceiling() -> float:
    return 1.0 - float(cases.headroom(_accounts(), LOWER_CEILING).sum()) / _headroom_total()


# --- question 4: reading the cumulative-headroom curve ---------------------
def _accounts_holding_half() -> int:
    room = np.sort(cases.headroom(_accounts(), CEILING))[::-1]
    cumulative = np.cumsum(room) / room.sum()
    return int(np.searchsorted(cumulative, 0.5)) + 1


# --- question 5: the Wallet Allocation Rule ---------------------------------
def _war_share() -> float:
    return float(model.wallet_allocation_share(WAR_RANK, WAR_SUPPLIERS))


def _war_rank_from_the_bottom() -> float:
    return float(model.wallet_allocation_share(WAR_SUPPLIERS + 1 - WAR_RANK, WAR_SUPPLIERS))


def _war_without_two_over_n() -> float:
    return 1.0 - WAR_RANK / (WAR_SUPPLIERS + 1)


def build() -> ExerciseSet:
    return ExerciseSet("04_share_of_wallet", "Share of wallet", [
        NumberQuestion(
            "q1", _overall_share, rel_tol=0.002, kind="share",
            prompt="Koningsvast's share of the total wallet",
            hints=("Add up what all customers bought from Koningsvast, and add up all their category "
                   "spend; then divide the first total by the second.",
                   "acc['our_sales_eur'].sum() / acc['category_spend_eur'].sum()"),
            misconceptions=[
                (answered(_mean_share, rel_tol=0.001),
                 "That is the mean of the accounts' shares: every account counts equally, however small. "
                 "The question asks for the share of all euros: divide the two totals."),
                (answered(_median_share, rel_tol=0.001),
                 "That is the median account's share. The question asks for the share of all euros: "
                 "divide total sales by total category spend."),
                (complement(rel_tol=0.002),
                 "That is the share the *other* suppliers get. Divide Koningsvast's sales by the spend."),
            ],
        ),
        NumberQuestion(
            "q2", _headroom_total, rel_tol=0.001,
            prompt="Total headroom at the 80% ceiling (EUR)",
            hints=("Headroom per account is 0.8 x category spend - our sales, but never below 0. "
                   "Compute it per account, floor it at 0, then add up.",
                   "np.maximum(0.8 * spend - sales, 0).sum(), or cases.headroom(acc).sum()"),
            misconceptions=[
                (answered(_headroom_without_floor, rel_tol=0.001),
                 "Close, but a few accounts are already above the ceiling, and your sum lets their "
                 "negative headroom cancel other accounts' room. Floor each account at 0 first "
                 "(np.maximum) and then add up."),
                (answered(_ceiling_times_spend),
                 "That is the most the customers would buy from Koningsvast at the ceiling. Subtract "
                 "what they already buy."),
                (answered(_headroom_to_everything),
                 "That is the room up to 100% of every wallet. Buyers keep a second supplier: use the "
                 "80% ceiling."),
                (factor_off(1e3, 1e6, rel_tol=0.01),
                 "The size looks right but the unit does not: give the answer in euros, not in "
                 "thousands or millions."),
            ],
        ),
        NumberQuestion(
            "q3", _headroom_lost_at_lower_ceiling, rel_tol=0.01, kind="share",
            prompt="Share of the headroom lost if the ceiling is 70%",
            hints=("Compute the total headroom at 0.70 and at 0.80 (cases.headroom(acc, ceiling)), then "
                   "1 - (headroom at 0.70) / (headroom at 0.80).",),
            misconceptions=[
                (answered(0.125, rel_tol=0.05),
                 "10 points is 1/8 of the ceiling, but headroom is what is left *after* current sales. "
                 "The 10 points come off that much smaller number, so the loss is larger. Compute it."),
                (answered(0.10, rel_tol=0.05),
                 "Ten share points are not ten percent of the headroom: the headroom is what is left "
                 "after current sales. Compute both totals."),
                (complement(rel_tol=0.01),
                 "That is the share of the headroom that *remains* at 70%; the question asks how much is lost."),
            ],
        ),
        NumberQuestion(
            "q4", _accounts_holding_half, kind="integer", rel_tol=0.0, abs_tol=4,
            prompt="Read the plot: accounts holding half of all headroom",
            hints=("Find 50% on the vertical axis, go across to the curve, then down to the number of "
                   "accounts.",
                   "The curve crosses 50% well before the middle of the horizontal axis; read where."),
            misconceptions=[
                (answered(lambda: len(_spend()) / 2, rel_tol=0.05),
                 "That is half of the *accounts*. The curve shows how much of the *headroom* the "
                 "biggest accounts hold: read where it crosses 50%."),
            ],
        ),
        NumberQuestion(
            "q5", _war_share, rel_tol=0.01, kind="share",
            prompt="Wallet Allocation Rule: the 4th of 5 suppliers",
            hints=("Use the rule (1 - rank / (n + 1)) x 2 / n with rank 4 and n 5, or "
                   "model.wallet_allocation_share(4, 5).",),
            misconceptions=[
                (answered(1 / WAR_SUPPLIERS, rel_tol=0.01),
                 "That is an equal split. The rule gives higher-ranked suppliers more and lower-ranked "
                 "ones less: the 4th of 5 gets less than a fifth."),
                (answered(_war_rank_from_the_bottom, rel_tol=0.01),
                 "That is the share of the 2nd supplier: rank 1 is the customer's favourite, so the 4th "
                 "of 5 is near the bottom."),
                (answered(_war_without_two_over_n, rel_tol=0.01),
                 "You left out the factor 2 / n: (1 - 4 / 6) x 2 / 5."),
            ],
        ),
        ChoiceQuestion(
            "q6",
            {"A": "An empirical law: studies show buyers never give one supplier more than 80%",
             "B": "A practitioner rule of thumb: buyers keep a second source for risk, independence and competition",
             "C": "A legal limit on how much one supplier may deliver",
             "D": "What the Wallet Allocation Rule gives the favourite of two suppliers"},
            "B",
            prompt="What the ~80% ceiling is",
            why_wrong={
                "A": "No study measured such a law; the figure comes from purchasing practice (80/20 or "
                     "70/30 splits), and sole-source contracts can go higher.",
                "C": "Nothing forbids a buyer to single-source; many choose not to, for their own reasons.",
                "D": "The rule gives the favourite of two suppliers two thirds, not 80%. Both point the same "
                     "way, but the 80% comes from practice.",
            },
        ),
        ChoiceQuestion(
            "q7",
            {"A": "Add visits: a satisfied customer will give even more",
             "B": "Keep the relationship healthy, but put extra hours where there is more headroom",
             "C": "Stop visiting: the account is won and needs no attention",
             "D": "Offer a discount to push the share to 100%"},
            "B",
            prompt="An account at 78% share: where should extra effort go?",
            why_wrong={
                "A": "At 78% the account is near the ceiling buyers keep: more satisfaction seldom buys the "
                     "last few points. The extra hours earn little there.",
                "C": "A 78% customer is valuable and worth keeping; the question is only about *extra* "
                     "effort, not about neglect.",
                "D": "Buyers keep a second supplier on purpose (risk, independence, competition); a discount "
                     "gives margin away without changing that.",
            },
        ),
        ChoiceQuestion(
            "q8",
            {"A": "Your share should rise in proportion to the higher satisfaction",
             "B": "Little change is likely: share follows your rank among the suppliers, and you are still third",
             "C": "Your share must fall, because the rule ignores satisfaction",
             "D": "The Wallet Allocation Rule proves that raising satisfaction always raises share"},
            "B",
            prompt="Satisfaction up, rank unchanged: what happens to share?",
            why_wrong={
                "A": "The link between absolute satisfaction and share of wallet is weak; even the rule's "
                     "authors call it too weak to manage by.",
                "C": "Nothing in the research says share falls when satisfaction rises; it simply need not rise.",
                "D": "The rule links *rank* to share, and its high correlation is partly built in by using "
                     "ranks; it proves nothing about raising satisfaction.",
            },
        ),
    ])
