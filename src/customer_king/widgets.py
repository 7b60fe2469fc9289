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

import asyncio
import contextlib
import dataclasses
import json
import time
from dataclasses import dataclass
from operator import attrgetter
from typing import Any, Callable, Mapping

import ipywidgets as w
from matplotlib.artist import Artist
from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.image import AxesImage

from .png import canvas_png_bytes

# A drag sends value changes faster than a picture can be drawn and shipped; at
# most one picture per this many seconds, and always one for the final value.
MIN_REDRAW_INTERVAL = 0.04


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


# Every label sits in a column of one fixed width, so that every track starts at the
# same place; a long label wraps inside it (see EXPLORER_CSS) instead of pushing its
# track to the right. Widths in em follow the font size (the projector view's larger).
LABEL_WIDTH = "15em"
SLIDER_MAX_WIDTH = "31em"
SLIDER_WIDTH = f"min(100%, {SLIDER_MAX_WIDTH})"
SLIDER_WIDTH_ALONE = "min(100%, 42em)"
"""An explorer with one or two sliders has its readout below them, so its sliders can be
wider: the track gets about three times the room (a 75 px track was fiddly to drag)."""
READOUT_BESIDE_FROM = 3
"""With this many sliders or more the readout stands beside them (where there is room,
else below), not under them: the sliders' column is tall enough to hold it, and the
explorer then fits a 1024 x 768 screen with its whole picture."""

EXPLORER_CSS = """
.kit-explorer .widget-slider { height: auto; min-height: var(--jp-widgets-inline-height); align-items: center; }
.kit-explorer .widget-slider .widget-label {
  white-space: normal; overflow: visible; text-overflow: clip; height: auto; text-align: left;
  line-height: 1.25; padding: 2px 0.8em 2px 0; font-size: max(16px, var(--jp-widgets-font-size));
}
.kit-explorer .widget-slider .widget-readout { font-size: max(16px, var(--jp-widgets-font-size)); min-width: 3.2em; }
.kit-explorer-readout .widget-html-content {
  font-size: max(17px, var(--jp-content-font-size1, 17px)); line-height: 1.4; padding-top: 0.2em;
}
.kit-explorer-controls { gap: 0.25em 1.5em; }
.kit-explorer-figure { height: auto; }
"""
"""The explorers' typography: slider labels and values of at least 16 px, the readout
at least 17 px (larger when JupyterLab's content font is), wrapped labels. Shipped as a
``<style>`` inside the explorer itself, so it works the same in JupyterLab, Binder and Voila."""


def build_slider(spec: SliderSpec, width: str = SLIDER_WIDTH) -> w.FloatSlider:
    return w.FloatSlider(
        value=spec.value,
        min=spec.min,
        max=spec.max,
        step=spec.step,
        description=spec.label,
        readout_format=spec.readout_format,
        continuous_update=True,
        style={"description_width": LABEL_WIDTH},
        layout=w.Layout(width=width),
    )


class Explorer:
    """Sliders + a picture + a readout, redrawn in place when a slider moves.

    ``draw()`` draws on ``figure`` once and returns any state ``update`` needs
    (usually the artists); ``update(state, **values)`` moves the artists and
    returns the readout as HTML.
    """

    def __init__(self, specs: tuple[SliderSpec, ...], figure: Figure,
                 draw: Callable[[], Any], update: Callable[..., str]):
        self.specs = specs
        self.figure = figure
        self._update = update
        self._state = draw()
        width = SLIDER_WIDTH if len(specs) >= READOUT_BESIDE_FROM else SLIDER_WIDTH_ALONE
        self.sliders: Mapping[str, w.FloatSlider] = {s.name: build_slider(s, width) for s in specs}
        # Shown at the size it is drawn (one figure pixel, one screen pixel), smaller only
        # where the column is narrower: stretched or shrunk, its type would not be the size
        # the style chose.
        width_px = round(figure.get_figwidth() * figure.dpi)
        self.image = w.Image(format="png", layout=w.Layout(width=f"{width_px}px", max_width="100%"))
        self.readout = w.HTML(layout=w.Layout(min_height="3em"))
        # Hidden, for tests and benchmarks: the slider values the picture and the
        # readout on screen were made for, as JSON; updated after both.
        self.rendered = w.HTML(layout=w.Layout(display="none"))
        self.image.add_class("kit-explorer-figure")
        self.readout.add_class("kit-explorer-readout")
        self.rendered.add_class("kit-explorer-rendered")
        self._painter = _Painter(figure, self._state)
        self._last_values: dict[str, float] | None = None
        self._last_render = float("-inf")
        self._pending: Any = None
        self.renders = 0
        for slider in self.sliders.values():
            slider.observe(self._on_change, names="value")
        style = w.HTML(f"<style>{EXPLORER_CSS}</style>", layout=w.Layout(display="none"))
        sliders = list(self.sliders.values())
        if len(sliders) >= READOUT_BESIDE_FROM:
            self.readout.layout = w.Layout(flex="1 1 15em", min_width="15em", min_height="3em")
            # The sliders keep their width (a squeezed track is useless); the readout
            # takes the rest of the row, or wraps below when the row is too narrow.
            column = w.VBox(sliders, layout=w.Layout(flex=f"0 0 {SLIDER_MAX_WIDTH}", max_width="100%"))
            controls = w.HBox([column, self.readout],
                              layout=w.Layout(flex_flow="row wrap", align_items="flex-start"))
            controls.add_class("kit-explorer-controls")
            parts = [controls]
        else:
            parts = [*sliders, self.readout]
        self.widget = w.VBox([style, *parts, self.image, self.rendered])
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
        values = self.values()
        with self._painter.layers_apart():
            readout = self._update(self._state, **values)
            picture = self._painter.png()
        self.readout.value = readout
        self.image.value = picture
        self.rendered.value = json.dumps(values, sort_keys=True)
        self._last_values = values
        self._last_render = time.monotonic()
        self.renders += 1

    def _on_change(self, change: dict) -> None:
        # Set from code (a demo script, a test, ``set``): draw now, synchronously.
        if "value" not in getattr(change.get("owner"), "_property_lock", {}):
            self.refresh()
            return
        # Dragged in the browser: ipywidgets hands the kernel every intermediate
        # value in turn. Draw at once if the last picture is old enough, else draw
        # once, a little later, with whatever the sliders say by then: a fast drag
        # costs a few pictures, never a backlog, and the last value is always drawn.
        if self._pending is not None:
            return
        wait = self._last_render + MIN_REDRAW_INTERVAL - time.monotonic()
        if wait > 0:
            try:
                self._pending = asyncio.get_running_loop().call_later(wait, self._trailing_refresh)
                return
            except RuntimeError:  # no event loop (not in a kernel): just draw
                pass
        self.refresh()

    def _trailing_refresh(self) -> None:
        self._pending = None
        if self.values() != self._last_values:
            self.refresh()

    def _repr_mimebundle_(self, **kwargs: Any) -> dict:
        return self.widget._repr_mimebundle_(**kwargs)


def _moving_artists(state: Any) -> list[Artist] | None:
    """The artists ``update`` may move: every Artist reachable from ``state``.

    Axes and figures in the state are passed over (a change to them shows up as
    a stale figure, and the painter then draws everything). Returns None if some
    moving artist cannot be redrawn on its own (not inside an Axes, or an image).
    """
    found: list[Artist] = []
    seen: set[int] = set()

    def walk(obj: Any, depth: int = 0) -> None:
        if id(obj) in seen or depth > 4:
            return
        seen.add(id(obj))
        if isinstance(obj, (Axes, Figure)):
            return
        if isinstance(obj, Artist):
            found.append(obj)
        elif dataclasses.is_dataclass(obj) and not isinstance(obj, type):
            for field in dataclasses.fields(obj):
                walk(getattr(obj, field.name), depth + 1)
        elif isinstance(obj, Mapping):
            for item in obj.values():
                walk(item, depth + 1)
        elif isinstance(obj, (list, tuple)):
            for item in obj:
                walk(item, depth + 1)

    walk(state)
    if any(a.axes is None or isinstance(a, AxesImage) for a in found):
        return None
    return found


class _Painter:
    """Renders the figure to PNG, redrawing only the layers that can change.

    The figure's static part (everything drawn below the lowest moving artist of
    each Axes) is drawn once and kept as a bitmap; each picture restores it and
    draws the rest of each such Axes on top, in Matplotlib's own z-order, so the
    picture looks exactly like a full redraw. Anything else that changes (a new
    axis limit, a title, a moved static artist) makes the figure stale, and then
    the whole figure is drawn again. Same look, a fraction of the time.
    """

    def __init__(self, figure: Figure, state: Any):
        self.figure = figure
        self.layers: list[tuple[Axes, list[Artist]]] = []
        self._background = None
        self._renderer = None
        moving = _moving_artists(state)
        if not moving:
            return
        axes = {id(a.axes): a.axes for a in moving}
        everything = [ax for ax in figure.get_axes() if ax.get_visible()]
        for ax in axes.values():
            box = ax.get_position()
            if any(other is not ax and box.overlaps(other.get_position()) for other in everything):
                return  # twin or inset axes: layers of different Axes interleave
        moving_ids = {id(a) for a in moving}
        layers = []
        for ax in axes.values():
            order = [a for a in ax.get_children() if a is not ax.patch]
            order.sort(key=attrgetter("zorder"))  # what Axes.draw does (stable sort)
            first = next(i for i, a in enumerate(order) if id(a) in moving_ids)
            layers.append((ax, order[first:]))
        self.layers = layers

    @contextlib.contextmanager
    def layers_apart(self):
        """Mark the layers animated (Matplotlib then leaves them out of a normal draw
        and does not mark the figure stale when they change) for one update and
        picture only: outside, the figure is an ordinary figure (``savefig``,
        ``png_bytes`` and friends draw all of it)."""
        for _ax, layer in self.layers:
            for artist in layer:
                artist.set_animated(True)
        try:
            yield
        finally:
            for _ax, layer in self.layers:
                for artist in layer:
                    artist.set_animated(False)

    def png(self) -> bytes:
        canvas = self.figure.canvas
        if not self.layers:
            canvas.draw()
            return canvas_png_bytes(canvas)
        renderer = canvas.get_renderer()  # a new one if the size or dpi changed (e.g. savefig)
        if self._background is None or self.figure.stale or renderer is not self._renderer:
            canvas.draw()  # animated artists are left out of this
            self._background = canvas.copy_from_bbox(self.figure.bbox)
            self._renderer = canvas.get_renderer()
        else:
            canvas.restore_region(self._background)
        for ax, layer in self.layers:
            for artist in layer:
                ax.draw_artist(artist)
        self.figure.stale = False  # what drawing the layers touched is in the picture now
        return canvas_png_bytes(canvas)
