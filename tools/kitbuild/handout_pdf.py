"""The handouts as PDF, printed by Chromium from their HTML, offline; and whether they are in sync.

A trainer prints a PDF as it is; a browser's print dialog may scale an HTML page or add
headers. So ``make slides`` prints each ``slides/handouts/NN_name.html`` to
``NN_name.pdf`` with Chromium's print-to-PDF (Playwright's ``page.pdf``, the browser the
tests drive), every request except file: and data: refused. A PDF's bytes carry a
creation date, so sync is judged by ``PDF-SOURCES.txt``: the SHA-256 of the committed
HTML each PDF was printed from (its pictures included: a redrawn chart is reprinted). A PDF is reprinted only when its HTML changed.
"""
from __future__ import annotations

import hashlib
import re
from pathlib import Path

from .generate import rel

MANIFEST = "PDF-SOURCES.txt"
CHROMIUM = "/usr/bin/chromium"
_LOCAL = re.compile(r"^(file:|data:)")


def source_hash(html_text: str) -> str:
    return hashlib.sha256(html_text.encode("utf-8")).hexdigest()


def read_manifest(folder: Path) -> dict[str, str]:
    path = folder / MANIFEST
    if not path.exists():
        return {}
    pairs = (line.split() for line in path.read_text(encoding="utf-8").splitlines() if line.strip())
    return {name: digest for digest, name in pairs}


def pdf_pages(pdf: bytes) -> int:
    return len(re.findall(rb"/Type\s*/Page(?![a-z])", pdf))


def out_of_sync(folder: Path) -> list[str]:
    manifest = read_manifest(folder)
    problems = []
    for page in sorted(folder.glob("[0-9][0-9]_*.html")):
        pdf = page.with_suffix(".pdf")
        if not pdf.exists():
            problems.append(f"{rel(pdf)} is missing: run `make slides`")
        elif manifest.get(pdf.name) != source_hash(page.read_text(encoding="utf-8")):
            problems.append(f"{rel(pdf)} was printed from another version of {page.name}: run `make slides`")
    strays = sorted(set(p.name for p in folder.glob("*.pdf")) - {p.with_suffix(".pdf").name for p in folder.glob("*.html")})
    problems += [f"{rel(folder / name)} has no handout: remove it" for name in strays]
    return problems


def print_pdfs(folder: Path) -> None:
    """Print every handout whose HTML changed since its PDF was printed (needs Playwright and Chromium)."""
    manifest = read_manifest(folder)
    pages = sorted(folder.glob("[0-9][0-9]_*.html"))
    todo = [p for p in pages if not p.with_suffix(".pdf").exists()
            or manifest.get(p.with_suffix(".pdf").name) != source_hash(p.read_text(encoding="utf-8"))]
    if todo:
        try:
            from playwright.sync_api import sync_playwright
        except ImportError:
            raise SystemExit("printing the handouts to PDF needs Playwright (`make setup` installs it)") from None
        if not Path(CHROMIUM).exists():
            raise SystemExit(f"printing the handouts to PDF needs Chromium at {CHROMIUM} (apt install chromium)")
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu"])
            page = browser.new_page()
            page.route("**/*", lambda r: r.continue_() if _LOCAL.match(r.request.url) else r.abort())
            for handout in todo:
                page.goto(handout.as_uri())
                page.emulate_media(media="print")
                page.wait_for_load_state("load")
                page.evaluate("document.fonts.ready")
                pdf = page.pdf(format="A4", print_background=True, prefer_css_page_size=True)
                if pdf_pages(pdf) != 1:
                    raise SystemExit(f"{rel(handout)} prints on {pdf_pages(pdf)} A4 pages, not one")
                handout.with_suffix(".pdf").write_bytes(pdf)
                print(f"printed {rel(handout.with_suffix('.pdf'))} ({len(pdf) / 1024:.0f} KB)")
            browser.close()
    for stray in set(folder.glob("*.pdf")) - {p.with_suffix(".pdf") for p in pages}:
        stray.unlink()
    lines = [f"{source_hash(p.read_text(encoding='utf-8'))}  {p.with_suffix('.pdf').name}" for p in pages]
    text = "\n".join(lines) + "\n"
    path = folder / MANIFEST
    if not path.exists() or path.read_text(encoding="utf-8") != text:
        path.write_text(text, encoding="utf-8")
