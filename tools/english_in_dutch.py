"""How much English is left in the Dutch edition: common English function words per artefact.

    .venv/bin/python tools/english_in_dutch.py          # rates per artefact
    .venv/bin/python tools/english_in_dutch.py --list   # and every hit with its context

It reads what a Dutch learner or trainer reads: the markdown of notebooks/nl, exercises/nl
and solutions/nl, the visible text of the Dutch decks and handouts (slides/nl, speaker notes
excluded: those are the trainer's, and counted separately), the Dutch dashboards' markdown and
trainer/HANDLEIDING.md. Set aside, because English is right there: code spans and
blocks, links' targets, citations and the reference lists (an author-year in brackets, a
title in italics, a "Bronnen"/"Literatuur" section), and the terms the glossary keeps in
English (share of wallet, preferred supplier, Wallet Allocation Rule, …).

The words counted are English function words that are not also Dutch words ("of", "is",
"in", "die", "was", "we", "had" are Dutch too, so they are not counted). Also set aside: JupyterLab's
own menu paths (**Kernel > Restart Kernel…**: its menus are English), text in quotation marks
(a paper's or a report's own words) and the English column names a participant's CSV may use.
"""
from __future__ import annotations

import argparse
import html
import re
import sys
from pathlib import Path

import nbformat

ROOT = Path(__file__).resolve().parents[1]

ENGLISH_ONLY = frozenset("""
the and with that this these those you your are were which from for to it its not be been
has have will would can could should what when where how than more less only but or
there their they them our us any each every into about after before because while
""".split())

# Terms the Dutch edition keeps in English (docs/glossary-nl.md).
KEPT_TERMS = ("share of wallet", "share-of-wallet", "preferred supplier", "wallet allocation rule",
              "customer orientation", "selling orientation", "journal of marketing",
              "harvard business review", "sales excellence centre", "project impact",
              "the wallet allocation rule", "the littlest jupyterhub", "zero to jupyterhub",
              "not sandboxed", "cost-to-serve")

_CODE_BLOCK = re.compile(r"```.*?```", re.S)
_CODE_SPAN = re.compile(r"`[^`]*`")
_LINK_TARGET = re.compile(r"\]\([^)]*\)")
_TAG = re.compile(r"<[^>]+>")
_ITALIC_TITLE = re.compile(r"(?<![*\w])\*[^*\n]+\*(?!\*)|<i>.*?</i>|<em>.*?</em>", re.S)
_CITATION = re.compile(r"\([^()]*\b(1[89]|20)\d\d[a-z]?\b[^()]*\)")
_REFERENCES = re.compile(r"^#+\s*(Bronnen|Literatuur|Referenties)\b.*", re.S | re.M | re.I)
_MENU_PATH = re.compile(r"\*\*[^*]{0,80}(?:>|&gt;|→)[^*]{0,80}\*\*")
_QUOTED = re.compile(r"\"[^\"]{1,80}\"|“[^”]{1,80}”")
_WORD = re.compile(r"[A-Za-zÀ-ÿ]+(?:'[a-z]+)?")


_STYLE = re.compile(r"<style\b.*?</style>", re.S | re.I)
_HTML_REFERENCES = re.compile(r"<h[1-6][^>]*>\s*(?:Bronnen|Literatuur)\s*</h[1-6]>.*?(?=</section>|<footer|$)",
                              re.S | re.I)
_APA_TITLE = re.compile(r"\(\d{4}[a-z]?\)\.\s[^.?]*[.?]")  # "(2011). When should the customer really be king?"


def readable(text: str) -> str:
    """The prose a reader reads, with the English that belongs there set aside."""
    text = _STYLE.sub(" ", text)
    text = _HTML_REFERENCES.sub(" ", text)
    text = _APA_TITLE.sub(" ", text)
    text = _REFERENCES.sub("", text)
    text = _CODE_BLOCK.sub(" ", text)
    text = _CODE_SPAN.sub(" ", text)
    text = _LINK_TARGET.sub("] ", text)
    text = _ITALIC_TITLE.sub(" ", text)
    text = _MENU_PATH.sub(" ", text)
    text = _QUOTED.sub(" ", text)
    text = html.unescape(_TAG.sub(" ", text))
    text = _CITATION.sub(" ", text)
    lowered = text.lower()
    for term in KEPT_TERMS:
        lowered = lowered.replace(term, " ")
    return lowered


def english_hits(text: str) -> tuple[int, list[str]]:
    """(words, hits with context) of one text."""
    plain = readable(text)
    words = list(_WORD.finditer(plain))
    hits = [plain[max(0, w.start() - 30):w.end() + 30].replace("\n", " ")
            for w in words if w.group().lower() in ENGLISH_ONLY]
    return len(words), hits


def notebook_texts(path: Path) -> list[str]:
    nb = nbformat.read(path, as_version=4)
    return [c.source for c in nb.cells if c.cell_type == "markdown"]


def deck_texts(path: Path) -> tuple[list[str], list[str]]:
    """(visible slide text, speaker notes) of a built deck or handout."""
    page = path.read_text(encoding="utf-8")
    page = re.sub(r"<(script|style)\b.*?</\1>", " ", page, flags=re.S)
    notes = re.findall(r'<aside class="notes">(.*?)</aside>', page, flags=re.S)
    visible = re.sub(r'<aside class="notes">.*?</aside>', " ", page, flags=re.S)
    return [visible], notes


def artefacts() -> dict[str, list[str]]:
    """Artefact group -> its texts."""
    groups: dict[str, list[str]] = {}
    for folder in ("notebooks", "exercises", "solutions", "presenter"):
        for path in sorted((ROOT / folder / "nl").glob("*.ipynb")):
            groups.setdefault(f"{folder}/nl", []).extend(notebook_texts(path))
    for path in sorted((ROOT / "slides" / "nl").rglob("*.html")):
        visible, notes = deck_texts(path)
        kind = "handouts" if "handouts" in path.parts else "decks"
        groups.setdefault(f"slides/nl {kind} (visible)", []).extend(visible)
        if notes:
            groups.setdefault("slides/nl decks (speaker notes)", []).extend(notes)
    guide = ROOT / "trainer" / "HANDLEIDING.md"
    if guide.exists():
        groups["trainer/HANDLEIDING.md"] = [guide.read_text(encoding="utf-8")]
    return groups


def report(show_hits: bool = False) -> int:
    total_hits = 0
    for group, texts in artefacts().items():
        words, hits = 0, []
        for text in texts:
            n, found = english_hits(text)
            words += n
            hits += found
        total_hits += len(hits)
        rate = 100 * len(hits) / words if words else 0.0
        print(f"{group:40s} {words:7d} words  {len(hits):4d} English function words  ({rate:.2f} %)")
        if show_hits:
            for hit in hits:
                print(f"    … {hit} …")
    return total_hits


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--list", action="store_true", help="print every hit with its context")
    args = parser.parse_args(argv)
    report(args.list)
    return 0


if __name__ == "__main__":
    sys.exit(main())
