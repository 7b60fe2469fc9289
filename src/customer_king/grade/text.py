"""Small text helpers the grader's modules share: shortening, numbers, safe display.

A file name is whatever bytes a participant's computer produced: not always UTF-8,
sometimes with control characters, bidirectional overrides or a leading ``=``. Every
name the grader shows (gradebook cells, feedback, the progress line) goes through
:func:`display_text`, so it can always be written and never misleads.
"""
from __future__ import annotations

import unicodedata

__all__ = ["short", "fmt_points", "fmt_seconds", "display_text", "spreadsheet_safe"]


def short(text_: object, limit: int = 120) -> str:
    """`text_` on one line, at most `limit` characters."""
    text_ = " ".join(str(text_).split())
    return text_ if len(text_) <= limit else text_[: limit - 1] + "\u2026"


def fmt_points(value: float | None) -> str:
    """Points as a spreadsheet reads them: ``4``, ``4.5``, blank for none."""
    if value is None:
        return ""
    value = round(float(value), 6)
    return str(int(value)) if value.is_integer() else repr(value)


def fmt_seconds(seconds: float) -> str:
    return f"{seconds:g} s"


# Characters that change how the text around them looks without being visible
# themselves: controls, bidirectional overrides, zero-width marks (Unicode "C*").
_INVISIBLE = {"Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp"}


def display_text(text_: str, limit: int | None = None) -> str:
    """`text_` safe to write anywhere: bytes that were not UTF-8 (Python keeps them as
    surrogates) become ``\\xNN``, invisible and control characters ``\\uNNNN``; NFC form.
    With `limit`, longer text is cut with an ellipsis."""
    try:
        raw = text_.encode("utf-8", "surrogateescape")
    except UnicodeEncodeError:  # a surrogate no file system made
        raw = text_.encode("utf-8", "surrogatepass")
    decoded = raw.decode("utf-8", "backslashreplace")
    decoded = unicodedata.normalize("NFC", decoded)
    out = []
    for char in decoded:
        if unicodedata.category(char) in _INVISIBLE:
            code = ord(char)
            out.append(f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}")
        else:
            out.append(char)
    shown = "".join(out)
    if limit is not None and len(shown) > limit:
        shown = shown[: limit - 1] + "\u2026"
    return shown


def spreadsheet_safe(value: str) -> str:
    """A participant's file name must not become a spreadsheet formula."""
    return "'" + value if value[:1] in ("=", "+", "-", "@", "\t", "\r") else value

