"""Is your customer king? A workshop kit on salesperson customer orientation.

Modules, from the economics up to what a learner or trainer touches:

- ``model``: the stylized teaching model (pure numpy).
- ``cases``: the fictional case company (seeded generator, CSV files, data dictionary).
- ``overservice``: the warning signs of over-service computed on case data.
- ``plots``: drawing on a given Axes, one shared look (palette, status colours).
- ``png``: a figure as PNG bytes (shared by ``plots`` and ``widgets``).
- ``widgets``: sliders from a spec, a picture redrawn in place (knows no economics).
- ``explorers``: which sliders each lesson's explorer has and what it shows.
- ``checks`` and ``exercise_sets``: graded exercises (answer -> feedback).
- ``self_assessment``: the lesson-1 self-assessment.
- ``own_data``: a participant's own account list (lesson 6).
- ``grade``: batch grading of a room's notebooks.
- ``messages``: every learner-facing string, per language.
"""
__version__ = "0.1.0"
