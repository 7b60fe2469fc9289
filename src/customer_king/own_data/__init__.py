"""Your own account list: a forgiving loader and the kit's analyses on your data.

Lesson 6 lets participants try the kit's ideas on their *own* accounts.  Real
exports are messy, so :func:`load_accounts` accepts what spreadsheets and CRM
systems actually write (details in ``data/OWN_DATA_DICTIONARY.md``):

* comma, semicolon, tab or pipe separated (sniffed), with or without Excel's
  ``sep=;`` first line;
* numbers the Dutch or English way, read by ``customer_king.locale_numbers``:
  decimal commas and points, thousands separators, currency signs, ``(1.234)``
  negatives, ``1.234,-``; amounts in thousands (``omzet (k€)``); percent signs;
* UTF-8 with or without BOM, UTF-16, Windows-1252, and UTF-8 with a few stray
  Windows-1252 bytes (repaired, with a note);
* Windows and old Mac line endings, blank rows, title lines above the header,
  subtotal and total rows anywhere (left out, with a note naming the row);
* header names in English or Dutch with odd spacing, capitals, accents and units.

Only three columns are required: the account, the customer's category spend and
our sales to it.  Each optional column switches on an analysis; a missing one
switches it off with a note that names the column to add.  Whatever cannot be
read raises one :class:`OwnDataError` listing the problems with their spreadsheet
row and column; impossible values are reported, never clipped.  The file is
opened read-only and never written.

The package, one idea per module:

* ``columns``: the columns the kit understands and how headers are recognised;
* ``decoding``: size limits, file types and text encodings;
* ``values``: the numbers of each column, and impossible values;
* ``loading``: :func:`load_accounts` (rows, header, totals, duplicates);
* ``analyses``: :func:`share_of_wallet`, :func:`headroom`, :func:`priorities`,
  :func:`warning_scores`, :func:`whale_curve`, :func:`suggested_hours`, pure
  functions delegating the economics to ``cases``, ``overservice`` and ``model``;
* ``figures``: the ``plot_*`` functions (each draws on a given ``Axes``);
* ``notebook``: the upload button, :func:`show` and :func:`forget`.

Privacy: nothing here sends data anywhere.  :func:`forget` removes the loaded data
from the notebook's memory and clears the cell's output.  Every learner-facing
sentence is in ``messages`` under ``own_data.*`` keys.
"""
from __future__ import annotations

from .account_list import AccountList
from .analyses import (NEAR_CEILING_SHARE, SHARE_CEILING, headroom, margin_rate, priorities, share_of_wallet,
                       suggested_hours, warning_scores, whale_curve)
from .columns import FIELDS, Field
from .decoding import MAX_BYTES
from .errors import MAX_PROBLEMS, OwnDataError, Problem
from .figures import (plot_hours_shift, plot_priorities, plot_share_of_wallet, plot_warning_scores,
                      plot_whale_curve, report_figure)
from .loading import MAX_ROWS, SAMPLE_FILE, TEMPLATE_FILE, load_accounts, load_sample, sample_path, template_path
from .notebook import Uploader, forget, show, upload_widget
from .results import AnalysisTable, Unavailable, WhaleCurve

__all__ = [
    "AccountList",
    "FIELDS",
    "Field",
    "MAX_BYTES",
    "MAX_PROBLEMS",
    "MAX_ROWS",
    "NEAR_CEILING_SHARE",
    "OwnDataError",
    "Problem",
    "SAMPLE_FILE",
    "SHARE_CEILING",
    "TEMPLATE_FILE",
    "AnalysisTable",
    "Unavailable",
    "Uploader",
    "WhaleCurve",
    "forget",
    "headroom",
    "load_accounts",
    "load_sample",
    "margin_rate",
    "plot_hours_shift",
    "plot_priorities",
    "plot_share_of_wallet",
    "plot_warning_scores",
    "plot_whale_curve",
    "priorities",
    "report_figure",
    "sample_path",
    "share_of_wallet",
    "show",
    "suggested_hours",
    "template_path",
    "upload_widget",
    "warning_scores",
    "whale_curve",
]
