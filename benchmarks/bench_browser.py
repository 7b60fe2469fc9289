"""Key press -> new picture on screen, in JupyterLab in chromium, per explorer.

Starts JupyterLab on 127.0.0.1 over a temporary copy of the kit (the browser
tests' own recipe, tests/browser/conftest.py), runs each lesson notebook that
has explorers, and for every explorer presses ArrowRight / ArrowLeft on its
first slider (``--moves`` times, default 12). Each move is timed in the page,
from the keydown event to the first animation frame after the new picture has
been decoded (``img.decode()``): what a participant waits for.

Usage: python benchmarks/bench_browser.py [--moves 12] [--json] [notebooks/NN_x.ipynb ...]
Target: median <= 90 ms. Needs /usr/bin/chromium and playwright.
"""
from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests" / "browser"))

import conftest as fx  # noqa: E402  (the browser tests' fixtures, used as plain functions)
import test_explorers as te  # noqa: E402  (explorer discovery)

ARM = """
(ex) => {
  window.__kitPaint = null;
  const img = ex.querySelector('.kit-explorer-figure');
  const handle = ex.querySelector('.widget-slider .noUi-handle[role=slider]');
  const t0 = { v: null };
  handle.addEventListener('keydown', () => { t0.v = performance.now(); }, { once: true, capture: true });
  const obs = new MutationObserver(() => {
    obs.disconnect();
    img.decode().catch(() => null).then(() => requestAnimationFrame(() => {
      window.__kitPaint = performance.now() - t0.v;
    }));
  });
  obs.observe(img, { attributes: true, attributeFilter: ['src'] });
}
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("notebooks", nargs="*", help="default: every lesson with explorers")
    parser.add_argument("--moves", type=int, default=12)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    # By default the English edition (the figures stay comparable with earlier runs); name a
    # Dutch notebook (notebooks/nl/...) to measure it.
    lessons = [(nb, names) for nb, lang, names in te.LESSONS
               if (nb in args.notebooks if args.notebooks else lang == "en")]
    from playwright.sync_api import sync_playwright

    rows = []
    with tempfile.TemporaryDirectory() as tmp, fx.running_lab(Path(tmp)) as lab, sync_playwright() as p:
        browser = p.chromium.launch(executable_path=fx.CHROMIUM, args=fx.CHROMIUM_ARGS)
        for notebook, names in lessons:
            page = browser.new_page(viewport=fx.VIEWPORT)
            page.goto(lab.lab_url(notebook))
            fx.run_all_cells(page)
            page.wait_for_function(f"() => document.querySelectorAll('.kit-explorer .kit-explorer-figure[src]')"
                                   f".length >= {len(names)}", timeout=60_000)
            for index, name in enumerate(names):
                ex = page.locator(".kit-explorer").nth(index)
                ex.scroll_into_view_if_needed()
                handle = ex.locator(te.HANDLE).first
                spec = te.Twin(name).explorer.specs[0]
                # Start where both keys move the handle.
                if spec.value >= spec.max:
                    handle.press("ArrowLeft")
                page.wait_for_timeout(300)
                times = []
                for move in range(args.moves + 2):
                    ex.evaluate(ARM)
                    handle.press("ArrowRight" if move % 2 == 0 else "ArrowLeft")
                    page.wait_for_function("() => window.__kitPaint !== null", timeout=10_000)
                    took = page.evaluate("window.__kitPaint")
                    if move >= 2:  # the first two warm up
                        times.append(took)
                    page.wait_for_timeout(150)  # a participant's pace, not a drag
                rows.append({"notebook": notebook, "explorer": name, "slider": spec.name,
                             "median_ms": round(statistics.median(times), 1),
                             "min_ms": round(min(times), 1), "max_ms": round(max(times), 1), "moves": len(times)})
                print(f"{name:30} {rows[-1]['median_ms']:6.1f} ms median "
                      f"({rows[-1]['min_ms']:.0f}-{rows[-1]['max_ms']:.0f}, n={len(times)})", file=sys.stderr)
            page.close()
            lab.shutdown_kernels()  # kernels outlive their page
        browser.close()
    if args.json:
        print(json.dumps(rows, indent=2))
        return
    print(f"{'explorer':32} {'median ms':>10} {'range':>12}")
    for r in rows:
        print(f"{r['explorer']:32} {r['median_ms']:10.1f} {r['min_ms']:5.0f}-{r['max_ms']:<5.0f}")
    print(f"{'all explorers (median of medians)':32} {statistics.median(r['median_ms'] for r in rows):10.1f}")


if __name__ == "__main__":
    main()
