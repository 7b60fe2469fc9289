"""Presenter mode: start Voilà on this machine only and open the demo index.

``make present`` runs this. Voilà serves ``presenter/`` on 127.0.0.1 (nobody
else on the venue's Wi-Fi can reach it), shows every dashboard without code,
and this script opens the browser at ``presenter/index.ipynb``, the cards of the
live demos. Each dashboard has already run in a waiting kernel (Voilà's preheated
kernels), so it opens ready to use; the kit's Voilà template (``presenter/share``)
asks nothing of the network. Stop it with Ctrl+C.

The Dutch edition: ``make present TAAL=nl`` (``--language nl``) serves ``presenter/nl/`` and
opens its index, *Live demo's*. (``TAAL``, not ``LANG``: ``LANG`` is the shell's locale.)

Usage: ``python tools/present.py [--language en|nl] [--port 8866] [--no-browser] [--no-preheat]``
"""
from __future__ import annotations

import argparse
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
import webbrowser
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PRESENTER = ROOT / "presenter"
DEFAULT_PORT = 8866
LANGUAGES = ("en", "nl")  # as tools/kitbuild/sources.LANGUAGES; English at the top, the others one folder down


def presenter_folder(language: str) -> Path:
    """Where an edition's dashboards live: presenter/ for English, presenter/nl/ for Dutch."""
    return PRESENTER if language == LANGUAGES[0] else PRESENTER / language


def port_is_free(port: int) -> bool:
    with socket.socket() as s:
        try:
            s.bind(("127.0.0.1", port))
        except OSError:
            return False
        return True


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


TEMPLATE_ROOT = PRESENTER / "share"
"""Holds the kit's Voilà template (``voila/templates/kit``), written by ``make slides``."""
TEMPLATE = "kit"


def voila_env(env: dict[str, str]) -> dict[str, str]:
    """``env`` with the kit's template folder first on ``JUPYTER_PATH`` (where Voilà looks for templates)."""
    env = dict(env)
    env["JUPYTER_PATH"] = ":".join(p for p in (str(TEMPLATE_ROOT), env.get("JUPYTER_PATH", "")) if p)
    return env


def voila_command(port: int, root: Path = PRESENTER, preheat: bool = True) -> list[str]:
    """The one Voilà command line the kit uses (the tests and the benchmark start the same).

    ``preheat``: Voilà keeps one kernel per dashboard that has already run the
    dashboard, and serves that page at once (benchmarks/bench_presenter.py: the
    spinner's seconds are gone). It costs one idle kernel per dashboard (about
    100 MB each) and a busy first half-minute while they start. The index needs none.
    """
    # Voilà preheats every notebook under its root, editions' subfolders included: only the
    # served edition's dashboards get a kernel (the others open on demand).
    deny = ["index.ipynb"] + [str(root / lang) + os.sep for lang in LANGUAGES[1:] if (root / lang).is_dir()]
    heat = (["--preheat_kernel=True", "--pool_size=1", "--VoilaKernelManager.fill_delay=0",
             *(f"--VoilaKernelManager.preheat_denylist={pattern}" for pattern in deny)] if preheat else [])
    return [sys.executable, "-m", "voila", str(root), "--no-browser", f"--port={port}",
            "--Voila.ip=127.0.0.1", f"--template={TEMPLATE}", "--VoilaConfiguration.show_tracebacks=True",
            # jupytext's JupyterLab extension (same environment) fails to load inside
            # Voilà and logs an error on every page; a dashboard does not need it.
            "--VoilaConfiguration.extension_denylist=jupyterlab-jupytext", *heat]


def wait_until_up(url: str, proc: subprocess.Popen, timeout_s: float = 60.0) -> None:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"Voilà stopped at start-up (exit code {proc.returncode})")
        try:
            urllib.request.urlopen(url, timeout=1)
            return
        except OSError:
            time.sleep(0.3)
    raise RuntimeError(f"Voilà did not answer at {url} within {timeout_s:.0f} s")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--language", choices=LANGUAGES, default=os.environ.get("TAAL") or LANGUAGES[0],
                        help="the edition to present (make present TAAL=nl)")
    parser.add_argument("--port", type=int, default=DEFAULT_PORT)
    parser.add_argument("--no-browser", action="store_true", help="only print the address")
    parser.add_argument("--no-preheat", action="store_true",
                        help="start a kernel when a dashboard is opened (less memory, a few seconds' wait)")
    args = parser.parse_args(argv)
    # Stopped by a signal rather than Ctrl+C (a closed terminal, `kill`): stop Voilà too.
    signal.signal(signal.SIGTERM, lambda *_: (_ for _ in ()).throw(KeyboardInterrupt()))
    root = presenter_folder(args.language)
    if not (root / "index.ipynb").exists():
        print(f"There are no dashboards for {args.language!r} yet ({root.relative_to(ROOT)}/index.ipynb is missing): "
              "run `make slides`.", file=sys.stderr)
        return 1
    port = args.port if port_is_free(args.port) else free_port()
    proc = subprocess.Popen(voila_command(port, root, preheat=not args.no_preheat), cwd=ROOT,
                            env=voila_env(dict(os.environ)))
    index = f"http://127.0.0.1:{port}/voila/render/index.ipynb"
    try:
        wait_until_up(f"http://127.0.0.1:{port}/", proc)
        print(f"\n  Presenter mode is running. Demos:  {index}\n  Stop with Ctrl+C.\n", flush=True)
        if not args.no_browser:
            webbrowser.open(index)
        return proc.wait()
    except KeyboardInterrupt:
        return 0
    finally:
        if proc.poll() is None:
            proc.terminate()
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                proc.kill()


if __name__ == "__main__":
    sys.exit(main())
