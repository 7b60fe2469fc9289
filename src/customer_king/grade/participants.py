"""Whose notebook is it? Participants from file and folder names, duplicates, file names.

Two rules keep a gradebook honest:

* **Never merge two people.** ``groupA/pat/01_….ipynb`` and ``groupA/quinn/01_….ipynb``
  are ``groupA/pat`` and ``groupA/quinn``: the whole folder path names a participant
  whose file name carries no name of its own.
* **Never merge one person's two hand-ins silently.** ``pat/01_….ipynb`` and
  ``late/pat_01_….ipynb`` are both ``pat`` for the same set: both rows stay, each with
  its own file, and both say "duplicate" so the trainer decides which one counts.
"""
from __future__ import annotations

import re
import unicodedata
from pathlib import Path
from typing import Iterable, Sequence

from .text import display_text

__all__ = ["participant_name", "same_person", "duplicate_groups", "feedback_file_names"]

_SEPARATORS = " _-.,"
# What Jupyter, browsers and people add to a copy: "-Copy1", " (2)", "_final", "v3"
_COPY_MARK = re.compile(r"^(copy\d*|kopie\d*|copia\d*|final|def|\d{1,3}|v\d{1,3})$", re.IGNORECASE)
_TOKENS = re.compile(r"[ _\-.,()\[\]]+")


def _name_in_file(stem: str, key: str | None) -> str:
    rest = re.sub(re.escape(key), " ", stem, flags=re.IGNORECASE) if key else stem
    tokens = [t for t in _TOKENS.split(rest) if t]
    while tokens and _COPY_MARK.match(tokens[-1]):
        tokens.pop()  # "pat (1)" is pat; "(1)" alone is no name
    if not tokens:
        return ""
    rest = rest.strip(_SEPARATORS + "()[]")
    # cut the copy marks off the end of the original spelling (keeps "Bob Smith" as typed)
    last = tokens[-1]
    rest = rest[: rest.rfind(last) + len(last)] if last in rest else " ".join(tokens)
    return re.sub(r"[ _\-.,]{2,}", "_", rest.strip(_SEPARATORS))


def participant_name(path: Path, root: Path, key: str | None) -> str:
    """The participant's name: from the file name (the set's name and copy marks taken
    out), else the folders between `root` and the file (``groupA/pat``), else the
    file name itself."""
    path = Path(path)
    name = _name_in_file(path.stem, key)
    if name:
        return name
    try:
        folders = path.relative_to(root).parts[:-1]
    except ValueError:
        folders = ()
    return "/".join(folders) if folders else path.stem


def same_person(name: str) -> str:
    """The form two names are compared in: ``Pat`` and ``pat`` are one person."""
    return unicodedata.normalize("NFC", name).casefold()


def duplicate_groups(items: Iterable[tuple[str, str | None, object]]) -> list[list[object]]:
    """Groups of items ``(participant, set key, item)`` that are one person's
    hand-ins of one set (only groups of two or more)."""
    groups: dict[tuple[str, str], list[object]] = {}
    for participant, key, item in items:
        if key:
            groups.setdefault((same_person(participant), key), []).append(item)
    return [group for group in groups.values() if len(group) > 1]


_UNSAFE = re.compile(r"[^\w.\-]+", flags=re.UNICODE)
_RESERVED = {"con", "prn", "aux", "nul", *(f"com{i}" for i in range(10)), *(f"lpt{i}" for i in range(10))}
MAX_NAME_BYTES = 100  # well under every file system's 255


def _slug(participant: str) -> str:
    name = _UNSAFE.sub("_", display_text(participant)).strip("._") or "participant"
    if name.split(".")[0].lower() in _RESERVED:
        name = "_" + name
    while len(name.encode("utf-8")) > MAX_NAME_BYTES:
        name = name[:-1]
    return name


def feedback_file_names(participants: Sequence[str]) -> dict[str, str]:
    """A distinct, safe file name (without ``.md``) for every participant: letters,
    digits, ``_ . -`` only, at most 100 bytes, unique also where case does not count."""
    names: dict[str, str] = {}
    used: set[str] = set()
    for participant in participants:
        base = _slug(participant)
        candidate, n = base, 2
        while candidate.casefold() in used:
            candidate, n = f"{base[:MAX_NAME_BYTES - 8]}-{n}", n + 1
        used.add(candidate.casefold())
        names[participant] = candidate
    return names
