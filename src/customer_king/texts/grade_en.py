"""English text of the batch grader (``customer_king.grade``): a notebook's status (in
the gradebook and its feedback file), the feedback file's headings and the run's summary.
A notebook's status and feedback are written in the notebook's own language
(``metadata.customer_king.language``, or ``--language``); the summary in the grader's."""

LANGUAGE = "en"

MESSAGES: dict[str, str] = {
    # ---- a notebook's status
    "grade.graded": "graded",
    "grade.with_errors": "graded, with errors: {where} raised {message}{more}; the other cells ran",
    "grade.more_cells_one": " (and 1 more cell)",
    "grade.more_cells_many": " (and {count} more cells)",
    "grade.answers_before_graded": "the answers given before it are graded",
    "grade.no_answers_before": "no answer had been given before it",
    "grade.timed_out": "could not run: time limit ({limit}) reached in {where}; {graded}",
    "grade.kernel_died": "could not run: the kernel died (crashed) in {where}; {graded}",
    "grade.not_collected": "could not run: the answers could not be collected after the last cell ({error})",
    "grade.snapshot_unfinished": (
        "could not run: the answers could not be collected after the last cell "
        "(the grader's snapshot did not finish)"
    ),
    "grade.check_redefined": "check was redefined in the notebook (ignored: the grader checks the answers itself)",
    "grade.empty_file": "could not run: the file is empty",
    "grade.not_utf8": "could not run: not a notebook (the file is not UTF-8 text)",
    "grade.invalid_json": "could not run: not a valid notebook (invalid JSON: {error})",
    "grade.invalid_notebook": "could not run: not a valid notebook ({error})",
    "grade.unreadable": "could not run: the file could not be read ({error})",
    "grade.could_not_run": "could not run: {error}",
    "grade.set_broken": "could not grade: the kit's exercise set {key} does not load ({error})",
    "grade.no_code_cells": "could not run: the notebook has no code cells",
    "grade.no_variable": "no answer variable known for {questions}",
    "grade.symlink": "could not run: the file is a symbolic link (not followed: it may point anywhere)",
    "grade.too_large": "could not run: the file is larger than {limit} MB",
    "grade.duplicate": "duplicate: {key} handed in more than once (also {others}); {status}",
    "grade.stopped_before": "not run: grading was stopped (Ctrl-C) before this notebook",
    "grade.stopped": "not run: grading was stopped (Ctrl-C)",
    "grade.not_run": "not run: {why}",
    "grade.changed_kit": "this notebook, or one run at the same time, changed the kit's installed files ({files})",
    "grade.kit_changed_meanwhile": "the kit's installed files were changed ({files}) while this notebook ran",
    "grade.flagged": "flagged: {why}; check it by hand; {status}",
    "grade.not_of_kit": "not an exercise notebook of this kit",
    "grade.not_of_kit_other_set": "{not_of_kit} (it is for exercise set {key}; this kit has: {keys})",
    "grade.not_of_kit_unknown": "{not_of_kit} (no exercise set found in its name, metadata or code)",
    "grade.problem_not_of_kit": "{problem}; {not_of_kit}",
    # ---- the feedback file
    "grade.feedback_title": "Feedback for {participant}",
    "grade.not_graded": "This notebook could not be graded: {status}.",
    "grade.file": "File: {file}",
    "grade.note": "Note: {status}.",
    "grade.points": "Points: {points} of {max_points}.",
    "grade.analyst_points": "For analysts (optional, not in the points above): {points} of {max_points}.",
    "grade.all_right": "All questions right. Well done!",
    "grade.main_part_right": "Every question of the main part right. Well done!",
    "grade.right": "Right:",
    "grade.look_again": "To look at again:",
    "grade.analyst_question": "{label} (for analysts, optional)",
    "grade.partial_points": " ({points} of {max_points} points)",
    # ---- the run's summary (for the trainer, at the end of the command's output)
    "grade.summary_notebooks": "Notebooks: {count} in {seconds:.1f} s ({each:.1f} s each)",
    "grade.summary_graded": "  graded: {graded} (with errors in a cell: {with_errors})",
    "grade.summary_failed": "  could not run: {count}",
    "grade.summary_timed_out": "  timed out: {count}",
    "grade.summary_not_of_kit": "  not an exercise notebook of this kit: {count}",
    "grade.summary_duplicates": "  duplicates (same participant and set more than once): {count}",
    "grade.summary_flagged": "  flagged (the kit's files changed while they ran): {count}",
    "grade.summary_not_run": "  not run: {count}",
    "grade.sandboxed": "Sandboxed: yes (bubblewrap: read-only file system, no network)",
    "grade.not_sandboxed": (
        "Sandboxed: NO — grading was not sandboxed: {reason}. "
        "Each notebook ran with your rights; grade untrusted files in a throw-away container."
    ),
    # ---- the command's own lines
    "grade.cli_set_broken": "warning: exercise set {key} does not load: {error}",
    "grade.cli_not_sandboxed": "Note: grading is NOT sandboxed ({reason}).",
    "grade.cli_none_found": "No notebooks found in {folder}.",
    "grade.cli_moved_aside": "{output} already exists, so the gradebook was written next to it as {written} (use --overwrite to replace it).",
    "grade.cli_gradebook": "Gradebook: {path}",
    "grade.cli_feedback_one": "Feedback: {count} file in {folder}",
    "grade.cli_feedback_many": "Feedback: {count} files in {folder}",
    "grade.cli_import_file": "Import file: {path}",
    # ---- why grading is not sandboxed, and a kit that could not be put back
    "grade.sandbox_exit_code": "exit code {code}",
    "grade.sandbox_off": "switched off (--no-sandbox or {variable})",
    "grade.sandbox_linux_only": "bubblewrap runs on Linux only",
    "grade.sandbox_missing": "bubblewrap (bwrap) is not installed",
    "grade.sandbox_broken": "bubblewrap does not work here ({problem})",
    "grade.kit_not_restored": "the kit's installed files were changed ({files}) and could not be put back; reinstall the kit, then grade the rest again",
}
