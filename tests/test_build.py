"""The single-source build: generated notebooks agree with content/, answers stay out
of the exercise copies, and the set-up files agree with the package."""
from __future__ import annotations

import re
import subprocess
import sys
import tomllib
from pathlib import Path

import nbformat
import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tools"))
import build  # noqa: E402  (tools/ is not a package)

SOLUTION_MARKER = re.compile(r"#\s*(BEGIN |END )?SOLUTION")


def test_committed_notebooks_are_in_sync_with_their_sources():
    assert build.out_of_sync() == []


def test_every_lesson_and_exercise_source_has_its_generated_copies():
    lessons = {p.stem for p in build.LESSON_SOURCES.glob("*.py")}
    exercises = {p.stem for p in build.EXERCISE_SOURCES.glob("*.py")}
    assert lessons >= {"00_start_here", "01_customer_orientation"}
    assert {p.stem for p in build.NOTEBOOKS.glob("*.ipynb")} == lessons
    assert {p.stem for p in build.SOLUTIONS.glob("*.ipynb")} == exercises
    assert {p.stem for p in build.EXERCISES.glob("*.ipynb")} == exercises


def test_a_changed_source_is_reported_out_of_sync(tmp_path, monkeypatch):
    source = build.EXERCISE_SOURCES / "01_customer_orientation.py"
    edited = tmp_path / "content" / "exercises" / source.name
    edited.parent.mkdir(parents=True)
    edited.write_text(source.read_text(encoding="utf-8").replace("Question 1.", "Question one."),
                      encoding="utf-8")
    monkeypatch.setattr(build, "LESSON_SOURCES", tmp_path / "content" / "lessons")
    monkeypatch.setattr(build, "EXERCISE_SOURCES", edited.parent)
    (tmp_path / "content" / "lessons").mkdir()
    problems = build.out_of_sync()
    assert any("exercises/01_customer_orientation.ipynb differs" in p for p in problems)
    assert any("solutions/01_customer_orientation.ipynb differs" in p for p in problems)


SAMPLE = '''# %% [markdown]
# Question
# %%
answer = 6 * 7  # SOLUTION
check("q", answer)
# %%
def helper(x):
    # BEGIN SOLUTION
    return x + 1
    # END SOLUTION
# %% [markdown] tags=["solution"]
# The answer is 42 because ...
'''


def _sample(tmp_path) -> nbformat.NotebookNode:
    path = tmp_path / "99_sample.py"
    path.write_text(SAMPLE, encoding="utf-8")
    return build.read_source(path)


def test_exercise_copy_replaces_answers_with_placeholders(tmp_path):
    exercise = build.exercise_copy(_sample(tmp_path))
    code = [c.source for c in exercise.cells if c.cell_type == "code"]
    assert code[0] == 'answer = ...\ncheck("q", answer)'
    assert code[1] == "def helper(x):\n    # your code here"
    assert not any("The answer is 42" in c.source for c in exercise.cells)


def test_solution_copy_keeps_answers_without_markers(tmp_path):
    solution = build.solution_copy(_sample(tmp_path))
    code = [c.source for c in solution.cells if c.cell_type == "code"]
    assert code[0] == 'answer = 6 * 7\ncheck("q", answer)'
    assert code[1] == "def helper(x):\n    return x + 1"
    assert any("The answer is 42" in c.source for c in solution.cells)


def test_an_unclosed_solution_block_is_an_error(tmp_path):
    path = tmp_path / "99_broken.py"
    path.write_text("# %%\n# BEGIN SOLUTION\nx = 1\n", encoding="utf-8")
    with pytest.raises(ValueError, match="END SOLUTION"):
        build.exercise_copy(build.read_source(path))


@pytest.mark.parametrize("path", sorted((ROOT / "exercises").glob("*.ipynb")) + sorted((ROOT / "exercises").glob("*/*.ipynb")),
                         ids=lambda p: str(p.relative_to(ROOT / "exercises").with_suffix("")))
def test_exercise_copies_hold_no_answers_and_no_outputs(path):
    nb = nbformat.read(path, as_version=4)
    for cell in nb.cells:
        assert not SOLUTION_MARKER.search(cell.source)
        assert "solution" not in cell.metadata.get("tags", [])
        if cell.cell_type == "code":
            assert cell.outputs == [] and cell.execution_count is None


@pytest.mark.parametrize("path", [p for folder in ("notebooks", "solutions") for pattern in ("*.ipynb", "*/*.ipynb")
                                  for p in sorted((ROOT / folder).glob(pattern))],
                         ids=lambda p: str(p.relative_to(ROOT).with_suffix("")))
def test_executed_copies_store_no_widget_state_and_no_errors(path):
    nb = nbformat.read(path, as_version=4)
    assert "widgets" not in nb.metadata
    for cell in nb.cells:
        if cell.cell_type == "code":
            assert all(o.output_type != "error" for o in cell.outputs)
            assert all(build.WIDGET_MIME not in o.get("data", {}) for o in cell.outputs)


def test_a_widget_cell_without_the_ignore_tag_is_refused():
    nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell("slider()")])
    nb.cells[0].outputs = [nbformat.v4.new_output("display_data", data={build.WIDGET_MIME: {"model_id": "x"},
                                                                        "text/plain": "FloatSlider()"})]
    with pytest.raises(RuntimeError, match="nbval-ignore-output"):
        build.normalise_outputs(nb, "sample")


def _runtime_requirements() -> set[str]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    return {re.split(r"[<>=!~ \[]", dep, maxsplit=1)[0].lower() for dep in project["dependencies"]}


def _conda_packages() -> set[str]:
    names = set()
    for line in (ROOT / "environment.yml").read_text(encoding="utf-8").splitlines():
        match = re.match(r"\s*-\s*([A-Za-z0-9_.-]+)\s*(=|$)", line)
        if match:
            names.add(match.group(1).lower())
    return names


def test_binder_environment_lists_every_runtime_dependency():
    conda = _conda_packages()
    # conda-forge ships matplotlib without the Qt GUI as matplotlib-base
    conda |= {"matplotlib"} if "matplotlib-base" in conda else set()
    missing = _runtime_requirements() - conda
    assert not missing, f"environment.yml lacks {sorted(missing)}"


def test_binder_environment_pins_the_versions_the_tests_use():
    pins = dict(re.findall(r"^([a-z0-9_.-]+)==(\S+)", (ROOT / "constraints.txt").read_text(), re.M))
    text = (ROOT / "environment.yml").read_text(encoding="utf-8")
    for name, conda_name in (("numpy", "numpy"), ("matplotlib", "matplotlib-base"),
                             ("ipywidgets", "ipywidgets"), ("jupyterlab", "jupyterlab"),
                             ("ipykernel", "ipykernel"), ("voila", "voila")):  # voila: the presenter badge
        assert f"- {conda_name}={pins[name]}" in text


def test_binder_installs_the_package_and_stops_on_failure():
    post_build = (ROOT / "postBuild").read_text(encoding="utf-8")
    assert "set -e" in post_build and "pip install" in post_build and " -e ." in post_build


def test_readme_starts_with_the_two_commands_and_opens_binder_at_the_start_notebook():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    first_block = readme.split("```")[1]
    assert "make lab" in first_block and "make test" in first_block
    target = re.search(r"urlpath=lab/tree/(\S+?\.ipynb)", readme).group(1)
    assert (ROOT / target).exists()
    lab_args = subprocess.run(["make", "-s", "--no-print-directory", "print-lab-args"], cwd=ROOT,
                              capture_output=True, text=True, check=True).stdout
    assert "--LabApp.default_url=/lab/tree/notebooks/00_start_here.ipynb" in lab_args
    assert "--ServerApp.root_dir=." in lab_args


def test_split_print_output_is_joined_so_rebuilds_are_identical():
    cell = nbformat.v4.new_code_cell("print('a'); print('b')")
    cell.outputs = [nbformat.v4.new_output("stream", name="stdout", text="a"),
                    nbformat.v4.new_output("stream", name="stdout", text="\nb\n"),
                    nbformat.v4.new_output("stream", name="stderr", text="warning\n")]
    nb = build.normalise_outputs(nbformat.v4.new_notebook(cells=[cell]), "sample")
    assert [(o.name, o.text) for o in nb.cells[0].outputs] == [("stdout", "a\nb\n"), ("stderr", "warning\n")]


def test_explorer_calls_are_found_in_code_but_not_in_imports_or_definitions():
    from kitbuild.sources import explorer_names_called
    source = ("from customer_king.explorers import time_cost_explorer, headroom_explorer\n"
              "def my_explorer(x):\n    return x\n"
              "time_cost_explorer()\n"
              "view = headroom_explorer(case)\n")
    assert explorer_names_called(source) == ["time_cost_explorer", "headroom_explorer"]


# ------------------------------------------------------------------ lessons: code out of the way
# Every edition's lessons: English at the top, translations one folder down (notebooks/nl/).
LESSON_NOTEBOOKS = sorted((ROOT / "notebooks").glob("*.ipynb")) + sorted((ROOT / "notebooks").glob("*/*.ipynb"))


def _code_cells_left_open(nb: nbformat.NotebookNode) -> list[str]:
    """Ids of the code cells a learner sees expanded although nobody tagged them show-code."""
    return [c.id for c in nb.cells if c.cell_type == "code"
            and build.SHOW_CODE_TAG not in c.metadata.get("tags", [])
            and not c.metadata.get("jupyter", {}).get("source_hidden")]


@pytest.mark.parametrize("path", LESSON_NOTEBOOKS, ids=lambda p: str(p.relative_to(ROOT / "notebooks").with_suffix("")))
def test_every_lesson_code_cell_is_collapsed_unless_tagged_show_code(path):
    assert _code_cells_left_open(nbformat.read(path, as_version=4)) == []


@pytest.mark.parametrize("source", sorted(build.LESSON_SOURCES.glob("*.py")) + sorted(build.LESSON_SOURCES.glob("*/*.py")),
                         ids=lambda p: str(p.relative_to(build.LESSON_SOURCES).with_suffix("")))
def test_a_lesson_leaves_at_most_two_code_cells_open(source):
    shown = [c for c in build.read_source(source).cells if build.SHOW_CODE_TAG in c.metadata.get("tags", [])]
    assert len(shown) <= build.MAX_SHOWN_CODE_CELLS, f"{source.name}: {len(shown)} cells tagged show-code"


def test_a_build_that_stops_hiding_code_is_caught(monkeypatch):
    source = build.LESSON_SOURCES / "01_customer_orientation.py"
    assert _code_cells_left_open(build.unexecuted(source, "lesson")) == []
    monkeypatch.setattr(build, "hide_code", lambda nb: nb)
    assert _code_cells_left_open(build.unexecuted(source, "lesson")) != []
    assert any("notebooks/01_customer_orientation.ipynb differs" in p for p in build.out_of_sync())


def test_show_code_keeps_a_cell_open_and_exercise_sets_are_not_collapsed(tmp_path):
    path = tmp_path / "99_sample.py"
    path.write_text('# %%\nx = 1\n# %% tags=["show-code"]\ny = 2\n', encoding="utf-8")
    hidden, shown = build.unexecuted(path, "lesson").cells
    assert hidden.metadata["jupyter"] == {"source_hidden": True} and "jupyter" not in shown.metadata
    assert all("jupyter" not in c.metadata for c in build.unexecuted(path, "exercise").cells)
    assert all("jupyter" not in c.metadata for c in build.unexecuted(path, "solution").cells)
