"""Execute the whole kit top to bottom: every notebook, solution and exercise.

Each notebook runs in a fresh python3 kernel from this environment (nbclient),
one after another, in its own folder; errors do not stop a run (unfinished
exercises may raise on purpose) but are counted. Prints seconds per notebook
and the total. Target: whole kit <= 60 s.

Usage: python benchmarks/bench_kit.py [--json]
"""
from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FOLDERS = ("notebooks", "solutions", "exercises")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    scratch = tempfile.mkdtemp(prefix="bench-kit-")
    for var in ("MPLCONFIGDIR", "IPYTHONDIR"):
        os.environ.setdefault(var, os.path.join(scratch, var.lower()))
    os.environ.setdefault("PYDEVD_DISABLE_FILE_VALIDATION", "1")
    import nbformat
    from nbclient import NotebookClient

    rows = []
    start = time.perf_counter()
    for folder in FOLDERS:
        for path in sorted((ROOT / folder).glob("*.ipynb")):
            nb = nbformat.read(path, as_version=4)
            client = NotebookClient(nb, kernel_name="python3", allow_errors=True, timeout=300,
                                    resources={"metadata": {"path": str(path.parent)}})
            t0 = time.perf_counter()
            client.execute()
            took = time.perf_counter() - t0
            errors = sum(1 for c in nb.cells if c.cell_type == "code"
                         for o in c.get("outputs", []) if o.get("output_type") == "error")
            rows.append({"notebook": f"{folder}/{path.name}", "seconds": round(took, 2), "errors": errors})
            print(f"{folder}/{path.name:40} {took:6.2f} s  errors: {errors}", file=sys.stderr)
    total = time.perf_counter() - start
    if args.json:
        print(json.dumps({"total_seconds": round(total, 1), "notebooks": rows}, indent=2))
    else:
        print(f"{len(rows)} notebooks, total {total:.1f} s")


if __name__ == "__main__":
    main()
