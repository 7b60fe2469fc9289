"""Does presenter mode open from Binder's environment alone? A Binder-style launch, without conda.

Binder (repo2docker) builds the kit from ``environment.yml``, then runs ``postBuild``
(``pip install --no-deps -e .``: the kit's package, no dependency of its own), then
starts JupyterLab, and the presenter badge opens
``/voila/render/presenter/index.ipynb`` through Voilà's server extension. There is no
conda on the kit's machines, so this emulates that as closely as pip can:

1. a copy of the repository as committed (``git archive HEAD``: what Binder clones);
2. a fresh venv, with exactly the packages and versions ``environment.yml`` lists,
   installed by pip from PyPI (conda-forge's ``matplotlib-base`` is PyPI's
   ``matplotlib``); nothing from the kit's constraints.txt or test extra;
3. ``postBuild`` run as it is, in that venv;
4. ``jupyter lab`` from the copy (no Voilà started by hand), then headless chromium at
   ``/voila/render/presenter/index.ipynb`` and at one dashboard through the index's
   link: the cards are there, the dashboard's slider moves its picture.

It needs the network to PyPI (about a minute with a warm pip cache) and the kit's own
venv for playwright (``make setup``). Usage::

    .venv/bin/python tools/check_binder_env.py [--keep] [--python python3.11]

Exit status 0 when everything above worked; the report says what was installed.
"""
from __future__ import annotations

import argparse
import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CONDA_TO_PYPI = {"matplotlib-base": "matplotlib"}
TOKEN = "binder-style-check"
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--disable-quic", "--no-first-run"]


def environment_packages(text: str) -> tuple[str | None, list[str]]:
    """(python version, pip requirements) for the conda dependencies of an environment.yml."""
    python, requirements = None, []
    in_deps = False
    for line in text.splitlines():
        if re.match(r"^dependencies:\s*$", line):
            in_deps = True
            continue
        if in_deps and re.match(r"^\S", line):
            in_deps = False
        match = re.match(r"^\s+-\s*([A-Za-z0-9_.-]+)\s*=\s*([^\s=#]+)\s*$", line) if in_deps else None
        if not match:
            continue
        name, version = match.groups()
        if name == "python":
            python = version
        else:
            requirements.append(f"{CONDA_TO_PYPI.get(name, name)}=={version}")
    return python, requirements


def run(cmd: list[str], **kwargs) -> None:
    print("$", " ".join(cmd), flush=True)
    subprocess.run(cmd, check=True, **kwargs)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def browse(base: str) -> list[str]:
    """Open the presenter index, follow a card to a dashboard, move its slider. Returns problems."""
    from playwright.sync_api import sync_playwright

    problems: list[str] = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": 1280, "height": 720})
        page.goto(f"{base}voila/render/presenter/index.ipynb?token={TOKEN}", timeout=180_000)
        page.wait_for_selector(".kit-card", timeout=180_000)
        cards = page.locator(".kit-card").count()
        print(f"index: {cards} cards", flush=True)
        if cards == 0:
            problems.append("the index shows no cards")
        page.locator(".kit-card h3 a[href='03_moderator.ipynb']").click()
        page.wait_for_selector(".widget-slider .noUi-handle[role=slider]", timeout=180_000)
        page.wait_for_function("() => document.querySelector('img.kit-explorer-figure')?.getAttribute('src')",
                               timeout=60_000)
        print(f"dashboard: {page.url}", flush=True)
        before = page.get_attribute("img.kit-explorer-figure", "src")
        page.locator(".widget-slider .noUi-handle[role=slider]").first.press("ArrowRight")
        try:
            page.wait_for_function("(old) => document.querySelector('img.kit-explorer-figure').src !== old",
                                   arg=before, timeout=30_000)
            print("dashboard: the slider moved the picture", flush=True)
        except Exception:  # noqa: BLE001 (a report, not a crash)
            problems.append("the dashboard's picture did not change after ArrowRight")
        shots = ROOT / "artifacts" / "screenshots" / "presenter"
        shots.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(shots / "binder_style_03_moderator.png"))
        page.goto("about:blank")
        browser.close()
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--python", default=None, help="interpreter for the venv (default: python<version of environment.yml>)")
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder")
    args = parser.parse_args(argv)

    python_version, requirements = environment_packages((ROOT / "environment.yml").read_text(encoding="utf-8"))
    interpreter = args.python or (f"python{python_version}" if python_version else "python3")
    print(f"environment.yml: python {python_version}; {' '.join(requirements)}", flush=True)
    if not any(r.startswith("voila==") for r in requirements):
        print("environment.yml lists no voila: the presenter badge cannot work on Binder")
        return 1

    tmp = Path(tempfile.mkdtemp(prefix="binder-style-"))
    repo, venv, state = tmp / "repo", tmp / "venv", tmp / "state"
    proc = None
    try:
        repo.mkdir()
        archive = subprocess.run(["git", "-C", str(ROOT), "archive", "HEAD"], check=True, capture_output=True).stdout
        subprocess.run(["tar", "-x", "-C", str(repo)], input=archive, check=True)
        started = time.monotonic()
        run([interpreter, "-m", "venv", str(venv)])
        pip = [str(venv / "bin" / "python"), "-m", "pip", "install", "--quiet", "--disable-pip-version-check"]
        run([*pip, "--upgrade", "pip"])
        run([*pip, *requirements])
        env = dict(os.environ, PATH=f"{venv / 'bin'}:{os.environ['PATH']}", VIRTUAL_ENV=str(venv))
        for var in ("JUPYTER_CONFIG_DIR", "JUPYTER_RUNTIME_DIR", "JUPYTER_DATA_DIR", "IPYTHONDIR", "MPLCONFIGDIR",
                    "JUPYTERLAB_SETTINGS_DIR", "JUPYTERLAB_WORKSPACES_DIR"):
            env[var] = str(state / var.lower())  # nothing lands in the home folder
        env.pop("JUPYTER_PATH", None)
        run(["bash", "postBuild"], cwd=repo, env=env)
        print(f"environment built in {time.monotonic() - started:.0f} s", flush=True)
        frozen = subprocess.run([str(venv / "bin" / "python"), "-m", "pip", "list", "--format=freeze"],
                                check=True, capture_output=True, text=True).stdout
        versions = {line.split("==")[0].lower(): line for line in frozen.splitlines() if "==" in line}
        print("installed:", ", ".join(versions.get(name, f"{name}: MISSING") for name in
                                      ("voila", "jupyterlab", "ipywidgets", "matplotlib", "numpy", "ipykernel")))
        if "playwright" in versions:
            print("playwright is in the Binder-style environment: it should not be")
            return 1

        port = free_port()
        cmd = [str(venv / "bin" / "jupyter"), "lab", "--no-browser", f"--port={port}", "--ServerApp.ip=127.0.0.1",
               "--ServerApp.root_dir=.", f"--IdentityProvider.token={TOKEN}"]
        if hasattr(os, "geteuid") and os.geteuid() == 0:
            cmd.append("--allow-root")
        log = open(tmp / "jupyterlab.log", "wb")
        proc = subprocess.Popen(cmd, cwd=repo, env=env, stdout=log, stderr=subprocess.STDOUT)
        base = f"http://127.0.0.1:{port}/"
        for _ in range(480):
            if proc.poll() is not None:
                print((tmp / "jupyterlab.log").read_text(errors="replace")[-3000:])
                return 1
            try:
                urllib.request.urlopen(f"{base}api/status?token={TOKEN}", timeout=1).close()
                break
            except OSError:
                time.sleep(0.25)
        problems = browse(base)
        for problem in problems:
            print("PROBLEM:", problem)
        print("Binder-style launch:", "OK" if not problems else "FAILED")
        return 1 if problems else 0
    finally:
        if proc is not None:
            proc.terminate()
            try:
                proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                proc.kill()
        if args.keep:
            print(f"kept {tmp}")
        else:
            shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
