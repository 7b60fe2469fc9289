"""Small text helpers the checks share: a learner's value shown back, lists, points, HTML.

None of them raises, whatever it is given.
"""
from __future__ import annotations

import decimal
import html
import numbers
import re
from typing import Iterable, Mapping, Sequence

import numpy as np

from ..messages import format_number, text


def _type_name(value: object) -> str:
    try:
        return type(value).__name__
    except Exception:  # pragma: no cover - a truly pathological object
        return "object"


def _quote(value: str, limit: int = 40) -> str:
    """A learner's text shown back to them: quoted, one line, at most `limit` characters."""
    value = str(value)
    if len(value) > limit:
        value = value[:limit] + "\u2026"
    return repr(value)


def _one_line(value: str) -> str:
    return " ".join(str(value).split())


def _clipped(value: str, limit: int) -> str:
    """At most `limit` characters; a cut shows as an ellipsis, never mid-bracket silently."""
    return value if len(value) <= limit else value[: limit - 1].rstrip() + "\u2026"


def _join(parts: Iterable[str]) -> str:
    return " ".join(p for p in parts if p)


def _or_list(items: Sequence[str]) -> str:
    items = list(items)
    if len(items) <= 1:
        return "".join(items)
    return text("list_or", items=", ".join(items[:-1]), last=items[-1])


def _fmt_points(value: float) -> str:
    return format_number(round(float(value), 2))


def _html(value: str) -> str:
    """HTML-escape, then show `code` spans as <code>."""
    escaped = html.escape(str(value), quote=True)
    return re.sub(r"`([^`]+)`", r"<code>\1</code>", escaped)


def _describe(value: object) -> str:
    """A short description of what the learner passed, for "I expected X, got Y"."""
    if value is None:
        return text("describe_none")
    if value is Ellipsis:
        return text("describe_placeholder")
    if isinstance(value, (bool, np.bool_)):
        return text("describe_bool", value=str(bool(value)))
    if isinstance(value, str):
        return text("describe_text", text=_quote(value))
    if isinstance(value, (numbers.Real, decimal.Decimal)):
        try:
            return text("describe_number", value=format_number(float(value)))
        except Exception:
            return text("describe_type", type=_type_name(value))
    if isinstance(value, Mapping):
        return text("describe_dict")
    if isinstance(value, (list, tuple, set, frozenset, np.ndarray)):
        count = value.size if isinstance(value, np.ndarray) else len(value)
        return text("describe_values", count=count) if count else text("describe_empty")
    return text("describe_type", type=_type_name(value))
