"""How long batch grading takes, and a fuzz count for every real question.

    .venv/bin/python benchmarks/bench_grading.py [--runs 5] [--fuzz 1000] [--set 01_customer_orientation]

1. Grading time per notebook (median, min and max of ``--runs`` runs) for the
   solution copy and the exercise copy of a set, with the sandbox (bubblewrap) and
   without it: private folder, fresh kernel through the launcher, the learner's cells
   with an answer snapshot after each, grading, killing every process, shutting down.
   That is what one participant costs with ``--jobs 1``. The naive baseline in the same
   run: nbclient executing the same notebook in a default kernel, nothing else.
2. Fuzz: ``--fuzz`` random answers for *each* question of every exercise set that
   loads, sent through the grader's path (the kernel's JSON conversion, back, then
   ``grade_answers``). Every exception is counted; the count must be 0. The table also
   shows how the answers were graded (correct / not yet / not answered).

Exits 1 if any exception was counted.
"""
from __future__ import annotations

import argparse
import decimal
import fractions
import json
import random
import shutil
import statistics
import string
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from customer_king import grade  # noqa: E402
from customer_king.checks import (ArrayQuestion, ChoiceQuestion, MultiSelectQuestion,  # noqa: E402
                                  NumberQuestion)


def _baseline(source: Path) -> float:
    """nbclient alone: a default kernel runs the notebook, no isolation, no grading."""
    import subprocess

    import nbformat
    from nbclient import NotebookClient

    nb = nbformat.read(str(source), as_version=4)
    start = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp:
        NotebookClient(nb, timeout=120, allow_errors=True, resources={"metadata": {"path": tmp}}).execute(
            stderr=subprocess.DEVNULL)
    return time.perf_counter() - start


def time_notebooks(key: str, runs: int, references) -> list[tuple[str, str, float, float, float, str]]:
    sandboxes = [("sandboxed", grade.find_sandbox()), ("no sandbox", grade.find_sandbox(disabled=True))]
    rows = []
    for label, folder in (("solution copy", "solutions"), ("exercise copy", "exercises")):
        source = ROOT / folder / f"{key}.ipynb"
        if not source.is_file():
            continue
        with tempfile.TemporaryDirectory() as tmp:
            target = Path(tmp) / f"bench_{key}.ipynb"
            shutil.copy(source, target)
            raw = target.read_bytes()
            for mode, sandbox in sandboxes:
                if mode == "sandboxed" and not sandbox.active:
                    rows.append((label, mode, float("nan"), float("nan"), float("nan"), sandbox.reason))
                    continue
                times, status = [], ""
                for _ in range(runs):
                    start = time.perf_counter()
                    result = grade.grade_notebook(target, Path(tmp), references, timeout=120, raw=raw, sandbox=sandbox)
                    times.append(time.perf_counter() - start)
                    status = f"{result.status}, {grade.fmt_points(result.points)}/{grade.fmt_points(result.max_points)}"
                rows.append((label, mode, statistics.median(times), min(times), max(times), status))
        base = [_baseline(source) for _ in range(runs)]
        rows.append((label, "nbclient only", statistics.median(base), min(base), max(base), "baseline: no grading"))
    return rows


def _random_answer(rng: random.Random, question) -> object:
    """Anything a learner might leave in an answer variable, biased towards near misses."""
    pick = rng.randrange(14)
    if pick == 0:
        return rng.choice([None, ..., True, False, "", "...", " ", float("nan"), float("inf"), -float("inf")])
    if pick == 1:
        return rng.uniform(-1e9, 1e9) if rng.random() < 0.5 else rng.randint(-10**30, 10**30)
    if pick == 2:
        alphabet = string.printable + "€%−–\u00a0\u2009äöü"
        return "".join(rng.choice(alphabet) for _ in range(rng.randrange(0, 25)))
    if pick == 3:
        return "".join(rng.choice("0123456789.,% -+e_€") for _ in range(rng.randrange(1, 14)))
    if pick == 4:
        return [_random_answer(rng, question) for _ in range(rng.randrange(0, 5))]
    if pick == 5:
        return {str(rng.random())[:4]: rng.random()} if rng.random() < 0.5 else {rng.choice("ABCDEF")}
    if pick == 6:
        return complex(rng.uniform(-5, 5), rng.uniform(-5, 5))
    if pick == 7:
        return rng.choice([fractions.Fraction(rng.randint(-9, 9), rng.randint(1, 9)),
                           decimal.Decimal(str(rng.uniform(-100, 100))), decimal.Decimal("NaN")])
    if pick == 8:
        shape = tuple(rng.randrange(0, 5) for _ in range(rng.randrange(0, 3)))
        dtype = rng.choice([float, int, np.float32, complex, bool, "U3", "datetime64[D]", object])
        try:
            return np.zeros(shape, dtype=dtype)
        except Exception:
            return np.zeros(shape)
    if pick == 9:
        return rng.choice([object(), print, np.float64, b"0.8", bytearray(b"B"), type("X", (), {})()])
    # near the real answer
    if isinstance(question, NumberQuestion):
        value = question.expected_value() * rng.uniform(0.9, 1.1)
        return rng.choice([value, f"{value:.3f}", f"{value * 100:.1f}%", np.float32(value), [value], str(round(value))])
    if isinstance(question, (ChoiceQuestion, MultiSelectQuestion)):
        letters = list(question.options)
        chosen = rng.sample(letters, rng.randrange(0, len(letters) + 1))
        return rng.choice([", ".join(chosen), "".join(chosen).lower(), chosen, set(chosen), " and ".join(chosen)])
    if isinstance(question, ArrayQuestion):
        expected = question.expected_array()
        return expected * rng.uniform(0.95, 1.05) if rng.random() < 0.7 else expected.tolist()[: rng.randrange(3)]
    return rng.random()


def fuzz(references, per_question: int, seed: int = 20110301) -> list[tuple[str, str, str, int, int, Counter]]:
    rng = random.Random(seed)
    rows = []
    for key, reference in references.items():
        if reference.error:
            rows.append((key, "-", f"does not load: {reference.error}", 0, 0, Counter()))
            continue
        for question in reference.exercise_set.questions:
            errors, statuses = 0, Counter()
            for _ in range(per_question):
                answer = _random_answer(rng, question)
                try:
                    back = grade.from_json_value(json.loads(json.dumps(grade.to_json_value(answer))))
                    fb = reference.exercise_set.grade_answers({question.id: back})[question.id]
                    assert 0 <= fb.points <= fb.max_points
                    statuses[fb.status] += 1
                except Exception:
                    errors += 1
            rows.append((key, question.id, type(question).__name__, per_question, errors, statuses))
    return rows


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--fuzz", type=int, default=1000)
    parser.add_argument("--set", default="01_customer_orientation")
    args = parser.parse_args()
    references = grade.load_references()

    print(f"Grading time per notebook ({args.set}, median of {args.runs} runs, fresh kernel each)")
    print(f"  {'notebook':<15} {'mode':<14} {'median':>8} {'min':>8} {'max':>8} {'x base':>7}  result")
    rows = time_notebooks(args.set, args.runs, references)
    baselines = {label: median for label, mode, median, *_ in rows if mode == "nbclient only"}
    for label, mode, median, low, high, status in rows:
        ratio = median / baselines[label] if baselines.get(label) else float("nan")
        print(f"  {label:<15} {mode:<14} {median:>7.2f}s {low:>7.2f}s {high:>7.2f}s {ratio:>6.2f}x  {status}")

    start = time.perf_counter()
    rows = fuzz(references, args.fuzz)
    elapsed = time.perf_counter() - start
    print(f"\nFuzz: {args.fuzz} random answers per question, through the kernel's JSON and grade_answers")
    print(f"  {'exercise set':<32} {'question':<10} {'type':<20} {'inputs':>6} {'errors':>6}  correct/not yet/unanswered")
    total_errors = 0
    for key, qid, kind, count, errors, statuses in rows:
        total_errors += errors
        spread = f"{statuses['correct']}/{statuses['not_yet']}/{statuses['unanswered']}" if count else ""
        print(f"  {key:<32} {qid:<10} {kind:<20} {count:>6} {errors:>6}  {spread}")
    questions = sum(1 for row in rows if row[3])
    print(f"  {questions} questions, {sum(r[3] for r in rows)} inputs, {total_errors} exceptions, {elapsed:.1f} s")
    return 1 if total_errors else 0


if __name__ == "__main__":
    sys.exit(main())
