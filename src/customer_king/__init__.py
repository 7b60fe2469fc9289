"""Is your customer king? A workshop kit on salesperson customer orientation.

Modules, from the economics up to what a learner or trainer touches:

- ``model``: the stylized teaching model (pure numpy).
- ``cases``: the fictional case company (seeded generator, CSV files, data dictionary).
- ``tiers``: the A/B/C split by size that the case and a participant's own list share.
- ``overservice``: the warning signs of over-service, on the case data or any account list.
- ``locale_numbers``: the one reader of numbers typed the Dutch or the English way.
- ``palette``: the kit's colours (Okabe-Ito, status and band colours), free of matplotlib.
- ``plots``: drawing on a given Axes, one shared look; draws what the model and cases give it.
- ``png``: a figure as PNG bytes (shared by ``plots`` and ``widgets``).
- ``widgets``: sliders from a spec, a picture redrawn in place (knows no economics).
- ``explorers``: which sliders each lesson's explorer has and what it shows.
- ``demos``: the demo questions lessons, slides and the trainer guide all ask.
- ``tables`` and ``lesson_tables``: result tables in the learner's number style, one function per lesson table.
- ``checks`` and ``exercise_sets``: graded exercises (answer -> feedback).
- ``self_assessment`` and ``self_assessment_form``: the lesson-1 self-assessment, scored and as a form.
- ``own_data``: a participant's own account list (lesson 6).
- ``grade``: batch grading of a room's notebooks.
- ``messages`` and ``lesson_text``: every learner-facing string, per language (the catalogue).
"""
__version__ = "0.1.0"
