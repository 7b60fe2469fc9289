"""``python -m customer_king.link``: the nbgitpuller link a trainer hands out for a JupyterHub.

Opening the link logs the participant in on the hub, starts their server, pulls (or
updates) the kit from its git repository into ``customer-king/`` in their home folder,
and opens one notebook in JupyterLab. nbgitpuller never overwrites a participant's
changes: a file they edited is kept, and new versions of other files are merged in.

    python -m customer_king.link --hub https://hub.example.org
    python -m customer_king.link --hub https://hub.example.org --notebook exercises/01_customer_orientation.ipynb
    python -m customer_king.link --hub https://hub.example.org --lang nl

The feedback language is not part of the link: a link cannot set anything inside the
participant's kernel. ``--lang`` checks that the kit has that language and says which
setting of the hub selects it (``CUSTOMER_KING_LANG``, set by the files in ``deploy/``).
"""
from __future__ import annotations

import argparse
import posixpath
import sys
from pathlib import Path
from typing import Sequence
from urllib.parse import urlencode, urlsplit

from .messages import MESSAGES

__all__ = ["DEFAULT_REPO", "TARGET", "LinkError", "build_link", "main"]

DEFAULT_REPO = "https://github.com/customer-king-kit/customer-king"  # the README's Binder badge
DEFAULT_BRANCH = "main"
DEFAULT_NOTEBOOK = "notebooks/00_start_here.ipynb"
TARGET = "customer-king"  # folder in the participant's home the kit is pulled into
_FOLDERS = ("notebooks", "exercises", "solutions")
_KIT_ROOT = Path(__file__).resolve().parents[2]


class LinkError(ValueError):
    """Input the link cannot be built from; the message says what to change."""


def _check_url(value: str, what: str, schemes: tuple[str, ...]) -> str:
    parts = urlsplit(value.strip())
    if parts.scheme not in schemes or not parts.netloc:
        raise LinkError(f"{what} must be a full address starting with {' or '.join(s + '://' for s in schemes)}, "
                        f"for example {'https://hub.example.org' if what == '--hub' else DEFAULT_REPO}; got {value!r}")
    if parts.query or parts.fragment:
        raise LinkError(f"{what} must not contain '?' or '#': give the address only; got {value!r}")
    return value.strip().rstrip("/")


def _check_notebook(value: str, kit_root: Path | None) -> str:
    path = value.strip().replace("\\", "/")
    normal = posixpath.normpath(path)
    if (normal != path or not normal.endswith(".ipynb") or normal.startswith(("/", ".."))
            or normal.split("/")[0] not in _FOLDERS):
        raise LinkError(f"--notebook must be a notebook inside the kit, such as {DEFAULT_NOTEBOOK} or "
                        f"exercises/01_customer_orientation.ipynb (a path in {', '.join(f + '/' for f in _FOLDERS)}); "
                        f"got {value!r}")
    if kit_root is not None and (kit_root / "notebooks").is_dir() and not (kit_root / normal).is_file():
        near = sorted(p.relative_to(kit_root).as_posix() for p in (kit_root / normal.split("/")[0]).glob("*.ipynb"))
        raise LinkError(f"the kit has no {normal}; notebooks there: {', '.join(near) or 'none'}")
    return normal


def build_link(hub: str, *, repo: str = DEFAULT_REPO, branch: str = DEFAULT_BRANCH,
               notebook: str = DEFAULT_NOTEBOOK, kit_root: Path | None = _KIT_ROOT) -> str:
    """The nbgitpuller link: hub login -> the participant's server -> pull -> the notebook in JupyterLab."""
    hub = _check_url(hub, "--hub", ("https", "http"))
    repo = _check_url(repo, "--repo", ("https", "http", "git"))
    if not branch.strip() or any(c in branch for c in " ?#&"):
        raise LinkError(f"--branch must be a branch name such as main; got {branch!r}")
    notebook = _check_notebook(notebook, kit_root)
    query = urlencode({"repo": repo, "branch": branch.strip(), "targetpath": TARGET,
                       "urlpath": f"lab/tree/{TARGET}/{notebook}"})
    # user-redirect: the same link works for everyone; the hub fills in who is logged in.
    return f"{hub}/hub/user-redirect/git-pull?{query}"


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m customer_king.link",
                                     description="Print the nbgitpuller link that opens the kit on a JupyterHub.")
    parser.add_argument("--hub", required=True, help="the hub's address, e.g. https://hub.example.org")
    parser.add_argument("--repo", default=DEFAULT_REPO, help=f"the kit's git repository (default: {DEFAULT_REPO})")
    parser.add_argument("--branch", default=DEFAULT_BRANCH, help="branch to pull (default: main)")
    parser.add_argument("--notebook", default=DEFAULT_NOTEBOOK,
                        help=f"the notebook the link opens, relative to the kit (default: {DEFAULT_NOTEBOOK})")
    parser.add_argument("--lang", default=None, help="the feedback language the hub should use: "
                        + ", ".join(sorted(MESSAGES)))
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    if args.lang is not None and args.lang not in MESSAGES:
        parser.error(f"--lang {args.lang!r}: the kit speaks {', '.join(sorted(MESSAGES))}")
    try:
        link = build_link(args.hub, repo=args.repo, branch=args.branch, notebook=args.notebook)
    except LinkError as exc:
        parser.error(str(exc))
    print(link)
    if args.lang is not None:
        print(f"Feedback in {args.lang!r}: the hub must set CUSTOMER_KING_LANG={args.lang} for every user "
              f"(deploy/tljh-setup.sh --lang {args.lang}, or singleuser.extraEnv in deploy/z2jh-values.yaml).",
              file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
