"""The message catalogue is complete in every language, and the only home of learner text.

(a) Every language has every English key, with the same ``{fields}`` (format specs
    included), and no key the English lacks.
(b) No learner-facing string literal lives in the package outside the catalogue: an
    AST scan finds text (two words or more) where a learner or trainer would read it,
    with a short allow-list, each entry with its reason.
(c) ``text()`` in Dutch gives Dutch, for a sample of keys from each part of the kit.
"""
from __future__ import annotations

import ast
import builtins
import pathlib
import re
import string

import pytest

from customer_king import messages
from customer_king.messages import language, text

PACKAGE = pathlib.Path(messages.__file__).parent

# Moved into texts/ by the helpers of issue #12 working on other branches (the exercise
# sets into texts/exNN_*.py and texts/exshared_*.py, the trainer's demos into
# texts/demos_*.py). The lead empties this tuple after merging them; from then on the
# scan covers the whole package.
PENDING_ON_OTHER_BRANCHES: tuple[str, ...] = ()  # every branch merged


# ---------------------------------------------------------------------------
# (a) every language complete, with the English fields
# ---------------------------------------------------------------------------

def _fields(template: str) -> set[tuple[str, str]]:
    return {(name, spec or "") for _, name, spec, _ in string.Formatter().parse(template) if name is not None}


LANGUAGES = sorted(lang for lang in messages.MESSAGES if lang != messages.DEFAULT_LANGUAGE)


def test_there_is_a_language_besides_english():
    assert "nl" in LANGUAGES


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_language_has_every_english_key_and_no_other(lang):
    english, table = messages.MESSAGES["en"], messages.MESSAGES[lang]
    assert sorted(english.keys() - table.keys()) == [], f"{lang} lacks these keys"
    assert sorted(table.keys() - english.keys()) == [], f"{lang} has keys the English lacks"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_translation_keeps_the_english_fields(lang):
    english, table = messages.MESSAGES["en"], messages.MESSAGES[lang]
    differ = {key: sorted(_fields(english[key]) ^ _fields(table[key]))
              for key in english.keys() & table.keys() if _fields(english[key]) != _fields(table[key])}
    assert differ == {}


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_translation_formats_with_the_english_fields(lang):
    """A translation that does not format would silently show the English instead."""
    for key, template in messages.MESSAGES[lang].items():
        fields = {name.split(".")[0].split("[")[0]: 1.5 for name, _ in _fields(template)}
        template.format(**fields)  # raises on a broken template


# ---------------------------------------------------------------------------
# (b) no learner-facing literal outside the catalogue
# ---------------------------------------------------------------------------

# Text: two words of letters with a space between ("Not yet", "graded, with errors").
_WORDS = re.compile(r"[^\W\d_]{2,}[^\w\s]*\s+[^\W\d_]{2,}")
# Markup is no text: HTML tags (also a tag's start or end in one piece of an f-string),
# attributes, CSS declarations (the kit writes them without a space after the colon)
# and CSS rule blocks.
_LABEL = re.compile(r"(?<![\w.-])[A-Z][a-z]{2,}\b")
_MARKUP = [re.compile(p) for p in (
    r"<[^<>]*>", r"^[^<>]*>", r"<[^<>]*$", r"\{[^{}]*\}", r"[\w-]+=(?:\"[^\"]*\"?|'[^']*'?)",
    r"[a-z-]+:(?!\s)[^;:\"'<>]*(?:;|$)")]

# Where text is shown: calls that put it on screen, in a figure or in a widget ...
_SINK_CALLS = {
    "print", "display", "HTML", "Markdown", "Label", "HTMLMath", "Button", "Textarea", "Text",
    "ToggleButtons", "Dropdown", "FileUpload", "text_block", "table", "set_xlabel", "set_ylabel",
    "set_title", "suptitle", "set_label", "legend", "annotate", "set_text", "bar_label",
}
# ... keyword arguments that label something a learner sees ...
_SINK_KEYWORDS = {"description", "label", "title", "value", "placeholder", "tooltip", "caption",
                  "xlabel", "ylabel", "message", "hint", "prompt"}
# ... and the kit's own errors, whose message a learner reads (a builtin ValueError or
# TypeError is a programming mistake by whoever calls the kit, and is allowed).
_BUILTIN_ERRORS = {name for name in dir(builtins) if name.endswith(("Error", "Exception"))}

# The allow-list: what the scan may find, and why that is fine.
ALLOWED_CALLS = {
    # developers' log lines and warnings, not shown in a notebook
    "debug", "info", "warning", "error", "exception", "critical", "warn", "getLogger",
    # the command-line tools' own --help (argparse), read in a terminal like any tool's
    "add_argument", "ArgumentParser", "add_argument_group", "add_mutually_exclusive_group",
    # the catalogue itself: text("key", field=...) and own_data's t("key", ...)
    "text", "t",
    # a property's doc= is its docstring
    "property",
    # ModelParams' validation: its words end in a ValueError for whoever builds the model
    "_check_positive",
    # the grader's kernel spec: its display name is never shown (no kernel picker)
    "KernelSpec",
}
ALLOWED_STRINGS = {
    # matplotlib's own vocabulary (legend locations, annotation coordinates), not words to read
    "upper right", "upper left", "lower right", "lower left", "upper center", "lower center",
    "center right", "center left", "offset points", "axes fraction", "data",
    # CSS flex values in the explorers' layout
    "row wrap", "column wrap",
    # grade.references.identify: how a notebook's exercise set was found, a code for tests
    "file name", "load() call",
}
ALLOWED_CONSTANTS = {
    # Each indicator's unit, for the case data's documentation (DATA_DICTIONARY.md, see
    # cases/); the sign's on-screen name is the catalogue's sign_* key.
    ("model/warning_score.py", "WARNING_SIGNS"),
    # Names of fictional case companies (proper names, the same in every edition).
    ("exercise_sets/set04_share_of_wallet.py", "SAMPLE_ACCOUNTS"),
    ("exercise_sets/set04_share_of_wallet.py", "HEADROOM_ACCOUNT"),
    ("exercise_sets/set05_numbers.py", "RATIO_ACCOUNT"),
    ("exercise_sets/set05_numbers.py", "SAMPLE_ACCOUNTS"),
}
ALLOWED_PATHS = {
    # It writes data/DATA_DICTIONARY.md, the documentation of the case company's CSV files
    # (a file beside the data, in English as their column names are), not on-screen text.
    "cases/",
    # The header synonyms a participant's CSV may use (English and Dutch): keys to match,
    # not text to show.
    "own_data/columns.py",
    # The command that prints a hub link for the trainer (English, like the deploy docs).
    "link.py",
    # The grader's code that runs inside a submission's kernel: Python source, not prose.
    "grade/kernel_side.py",
    # Grade item names and column headers of a learning platform's import file: a file format.
    "grade/lms.py",
}


def _is_text(value: str, label: bool = False) -> bool:
    """Words a person reads (not markup, CSS or a key). A `label` (what a sink shows
    directly: a title, a widget's description) may be one capitalised word: "Sales"."""
    if value.strip() in ALLOWED_STRINGS:
        return False
    for pattern in _MARKUP:
        value = pattern.sub(" ", value)
    return _WORDS.search(value) is not None or (label and _LABEL.search(value) is not None)


def _literal_text(node: ast.AST, label: bool = False) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value if _is_text(node.value, label) else None
    if isinstance(node, ast.JoinedStr):  # an f-string: its literal parts, fields as X
        joined = "".join(v.value if isinstance(v, ast.Constant) else " X " for v in node.values)
        return joined if _is_text(joined, label) else None
    return None


def _call_name(call: ast.Call) -> str:
    func = call.func
    return func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else ""


def _texts_below(node: ast.AST, docstrings: set[int], label: bool = False):
    """Text literals inside `node`, not inside an allowed call (log line, argparse, text()),
    a docstring or developer text (the ids in `docstrings`)."""
    if isinstance(node, ast.Call) and _call_name(node) in ALLOWED_CALLS:
        return
    if id(node) in docstrings:
        return
    found = _literal_text(node, label)
    if found is not None:
        yield node, found
        return
    if isinstance(node, ast.JoinedStr):  # its pieces are judged together, above; only its fields below
        for piece in node.values:
            if isinstance(piece, ast.FormattedValue):
                yield from _texts_below(piece.value, docstrings, label)
        return
    for child in ast.iter_child_nodes(node):
        yield from _texts_below(child, docstrings, label)


def _docstrings(tree: ast.AST) -> set[int]:
    out = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)) and node.body:
            first = node.body[0]
            if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant) \
                    and isinstance(first.value.value, str):
                out.add(id(first.value))
        if isinstance(node, (ast.Module, ast.ClassDef)):  # attribute docstrings: a string after an assignment
            for before, after in zip(node.body, node.body[1:]):
                if isinstance(before, (ast.Assign, ast.AnnAssign)) and isinstance(after, ast.Expr) \
                        and isinstance(after.value, ast.Constant) and isinstance(after.value.value, str):
                    out.add(id(after.value))
    return out


def _is_sentence_constant(target: ast.AST) -> bool:
    name = target.id if isinstance(target, ast.Name) else ""
    return name.isupper() or (name.startswith("_") and name[1:].isupper())


def learner_literals(source: str, where: str = "<source>") -> list[str]:
    """Every learner-facing string literal in `source`, as ``where:line: text``."""
    tree = ast.parse(source)
    docstrings = _docstrings(tree)
    # Not for learners: a builtin error's message (a programming mistake of whoever
    # calls the kit), a __repr__ (what a developer sees in a debugger), the allowed calls
    # (log lines, argparse, text()), and the allowed constants.
    for node in ast.walk(tree):
        developer = (isinstance(node, ast.Call) and _call_name(node) in _BUILTIN_ERRORS | ALLOWED_CALLS) or \
                    (isinstance(node, ast.FunctionDef) and node.name == "__repr__") or \
                    (isinstance(node, ast.Assign) and any(
                        isinstance(t, ast.Name) and (where, t.id) in ALLOWED_CONSTANTS for t in node.targets)) or \
                    (isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name)
                     and (where, node.target.id) in ALLOWED_CONSTANTS)
        if developer:
            docstrings.update(id(inner) for inner in ast.walk(node))
    places: list[ast.AST] = []
    labels: list[ast.AST] = []  # shown as they are: one capitalised word is text too
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            if _call_name(node) in _SINK_CALLS:
                labels += node.args
            labels += [kw.value for kw in node.keywords if kw.arg in _SINK_KEYWORDS]
            # Any other call: text passed on to a helper that shows it (a title handed to
            # plots.orientation_axis, lines handed to append/extend).
            places += node.args + [kw.value for kw in node.keywords if kw.arg not in _SINK_KEYWORDS]
        elif isinstance(node, ast.Return) and node.value is not None:
            places.append(node.value)  # a function that builds text
        elif isinstance(node, ast.Raise) and isinstance(node.exc, ast.Call):
            if _call_name(node.exc) not in _BUILTIN_ERRORS:
                places += node.exc.args  # the kit's own errors speak to the learner
        elif isinstance(node, ast.AugAssign):
            places.append(node.value)  # lines += ["..."]
        elif isinstance(node, ast.IfExp):
            places += [node.body, node.orelse]  # label = name if name else "the file"
        elif isinstance(node, ast.BoolOp):
            places += node.values  # label = name or "the uploaded file"
    for node in tree.body:  # module-level constants: ITEMS = ("I ask ...", ...), LABEL = "..."
        if isinstance(node, (ast.Assign, ast.AnnAssign)) and node.value is not None:
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            if any(_is_sentence_constant(t) for t in targets):
                value = node.value  # a dict's keys are keys; its values may be text
                places += [v for v in value.values] if isinstance(value, ast.Dict) else [value]
    for node in ast.walk(tree):
        if isinstance(node, ast.Dict):  # keys are never the text itself
            docstrings.update(id(k) for k in node.keys if isinstance(k, ast.Constant))
        elif isinstance(node, ast.JoinedStr):
            places.append(node)  # an f-string with words is a sentence being assembled
    found, seen = [], set()
    for place, label in [(p, False) for p in places] + [(p, True) for p in labels]:
        for literal, value in _texts_below(place, docstrings, label):
            if id(literal) not in seen:
                seen.add(id(literal))
                found.append(f"{where}:{literal.lineno}: {value[:70]!r}")
    return sorted(found)


def _scanned_files() -> list[pathlib.Path]:
    skip = ("texts/", *PENDING_ON_OTHER_BRANCHES, *ALLOWED_PATHS)
    catalogue = {"messages.py", "lesson_text.py"}
    return [path for path in sorted(PACKAGE.rglob("*.py"))
            if not path.relative_to(PACKAGE).as_posix().startswith(skip)
            and path.relative_to(PACKAGE).as_posix() not in catalogue]


def test_the_scan_covers_the_package():
    names = {p.relative_to(PACKAGE).as_posix() for p in _scanned_files()}
    assert {"grade/report.py", "grade/run.py", "self_assessment.py", "plots/elements.py", "overservice.py",
            "widgets.py", "explorers.py", "own_data/results.py", "answers_file.py"} <= names
    assert len(names) > 40


def test_no_learner_facing_literal_outside_the_catalogue():
    found = []
    for path in _scanned_files():
        found += learner_literals(path.read_text(encoding="utf-8"), path.relative_to(PACKAGE).as_posix())
    assert found == [], "learner-facing text in code; move it into the catalogue:\n" + "\n".join(found)


@pytest.mark.parametrize("planted", [
    'ax.set_xlabel("Customer orientation (1-7)")',
    'plt.legend(title="Warning signs")',
    'widgets.FloatSlider(description="Hours per account")',
    'def status():\n    return f"could not run: {why}"',
    'ITEMS = ("I ask what the customer needs.",)',
    'lines += ["All questions right. Well done!"]',
    'raise OwnDataError("the file is empty")',
    'display(HTML("<b>Well done</b>"))',
    'label = name or "the uploaded file"',
    'shown = what if what else "no data yet"',
    'ax.set_title("Sales")',
    'widgets.Button(description="Reset")',
    'orientation_axis(ax, text("axis_sales"), "So fewer accounts are served")',
])
def test_the_scan_finds_planted_literals(planted):
    assert len(learner_literals(planted)) == 1


@pytest.mark.parametrize("allowed", [
    'def f():\n    """A docstring with words."""',
    'logger.warning("cache folder is missing")',
    'raise ValueError("points must be a number >= 0")',
    'parser.add_argument("--jobs", help="notebooks run at the same time")',
    'ax.legend(loc="upper right")',
    'html = f\'<div style="border-left:6px solid {colour};padding:6px 10px">\'',
    'print(text("status_correct"))',
    'label = text("axis_sales", unit="€ million")',
])
def test_the_scan_leaves_markup_keys_and_developer_text_alone(allowed):
    assert learner_literals(allowed) == []


# ---------------------------------------------------------------------------
# (c) Dutch is Dutch
# ---------------------------------------------------------------------------

SAMPLE = {  # one or more keys from each part of the kit, and a Dutch word its text must hold
    "status_not_yet": "Nog niet",
    "number_too_high": "te hoog",
    "progress_summary": "niet geprobeerd",
    "answers.download": "antwoorden",
    "slider_orientation": "Klantgerichtheid",
    "axis_sales_millions": "Omzet",
    "readout_headroom": "klanten",
    "own_data.error_fix": "spreadsheet",
    "own_data.band_amber": "oranje",
    "l04.row.headroom_total": "groeiruimte",
    "l05.col.salesperson": "Verkoper",
    "sa.stage.objections": "bezwaren",
    "grade.graded": "nagekeken",
    "grade.look_again": "kijken",
    "sign_non_sales_share": "niet-salesgesprekken",
}


@pytest.mark.parametrize("key, word", sorted(SAMPLE.items()))
def test_dutch_text_is_dutch(key, word):
    fields = {name: 1 for name, _ in _fields(messages.MESSAGES["en"][key])}
    with language("en"):
        english = text(key, **fields)
    with language("nl"):
        dutch = text(key, **fields)
    assert word in dutch
    assert dutch != english


def test_dutch_numbers_in_formatted_fields_use_the_decimal_comma():
    with language("nl"):
        assert "3,6" in text("readout_at_peak", peak=3.6, peak_sales=16.5)
        assert "€ 16,5 miljoen" in text("readout_at_peak", peak=3.6, peak_sales=16.5)
        assert "1.200 uur" in text("readout_warm_up", hours=3, budget=1200, accounts=400)
    with language("en"):
        assert "1,200 hours" in text("readout_warm_up", hours=3, budget=1200, accounts=400)
