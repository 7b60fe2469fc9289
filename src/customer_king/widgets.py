"""Sliders wired to a figure: the machinery of every explorer, free of economics.

An explorer is described by a tuple of :class:`SliderSpec` and two functions:
one that draws the figure once, one that moves its artists for new slider
values and returns a short readout. :class:`Explorer` builds the sliders from
the specs (never by hand), renders the figure to a PNG inside an ``Image``
widget and keeps the readout beside it.

Why an ``Image`` widget rather than an ``Output`` widget with ``plt.show()``:
the figure is built once and only re-rendered, the picture is swapped in
place (no flicker, no clearing), and the same explorer works unchanged in
JupyterLab, Binder and Voila.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable, Mapping

import ipywidgets as w
from matplotlib.figure import Figure

from .plots import png_bytes


@dataclass(frozen=True)
class SliderSpec:
    """One slider: its key in the update call, what the learner reads, its range.

    ``label`` should say what the slider means, with its unit.
    """

    name: str
    label: str
    min: float
    max: float
    step: float
    value: float
    readout_format: str = ".1f"

    def __post_init__(self) -> None:
        if not self.min <= self.value <= self.max:
            raise ValueError(f"slider {self.name!r}: start value {self.value} lies outside "
                             f"{self.min}..{self.max}")
        if self.step <= 0:
            raise ValueError(f"slider {self.name!r}: step must be positive")


def build_slider(spec: SliderSpec) -> w.FloatSlider:
    return w.FloatSlider(
        value=spec.value,
        min=spec.min,
        max=spec.max,
        step=spec.step,
        description=spec.label,
        readout_format=spec.readout_format,
        continuous_update=True,
        style={"description_width": "initial"},
        layout=w.Layout(width="min(100%, 760px)"),
    )


class Explorer:
    """Sliders + a picture + a readout, redrawn in place when a slider moves.

    ``draw(fig)`` is called once and returns any state ``update`` needs
    (usually the artists); ``update(state, **values)`` moves the artists and
    returns the readout as HTML.
    """

    def __init__(self, specs: tuple[SliderSpec, ...], figure: Figure,
                 draw: Callable[[Figure], Any], update: Callable[..., str]):
        self.specs = specs
        self.figure = figure
        self._update = update
        self._state = draw(figure)
        self.sliders: Mapping[str, w.FloatSlider] = {s.name: build_slider(s) for s in specs}
        self.image = w.Image(format="png", layout=w.Layout(width="100%", max_width="1100px"))
        self.readout = w.HTML(layout=w.Layout(min_height="3em"))
        self.image.add_class("kit-explorer-figure")
        self.readout.add_class("kit-explorer-readout")
        for slider in self.sliders.values():
            slider.observe(self._on_change, names="value")
        self.widget = w.VBox([*self.sliders.values(), self.readout, self.image])
        self.widget.add_class("kit-explorer")
        self.refresh()

    def values(self) -> dict[str, float]:
        return {name: slider.value for name, slider in self.sliders.items()}

    def set(self, **values: float) -> None:
        """Move sliders from code (as a trainer's demo script or a test would)."""
        for name, value in values.items():
            slider = self.sliders[name]
            slider.unobserve(self._on_change, names="value")
            try:
                slider.value = value
            finally:
                slider.observe(self._on_change, names="value")
        self.refresh()  # once, however many sliders moved

    def refresh(self) -> None:
        self.readout.value = self._update(self._state, **self.values())
        self.image.value = png_bytes(self.figure)

    def _on_change(self, _change: dict) -> None:
        self.refresh()

    def _repr_mimebundle_(self, **kwargs: Any) -> dict:
        return self.widget._repr_mimebundle_(**kwargs)
