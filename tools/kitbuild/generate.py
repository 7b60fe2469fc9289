"""The skeleton every build tool shares: plan, write what changed, report what is out of sync.

A tool describes what it generates as a ``Plan``: one ``Target`` per file (how
to make its text, and how to tell whether the committed copy is stale) and the
folders it owns (a file there that no target names is a stray). Then

* ``build(plan)`` writes each target whose text changed (an unchanged file is
  not touched, so its timestamp stays) and removes strays;
* ``out_of_sync(plan)`` lists what is missing, stale or stray, each with the
  command that fixes it; ``--check`` prints that list and exits 1 if it is not
  empty (the tests call the same function).
"""
from __future__ import annotations

import argparse
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable

from .sources import ROOT


def rel(path: Path) -> str:
    """A path as a message shows it: relative to the repository when it lies inside."""
    return str(path.relative_to(ROOT)) if path.is_relative_to(ROOT) else str(path)


def write_if_changed(path: Path, text: str, note: str = "") -> bool:
    """Write ``text`` to ``path`` unless it already holds exactly that; say so when writing."""
    path.parent.mkdir(parents=True, exist_ok=True)
    if path.exists() and path.read_text(encoding="utf-8") == text:
        return False
    path.write_text(text, encoding="utf-8")
    print(f"wrote {rel(path)}{note}")
    return True


@dataclass(frozen=True)
class Target:
    """One generated file."""
    path: Path
    make: Callable[[], str]
    # The problems of the committed copy, which exists (default: its text differs from make()).
    stale: Callable[[Path], list[str]] | None = None


@dataclass
class Plan:
    command: str                                    # what regenerates the files, e.g. "make slides"
    targets: list[Target] = field(default_factory=list)
    owned: tuple[tuple[Path, str], ...] = ()        # (folder, glob): only targets may live there
    same: Callable[[str, str], bool] = str.__eq__   # committed text vs fresh text, for the default check

    def paths(self) -> set[Path]:
        return {t.path for t in self.targets}

    def strays(self) -> list[Path]:
        planned = self.paths()
        return [p for folder, pattern in self.owned for p in sorted(folder.glob(pattern)) if p not in planned]

    def problems(self, target: Target) -> list[str]:
        if target.stale is not None:
            return target.stale(target.path)
        if not self.same(target.path.read_text(encoding="utf-8"), target.make()):
            return [f"{rel(target.path)} differs from its sources: run `{self.command}`"]
        return []


def build(plan: Plan, *, remove_strays: bool = True, note: Callable[[str], str] = lambda text: "",
          only: Iterable[Target] | None = None) -> None:
    """Write every target (or ``only`` these) whose text changed; remove strays first."""
    if remove_strays:
        for stray in plan.strays():
            stray.unlink()
            print(f"removed {stray}")
    for target in plan.targets if only is None else only:
        text = target.make()
        write_if_changed(target.path, text, note(text))


def out_of_sync(plan: Plan, *, stray_message: str = "has no source") -> list[str]:
    problems: list[str] = []
    for target in plan.targets:
        if not target.path.exists():
            problems.append(f"{rel(target.path)} is missing: run `{plan.command}`")
        else:
            problems += plan.problems(target)
    problems += [f"{rel(p)} {stray_message}: run `{plan.command}`" for p in plan.strays()]
    return problems


def command_line(description: str) -> argparse.ArgumentParser:
    """The options every tool has; a tool adds its own."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--check", action="store_true", help="only report generated files out of sync")
    return parser


def run(args: argparse.Namespace, build: Callable[[], None], check: Callable[[], list[str]]) -> int:
    """``--check``: print the problems, exit 1 if any; otherwise build."""
    if args.check:
        problems = check()
        for problem in problems:
            print(problem)
        return 1 if problems else 0
    build()
    return 0
