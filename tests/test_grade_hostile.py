"""A room that tries to cheat, break or escape the grader (issue 13), graded twice.

Every case is a small warm-up notebook (set ``00_start_here``: one question, 1 point
for ``accounts = 300``) or a file that is no notebook, with a name or a behaviour a
real room produces: odd file names, one person handing in twice, a loop that swallows
the interrupt, a kernel that snoops on ``/proc`` for the submissions folder, deletes
another participant's file, plants a gradebook, leaves processes behind, edits the
installed kit, or uses the network.

The whole room is graded once through the real command line inside bubblewrap (every
case: its row, its status, no side effect outside its private folder), and the cases
about isolation once more with the sandbox switched off (the defences that do not
need the sandbox, and, stated as tests, what only the sandbox prevents). Both runs are
module-scoped fixtures; every test reads their results.
"""
from __future__ import annotations

import csv
import os
import secrets
import socket
import subprocess
import sys
import time
from pathlib import Path

import nbformat
import pytest

from customer_king import grade
from customer_king import exercise_sets as kit_sets

ROOT = Path(__file__).resolve().parents[1]
TIMEOUT = 8.0
TOKEN = secrets.token_hex(6)  # in every background process's command line, to find survivors
WARM = 'from customer_king.exercise_sets import load\ncheck = load("00_start_here")'
RIGHT = 'accounts = 1200 / 4\ncheck("accounts", accounts)'
WRONG = 'accounts = 1200 * 4\ncheck("accounts", accounts)'
SANDBOX = grade.find_sandbox()


def _notebook(*cells: str) -> bytes:
    nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(c) for c in cells])
    return nbformat.writes(nb).encode("utf-8")


def _verdict(test: str) -> str:
    """A cell that answers right only when `test` (an expression) is true."""
    return f"accounts = 300 if ({test}) else -1\ncheck('accounts', accounts)"


SNOOP = '''
import os
marker = {marker!r}
found = []
def look(text):
    if marker in text:
        found.append(text[:120])
for pid in os.listdir("/proc"):
    if not pid.isdigit():
        continue
    for part in ("cmdline", "environ"):
        try:
            look(open(f"/proc/{{pid}}/{{part}}", "rb").read().decode("utf-8", "replace"))
        except OSError:
            pass
    for link in ("cwd", "root", "exe"):
        try:
            look(os.readlink(f"/proc/{{pid}}/{{link}}"))
        except OSError:
            pass
    try:
        for fd in os.listdir(f"/proc/{{pid}}/fd"):
            try:
                look(os.readlink(f"/proc/{{pid}}/fd/{{fd}}"))
            except OSError:
                pass
    except OSError:
        pass
look(repr(dict(os.environ)))
look(os.getcwd())
'''

DELETE = '''
import os, pathlib
subs = pathlib.Path({subs!r})
for name in ("victim_00_start_here.ipynb",):
    try:
        (subs / name).unlink()
    except OSError:
        pass
try:
    (subs / "groupA" / "quinn" / "00_start_here.ipynb").write_text("{{}}")
except OSError:
    pass
'''

PLANT = '''
import pathlib
out = pathlib.Path({out!r})
for name, text in (("gradebook.csv", "participant,total\\nplanter,999\\n"), ("gradebook-2.csv", "planted"),
                   ("gradebook-feedback/planted.md", "planted"), ("gradebook-feedback/victim.md", "# fake")):
    try:
        (out / name).parent.mkdir(parents=True, exist_ok=True)
        (out / name).write_text(text)
    except OSError:
        pass
'''

BACKGROUND = '''
import os, subprocess, sys
sleeper = [sys.executable, "-c", "import time; time.sleep(60)  # {token}"]
subprocess.Popen(sleeper, start_new_session=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
if os.fork() == 0:  # a daemon: double fork, new session
    os.setsid()
    if os.fork() == 0:
        os.execv(sys.executable, sleeper)
    os._exit(0)
'''

EDIT_KIT = '''
import pathlib, customer_king.exercise_sets as sets
source = pathlib.Path(sets.__file__)
try:
    with open(source, "a") as handle:
        handle.write("\\nimport pathlib as _p\\n_p.Path({witness!r}).write_text('infected')\\n")
except OSError:
    pass
'''

NETWORK = '''
import socket
try:
    socket.create_connection(("127.0.0.1", {port}), timeout=2).close()
    reached = True
except OSError:
    reached = False
'''

OUTSIDE = '''
try:
    open({path!r}, "w").write("escaped")
    escaped = True
except OSError:
    escaped = False
'''

READ_OTHERS = '''
import glob, os
others = [p for p in glob.glob("/tmp/**/*.ipynb", recursive=True) + glob.glob({subs!r} + "/**/*.ipynb", recursive=True)
          if not p.startswith(os.getcwd())]
'''

PRIVATE = '''
import os
home, here = os.path.expanduser("~"), os.getcwd()
alone = set(os.listdir(".")) <= {{"notebook.ipynb", ".ck-answers.json", ".ck-answers.json.new"}}
clean_env = not any({marker!r} in value for value in os.environ.values())
'''

SWALLOW = '''
import time
while True:
    try:
        time.sleep(0.05)
    except KeyboardInterrupt:
        pass
'''

MANY = '''
import subprocess, sys
for _ in range(8):
    subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)  # {token}"])
'''


def _cases(subs: Path, out: Path, witness: Path, port: int, marker: str) -> dict[str, dict]:
    """name -> (relative path (bytes allowed), content, expected participant, status prefix, points)."""
    c: dict[str, dict] = {}

    def case(name, relative, content, participant, status, points, **extra):
        c[name] = dict(relative=relative, content=content, participant=participant, status=status,
                       points=points, **extra)

    good, bad = _notebook(WARM, RIGHT), _notebook(WARM, WRONG)
    # -- names and folders ------------------------------------------------------------
    case("group_pat", "groupA/pat/00_start_here.ipynb", good, "groupA/pat", "graded", 1)
    case("group_quinn", "groupA/quinn/00_start_here.ipynb", bad, "groupA/quinn", "graded", 0)
    case("pat_folder", "pat/00_start_here.ipynb", good, "pat", "duplicate: 00_start_here handed in more than once "
         "(also late/pat_00_start_here.ipynb); graded", 1, duplicate=True)
    case("pat_late", "late/pat_00_start_here.ipynb", bad, "pat", "duplicate: 00_start_here handed in more than once "
         "(also pat/00_start_here.ipynb); graded", 0, duplicate=True)
    case("copy_mark", "sam/00_start_here-Copy1.ipynb", good, "sam", "graded", 1)
    case("bytes_name", os.fsdecode(b"j\xf6rg_00_start_here.ipynb"), good, "j\\xf6rg", "graded", 1)
    case("unicode_name", "Zoë Ångström_00_start_here.ipynb", good, "Zoë Ångström", "graded", 1)
    long = "w" * 200
    case("long_name", f"{long}_00_start_here.ipynb", good, long[:119] + "\u2026", "graded", 1)
    case("formula_name", "=cmd|calc_00_start_here.ipynb", b"{", "'=cmd|calc", "could not run: not a valid notebook", 0)
    case("newline_name", "eve\nmallory_00_start_here.ipynb", b"{", "eve\\x0amallory", "could not run: not a valid", 0)
    case("bidi_name", "\u202eevil_00_start_here.ipynb", b"", "\\u202eevil", "could not run: the file is empty", 0)
    case("deep_path", "a/b/c/d/00_start_here.ipynb", b"{", "a/b/c/d", "could not run: not a valid notebook", 0)
    case("not_utf8", "latin_00_start_here.ipynb", b"\xff\xfe{\x00", "latin",
         "could not run: not a notebook (the file is not UTF-8 text)", 0)
    case("symlink", "link_00_start_here.ipynb", None, "link", "could not run: the file is a symbolic link", None)
    # -- behaviour --------------------------------------------------------------------
    case("snooper", "snooper_00_start_here.ipynb", _notebook(WARM, SNOOP.format(marker=marker), _verdict("not found")),
         "snooper", "graded", 1, isolation=True)
    case("deleter", "deleter_00_start_here.ipynb", _notebook(WARM, DELETE.format(subs=str(subs)), RIGHT),
         "deleter", "graded", 1, isolation=True)
    case("victim", "victim_00_start_here.ipynb", good, "victim", "graded", 1, isolation=True)
    case("planter", "planter_00_start_here.ipynb", _notebook(WARM, PLANT.format(out=str(out)), RIGHT),
         "planter", "graded", 1, isolation=True)
    case("background", "background_00_start_here.ipynb", _notebook(WARM, BACKGROUND.format(token=TOKEN), RIGHT),
         "background", "graded", 1, isolation=True)
    case("editor", "aa_editor_00_start_here.ipynb",
         _notebook(WARM, EDIT_KIT.format(witness=str(witness / "infected")), RIGHT),
         "aa_editor", "graded", 1, isolation=True)
    case("network", "network_00_start_here.ipynb", _notebook(WARM, NETWORK.format(port=port), _verdict("not reached")),
         "network", "graded", 1, isolation=True, unsandboxed_points=0)
    case("outside", "outside_00_start_here.ipynb",
         _notebook(WARM, OUTSIDE.format(path=str(witness / "outside.txt")), _verdict("not escaped")),
         "outside", "graded", 1, isolation=True, unsandboxed_points=0)
    case("reads_others", "reader_00_start_here.ipynb",
         _notebook(WARM, READ_OTHERS.format(subs=str(subs)), _verdict("not others")), "reader", "graded", 1)
    case("private", "private_00_start_here.ipynb",
         _notebook(WARM, PRIVATE.format(marker=marker),
                   _verdict("'ck-grade-' in home and 'ck-grade-' in here and alone and clean_env")),
         "private", "graded", 1)
    case("swallows_interrupt", "swallow_00_start_here.ipynb", _notebook(WARM, RIGHT, SWALLOW), "swallow",
         f"could not run: time limit ({TIMEOUT:g} s) reached in cell 3 (`import time`); "
         "the answers given before it are graded", 1, isolation=True, outcome="timed out")
    case("timeout_nothing", "hang_00_start_here.ipynb", _notebook("while True:\n    pass", WARM, RIGHT), "hang",
         f"could not run: time limit ({TIMEOUT:g} s) reached in cell 1 (`while True:`); "
         "no answer had been given before it", 0, outcome="timed out")
    case("dies_after", "dies_00_start_here.ipynb", _notebook(WARM, RIGHT, "import os\nos._exit(3)"), "dies",
         "could not run: the kernel died (crashed) in cell 3 (`import os`); the answers given before it are graded", 1)
    case("dies_first", "dies_first_00_start_here.ipynb",
         _notebook("import os, signal\nos.kill(os.getpid(), signal.SIGKILL)", WARM, RIGHT), "dies_first",
         "could not run: the kernel died (crashed) in cell 1 (`import os, signal`); no answer had been given", 0)
    case("flood", "flood_00_start_here.ipynb", _notebook(WARM, "print('x' * 20_000_000)", RIGHT),
         "flood", "graded", 1)
    case("sly_repr", "sly_00_start_here.ipynb",
         _notebook(WARM, "class Sly:\n    def __repr__(self):\n        raise RuntimeError('no')\naccounts = Sly()"),
         "sly", "graded", 0)
    case("fake_check", "fake_00_start_here.ipynb",
         _notebook(WARM, "def check(*args):\n    print('✔ Correct')", WRONG), "fake", "graded", 0,
         note="check was redefined")
    case("many_children", "many_00_start_here.ipynb", _notebook(WARM, MANY.format(token=TOKEN), RIGHT),
         "many", "graded", 1, isolation=True)
    return c


def _write_cases(subs: Path, cases: dict[str, dict], only_isolation: bool = False) -> None:
    for case in cases.values():
        if only_isolation and not case.get("isolation"):
            continue
        path = subs / case["relative"]
        path.parent.mkdir(parents=True, exist_ok=True)
        if case["content"] is None:
            os.symlink("/etc/hostname", path)
        else:
            path.write_bytes(case["content"])
    if only_isolation:  # the victim of the deleter's second target
        (subs / "groupA" / "quinn").mkdir(parents=True, exist_ok=True)
        (subs / "groupA" / "quinn" / "00_start_here.ipynb").write_bytes(cases["group_quinn"]["content"])


def _survivors() -> list[str]:
    """Processes whose command line holds this module's token (a background process)."""
    found = []
    for pid in os.listdir("/proc"):
        if pid.isdigit():
            try:
                cmdline = Path(f"/proc/{pid}/cmdline").read_bytes()
            except OSError:
                continue
            if TOKEN.encode() in cmdline and b"/proc" not in cmdline:
                found.append(cmdline.decode("utf-8", "replace"))
    return found


def _rows(path: Path) -> list[dict[str, str]]:
    with open(path, newline="", encoding="utf-8-sig") as handle:
        return list(csv.DictReader(handle))


def _snapshot(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): (p.read_bytes() if p.is_file() and not p.is_symlink() else b"<link>")
            for p in sorted(folder.rglob("*"))}


def _grade(base: Path, sandboxed: bool, only_isolation: bool) -> dict:
    marker = f"subs-{secrets.token_hex(8)}"
    subs, out, witness = base / marker, base / "out", base / "witness"
    witness.mkdir(parents=True)
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(16)
    kit_file = Path(kit_sets.__file__)
    kit_before = kit_file.read_bytes()
    cases = _cases(subs, out, witness, listener.getsockname()[1], marker)
    _write_cases(subs, cases, only_isolation)
    before = _snapshot(subs)
    env = dict(os.environ)
    env.pop(grade.NO_SANDBOX_ENV, None)
    if not sandboxed:
        env[grade.NO_SANDBOX_ENV] = "1"
    start = time.monotonic()
    try:
        done = subprocess.run(
            [sys.executable, "-m", "customer_king.grade", str(subs), "-o", str(out / "gradebook.csv"),
             "--timeout", str(TIMEOUT), "--jobs", "1" if not sandboxed else "2", "--lms", "canvas"],
            cwd=base, env=env, capture_output=True, text=True, timeout=600)
        survivors = _survivors()
    finally:
        listener.close()
        kit_after = kit_file.read_bytes()
        if kit_after != kit_before:  # never leave the kit edited, whatever the grader did
            kit_file.write_bytes(kit_before)
    return dict(base=base, subs=subs, out=out, witness=witness, cases=cases, done=done, before=before,
                after=_snapshot(subs), rows=_rows(out / "gradebook.csv"), survivors=survivors,
                kit_changed=kit_after != kit_before, elapsed=time.monotonic() - start,
                only_isolation=only_isolation, sandboxed=sandboxed)


@pytest.fixture(scope="module")
def sandboxed_room(tmp_path_factory):
    if not SANDBOX.active:
        if os.environ.get("KIT_REQUIRE_SANDBOX") == "1":  # CI sets it: there a missing sandbox fails
            pytest.fail(f"bubblewrap must work here (KIT_REQUIRE_SANDBOX=1): {SANDBOX.reason}")
        pytest.skip(f"bubblewrap not usable here: {SANDBOX.reason}")
    # Outside /tmp, as a trainer's own folder is: inside the sandbox /tmp is an empty folder
    # anyway, so a room there would never test how the grader hides the other folders.
    import shutil
    import tempfile
    base = Path(tempfile.mkdtemp(prefix="ck-hostile-", dir="/var/tmp" if os.access("/var/tmp", os.W_OK) else None))
    try:
        yield _grade(base, sandboxed=True, only_isolation=False)
    finally:
        shutil.rmtree(base, ignore_errors=True)


@pytest.fixture(scope="module")
def open_room(tmp_path_factory):
    return _grade(tmp_path_factory.mktemp("hostile-open"), sandboxed=False, only_isolation=True)


def _row(room: dict, name: str) -> dict[str, str]:
    case = room["cases"][name]
    matches = [r for r in room["rows"] if r["file"] == _shown_file(case["relative"])]
    assert len(matches) == 1, (name, [r["file"] for r in room["rows"]])
    return matches[0]


def _shown_file(relative: str) -> str:
    from customer_king.grade.text import display_text, spreadsheet_safe

    return spreadsheet_safe(display_text(relative))


ALL = list(_cases(Path("/s"), Path("/o"), Path("/w"), 1, "m"))
ISOLATION = [name for name, case in _cases(Path("/s"), Path("/o"), Path("/w"), 1, "m").items() if case.get("isolation")]


def test_there_are_at_least_the_issues_27_cases():
    assert len(ALL) >= 27


# ---------------------------------------------------------------------------
# Inside the sandbox: every case
# ---------------------------------------------------------------------------


def test_the_sandboxed_batch_ends_with_a_gradebook_and_a_summary(sandboxed_room):
    done = sandboxed_room["done"]
    assert done.returncode == 0, done.stderr[-2000:]
    assert f"Gradebook: {sandboxed_room['out'] / 'gradebook.csv'}" in done.stdout
    assert "Sandboxed: yes" in done.stdout and "NOT sandboxed" not in done.stdout
    assert "timed out: 2" in done.stdout and "duplicates (same participant and set more than once): 2" in done.stdout
    progress = [line for line in done.stdout.splitlines() if line.startswith("[")]
    assert len(progress) == len(ALL) and progress[-1].startswith(f"[{len(ALL)}/{len(ALL)}]")


@pytest.mark.parametrize("name", ALL)
def test_each_case_gets_its_row_and_status_in_the_sandbox(sandboxed_room, name):
    case, row = sandboxed_room["cases"][name], _row(sandboxed_room, name)
    assert row["participant"] == case["participant"]
    assert row["status"].startswith(case["status"]), row["status"]
    if case["points"] is None:
        assert row["total"] == ""
    else:
        assert row["total"] == str(case["points"]), row["status"]
        assert row["max"] == "1"
    if "note" in case:
        assert case["note"] in row["notes"]


def test_nothing_outside_a_private_folder_changed_in_the_sandbox(sandboxed_room):
    room = sandboxed_room
    assert room["after"] == room["before"]  # the deleter deleted nothing, planted nothing
    assert list(room["witness"].iterdir()) == []  # no write outside, no infected kit import
    assert not room["kit_changed"]
    assert sorted(p.name for p in room["out"].iterdir()) == ["gradebook-canvas.csv", "gradebook-feedback",
                                                            "gradebook.csv"]
    assert room["survivors"] == []


def test_two_people_in_one_group_folder_stay_two_people(sandboxed_room):
    files = sorted(p.name for p in (sandboxed_room["out"] / "gradebook-feedback").iterdir())
    assert "groupA_pat.md" in files and "groupA_quinn.md" in files
    assert all(len(name.encode()) <= 103 for name in files)
    assert all(name.isprintable() and "/" not in name for name in files)


def test_one_person_twice_is_two_rows_and_one_feedback_file_naming_both(sandboxed_room):
    text = (sandboxed_room["out"] / "gradebook-feedback" / "pat.md").read_text(encoding="utf-8")
    assert "late/pat_00_start_here.ipynb" in text and "pat/00_start_here.ipynb" in text
    assert text.count("duplicate") == 2


def test_the_lms_file_leaves_duplicates_blank(sandboxed_room):
    rows = _rows(sandboxed_room["out"] / "gradebook-canvas.csv")
    by_user = {r["SIS Login ID"]: r for r in rows}
    assert "pat" not in by_user  # both of pat's hand-ins are duplicates: nothing to import
    assert by_user["groupA/pat"]["00_start_here accounts"] == "1"


def test_the_time_limit_kills_a_loop_that_swallows_the_interrupt(sandboxed_room):
    line = next(l for l in sandboxed_room["done"].stdout.splitlines() if "swallow" in l and l.startswith("["))
    seconds = float(line.rsplit("[", 1)[1].split()[0])
    assert seconds < TIMEOUT + 15  # start-up, the limit, killing; not another wait


# ---------------------------------------------------------------------------
# Without the sandbox: what still holds, and (as tests) what does not
# ---------------------------------------------------------------------------


def test_without_the_sandbox_the_summary_says_so(open_room):
    done = open_room["done"]
    assert done.returncode == 0, done.stderr[-2000:]
    assert "grading was not sandboxed" in done.stdout and "Sandboxed: NO" in done.stdout


@pytest.mark.parametrize("name", ISOLATION)
def test_each_isolation_case_gets_its_row_without_the_sandbox(open_room, name):
    case, row = open_room["cases"][name], _row(open_room, name)
    points = case.get("unsandboxed_points", case["points"])
    assert row["total"] == str(points), row["status"]
    if name == "editor":
        assert row["status"].startswith("flagged: this notebook, or one run at the same time, changed the kit's "
                                        "installed files (__init__.py)"), row["status"]
    else:
        assert row["status"].startswith(case["status"]), row["status"]


def test_without_the_sandbox_the_grader_leaves_no_path_in_proc(open_room):
    assert _row(open_room, "snooper")["total"] == "1"  # no cmdline, cwd, environ or fd names the folder


def test_without_the_sandbox_a_deleted_notebook_is_still_graded(open_room):
    assert not (open_room["subs"] / "victim_00_start_here.ipynb").exists()  # the deleter did delete it...
    assert _row(open_room, "victim")["total"] == "1"  # ...after the grader had read it
    quinn = [r for r in open_room["rows"] if r["participant"] == "groupA/quinn"]
    assert quinn[0]["status"] == "graded"  # overwritten after it was read: graded as handed in


def test_without_the_sandbox_a_planted_gradebook_is_replaced_by_the_real_one(open_room):
    out = open_room["out"]
    assert "already exists" not in open_room["done"].stdout
    rows = _rows(out / "gradebook.csv")
    assert {r["participant"] for r in rows} >= {"planter", "victim"} and all(r["total"] != "999" for r in rows)
    feedback = sorted(p.name for p in (out / "gradebook-feedback").iterdir())
    assert "planted.md" not in feedback
    assert (out / "gradebook-feedback" / "victim.md").read_text(encoding="utf-8").startswith("# Feedback for victim")


def test_without_the_sandbox_background_processes_die_with_their_kernel(open_room):
    assert open_room["survivors"] == []


def test_without_the_sandbox_an_edited_kit_is_put_back_before_the_next_kernel(open_room):
    assert not open_room["kit_changed"]  # restored by the grader, not by this test's safety net
    assert not (open_room["witness"] / "infected").exists()  # no later kernel imported the edit


def test_without_the_sandbox_network_and_writes_outside_are_not_prevented(open_room):
    """Stated so the docs cannot oversell: only the sandbox stops these."""
    assert _row(open_room, "network")["total"] == "0"
    assert (open_room["witness"] / "outside.txt").read_text() == "escaped"
