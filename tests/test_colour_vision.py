"""Colours that sit next to each other in the kit's figures stay apart for viewers with
deuteranopia or protanopia (together about 2 % of men), and where colour carries
meaning a second cue (pattern, line style, marker, size) carries it too.

How "apart" is measured:

* **Simulation**: Machado, Oliveira & Fernandes (2009), "A physiologically-based model
  for simulation of color vision deficiency", IEEE TVCG 15(6); their matrices for
  severity 1.0 (dichromacy, the hardest case), applied to linear RGB.
* **Difference**: CIEDE2000 (ΔE00) in CIELAB, D65, implemented here in numpy and
  checked against the published test pairs of Sharma, Wu & Dalal (2005).
* **Threshold: ΔE00 >= 15.** About 2 is a just-noticeable difference for two large
  patches side by side on a good monitor. A projector washes colours out, marks are
  small and seen from the back of a room, and a viewer must *name* which legend entry a
  segment is, not merely see an edge: we ask for several times that. 15 is a judgement:
  it keeps every Okabe-Ito pair the kit relies on and rejects the pairs that earlier
  versions drew and that visibly merge in a simulation (purple next to grey: 13.5 for a
  deuteranope; the amber and red tints behind the warning chart: 2.0).

The colours are taken from the drawn figures (the artists' face and edge colours,
composited over white where they are translucent), not copied from the style module,
so a figure that starts using another colour is checked as drawn.
"""
from __future__ import annotations

import itertools

import matplotlib

matplotlib.use("Agg")

import numpy as np
import pytest
from matplotlib.colors import to_rgba

from customer_king import explorers, model, overservice, plots

THRESHOLD = 15.0
VISIONS = ("normal", "deuteranopia", "protanopia")

# Machado, Oliveira & Fernandes (2009), Table 1, severity 1.0; rows give linear R', G', B'.
MACHADO = {
    "protanopia": np.array([[0.152286, 1.052583, -0.204868],
                            [0.114503, 0.786281, 0.099216],
                            [-0.003882, -0.048116, 1.051998]]),
    "deuteranopia": np.array([[0.367322, 0.860646, -0.227968],
                              [0.280085, 0.672501, 0.047413],
                              [-0.011820, 0.042940, 0.968881]]),
}


# ------------------------------------------------------------- colour science
def _linear(srgb: np.ndarray) -> np.ndarray:
    srgb = np.asarray(srgb, float)
    return np.where(srgb <= 0.04045, srgb / 12.92, ((srgb + 0.055) / 1.055) ** 2.4)


def _gamma(linear: np.ndarray) -> np.ndarray:
    linear = np.clip(linear, 0.0, 1.0)
    return np.where(linear <= 0.0031308, 12.92 * linear, 1.055 * linear ** (1 / 2.4) - 0.055)


def simulate(srgb: np.ndarray, vision: str) -> np.ndarray:
    """The sRGB colour a viewer with this vision sees for ``srgb`` (0-1 floats)."""
    if vision == "normal":
        return np.asarray(srgb, float)
    return _gamma(_linear(srgb) @ MACHADO[vision].T)


def to_lab(srgb: np.ndarray) -> np.ndarray:
    xyz = _linear(srgb) @ np.array([[0.4124564, 0.3575761, 0.1804375],
                                    [0.2126729, 0.7151522, 0.0721750],
                                    [0.0193339, 0.1191920, 0.9503041]]).T
    t = xyz / np.array([0.95047, 1.0, 1.08883])
    f = np.where(t > (6 / 29) ** 3, np.cbrt(t), t / (3 * (6 / 29) ** 2) + 4 / 29)
    return np.array([116 * f[1] - 16, 500 * (f[0] - f[1]), 200 * (f[1] - f[2])])


def ciede2000(lab1: np.ndarray, lab2: np.ndarray) -> float:
    """ΔE00 of two CIELAB colours (Sharma, Wu & Dalal 2005, kL = kC = kH = 1)."""
    (l1, a1, b1), (l2, a2, b2) = lab1, lab2
    c_mean = (np.hypot(a1, b1) + np.hypot(a2, b2)) / 2
    g = 0.5 * (1 - np.sqrt(c_mean ** 7 / (c_mean ** 7 + 25 ** 7)))
    a1p, a2p = (1 + g) * a1, (1 + g) * a2
    c1p, c2p = np.hypot(a1p, b1), np.hypot(a2p, b2)
    h1p, h2p = np.degrees(np.arctan2(b1, a1p)) % 360, np.degrees(np.arctan2(b2, a2p)) % 360
    dh = h2p - h1p
    if c1p * c2p == 0:
        dh = 0.0
    elif dh > 180:
        dh -= 360
    elif dh < -180:
        dh += 360
    d_l, d_c = l2 - l1, c2p - c1p
    d_h = 2 * np.sqrt(c1p * c2p) * np.sin(np.radians(dh / 2))
    l_mean, c_mean_p = (l1 + l2) / 2, (c1p + c2p) / 2
    if c1p * c2p == 0:
        h_mean = h1p + h2p
    elif abs(h1p - h2p) <= 180:
        h_mean = (h1p + h2p) / 2
    elif h1p + h2p < 360:
        h_mean = (h1p + h2p + 360) / 2
    else:
        h_mean = (h1p + h2p - 360) / 2
    t = (1 - 0.17 * np.cos(np.radians(h_mean - 30)) + 0.24 * np.cos(np.radians(2 * h_mean))
         + 0.32 * np.cos(np.radians(3 * h_mean + 6)) - 0.20 * np.cos(np.radians(4 * h_mean - 63)))
    rotation = 30 * np.exp(-(((h_mean - 275) / 25) ** 2))
    r_c = 2 * np.sqrt(c_mean_p ** 7 / (c_mean_p ** 7 + 25 ** 7))
    s_l = 1 + 0.015 * (l_mean - 50) ** 2 / np.sqrt(20 + (l_mean - 50) ** 2)
    s_c = 1 + 0.045 * c_mean_p
    s_h = 1 + 0.015 * c_mean_p * t
    r_t = -np.sin(np.radians(2 * rotation)) * r_c
    return float(np.sqrt((d_l / s_l) ** 2 + (d_c / s_c) ** 2 + (d_h / s_h) ** 2
                         + r_t * (d_c / s_c) * (d_h / s_h)))


def difference(colour1, colour2, vision: str) -> float:
    return ciede2000(to_lab(simulate(opaque(colour1), vision)), to_lab(simulate(opaque(colour2), vision)))


def opaque(colour, background="white") -> np.ndarray:
    """The colour as seen over ``background`` (what a translucent patch looks like)."""
    r, g, b, a = to_rgba(colour)
    return a * np.array([r, g, b]) + (1 - a) * np.array(to_rgba(background)[:3])


def too_close(named: dict[str, object], pairs=None) -> list[str]:
    """Every pair of ``named`` colours (or just ``pairs``) closer than THRESHOLD in some vision."""
    pairs = pairs if pairs is not None else list(itertools.combinations(named, 2))
    problems = []
    for a, b in pairs:
        for vision in VISIONS:
            d = difference(named[a], named[b], vision)
            if d < THRESHOLD:
                problems.append(f"{a} / {b}: ΔE00 {d:.1f} for {vision}")
    return problems


def minimum_difference(named: dict[str, object]) -> float:
    return min(difference(named[a], named[b], v) for a, b in itertools.combinations(named, 2) for v in VISIONS)


# ------------------------------------------------------ the measure itself
@pytest.mark.parametrize("lab1,lab2,expected", [
    # Sharma, Wu & Dalal (2005), Table 1, pairs 1, 7, 17 and 25.
    ((50.0, 2.6772, -79.7751), (50.0, 0.0, -82.7485), 2.0425),
    ((50.0, 0.0, 0.0), (50.0, -1.0, 2.0), 2.3669),
    ((50.0, 2.5, 0.0), (73.0, 25.0, -18.0), 27.1492),
    ((60.2574, -34.0099, 36.2677), (60.4626, -34.1751, 39.4387), 1.2644),
])
def test_ciede2000_matches_the_published_test_pairs(lab1, lab2, expected):
    assert ciede2000(np.array(lab1), np.array(lab2)) == pytest.approx(expected, abs=1e-4)


def test_the_simulation_merges_what_dichromats_confuse_and_keeps_what_they_see():
    # Red and green of equal lightness: the classic confusion.
    assert difference("#D55E00", "#7F8F00", "deuteranopia") < 10 < difference("#D55E00", "#7F8F00", "normal")
    # Blue against yellow stays obvious for both.
    assert min(difference("#0072B2", "#F0E442", v) for v in VISIONS) > 50
    # Greys are untouched (the matrices keep white white).
    assert difference("#777777", "#777777", "protanopia") == pytest.approx(0.0, abs=1e-6)


# ------------------------------------------------------------ the palette
def test_the_colour_cycle_keeps_neighbouring_lines_apart():
    cycle = [c["color"] for c in plots.KIT_STYLE["axes.prop_cycle"]]
    named = {f"line {i + 1} ({c})": c for i, c in enumerate(cycle)}
    names = list(named)
    assert not too_close(named, list(zip(names, names[1:])))


@pytest.mark.parametrize("group", ["BAND_COLOURS", "STATUS_COLOURS"])
def test_status_and_band_colours_are_apart(group):
    colours = {k: v for k, v in getattr(plots, group).items() if k != "unknown"}
    assert not too_close(colours)


# ----------------------------------------- lesson 5: the warning-score chart
@pytest.fixture(scope="module")
def warning_chart():
    ex = explorers.warning_score_explorer()
    ex.set(**{spec.name: spec.max for spec in ex.specs})  # every sign shows
    return ex


def test_warning_signs_are_apart_from_each_other(warning_chart):
    """Each sign's segments sit next to the others and a legend names them: every pair counts."""
    segments = warning_chart._state.segments
    named = {overservice.CASE_SIGNS[i]: bars[0].get_facecolor() for i, bars in enumerate(segments.values())}
    assert not too_close(named), "\n".join(too_close(named))


def test_warning_bands_are_apart_where_they_meet(warning_chart):
    """Whatever marks the bands (tints behind the bars, a strip above them) is compared with
    what it touches: the band left of it, or the chart's white where no band is drawn."""
    (ax,) = warning_chart.figure.axes
    moving = {id(bar) for bars in warning_chart._state.segments.values() for bar in bars}
    marks = []
    for patch in ax.patches:
        if id(patch) in moving or not patch.get_visible():
            continue
        x0, _, width, _ = patch.get_extents().transformed(ax.transData.inverted()).bounds
        marks.append((round(x0), round(x0 + width), opaque(patch.get_facecolor())))
    assert marks, "the chart shows the bands somehow"
    marks.sort(key=lambda m: m[0])
    named, pairs = {"no band (white)": "white"}, []
    left_end, left_name = ax.get_xlim()[0], "no band (white)"
    for start, end, colour in marks:
        name = f"band {start}-{end}"
        named[name] = colour
        pairs.append((left_name if abs(start - left_end) < 1 else "no band (white)", name))
        left_end, left_name = end, name
    problems = too_close(named, pairs)
    assert not problems, "\n".join(problems)


def test_warning_signs_have_a_pattern_each(warning_chart):
    hatches = [bars[0].get_hatch() or "" for bars in warning_chart._state.segments.values()]
    assert len(set(hatches)) == len(hatches), f"signs share a pattern: {hatches}"
    legend = warning_chart.figure.legends[0]
    assert [h.get_hatch() or "" for h in legend.legend_handles] == hatches, "the legend shows the patterns too"


# -------------------------------------------------------- the other explorers
def test_your_supplier_bar_differs_in_colour_and_pattern():
    ex = explorers.wallet_allocation_explorer()
    ex.set(n_suppliers=4, rank=2)
    bars = ex._state.bars
    assert not too_close({"your rank": bars[1].get_facecolor(), "other suppliers": bars[0].get_facecolor()})
    assert (bars[1].get_hatch() or "") != (bars[0].get_hatch() or ""), "your bar needs a cue besides colour"


def test_accounts_at_the_ceiling_differ_in_colour_and_size():
    ex = explorers.headroom_explorer()
    ex.set(ceiling=0.7)
    points = ex._state.points
    colours = {matplotlib.colors.to_hex(c) for c in points.get_facecolors()}
    assert len(colours) == 2
    assert not too_close(dict(zip(("at the ceiling", "below it"), sorted(colours))))
    assert len(set(points.get_sizes())) == 2, "the accounts at the ceiling need a cue besides colour"


def test_moderator_baseline_and_your_situation_are_apart():
    ex = explorers.moderator_explorer()
    baseline, yours = ex.figure.legends[0].legend_handles
    assert not too_close({"baseline": baseline.get_color(), "your situation": yours.get_color()})
    assert baseline.get_linestyle() != yours.get_linestyle()


# ------------------------------------------------------------ lesson figures
@pytest.fixture
def two_axes():
    fig, axes = plots.new_figure(2)
    return axes


def test_gains_and_losses_are_apart(two_axes):
    drawn = plots.returns_per_step(*two_axes)
    colours = {matplotlib.colors.to_hex(b.get_facecolor()) for b in drawn["sales"]}
    assert len(colours) == 2  # the default model has gains and losses
    assert not too_close(dict(zip(("gain", "loss"), sorted(colours))))


def test_customization_cost_lines_are_apart_and_styled(two_axes):
    drawn = plots.profit_by_customization_cost(*two_axes, costs=(2_500, 10_000, 20_000))
    lines = drawn["profit"]
    named = {line.get_label(): line.get_color() for line in lines}
    assert not too_close(named), "\n".join(too_close(named))
    assert len({line.get_linestyle() for line in lines}) == len(lines), "a line style each, as a second cue"


def test_hour_plans_are_apart(two_axes):
    wallets = np.array([800_000, 400_000, 200_000])
    plans = {"equal": np.full(3, 40.0), "by wallet": np.array([60.0, 40.0, 20.0]),
             "rule": model.allocate_hours(wallets, 120, saturation_hours=20)}
    drawn = plots.hours_and_next_hour(*two_axes, wallets, plans, saturation_hours=20)
    named = {name: bars[0].get_facecolor() for name, bars in zip(plans, drawn["hours"])}
    assert not too_close(named), "\n".join(too_close(named))


def test_case_figures_keep_their_two_groups_apart(two_axes):
    ax_a, ax_b = two_axes
    drawn = plots.hours_against_headroom(ax_a, ["0-20%", "20-40%"], np.array([0.6, 0.4]), np.array([0.3, 0.7]))
    assert not too_close({"hours": drawn["hours"][0].get_facecolor(), "headroom": drawn["headroom"][0].get_facecolor()})
    spend, hours = np.array([5e3, 50e3, 500e3, 8e3]), np.array([40.0, 30.0, 60.0, 90.0])
    drawn = plots.hours_against_spend(ax_b, spend, hours, np.array(["C", "B", "A", "C"]), {"A": 50, "B": 30, "C": 10},
                                      np.array([False, False, False, True]))
    assert not too_close({"others": drawn["others"].get_facecolor()[0],
                          "over-served": drawn["overserved"].get_facecolor()[0]})
    assert drawn["others"].get_paths()[0] != drawn["overserved"].get_paths()[0]  # dots and diamonds


def test_the_least_difference_the_kit_draws(warning_chart):
    """Not a guard, a reading for docs and reports: the smallest ΔE00 among the warning signs."""
    segments = warning_chart._state.segments
    named = {key: bars[0].get_facecolor() for key, bars in segments.items()}
    assert minimum_difference(named) >= THRESHOLD
