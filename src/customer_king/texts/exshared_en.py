"""What every exercise set shares (exercise_sets/__init__.py, display.py), in English."""
LANGUAGE = "en"

MESSAGES = {
    # load("...") with a name that is not a set: the learner may have mistyped it.
    "exshared.unknown_set": "no exercise set called {name!r}; there are: {names}",
    # a value a table cannot write as a number (not finite)
    "exshared.no_value": "–",
    # the unit after a percentage in a table cell ("27.0 %")
    "exshared.percent": "{value} %",
    # whole euros in a table cell: English puts the sign against the number ("€822,509", "−€1,200")
    "exshared.eur": "{minus}€{amount}",
}
