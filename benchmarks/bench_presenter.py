"""Time to a usable dashboard: navigation -> first slider interactive and the picture on screen.

Starts Voilà on 127.0.0.1 the way ``make present`` does (``tools/present.py``) and
opens every presenter dashboard ``--opens`` times (default 5) in headless chromium,
each open in a new tab of one browser context (a trainer's browser: its cache is
warm after the first page). Two times per open, both from the start of navigation
(``performance.now()`` in the page):

* ``usable``: a slider handle is on the page and the explorer's picture has been
  decoded (what the trainer sees: the spinner is gone, the demo is there);
* ``moved``: after that, ArrowRight on the first slider has brought a new picture
  (the kernel is really answering; ``usable`` + one round trip).

Variants, run one after the other in the same run (each its own Voilà):

* ``plain``: a kernel is started and the notebook executed when the page is asked for
  (Voilà's default, and what Binder's server extension does);
* ``preheat``: Voilà's preheated kernels (``--preheat_kernel=True``, pool of one per
  dashboard): the notebook is executed in advance and served already rendered.
  The pool refills after each use (``fill_delay`` + a kernel start + the notebook's run),
  so the benchmark waits ``--pause`` seconds between opens, as a room does between demos.

Usage: python benchmarks/bench_presenter.py [--opens 5] [--variants plain,preheat] [--pause 12] [--json]
Target: median ``usable`` <= ~2 s. Needs /usr/bin/chromium and playwright.
"""
from __future__ import annotations

import argparse
import contextlib
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tools"))
sys.path.insert(0, str(ROOT / "tests" / "browser"))

import build_presenter  # noqa: E402
import conftest as fx  # noqa: E402  (chromium path and flags of the browser tests)
import present  # noqa: E402

USABLE = """() => {
  const handle = document.querySelector('.widget-slider .noUi-handle[role=slider]');
  const img = document.querySelector('img.kit-explorer-figure');
  return handle && img && img.getAttribute('src') && img.complete && img.naturalWidth > 0
    ? performance.now() : false;
}"""


@contextlib.contextmanager
def voila(variant: str, scratch: Path):
    env = present.voila_env(dict(os.environ))
    for var in ("JUPYTER_CONFIG_DIR", "JUPYTER_RUNTIME_DIR", "JUPYTER_DATA_DIR", "IPYTHONDIR", "MPLCONFIGDIR"):
        env[var] = str(scratch / variant / var.lower())
    port = present.free_port()
    log_path = scratch / f"voila-{variant}.log"
    with open(log_path, "wb") as log:
        command = present.voila_command(port, preheat=variant == "preheat")
        proc = subprocess.Popen(command, cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT)
        try:
            present.wait_until_up(f"http://127.0.0.1:{port}/", proc, timeout_s=120)
            yield f"http://127.0.0.1:{port}/"
        finally:
            proc.terminate()
            try:
                proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                proc.kill()


def open_once(context, url: str) -> tuple[float, float]:
    page = context.new_page()
    try:
        page.goto(url, wait_until="commit", timeout=120_000)
        usable = page.wait_for_function(USABLE, polling="raf", timeout=120_000).json_value()
        img = page.locator("img.kit-explorer-figure").first
        before = img.get_attribute("src")
        page.locator(".widget-slider .noUi-handle[role=slider]").first.press("ArrowRight")
        page.wait_for_function("(old) => document.querySelector('img.kit-explorer-figure').src !== old",
                               arg=before, timeout=30_000)
        moved = page.evaluate("performance.now()")
        return usable, moved
    finally:
        # Leaving the page (not just closing the tab) runs Voilà's unload handler, which
        # shuts the page's kernel down, as a real browser does; else kernels pile up.
        page.goto("about:blank")
        page.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--opens", type=int, default=5)
    parser.add_argument("--variants", default="plain,preheat")
    parser.add_argument("--pause", type=float, default=12.0, help="seconds between opens (pool refill)")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    from playwright.sync_api import sync_playwright

    dashboards = build_presenter.dashboards()
    rows = []
    with tempfile.TemporaryDirectory() as tmp, sync_playwright() as p:
        browser = p.chromium.launch(executable_path=fx.CHROMIUM, args=fx.CHROMIUM_ARGS)
        for variant in args.variants.split(","):
            with voila(variant, Path(tmp)) as base:
                context = browser.new_context(viewport={"width": 1280, "height": 720})
                if variant == "preheat":
                    time.sleep(args.pause * 2)  # the first pool: every dashboard run once at start-up
                open_once(context, base + dashboards[0].url_path)  # warms the browser cache; not counted
                for d in dashboards:
                    usable, moved = [], []
                    for _ in range(args.opens):
                        time.sleep(args.pause if variant == "preheat" else 1.0)
                        u, m = open_once(context, base + d.url_path)
                        usable.append(u)
                        moved.append(m)
                    rows.append({"variant": variant, "dashboard": d.filename,
                                 "usable_median_ms": round(statistics.median(usable)),
                                 "usable_max_ms": round(max(usable)),
                                 "moved_median_ms": round(statistics.median(moved)), "opens": len(usable)})
                    print(f"{variant:8} {d.filename:32} usable {rows[-1]['usable_median_ms']:6d} ms median "
                          f"(max {rows[-1]['usable_max_ms']}), moved {rows[-1]['moved_median_ms']:6d} ms",
                          file=sys.stderr, flush=True)
                context.close()
        browser.close()
    if args.json:
        print(json.dumps(rows, indent=2))
        return
    print(f"{'variant':8} {'dashboard':32} {'usable ms':>10} {'max':>7} {'moved ms':>9}")
    for r in rows:
        print(f"{r['variant']:8} {r['dashboard']:32} {r['usable_median_ms']:10d} {r['usable_max_ms']:7d} "
              f"{r['moved_median_ms']:9d}")
    for variant in args.variants.split(","):
        mine = [r["usable_median_ms"] for r in rows if r["variant"] == variant]
        print(f"{variant:8} {'all dashboards (median of medians)':32} {statistics.median(mine):10.0f}")


if __name__ == "__main__":
    main()
