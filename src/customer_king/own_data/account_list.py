"""The loaded account list: one read-only numpy array per column the kit recognised."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional

import numpy as np

from ..messages import get_language
from .columns import FIELDS_BY_KEY
from .errors import t

__all__ = ["AccountList"]


@dataclass(frozen=True, eq=False)
class AccountList:
    """A participant's accounts: one numpy array per recognised column.

    ``columns`` maps the kit's column keys (see :data:`FIELDS`; e.g.
    ``category_spend_eur``) to arrays with one value per account; money in
    euros a year, shares as fractions 0-1, missing optional values NaN.
    ``rows`` gives each account's spreadsheet row; ``headers`` the header
    each column had in the file; ``notes`` what the loader did that you may
    want to know.  The arrays are read-only.
    """

    name: str
    columns: dict[str, np.ndarray]
    rows: np.ndarray
    headers: dict[str, str] = field(default_factory=dict)
    notes: tuple[str, ...] = ()
    satisfaction_scale: Optional[tuple[float, float]] = None

    def __post_init__(self) -> None:
        for values in (*self.columns.values(), self.rows):
            values.flags.writeable = False

    def __getitem__(self, key: str) -> np.ndarray:
        return self.columns[key]

    def __contains__(self, key: object) -> bool:
        return key in self.columns

    def __len__(self) -> int:
        return len(self.rows)

    @property
    def n_accounts(self) -> int:
        return len(self.rows)

    def has(self, *keys: str) -> bool:
        return all(k in self.columns for k in keys)

    def summary(self) -> str:
        """One paragraph: what was read, then every note."""
        found = ", ".join(t("summary_column", header=repr(self.headers[k]), meaning=FIELDS_BY_KEY[k].name(get_language()))
                          for k in self.columns)
        lines = [t("summary", name=self.name, n=self.n_accounts, columns=found)]
        lines += [f"- {note}" for note in self.notes]
        return "\n".join(lines)

    def __repr__(self) -> str:
        return f"AccountList({self.name!r}: {self.n_accounts} accounts, columns {', '.join(self.columns)})"

    def __str__(self) -> str:
        return self.summary()
