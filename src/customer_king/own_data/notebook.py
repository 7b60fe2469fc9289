"""Lesson 6 in a notebook: the upload button, one displayable report, and forgetting the data.

Everything here is presentation; the reading is ``loading``'s and the numbers are
``analyses``'.  An upload that cannot be read shows the loader's message under the
button (never a traceback); the path route shows the same message because
:class:`~customer_king.own_data.errors.OwnDataError` renders as its message in IPython.
"""
from __future__ import annotations

import base64
import contextlib
import html
import io
from typing import Any, Optional

import ipywidgets as w

from .. import plots
from .account_list import AccountList
from .analyses import SHARE_CEILING, priorities, suggested_hours, warning_scores, whale_curve
from .errors import OwnDataError, t
from .figures import report_figure
from .loading import load_accounts
from .results import AnalysisTable, Unavailable, WhaleCurve

__all__ = ["Uploader", "forget", "show", "upload_widget"]

_LIVE_UPLOADERS: list["Uploader"] = []


def _uploaded_files(value: Any) -> list[tuple[str, bytes]]:
    """(name, bytes) of the files in a FileUpload value (ipywidgets 8 tuple or 7 dict)."""
    files = []
    if isinstance(value, dict):  # ipywidgets 7: {name: {"content": bytes, ...}}
        for name, item in value.items():
            files.append((str(name), bytes(item["content"])))
    else:
        for item in value or ():
            files.append((str(item["name"]), bytes(item["content"])))
    return files


class Uploader:
    """A file picker that loads a CSV with :func:`load_accounts` and shows the same analysis.

    After a successful upload ``uploader.accounts`` holds the
    :class:`AccountList`; the notebook's later cells use it exactly as they
    use the sample.  The file goes from the browser to this kernel only.
    """

    def __init__(self, ceiling: float = SHARE_CEILING):
        self.ceiling = ceiling
        self.accounts: Optional[AccountList] = None
        self.error: Optional[OwnDataError] = None
        self.upload = w.FileUpload(accept=".csv,.txt,.tsv", multiple=False, description=t("upload_description"),
                                   layout=w.Layout(width="auto"))
        self.status = w.HTML(t("upload_hint"))
        self.output = w.Output()
        self.upload.observe(self._on_upload, names="value")
        self.widget = w.VBox([self.upload, self.status, self.output])
        _LIVE_UPLOADERS.append(self)

    def load(self, name: str, content: bytes) -> Optional[AccountList]:
        """Load one file's bytes (what an upload does; handy for tests)."""
        self.output.outputs = ()  # not clear_output(): that needs a live front end
        try:
            self.accounts, self.error = load_accounts(content, name=name), None
        except OwnDataError as err:
            self.accounts, self.error = None, err
            self.status.value = f"<pre style='white-space:pre-wrap'>{html.escape(str(err))}</pre>"
            return None
        self.status.value = t("upload_loaded", name=html.escape(name), n=len(self.accounts))
        with self.output:
            from IPython.display import display
            display(show(self.accounts, self.ceiling))
        return self.accounts

    def _on_upload(self, change: dict) -> None:
        files = _uploaded_files(change["new"])
        if files:
            self.load(*files[0])

    def clear(self) -> None:
        """Drop the uploaded file from memory and the widget."""
        self.accounts, self.error = None, None
        self.output.outputs = ()
        self.status.value = t("upload_hint")
        try:
            self.upload.value = ()
        except Exception:  # pragma: no cover - older ipywidgets
            pass

    def _repr_mimebundle_(self, **kwargs: Any) -> dict:
        return self.widget._repr_mimebundle_(**kwargs)


def upload_widget(ceiling: float = SHARE_CEILING) -> Uploader:
    """The file picker of lesson 6 (see :class:`Uploader`)."""
    return Uploader(ceiling)


class _Report:
    """Summary, tables and the overview figure of one list, for display."""

    def __init__(self, acc: AccountList, ceiling: float):
        self.acc, self.ceiling = acc, ceiling

    def _parts(self) -> list[Any]:
        acc = self.acc
        return [acc.summary(), priorities(acc, self.ceiling), warning_scores(acc, "salesperson"),
                whale_curve(acc), suggested_hours(acc, self.ceiling)]

    def __str__(self) -> str:
        return "\n\n".join(str(p) for p in self._parts())

    __repr__ = __str__

    def _repr_html_(self) -> str:
        parts = self._parts()
        out = [f"<pre style='white-space:pre-wrap'>{html.escape(parts[0])}</pre>"]
        for part in parts[1:]:
            out.append(part._repr_html_() if hasattr(part, "_repr_html_") else f"<p>{html.escape(str(part))}</p>")
        png = base64.b64encode(plots.png_bytes(report_figure(self.acc, self.ceiling))).decode()
        out.append(f"<img src='data:image/png;base64,{png}' style='max-width:100%'/>")
        return "\n".join(out)


def show(acc: AccountList, ceiling: float = SHARE_CEILING) -> _Report:
    """Everything lesson 6 computes for a list, in one displayable object."""
    return _Report(acc, ceiling)


_FORGETTABLE = (AccountList, AnalysisTable, Unavailable, WhaleCurve, Uploader, _Report)


def forget(namespace: Optional[dict] = None, *, clear: bool = True) -> None:
    """Remove every loaded account list and result from the notebook's memory.

    Deletes the variables that hold this module's objects (account lists,
    tables, the uploader) from ``namespace`` (default: the notebook's),
    empties IPython's output history (``Out``, ``_``), empties every upload
    widget, closes matplotlib figures and, with ``clear``, clears this cell's
    output.  Variables you derived yourself (plain numbers, arrays) cannot be
    recognised: restart the kernel to be sure.  Prints what it
    did and how to clear the other cells' outputs before sharing.
    """
    shell = None
    try:
        from IPython import get_ipython
        shell = get_ipython()
    except ImportError:  # pragma: no cover
        pass
    if namespace is None:
        namespace = shell.user_ns if shell is not None else {}
    removed = sorted(name for name, value in list(namespace.items())
                     if not name.startswith("_") and isinstance(value, _FORGETTABLE))
    for name in removed:
        del namespace[name]
    for uploader in _LIVE_UPLOADERS:
        uploader.clear()
    _LIVE_UPLOADERS.clear()
    if shell is not None and namespace is shell.user_ns:
        try:
            with contextlib.redirect_stdout(io.StringIO()):  # it prints "Flushing output cache"
                shell.run_line_magic("reset", "-f out")
        except Exception:  # pragma: no cover - not in a notebook
            pass
    try:
        import matplotlib.pyplot as plt
        plt.close("all")
    except Exception:  # pragma: no cover
        pass
    if clear and shell is not None:
        from IPython.display import clear_output
        clear_output()
    print(t("forget_done", names=", ".join(removed) if removed else t("forget_nothing")))
