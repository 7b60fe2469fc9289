"""A room of N participants on a real JupyterHub on this machine: how long, how much.

For each room size the benchmark starts a fresh JupyterHub on 127.0.0.1 (the test's own
recipe, tests/hub_room.py: DummyAuthenticator, SimpleLocalProcessSpawner,
configurable-http-proxy, the kit served by ``git daemon`` and pulled with the nbgitpuller
link of ``python -m customer_king.link``). The room then goes through three phases:

1. **Arrival**: participants open the link spread over ``--arrive-over`` seconds, log in,
   wait for their server, pull the kit and Run All on lesson 2. *Time to a usable
   notebook* runs from opening the link until the lesson's explorer is on display.
2. **Sliders**: everyone moves the explorer's slider ``--moves`` times, about every
   ``--every`` seconds (uniform 0.5x-1.5x), all at once. *Slider latency* runs from the
   widget update leaving the participant until the new picture has arrived (the Image
   widget's PNG and the explorer's 'rendered' marker for that value).
3. **Exercises**: everyone types three answers, saves and runs the exercise notebook;
   memory is read while every participant still has both kernels.

Memory is resident set size (RSS) from /proc: the hub, the proxy, and per participant
their Jupyter server plus kernels. CPU is the CPU time the hub's process tree used per
phase divided by the phase's wall time (cores busy; the machine has ``os.cpu_count()``).
The load average before each size is printed: other work on the machine slows the room.
A room of 1 is the baseline (same run, nothing else on the hub).

Usage: python benchmarks/bench_hub_room.py [--sizes 1 10 20 30] [--moves 20] [--every 3]
       [--arrive-over 60] [--json]
Target: slider latency p95 <= 250 ms at 30 participants.
"""
from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import sys
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

import hub_room as hr  # noqa: E402  (the room test's hub and participants)

from customer_king.link import build_link  # noqa: E402

MB = 2**20


def pct(values, q):
    values = sorted(values)
    if not values:
        return float("nan")
    k = (len(values) - 1) * q
    lo, hi = int(k), min(int(k) + 1, len(values) - 1)
    return values[lo] + (values[hi] - values[lo]) * (k - lo)


def tree_cpu(hub) -> float:
    import psutil

    total = 0.0
    root = psutil.Process(hub.proc.pid)
    for proc in [root, *root.children(recursive=True)]:
        try:
            t = proc.cpu_times()
            total += t.user + t.system
        except psutil.Error:
            pass
    return total


def memory(hub) -> dict:
    import psutil

    found = hub.processes()

    def rss(procs):
        total = 0
        for proc in procs:
            try:
                total += proc.memory_info().rss
            except psutil.Error:
                pass
        return total / MB

    users = {u: procs for u, procs in found["users"].items()}
    per_user = [rss(p) for p in users.values()]
    servers = [rss(p[:1]) for p in users.values()]
    kernels = [rss(p[1:]) for p in users.values()]
    return {"hub_mb": rss(found["hub"]), "proxy_mb": rss(found["proxy"]), "users": len(users),
            "per_user_mb_median": statistics.median(per_user) if per_user else 0,
            "per_user_mb_max": max(per_user, default=0),
            "server_mb_median": statistics.median(servers) if servers else 0,
            "kernels_mb_median": statistics.median(kernels) if kernels else 0,
            "all_mb": rss(found["hub"]) + rss(found["proxy"]) + sum(per_user)}


class Barrier:
    """Everyone waits here until the whole room has arrived (or failed), then the next phase starts."""

    def __init__(self, n):
        self._b = threading.Barrier(n, timeout=900)

    def wait(self):
        try:
            self._b.wait()
        except threading.BrokenBarrierError:
            pass

    def abort(self):
        self._b.abort()


def run_room(size: int, args) -> dict:
    load_before = os.getloadavg()
    arrived, moved = Barrier(size + 1), Barrier(size + 1)
    done = Barrier(size + 1)
    errors: list[str] = []
    with tempfile.TemporaryDirectory(prefix="bench-hub-") as tmp:
        tmp = Path(tmp)
        with hr.served_kit(tmp) as kit, hr.running_hub(tmp / "hub") as hub:
            link = build_link(hub.url, repo=kit.url, branch=kit.branch, notebook=hr.LESSON)
            people = [hr.Participant(hub, f"p{i:02d}", link) for i in range(size)]
            rng = random.Random(size)
            delays = sorted(rng.uniform(0, args.arrive_over) for _ in range(size)) if size > 1 else [0.0]

            def one(p: hr.Participant, delay: float):
                kernel = None
                try:
                    time.sleep(delay)
                    t0 = time.perf_counter()
                    p.log_in()
                    p.pull(kit.url, kit.branch)
                    kernel = p.run_lesson()
                    p.timings["usable"] = time.perf_counter() - t0
                except Exception as exc:  # a failed participant is counted, not fatal
                    errors.append(f"{p.name} arriving: {exc!r}"[:300])
                arrived.wait()
                try:
                    if kernel is not None:
                        time.sleep(rng.uniform(0, args.every))
                        p.move_slider(kernel, args.moves, every=args.every, rng=random.Random(p.name))
                except Exception as exc:
                    errors.append(f"{p.name} sliders: {exc!r}"[:300])
                moved.wait()
                try:
                    if kernel is not None:
                        t0 = time.perf_counter()
                        p.verdicts = p.answer_exercises()
                        p.timings["exercises"] = time.perf_counter() - t0
                except Exception as exc:
                    errors.append(f"{p.name} exercises: {exc!r}"[:300])
                done.wait()
                if kernel is not None:
                    kernel.close()

            cpu0, wall0 = tree_cpu(hub), time.perf_counter()
            with ThreadPoolExecutor(size) as pool:
                futures = [pool.submit(one, p, d) for p, d in zip(people, delays)]
                arrived.wait()
                cpu1, wall1 = tree_cpu(hub), time.perf_counter()
                moved.wait()
                cpu2, wall2 = tree_cpu(hub), time.perf_counter()
                mem_sliders = memory(hub)
                time.sleep(1)
                # Phase 3 runs; memory is read once everyone has both kernels (before they leave).
                while sum("exercises" in p.timings for p in people) + len(
                        [e for e in errors if "exercises" in e]) < sum("usable" in p.timings for p in people):
                    time.sleep(0.5)
                mem = memory(hub)
                cpu3, wall3 = tree_cpu(hub), time.perf_counter()
                done.wait()
                for f in futures:
                    f.result()
            for p in people:
                p.leave()

    usable = [p.timings["usable"] for p in people if "usable" in p.timings]
    server = [p.timings["server"] for p in people if "server" in p.timings]
    moves = [m * 1000 for p in people for m in p.moves]
    correct = sum(1 for p in people if getattr(p, "verdicts", None) and "3 of 11 done" in p.verdicts[-1])
    return {
        "size": size, "load_before": [round(x, 2) for x in load_before], "errors": errors,
        "usable_s_p50": pct(usable, 0.5), "usable_s_p95": pct(usable, 0.95), "usable_n": len(usable),
        "server_s_p50": pct(server, 0.5), "server_s_p95": pct(server, 0.95),
        "move_ms_p50": pct(moves, 0.5), "move_ms_p95": pct(moves, 0.95), "move_ms_max": max(moves, default=0),
        "moves": len(moves), "correct": correct,
        "exercises_s_p50": pct([p.timings["exercises"] for p in people if "exercises" in p.timings], 0.5),
        "cpu_cores_arrival": (cpu1 - cpu0) / (wall1 - wall0),
        "cpu_cores_sliders": (cpu2 - cpu1) / (wall2 - wall1),
        "cpu_cores_exercises": (cpu3 - cpu2) / max(wall3 - wall2, 1e-9),
        "arrival_s": wall1 - wall0, "memory_sliders": mem_sliders, "memory": mem,
    }


def wait_for_quiet(max_load: float, max_wait: float) -> None:
    deadline = time.monotonic() + max_wait
    while os.getloadavg()[0] > max_load and time.monotonic() < deadline:
        print(f"  load average {os.getloadavg()[0]:.2f} > {max_load}: waiting for a quieter machine...",
              file=sys.stderr, flush=True)
        time.sleep(30)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1, 10, 20, 30])
    parser.add_argument("--moves", type=int, default=20)
    parser.add_argument("--every", type=float, default=3.0)
    parser.add_argument("--arrive-over", type=float, default=60.0)
    parser.add_argument("--quiet-load", type=float, default=2.0,
                        help="before each size, wait (up to --quiet-wait s) until the 1-minute load is below this")
    parser.add_argument("--quiet-wait", type=float, default=300.0)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    reason = hr.missing_hub_reason()
    if reason:
        sys.exit(f"cannot run a hub here: {reason}")
    rows = []
    for size in args.sizes:
        wait_for_quiet(args.quiet_load, args.quiet_wait)
        print(f"room of {size}: load average before {os.getloadavg()}", file=sys.stderr, flush=True)
        row = run_room(size, args)
        rows.append(row)
        m = row["memory"]
        print(f"{size:>3} participants | load before {row['load_before'][0]:.2f} | usable p50 {row['usable_s_p50']:.1f} s "
              f"p95 {row['usable_s_p95']:.1f} s (server up p50 {row['server_s_p50']:.1f} s) | "
              f"slider p50 {row['move_ms_p50']:.0f} ms p95 {row['move_ms_p95']:.0f} ms max {row['move_ms_max']:.0f} ms "
              f"({row['moves']} moves) | hub {m['hub_mb']:.0f} MB proxy {m['proxy_mb']:.0f} MB, per user "
              f"{m['per_user_mb_median']:.0f} MB (max {m['per_user_mb_max']:.0f}; server {m['server_mb_median']:.0f} + "
              f"kernels {m['kernels_mb_median']:.0f}), all {m['all_mb'] / 1024:.2f} GB | CPU cores busy: arrival "
              f"{row['cpu_cores_arrival']:.2f}, sliders {row['cpu_cores_sliders']:.2f}, exercises "
              f"{row['cpu_cores_exercises']:.2f} | graded 3/3: {row['correct']}/{size} | errors {len(row['errors'])}",
              flush=True)
        for e in row["errors"][:5]:
            print("   ", e, flush=True)
    base = rows[0]
    for row in rows[1:]:
        print(f"slider p50 at {row['size']} vs {base['size']}: {row['move_ms_p50'] / base['move_ms_p50']:.2f}x")
    if args.json:
        print(json.dumps(rows, indent=1, default=str))


if __name__ == "__main__":
    main()
