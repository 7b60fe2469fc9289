"""The deployment files (deploy/) and the link generator, checked for what can be checked offline.

Valid YAML with the keys Zero to JupyterHub reads; memory and culling in the Helm values
and the TLJH script equal to deploy/sizing.json, and sizing.json covering what the room
benchmark measured; the participants' requirements pinned as the tests run; the scripts
parse. That the links open the right notebook on a real hub is tested in
tests/test_hub_room.py (it has the hub).
"""
from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest
import yaml

from customer_king import link

ROOT = Path(__file__).resolve().parents[1]
DEPLOY = ROOT / "deploy"
SIZING = json.loads((DEPLOY / "sizing.json").read_text())
VALUES = yaml.safe_load((DEPLOY / "z2jh-values.yaml").read_text())
TLJH = (DEPLOY / "tljh-setup.sh").read_text()
UNITS = {"K": 2**10, "M": 2**20, "G": 2**30}


def _bytes(size: str) -> int:
    m = re.fullmatch(r"(\d+(?:\.\d+)?)([KMG])", str(size))
    assert m, f"{size!r} is not a size like 384M or 1G"
    return int(float(m.group(1)) * UNITS[m.group(2)])


def _shell_value(name: str) -> str:
    m = re.search(rf'^{name}="?([^"\s]+)"?', TLJH, re.M)
    assert m, f"deploy/tljh-setup.sh sets no {name}"
    return m.group(1)


def test_helm_values_are_yaml_with_the_keys_z2jh_reads():
    s = VALUES["singleuser"]
    assert s["image"]["name"] and s["image"]["tag"]
    assert s["defaultUrl"] == "/lab"
    assert {"guarantee", "limit"} <= set(s["memory"])
    assert VALUES["cull"]["enabled"] is True
    assert VALUES["prePuller"]["hook"]["enabled"] is True and VALUES["prePuller"]["continuous"]["enabled"] is True
    assert s["extraEnv"]["CUSTOMER_KING_LANG"] in ("en", "nl")


def test_memory_and_culling_are_the_measured_ones_everywhere():
    limits = SIZING["limits"]
    s = VALUES["singleuser"]
    assert s["memory"]["guarantee"] == limits["memory_guarantee"]
    assert s["memory"]["limit"] == limits["memory_limit"] == _shell_value("MEMORY_LIMIT")
    assert VALUES["cull"]["timeout"] == limits["cull_timeout_s"] == int(_shell_value("CULL_TIMEOUT"))
    assert VALUES["cull"]["every"] == limits["cull_every_s"] == int(_shell_value("CULL_EVERY"))


def test_the_limits_cover_what_the_room_benchmark_measured():
    measured = SIZING["measured"]
    per_user = measured["per_user_mb_max"] * 2**20
    assert measured["participants"] >= 30 and measured["command"].startswith("python benchmarks/bench_hub_room.py")
    # The guarantee holds one participant as measured (server + two kernels) ...
    assert _bytes(SIZING["limits"]["memory_guarantee"]) >= per_user
    # ... and the limit leaves room for a third kernel or lesson 6's own data (measured peaks
    # of one lesson kernel: docs/performance.md, ~120 MB).
    assert _bytes(SIZING["limits"]["memory_limit"]) >= 2 * per_user


def test_a_limit_below_the_measurement_fails_the_check(monkeypatch):
    """The guard for the test above: a guarantee smaller than one measured participant is refused."""
    monkeypatch.setitem(SIZING["limits"], "memory_guarantee", "128M")
    with pytest.raises(AssertionError):
        test_the_limits_cover_what_the_room_benchmark_measured()


def test_participant_requirements_are_pinned_as_the_tests_run():
    pins = dict(line.split("==") for line in (ROOT / "constraints.txt").read_text().split()
                if "==" in line)
    wanted = [line for line in (DEPLOY / "requirements.txt").read_text().splitlines()
              if line and not line.startswith("#")]
    assert {"numpy", "matplotlib", "ipywidgets", "jupyterlab", "nbgitpuller"} <= {w.split("==")[0] for w in wanted}
    for line in wanted:
        name, version = line.split("==")
        assert pins.get(name) == version, f"deploy/requirements.txt pins {line}, constraints.txt {pins.get(name)}"


@pytest.mark.skipif(shutil.which("bash") is None, reason="bash is missing")
@pytest.mark.parametrize("script", ["tljh-setup.sh", "build-image.sh"])
def test_scripts_parse(script):
    path = DEPLOY / script
    subprocess.run(["bash", "-n", str(path)], check=True)
    assert path.stat().st_mode & 0o111, f"{script} is not executable"


def test_tljh_script_installs_the_kit_and_sets_the_limits():
    for needed in ("deploy/requirements.txt", "--no-deps .", 'tljh-config set limits.memory "$MEMORY_LIMIT"',
                   'tljh-config set services.cull.timeout "$CULL_TIMEOUT"', "CUSTOMER_KING_LANG", "tljh-config reload"):
        assert needed in TLJH, needed


def test_image_build_adds_the_pinned_nbgitpuller():
    text = (DEPLOY / "build-image.sh").read_text()
    assert "repo2docker" in text and "deploy/requirements.txt" in text and "--appendix" in text


# ------------------------------------------------------------------ the link generator
def test_link_opens_the_start_notebook_by_default():
    url = link.build_link("https://hub.example.org/")
    parts = urlsplit(url)
    assert parts.netloc == "hub.example.org" and parts.path == "/hub/user-redirect/git-pull"
    q = parse_qs(parts.query)
    assert q == {"repo": [link.DEFAULT_REPO], "branch": ["main"], "targetpath": ["customer-king"],
                 "urlpath": ["lab/tree/customer-king/notebooks/00_start_here.ipynb"]}


@pytest.mark.parametrize("notebook", ["exercises/01_customer_orientation.ipynb", "solutions/05_warning_signs_of_overservice.ipynb"])
def test_link_names_the_notebook_asked_for(notebook):
    q = parse_qs(urlsplit(link.build_link("https://hub", notebook=notebook)).query)
    assert q["urlpath"] == [f"lab/tree/customer-king/{notebook}"]


@pytest.mark.parametrize("args, says", [
    (["--hub", "hub.example.org"], "must be a full address"),
    (["--hub", "https://hub?x=1"], "must not contain"),
    (["--hub", "https://hub", "--notebook", "../secret.ipynb"], "must be a notebook inside the kit"),
    (["--hub", "https://hub", "--notebook", "notebooks/99_missing.ipynb"], "the kit has no notebooks/99_missing.ipynb"),
    (["--hub", "https://hub", "--lang", "fr"], "the kit speaks en, nl"),
    (["--hub", "https://hub", "--branch", "a b"], "must be a branch name"),
])
def test_bad_input_gets_a_sentence_not_a_traceback(args, says, capsys):
    with pytest.raises(SystemExit) as exit_:
        link.main(args)
    assert exit_.value.code == 2
    err = capsys.readouterr().err
    assert says in err and "Traceback" not in err


def test_lang_says_which_hub_setting_selects_it(capsys):
    assert link.main(["--hub", "https://hub", "--lang", "nl"]) == 0
    out, err = capsys.readouterr()
    assert out.startswith("https://hub/hub/user-redirect/git-pull?")
    assert "CUSTOMER_KING_LANG=nl" in err
