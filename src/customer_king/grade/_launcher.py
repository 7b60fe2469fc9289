"""Starts one submission's kernel (run as ``python -I -S _launcher.py SPEC``).

Standard library only, and no path of the submissions folder in its command line:
the kernel reading ``/proc/<its parent>/cmdline`` finds this file and its private
folder, nothing else.

* With bubblewrap the launcher becomes ``bwrap --args FD <kernel>``: the sandbox's
  options (which folders are hidden, which one is writable) travel through a pipe, not
  the command line, and its PID namespace ends every process of the kernel with it.
* Without it the launcher stays as the kernel's parent and is a *child subreaper*: a
  process the kernel starts in the background, even one that double-forks or starts a
  new session, stays below it. When the kernel ends, the launcher stops and kills all of
  them before it exits itself.
"""
import ctypes
import json
import os
import signal
import sys

PR_SET_PDEATHSIG = 1
PR_SET_CHILD_SUBREAPER = 36


def _prctl(option, value):
    try:
        ctypes.CDLL(None, use_errno=True).prctl(option, value, 0, 0, 0)
    except (AttributeError, OSError):  # not Linux: no subreaper, the process group still ends
        pass


def _descendants(root):
    children = {}
    try:
        names = os.listdir("/proc")
    except OSError:
        return []
    for name in names:
        if not name.isdigit():
            continue
        try:
            with open(f"/proc/{name}/stat", "rb") as handle:
                stat = handle.read()
        except OSError:
            continue
        fields = stat[stat.rfind(b")") + 2:].split()
        if len(fields) > 1:
            children.setdefault(int(fields[1]), []).append(int(name))
    found, todo = [], [root]
    while todo:
        for child in children.get(todo.pop(), []):
            found.append(child)
            todo.append(child)
    return found


def kill_descendants(root):
    """Stop every descendant of `root` (so none can start another), then kill them all."""
    stopped = set()
    for _ in range(100):
        new = [pid for pid in _descendants(root) if pid not in stopped]
        if not new:
            break
        for pid in new:
            try:
                os.kill(pid, signal.SIGSTOP)
            except OSError:
                pass
            stopped.add(pid)
    for pid in stopped:
        try:
            os.kill(pid, signal.SIGKILL)
        except OSError:
            pass
    return len(stopped)


def main():
    with open(sys.argv[1], encoding="utf-8") as handle:
        spec = json.load(handle)
    kernel = spec["kernel"]
    # ipykernel would watch for its parent (the grader) by pid; its parent is the
    # launcher, or the sandbox's init (pid 1), so it would quit at once. The launcher
    # and the sandbox end the kernel themselves.
    os.environ.pop("JPY_PARENT_PID", None)
    if spec.get("bwrap"):
        read, write = os.pipe()
        os.write(write, b"".join(arg.encode("utf-8", "surrogateescape") + b"\0" for arg in spec["bwrap"]))
        os.close(write)
        os.set_inheritable(read, True)
        os.execv(spec["bwrap_path"], ["bwrap", "--args", str(read), *kernel])
    _prctl(PR_SET_CHILD_SUBREAPER, 1)
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # an interrupt is for the kernel (same group)
    pid = os.fork()
    if pid == 0:
        signal.signal(signal.SIGINT, signal.SIG_DFL)
        _prctl(PR_SET_PDEATHSIG, signal.SIGKILL)  # the launcher killed: the kernel goes too
        try:
            os.execv(kernel[0], kernel)
        finally:
            os._exit(127)
    code = 1
    while True:
        try:
            done, status = os.waitpid(-1, 0)  # reaps orphans handed to us as well
        except ChildProcessError:
            break
        except InterruptedError:
            continue
        if done == pid:
            code = os.waitstatus_to_exitcode(status)
            break
    kill_descendants(os.getpid())
    while True:
        try:
            os.waitpid(-1, 0)
        except ChildProcessError:
            break
        except InterruptedError:
            continue
    os._exit(code if code >= 0 else 128 - code)


if __name__ == "__main__":
    main()
