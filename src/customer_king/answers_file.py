"""Download my answers, load them into a fresh copy: nothing lost when Binder deletes a session.

On Binder a server idle for about ten minutes is deleted with every file in it. The
exercise notebooks therefore offer a small answers file the learner keeps::

    answers = AnswersFile(check)   # setup cell: remembers each answer you check
    ...
    answers.buttons()              # progress cell: "Download my answers" and "Load answers file"
    answers.load_answers("my-answers-01_customer_orientation.json")   # the same as the button

Recording needs no change to the checks: after every cell, an IPython ``post_run_cell``
hook reads the cell's ``check("q1", name)`` calls (as the batch grader does) and keeps
the value of ``name``. The file holds those values and how often each question was
tried. Loading replays the answers through ``check`` as many times, so the progress table
(status, points, tries) comes back as it was, and puts the values back under their
names. A question cell that still shows ``...`` in the fresh copy keeps the loaded answer
when it is run, instead of wiping it.

Bad files (not JSON, another kit's, another set's, a newer format) get a clear sentence,
never a traceback. Every sentence is in the message catalogue (``answers.*`` keys).
"""
from __future__ import annotations

import ast
import base64
import datetime as _dt
import html
import json
import math
from pathlib import Path
from typing import Any, Mapping

from .messages import text

__all__ = ["AnswersFile", "FORMAT", "KIT", "decode", "encode"]

KIT = "customer-king"
FORMAT = 1
# Answers loaded from a file, per set, for this kernel session: they outlive a re-run of the
# setup cell (Run All starts with it), so the untouched `...` cells after it still find them.
_SESSION_LOADED: dict[str, dict[str, Any]] = {}


# ------------------------------------------------------------------ values <-> JSON
def encode(value: Any) -> Any:
    """A learner's answer as JSON: plain values as they are; tuples, arrays, odd numbers tagged."""
    if value is None or isinstance(value, (bool, str)):
        return value
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        return value if math.isfinite(value) else {"float": repr(value)}
    try:
        import numpy as np

        if isinstance(value, np.ndarray):
            return {"array": [encode(v) for v in value.ravel().tolist()], "shape": list(value.shape)}
        if isinstance(value, np.generic):
            return encode(value.item())
    except ImportError:  # pragma: no cover - numpy is a runtime dependency
        pass
    if isinstance(value, (tuple, list)):
        return {"tuple" if isinstance(value, tuple) else "list": [encode(v) for v in value]}
    return {"text": str(value)[:2000]}  # anything else: graded again as the text it showed


def decode(value: Any) -> Any:
    if isinstance(value, dict):
        if "tuple" in value:
            return tuple(decode(v) for v in value["tuple"])
        if "list" in value:
            return [decode(v) for v in value["list"]]
        if "float" in value:
            return float(value["float"])
        if "array" in value:
            import numpy as np

            return np.array([decode(v) for v in value["array"]]).reshape(value.get("shape", [-1]))
        if "text" in value:
            return str(value["text"])
        raise ValueError("unknown tag")
    return value


def _checked_names(source: str) -> list[tuple[str, str]]:
    """``(question id, variable name)`` for every ``check("q1", name)`` in a cell."""
    try:
        tree = ast.parse(source)
    except SyntaxError:
        return []
    found = []
    for node in ast.walk(tree):
        if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "check"
                and len(node.args) == 2 and isinstance(node.args[0], ast.Constant)
                and isinstance(node.args[0].value, str) and isinstance(node.args[1], ast.Name)):
            found.append((node.args[0].value, node.args[1].id))
    return found


class _Text:
    """A message shown as a small box (HTML in JupyterLab, one line as plain text)."""

    def __init__(self, lines: list[str], html_body: str = "", ok: bool = True):
        self.lines, self.html_body, self.ok = lines, html_body, ok

    def __repr__(self) -> str:
        return "\n".join(self.lines)

    def _repr_html_(self) -> str:
        colour = "#2E7D32" if self.ok else "#B26A00"
        body = self.html_body or "".join(f"<div>{html.escape(line)}</div>" for line in self.lines)
        return (f'<div class="ck-answers-report" style="border-left:6px solid {colour};padding:6px 10px;'
                f'margin:4px 0;font-family:sans-serif;line-height:1.45">{body}</div>')


# ------------------------------------------------------------------ the answers file of one set
class AnswersFile:
    """What one exercise notebook has answered, as a file to download and load again."""

    def __init__(self, check, shell=None):
        self.check = check
        self.key = check.key
        self.answers: dict[str, Any] = {}  # question id -> the value checked last
        self.names: dict[str, str] = {}  # question id -> the variable it was in
        # answers from a file stand in for untouched `...` cells (kept across setup re-runs)
        self.loaded: dict[str, Any] = _SESSION_LOADED.setdefault(self.key, {})
        self._link = self._status = None
        self._shell = shell if shell is not None else _ipython()
        if self._shell is not None:
            events = self._shell.events
            for old in [cb for cb in events.callbacks["post_run_cell"] if getattr(cb, "_ck_answers", False)]:
                events.unregister("post_run_cell", old)  # the setup cell run twice: one recorder
            hook = self._after_cell
            hook.__func__._ck_answers = True
            events.register("post_run_cell", hook)

    # -- recording
    def _after_cell(self, result) -> None:
        try:
            source = result.info.raw_cell if result.info is not None else ""
            self.record_cell(source, self._shell.user_ns)
        except Exception:  # a recorder must never break a learner's cell
            pass

    def record_cell(self, source: str, namespace: Mapping[str, Any]) -> None:
        """Keep the answers a cell checked (the hook calls this after every cell)."""
        for qid, name in _checked_names(source):
            if qid not in self.check.question_ids or name not in namespace:
                continue
            value = namespace[name]
            if value is Ellipsis and qid in self.loaded:
                # A fresh copy's untouched cell: keep the loaded answer, and say so.
                value = self.loaded[qid]
                self.check(qid, value)
                namespace[name] = value
                print(text("answers.stand_in", question=qid, answer=_shown(value)))
            elif value is Ellipsis:
                continue
            else:
                self.loaded.pop(qid, None)
            self.answers[qid] = value
            self.names[qid] = name
        self._refresh()

    # -- the file
    def to_dict(self) -> dict:
        progress = self.check.progress()
        tries = {row.question_id: row.tries for row in (*progress.rows, *progress.analyst_rows)}
        return {"kit": KIT, "format": FORMAT, "set": self.key,
                "saved": _dt.datetime.now(_dt.timezone.utc).isoformat(timespec="seconds"),
                "answers": {qid: {"value": encode(v), "name": self.names.get(qid, f"answer_{qid}"),
                                  "tries": max(1, tries.get(qid, 1))}
                            for qid, v in self.answers.items()}}

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=1)

    @property
    def file_name(self) -> str:
        return f"my-answers-{self.key}.json"

    def save(self, path: str | Path | None = None) -> Path:
        """Write the answers file next to the notebook (on a hub it stays in the home folder)."""
        path = Path(path) if path is not None else Path(self.file_name)
        path.write_text(self.to_json(), encoding="utf-8")
        return path

    def load_answers(self, source: Any, namespace: Mapping[str, Any] | None = None) -> _Text:
        """Load an answers file (path, bytes, JSON text or dict): answers and progress come back."""
        name = str(source) if isinstance(source, Path) or (
            isinstance(source, str) and not source.lstrip().startswith("{") and len(source) < 300) else text("answers.the_file")
        data, problem = _read(source, name)
        if problem is None:
            problem = self._wrong_file(data, name)
        if problem is not None:
            return _Text([problem], ok=False)
        namespace = namespace if namespace is not None else (self._shell.user_ns if self._shell else {})
        restored, notes, lines = 0, [], []
        for qid, entry in data["answers"].items():
            if qid not in self.check.question_ids:
                notes.append(text("answers.unknown_question", question=qid))
                continue
            try:
                value = decode(entry["value"])
                tries = max(1, min(int(entry.get("tries", 1)), 20))
            except (KeyError, TypeError, ValueError):
                notes.append(text("answers.not_ours", source=name))
                continue
            for _ in range(tries):  # the same tries, so the progress table is the same
                self.check(qid, value)
            var = entry.get("name") if isinstance(entry.get("name"), str) and entry["name"].isidentifier() \
                else f"answer_{qid}"
            namespace[var] = value
            self.answers[qid], self.names[qid], self.loaded[qid] = value, var, value
            lines.append(f"{var} = {_shown(value)}")
            restored += 1
        self._refresh()
        progress = self.check.progress()
        head = [text("answers.loaded_title", source=name), text("answers.loaded", count=restored)]
        body = (f"<b>{html.escape(head[0])}</b><div>{html.escape(head[1])}</div>"
                f"<div>{html.escape(text('answers.loaded_cells'))}</div>"
                f"<pre class='ck-answers-lines'>{html.escape(chr(10).join(lines))}</pre>"
                + "".join(f"<div>{html.escape(n)}</div>" for n in notes) + progress._repr_html_())
        return _Text([*head, text("answers.loaded_cells"), *lines, *notes, repr(progress)], body)

    def _wrong_file(self, data: Any, name: str) -> str | None:
        if not isinstance(data, dict) or data.get("kit") != KIT or not isinstance(data.get("answers"), dict):
            return text("answers.not_ours", source=name)
        if not isinstance(data.get("format"), int) or data["format"] > FORMAT:
            return text("answers.newer_format", source=name, found=data.get("format"))
        if data.get("set") != self.key:
            return text("answers.other_set", source=name, found=data.get("set"), expected=self.key)
        return None

    # -- the buttons
    def _link_html(self) -> str:
        payload = base64.b64encode(self.to_json().encode("utf-8")).decode("ascii")
        count = len(self.answers)
        note = text("answers.kept", count=count) if count else text("answers.none_yet")
        return (f'<a class="ck-answers-download" download="{html.escape(self.file_name)}" '
                f'href="data:application/json;base64,{payload}" style="display:inline-block;padding:4px 12px;'
                f'border:1px solid #1565C0;border-radius:4px;color:#1565C0;text-decoration:none">'
                f'\u2b07 {html.escape(text("answers.download"))}</a>'
                f'<div class="ck-answers-note" style="font-size:90%;margin-top:4px">{html.escape(note)}</div>')

    def _refresh(self) -> None:
        if self._link is not None:
            self._link.value = self._link_html()

    def buttons(self):
        """'Download my answers' (always the latest answers) and 'Load answers file'."""
        import ipywidgets as w

        self._link = w.HTML(self._link_html())
        self._link.add_class("ck-answers-link")
        upload = w.FileUpload(accept=".json,application/json", multiple=False,
                              description=text("answers.upload"), layout=w.Layout(width="auto"))
        upload.add_class("ck-answers-upload")
        self._status = w.HTML()
        self._status.add_class("ck-answers-status")

        def on_upload(change):
            files = change["new"]
            if not files:
                return
            self._status.value = self._load_upload(files[0])._repr_html_()

        upload.observe(on_upload, names="value")
        return w.VBox([self._link, upload, self._status])

    def _load_upload(self, item) -> _Text:
        name = str(item.get("name") or text("answers.the_file"))[:120]
        try:
            raw = bytes(item["content"])
        except Exception:
            return _Text([text("answers.not_ours", source=name)], ok=False)
        report = self.load_answers(raw)
        if report.lines:
            unnamed = text("answers.the_file")
            report.lines[0] = report.lines[0].replace(unnamed, name)
            report.html_body = report.html_body.replace(html.escape(unnamed), html.escape(name), 1)
        return report

    def _repr_mimebundle_(self, **kwargs):
        return self.buttons()._repr_mimebundle_(**kwargs)


def _shown(value: Any) -> str:
    if isinstance(value, tuple) and all(isinstance(v, str) and len(v) == 1 for v in value):
        return ", ".join(value)  # letters, as the learner typed them: A, C
    if isinstance(value, str) and len(value) == 1 and value.isalpha():
        return value
    return repr(value)


def _read(source: Any, name: str) -> tuple[Any, str | None]:
    if isinstance(source, Mapping):
        return dict(source), None
    if isinstance(source, Path) or (isinstance(source, str) and not source.lstrip().startswith("{")):
        path = Path(source)
        if not path.is_file():
            return None, text("answers.missing_file", source=name)
        try:
            source = path.read_bytes()
        except OSError:
            return None, text("answers.missing_file", source=name)
    if isinstance(source, (bytes, bytearray, memoryview)):
        try:
            source = bytes(source).decode("utf-8-sig")
        except UnicodeDecodeError:
            return None, text("answers.not_json", source=name)
    try:
        return json.loads(source), None
    except (TypeError, ValueError):
        return None, text("answers.not_json", source=name)


def _ipython():
    try:
        from IPython import get_ipython

        return get_ipython()
    except ImportError:  # pragma: no cover
        return None
