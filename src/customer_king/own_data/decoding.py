"""From a path or an upload to text: size limits, file types, and the text encoding.

Excel and CRM exports come as UTF-8 (with or without a byte-order mark), UTF-16
("Unicode text") or Windows-1252.  A file can also *mix* them: a UTF-8 export into
which someone pasted a few Windows-1252 smart quotes.  Such a file is read as
UTF-8 and only the stray bytes are read as Windows-1252, with a note; reading the
whole file as Windows-1252 would turn every euro sign into 'â‚¬'.
"""
from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Optional, Union

from .errors import fail, t

__all__ = ["MAX_BYTES", "Source", "decode", "read_bytes"]

MAX_BYTES = 50 * 1024 * 1024
"""Files above 50 MB are refused: an account list that large is not one
salesperson's or team's accounts, and would not fit a Binder session."""

Source = Union[str, os.PathLike, bytes, bytearray, memoryview]
"""A file's path, or its bytes (an upload)."""

_STRAY = re.compile("[\udc80-\udcff]")  # bytes that were not UTF-8, as surrogateescape keeps them
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def read_bytes(source: Source, name: Optional[str]) -> tuple[bytes, str]:
    """The file's bytes and the label messages use; the file is opened read-only."""
    if isinstance(source, (bytes, bytearray, memoryview)):
        data = bytes(source)
        label = name or t("the_uploaded_file")
        if len(data) > MAX_BYTES:
            raise fail(label, t("too_big", size=len(data) / 2**20, limit=MAX_BYTES / 2**20))
        return data, label
    path = Path(source)
    label = name or path.name
    if not path.exists():
        raise fail(label, t("not_found", path=path))
    if path.is_dir():
        raise fail(label, t("is_folder", path=path))
    size = path.stat().st_size
    if size > MAX_BYTES:
        raise fail(label, t("too_big", size=size / 2**20, limit=MAX_BYTES / 2**20))
    try:
        with open(path, "rb") as handle:  # read-only: the participant's file is never written
            data = handle.read(MAX_BYTES + 1)
    except OSError as err:
        raise fail(label, t("unreadable_file", error=err.strerror or err)) from None
    return data, label


def _windows_1252(byte: int) -> str:
    # Five bytes have no Windows-1252 character; Latin-1 gives them their control code point.
    try:
        return bytes([byte]).decode("cp1252")
    except UnicodeDecodeError:
        return bytes([byte]).decode("latin-1")


def _utf8(data: bytes, notes: list[str]) -> Optional[str]:
    """``data`` as UTF-8, stray non-UTF-8 bytes repaired as Windows-1252 (with a note).

    None when the bytes are not mostly UTF-8: fewer valid UTF-8 characters beyond
    ASCII than stray bytes means the file is some other encoding throughout.
    """
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    text = data.decode("utf-8", "surrogateescape")
    stray = _STRAY.findall(text)
    valid = sum(1 for ch in text if ord(ch) > 127) - len(stray)
    if valid < 1 or valid < len(stray):
        return None
    first = _STRAY.search(text)
    line = text.count("\n", 0, first.start()) + 1 if "\n" in text else text.count("\r", 0, first.start()) + 1
    repaired = _STRAY.sub(lambda m: _windows_1252(ord(m.group()) - 0xDC00), text)
    shown = "".join(dict.fromkeys(_windows_1252(ord(ch) - 0xDC00) for ch in stray))[:8]
    notes.append(t("note_encoding_mixed", count=len(stray), line=line, chars=shown))
    return repaired


def decode(data: bytes, label: str, notes: list[str]) -> str:
    """The file's text; refuses workbooks, PDFs, zip and binary files with a message saying what to do."""
    if not data:
        raise fail(label, t("empty_file"))
    if data.startswith(b"PK\x03\x04"):
        is_xlsx = b"xl/" in data[:4096] or b"[Content_Types]" in data[:4096]
        raise fail(label, t("xlsx" if is_xlsx else "zip"))
    if data.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
        raise fail(label, t("xls"))
    if data.startswith(b"%PDF"):
        raise fail(label, t("pdf"))
    if data.startswith(b"\xef\xbb\xbf"):
        text = _utf8(data[3:], notes)
        if text is None:
            try:
                data[3:].decode("utf-8")
            except UnicodeDecodeError as err:
                raise fail(label, t("bad_utf8_bom", offset=err.start + 3)) from None
        notes.append(t("note_encoding_bom"))
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError:
            raise fail(label, t("binary", offset=0)) from None
        notes.append(t("note_encoding_utf16"))
    else:
        nul = data.find(b"\x00")
        if nul >= 0:
            raise fail(label, t("binary", offset=nul))
        text = _utf8(data, notes)
        if text is None:
            try:
                text = data.decode("cp1252")
                notes.append(t("note_encoding_cp1252"))
            except UnicodeDecodeError:
                text = data.decode("latin-1")
                notes.append(t("note_encoding_latin1"))
    # Control characters other than tab and line breaks mean this is not text.
    control = _CONTROL.search(text[:65536])
    if control is not None:
        raise fail(label, t("binary", offset=control.start()))
    return text
