"""Where a submission's kernel runs: a private folder, a clean environment, a sandbox.

Each notebook gets a private folder of its own (``ck-grade-…``, mode 0700)::

    work/         the kernel's working folder: a copy of that one notebook, nothing else
    home/         its HOME (IPython, Jupyter and matplotlib write their settings here)
    tmp/          its TMPDIR
    ipc/          the kernel's sockets (ZeroMQ over Unix sockets: they work across the
                  sandbox's network namespace, where no TCP port can reach the grader)
    kernel.json   the connection file; launch.json, what the launcher starts

The kernel's environment is built from scratch (PATH, language settings, PYTHONPATH and
the private folders): nothing of the grader's command line, working folder or
environment leads to the submissions. Its command line names the launcher and the
private folder only (see ``_launcher.py``).

With bubblewrap (``bwrap``) the kernel runs in a sandbox: the whole file system
read-only, ``/tmp`` empty, the submissions and output folders (and the grader's HOME
and working folder, where they hold no part of the kit) hidden behind empty read-only
folders, only ``work``, ``home``, ``tmp`` and ``ipc`` writable, no network, its own process and IPC namespaces.
Without it, the same private folders and launcher are used, but the kernel runs with the
grader's rights; the run's summary says so.
"""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Sequence

from ..messages import text

__all__ = ["NO_SANDBOX_ENV", "Sandbox", "find_sandbox", "KernelBox", "kill_descendants"]

NO_SANDBOX_ENV = "CUSTOMER_KING_GRADE_NO_SANDBOX"  # set to 1: grade without bubblewrap
LAUNCHER = Path(__file__).with_name("_launcher.py")
_KEPT_ENV = ("PATH", "PYTHONPATH", "LANG", "LC_ALL", "LC_CTYPE", "TZ", "SYSTEMROOT")

_BWRAP_PROBE = ["--ro-bind", "/", "/", "--dev", "/dev", "--proc", "/proc", "--tmpfs", "/tmp",
                "--unshare-net", "--unshare-pid", "--unshare-ipc", "--unshare-uts", "--die-with-parent", "true"]


@dataclass(frozen=True)
class Sandbox:
    """Whether kernels run inside bubblewrap, and if not, why not."""

    bwrap: str | None
    reason: str = ""

    @property
    def active(self) -> bool:
        return self.bwrap is not None


@lru_cache(maxsize=None)
def _probe(bwrap: str) -> str:
    """"" if `bwrap` can build the sandbox here, else what went wrong."""
    try:
        done = subprocess.run([bwrap, *_BWRAP_PROBE], capture_output=True, timeout=20)
    except (OSError, subprocess.SubprocessError) as error:
        return str(error)
    if done.returncode != 0:
        return done.stderr.decode("utf-8", "replace").strip()[:200] or text("grade.sandbox_exit_code",
                                                                              code=done.returncode)
    return ""


def find_sandbox(disabled: bool = False) -> Sandbox:
    """bubblewrap if it is installed and works here (it needs user namespaces or root),
    unless `disabled` or the environment variable ``CUSTOMER_KING_GRADE_NO_SANDBOX=1``."""
    if disabled or os.environ.get(NO_SANDBOX_ENV, "").strip() not in ("", "0"):
        return Sandbox(None, text("grade.sandbox_off", variable=NO_SANDBOX_ENV))
    if not sys.platform.startswith("linux"):
        return Sandbox(None, text("grade.sandbox_linux_only"))
    bwrap = shutil.which("bwrap")
    if bwrap is None:
        return Sandbox(None, text("grade.sandbox_missing"))
    problem = _probe(bwrap)
    if problem:
        return Sandbox(None, text("grade.sandbox_broken", problem=problem))
    return Sandbox(bwrap)


def _contains(folder: Path, paths: Iterable[Path]) -> bool:
    return any(folder == p or folder in p.parents for p in paths)


def _kit_paths() -> list[Path]:
    """Folders the kernel must still see: the Python installation and every import path."""
    paths = [Path(sys.prefix), Path(sys.base_prefix), Path(sys.executable).resolve().parent,
             Path(__file__).resolve().parents[2]]
    paths += [Path(p) for p in sys.path if p]
    out = []
    for p in paths:
        try:
            out.append(p.resolve())
        except OSError:
            pass
    return out


def hideable(folders: Iterable[Path]) -> list[Path]:
    """The folders the sandbox can hide: existing ones that hold no part of the kit."""
    kit = _kit_paths()
    out = []
    for folder in folders:
        try:
            folder = Path(folder).resolve()
        except OSError:
            continue
        if folder.is_dir() and folder != Path("/") and not _contains(folder, kit) and folder not in out:
            out.append(folder)
    # Only the outermost: a folder inside one already hidden is hidden with it, and the
    # sandbox could not make a mount point in the hidden (read-only) parent anyway. The
    # gradebook's feedback folder sits inside the gradebook's folder, so this is the usual case.
    return [folder for folder in out if not any(other in folder.parents for other in out)]


def kernel_env(box: "KernelBox") -> dict[str, str]:
    env = {name: os.environ[name] for name in _KEPT_ENV if name in os.environ}
    env.update({
        "HOME": str(box.home), "TMPDIR": str(box.tmp), "USERPROFILE": str(box.home),
        "IPYTHONDIR": str(box.home / ".ipython"), "JUPYTER_CONFIG_DIR": str(box.home / ".jupyter"),
        "JUPYTER_DATA_DIR": str(box.home / ".local" / "share" / "jupyter"),
        "JUPYTER_RUNTIME_DIR": str(box.home / ".local" / "share" / "jupyter" / "runtime"),
        "MPLCONFIGDIR": str(box.home / ".matplotlib"),
        "PYTHONNOUSERSITE": "1", "PYTHONDONTWRITEBYTECODE": "1",  # no user site, no cached bytecode
        "PWD": str(box.work),
    })
    env.setdefault("LANG", "C.UTF-8")
    if box.language:  # the kit's checks inside the kernel speak the notebook's language too
        env["CUSTOMER_KING_LANG"] = box.language
    return env


@dataclass
class KernelBox:
    """The private folder of one kernel, and how to start that kernel."""

    sandbox: Sandbox
    hidden: Sequence[Path] = ()
    language: str = ""  # the kernel's CUSTOMER_KING_LANG ("" : none set)
    root: Path = field(init=False)

    def __post_init__(self) -> None:
        self.root = Path(tempfile.mkdtemp(prefix="ck-grade-"))
        if len(str(self.root)) > 60 and os.path.isdir("/tmp"):  # a Unix socket's path has 107 bytes at most
            os.rmdir(self.root)
            self.root = Path(tempfile.mkdtemp(prefix="ck-grade-", dir="/tmp"))
        for name in ("work", "home", "tmp", "ipc"):
            (self.root / name).mkdir(mode=0o700)

    work = property(lambda self: self.root / "work")
    home = property(lambda self: self.root / "home")
    tmp = property(lambda self: self.root / "tmp")
    ipc = property(lambda self: self.root / "ipc")
    connection_file = property(lambda self: self.root / "kernel.json")

    def bwrap_args(self) -> list[str]:
        # Order matters: bwrap applies its options one after the other.
        args = ["--ro-bind", "/", "/", "--dev", "/dev", "--proc", "/proc", "--tmpfs", "/tmp"]
        for folder in self.hidden:
            if folder != Path("/tmp") and Path("/tmp") not in folder.parents:  # /tmp is an empty folder already
                args += ["--tmpfs", str(folder), "--remount-ro", str(folder)]
        for folder in (self.work, self.home, self.tmp, self.ipc):
            args += ["--bind", str(folder), str(folder)]
        args += ["--ro-bind", str(self.connection_file), str(self.connection_file),
                 "--remount-ro", "/tmp",
                 "--unshare-net", "--unshare-pid", "--unshare-ipc", "--unshare-uts", "--unshare-cgroup-try",
                 "--die-with-parent", "--chdir", str(self.work)]
        return args

    def kernel_manager(self):
        """A kernel manager that starts the kernel through the launcher, in this box."""
        from jupyter_client.kernelspec import KernelSpec, KernelSpecManager
        from jupyter_client.manager import AsyncKernelManager

        kernel = [sys.executable, "-m", "ipykernel_launcher", "-f", str(self.connection_file)]
        spec = {"kernel": kernel}
        if self.sandbox.active:
            self.connection_file.touch(mode=0o600)  # the sandbox binds it before it is written
            spec.update(bwrap=self.bwrap_args(), bwrap_path=self.sandbox.bwrap)
        (self.root / "launch.json").write_text(json.dumps(spec), encoding="utf-8")
        argv = [sys.executable, "-I", "-S", str(LAUNCHER), str(self.root / "launch.json")]
        kernel_spec = KernelSpec(argv=argv, display_name="customer_king grading", language="python")

        class _OneSpec(KernelSpecManager):
            def get_kernel_spec(self, kernel_name, *args, **kwargs):
                return kernel_spec

        transport = {"transport": "ipc", "ip": str(self.ipc / "k")} if os.name == "posix" else {}
        return AsyncKernelManager(kernel_name="customer-king-grade", kernel_spec_manager=_OneSpec(),
                                  connection_file=str(self.connection_file), **transport)

    def cleanup(self) -> None:
        shutil.rmtree(self.root, ignore_errors=True)


def kill_descendants(pid: int) -> int:
    """Stop, then kill every process below `pid` (the launcher); how many there were."""
    from . import _launcher

    return _launcher.kill_descendants(pid)
