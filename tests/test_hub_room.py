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
