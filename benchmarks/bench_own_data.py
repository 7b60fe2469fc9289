"""How long does lesson 6's loader take on a large account list?

Writes a generated 10,000-account file in the messy Dutch-Excel style (BOM,
semicolons, decimal commas, thousands dots, € and % signs) to a temporary
folder and prints the median load time over several runs, against a naive
baseline in the same run (``csv`` splitting and ``float`` of every cell with the
separators swapped: no checks, no notes, what a quick script would do), plus
the time of the analyses.
Run: ``.venv/bin/python benchmarks/bench_own_data.py [N] [RUNS]``.
"""
from __future__ import annotations

import csv
import io
import statistics
import sys
import tempfile
import time
from pathlib import Path

from customer_king import locale_numbers, own_data

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
from own_data_files import example_csv  # noqa: E402  (the test fixture that made the packaged sample)


def median_seconds(action, runs: int, clock=time.perf_counter) -> float:
    times = []
    for _ in range(runs):
        start = clock()
        action()
        times.append(clock() - start)
    return statistics.median(times)


def naive_load(path: Path) -> list[list[float]]:
    """The baseline: split and convert, assuming every cell is well formed."""
    rows = list(csv.reader(io.StringIO(path.read_bytes().decode("utf-8-sig")), delimiter=";"))[1:]
    out = []
    for row in rows:
        numbers = []
        for cell in row[3:11]:
            text = cell.replace("€", "").replace("%", "").replace(".", "").replace(",", ".").strip()
            numbers.append(float(text) if text else float("nan"))
        out.append(numbers)
    return out


def main(n_accounts: int = 10_000, runs: int = 7) -> None:
    data = example_csv(n_accounts, seed=2024)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "big_list.csv"
        path.write_bytes(data)
        # Clear the number reader's cache before each run: every run is a first load.
        first_load = lambda: (locale_numbers.read_number.cache_clear(), own_data.load_accounts(path))
        load = median_seconds(first_load, runs)
        load_cpu = median_seconds(first_load, runs, time.process_time)
        naive = median_seconds(lambda: naive_load(path), runs)
        acc = own_data.load_accounts(path)
    analyse = median_seconds(lambda: (own_data.priorities(acc), own_data.warning_scores(acc),
                                      own_data.warning_scores(acc, "account"), own_data.whale_curve(acc),
                                      own_data.suggested_hours(acc)), runs)
    print(f"file: {n_accounts:,} accounts, {len(data) / 1e6:.2f} MB, 12 columns (Dutch Excel style)")
    print(f"load_accounts: median {load * 1000:.0f} ms wall clock, {load_cpu * 1000:.0f} ms CPU, over {runs} runs")
    print(f"naive baseline (csv + float, no checks): median {naive * 1000:.0f} ms; "
          f"load_accounts / baseline = {load / naive:.1f}x")
    print(f"all analyses:  median {analyse * 1000:.0f} ms over {runs} runs")


if __name__ == "__main__":
    args = [int(a) for a in sys.argv[1:3]]
    main(*args)
