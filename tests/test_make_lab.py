"""`make lab` reaches everything: a server started with the Makefile's own arguments
serves the start notebook first and every notebook link (lesson -> exercises ->
solutions and back) through its contents API."""
from __future__ import annotations

import json
import os
import re
import secrets
import shlex
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import nbformat
import pytest

ROOT = Path(__file__).resolve().parents[1]
LINK = re.compile(r"\]\(([^)\s]+\.ipynb)(#[^)]*)?\)")
FOLDERS = ("notebooks", "exercises", "solutions")


def makefile_lab_args(*variables: str) -> list[str]:
    out = subprocess.run(["make", "-s", "--no-print-directory", "print-lab-args", *variables], cwd=ROOT,
                         capture_output=True, text=True, check=True)
    return shlex.split(out.stdout)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def lab(tmp_path_factory):
    port, token = _free_port(), secrets.token_hex(8)
    scratch = tmp_path_factory.mktemp("lab")
    env = dict(os.environ, JUPYTER_CONFIG_DIR=str(scratch / "config"), JUPYTER_RUNTIME_DIR=str(scratch / "run"),
               JUPYTER_DATA_DIR=str(scratch / "data"), IPYTHONDIR=str(scratch / "ipython"))
    command = [sys.executable, "-m", "jupyterlab", *makefile_lab_args(), "--no-browser", f"--port={port}",
               f"--IdentityProvider.token={token}", "--ServerApp.port_retries=0"]
    server = subprocess.Popen(command, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            urllib.request.urlopen(f"{base}/api/status?token={token}", timeout=2)
            break
        except (urllib.error.URLError, ConnectionError):
            if server.poll() is not None:
                pytest.fail(f"JupyterLab exited: {server.stderr.read().decode()[-2000:]}")
            time.sleep(0.5)
    else:
        server.kill()
        pytest.fail("JupyterLab did not start within 60 s")
    yield base, token
    server.terminate()
    try:
        server.wait(timeout=20)
    except subprocess.TimeoutExpired:
        server.kill()


def _status(url: str) -> int:
    try:
        return urllib.request.urlopen(url, timeout=10).status
    except urllib.error.HTTPError as error:
        return error.code


def _links() -> list[tuple[str, str]]:
    found = []
    for folder in FOLDERS:  # both editions: notebooks/*.ipynb and notebooks/nl/*.ipynb
        for path in sorted((ROOT / folder).glob("*.ipynb")) + sorted((ROOT / folder).glob("nl/*.ipynb")):
            notebook = nbformat.read(path, as_version=4)
            here = str(path.parent.relative_to(ROOT))
            for cell in notebook.cells:
                if cell.cell_type != "markdown":
                    continue
                for target, _anchor in LINK.findall(cell.source):
                    if "://" in target:
                        continue
                    resolved = os.path.normpath(os.path.join(here, target))
                    found.append((str(path.relative_to(ROOT)), resolved))
    return found


def test_the_server_opens_the_start_notebook(lab):
    base, token = lab

    class NoRedirect(urllib.request.HTTPRedirectHandler):
        def redirect_request(self, *args, **kwargs):
            return None

    opener = urllib.request.build_opener(NoRedirect)
    try:
        opener.open(f"{base}/?token={token}", timeout=10)
        location = ""
    except urllib.error.HTTPError as redirect:
        location = redirect.headers.get("Location", "")
    assert location.split("?")[0].endswith("/lab/tree/notebooks/00_start_here.ipynb"), location
    assert _status(f"{base}/api/contents/notebooks/00_start_here.ipynb?content=0&token={token}") == 200


def test_every_notebook_link_resolves_through_the_server(lab):
    base, token = lab
    links = _links()
    assert len(links) > 20, "expected links between lessons, exercises and solutions"
    broken = [f"{source} -> {target}" for source, target in links
              if _status(f"{base}/api/contents/{target}?content=0&token={token}") != 200]
    assert not broken, broken


def test_lessons_exercises_and_solutions_are_all_reachable(lab):
    base, token = lab
    for folder in FOLDERS:
        listing = json.load(urllib.request.urlopen(f"{base}/api/contents/{folder}?token={token}", timeout=10))
        names = {item["name"] for item in listing["content"]}
        assert {p.name for p in (ROOT / folder).glob("*.ipynb")} <= names


def test_taal_nl_opens_the_dutch_start_notebook():
    args = makefile_lab_args("TAAL=nl")
    start = next(a.split("=", 1)[1] for a in args if a.startswith("--LabApp.default_url="))
    assert start == "/lab/tree/notebooks/nl/00_start_here.ipynb"
    assert (ROOT / start.removeprefix("/lab/tree/")).exists(), "make lab TAAL=nl: no Dutch start notebook"
    # Only the start differs from the English `make lab`.
    assert [a.replace("/notebooks/nl/", "/notebooks/") for a in args] == makefile_lab_args()
