"""Markdown of a lesson turned into what a slide says: HTML, first sentences, lists, questions."""
from __future__ import annotations

import re

from markdown_it import MarkdownIt

_md = MarkdownIt("commonmark", {"typographer": False}).enable("table")


def md_html(text: str) -> str:
    """Markdown to HTML, links turned into plain text (a deck has no notebooks beside it)."""
    out = _md.render(text)
    out = re.sub(r"<a [^>]*>", "", out).replace("</a>", "")
    return out.strip()


def md_inline(text: str) -> str:
    out = md_html(text)
    return re.sub(r"^<p>(.*)</p>$", r"\1", out, flags=re.DOTALL)


_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z*(\"“])")


def first_sentence(text: str) -> str:
    flat = " ".join(text.split())
    return _SENTENCE_END.split(flat, 1)[0]


def paragraphs(text: str) -> list[str]:
    return [p.strip() for p in re.split(r"\n\s*\n", text) if p.strip()]


def markdown_tables(text: str) -> list[str]:
    return [p for p in paragraphs(text) if p.lstrip().startswith("|")]


def predict_question(text: str) -> str | None:
    """From '**Predict first' to the end of its paragraph, plus a list that follows it."""
    paras = paragraphs(text)
    for index, p in enumerate(paras):
        at = p.find("**Predict first")
        if at < 0:
            continue
        question = p[at:]
        if question.rstrip().endswith(":") and index + 1 < len(paras):
            question += "\n\n" + paras[index + 1]
        return question
    return None


PREDICT_MARKER = re.compile(r"^\*\*Predict first[.:,]?\*\*[.:,]?\s*")


def statement(text: str, *, target: int = 150, limit: int = 330) -> str:
    """The opening sentences of a section's prose, enough to say something on a slide."""
    sentences: list[str] = []
    for p in paragraphs(text):
        if p.startswith(("|", "**Predict", "**Next")) or re.match(r"^\s*(?:[*-]|\d+\.)\s", p):
            continue
        for sentence in _SENTENCE_END.split(" ".join(p.split())):
            if sentences and len(" ".join(sentences)) + len(sentence) > limit:
                return " ".join(sentences)
            sentences.append(sentence)
            if len(" ".join(sentences)) >= target:
                return " ".join(sentences)
    return " ".join(sentences)


def list_items(text: str) -> list[str]:
    """Items of the first bulleted or numbered list in ``text`` (continuations joined)."""
    items: list[str] = []
    started = False
    for line in text.splitlines():
        marker = re.match(r"^\s*(?:[*-]|\d+\.)\s+(.*)$", line)
        if marker:
            items.append(marker[1].strip())
            started = True
        elif started and line.strip() and line.startswith((" ", "\t")):
            items[-1] += " " + line.strip()
        elif started and not line.strip():
            continue
        elif started:
            break
    return items
