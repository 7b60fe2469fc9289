"""The live demo of each topic: one home for its question, its options and the model's answer.

A demo is a prediction the room makes before a slider moves: "a salesperson at
orientation 4 moves to 6; do the accounts they can serve drop by a tenth, a
quarter or half?". The same question appears in the lesson, on the slides, on
the handout, in the presenter index and in the trainer guide, so it is written
once, here, and the answer is computed from the stylized model every time it
is shown (never typed).

For a lesson (a code cell; the build hides its code)::

    from customer_king import demos
    demos.ask("01")      # the question with its options, as Markdown
    ...                  # the explorer cell
    demos.answer("01")   # what the model shows, after the learner moved the slider

Also here: ``model_table``, the small table of the model's numbers each topic's
slides and handout show, and ``guide_numbers``, every number the trainer guide
quotes from the model (filled into ``trainer/GUIDE.template.md`` by the build).
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

import numpy as np

from . import cases, model, overservice


@dataclass(frozen=True)
class NumbersTable:
    """A small table for a topic's slides and handout, and where its numbers come from."""
    caption: str
    header: list[str]
    rows: list[list[str]]
    source: str = "model"   # "model": the stylized teaching model; "rule": a published rule (WAR)


def _seven(c: float) -> float:
    return float(model.to_seven_point(c))


# ---------------------------------------------------------------- answers
# Each answer is what the explorer's picture and readout show at the end of the demo.
def _answer_01() -> str:
    a4 = model.accounts_covered(model.from_seven_point(4))
    a6 = model.accounts_covered(model.from_seven_point(6))
    h4 = model.hours_per_account(model.from_seven_point(4))
    h6 = model.hours_per_account(model.from_seven_point(6))
    return (f"Hours per account rise from {h4:.1f} to {h6:.1f}; accounts served fall from "
            f"{a4:.0f} to {a6:.0f}, a drop of {1 - a6 / a4:.0%}.")


def _answer_02() -> str:
    peak = model.optimum(objective="sales")
    s1, s7 = model.sales(0.0), model.sales(1.0)
    return (f"Sales peak at about {_seven(peak.orientation):.1f} of 7 (€{peak.value / 1e6:.1f} million); "
            f"at 7 they are €{s7 / 1e6:.1f} million, against €{s1 / 1e6:.1f} million at 1. "
            f"Satisfaction keeps rising: {model.satisfaction(peak.orientation):.1f} at the peak, "
            f"{model.satisfaction(1.0):.1f} at 7.")


def moderator_peak(objective: str = "sales", **levels: float) -> float:
    """Where the model's sales (or profit) peak lies, on the 1-7 scale, with moderators at ``levels``."""
    return _seven(model.optimum(model.moderated(model.DEFAULT, **levels), objective).orientation)


MODERATOR_LABELS = (("individualized", "individualized products"),
                    ("premium_price", "premium price"),
                    ("competition", "fierce competition"))


def _answer_03() -> str:
    # What the screen shows at the end of the demo (its readout has two decimals), then the
    # other two moderators, which the follow-up move tries.
    base, base_profit = moderator_peak(), moderator_peak("profit")
    moved, moved_profit = moderator_peak(individualized=1.0), moderator_peak("profit", individualized=1.0)
    shifts = ", ".join(f"{label} {moderator_peak(**{name: 1.0}):.1f}" for name, label in MODERATOR_LABELS[1:])
    return (f"The screen shows sales peaking at {moved:.2f} of 7 and profit at {moved_profit:.2f} "
            f"(baseline: {base:.2f} and {base_profit:.2f}). Each of the other moderators at +1 also moves "
            f"the sales peak up: {shifts}. In each case the model's profit peak lies at or below its sales peak.")


def _answer_04() -> str:
    s3, s4, s5 = (model.wallet_allocation_share(r, 5) for r in (3, 4, 5))
    return (f"By the rule, as number 4 of 5 suppliers you can expect {s4:.0%} of the wallet, "
            f"against {1 / 5:.0%} for an equal split; climbing to number 3 gives {s3:.0%}, "
            f"number 5 gets {s5:.0%}.")


def case_scores(**weights: float):
    """(case, signs, warning scores) of the case team, every weight 1 unless given."""
    case = cases.load_case()
    signs = overservice.salesperson_indicators(case)
    full = {key: 1.0 for key in overservice.CASE_SIGNS}
    return case, signs, model.warning_score(signs, {**full, **weights} if weights else None)


def _answer_05() -> str:
    case, signs, before = case_scores()
    _, _, after = case_scores(effort_near_ceiling=0.0)
    flagged = np.flatnonzero(model.warning_band(before) != "green")
    lowest = min(flagged, key=lambda i: signs["effort_near_ceiling"][i])
    changes = "; ".join(f"{case.team[i]} {before[i]:.0f} → {after[i]:.0f}" for i in flagged)
    return (f"Flagged now: {changes}. The score is an average: {case.team[lowest]}, lowest of them on "
            f"that sign, goes up, because a sign on which someone scores low no longer pulls the average down.")


# ---------------------------------------------------------------- the demos
HEADROOM_DEMO_CEILING = 0.70  # the follow-up of the share-of-wallet demo moves the ceiling here

@dataclass(frozen=True)
class Demo:
    topic: str                      # "01" .. "05"
    explorer: str                   # the explorer function in customer_king.explorers
    slider: str                     # the slider to move (its name in the explorer)
    start: float
    end: float
    question: str                   # ask the room *before* moving the slider, options included
    compute: Callable[[], str]      # what the stylized model shows at the end, computed
    then: str = ""                  # a follow-up move
    basis: str = "stylized model"   # where the answer comes from, said with every answer
    preset: tuple[tuple[str, float], ...] = ()  # other sliders, set before the demo starts
    handout_at_end: bool = True     # False: the handout shows the explorer as it opens

    def answer(self) -> str:
        return self.compute()

    @property
    def from_model(self) -> bool:
        """True when the answer is the teaching model's (not a published rule's)."""
        return self.basis.startswith("stylized model")

    def final_settings(self) -> dict[str, float]:
        """Where the sliders stand at the end of the demo (the picture on the slide)."""
        return {**dict(self.preset), self.slider: self.end}


DEMOS: dict[str, Demo] = {
    "01": Demo("01", "time_cost_explorer", "orientation", 4, 6,
               "A salesperson at orientation 4 moves to 6. Do the accounts they can serve drop "
               "(a) by about a tenth, (b) by about a quarter, (c) by about half?",
               _answer_01,
               "Then raise the selling-hours slider by 300 h: what does less admin buy at each level?"),
    "02": Demo("02", "satisfaction_sales_explorer", "orientation", 1, 7,
               "As orientation goes from 1 to 7, where do sales peak, and what does satisfaction do "
               "after that point?",
               _answer_02,
               "Stop at the peak, then go one step further: satisfaction still rises, sales fall."),
    "03": Demo("03", "moderator_explorer", "individualized", 0, 1,
               "Products become tailor-made. Should the best level of orientation go up, "
               "down, or stay where it is?",
               _answer_03,
               "Reset, then try premium price and competition one at a time, then all three."),
    "04": Demo("04", "wallet_allocation_explorer", "rank", 1, 4,
               "A customer buys from five suppliers and you would enter as number 4. What share can you "
               "expect: (a) about a fifth, (b) about an eighth, (c) less than a tenth?",
               _answer_04,
               f"Then open the headroom demo and move the ceiling from {cases.SHARE_CEILING:.2f} "
               f"to {HEADROOM_DEMO_CEILING:.2f}.",
               basis="Keiningham et al.'s published Wallet Allocation Rule, not the teaching model",
               preset=(("n_suppliers", 5.0),)),
    "05": Demo("05", "warning_score_explorer", "effort_near_ceiling", 1, 0,
               "We stop counting effort on accounts near the ceiling. Does the score of the flagged "
               "salesperson who scores lowest on that sign go up or down?",
               _answer_05,
               "Then set every weight to 0 except non-sales talk: who stays amber or red?",
               basis="stylized model, fictional case data",
               handout_at_end=False),
}


def demo(topic: str) -> Demo:
    """The demo of a topic ("01" .. "05"); a clear message for any other."""
    try:
        return DEMOS[topic]
    except KeyError:
        raise KeyError(f"no demo for topic {topic!r}; the topics with a demo are {', '.join(DEMOS)}") from None


# ---------------------------------------------------------------- in a lesson
def ask(topic: str):
    """The demo's question as a lesson shows it: ask first, then move the slider."""
    from IPython.display import Markdown
    d = demo(topic)
    return Markdown(f"**Predict first.** {d.question} Write your guess down, then move the slider.")


def answer(topic: str, folded: bool = True):
    """What the demo shows at its end, with where that comes from (the model, or the rule).

    Folded behind a "check your prediction" line by default, so that running every cell
    of a lesson shows the answer only to a learner who opens it after predicting.
    """
    from .tables import Note, reveal_label
    d = demo(topic)
    return Note(f"Expected ({d.basis}): {d.answer()}", reveal_label(folded))


# ---------------------------------------------------------------- tables
def model_table(topic: str) -> NumbersTable | None:
    """The small table of numbers for a topic: the model's, or (topic 04) the Wallet Allocation Rule's."""
    if topic == "01":
        rows = [[f"{s}", f"{model.hours_per_account(model.from_seven_point(s)):.1f}",
                 f"{model.accounts_covered(model.from_seven_point(s)):.0f}"] for s in (1, 3, 4, 5, 6, 7)]
        return NumbersTable(f"Time per account and accounts served, {model.DEFAULT.time_budget:,.0f} selling hours",
                            ["Orientation", "Hours per account", "Accounts served"], rows)
    if topic == "02":
        peak = model.optimum(objective="sales").orientation
        points = [(f"{s}", model.from_seven_point(s)) for s in (1, 3)] + [
            (f"{_seven(peak):.1f} (peak)", peak)] + [(f"{s}", model.from_seven_point(s)) for s in (6, 7)]
        rows = [[label, f"{model.satisfaction(c):.1f}", f"€{model.sales(c) / 1e6:.1f} m",
                 f"{model.accounts_covered(c):.0f}", f"{model.share_of_wallet(c):.0%}"] for label, c in points]
        return NumbersTable("Satisfaction keeps rising; sales peak",
                            ["Orientation", "Satisfaction (1–7)", "Sales", "Accounts", "Share of wallet"], rows)
    if topic == "03":
        rows = []
        for label, levels in model.MODERATOR_PRESETS.items():
            p = model.moderated(model.DEFAULT, **levels)
            s, q = model.optimum(p, "sales"), model.optimum(p, "profit")
            rows.append([label, f"{_seven(s.orientation):.1f}", f"{_seven(q.orientation):.1f}"])
        return NumbersTable("Where the peak lies (each moderator at +1, others at 0)",
                            ["Situation", "Sales peak (1–7)", "Profit peak (1–7)"], rows)
    if topic == "04":
        header = ["Suppliers used"] + [f"Rank {r}" for r in range(1, 6)]
        rows = [[f"{n}"] + [f"{model.wallet_allocation_share(r, n):.0%}" if r <= n else "–" for r in range(1, 6)]
                for n in (2, 3, 4, 5)]
        return NumbersTable("Wallet Allocation Rule: expected share of wallet by rank", header, rows, source="rule")
    if topic == "05":
        case, signs, scores = case_scores()
        bands = model.warning_band(scores)
        order = sorted(range(len(case.team)), key=lambda i: -scores[i])[:6]
        rows = [[case.team[i], f"{scores[i]:.0f}", str(bands[i])] for i in order]
        return NumbersTable("Warning score of Koningsvast's account managers (top 6, equal weights)",
                            ["Account manager", "Score (0–100)", "Band"], rows)
    return None


# ---------------------------------------------------------------- the trainer guide
def guide_numbers() -> dict[str, str]:
    """Every number the trainer guide quotes from the model or the case data, formatted as it says it."""
    a4 = model.accounts_covered(model.from_seven_point(4))
    a6 = model.accounts_covered(model.from_seven_point(6))
    case = cases.load_case()
    headroom = {c: float(cases.headroom(case.accounts, c).sum()) for c in (cases.SHARE_CEILING, HEADROOM_DEMO_CEILING)}
    return {
        "model.accounts_drop_4_to_6": f"{1 - a6 / a4:.0%}",
        "model.sales_peak": f"{moderator_peak():.1f}",
        "model.share_ceiling": f"{model.DEFAULT.share_ceiling:.0%}",
        "case.headroom_at_ceiling": f"€{headroom[cases.SHARE_CEILING] / 1e6:.1f} million",
        "case.headroom_at_demo_ceiling": f"€{headroom[HEADROOM_DEMO_CEILING] / 1e6:.1f} million",
    }
