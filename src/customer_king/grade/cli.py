"""``python -m customer_king.grade``: the command line around :func:`.run.grade_folder`.

Started from a shell, the command first replaces itself (``exec``) with a copy whose
command line, working folder and environment hold no path: the paths travel through a
pipe. So a kernel reading ``/proc/<grader>/cmdline``, ``cwd`` or ``environ`` learns
nothing about where the submissions are.
"""
from __future__ import annotations

import argparse
import json
import logging
import os
import sys
import time
from pathlib import Path
from typing import Sequence

from ..messages import set_language, text
from .isolation import find_sandbox
from .lms import PLATFORMS, lms_csv
from .references import load_references
from .report import Summary, atomic_write, claim_outputs, write_feedback, write_gradebook
from .run import DEFAULT_TIMEOUT, NotebookResult, grade_folder
from .text import display_text, fmt_points

__all__ = ["main"]


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m customer_king.grade",
        description="Run and grade every exercise notebook in a folder: a gradebook CSV and a feedback file per participant.",
    )
    parser.add_argument("submissions", type=Path, nargs="?", help="folder with the submitted notebooks (searched recursively)")
    parser.add_argument("-o", "--output", type=Path, default=Path("gradebook.csv"), help="gradebook CSV (default: gradebook.csv)")
    parser.add_argument("--timeout", type=float, default=DEFAULT_TIMEOUT, help="time limit per notebook in seconds (default: 60)")
    parser.add_argument("--jobs", type=int, default=1, help="notebooks run at the same time (default: 1)")
    parser.add_argument("--overwrite", action="store_true", help="replace an existing gradebook (otherwise a new name is used)")
    parser.add_argument("--feedback-dir", type=Path, default=None, help="feedback folder (default: <gradebook>-feedback next to it)")
    parser.add_argument("--kit-root", type=Path, default=None, help="the kit's folder with exercises/ (default: found automatically)")
    parser.add_argument("--language", default=None, help="language of the feedback, e.g. en or nl")
    parser.add_argument("--lms", action="append", choices=PLATFORMS, default=[],
                        help="also write <gradebook>-<platform>.csv for a learning platform's import (repeatable)")
    parser.add_argument("--no-sandbox", action="store_true",
                        help="run the kernels without bubblewrap even where it works (the summary says so)")
    parser.add_argument("--from-fd", type=int, default=None, help=argparse.SUPPRESS)
    parser.add_argument("--started-in", type=Path, default=None, help=argparse.SUPPRESS)  # hidden by the sandbox too
    return parser


def _absolute_argv(args: argparse.Namespace) -> list[str]:
    argv = [str(args.submissions.absolute()), "-o", str(args.output.absolute()), "--timeout", repr(args.timeout),
            "--jobs", str(args.jobs)]
    if args.overwrite:
        argv.append("--overwrite")
    if args.feedback_dir is not None:
        argv += ["--feedback-dir", str(args.feedback_dir.absolute())]
    if args.kit_root is not None:
        argv += ["--kit-root", str(args.kit_root.absolute())]
    if args.language:
        argv += ["--language", args.language]
    for platform in args.lms:
        argv += ["--lms", platform]
    if args.no_sandbox:
        argv.append("--no-sandbox")
    return argv + ["--started-in", str((args.started_in or Path.cwd()).absolute())]


def _reexec_without_paths(args: argparse.Namespace) -> None:
    """Replace this process by one whose command line, folder and environment hold no path."""
    payload = json.dumps([os.fsencode(a).decode("latin-1") for a in _absolute_argv(args)]).encode("ascii")
    read, write = os.pipe()
    if len(payload) >= 60_000:  # more than a pipe holds before exec: keep the plain command line
        os.close(read)
        os.close(write)
        return
    os.write(write, payload)
    os.close(write)
    os.set_inheritable(read, True)
    env = {k: v for k, v in os.environ.items() if k not in ("PWD", "OLDPWD", "_")}
    package_parent = str(Path(__file__).resolve().parents[2])
    paths = [str(Path(p).absolute()) for p in env.get("PYTHONPATH", "").split(os.pathsep) if p]
    env["PYTHONPATH"] = os.pathsep.join([package_parent, *paths])
    os.chdir("/")
    os.execve(sys.executable, [sys.executable, "-m", "customer_king.grade", "--from-fd", str(read)], env)


def _read_argv(fd: int) -> list[str]:
    with os.fdopen(fd, "rb") as handle:
        return [os.fsdecode(a.encode("latin-1")) for a in json.loads(handle.read().decode("ascii"))]


def main(argv: Sequence[str] | None = None, reexec: bool = False) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    if args.from_fd is not None:
        args = parser.parse_args(_read_argv(args.from_fd))
    elif reexec and os.name == "posix":
        if args.submissions is not None and args.submissions.is_dir() and args.timeout > 0:
            _reexec_without_paths(args)  # returns only when it cannot
    if args.submissions is None:
        parser.error("the folder with the submissions is missing")
    if not args.submissions.is_dir():
        parser.error(f"{args.submissions} is not a folder")
    if args.timeout <= 0:
        parser.error("--timeout must be positive")
    if args.language:
        set_language(args.language)
    # nbclient leaves a cancelled poll task behind after a time-out; asyncio would log it.
    logging.getLogger("asyncio").setLevel(logging.CRITICAL)
    started = time.monotonic()
    references = load_references(args.kit_root)  # before any submission runs
    for reference in references.values():
        if reference.error:
            print(text("grade.cli_set_broken", key=reference.key, error=reference.error), file=sys.stderr)
    outputs = claim_outputs(args.output, args.feedback_dir, overwrite=args.overwrite)
    sandbox = find_sandbox(disabled=args.no_sandbox)
    if not sandbox.active:
        print(text("grade.cli_not_sandboxed", reason=sandbox.reason), flush=True)

    def report(result: NotebookResult, done: int, total: int) -> None:
        points = "" if result.points is None else f"{fmt_points(result.points)}/{fmt_points(result.max_points)}"
        if result.analyst_points is not None:  # the optional part, apart
            points += f" +{fmt_points(result.analyst_points)}/{fmt_points(result.analyst_max_points)}"
        print(f"[{done}/{total}] {display_text(result.participant, 40):<24} {result.key or '-':<26} {points:>7}  "
              f"{display_text(result.status)}  [{result.elapsed:.1f} s]", flush=True)

    results: list[NotebookResult] = []
    try:
        grade_folder(args.submissions, timeout=args.timeout, jobs=max(1, args.jobs),
                     references=references, exclude=[outputs.feedback, outputs.gradebook],
                     progress=report, sandbox=sandbox, into=results, language=args.language or None,
                     hide=[outputs.gradebook.parent, outputs.feedback, Path.home(), args.started_in or Path.cwd()])
    finally:
        # Whatever happened, the run ends with a gradebook (of what was graded).
        written = write_gradebook(results, references, outputs.gradebook, claimed=True)
        files = write_feedback(results, references, outputs.feedback, finish=outputs)
        extra = [atomic_write(written.with_name(f"{written.stem}-{platform}.csv"),
                              lms_csv(platform, results, references), overwrite=args.overwrite)
                 for platform in dict.fromkeys(args.lms)]
    if not results:
        print(text("grade.cli_none_found", folder=display_text(str(args.submissions))), file=sys.stderr)
    if outputs.moved_aside:
        print(text("grade.cli_moved_aside", output=display_text(str(args.output)), written=display_text(str(written))))
    else:
        print(text("grade.cli_gradebook", path=display_text(str(args.output))))
    print(text("grade.cli_feedback_one" if len(files) == 1 else "grade.cli_feedback_many", count=len(files),
               folder=display_text(str(outputs.feedback))))
    for path in extra:
        print(text("grade.cli_import_file", path=display_text(str(path))))
    for line in Summary(results, time.monotonic() - started, sandbox.active, sandbox.reason).lines():
        print(line)
    return 0
