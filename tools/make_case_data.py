"""Regenerate the case company's data files from ``customer_king.cases``.

Writes, into ``src/customer_king/data/`` (or ``--out``):

* ``case_accounts.csv``    one row per customer account,
* ``case_salespeople.csv`` one row per account manager,
* ``DATA_DICTIONARY.md``   what the company is, every column, how it was made.

The generator is seeded, so running this twice writes byte-identical files.

Usage::

    python tools/make_case_data.py            # regenerate (seed 2018)
    python tools/make_case_data.py --check    # exit 1 if the files are stale
    python tools/make_case_data.py --seed 7 --out /tmp/other_case
"""
from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
try:
    from customer_king import cases
except ImportError:  # running from a checkout without installing the package
    sys.path.insert(0, str(ROOT / "src"))
    from customer_king import cases

DEFAULT_OUT = ROOT / "src" / "customer_king" / "data"
FILES = (cases.ACCOUNTS_FILE, cases.SALESPEOPLE_FILE, cases.DICTIONARY_FILE)


def write_all(seed: int, folder: Path) -> list[Path]:
    """Generate the case for ``seed`` and write the CSVs and the dictionary."""
    case = cases.make_case_company(seed)
    written = cases.write_case_csv(case, folder)
    dictionary = folder / cases.DICTIONARY_FILE
    dictionary.write_bytes(cases.data_dictionary_markdown(case).encode("utf-8"))
    return [*written, dictionary]


def stale_files(seed: int, folder: Path) -> list[str]:
    """Names of the files in ``folder`` that differ from a fresh generation."""
    with tempfile.TemporaryDirectory() as tmp:
        write_all(seed, Path(tmp))
        return [
            name for name in FILES
            if not (folder / name).is_file()
            or (folder / name).read_bytes() != (Path(tmp) / name).read_bytes()
        ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=cases.DEFAULT_SEED,
                        help=f"generator seed (default {cases.DEFAULT_SEED})")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT,
                        help="folder to write to (default: the package's data folder)")
    parser.add_argument("--check", action="store_true",
                        help="only compare; exit 1 if a file is missing or differs")
    args = parser.parse_args(argv)

    if args.check:
        stale = stale_files(args.seed, args.out)
        if stale:
            print(f"out of date in {args.out}: {', '.join(stale)}; "
                  "run python tools/make_case_data.py", file=sys.stderr)
            return 1
        print(f"case data in {args.out} are up to date")
        return 0

    for path in write_all(args.seed, args.out):
        print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
