"""Is your customer king? A workshop kit on salesperson customer orientation.

Modules: ``model`` (the stylized teaching model, pure numpy), ``plots``,
``widgets`` and ``explorers`` (slider explorers), ``checks`` and
``exercise_sets`` (graded exercises), ``cases`` (the fictional case company),
``messages`` (learner-facing text per language).
"""
__version__ = "0.1.0"
