"""A number in a kit table lines up on the right, as a column of figures should.

Every ``ck-table`` in the built notebooks (lessons, exercises, solutions, both editions):
a cell after the first column that holds only a number (with €, %, a sign or a unit) has
the class ``num`` that right-aligns it. The first column holds row names (orientation 1,
4, 7; rank 1 to 5) and stays left. The browser side, that ``num`` really wins over
JupyterLab's own rule, is tests/browser/test_tables.py.
"""
from __future__ import annotations

import html
import json
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOKS = sorted(p for folder in ("notebooks", "exercises", "solutions") for p in (ROOT / folder).rglob("*.ipynb"))
NUMBER = re.compile(r"^[−+-]?€?\s?\d[\d.,]*\s?(%|miljoen|million|mln|h|uur)?$")


def misaligned(notebook_json: dict) -> list[str]:
    found = []
    for index, cell in enumerate(notebook_json["cells"]):
        for output in cell.get("outputs", []):
            page = "".join(output.get("data", {}).get("text/html", ""))
            for table in re.findall(r'<table class="ck-table">.*?</table>', page, re.S):
                for row in re.findall(r"<tr>(.*?)</tr>", table, re.S):
                    for column, (css, content) in enumerate(re.findall(r'<td( class="num")?>(.*?)</td>', row)):
                        value = html.unescape(re.sub(r"<[^>]+>", "", content)).replace("\xa0", " ").strip()
                        if column > 0 and not css and NUMBER.match(value):
                            found.append(f"cell {index}, column {column + 1}: {value!r} is not right-aligned")
    return found


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.relative_to(ROOT).as_posix())
def test_numbers_in_kit_tables_are_right_aligned(path):
    assert misaligned(json.loads(path.read_text(encoding="utf-8"))) == []


def test_the_check_sees_a_number_in_a_text_column():
    cell = {"outputs": [{"data": {"text/html": '<table class="ck-table"><tr><td>Klanten</td><td>302</td>'
                                               '<td class="num">€ 1.200</td></tr></table>'}}]}
    assert misaligned({"cells": [cell]}) == ["cell 0, column 2: '302' is not right-aligned"]
