"""A real JupyterHub on 127.0.0.1 and simulated participants, for tests and benchmarks.

``running_hub(scratch)`` starts JupyterHub (DummyAuthenticator, SimpleLocalProcessSpawner,
configurable-http-proxy) with all its state in ``scratch``, and stops it again.
``served_kit(scratch)`` serves a git repository of the kit's notebooks with ``git daemon``
on 127.0.0.1, the way an institution hands the kit out with an nbgitpuller link.
``Participant`` does what one person in the room does, over HTTP and the kernel
websocket protocol only (no browser): log in through the link, wait for the server,
pull the kit, open a lesson and run it, move a slider, answer three questions, save.

Everything listens on 127.0.0.1 and every wait is bounded, so a broken hub fails a test
in minutes instead of hanging it. No system users are made: every single-user server runs
as the user who runs the tests, in its own temporary home folder.
"""
from __future__ import annotations

import contextlib
import json
import os
import secrets
import shutil
import socket
import struct
import subprocess
import sys
import time
import urllib.parse
import uuid
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
VENV_BIN = Path(sys.executable).parent
# `.ci/run` installs the proxy here (npm --prefix .venv/node); a global install works too.
LOCAL_PROXY = ROOT / ".venv" / "node" / "node_modules" / ".bin" / "configurable-http-proxy"
SERVICE_TOKEN = "customer-king-room-" + secrets.token_hex(8)
TARGET = "customer-king"  # the folder nbgitpuller pulls the kit into
LESSON = "notebooks/02_satisfaction_versus_sales.ipynb"
EXERCISES = "exercises/01_customer_orientation.ipynb"
SOLUTIONS = "solutions/01_customer_orientation.ipynb"
QUESTIONS = ("q1", "q2", "q3")


def proxy_command() -> str | None:
    if os.access(LOCAL_PROXY, os.X_OK):
        return str(LOCAL_PROXY)
    return shutil.which("configurable-http-proxy")


def missing_hub_reason() -> str | None:
    """Why a hub cannot run here (None when it can)."""
    for module in ("jupyterhub", "nbgitpuller", "jupyterhub_idle_culler", "websocket", "requests", "psutil"):
        try:
            __import__(module)
        except ImportError:
            return f"the {module} package is missing (pip install -c constraints.txt -e '.[test]')"
    if proxy_command() is None:
        return ("configurable-http-proxy is missing "
                "(npm install --prefix .venv/node configurable-http-proxy, as .ci/run does)")
    if shutil.which("git") is None:
        return "git is missing"
    return None


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _wait(what: str, ready, timeout: float, proc: subprocess.Popen | None = None, log: Path | None = None):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc is not None and proc.poll() is not None:
            tail = log.read_text(errors="replace")[-3000:] if log else ""
            raise RuntimeError(f"{what} exited with {proc.returncode}:\n{tail}")
        try:
            result = ready()
        except OSError:
            result = None
        if result:
            return result
        time.sleep(0.2)
    tail = log.read_text(errors="replace")[-3000:] if log else ""
    raise TimeoutError(f"{what} not ready within {timeout:.0f} s\n{tail}")


def _stop(proc: subprocess.Popen, timeout: float = 30) -> None:
    if proc.poll() is None:
        proc.terminate()
        try:
            proc.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=10)


# ------------------------------------------------------------------ the kit, as a git repository
@dataclass
class ServedKit:
    url: str  # git://127.0.0.1:PORT/kit
    branch: str
    workdir: Path  # the repository's working copy (commit here to publish a change)


@contextlib.contextmanager
def served_kit(scratch: Path):
    """The kit's notebooks in a fresh git repository, served read-only by ``git daemon``."""
    base = scratch / "git"
    repo = base / "kit"
    repo.mkdir(parents=True)
    for folder in ("notebooks", "exercises", "solutions"):
        shutil.copytree(ROOT / folder, repo / folder)
    shutil.copy(ROOT / "README.md", repo / "README.md")
    git = ["git", "-C", str(repo), "-c", "user.name=kit", "-c", "user.email=kit@127.0.0.1"]
    subprocess.run([*git, "init", "-q", "-b", "main"], check=True)
    subprocess.run([*git, "add", "-A"], check=True)
    subprocess.run([*git, "commit", "-q", "-m", "the kit, as handed out"], check=True)
    port = free_port()
    log = scratch / "git-daemon.log"
    with open(log, "wb") as out:
        proc = subprocess.Popen(
            ["git", "daemon", "--reuseaddr", "--export-all", "--listen=127.0.0.1", f"--port={port}",
             f"--base-path={base}", str(base)], stdout=out, stderr=subprocess.STDOUT)
    try:
        url = f"git://127.0.0.1:{port}/kit"
        _wait("git daemon", lambda: subprocess.run(["git", "ls-remote", url], capture_output=True,
                                                   timeout=10).returncode == 0, 30, proc, log)
        yield ServedKit(url, "main", repo)
    finally:
        _stop(proc)


# ------------------------------------------------------------------ the hub
@dataclass
class Hub:
    url: str  # http://127.0.0.1:PORT (the proxy: what participants open)
    proc: subprocess.Popen
    scratch: Path
    log: Path
    token: str = SERVICE_TOKEN

    def api(self, method: str, path: str, **kwargs):
        import requests

        r = requests.request(method, f"{self.url}/hub/api{path}", timeout=30,
                             headers={"Authorization": f"token {self.token}"}, **kwargs)
        return r

    def user(self, name: str) -> dict:
        r = self.api("GET", f"/users/{name}")
        r.raise_for_status()
        return r.json()

    def server_ready(self, name: str) -> bool:
        server = self.user(name).get("servers", {}).get("")
        return bool(server and server.get("ready"))

    def server_running(self, name: str) -> bool:
        return "" in self.user(name).get("servers", {})

    def processes(self) -> dict:
        """psutil processes: the hub, the proxy, and per user their server and kernels."""
        import psutil

        hub = psutil.Process(self.proc.pid)
        found = {"hub": [hub], "proxy": [], "users": {}}
        for child in hub.children(recursive=True):
            try:
                cmd = " ".join(child.cmdline())
                if "configurable-http-proxy" in cmd or cmd.startswith("node"):
                    found["proxy"].append(child)
                elif "jupyterhub-singleuser" in cmd:
                    user = child.environ().get("JUPYTERHUB_USER", "?")
                    found["users"][user] = [child, *child.children(recursive=True)]
            except psutil.Error:
                continue
        return found


def hub_config(scratch: Path, port: int, *, cull_after: float | None, mem_limit: str | None = None) -> str:
    """jupyterhub_config.py for a room on 127.0.0.1 (the test's own, not a deployment's)."""
    homes = scratch / "home"
    homes.mkdir(exist_ok=True)
    singleuser = [str(VENV_BIN / "jupyterhub-singleuser")]
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        singleuser.append("--allow-root")  # CI runs as root; Jupyter servers refuse to without it
    services = [{"name": "room", "api_token": SERVICE_TOKEN}]
    roles = [{"name": "room", "services": ["room"],
              "scopes": ["admin:users", "admin:servers", "tokens", "access:servers", "read:hub"]}]
    if cull_after is not None:
        services.append({"name": "idle-culler", "command": [
            sys.executable, "-m", "jupyterhub_idle_culler", f"--timeout={int(cull_after)}", "--cull-every=2"]})
        roles.append({"name": "idle-culler", "services": ["idle-culler"],
                      "scopes": ["list:users", "read:users:activity", "read:servers", "delete:servers"]})
    env = {
        "PYDEVD_DISABLE_FILE_VALIDATION": "1",
        "MPLBACKEND": "agg",
        "PATH": f"{VENV_BIN}{os.pathsep}{os.environ.get('PATH', '/usr/bin:/bin')}",
    }
    return f"""
c = get_config()  # noqa
c.JupyterHub.ip = "127.0.0.1"
c.JupyterHub.port = {port}
c.JupyterHub.hub_ip = "127.0.0.1"
c.JupyterHub.hub_port = {free_port()}
c.ConfigurableHTTPProxy.api_url = "http://127.0.0.1:{free_port()}"
c.ConfigurableHTTPProxy.command = [{proxy_command()!r}]
c.ConfigurableHTTPProxy.pid_file = {str(scratch / 'proxy.pid')!r}
c.JupyterHub.pid_file = {str(scratch / 'hub.pid')!r}
c.JupyterHub.db_url = "sqlite:///{scratch / 'hub.sqlite'}"
c.JupyterHub.cookie_secret_file = {str(scratch / 'cookie_secret')!r}
c.JupyterHub.authenticator_class = "dummy"
c.Authenticator.allow_all = True
c.JupyterHub.spawner_class = "simple"
c.SimpleLocalProcessSpawner.home_dir_template = {str(homes / '{username}')!r}
c.Spawner.cmd = {singleuser!r}
c.Spawner.default_url = "/lab"
c.Spawner.environment = {env!r}
c.Spawner.start_timeout = 180
c.Spawner.http_timeout = 180
c.Spawner.mem_limit = {mem_limit!r}
c.JupyterHub.services = {services!r}
c.JupyterHub.load_roles = {roles!r}
c.JupyterHub.cleanup_servers = True
c.JupyterHub.last_activity_interval = 5
"""


@contextlib.contextmanager
def running_hub(scratch: Path, *, cull_after: float | None = None):
    """JupyterHub on a free port of 127.0.0.1, state in ``scratch``; yields a :class:`Hub`."""
    import requests

    scratch.mkdir(parents=True, exist_ok=True)
    port = free_port()
    config = scratch / "jupyterhub_config.py"
    config.write_text(hub_config(scratch, port, cull_after=cull_after))
    log = scratch / "jupyterhub.log"
    env = dict(os.environ, PATH=f"{VENV_BIN}{os.pathsep}{os.environ.get('PATH', '')}")
    with open(log, "wb") as out:
        proc = subprocess.Popen([str(VENV_BIN / "jupyterhub"), "-f", str(config)], cwd=scratch, env=env,
                                stdout=out, stderr=subprocess.STDOUT, start_new_session=True)
    hub = Hub(f"http://127.0.0.1:{port}", proc, scratch, log)
    try:
        _wait("JupyterHub", lambda: requests.get(f"{hub.url}/hub/health", timeout=2).ok, 90, proc, log)
        yield hub
    finally:
        # The hub stops every single-user server it started (cleanup_servers) and the proxy.
        _stop(proc, timeout=60)
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(proc.pid, 15)  # anything of ours it left behind (same session only)


# ------------------------------------------------------------------ the kernel websocket protocol
def _decode_frame(frame) -> dict:
    """A kernel message from the websocket: JSON text, or binary with the buffers after it."""
    if isinstance(frame, str):
        return json.loads(frame)
    # jupyter_server's binary form: count n, n offsets, then the JSON and the buffers.
    (n,) = struct.unpack_from("!I", frame, 0)
    offsets = list(struct.unpack_from(f"!{n}I", frame, 4)) + [len(frame)]
    msg = json.loads(frame[offsets[0]:offsets[1]])
    msg["buffers"] = [frame[offsets[i]:offsets[i + 1]] for i in range(1, n)]
    return msg


class Kernel:
    """One kernel, spoken to over its websocket: execute code, watch widgets, send widget updates."""

    def __init__(self, ws_url: str, headers: list[str]):
        import websocket

        self.session = uuid.uuid4().hex
        self._url, self._headers = f"{ws_url}?session_id={self.session}", headers
        self.ws = websocket.create_connection(self._url, header=headers, timeout=60)
        self.widgets: dict[str, dict] = {}  # comm id -> last known state

    def reconnect(self) -> None:
        """A new websocket to the same kernel, as JupyterLab opens after a dropped connection.

        A client that does not read for a while (a participant's thread waiting for the rest
        of the room) cannot answer the server's pings, and the server closes the socket after
        ``websocket_ping_timeout``; the kernel and its widgets live on."""
        import websocket

        self.close()
        self.ws = websocket.create_connection(self._url, header=self._headers, timeout=60)

    def close(self) -> None:
        with contextlib.suppress(Exception):
            self.ws.close()

    def _send(self, msg_type: str, content: dict, channel: str = "shell") -> str:
        msg_id = uuid.uuid4().hex
        self.ws.send(json.dumps({
            "header": {"msg_id": msg_id, "msg_type": msg_type, "session": self.session, "username": "room",
                       "date": "", "version": "5.3"},
            "parent_header": {}, "metadata": {}, "content": content, "channel": channel, "buffers": []}))
        return msg_id

    def _receive(self, deadline: float) -> dict:
        self.ws.settimeout(max(0.05, deadline - time.monotonic()))
        frame = self.ws.recv()
        if not frame:
            raise ConnectionError("the kernel's websocket was closed")
        msg = _decode_frame(frame)
        kind = msg["header"]["msg_type"]
        content = msg.get("content", {})
        if kind == "comm_open" and content.get("target_name") == "jupyter.widget":
            self.widgets[content["comm_id"]] = dict(content["data"].get("state", {}))
        elif kind == "comm_msg" and content.get("data", {}).get("method") in ("update", "echo_update"):
            self.widgets.setdefault(content["comm_id"], {}).update(content["data"].get("state", {}))
        return msg

    def execute(self, code: str, timeout: float = 120) -> list[dict]:
        """Run ``code``; return its iopub outputs. Raises on an error or a time-out."""
        msg_id = self._send("execute_request", {"code": code, "silent": False, "store_history": True,
                                                "user_expressions": {}, "allow_stdin": False,
                                                "stop_on_error": True})
        deadline = time.monotonic() + timeout
        outputs, idle, replied = [], False, False
        while not (idle and replied):
            if time.monotonic() > deadline:
                raise TimeoutError(f"cell did not finish within {timeout} s: {code[:80]!r}")
            msg = self._receive(deadline)
            if msg.get("parent_header", {}).get("msg_id") != msg_id:
                continue
            kind = msg["header"]["msg_type"]
            if kind == "status" and msg["content"]["execution_state"] == "idle":
                idle = True
            elif kind == "execute_reply":
                replied = True
                if msg["content"]["status"] != "ok":
                    raise RuntimeError(f"cell failed: {msg['content'].get('ename')}: {msg['content'].get('evalue')}")
            elif kind in ("stream", "display_data", "execute_result", "error"):
                outputs.append(msg["content"])
        return outputs

    def explorer(self) -> tuple[str, str, dict]:
        """The first explorer on display: (its first slider's comm id, its 'rendered' widget's id, slider state)."""
        for state in self.widgets.values():
            if "kit-explorer" in state.get("_dom_classes", ()) and state.get("children"):
                ids = [c.removeprefix("IPY_MODEL_") for c in state["children"]]
                slider = next(i for i in ids if self.widgets[i].get("_model_name") == "FloatSliderModel")
                rendered = next(i for i in ids if "kit-explorer-rendered" in self.widgets[i].get("_dom_classes", ()))
                return slider, rendered, self.widgets[slider]
        raise LookupError("no explorer on display")

    def move_slider(self, slider: str, rendered: str, value: float, timeout: float = 60) -> tuple[float, int]:
        """Set the slider as the browser does; wait for the picture made for it. (seconds, PNG bytes)."""
        t0 = time.perf_counter()
        self._send("comm_msg", {"comm_id": slider, "data": {"method": "update", "state": {"value": value},
                                                            "buffer_paths": []}})
        deadline = time.monotonic() + timeout
        picture = 0
        while True:
            if time.monotonic() > deadline:
                raise TimeoutError(f"no new picture for slider value {value} within {timeout} s")
            msg = self._receive(deadline)
            content = msg.get("content", {})
            if msg["header"]["msg_type"] != "comm_msg":
                continue
            if msg.get("buffers") and content.get("data", {}).get("buffer_paths") == [["value"]]:
                picture = len(msg["buffers"][0])  # the Image widget's new PNG
            if content.get("comm_id") == rendered:
                shown = json.loads(self.widgets[rendered].get("value") or "{}")
                if picture and any(abs(v - value) < 1e-9 for v in shown.values()):
                    return time.perf_counter() - t0, picture


# ------------------------------------------------------------------ one participant
def _cell_sources(nb: dict) -> list[str]:
    return ["".join(c["source"]) if isinstance(c["source"], list) else c["source"]
            for c in nb["cells"] if c["cell_type"] == "code"]


def solution_answers(questions=QUESTIONS) -> dict[str, str]:
    """The solution's answer cells for ``questions`` (what a well-prepared participant types)."""
    nb = json.loads((ROOT / SOLUTIONS).read_text())
    found = {}
    for source in _cell_sources(nb):
        for q in questions:
            if source.startswith(f"answer_{q} ="):
                found[q] = source
    return found


def answer_in_notebook(nb: dict, answers: dict[str, str]) -> dict:
    """The exercise notebook with the answer cells of ``answers`` filled in (as typed in JupyterLab)."""
    for cell in nb["cells"]:
        source = "".join(cell["source"]) if isinstance(cell["source"], list) else cell["source"]
        for q, typed in answers.items():
            if cell["cell_type"] == "code" and source.startswith(f"answer_{q} ="):
                cell["source"] = typed
    return nb


@dataclass
class Participant:
    hub: Hub
    name: str
    link: str  # the nbgitpuller link the trainer handed out
    timings: dict = field(default_factory=dict)
    moves: list = field(default_factory=list)  # seconds from slider update to the new picture
    picture_bytes: int = 0

    def __post_init__(self):
        import requests

        self.http = requests.Session()
        self.token = None

    @property
    def server(self) -> str:
        return f"{self.hub.url}/user/{self.name}"

    def api(self, method: str, path: str, **kwargs):
        r = self.http.request(method, f"{self.server}/api{path}", timeout=60,
                              headers={"Authorization": f"token {self.token}"}, **kwargs)
        r.raise_for_status()
        return r.json() if r.content else None

    # -- arriving
    def log_in(self, timeout: float = 300) -> str:
        """Open the link, log in on the hub's form, wait for the server; return the page the link lands on."""
        t0 = time.perf_counter()
        first = self.http.get(self.link, timeout=60)  # -> the login form (not logged in yet)
        xsrf = self.http.cookies.get("_xsrf", path="/hub/") or self.http.cookies.get("_xsrf")
        next_url = urllib.parse.parse_qs(urllib.parse.urlsplit(first.url).query).get("next", [""])[0]
        r = self.http.post(f"{self.hub.url}/hub/login", params={"next": next_url}, timeout=120,
                           data={"username": self.name, "password": "room", "_xsrf": xsrf or ""})
        r.raise_for_status()
        self.timings["login"] = time.perf_counter() - t0
        _wait(f"{self.name}'s server", lambda: self.hub.server_ready(self.name), timeout)
        self.timings["server"] = time.perf_counter() - t0
        # The link again, now with a running server: through OAuth to nbgitpuller's page. Just
        # after "ready" the proxy can still answer 404/503 for a moment (seen at 20 participants
        # on a loaded machine): a participant reloads, and so do we, a few times.
        for attempt in range(5):
            page = self.http.get(self.link, timeout=60)
            if page.status_code not in (404, 502, 503) or attempt == 4:
                break
            self.timings["reloads"] = self.timings.get("reloads", 0) + 1
            time.sleep(2)
        page.raise_for_status()
        r = self.hub.api("POST", f"/users/{self.name}/tokens", json={"note": "room participant",
                                                                     "expires_in": 3600})
        r.raise_for_status()
        self.token = r.json()["token"]
        return page.url

    def pull(self, repo: str, branch: str, timeout: float = 120) -> list[str]:
        """nbgitpuller's own API (what its page calls): stream the pull until it is done."""
        t0 = time.perf_counter()
        params = {"repo": repo, "branch": branch, "targetpath": TARGET}
        events = []
        with self.http.get(f"{self.server}/git-pull/api", params=params, stream=True, timeout=timeout,
                           headers={"Authorization": f"token {self.token}"}) as r:
            r.raise_for_status()
            for line in r.iter_lines(decode_unicode=True):
                if line and line.startswith("data:"):
                    event = json.loads(line[5:])
                    events.append(event.get("phase", ""))
                    if event.get("phase") == "error":
                        raise RuntimeError(f"nbgitpuller: {event.get('message')}")
                    if event.get("phase") == "finished":
                        break
        self.timings["pull"] = time.perf_counter() - t0
        return events

    def open_notebook(self, path: str) -> Kernel:
        session = self.api("POST", "/sessions", json={"path": f"{TARGET}/{path}", "type": "notebook",
                                                      "name": path, "kernel": {"name": "python3"}})
        ws = self.server.replace("http://", "ws://") + f"/api/kernels/{session['kernel']['id']}/channels"
        kernel = Kernel(ws, [f"Authorization: token {self.token}"])
        kernel.id = session["kernel"]["id"]
        return kernel

    def contents(self, path: str) -> dict:
        return self.api("GET", f"/contents/{TARGET}/{path}", params={"content": "1"})["content"]

    def run_lesson(self, path: str = LESSON) -> Kernel:
        """Open the lesson and run every code cell, as Run All does; the explorer is then usable."""
        t0 = time.perf_counter()
        nb = self.contents(path)
        kernel = self.open_notebook(path)
        for source in _cell_sources(nb):
            kernel.execute(source)
        kernel.explorer()
        self.timings["lesson"] = time.perf_counter() - t0
        return kernel

    def move_slider(self, kernel: Kernel, times: int = 20, every: float = 0.0, rng=None) -> None:
        kernel.reconnect()  # the socket may have been idle long enough to be dropped
        slider, rendered, state = kernel.explorer()
        lo, hi, step = state["min"], state["max"], state["step"]
        value = state["value"]
        for i in range(times):
            # Step up and down across the range, as a participant exploring does.
            value = value + step if value + step <= hi else lo
            value = round(value, 10)
            seconds, size = kernel.move_slider(slider, rendered, value)
            self.moves.append(seconds)
            self.picture_bytes = size
            if every:
                pause = every * (0.5 + rng.random()) if rng is not None else every
                time.sleep(pause)

    def answer_exercises(self, answers: dict[str, str] | None = None) -> list[str]:
        """Type three answers into the exercise notebook, save it, run it; return the checks' verdicts."""
        answers = answers or solution_answers()
        nb = answer_in_notebook(self.contents(EXERCISES), answers)
        self.api("PUT", f"/contents/{TARGET}/{EXERCISES}", json={"type": "notebook", "format": "json",
                                                                 "content": nb})
        return self.run_exercises()

    def run_exercises(self, upto: str = QUESTIONS[-1]) -> list[str]:
        """Run the saved exercise notebook's setup and answer cells; the text of each check's verdict."""
        nb = self.contents(EXERCISES)
        kernel = self.open_notebook(EXERCISES)
        verdicts = []
        try:
            for source in _cell_sources(nb):
                outputs = kernel.execute(source)
                if source.startswith("answer_"):
                    verdicts.append(" ".join(o.get("data", {}).get("text/plain", "") for o in outputs))
                if source.startswith(f"answer_{upto} ="):
                    break
            progress = kernel.execute("check.progress()")
            verdicts.append(" ".join(o.get("data", {}).get("text/plain", "") for o in progress))
        finally:
            kernel.close()
        return verdicts

    def leave(self) -> None:
        with contextlib.suppress(Exception):
            for session in self.api("GET", "/sessions"):
                self.api("DELETE", f"/sessions/{session['id']}")
