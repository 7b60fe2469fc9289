"""Noticing a submission that changed the kit, and keeping it from grading anyone else.

The grader's own answers never depend on the kit's files once the run has started
(every expected value is computed before the first submission runs). But each kernel
imports ``customer_king``, numpy and matplotlib afresh, so a notebook that edits an
installed file could change what the *next* kernels do. So:

* before the first submission, the grader takes a fingerprint of the installed files:
  the ``customer_king`` package byte for byte (and keeps a copy of it), and every file
  under the Python installation's ``site-packages`` by size, modification and change
  time (the change time cannot be set back by a normal user, so an edit that restores
  the modification time is still seen);
* after each submission it takes the fingerprint again. A difference flags that
  submission (and any that ran at the same time). The package's files are put back
  from the copy and checked again; if anything else changed, or putting back fails,
  the remaining submissions are not run ("refused") and the summary says why.

Inside the sandbox the whole file system is read-only, so there the grader compares
only the package (a few milliseconds) and skips the walk over ``site-packages``
(about 0.4 s for 23,000 files).
"""
from __future__ import annotations

import hashlib
import os
import site
import sys
import sysconfig
from dataclasses import dataclass, field
from pathlib import Path

from ..messages import text

__all__ = ["Fingerprint", "KitGuard"]

PACKAGE = Path(__file__).resolve().parents[1]


def _package_files(root: Path) -> dict[str, bytes]:
    files = {}
    for folder, dirs, names in os.walk(root):
        dirs.sort()  # __pycache__ included: a planted .pyc would run in the next kernel
        for name in sorted(names):
            path = Path(folder) / name
            try:
                files[str(path)] = path.read_bytes()
            except OSError:
                files[str(path)] = b"<unreadable>"
    return files


def _site_folders() -> list[Path]:
    folders = {sysconfig.get_paths()["purelib"], sysconfig.get_paths()["platlib"]}
    try:
        folders.update(site.getsitepackages())
    except AttributeError:  # pragma: no cover - old virtualenv
        pass
    return sorted(Path(f).resolve() for f in folders if Path(f).is_dir())


def _stat_walk(folder: Path, out: dict[str, tuple]) -> None:
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return
    for entry in entries:
        try:
            info = entry.stat(follow_symlinks=False)
        except OSError:
            continue
        out[entry.path] = (info.st_size, info.st_mtime_ns, info.st_ctime_ns, info.st_ino, info.st_mode)
        if entry.is_dir(follow_symlinks=False):
            _stat_walk(Path(entry.path), out)


@dataclass
class Fingerprint:
    package: dict[str, str]  # path -> SHA-256
    installed: dict[str, tuple]  # path -> (size, mtime, ctime, inode, mode)

    @classmethod
    def take(cls, package: Path = PACKAGE, site_folders: list[Path] | None = None) -> "Fingerprint":
        files = _package_files(package)
        installed: dict[str, tuple] = {}
        for folder in (site_folders if site_folders is not None else _site_folders()):
            _stat_walk(folder, installed)
        for name in list(installed):
            if name.startswith(str(package) + os.sep):
                del installed[name]  # the package is compared byte for byte instead
        return cls({p: hashlib.sha256(data).hexdigest() for p, data in files.items()}, installed)

    def changes(self, other: "Fingerprint") -> list[str]:
        """The paths that differ (changed, added or removed), package files first."""
        changed = []
        for mine, theirs in ((self.package, other.package), (self.installed, other.installed)):
            for path in sorted(set(mine) | set(theirs)):
                if mine.get(path) != theirs.get(path):
                    changed.append(path)
        return changed


@dataclass
class KitGuard:
    """The fingerprint from before the first submission, and what to do on a change."""

    package: Path = PACKAGE
    site_folders: list[Path] | None = None  # None: the installation's site-packages; []: none
    baseline: Fingerprint = field(init=False)
    copy: dict[str, bytes] = field(init=False)
    refused: str = ""  # why the remaining submissions are not run

    def __post_init__(self) -> None:
        self.copy = _package_files(self.package)
        self.baseline = Fingerprint.take(self.package, self.site_folders)

    def check(self) -> list[str]:
        """What changed since the baseline ([] when nothing did). On a change, the
        package is restored and checked again; `refused` says when that is not enough."""
        now = Fingerprint.take(self.package, self.site_folders)
        changed = self.baseline.changes(now)
        if not changed:
            return []
        self._restore()
        again = self.baseline.changes(Fingerprint.take(self.package, self.site_folders))
        if again:
            shown = ", ".join(_shown(p) for p in again[:3]) + (" …" if len(again) > 3 else "")
            self.refused = text("grade.kit_not_restored", files=shown)
        return changed

    def _restore(self) -> None:
        current = _package_files(self.package)
        for path in current:
            if path not in self.copy:
                try:
                    os.unlink(path)
                except OSError:
                    pass
        for path, data in self.copy.items():
            if current.get(path) != data:
                try:
                    Path(path).parent.mkdir(parents=True, exist_ok=True)
                    Path(path).write_bytes(data)
                except OSError:
                    pass


def _shown(path: str) -> str:
    for root in (str(PACKAGE.parent), sys.prefix):
        if path.startswith(root + os.sep):
            return os.path.relpath(path, root)
    return path
