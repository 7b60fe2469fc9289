"""Screenshot notebooks as a participant sees them in JupyterLab.

Starts JupyterLab on 127.0.0.1 over a temporary copy of the kit, opens each
named notebook, runs all cells, and saves full-page screenshots (one per
screen height) to ``artifacts/screenshots/``. For looking, not for testing.

Usage: python tools/screenshot_lab.py notebooks/00_start_here.ipynb [...]
Screen size from SHOT_WIDTH / SHOT_HEIGHT (default 1024 x 768). SHOT_FILE_BROWSER=closed
closes the file browser first, as ``make lab`` opens the kit (a wider notebook column).
Needs Debian's chromium and the playwright package (a test tool, not a kit
dependency).
"""
from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

from playwright.sync_api import sync_playwright

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "artifacts" / "screenshots"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--disable-quic", "--no-first-run"]
TOKEN = "screenshots"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_lab(workdir: Path, port: int) -> subprocess.Popen:
    env = dict(os.environ)
    for var in ("JUPYTER_CONFIG_DIR", "JUPYTER_RUNTIME_DIR", "IPYTHONDIR", "MPLCONFIGDIR"):
        env[var] = str(workdir / ".state" / var.lower())
    settings = workdir / ".state" / "lab-settings"
    settings.mkdir(parents=True)
    # No "news" toast over the notebook.
    (settings / "overrides.json").write_text(json.dumps(
        {"@jupyterlab/apputils-extension:notification": {"fetchNews": "false", "checkForUpdates": False}}))
    env["JUPYTERLAB_SETTINGS_DIR"] = str(settings)
    cmd = [sys.executable, "-m", "jupyterlab", "--no-browser", "--allow-root", f"--port={port}",
           "--ServerApp.ip=127.0.0.1", f"--IdentityProvider.token={TOKEN}",
           f"--ServerApp.root_dir={workdir}", f"--LabApp.user_settings_dir={settings}"]
    proc = subprocess.Popen(cmd, cwd=workdir, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    for _ in range(120):
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/api/status?token={TOKEN}", timeout=1)
            return proc
        except OSError:
            time.sleep(0.5)
    proc.kill()
    raise RuntimeError("JupyterLab did not start")


def main(paths: list[str]) -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        for folder in ("notebooks", "exercises", "solutions"):
            shutil.copytree(ROOT / folder, work / folder)
        port = free_port()
        lab = start_lab(work, port)
        try:
            with sync_playwright() as p:
                browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
                page = browser.new_page(viewport={"width": int(os.environ.get("SHOT_WIDTH", 1024)), "height": int(os.environ.get("SHOT_HEIGHT", 768))})
                for rel in paths:
                    page.goto(f"http://127.0.0.1:{port}/lab/tree/{rel}?reset&token={TOKEN}")
                    page.wait_for_selector(".jp-Notebook", timeout=60_000)
                    page.wait_for_selector("#jp-main-statusbar >> text=Idle", timeout=60_000)
                    if os.environ.get("SHOT_FILE_BROWSER") == "closed" and page.evaluate(
                            "!document.querySelector('#jp-left-stack').classList.contains('lm-mod-hidden')"):
                        page.click(".jp-SideBar.jp-mod-left .lm-TabBar-tab.lm-mod-current")  # its folder icon
                        page.wait_for_selector("#jp-left-stack.lm-mod-hidden", state="attached", timeout=10_000)
                    page.click("text=Run", timeout=10_000)
                    page.click(".lm-Menu-item[data-command='runmenu:run-all']")
                    time.sleep(2)
                    page.wait_for_selector("#jp-main-statusbar >> text=Idle", timeout=120_000)
                    time.sleep(2)
                    stem = "_".join(Path(rel).with_suffix("").parts)
                    scroller = ".jp-NotebookPanel:not(.lm-mod-hidden) .jp-WindowedPanel-outer"
                    height, visible = page.evaluate(
                        f"(() => {{ const s = document.querySelector('{scroller}'); "
                        f"return [s.scrollHeight, s.clientHeight]; }})()")
                    # Step by what the notebook shows, less a little overlap, so no strip is skipped.
                    step = max(200, int(visible) - 60)
                    shots = 0
                    for top in range(0, height, step):
                        page.evaluate(f"document.querySelector('{scroller}').scrollTop = {top}")
                        time.sleep(0.6)
                        page.screenshot(path=str(OUT / f"{stem}_{shots:02d}.png"))
                        shots += 1
                    print(f"{rel}: {shots} screenshots")
                browser.close()
        finally:
            lab.terminate()
            lab.wait(timeout=20)


if __name__ == "__main__":
    main(sys.argv[1:] or ["notebooks/00_start_here.ipynb"])
