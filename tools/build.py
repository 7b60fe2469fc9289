"""Generate the kit's notebooks from their single sources.

One editable source per lesson and per exercise set lives in ``content/`` as a
jupytext percent-format ``.py`` file (clean diffs, easy review). This script
writes the copies participants open:

* ``content/lessons/NN_name.py``   -> ``notebooks/NN_name.ipynb``   (executed)
* ``content/exercises/NN_name.py`` -> ``solutions/NN_name.ipynb``   (executed)
                                   -> ``exercises/NN_name.ipynb``   (answers removed,
                                                                      no outputs)

and the same for each other edition, from sources of the same name one folder down:
``content/lessons/nl/NN_name.py`` -> ``notebooks/nl/NN_name.ipynb`` and so on. A
translated source starts its first code cell with ``set_language("nl")``, so that
tables, charts and feedback speak the edition's language (``tests/test_editions.py``
keeps the twins in step).

Answers are marked in the exercise source in one of three ways:

* a line ending in ``# SOLUTION``: ``answer = 42  # SOLUTION`` becomes
  ``answer = ...`` in the exercise copy (a non-assignment line is dropped);
* a block between ``# BEGIN SOLUTION`` and ``# END SOLUTION`` becomes
  ``# your code here``;
* a cell tagged ``solution`` (e.g. a worked explanation) is left out.

A lesson's slides are written beside the prose they belong to, in cells carrying
nbconvert's ``slideshow`` metadata (``slide_type`` "slide", "fragment" or "notes");
the deck builder (``tools/build_slides.py``) reads them and the learner's notebook
leaves them out, as an exercise copy leaves out its solution cells.

In the lessons (not the exercise sets), every code cell starts collapsed: a
participant reads the narrative, tables, figures and explorers without a line of
Python in the way (``"jupyter": {"source_hidden": true}``, which JupyterLab
honours; one click shows the code). A lesson may leave open the few cells where
reading the code is the point by tagging them ``show-code`` (at most two; the
tests enforce it).

Every generated notebook is normalised so that building twice writes the same
bytes: fixed cell ids, no widget state, no timing metadata, widget outputs
dropped (their model ids are random; nbval ignores those cells by tag).

Usage: ``python tools/build.py [NAME ...]`` builds everything or the named
lessons; ``python tools/build.py --check`` compares committed copies with
what the build would write (sources and cells, not outputs) and exits 1 on
any difference.
"""
from __future__ import annotations

import copy
import hashlib
import re
import sys
from pathlib import Path

import jupytext
import nbformat
from nbclient import NotebookClient

sys.path.insert(0, str(Path(__file__).resolve().parent))
from kitbuild import generate, sources  # noqa: E402  (same folder)
from kitbuild.generate import rel as _rel  # noqa: E402

ROOT = sources.ROOT
LESSON_SOURCES = sources.LESSON_SOURCES
EXERCISE_SOURCES = sources.EXERCISE_SOURCES
NOTEBOOKS = sources.NOTEBOOKS
EXERCISES = sources.EXERCISES
SOLUTIONS = sources.SOLUTIONS

WIDGET_MIME = "application/vnd.jupyter.widget-view+json"
IGNORE_OUTPUT_TAG = "nbval-ignore-output"
SOLUTION_TAG = "solution"
SHOW_CODE_TAG = "show-code"
MAX_SHOWN_CODE_CELLS = 2  # per lesson
HIDDEN = {"source_hidden": True}
# Cell metadata a source may carry into the build. A cell with "slideshow" metadata
# (nbconvert's convention: slide_type "slide", "fragment", "notes") is written for the
# decks only: the slide builder reads it, the learner's notebook leaves it out.
KEPT_METADATA = ("tags", "reveals", "slideshow", "visual")
EXECUTION_TIMEOUT_S = 300

_SOLUTION_LINE = re.compile(r"^(?P<indent>\s*)(?P<target>[^=#]+?)\s*=(?!=).*#\s*SOLUTION\s*$")
_BEGIN = re.compile(r"^(?P<indent>\s*)#\s*BEGIN SOLUTION\s*$")
_END = re.compile(r"^\s*#\s*END SOLUTION\s*$")
_ANY_MARKER = re.compile(r"#\s*(BEGIN |END )?SOLUTION\s*$")


# --------------------------------------------------------------------- sources
def read_source(path: Path) -> nbformat.NotebookNode:
    """Read a percent-format source into a notebook with stable ids and metadata."""
    nb = jupytext.read(path, fmt="py:percent")
    nb.metadata = sources.notebook_metadata(sources.language_of(path))
    learner_index = 0
    for index, cell in enumerate(nb.cells):
        # Numbered among the cells a learner sees, so adding a slide leaves the notebook's ids alone.
        cell.id = _cell_id(path.stem, learner_index) if not cell.metadata.get("slideshow") \
            else _cell_id(f"{path.stem}/slide", index)
        learner_index += not cell.metadata.get("slideshow")
        # Only tags, a prediction prompt's "reveals" (what would give its answer away, read
        # by the spoiler test) and a slide cell's "slideshow" and "visual" (read by the deck
        # builder) survive: jupytext's own keys would churn the diff.
        kept = {key: cell.metadata[key] for key in KEPT_METADATA if cell.metadata.get(key)}
        cell.metadata = kept
        if cell.cell_type == "code":
            cell.outputs = []
            cell.execution_count = None
    return nb


def _cell_id(stem: str, index: int) -> str:
    # Stable across builds (nbformat needs ids; random ones would churn the diff).
    return hashlib.sha1(f"{stem}:{index}".encode()).hexdigest()[:12]


def is_slide_cell(cell) -> bool:
    return bool(cell.metadata.get("slideshow"))


def without_slides(nb: nbformat.NotebookNode) -> nbformat.NotebookNode:
    """The notebook a learner sees: the cells written for the decks left out."""
    nb.cells = [c for c in nb.cells if not is_slide_cell(c)]
    return nb


def hide_code(nb: nbformat.NotebookNode) -> nbformat.NotebookNode:
    """A lesson's code cells collapsed, except those tagged ``show-code``."""
    for cell in nb.cells:
        if cell.cell_type == "code" and SHOW_CODE_TAG not in cell.metadata.get("tags", []):
            cell.metadata["jupyter"] = dict(HIDDEN)
    return nb


def solution_copy(nb: nbformat.NotebookNode) -> nbformat.NotebookNode:
    """The solutions notebook: answers kept, markers removed."""
    out = copy.deepcopy(nb)
    for cell in out.cells:
        if cell.cell_type == "code":
            lines = [_ANY_MARKER.sub("", line).rstrip() for line in cell.source.splitlines()
                     if not (_BEGIN.match(line) or _END.match(line))]
            cell.source = "\n".join(lines)
    return out


# What stands where a solution block was, in the notebook's language (a learner sees it).
YOUR_CODE_HERE = {"en": "# your code here", "nl": "# jouw code hier"}


def exercise_copy(nb: nbformat.NotebookNode) -> nbformat.NotebookNode:
    """The learner's notebook: answers replaced by placeholders, no outputs."""
    out = copy.deepcopy(nb)
    out.cells = [c for c in out.cells if SOLUTION_TAG not in c.metadata.get("tags", [])]
    placeholder = YOUR_CODE_HERE[out.metadata.get("customer_king", {}).get("language", "en")]
    for cell in out.cells:
        if cell.cell_type == "code":
            cell.source = _strip_solution_lines(cell.source, placeholder)
    return out


def _strip_solution_lines(source: str, placeholder: str = YOUR_CODE_HERE["en"]) -> str:
    kept: list[str] = []
    inside = False
    for line in source.splitlines():
        if inside:
            inside = not _END.match(line)
            continue
        begin = _BEGIN.match(line)
        if begin:
            kept.append(f"{begin['indent']}{placeholder}")
            inside = True
            continue
        single = _SOLUTION_LINE.match(line)
        if single:
            kept.append(f"{single['indent']}{single['target'].strip()} = ...")
        elif not _ANY_MARKER.search(line):
            kept.append(line)
    if inside:
        raise ValueError("a '# BEGIN SOLUTION' block has no '# END SOLUTION'")
    return "\n".join(kept)


# ------------------------------------------------------------------ executing
def execute(nb: nbformat.NotebookNode, workdir: Path, name: str) -> nbformat.NotebookNode:
    workdir.mkdir(parents=True, exist_ok=True)  # an edition's first notebook: solutions/nl/ is new
    client = NotebookClient(
        nb,
        timeout=EXECUTION_TIMEOUT_S,
        kernel_name="python3",
        resources={"metadata": {"path": str(workdir)}},
        record_timing=False,
        store_widget_state=False,
    )
    client.execute()
    return normalise_outputs(nb, name)


def normalise_outputs(nb: nbformat.NotebookNode, name: str) -> nbformat.NotebookNode:
    """Drop what changes from run to run and insist widget cells are tagged."""
    nb.metadata.pop("widgets", None)
    for cell in nb.cells:
        if cell.cell_type != "code":
            continue
        cell.metadata.pop("execution", None)
        kept = []
        for output in cell.outputs:
            if output.get("output_type") == "error":
                raise RuntimeError(f"{name}: a cell raised {output.ename}: {output.evalue}")
            if WIDGET_MIME in output.get("data", {}):
                if IGNORE_OUTPUT_TAG not in cell.metadata.get("tags", []):
                    raise RuntimeError(
                        f"{name}: cell {cell.id} shows a widget but is not tagged "
                        f"{IGNORE_OUTPUT_TAG!r}; nbval cannot compare widget output")
                continue  # model ids are random; the browser tests cover widgets
            if (kept and output.get("output_type") == "stream" and kept[-1].get("output_type") == "stream"
                    and kept[-1].get("name") == output.get("name")):
                # How print() output is split into messages depends on timing; one
                # stream per cell keeps a rebuild byte-identical.
                kept[-1]["text"] = kept[-1]["text"] + output["text"]
                continue
            kept.append(output)
        cell.outputs = kept
    return nb


def notebook_text(nb: nbformat.NotebookNode) -> str:
    nbformat.validate(nb)
    return nbformat.writes(nb) + "\n"


# ---------------------------------------------------------------------- plans
def planned() -> list[tuple[Path, str, Path]]:
    """(source, kind, target) for every generated notebook, in build order: English, then
    each other edition from its own sources (``content/lessons/nl/`` -> ``notebooks/nl/``)."""
    plan = []
    for language in sources.LANGUAGES:
        lessons, notebooks = sources.edition(LESSON_SOURCES, language), sources.edition(NOTEBOOKS, language)
        for src in sources.lesson_sources(lessons):
            plan.append((src, "lesson", notebooks / f"{src.stem}.ipynb"))
        for src in sources.exercise_sources(sources.edition(EXERCISE_SOURCES, language)):
            plan.append((src, "solution", sources.edition(SOLUTIONS, language) / f"{src.stem}.ipynb"))
            plan.append((src, "exercise", sources.edition(EXERCISES, language) / f"{src.stem}.ipynb"))
    return plan


def unexecuted(src: Path, kind: str) -> nbformat.NotebookNode:
    nb = without_slides(read_source(src))
    if kind == "solution":
        return solution_copy(nb)
    if kind == "exercise":
        return exercise_copy(nb)
    return hide_code(nb)


def cell_signature(nb: nbformat.NotebookNode) -> list[tuple]:
    """What must agree between a committed copy and its source: type, code, tags, hidden or not."""
    return [(c.cell_type, c.source, tuple(c.metadata.get("tags", [])),
             tuple(sorted(c.metadata.get("jupyter", {}).items()))) for c in nb.cells]


def _target(src: Path, kind: str, target: Path) -> generate.Target:
    def make() -> str:
        nb = unexecuted(src, kind)
        if kind != "exercise":
            nb = execute(nb, target.parent, f"{kind} {src.stem}")
        return notebook_text(nb)

    def stale(path: Path) -> list[str]:
        # Sources and cells, not outputs: executing every notebook would take minutes,
        # and nbval compares the outputs with a fresh run anyway.
        problems = []
        committed = nbformat.read(path, as_version=4)
        if cell_signature(committed) != cell_signature(unexecuted(src, kind)):
            problems.append(f"{_rel(path)} differs from {_rel(src)}: run `make build`")
        if kind == "exercise" and any(c.get("outputs") for c in committed.cells if c.cell_type == "code"):
            problems.append(f"{_rel(path)} carries outputs")
        if kind != "exercise" and any(c.cell_type == "code" and c.source.strip() and c.execution_count is None
                                      for c in committed.cells):
            problems.append(f"{_rel(path)} is not fully executed: run `make build`")
        return problems

    return generate.Target(target, make, stale)


def plan() -> generate.Plan:
    return generate.Plan(
        "make build",
        [_target(src, kind, target) for src, kind, target in planned()],
        owned=tuple((sources.edition(folder, language), "*.ipynb") for folder in (NOTEBOOKS, EXERCISES, SOLUTIONS)
                    for language in sources.LANGUAGES))


def build(names: list[str] | None = None) -> None:
    """Build every notebook, or those of the named sources: a file stem (both editions) or
    ``nl/<stem>`` (one edition)."""
    everything = plan()
    chosen = [t for t, (src, _, _) in zip(everything.targets, planned())
              if not names or src.stem in names or f"{sources.language_of(src)}/{src.stem}" in names]
    # A stray notebook is reported by --check, never deleted: it may be someone's work.
    generate.build(everything, remove_strays=False, only=chosen)


def out_of_sync() -> list[str]:
    return generate.out_of_sync(plan(), stray_message="has no source in content/")


def main(argv: list[str] | None = None) -> int:
    parser = generate.command_line(__doc__.splitlines()[0])
    parser.add_argument("names", nargs="*", help="lesson names (file stems) to build; default all")
    args = parser.parse_args(argv)
    return generate.run(args, lambda: build(args.names or None), out_of_sync)


if __name__ == "__main__":
    sys.exit(main())
