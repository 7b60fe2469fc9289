"""The message catalogue's per-language files, found by name.

Each module here holds the sentences of one part of the kit in one language: a
module-level ``LANGUAGE`` (``"en"``, ``"nl"``) and ``MESSAGES`` (key -> ``str.format``
template).  ``messages.py`` merges them all into ``MESSAGES[language]``.  Modules are
discovered, not listed, so that adding a language or a lesson's text touches no
shared file; a key defined twice in one language is a mistake and stops the import.

Naming: ``<part>_<language>.py``, for example ``ex01_en.py`` / ``ex01_nl.py`` for
exercise set 1, ``lessons_nl.py`` for the lesson tables' Dutch text.  Translators
edit only these files (and the Dutch lesson sources in ``content/*/nl/``); the
glossary of chosen terms is ``docs/glossary-nl.md``.
"""
from __future__ import annotations

import importlib
import pkgutil


def catalogue() -> dict[str, dict[str, str]]:
    """Every text module's messages, merged per language (modules in name order)."""
    merged: dict[str, dict[str, str]] = {}
    for info in sorted(pkgutil.iter_modules(__path__), key=lambda m: m.name):
        module = importlib.import_module(f"{__name__}.{info.name}")
        table = merged.setdefault(module.LANGUAGE, {})
        twice = table.keys() & module.MESSAGES.keys()
        if twice:
            raise ValueError(f"texts/{info.name}.py defines keys already defined for "
                             f"{module.LANGUAGE!r}: {', '.join(sorted(twice))}")
        table.update(module.MESSAGES)
    return merged
