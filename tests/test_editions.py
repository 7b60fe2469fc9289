"""The Dutch edition is the English one in other words: same cells, same code, same numbers.

Every lesson and exercise source in ``content/lessons/`` and ``content/exercises/`` has a
Dutch twin of the same name in ``nl/`` below it. The twins must agree on everything but
the words, so that a change to one edition without the other fails here:

* the same cells in the same order, of the same type, with the same tags, the same slide
  metadata (slide type, visual) and the same number of "reveals" per prediction prompt;
* the same markdown headings, level by level;
* the same code once comments and string literals are set aside (labels and prose in
  code may be translated; names, numbers and calls may not). The one line an edition
  adds is its language choice, ``set_language("nl")``, with its import;
* in the executed copies (lessons and solutions), the same numbers in every output, once
  each edition's number style is read (3,6 and 1.500 in Dutch are 3.6 and 1,500).
"""
from __future__ import annotations

import ast
import html
import re
import sys
from pathlib import Path

import jupytext
import nbformat
import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tools"))
from kitbuild import sources  # noqa: E402

OTHER_LANGUAGES = [lang for lang in sources.LANGUAGES if lang != sources.DEFAULT_LANGUAGE]
ENGLISH_SOURCES = sources.lesson_sources() + sources.exercise_sources()
PAIRS = [(src, sources.edition(src.parent, lang) / src.name, lang)
         for src in ENGLISH_SOURCES for lang in OTHER_LANGUAGES]


def pair_id(pair) -> str:
    src, _, lang = pair
    return f"{lang}/{src.parent.name}/{src.stem}"


# ------------------------------------------------------------------ normalisers
class _Neutral(ast.NodeTransformer):
    """Strings become one placeholder; an edition's language choice disappears."""

    def visit_Constant(self, node):
        return ast.copy_location(ast.Constant("…"), node) if isinstance(node.value, str) else node

    def visit_JoinedStr(self, node):
        return ast.copy_location(ast.Constant("…"), node)

    def visit_Expr(self, node):
        call = node.value
        if (isinstance(call, ast.Call) and isinstance(call.func, ast.Name)
                and call.func.id == "set_language"):
            return None
        return self.generic_visit(node)

    def visit_ImportFrom(self, node):
        if node.module == "customer_king.messages" and [a.name for a in node.names] == ["set_language"]:
            return None
        return node


def neutral_code(source: str) -> str:
    """The code's structure with comments, strings and the language choice set aside."""
    tree = ast.parse(source)
    return ast.dump(_Neutral().visit(tree), include_attributes=False)


def headings(markdown: str) -> list[int]:
    return [len(m[1]) for m in re.finditer(r"^(#{1,6})\s", markdown, flags=re.M)]


def cell_shape(cell) -> tuple:
    meta = cell.metadata
    shape = (cell.cell_type, tuple(meta.get("tags", [])),
             (meta.get("slideshow") or {}).get("slide_type"), meta.get("visual"),
             len(meta.get("reveals", [])))
    if cell.cell_type == "code":
        return shape + (neutral_code(cell.source),)
    return shape + (tuple(headings(cell.source)),)


def read(path: Path):
    return jupytext.read(path, fmt="py:percent")


# ------------------------------------------------------------------ the sources
def test_every_english_source_has_its_twins():
    missing = [str(twin.relative_to(ROOT)) for _, twin, _ in PAIRS if not twin.exists()]
    assert missing == [], f"no translation yet for: {missing}"


def test_no_translation_without_an_english_source():
    english = {src.name for src in ENGLISH_SOURCES}
    orphans = [str(p.relative_to(ROOT)) for lang in OTHER_LANGUAGES
               for folder in (sources.LESSON_SOURCES, sources.EXERCISE_SOURCES)
               for p in sources.edition(folder, lang).glob("*.py") if p.name not in english]
    assert orphans == []


@pytest.mark.parametrize("pair", [p for p in PAIRS if p[1].exists()], ids=pair_id)
def test_twins_have_the_same_cells_tags_and_code(pair):
    src, twin, _ = pair
    english, translated = read(src).cells, read(twin).cells
    assert len(translated) == len(english), f"{twin.name}: {len(translated)} cells, English has {len(english)}"
    for number, (a, b) in enumerate(zip(english, translated), start=1):
        assert cell_shape(b) == cell_shape(a), (
            f"cell {number} differs from the English (type, tags, slide metadata, headings or code):\n"
            f"--- English ---\n{a.source[:400]}\n--- {twin.parent.name} ---\n{b.source[:400]}")


def test_the_normaliser_sets_aside_words_but_not_code():
    english = 'from customer_king.checks import A\ncheck("q1", A)  # your answer\nlabel = f"{x} h"'
    dutch = ('from customer_king.messages import set_language\nset_language("nl")  # Nederlands\n'
             'from customer_king.checks import A\ncheck("q1", A)  # je antwoord\nlabel = f"{x} uur"')
    assert neutral_code(dutch) == neutral_code(english)
    assert neutral_code(dutch.replace("A)", "B)")) != neutral_code(english)
    assert neutral_code(english.replace('"q1", ', "")) != neutral_code(english)
    assert neutral_code("x = 3.5") != neutral_code("x = 3.6")


# ------------------------------------------------------------------ the numbers in the outputs
NUMBER = {
    "en": re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"),
    "nl": re.compile(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?"),
}
SEPARATORS = {"en": (",", "."), "nl": (".", ",")}  # thousands, decimal


def numbers_in(text: str, language: str) -> list[float]:
    thousands, decimal = SEPARATORS[language]
    text = re.sub(r"<style\b.*?</style>", " ", text, flags=re.S | re.I)  # a table's CSS: sizes, not results
    plain = html.unescape(re.sub(r"<[^>]*>", " ", text))  # tags carry CSS sizes, not results
    return [float(m.replace(thousands, "").replace(decimal, "."))
            for m in NUMBER[language].findall(plain)]


def output_numbers(path: Path, language: str) -> list[tuple[int, list[float]]]:
    nb = nbformat.read(path, as_version=4)
    found = []
    for index, cell in enumerate(nb.cells):
        if cell.cell_type != "code":
            continue
        texts = []
        for output in cell.get("outputs", []):
            if output.get("output_type") == "stream":
                texts.append(output.get("text", ""))
            data = output.get("data", {})
            for kind in ("text/html", "text/markdown", "text/plain"):
                if kind in data:  # one representation per output, the richest
                    texts.append("".join(data[kind]))
                    break
        found.append((index, [n for t in texts for n in numbers_in(t, language)]))
    return found


def test_number_reading_follows_each_editions_style():
    assert numbers_in("€ 16,5 miljoen, 1.500 uur, 80%", "nl") == [16.5, 1500.0, 80.0]
    assert numbers_in("€16.5 million, 1,500 h, 80%", "en") == [16.5, 1500.0, 80.0]
    assert numbers_in('<td style="width: 12px">3,6</td>', "nl") == [3.6]
    assert numbers_in("<style>.t{font-size:1.05em}</style><td>3,6</td>", "nl") == [3.6]


EXECUTED_PAIRS = [
    (sources.edition(folder, sources.DEFAULT_LANGUAGE) / f"{src.stem}.ipynb",
     sources.edition(folder, lang) / f"{src.stem}.ipynb", lang)
    for folder, group in ((sources.NOTEBOOKS, sources.lesson_sources()), (sources.SOLUTIONS, sources.exercise_sources()))
    for src in group for lang in OTHER_LANGUAGES
]


@pytest.mark.parametrize("pair", [p for p in EXECUTED_PAIRS if p[1].exists()],
                         ids=lambda p: str(p[1].relative_to(ROOT)))
def test_twins_show_the_same_numbers(pair):
    english, translated, lang = pair
    for (index, numbers), (_, theirs) in zip(output_numbers(english, "en"), output_numbers(translated, lang)):
        assert theirs == numbers, f"{translated.name}, code cell at {index}: numbers differ from the English"
