"""The lesson-1 self-assessment as a form: one row of buttons per statement, a live result.

Nothing to type in code: the learner clicks 1-7 for each statement and the
profile appears when every statement has an answer. Scoring is
:func:`customer_king.self_assessment.score`; this module only lays out the
controls and writes the result with the catalogue's sentences.
"""
from __future__ import annotations

import html

import ipywidgets as widgets

from . import self_assessment
from .messages import text
from .tables import number, table

_CHOICES = [str(value) for value in range(1, 8)]


def _statement_row(position: int, item: self_assessment.Item) -> tuple[widgets.Widget, widgets.ToggleButtons]:
    label = widgets.HTML(f"<div class='ck-statement'><b>{position}.</b> {html.escape(item.statement)}</div>",
                         layout=widgets.Layout(width="100%"))
    buttons = widgets.ToggleButtons(options=_CHOICES, value=None,
                                    style={"button_width": "3.2em"},
                                    layout=widgets.Layout(margin="0 0 0.8em 1.6em"))
    return widgets.VBox([label, buttons]), buttons


def result_html(answers: list[int | None]) -> str:
    """The live result for the answers given so far (``None`` = not answered yet)."""
    answered = sum(a is not None for a in answers)
    if answered < len(self_assessment.ITEMS):
        return f"<p style='font-size:1.1em'>{html.escape(text('sa.progress', answered=answered, total=len(answers)))}</p>"
    result = self_assessment.score(answers)
    stages = table([text("sa.col.stage"), text("sa.col.score")],
                   [(text(f"sa.stage.{stage}"), number(value, 1)) for stage, value in result.stage_scores.items()])
    if result.overservice_flags:
        habits = (f"<p>{html.escape(text('sa.habits'))}</p><ul>"
                  + "".join(f"<li>{html.escape(flag)}</li>" for flag in result.overservice_flags) + "</ul>")
    else:
        habits = f"<p>{html.escape(text('sa.no_habits'))}</p>"
    return (f"<p style='font-size:1.25em'><b>{html.escape(text('sa.score', score=number(result.score, 1)))}</b></p>"
            f"{stages._repr_html_()}{habits}<p><i>{html.escape(text('sa.caveat'))}</i></p>")


class SelfAssessmentForm:
    """Build with :func:`form`; ``answers`` holds the clicked values (``None`` = open)."""

    def __init__(self) -> None:
        rows, self._buttons = [], []
        for position, item in enumerate(self_assessment.ITEMS, start=1):
            row, buttons = _statement_row(position, item)
            buttons.observe(self._update, names="value")
            rows.append(row)
            self._buttons.append(buttons)
        self.result = widgets.HTML(result_html(self.answers))
        # Readable from the back of the room: statements and buttons at 17 px, not 13.
        style = widgets.HTML("<style>.ck-self-assessment .ck-statement{font-size:17px;line-height:1.4}"
                             ".ck-self-assessment .widget-toggle-button{font-size:17px;height:2.1em}"
                             ".ck-self-assessment p{font-size:17px}</style>")
        scale = widgets.HTML(f"<p><i>{html.escape(text('sa.scale'))}</i></p>")
        self.widget = widgets.VBox([style, scale, *rows, self.result])
        self.widget.add_class("ck-self-assessment")

    @property
    def answers(self) -> list[int | None]:
        return [None if b.value is None else int(b.value) for b in self._buttons]

    def answer(self, values: list[int]) -> None:
        """Fill in every statement (tests, and a trainer's demo)."""
        for buttons, value in zip(self._buttons, values):
            buttons.value = str(int(value))

    def _update(self, _change: object = None) -> None:
        self.result.value = result_html(self.answers)

    def _ipython_display_(self) -> None:
        from IPython.display import display
        display(self.widget)


def form() -> SelfAssessmentForm:
    """The self-assessment form, ready to show in a notebook cell."""
    return SelfAssessmentForm()
