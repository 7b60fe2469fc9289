"""Lesson 6's path route, run in a real kernel: a broken file shows what to fix, not a traceback.

The lesson's own cells (the import cell and the ``own_data.load_accounts(path)`` cell
of ``notebooks/06_your_own_accounts.ipynb``) run under nbclient with ``path`` pointing
at a broken CSV.  The cell's error output must be exactly the message the upload
button shows for the same file, with no Python traceback (no frames, no file names
of the kit) — and the file must be unchanged.
"""
from __future__ import annotations

import os
from pathlib import Path

import nbformat
import pytest
from nbclient import NotebookClient

from customer_king import own_data

ROOT = Path(__file__).resolve().parents[1]
LESSON = ROOT / "notebooks" / "06_your_own_accounts.ipynb"
BROKEN = b"klant;totale inkoop;onze omzet\nAlpha;10.000;12.500\nBeta;tienduizend;500\n"


def _lesson_cells() -> tuple[str, str]:
    cells = [c.source for c in nbformat.read(LESSON, as_version=4).cells if c.cell_type == "code"]
    imports = next(c for c in cells if "from customer_king import own_data" in c)
    path_route = next(c for c in cells if "own_data.load_accounts(path)" in c)
    return imports, path_route


def _run(sources: list[str]) -> nbformat.NotebookNode:
    nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(s) for s in sources])
    NotebookClient(nb, timeout=120, kernel_name="python3", allow_errors=True,
                   resources={"metadata": {"path": str(ROOT / "notebooks")}}).execute()
    return nb


@pytest.mark.filterwarnings("ignore::DeprecationWarning")
def test_a_broken_file_on_the_path_route_shows_the_upload_routes_message_and_no_traceback(tmp_path):
    broken = tmp_path / "my_accounts.csv"
    broken.write_bytes(BROKEN)
    os.utime(broken, ns=(1_600_000_000_000_000_000,) * 2)
    imports, path_route = _lesson_cells()
    assert "own_data.sample_path()" in path_route
    cell = path_route.replace("own_data.sample_path()", repr(str(broken)), 1)

    nb = _run([imports, cell])

    outputs = nb.cells[1].outputs
    errors = [o for o in outputs if o.output_type == "error"]
    assert len(errors) == 1, outputs
    shown = "\n".join(errors[0].traceback)
    uploader = own_data.upload_widget()
    assert uploader.load(broken.name, BROKEN) is None
    assert shown == str(uploader.error)  # what the upload button shows in its status
    assert "Row 2, column C 'onze omzet'" in shown and "Row 3, column B 'totale inkoop'" in shown
    for trace in ("Traceback", "File \"", ".py", "own_data/", "OwnDataError", "---->"):
        assert trace not in shown, f"{trace!r} in the output:\n{shown}"
    assert not [o for o in outputs if o.output_type == "stream" and o.name == "stderr"]
    assert broken.read_bytes() == BROKEN and broken.stat().st_mtime_ns == 1_600_000_000_000_000_000
