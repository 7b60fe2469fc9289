"""Grade a room's exercise notebooks in one go: a gradebook and a feedback file each.

Usage::

    python -m customer_king.grade SUBMISSIONS_DIR [-o gradebook.csv] [--timeout 60]
        [--jobs 1] [--overwrite] [--language en] [--lms canvas|moodle|brightspace]
        [--no-sandbox]

``SUBMISSIONS_DIR`` is searched recursively for ``*.ipynb`` (hidden folders and
``.ipynb_checkpoints`` skipped). Name the files ``<participant>_<set>.ipynb`` or put
each participant's notebooks in a folder of their own (``alice/01_….ipynb``,
``groupA/pat/01_….ipynb``). The whole procedure, the statuses, the sandbox and the
import columns are described in ``docs/grading.md``; in short:

1. Before any submission runs: every exercise set is built (expected values computed),
   the answer variables read from the kit's own exercise copies, every submitted file
   read into memory, the kit's installed files fingerprinted, and the gradebook's name
   claimed.
2. Each notebook runs in a fresh kernel in a private folder holding only a copy of it,
   with a scratch HOME and a clean environment, inside bubblewrap where it works
   (read-only file system, no network); every process it started is killed when it
   ends. Every cell runs, also after one that raised; the answers' *values* are saved
   after each cell, so a time-out or a crash still grades what came before.
3. The grader grades the values itself, in its own process; what the notebook prints,
   its ``check`` cells and anything it does to ``customer_king`` in its kernel change
   nothing. Last value wins.
4. The gradebook (and per-participant feedback, and ``--lms`` import files) are written
   at the end, always, also when the batch was stopped. Its ``total`` and ``max`` are a
   set's main part; the optional "For analysts" questions have columns of their own.
5. Each notebook's status and feedback are in the notebook's language
   (``metadata.customer_king.language``, which the build writes: a Dutch exercise copy
   gets Dutch feedback); ``--language`` overrides it for the whole batch. The kernel
   gets the same language in ``CUSTOMER_KING_LANG``.

Modules: :mod:`.kernel_side` (the code that runs in the kernel, JSON both ways),
:mod:`.references` (the kit's side), :mod:`.participants` (names, duplicates, file
names), :mod:`.isolation` and ``_launcher.py`` (private folders, sandbox, killing every
process), :mod:`.kit_guard` (the kit's files before and after), :mod:`.run`,
:mod:`.report`, :mod:`.lms`, :mod:`.cli`.
"""
from __future__ import annotations

from .cli import main
from .isolation import NO_SANDBOX_ENV, Sandbox, find_sandbox
from .kernel_side import from_json_value, to_json_value
from .kit_guard import KitGuard
from .lms import PLATFORMS, lms_csv
from .participants import feedback_file_names, participant_name
from .references import Reference, identify, load_references
from .report import (Summary, atomic_write, claim_outputs, feedback_markdown, gradebook_csv, gradebook_table,
                     write_feedback, write_gradebook)
from .run import DEFAULT_TIMEOUT, NotebookResult, Outcome, find_notebooks, grade_folder, grade_notebook
from .text import fmt_points

__all__ = [
    "DEFAULT_TIMEOUT", "NO_SANDBOX_ENV", "PLATFORMS", "KitGuard", "NotebookResult", "Outcome", "Reference", "Sandbox",
    "Summary", "atomic_write", "claim_outputs", "feedback_file_names", "feedback_markdown", "find_notebooks",
    "find_sandbox", "fmt_points", "from_json_value", "grade_folder", "grade_notebook", "gradebook_csv",
    "gradebook_table", "identify", "lms_csv", "load_references", "main", "participant_name", "to_json_value",
    "write_feedback", "write_gradebook",
]
