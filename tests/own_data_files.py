"""Lesson 6's test fixtures: fictional account lists, and loading them from a real file.

``example_csv()`` writes a fictional account list as a spreadsheet exports it; it
made the packaged sample ``own_accounts_sample.csv`` (a test checks it still does)
and ``benchmarks/bench_own_data.py`` uses it for large lists.  It lives with the
tests because the kit itself never needs it.  ``load_file`` and its shorthands
load bytes from a real file and assert that the file is untouched afterwards.
"""
from __future__ import annotations

import os
from pathlib import Path
from typing import Union

import numpy as np

from customer_king import cases
from customer_king.own_data import AccountList, OwnDataError, load_accounts
from customer_king.tiers import tier_index_by_spend


def example_csv(n_accounts: int = 40, seed: int = 7, *, style: str = "nl") -> bytes:
    """A fictional account list as a spreadsheet would export it (bytes).

    ``style="nl"``: a Dutch Excel export (UTF-8 with BOM, semicolons, decimal
    commas, thousands dots, € signs, % signs, Windows line endings, Dutch
    headers, an extra comment column and a blank row at the end).
    ``style="en"``: plain comma-separated English with decimal points.
    Three account managers; the invented names and numbers are seeded
    illustrations (the packaged sample is ``example_csv(40, 7)``).
    """
    if style not in ("nl", "en"):
        raise ValueError(f"style must be 'nl' or 'en'; got {style!r}")
    rng = np.random.default_rng(seed)
    heads = ("Brak", "Dor", "Eld", "Hav", "Kor", "Lin", "Mer", "Nor", "Ros", "Ter", "Vel", "Wes", "Zan", "Hul")
    tails = ("veld", "dijk", "hoven", "horst", "mond", "brug", "kamp", "laar", "werf", "berg", "beek")
    kinds = ("Metaal", "Bouw", "Installatie", "Techniek", "Foods", "Kunststof", "Machinebouw", "Onderhoud")
    team = ("Lisa de W.", "Mark J.", "Yvonne B.")
    over = team[1]  # serves small accounts like big ones, chats, asks colleagues for favours
    spend = np.round(np.exp(rng.normal(11.2, 1.0, n_accounts)) / 100) * 100 + 5000
    tier = np.array(list(cases.TIER_FRACTIONS))[tier_index_by_spend(spend, cases.TIER_FRACTIONS)]
    who = rng.choice(team, n_accounts)
    overserver = who == over
    share = np.clip(rng.beta(2.2, 2.4, n_accounts) + 0.12 * overserver, 0.03, 0.97)
    sales = np.round(spend * share)
    hours = np.round(np.sqrt(spend) / 9 * rng.lognormal(0, 0.35, n_accounts) * np.where(overserver, 1.6, 1.0)
                     + np.where(overserver & (tier == "C"), 18, 0), 1)
    talk = np.clip(rng.normal(0.22, 0.07, n_accounts) + 0.16 * overserver, 0.02, 0.9)
    requests = rng.poisson(np.sqrt(spend) / 90 * np.where(overserver, 2.2, 1.0))
    satisfaction = np.clip(np.round(rng.normal(5.2, 0.6, n_accounts) + 0.6 * overserver, 1), 1, 7)
    margin = np.round(sales * rng.uniform(0.18, 0.30, n_accounts) * np.where(overserver, 0.88, 1.0))
    cost = np.round(hours * 120 + requests * 200 + 800)
    names = [f"{rng.choice(heads)}{rng.choice(tails)} {rng.choice(kinds)}" + (" B.V." if rng.random() < 0.7 else "")
             for _ in range(n_accounts)]
    remarks = ("", "", "", "", "bellen na de zomer", "nieuwe inkoper", "wil korting", "raamcontract tot 2026")

    def money_nl(value: float, k: int) -> str:
        text = f"{value:,.0f}".replace(",", ".")
        return f"€ {text}" if k % 3 else text

    lines = []
    if style == "nl":
        lines.append("Klant ;Accountmanager;Segment; Totale inkoop (€);Onze omzet (€);UREN;"
                     "Niet-commercieel aandeel;Interne verzoeken;Tevredenheid (1-7);Brutomarge (€);Kosten (€);Opmerking")
        for k in range(n_accounts):
            lines.append(";".join([
                names[k], who[k], tier[k], money_nl(spend[k], k), money_nl(sales[k], k + 1),
                f"{hours[k]:.1f}".replace(".", ","), f"{talk[k]:.0%}", str(requests[k]),
                f"{satisfaction[k]:.1f}".replace(".", ","), money_nl(margin[k], k), money_nl(cost[k], k + 2),
                remarks[k % len(remarks)]]))
        lines.append(";;;;;;;;;;;")
        return ("\ufeff" + "\r\n".join(lines) + "\r\n").encode("utf-8")
    lines.append("account,salesperson,tier,category_spend,our_sales,hours,non_sales_share,internal_requests,"
                 "satisfaction,gross_margin,cost_to_serve")
    for k in range(n_accounts):
        lines.append(",".join([f'"{names[k]}"', who[k], tier[k], f"{spend[k]:.0f}", f"{sales[k]:.0f}",
                               f"{hours[k]:.1f}", f"{talk[k]:.3f}", str(requests[k]), f"{satisfaction[k]:.1f}",
                               f"{margin[k]:.0f}", f"{cost[k]:.0f}"]))
    return ("\n".join(lines) + "\n").encode("utf-8")


def load_file(tmp_path: Path, data: bytes, filename: str = "accounts.csv") -> Union[AccountList, OwnDataError]:
    """Load ``data`` from a real file; assert the file is untouched; return the result or the error."""
    path = tmp_path / filename
    path.write_bytes(data)
    os.utime(path, ns=(1_600_000_000_000_000_000, 1_600_000_000_000_000_000))
    before = (path.read_bytes(), path.stat().st_mtime_ns)
    try:
        return load_accounts(path)
    except OwnDataError as err:
        return err
    finally:
        assert (path.read_bytes(), path.stat().st_mtime_ns) == before, "the participant's file was changed"


def ok(tmp_path, data, filename="accounts.csv") -> AccountList:
    result = load_file(tmp_path, data, filename)
    assert isinstance(result, AccountList), str(result)
    return result


def fails(tmp_path, data, filename="accounts.csv") -> OwnDataError:
    result = load_file(tmp_path, data, filename)
    assert isinstance(result, OwnDataError), f"expected an OwnDataError, loaded {result!r}"
    return result


def where(err: OwnDataError) -> list[tuple]:
    return [(p.row, p.letter) for p in err.problems]
