"""Peak memory (RSS high-water mark) of a kernel running one lesson notebook.

Runs the notebook top to bottom in a fresh python3 kernel, then moves every
slider of every explorer the notebook made through all its stops, and reads the
kernel's peak resident set size (VmHWM in /proc/<pid>/status; Linux only).

Usage: python benchmarks/bench_memory.py [notebooks/NN_x.ipynb ...]   (default: every lesson)
Target: <= 150 MB per kernel.
"""
from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

# Run in the kernel after the notebook: every Explorer it made, every stop of every slider.
MOVE_ALL = """
import gc as _gc
from customer_king.widgets import Explorer as _Explorer
for _ex in [o for o in _gc.get_objects() if isinstance(o, _Explorer)]:
    for _spec in _ex.specs:
        _n = int(round((_spec.max - _spec.min) / _spec.step))
        for _i in range(_n + 1):
            _ex.sliders[_spec.name].value = _spec.min + _i * _spec.step
        _ex.sliders[_spec.name].value = _spec.value
"""


def peak_rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    raise RuntimeError("no VmHWM in /proc/<pid>/status")


def measure(path: Path) -> float:
    import nbformat
    from nbclient import NotebookClient

    nb = nbformat.read(path, as_version=4)
    nb.cells.append(nbformat.v4.new_code_cell(MOVE_ALL))
    client = NotebookClient(nb, kernel_name="python3", allow_errors=True, timeout=300,
                            resources={"metadata": {"path": str(path.parent)}})
    with client.setup_kernel():
        for index, cell in enumerate(nb.cells):
            client.execute_cell(cell, index)
        return peak_rss_mb(client.km.provisioner.process.pid)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("notebooks", nargs="*")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    scratch = tempfile.mkdtemp(prefix="bench-memory-")
    for var in ("MPLCONFIGDIR", "IPYTHONDIR"):
        os.environ.setdefault(var, os.path.join(scratch, var.lower()))
    paths = [Path(p).resolve() for p in args.notebooks] or sorted((ROOT / "notebooks").glob("*.ipynb"))
    rows = {}
    for path in paths:
        rows[str(path.relative_to(ROOT))] = round(measure(path), 1)
        print(f"{path.relative_to(ROOT)!s:45} peak RSS {rows[str(path.relative_to(ROOT))]:6.1f} MB", file=sys.stderr)
    if args.json:
        print(json.dumps(rows, indent=2))
    else:
        print(f"largest kernel peak: {max(rows.values()):.1f} MB ({max(rows, key=rows.get)})")


if __name__ == "__main__":
    main()
