"""The package's layers, read from the source (AST), so a bad import fails here before
anyone notices it in a notebook.

From the bottom up: ``model`` (pure numpy; guarded in test_model.py) and ``cases``
compute; ``overservice`` computes on case data; ``plots`` draws what those give it;
``png`` turns a figure into bytes; ``widgets`` wires sliders to a picture; ``explorers``
puts it all together.

The rules, precisely:

1. ``widgets`` knows no economics: nothing it imports, directly or through other
   modules of the package, is ``model``, ``cases``, ``overservice``, ``plots`` or
   ``explorers``.
2. ``plots`` draws and computes nothing of its own:
   a. from the package it imports only the modules that give it numbers (``model``,
      ``cases``, ``overservice``), the text (``messages``), ``png`` and its own modules;
   b. it gets numbers only through their public functions and constants (no ``_private``);
   c. of numpy it calls only what lays out a figure (:data:`LAYOUT_NUMPY`: ranges
      of ticks and positions, array conversion), never a function or method that
      aggregates, ranks, sorts or searches data (:data:`COMPUTING_NAMES`).
      Unit conversions (``/ 1e6``) and axis limits (``.min()``, ``.max()``) are drawing.
3. ``checks`` reads and judges answers and nothing else: what it reaches in the package
   is the text (``messages``), the one number reader (``locale_numbers``) and the colours
   (``palette``, which imports nothing); so importing it never loads matplotlib.
"""
from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "customer_king"

ECONOMICS = {"model", "cases", "overservice", "plots", "explorers"}
PLOTS_MAY_IMPORT = {"model", "cases", "overservice", "messages", "palette", "png", "plots"}
CHECKS_MAY_REACH = {"messages", "lesson_text", "texts", "locale_numbers", "palette"}  # lesson_text, texts: the catalogue
NUMBER_GIVERS = {"model", "cases", "overservice"}
LAYOUT_NUMPY = {"arange", "linspace", "atleast_1d", "asarray", "array", "zeros", "ndarray"}
COMPUTING_NAMES = {"sum", "nansum", "mean", "nanmean", "median", "average", "cumsum", "cumprod", "prod",
                   "argsort", "argmax", "argmin", "sort", "unique", "std", "var", "percentile", "quantile",
                   "histogram", "diff", "gradient", "polyfit", "interp", "searchsorted", "bincount"}


def module_files(name: str) -> list[Path]:
    """The source files of a module or package of customer_king (``"plots"`` -> its files)."""
    folder = PACKAGE / name
    return sorted(folder.glob("*.py")) if folder.is_dir() else [PACKAGE / f"{name}.py"]


def package_imports(source: str, path: Path) -> set[str]:
    """Top-level modules of customer_king that ``source`` (the file at ``path``) imports."""
    depth = len(path.relative_to(PACKAGE).parts) - 1  # 0 for customer_king/x.py, 1 inside a sub-package
    here = path.relative_to(PACKAGE).parts[:-1]
    found = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.ImportFrom):
            if node.level == 0:
                if node.module and node.module.startswith("customer_king"):
                    parts = node.module.split(".")[1:]
                    found |= {parts[0]} if parts else {alias.name for alias in node.names}
                continue
            base = list(here[: len(here) - (node.level - 1)]) if node.level - 1 <= depth else []
            parts = base + (node.module.split(".") if node.module else [])
            found |= {parts[0]} if parts else {alias.name for alias in node.names}
        elif isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name.startswith("customer_king."):
                    found.add(alias.name.split(".")[1])
    return found


def imports_of(name: str) -> set[str]:
    found: set[str] = set()
    for path in module_files(name):
        found |= package_imports(path.read_text(encoding="utf-8"), path)
    return found - {name}


def reachable(name: str, imports=imports_of) -> set[str]:
    """Every module of the package that importing ``name`` imports, directly or not."""
    seen: set[str] = set()
    todo = [name]
    while todo:
        for other in imports(todo.pop()):
            if other not in seen and other != name:
                seen.add(other)
                todo.append(other)
    return seen


def drawing_violations(source: str, path: Path) -> list[str]:
    """Where ``source`` (a module of plots) breaks rule 2; empty when it keeps it."""
    problems = [f"imports {m}" for m in sorted(package_imports(source, path) - PLOTS_MAY_IMPORT)]
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Attribute):
            continue
        owner = node.value.id if isinstance(node.value, ast.Name) else None
        where = f"line {node.lineno}"
        if owner in NUMBER_GIVERS and node.attr.startswith("_"):
            problems.append(f"{where}: uses private {owner}.{node.attr}")
        elif owner == "np" and node.attr not in LAYOUT_NUMPY:
            problems.append(f"{where}: computes with np.{node.attr}")
        elif node.attr in COMPUTING_NAMES:
            problems.append(f"{where}: computes with .{node.attr}")
    return problems


# ---------------------------------------------------------------- the package as it is

def test_widgets_imports_no_economics():
    assert reachable("widgets") & ECONOMICS == set()


def test_checks_reach_only_text_numbers_and_colours():
    assert reachable("checks") <= CHECKS_MAY_REACH
    assert imports_of("palette") == set()


def test_importing_the_checks_loads_no_matplotlib():
    import subprocess
    import sys

    probe = "import sys, customer_king.checks; print(sorted(m for m in sys.modules if m.startswith('matplotlib')))"
    assert subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True).stdout == "[]\n"


@pytest.mark.parametrize("path", module_files("plots"), ids=lambda p: p.name)
def test_plots_draws_and_computes_nothing_of_its_own(path):
    assert drawing_violations(path.read_text(encoding="utf-8"), path) == []


# ---------------------------------------------------------------- the guards can fail

def test_the_widgets_guard_sees_economics_reached_through_another_module():
    graph = {"widgets": {"png"}, "png": {"plots"}, "plots": {"model"}, "model": set()}
    assert reachable("widgets", imports=lambda name: graph[name]) & ECONOMICS == {"plots", "model"}


def test_the_checks_guard_sees_the_figures_reached_through_the_colours():
    graph = {"checks": {"messages", "palette"}, "messages": set(), "palette": {"plots"}, "plots": {"model"},
             "model": set()}
    assert reachable("checks", imports=lambda name: graph[name]) - CHECKS_MAY_REACH == {"plots", "model"}


def test_relative_imports_are_resolved_from_a_sub_package():
    inside = PACKAGE / "plots" / "style.py"
    assert package_imports("from .. import model\nfrom ..widgets import Explorer\nfrom .elements import GRID\n",
                           inside) == {"model", "widgets", "plots"}
    assert package_imports("from . import cases\nfrom .plots import PALETTE\n", PACKAGE / "widgets.py") == {
        "cases", "plots"}


@pytest.mark.parametrize("bad, problem", [
    ("from .. import widgets\n", "imports widgets"),
    ("from ..exercise_sets import set01_customer_orientation\n", "imports exercise_sets"),
    ("y = np.cumsum(x)\n", "computes with np.cumsum"),
    ("peak = values.argmax()\n", "computes with .argmax"),
    ("x = model._orientation(c)\n", "uses private model._orientation"),
])
def test_the_plots_guard_sees_computation_and_foreign_imports(bad, problem):
    found = drawing_violations(bad, PACKAGE / "plots" / "case_figures.py")
    assert any(problem in p for p in found), found


def test_the_plots_guard_lets_drawing_through():
    fine = ("from .. import model\nfrom .style import PALETTE\n"
            "ax.set_ylim(0, values.max() * 1.1)\nax.set_xticks(np.arange(1, 8))\ny = model.sales(c) / 1e6\n")
    assert drawing_violations(fine, PACKAGE / "plots" / "model_figures.py") == []
