"""The kit's colours as plain hex strings: the Okabe-Ito palette, status and band colours.

A home of their own, free of matplotlib, so that what shows a status without drawing
(the checks' feedback boxes) and what draws (``plots``, which re-exports these) use the
very same colours, and importing the checks never loads matplotlib.
"""
from __future__ import annotations

# Okabe & Ito (2008): distinguishable with deuteranopia, protanopia and tritanopia.
PALETTE = {
    "blue": "#0072B2",
    "orange": "#E69F00",
    "sky": "#56B4E9",
    "green": "#009E73",
    "yellow": "#F0E442",
    "vermillion": "#D55E00",
    "purple": "#CC79A7",
    "black": "#000000",
    "grey": "#777777",
}

STATUS_COLOURS = {"correct": PALETTE["blue"], "not_yet": PALETTE["vermillion"], "unanswered": "#6E6E6E"}
"""An answer's status (the keys are ``checks.CORRECT``, ``NOT_YET``, ``UNANSWERED``) as a
text and border colour; the grey is darker than the palette's so text on it stays readable."""
STATUS_TINTS = {"correct": "#E6F1F8", "not_yet": "#FBEEE6", "unanswered": "#F3F3F3"}
"""Light backgrounds that go with :data:`STATUS_COLOURS`."""

BAND_COLOURS = {"green": PALETTE["green"], "amber": PALETTE["orange"], "red": PALETTE["vermillion"],
                "unknown": PALETTE["grey"]}
"""Warning-score bands drawn in Okabe-Ito colours; always label the band in words too."""


SIGN_COLOURS = ("blue", "sky", "purple", "grey", "yellow")
"""One palette colour per warning sign the case data show (``overservice.CASE_SIGNS``, same order)."""
# Darker shades of the band colours for text, readable on white; the word carries the band too.
BAND_TEXT_COLOURS = {"green": "#000000", "amber": "#8A5A00", "red": "#B34700", "unknown": "#555555"}
