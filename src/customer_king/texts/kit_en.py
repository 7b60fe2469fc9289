"""English text moved out of the code by issue #12: lesson 6's separators and whale-curve
summary, and the lesson figures' orientation axis.  Dutch twin: ``kit_nl.py`` and
``own_data_nl.py``."""

LANGUAGE = "en"

MESSAGES: dict[str, str] = {
    "axis_orientation": "Customer orientation (1–7)",
    "own_data.delimiter_semicolons": "semicolons",
    "own_data.delimiter_commas": "commas",
    "own_data.delimiter_tabs": "tabs",
    "own_data.delimiter_bars": "vertical bars",
    "own_data.decimal_comma": "comma",
    "own_data.decimal_point": "point",
    "own_data.no_header": "{letter} (no header)",
    "own_data.whale_summary": (
        "Whale curve over {n} accounts: the top 20 % earn {top:.0%} of total profit "
        "(EUR {profit:,.0f}); {losing} account(s) lose money."
    ),
    "answers.the_file": "the file",
    "own_data.the_uploaded_file": "the uploaded file",
}
