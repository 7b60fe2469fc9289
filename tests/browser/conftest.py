"""Shared fixtures for tests that drive the kit in a real browser.

Everything runs offline on 127.0.0.1: one JupyterLab server per test session
(``lab_server``) over a temporary copy of notebooks/, exercises/ and solutions/,
and Debian's chromium driven by playwright (``chromium_browser``). Each test gets
an ``offline_page`` that aborts any request leaving the machine and records it,
together with JavaScript console errors and failed requests.

Every test in this folder is marked ``browser``. Without /usr/bin/chromium or the
playwright package they are skipped with the reason, unless ``CI=true`` or
``KIT_REQUIRE_BROWSER=1`` is set: then a missing browser is a failure, so CI
cannot pass by silently skipping them.

Useful on a page:

* ``page.blocked_requests`` / ``page.console_errors`` / ``page.failed_requests``: lists of str.
* ``page.save_screenshot("name")`` -> path under ``artifacts/screenshots/browser/``
  (a screenshot is also saved automatically when a test fails).
* ``lab_server`` is the base URL (a ``str``, e.g. ``http://127.0.0.1:8123/``) with
  ``.token``, ``.root`` (the temporary copy) and ``.lab_url("notebooks/x.ipynb")``
  (opens the notebook with ``?reset`` and the token).
* ``run_all(page)`` (a fixture returning a function) opens Run > Run All Cells and waits for Idle.
"""
from __future__ import annotations

import contextlib
import json
import os
import re
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--disable-quic", "--no-first-run"]
SCREENSHOTS = ROOT / "artifacts" / "screenshots" / "browser"
LAB_TOKEN = "customer-king-browser-tests"
VIEWPORT = {"width": 1366, "height": 900}
_LOCAL = re.compile(r"^(https?://(127\.0\.0\.1|localhost)(:\d+)?(/|$)|file:|data:|blob:)")
_HERE = Path(__file__).resolve().parent


def browser_required() -> bool:
    """CI (or a developer who asks for it) must not skip the browser tests."""
    return os.environ.get("CI", "").lower() == "true" or os.environ.get("KIT_REQUIRE_BROWSER") == "1"


def missing_browser_reason() -> str | None:
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return "the playwright package is not installed (pip install -c constraints.txt -e '.[test]')"
    if not os.access(CHROMIUM, os.X_OK):
        return f"{CHROMIUM} is missing (apt-get install -y chromium)"
    return None


def pytest_configure(config):
    config.addinivalue_line("markers", "browser: drives the kit in chromium via playwright (tests/browser)")


def pytest_collection_modifyitems(config, items):
    ours = [item for item in items if _HERE in Path(str(item.fspath)).resolve().parents]
    if not ours:
        return
    for item in ours:
        item.add_marker(pytest.mark.browser)
    reason = missing_browser_reason()
    if reason is None:
        return
    if browser_required():
        marker = pytest.mark.usefixtures("_fail_without_browser")
    else:
        marker = pytest.mark.skip(reason=f"browser test skipped: {reason}")
    for item in ours:
        item.add_marker(marker)


@pytest.fixture
def _fail_without_browser():
    pytest.fail(f"browser tests are required here (CI=true or KIT_REQUIRE_BROWSER=1) but {missing_browser_reason()}",
                pytrace=False)


@pytest.hookimpl(wrapper=True, tryfirst=True)
def pytest_runtest_makereport(item, call):
    report = yield
    setattr(item, f"rep_{report.when}", report)
    return report


# ------------------------------------------------------------------ browser
@pytest.fixture(scope="session")
def playwright_instance():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        yield p


@pytest.fixture(scope="session")
def chromium_browser(playwright_instance):
    browser = playwright_instance.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
    yield browser
    browser.close()


def _safe_name(text: str) -> str:
    return re.sub(r"[^A-Za-z0-9_.-]+", "_", text).strip("_")[:120]


@pytest.fixture
def offline_page(chromium_browser, request):
    """A fresh page in its own context that cannot reach anything beyond this machine."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    context = chromium_browser.new_context(viewport=VIEWPORT)
    page = context.new_page()
    page.blocked_requests = []
    page.console_errors = []
    page.failed_requests = []

    def route(r):
        url = r.request.url
        if _LOCAL.match(url):
            r.continue_()
        else:
            page.blocked_requests.append(url)
            r.abort()

    context.route("**/*", route)
    page.on("console", lambda msg: msg.type == "error" and page.console_errors.append(
        f"{msg.text} ({msg.location.get('url', '')}:{msg.location.get('lineNumber', '')})"))
    page.on("pageerror", lambda exc: page.console_errors.append(f"uncaught: {exc}"))
    page.on("requestfailed", lambda req: req.url not in page.blocked_requests and page.failed_requests.append(
        f"{req.method} {req.url}: {req.failure}"))

    test_name = _safe_name(request.node.name)

    def save_screenshot(name: str = "", *, full_page: bool = False) -> Path:
        path = SCREENSHOTS / f"{test_name}{'_' + _safe_name(name) if name else ''}.png"
        page.screenshot(path=str(path), full_page=full_page)
        return path

    page.save_screenshot = save_screenshot
    yield page
    report = getattr(request.node, "rep_call", None)
    if report is not None and report.failed:
        try:
            save_screenshot("FAILED")
        except Exception:  # the page may be gone; the failure itself matters more
            pass
    context.close()


# ------------------------------------------------------------------ JupyterLab
class LabURL(str):
    """The server's base URL, plus what a test needs to open notebooks on it."""

    token: str
    root: Path

    def lab_url(self, relpath: str) -> str:
        return f"{self}lab/tree/{relpath}?reset&token={self.token}"

    def shutdown_kernels(self) -> None:
        """End every kernel the tests started (kernels outlive the page that opened them)."""
        with urllib.request.urlopen(f"{self}api/sessions?token={self.token}", timeout=10) as r:
            sessions = json.load(r)
        for s in sessions:
            req = urllib.request.Request(f"{self}api/sessions/{s['id']}?token={self.token}", method="DELETE")
            try:
                urllib.request.urlopen(req, timeout=10).close()
            except OSError:
                pass


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextlib.contextmanager
def running_lab(scratch: Path, lab_args: list[str] | None = None):
    """JupyterLab on 127.0.0.1 over a copy of the kit made in ``scratch``; yields a :class:`LabURL`.

    Plain context manager, so that benchmarks can use it without pytest. ``lab_args``
    replaces the address and root arguments with others (``make lab``'s own, run from
    the copy's folder, so that their ``--ServerApp.root_dir=.`` means the copy).
    """
    work = scratch / "kit"
    for folder in ("notebooks", "exercises", "solutions"):
        if (ROOT / folder).is_dir():
            shutil.copytree(ROOT / folder, work / folder)
    state = scratch / "state"
    env = dict(os.environ)
    for var in ("JUPYTER_CONFIG_DIR", "JUPYTER_RUNTIME_DIR", "JUPYTER_DATA_DIR", "IPYTHONDIR", "MPLCONFIGDIR"):
        env[var] = str(state / var.lower())
        Path(env[var]).mkdir(parents=True, exist_ok=True)
    # The kit's own settings overrides (no news toast), as `make setup` installs them.
    app_settings = state / "app-settings"
    user_settings = state / "user-settings"
    workspaces = state / "workspaces"
    for d in (app_settings, user_settings, workspaces):
        d.mkdir(parents=True)
    shutil.copy(ROOT / "jupyter-settings" / "overrides.json", app_settings / "overrides.json")
    env["JUPYTERLAB_SETTINGS_DIR"] = str(user_settings)
    env["JUPYTERLAB_WORKSPACES_DIR"] = str(workspaces)
    env.setdefault("PYDEVD_DISABLE_FILE_VALIDATION", "1")
    port = _free_port()
    where = lab_args if lab_args is not None else ["--ServerApp.ip=127.0.0.1", f"--ServerApp.root_dir={work}"]
    cmd = [sys.executable, "-m", "jupyterlab", "--no-browser", f"--port={port}", *where,
           f"--IdentityProvider.token={LAB_TOKEN}", f"--LabApp.app_settings_dir={app_settings}",
           f"--LabApp.user_settings_dir={user_settings}", f"--LabApp.workspaces_dir={workspaces}"]
    if hasattr(os, "geteuid") and os.geteuid() == 0 and "--allow-root" not in cmd:
        cmd.append("--allow-root")  # JupyterLab exits at once as root without it
    log_path = state / "jupyterlab.log"
    log = open(log_path, "wb")
    proc = subprocess.Popen(cmd, cwd=work, env=env, stdout=log, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}/"
    try:
        for _ in range(240):
            if proc.poll() is not None:
                raise RuntimeError(f"JupyterLab exited with {proc.returncode}; {log_path}:\n"
                                   + log_path.read_text(errors="replace")[-3000:])
            try:
                urllib.request.urlopen(f"{base}api/status?token={LAB_TOKEN}", timeout=1).close()
                break
            except OSError:
                time.sleep(0.25)
        else:
            raise RuntimeError("JupyterLab did not answer within 60 s")
        url = LabURL(base)
        url.token = LAB_TOKEN
        url.root = work
        yield url
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()
        log.close()


@pytest.fixture(scope="session")
def lab_server(tmp_path_factory):
    """JupyterLab on 127.0.0.1 over a temporary copy of the kit; yields its base URL."""
    reason = missing_browser_reason()
    if reason and not browser_required():
        pytest.skip(reason)
    with running_lab(tmp_path_factory.mktemp("lab")) as url:
        yield url


IDLE = "#jp-main-statusbar >> text=Idle"


def run_all_cells(page, timeout_ms: int = 120_000) -> None:
    """Run > Run All Cells in the open notebook, then wait until no cell is queued and the kernel is Idle."""
    page.wait_for_selector(".jp-Notebook", timeout=60_000)
    page.wait_for_selector(IDLE, timeout=60_000)
    page.click(".lm-MenuBar-itemLabel:text-is('Run')", timeout=10_000)
    page.click(".lm-Menu-item[data-command='runmenu:run-all']")
    # Busy first, then Idle again: wait until no cell still shows [*].
    page.wait_for_function(
        "() => !document.querySelector('.jp-NotebookPanel:not(.lm-mod-hidden) .jp-InputPrompt')"
        " || ![...document.querySelectorAll('.jp-NotebookPanel:not(.lm-mod-hidden) .jp-InputPrompt')]"
        ".some(p => p.textContent.includes('[*]'))", timeout=timeout_ms)
    page.wait_for_selector(IDLE, timeout=timeout_ms)


@pytest.fixture(scope="session")
def run_all():
    """Return ``run(page, timeout_ms)``: :func:`run_all_cells`."""
    return run_all_cells
