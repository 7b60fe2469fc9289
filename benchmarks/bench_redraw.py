"""Kernel-side cost of one slider move: value change -> finished picture bytes.

For every explorer factory in ``customer_king.explorers`` (a public function
named ``*_explorer`` that takes no required argument) this script times, in one
process and one run:

* **kit**: moving a slider of the real :class:`~customer_king.widgets.Explorer`
  (``slider.value = v``: the observer runs the update and renders the picture
  into the ``Image`` widget; the time ends when the bytes are in the widget);
* **before**: the kit's Explorer before issue 6 (same figure, but every move
  draws and encodes the whole figure with ``print_png``);
* **naive**: what ``interact`` + ``plt.show()`` does: re-create the figure
  with pyplot, draw everything, apply the slider values and ``savefig`` a PNG,
  every move.

Usage: python benchmarks/bench_redraw.py [--moves 40] [--json]
Prints a table of medians (ms) and the naive/kit ratio. Targets: kit <= 35 ms,
ratio >= 3 (issue 11).
"""
from __future__ import annotations

import argparse
import inspect
import io
import json
import os
import statistics
import sys
import time
from pathlib import Path

os.environ.setdefault("MPLBACKEND", "Agg")
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

import matplotlib.pyplot as plt  # noqa: E402

from customer_king import explorers, plots  # noqa: E402


def factories() -> dict:
    found = {}
    for name, fn in vars(explorers).items():
        if name.endswith("_explorer") and not name.startswith("_") and callable(fn) \
                and getattr(fn, "__module__", "") == explorers.__name__:
            required = [p for p in inspect.signature(fn).parameters.values()
                        if p.default is p.empty and p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD)]
            if not required:
                found[name] = fn
    return found


def moves(spec, count: int) -> list[float]:
    """A walk over the slider's stops, back and forth, never repeating a value twice in a row."""
    n = int(round((spec.max - spec.min) / spec.step))
    stops = [spec.min + i * spec.step for i in range(n + 1)]
    walk = stops[1:] + stops[-2::-1]
    return [walk[i % len(walk)] for i in range(count)]


def time_kit(factory, count: int) -> list[float]:
    ex = factory()
    times = []
    for spec in ex.specs:
        slider = ex.sliders[spec.name]
        for v in moves(spec, count // len(ex.specs) + 1):
            if v == slider.value:
                continue
            t0 = time.perf_counter()
            slider.value = v
            times.append(time.perf_counter() - t0)
        slider.value = spec.value
    return times


def time_before(factory, count: int) -> list[float]:
    """The kit's Explorer before issue 6: update the artists, then draw and encode all of it."""
    ex = factory()
    values = {s.name: s.value for s in ex.specs}
    times = []
    for spec in ex.specs:
        for v in moves(spec, count // len(ex.specs) + 1):
            values[spec.name] = v
            t0 = time.perf_counter()
            ex._update(ex._state, **values)
            plots.png_bytes(ex.figure)
            times.append(time.perf_counter() - t0)
        values[spec.name] = spec.value
    return times


class _Captured:
    """Stands in for Explorer: keeps what the factory built, builds no widgets."""

    def __init__(self, specs, figure, draw, update):
        self.specs, self.figure, self.draw, self.update = specs, figure, draw, update


def _pyplot_figure(ncols=1, *, width=11.0, height=4.6):
    fig, axes = plt.subplots(1, ncols, figsize=(width, height), squeeze=False)
    return fig, list(axes[0])


def naive_move(factory, values: dict) -> bytes:
    real_explorer, real_new_figure = explorers.Explorer, plots.new_figure
    explorers.Explorer, plots.new_figure = _Captured, _pyplot_figure
    try:
        with plots.kit_style():
            cap = factory()
            state = cap.draw()
            cap.update(state, **values)
            buffer = io.BytesIO()
            cap.figure.savefig(buffer, format="png")
    finally:
        explorers.Explorer, plots.new_figure = real_explorer, real_new_figure
    plt.close(cap.figure)
    return buffer.getvalue()


def time_naive(factory, count: int) -> list[float]:
    ex = factory()
    values = {s.name: s.value for s in ex.specs}
    times = []
    for spec in ex.specs:
        for v in moves(spec, count // len(ex.specs) + 1):
            values[spec.name] = v
            t0 = time.perf_counter()
            naive_move(factory, values)
            times.append(time.perf_counter() - t0)
        values[spec.name] = spec.value
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--moves", type=int, default=40, help="slider moves per explorer (default 40)")
    parser.add_argument("--json", action="store_true", help="print JSON instead of a table")
    args = parser.parse_args()
    rows = []
    for name, factory in factories().items():
        time_kit(factory, 6)  # warm up: fonts, caches
        naive_move(factory, {s.name: s.value for s in factory().specs})
        kit = statistics.median(time_kit(factory, args.moves)) * 1000
        naive = statistics.median(time_naive(factory, args.moves)) * 1000
        before = statistics.median(time_before(factory, args.moves)) * 1000
        ex = factory()
        w, h = ex.figure.canvas.get_width_height()
        rows.append({"explorer": name, "kit_ms": round(kit, 1), "before_ms": round(before, 1),
                     "naive_ms": round(naive, 1),
                     "ratio": round(naive / kit, 2), "pixels": f"{w}x{h}",
                     "bytes": len(ex.image.value), "format": ex.image.format})
    if args.json:
        print(json.dumps(rows, indent=2))
        return
    print(f"{'explorer':32} {'kit ms':>8} {'before ms':>10} {'naive ms':>9} {'ratio':>6}  picture")
    for r in rows:
        print(f"{r['explorer']:32} {r['kit_ms']:8.1f} {r['before_ms']:10.1f} {r['naive_ms']:9.1f} {r['ratio']:6.2f}  "
              f"{r['pixels']} {r['format']} {r['bytes'] // 1024} KiB")


if __name__ == "__main__":
    main()
