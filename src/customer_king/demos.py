"""The live demo of each topic: one home for its question, its options and the model's answer.

A demo is a prediction the room makes before a slider moves: "a salesperson at
orientation 4 moves to 6; do the accounts they can serve drop by a tenth, a
quarter or half?". The same question appears in the lesson, on the slides, on
the handout, in the presenter index and in the trainer guide, so it is written
once, here, and the answer is computed from the stylized model every time it
is shown (never typed). Its words live in the message catalogue
(``texts/demos_en.py``, ``texts/demos_nl.py``) and come out in the language in effect
(``messages.set_language``), numbers written the way that language writes them.

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
from .messages import in_local_style, text


@dataclass(frozen=True)
class NumbersTable:
    """A small table for a topic's slides and handout, and where its numbers come from."""
    caption: str
    header: list[str]
    rows: list[list[str]]
    source: str = "model"   # "model": the stylized teaching model; "rule": a published rule (WAR)


def _seven(c: float) -> float:
    return float(model.to_seven_point(c))


# ---------------------------------------------------------------- numbers in the language's style
def number(value: float, spec: str) -> str:
    """``format(value, spec)`` with the current language's separators: 3.6 -> "3,6" in Dutch."""
    return in_local_style(format(value, spec))


def euro_millions(value: float, short: bool = False) -> str:
    """16.5e6 -> "€16.5 million" (en) / "€ 16,5 miljoen" (nl); ``short``: "€16.5 m" / "€ 16,5 mln"."""
    return text("demo.euro_m" if short else "demo.euro_millions", amount=number(value / 1e6, ".1f"))


# ---------------------------------------------------------------- answers
# Each answer is what the explorer's picture and readout show at the end of the demo.
def _answer_01() -> str:
    a4 = model.accounts_covered(model.from_seven_point(4))
    a6 = model.accounts_covered(model.from_seven_point(6))
    h4 = model.hours_per_account(model.from_seven_point(4))
    h6 = model.hours_per_account(model.from_seven_point(6))
    return text("demo.01.answer", h4=number(h4, ".1f"), h6=number(h6, ".1f"), a4=number(a4, ".0f"),
                a6=number(a6, ".0f"), drop=number(1 - a6 / a4, ".0%"))


def _answer_02() -> str:
    peak = model.optimum(objective="sales")
    s1, s7 = model.sales(0.0), model.sales(1.0)
    return text("demo.02.answer", peak=number(_seven(peak.orientation), ".1f"), peak_sales=euro_millions(peak.value),
                sales_7=euro_millions(s7), sales_1=euro_millions(s1),
                sat_peak=number(model.satisfaction(peak.orientation), ".1f"),
                sat_7=number(model.satisfaction(1.0), ".1f"))


def moderator_peak(objective: str = "sales", **levels: float) -> float:
    """Where the model's sales (or profit) peak lies, on the 1-7 scale, with moderators at ``levels``."""
    return _seven(model.optimum(model.moderated(model.DEFAULT, **levels), objective).orientation)


MODERATORS = ("individualized", "premium_price", "competition")


def moderator_label(name: str) -> str:
    """'individualized' -> 'individualized products' (in the language in effect)."""
    return text(f"demo.moderator.{name}")


def _answer_03() -> str:
    # What the screen shows at the end of the demo (its readout has two decimals), then the
    # other two moderators, which the follow-up move tries.
    base, base_profit = moderator_peak(), moderator_peak("profit")
    moved, moved_profit = moderator_peak(individualized=1.0), moderator_peak("profit", individualized=1.0)
    shifts = ", ".join(text("demo.03.shift", label=moderator_label(name),
                            peak=number(moderator_peak(**{name: 1.0}), ".1f")) for name in MODERATORS[1:])
    return text("demo.03.answer", moved=number(moved, ".2f"), moved_profit=number(moved_profit, ".2f"),
                base=number(base, ".2f"), base_profit=number(base_profit, ".2f"), shifts=shifts)


def _answer_04() -> str:
    s3, s4, s5 = (model.wallet_allocation_share(r, 5) for r in (3, 4, 5))
    return text("demo.04.answer", s4=number(s4, ".0%"), equal=number(1 / 5, ".0%"),
                s3=number(s3, ".0%"), s5=number(s5, ".0%"))


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
    changes = text("demo.list_separator").join(
        text("demo.05.change", name=case.team[i], before=number(before[i], ".0f"), after=number(after[i], ".0f"))
        for i in flagged)
    return text("demo.05.answer", changes=changes, lowest=case.team[lowest])


# ---------------------------------------------------------------- the demos
HEADROOM_DEMO_CEILING = 0.70  # the follow-up of the share-of-wallet demo moves the ceiling here


def _then_04() -> str:
    return text("demo.04.then", ceiling=number(cases.SHARE_CEILING, ".2f"),
                demo_ceiling=number(HEADROOM_DEMO_CEILING, ".2f"))


@dataclass(frozen=True)
class Demo:
    """A topic's demo. Its words (question, follow-up, where the answer comes from) are
    catalogue keys, read in the language in effect each time they are shown."""
    topic: str                      # "01" .. "05"
    explorer: str                   # the explorer function in customer_king.explorers
    slider: str                     # the slider to move (its name in the explorer)
    start: float
    end: float
    compute: Callable[[], str]      # what the stylized model shows at the end, computed
    basis_key: str = "model"        # where the answer comes from: "model", "rule" or "case"
    preset: tuple[tuple[str, float], ...] = ()  # other sliders, set before the demo starts
    handout_at_end: bool = True     # False: the handout shows the explorer as it opens
    then_text: Callable[[], str] | None = None  # the follow-up, when it quotes numbers

    @property
    def question(self) -> str:
        """Ask the room *before* moving the slider, options included."""
        return text(f"demo.{self.topic}.question")

    @property
    def then(self) -> str:
        """A follow-up move."""
        return self.then_text() if self.then_text else text(f"demo.{self.topic}.then")

    @property
    def basis(self) -> str:
        """Where the answer comes from, said with every answer."""
        return text(f"demo.basis.{self.basis_key}")

    def answer(self) -> str:
        return self.compute()

    @property
    def from_model(self) -> bool:
        """True when the answer is the teaching model's (not a published rule's)."""
        return self.basis_key in ("model", "case")

    def final_settings(self) -> dict[str, float]:
        """Where the sliders stand at the end of the demo (the picture on the slide)."""
        return {**dict(self.preset), self.slider: self.end}


DEMOS: dict[str, Demo] = {
    "01": Demo("01", "time_cost_explorer", "orientation", 4, 6, _answer_01),
    "02": Demo("02", "satisfaction_sales_explorer", "orientation", 1, 7, _answer_02),
    "03": Demo("03", "moderator_explorer", "individualized", 0, 1, _answer_03),
    "04": Demo("04", "wallet_allocation_explorer", "rank", 1, 4, _answer_04, basis_key="rule",
               preset=(("n_suppliers", 5.0),), then_text=_then_04),
    "05": Demo("05", "warning_score_explorer", "effort_near_ceiling", 1, 0, _answer_05, basis_key="case",
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
    return Markdown(text("demo.predict_first", question=d.question))


def answer(topic: str, folded: bool = True):
    """What the demo shows at its end, with where that comes from (the model, or the rule).

    Folded behind a "check your prediction" line by default, so that running every cell
    of a lesson shows the answer only to a learner who opens it after predicting.
    """
    from .tables import Note, reveal_label
    d = demo(topic)
    return Note(text("demo.expected", basis=d.basis, answer=d.answer()), reveal_label(folded))


# ---------------------------------------------------------------- tables
def _header(topic: str) -> list[str]:
    return text(f"demo.table.{topic}.header").split("|")


def model_table(topic: str) -> NumbersTable | None:
    """The small table of numbers for a topic: the model's, or (topic 04) the Wallet Allocation Rule's."""
    if topic == "01":
        rows = [[f"{s}", number(model.hours_per_account(model.from_seven_point(s)), ".1f"),
                 number(model.accounts_covered(model.from_seven_point(s)), ".0f")] for s in (1, 3, 4, 5, 6, 7)]
        return NumbersTable(text("demo.table.01.caption", hours=number(model.DEFAULT.time_budget, ",.0f")),
                            _header("01"), rows)
    if topic == "02":
        peak = model.optimum(objective="sales").orientation
        points = [(f"{s}", model.from_seven_point(s)) for s in (1, 3)] + [
            (text("demo.table.02.peak", peak=number(_seven(peak), ".1f")), peak)] + [
            (f"{s}", model.from_seven_point(s)) for s in (6, 7)]
        rows = [[label, number(model.satisfaction(c), ".1f"), euro_millions(model.sales(c), short=True),
                 number(model.accounts_covered(c), ".0f"), number(model.share_of_wallet(c), ".0%")]
                for label, c in points]
        return NumbersTable(text("demo.table.02.caption"), _header("02"), rows)
    if topic == "03":
        rows = []
        for label, levels in model.MODERATOR_PRESETS.items():
            p = model.moderated(model.DEFAULT, **levels)
            s, q = model.optimum(p, "sales"), model.optimum(p, "profit")
            rows.append([text(f"demo.preset.{label}"), number(_seven(s.orientation), ".1f"),
                         number(_seven(q.orientation), ".1f")])
        return NumbersTable(text("demo.table.03.caption"), _header("03"), rows)
    if topic == "04":
        header = _header("04") + [text("demo.table.04.rank", rank=r) for r in range(1, 6)]
        rows = [[f"{n}"] + [number(model.wallet_allocation_share(r, n), ".0%") if r <= n else "–"
                            for r in range(1, 6)] for n in (2, 3, 4, 5)]
        return NumbersTable(text("demo.table.04.caption"), header, rows, source="rule")
    if topic == "05":
        case, signs, scores = case_scores()
        bands = model.warning_band(scores)
        order = sorted(range(len(case.team)), key=lambda i: -scores[i])[:6]
        rows = [[case.team[i], number(scores[i], ".0f"), text(f"demo.band.{bands[i]}")] for i in order]
        return NumbersTable(text("demo.table.05.caption"), _header("05"), rows)
    return None


# ---------------------------------------------------------------- the trainer guide
def guide_numbers() -> dict[str, str]:
    """Every number the trainer guide quotes from the model or the case data, formatted as it says it
    (in the language in effect: the Dutch guide says 3,6 and € 16,5 miljoen)."""
    a4 = model.accounts_covered(model.from_seven_point(4))
    a6 = model.accounts_covered(model.from_seven_point(6))
    case = cases.load_case()
    headroom = {c: float(cases.headroom(case.accounts, c).sum()) for c in (cases.SHARE_CEILING, HEADROOM_DEMO_CEILING)}
    return {
        "model.accounts_drop_4_to_6": number(1 - a6 / a4, ".0%"),
        "model.sales_peak": number(moderator_peak(), ".1f"),
        "model.share_ceiling": number(model.DEFAULT.share_ceiling, ".0%"),
        "case.headroom_at_ceiling": euro_millions(headroom[cases.SHARE_CEILING]),
        "case.headroom_at_demo_ceiling": euro_millions(headroom[HEADROOM_DEMO_CEILING]),
    }
