"""A small room on a real JupyterHub: five participants, each through the kit's own link.

The test starts JupyterHub on 127.0.0.1 (DummyAuthenticator, SimpleLocalProcessSpawner,
configurable-http-proxy) with temporary state, and a ``git daemon`` serving the kit. Each
participant opens the nbgitpuller link built by ``python -m customer_king.link``, logs in,
waits for their server, pulls the kit, runs a lesson, moves its slider 20 times (widget
messages over the kernel websocket, each answered by a new picture), answers three
exercise questions, saves, and sees them graded. The full-size room (10, 20, 30) is
benchmarks/bench_hub_room.py; this test proves the path works, it does not time it.

Skipped without jupyterhub, nbgitpuller or configurable-http-proxy, except where
``KIT_REQUIRE_HUB=1`` (CI): there a missing piece is a failure.
"""
from __future__ import annotations

import json
import subprocess
import os
import random
import time
import urllib.parse
from concurrent.futures import ThreadPoolExecutor

import pytest

import hub_room as hr
from customer_king.link import build_link

ROOM = 5
MOVES = 20
pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")


@pytest.fixture(scope="module")
def hub_and_kit(tmp_path_factory):
    reason = hr.missing_hub_reason()
    if reason:
        if os.environ.get("KIT_REQUIRE_HUB") == "1":
            pytest.fail(f"the hub tests are required here (KIT_REQUIRE_HUB=1) but {reason}", pytrace=False)
        pytest.skip(reason)
    scratch = tmp_path_factory.mktemp("room")
    with hr.served_kit(scratch) as kit, hr.running_hub(scratch / "hub") as hub:
        yield hub, kit


def _one_participant(hub, kit, name: str, delay: float) -> hr.Participant:
    time.sleep(delay)
    link = build_link(hub.url, repo=kit.url, branch=kit.branch, notebook=hr.LESSON)
    p = hr.Participant(hub, name, link)
    p.landed = p.log_in()
    p.events = p.pull(kit.url, kit.branch)
    kernel = p.run_lesson()
    try:
        p.move_slider(kernel, MOVES, every=0.2, rng=random.Random(name))
    finally:
        kernel.close()
    p.verdicts = p.answer_exercises()
    p.leave()
    return p


@pytest.fixture(scope="module")
def room(hub_and_kit):
    hub, kit = hub_and_kit
    with ThreadPoolExecutor(ROOM) as pool:
        futures = [pool.submit(_one_participant, hub, kit, f"p{i:02d}", 1.5 * i) for i in range(ROOM)]
        return [f.result(timeout=240) for f in futures]


def test_every_participant_lands_on_nbgitpuller_for_the_lesson_the_link_names(room):
    for p in room:
        parts = urllib.parse.urlsplit(p.landed)
        assert parts.path == f"/user/{p.name}/git-pull", p.landed
        assert urllib.parse.parse_qs(parts.query)["urlpath"] == [f"lab/tree/{hr.TARGET}/{hr.LESSON}"]


def test_every_participant_pulls_the_kit_from_the_served_repository(room):
    for p in room:
        assert p.events[-1] == "finished", p.events
        assert p.contents(hr.LESSON)["cells"], p.name


def test_every_slider_move_brings_a_new_picture(room):
    for p in room:
        assert len(p.moves) == MOVES
        assert p.picture_bytes > 10_000  # a PNG of the figure, not an empty widget
        assert max(p.moves) < 30


def test_answers_are_saved_and_graded_correct(room):
    for p in room:
        assert [v.split()[1] for v in p.verdicts[:3]] == ["\u2714"] * 3, p.verdicts
        assert "3 of 11 done" in p.verdicts[-1]
        saved = p.contents(hr.EXERCISES)
        sources = ["".join(c["source"]) for c in saved["cells"]]
        for q, typed in hr.solution_answers().items():
            assert typed in sources, f"{p.name}: {q} was not saved"


@pytest.mark.parametrize("notebook", ["notebooks/00_start_here.ipynb", hr.EXERCISES,
                                      "solutions/05_warning_signs_of_overservice.ipynb"])
def test_links_from_the_generator_open_the_notebook_they_name(hub_and_kit, room, notebook):
    """What nbgitpuller's page does in the browser after the pull: go to urlpath, which must be the notebook."""
    hub, kit = hub_and_kit
    p = room[1]
    p.link = build_link(hub.url, repo=kit.url, branch=kit.branch, notebook=notebook)
    landed = urllib.parse.urlsplit(p.http.get(p.link, timeout=60).url)
    urlpath = urllib.parse.parse_qs(landed.query)["urlpath"][0]
    assert urlpath == f"lab/tree/{hr.TARGET}/{notebook}"
    assert p.pull(kit.url, kit.branch)[-1] == "finished"
    page = p.http.get(f"{p.server}/{urlpath}", timeout=60)
    assert page.status_code == 200 and "JupyterLab" in page.text
    assert p.contents(notebook)["cells"], f"{notebook} is not in the pulled kit"


def test_a_blank_exercise_notebook_is_not_graded_correct(hub_and_kit, room):
    """The guard for the test above: the same run over the unanswered copy says 'not yet'."""
    hub, kit = hub_and_kit
    p = room[0]
    blank = json.loads((hr.ROOT / hr.EXERCISES).read_text())
    p.api("PUT", f"/contents/{hr.TARGET}/{hr.EXERCISES}", json={"type": "notebook", "format": "json",
                                                                "content": blank})
    verdicts = p.run_exercises()
    assert not any("\u2714" in v for v in verdicts[:3]), verdicts
    assert "0 of 11 done" in verdicts[-1]


# ------------------------------------------------------------------ nothing lost
CULL_AFTER = 15  # seconds idle before the culler stops a server (a room uses deploy/sizing.json's)


@pytest.fixture(scope="module")
def culling_hub(tmp_path_factory):
    """A second hub whose idle culler (jupyterhub-idle-culler, as a hub service) stops idle servers fast."""
    reason = hr.missing_hub_reason()
    if reason:
        if os.environ.get("KIT_REQUIRE_HUB") == "1":
            pytest.fail(f"the hub tests are required here (KIT_REQUIRE_HUB=1) but {reason}", pytrace=False)
        pytest.skip(reason)
    scratch = tmp_path_factory.mktemp("culling")
    with hr.served_kit(scratch) as kit, hr.running_hub(scratch / "hub", cull_after=CULL_AFTER) as hub:
        yield hub, kit


def _verdicts_ok(verdicts):
    # test_a_blank_exercise_notebook_is_not_graded_correct shows this is False for unsaved answers.
    return [v.split()[1] for v in verdicts[:3]] == ["\u2714"] * 3 and "3 of 11 done" in verdicts[-1]


def test_saved_answers_survive_a_kernel_restart_and_the_idle_culler(culling_hub):
    hub, kit = culling_hub
    link = build_link(hub.url, repo=kit.url, branch=kit.branch, notebook=hr.EXERCISES)
    p = hr.Participant(hub, "lee", link)
    p.log_in()
    p.pull(kit.url, kit.branch)
    assert _verdicts_ok(p.answer_exercises())

    # 1. Kernel restart: the kernel forgets everything; the saved notebook does not.
    kernel = p.open_notebook(hr.EXERCISES)
    assert "'D'" in kernel.execute("answer_q1")[0]["data"]["text/plain"]
    p.api("POST", f"/kernels/{kernel.id}/restart")
    kernel.close()
    kernel = p.open_notebook(hr.EXERCISES)  # the same session: the restarted kernel
    assert "False" in kernel.execute("'answer_q1' in dir()")[0]["data"]["text/plain"], "the kernel did not restart"
    kernel.close()
    assert _verdicts_ok(p.run_exercises()), "after a kernel restart the saved answers no longer grade"

    # 2. Idle: the culler stops the server (the hub says it is gone).
    p.leave()
    deadline = time.monotonic() + CULL_AFTER + 90
    while hub.server_running(p.name):
        assert time.monotonic() < deadline, "the idle culler did not stop the server"
        time.sleep(2)
    assert "idle-culler" in hub.log.read_text(errors="replace")

    # 3. Meanwhile the trainer publishes a fix to the kit.
    (kit.workdir / "README.md").write_text("The kit, with a trainer's fix.\n")
    subprocess.run(["git", "-C", str(kit.workdir), "-c", "user.name=kit", "-c", "user.email=kit@127.0.0.1",
                    "commit", "-qam", "a fix during the break"], check=True)

    # 4. Back from the break: the same link starts the server again and pulls the fix.
    p.http.cookies.clear()
    p.log_in()
    assert p.pull(kit.url, kit.branch)[-1] == "finished"
    home = hub.scratch / "home" / p.name  # SimpleLocalProcessSpawner's home: it outlives the server
    assert "trainer's fix" in (home / hr.TARGET / "README.md").read_text()
    assert _verdicts_ok(p.run_exercises()), "after culling and logging in again the answers are gone"
    p.leave()

