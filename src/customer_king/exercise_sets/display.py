"""Tables an exercise notebook shows: plain headings with units, numbers in the learner's format.

``table(["Salesperson", "Profit (€ per year)"], rows, formats=["text", "eur"])``
returns the kit's :class:`~customer_king.tables.HtmlTable`: HTML in Jupyter, a
deterministic plain-text form for nbval.  A learner reads
the values off the screen and types them into a check: no code to write.

Formats: ``"text"``, ``"written"`` (a number already written as text), ``"eur"`` (whole euros), ``"hours"`` (one decimal),
``"percent"`` (a fraction shown as a percentage with one decimal),
``"score"`` (two decimals, the 1–7 scale), ``"count"`` (a whole number),
``"number"`` (up to two decimals), or a callable ``value -> str``.
"""
from __future__ import annotations

import math
from typing import Any, Callable, Sequence

from ..messages import in_local_style, text
from ..tables import HtmlTable, table as kit_table


def fixed(value: float, decimals: int) -> str:
    """``value`` with exactly `decimals` decimals and thousands separators, as the
    learner's language writes it (1,234.5 in English, 1.234,5 in Dutch)."""
    try:
        x = float(value)
    except (TypeError, ValueError):
        return str(value)
    if not math.isfinite(x):
        return text("exshared.no_value")
    plain = f"{x:,.{decimals}f}"
    if plain.startswith("-") and float(plain.replace(",", "")) == 0:
        plain = plain[1:]  # no "-0.0"
    plain = plain.replace("-", "\u2212")
    return in_local_style(plain)


def _euros(value: Any) -> str:
    """Whole euros in the learner's style: "€822,509" (en), "€ 822.509" (nl)."""
    shown = fixed(value, 0)
    if not any(ch.isdigit() for ch in shown):
        return shown  # not a number: written as fixed() writes it ("–" for a missing value)
    amount = shown.removeprefix("\u2212")
    return text("exshared.eur", minus=shown[: len(shown) - len(amount)], amount=amount)


FORMATS: dict[str, Callable[[Any], str]] = {
    "text": str,
    "written": str,  # a number the caller has already written ("38 %", "€ 1.200"): shown as it is, right-aligned
    "eur": _euros,
    "hours": lambda v: fixed(v, 1),
    "percent": lambda v: text("exshared.percent", value=fixed(100 * float(v), 1)),
    "score": lambda v: fixed(v, 2),
    "count": lambda v: fixed(v, 0),
    "number": lambda v: fixed(v, 2),
}


# The table itself is the kit's one table type (customer_king.tables.HtmlTable, which
# this module re-exports): it only adds the per-column formats an exercise's readings
# need (exact euros, hours with one decimal, percentages with one decimal).


def show(fig) -> None:
    """Show a figure as a picture and close it.

    An exercise notebook never imports pyplot, so IPython has no picture formatter for a
    returned Figure and would print ``<Figure size …>`` instead of the chart. The kit's
    own PNG encoder gives the same picture in every front end (and in nbval's stored output).
    """
    from IPython.display import Image, display

    from ..png import png_bytes

    display(Image(data=png_bytes(fig), format="png"))


def table(headings: Sequence[str], rows: Sequence[Sequence[Any]], formats: Sequence[Any] | None = None,
          caption: str = "") -> HtmlTable:
    """A table of `rows` under `headings`, each column written with its format (in the
    language in effect now)."""
    formats = list(formats) if formats is not None else ["text"] * len(headings)
    if len(formats) != len(headings):
        raise ValueError("one format per column")
    writers = [f if callable(f) else FORMATS[f] for f in formats]
    shown = [[writer(value) for writer, value in zip(writers, row)] for row in rows]
    numeric = [i for i, f in enumerate(formats) if f != "text"]
    return kit_table(headings, shown, caption=caption, numeric=numeric)


def options(question: Any) -> HtmlTable:
    """The options of a choice question as a table (letter, text), exactly as the
    check reads them: text pasted from here is accepted."""
    return kit_table(["", ""], [[str(k), str(v)] for k, v in question.options.items()], numeric=[])
