"""Tables of lessons 4-5: the fictional case company Koningsvast (stylized data) and the
stylized warning score. Headings say so; numbers come from ``cases`` and ``overservice``."""
from __future__ import annotations

import numpy as np

from .. import cases, model, overservice
from ..messages import text
from ..tables import HtmlTable, euros, hours, millions, number, percent, reveal_label, table


def _times(ratio: float) -> str:
    return text("l05.times", ratio=number(ratio, 2))


# ---- lesson 4 ------------------------------------------------------------------------
def case_overview(case: cases.CaseCompany) -> HtmlTable:
    acc = case.accounts
    share = cases.share_of_wallet(acc)
    spend, sales = acc["category_spend_eur"], acc["our_sales_eur"]
    rows = [(text("l04.row.accounts"), str(case.n_accounts)),
            (text("l04.row.spend"), millions(spend.sum())),
            (text("l04.row.bought"), millions(sales.sum())),
            (text("l04.row.share_total"), percent(sales.sum() / spend.sum(), 1)),
            (text("l04.row.share_mean"), percent(share.mean(), 1)),
            (text("l04.row.share_median"), percent(float(np.median(share)), 1))]
    return table([text("l04.col.measure"), text("l04.col.value")], rows, caption=text("l04.case.caption"))


def near_ceiling_counts(case: cases.CaseCompany) -> HtmlTable:
    share = cases.share_of_wallet(case.accounts)
    rows = [(text("l04.row.above_ceiling", ceiling=percent(cases.SHARE_CEILING)),
             f"{int((share > cases.SHARE_CEILING).sum())} / {case.n_accounts}"),
            (text("l04.row.at_75"), f"{int((share >= 0.75).sum())} / {case.n_accounts}")]
    return table([text("l04.col.measure"), text("l04.col.value")], rows, caption=text("l04.case.caption"))


def _half_of_headroom_in(room: np.ndarray) -> int:
    ordered = np.sort(room)[::-1]
    return int(np.searchsorted(np.cumsum(ordered) / room.sum(), 0.5)) + 1


def headroom_overview(case: cases.CaseCompany) -> HtmlTable:
    acc = case.accounts
    room = cases.headroom(acc)
    rows = [(text("l04.row.headroom_total"), millions(room.sum())),
            (text("l04.row.current_sales"), millions(acc["our_sales_eur"].sum())),
            (text("l04.row.half_in"), f"{_half_of_headroom_in(room)} / {case.n_accounts}")]
    return table([text("l04.col.measure"), text("l04.col.value")], rows, caption=text("l04.headroom.caption"))


def top_headroom_accounts(case: cases.CaseCompany, count: int = 5) -> HtmlTable:
    acc = case.accounts
    room, share = cases.headroom(acc), cases.share_of_wallet(acc)
    order = np.argsort(room, kind="stable")[::-1][:count]
    rows = [(str(acc["account_name"][i]), str(acc["tier"][i]), percent(share[i]), euros(room[i]))
            for i in order]
    return table([text("l04.col.account"), text("l04.col.tier"), text("l04.col.share"),
                  text("l04.col.headroom")], rows, caption=text("l04.top.caption"), numeric=(2, 3))


def ceiling_sensitivity(case: cases.CaseCompany, ceilings: tuple[float, float] = (0.80, 0.70),
                        folded: bool = True) -> HtmlTable:
    base = cases.headroom(case.accounts, ceilings[0]).sum()
    rows = []
    for ceiling in ceilings:
        total = cases.headroom(case.accounts, ceiling).sum()
        rows.append((percent(ceiling), millions(total), percent(total / base - 1, sign=True)))
    return table([text("l04.col.ceiling"), text("l04.col.total_headroom"), text("l04.col.vs_80")], rows,
                 caption=text("l04.ceiling.caption"), folded=reveal_label(folded))


def wallet_allocation(max_suppliers: int = 5) -> HtmlTable:
    rows = []
    for n in range(1, max_suppliers + 1):
        shares = model.wallet_allocation_share(np.arange(1, n + 1), n)
        rows.append((str(n), *[percent(s, 1) for s in shares], *["" for _ in range(max_suppliers - n)]))
    columns = [text("l04.col.suppliers")] + [text("l04.col.rank", rank=r) for r in range(1, max_suppliers + 1)]
    return table(columns, rows, caption=text("l04.war.caption"))


def wallet_allocation_on_median(case: cases.CaseCompany, n: int = 5, ranks: tuple[int, ...] = (3, 4, 5),
                                folded: bool = True) -> HtmlTable:
    median_wallet = float(np.median(case.accounts["category_spend_eur"]))
    rows = []
    for rank in ranks:
        share = float(model.wallet_allocation_share(rank, n))
        rows.append((str(rank), percent(share, 1), euros(share * median_wallet)))
    return table([text("l04.col.as_number"), text("l04.col.share_of_wallet"), text("l04.col.euros")], rows,
                 caption=text("l04.median.caption", wallet=euros(median_wallet)),
                 folded=reveal_label(folded, plural=True))


SHARE_BANDS = (("l04.band.below_25", 0.0, 0.25), ("l04.band.25_50", 0.25, 0.50),
               ("l04.band.50_75", 0.50, 0.75), ("l04.band.75_up", 0.75, np.inf))


def hours_and_headroom_by_share(case: cases.CaseCompany) -> tuple[HtmlTable, list[str], np.ndarray, np.ndarray]:
    """The table, and the band names and the two share arrays the figure draws."""
    acc = case.accounts
    share, room, hrs = cases.share_of_wallet(acc), cases.headroom(acc), acc["hours_per_year"]
    names, hour_share, room_share = [], [], []
    for key, low, high in SHARE_BANDS:
        inside = (share >= low) & (share < high)
        names.append(text(key))
        hour_share.append(hrs[inside].sum() / hrs.sum())
        room_share.append(room[inside].sum() / room.sum())
    rows = [(n, percent(h, 1), percent(r, 1)) for n, h, r in zip(names, hour_share, room_share)]
    shown = table([text("l04.col.band"), text("l04.col.hours_share"), text("l04.col.headroom_share")], rows,
                  caption=text("l04.bands.caption"))
    return shown, names, np.array(hour_share), np.array(room_share)


# ---- lesson 5 ------------------------------------------------------------------------
def warning_signs() -> HtmlTable:
    rows = [(text(f"sign_{sign.key}").capitalize(), f"{number(sign.threshold, 1)}",
             f"{number(sign.threshold + sign.range, 1)}",
             text("l05.in_case.yes" if sign.key in overservice.CASE_SIGNS else "l05.in_case.no"))
            for sign in model.WARNING_SIGNS]
    return table([text("l05.col.sign"), text("l05.col.counts_from"), text("l05.col.full_at"),
                  text("l05.col.in_case")], rows, caption=text("l05.signs.caption"), numeric=(1, 2))


def tier_benchmarks(case: cases.CaseCompany) -> HtmlTable:
    benchmark = overservice.tier_benchmark_hours(case.accounts)
    rows = [(tier, hours(value, 1)) for tier, value in benchmark.items()]
    return table([text("l04.col.tier"), text("l05.col.benchmark")], rows, caption=text("l05.benchmark.caption"))


def overserved_by_salesperson(case: cases.CaseCompany) -> HtmlTable:
    acc = case.accounts
    over = overservice.overserved_accounts(acc)
    rows = []
    for name in case.team:
        mine = acc["salesperson"] == name
        if (over & mine).any():
            rows.append((name, str(int((over & mine).sum())), str(int(mine.sum()))))
    return table([text("l05.col.salesperson"), text("l05.col.overserved"), text("l05.col.of_accounts")], rows,
                 caption=text("l05.over.caption", count=int(over.sum()), total=case.n_accounts))


def whale_summary(case: cases.CaseCompany, folded: bool = True) -> HtmlTable:
    acc = case.accounts
    profit = cases.account_profit(acc)
    over = overservice.overserved_accounts(acc)
    _, cumulative = overservice.whale_curve(profit)
    peak = int(np.argmax(cumulative))
    rows = [(text("l05.row.total_profit"), millions(profit.sum(), 2)),
            (text("l05.row.top20"), percent(cases.top_share_of_profit(acc, 0.20))),
            (text("l05.row.curve_peak"), text("l05.row.curve_peak_value", share=percent(cumulative[peak]),
                                              accounts=peak)),
            (text("l05.row.losing"), str(int(np.sum(profit < 0)))),
            (text("l05.row.overserved_losing"), text("l05.row.overserved_losing_value",
                                                     losing=int(np.sum(profit[over] < 0)),
                                                     overserved=int(over.sum())))]
    return table([text("l04.col.measure"), text("l04.col.value")], rows, caption=text("l05.whale.caption"),
                 folded=reveal_label(folded), emphasis=(1,))


def worked_example(non_sales_share: float = 0.45) -> HtmlTable:
    example = {"hours_vs_tier": 1.0, "time_on_small_accounts": 0.0, "non_sales_share": non_sales_share,
               "internal_requests": 1.0, "effort_near_ceiling": 0.0}
    points = model.sign_contributions(example)
    rows = [(text("l05.row.points_talk"), number(points["non_sales_share"], 1)),
            (text("l05.row.score"), number(model.warning_score(example), 1))]
    return table([text("l04.col.measure"), text("l04.col.value")], rows, caption=text("l05.example.caption"))


def _scores(case: cases.CaseCompany, weights: dict[str, float] | None = None):
    signs = overservice.salesperson_indicators(case)
    scores = np.asarray(model.warning_score(signs, weights), float)
    return signs, scores, np.asarray(model.warning_band(scores))


def team_signs(case: cases.CaseCompany) -> HtmlTable:
    signs, scores, bands = _scores(case)
    rows = []
    for i in np.argsort(-scores, kind="stable"):
        values = [number(round(float(signs[key][i]), 2) + 0.0, 2) for key in overservice.CASE_SIGNS]
        rows.append((case.team[i], *values, number(scores[i], 0), text(f"band_{bands[i]}")))
    columns = ([text("l05.col.salesperson")] + [text(f"sign_{key}") for key in overservice.CASE_SIGNS]
               + [text("l05.col.score"), text("l05.col.band_name")])
    return table(columns, rows, caption=text("l05.team.caption"),
                 numeric=tuple(range(1, len(overservice.CASE_SIGNS) + 2)))


def _names_in(case: cases.CaseCompany, bands: np.ndarray, band: str) -> list[str]:
    return [name for name, b in zip(case.team, bands) if b == band]


def team_bands(case: cases.CaseCompany) -> HtmlTable:
    _, _, bands = _scores(case)
    rows = [(text(f"band_{band}"), ", ".join(_names_in(case, bands, band)) or text("l05.nobody"))
            for band in ("red", "amber")]
    rows.append((text("band_green"), text("l05.others", count=int(np.sum(bands == "green")))))
    return table([text("l05.col.band_name"), text("l05.col.people")], rows, caption=text("l05.bands.caption"),
                 numeric=())


def flagged(case: cases.CaseCompany) -> list[str]:
    """The salespeople amber or red under equal weights."""
    _, _, bands = _scores(case)
    return [name for name, b in zip(case.team, bands) if b != "green"]


def talk_only(case: cases.CaseCompany, folded: bool = True) -> HtmlTable:
    _, _, talk_bands = _scores(case, {"non_sales_share": 1.0})
    flagged_now = flagged(case)
    still = [name for name, b in zip(case.team, talk_bands) if b != "green" and name in flagged_now]
    rows = [(text("l05.col.people"), ", ".join(still) or text("l05.nobody"))]
    return table([text("l04.col.measure"), text("l04.col.value")], rows, caption=text("l05.talk_only.caption"),
                 numeric=(), folded=reveal_label(folded, plural=True))


def without_ceiling_sign(case: cases.CaseCompany, folded: bool = True) -> HtmlTable:
    _, scores, _ = _scores(case)
    weights = {key: 1.0 for key in overservice.CASE_SIGNS if key != "effort_near_ceiling"}
    _, without, _ = _scores(case, weights)
    rows = [(name, number(scores[case.team.index(name)], 0), number(without[case.team.index(name)], 0))
            for name in flagged(case)]
    return table([text("l05.col.salesperson"), text("l05.col.all_five"), text("l05.col.without_ceiling")], rows,
                 caption=text("l05.without.caption"), folded=reveal_label(folded, plural=True))


def orientation_profiles(case: cases.CaseCompany, names: list[str]) -> HtmlTable:
    acc = case.accounts
    profit = cases.account_profit(acc)
    orientation = dict(zip(case.team, case.salespeople["orientation_1to7"]))
    ranked = sorted(orientation, key=orientation.get, reverse=True)
    hrs = acc["hours_per_year"]
    near = cases.share_of_wallet(acc) >= overservice.NEAR_CEILING_SHARE
    _, scores, bands = _scores(case)
    rows = []
    for name in names:
        mine = acc["salesperson"] == name
        i = case.team.index(name)
        rows.append((name, number(orientation[name], 1), f"{ranked.index(name) + 1} / {len(ranked)}",
                     percent(hrs[mine & near].sum() / hrs[mine].sum()), number(acc["satisfaction"][mine].mean(), 1),
                     euros(profit[mine].sum() / hrs[mine].sum()), number(scores[i], 0), text(f"band_{bands[i]}")))
    return table([text("l05.col.salesperson"), text("l05.col.orientation"), text("l05.col.orientation_rank"),
                  text("l05.col.hours_near_ceiling"), text("l05.col.satisfaction"), text("l05.col.profit_per_hour"),
                  text("l05.col.score"), text("l05.col.band_name")], rows, caption=text("l05.profile.caption"))


def hours_to_free(case: cases.CaseCompany) -> HtmlTable:
    acc = case.accounts
    over = overservice.overserved_accounts(acc)
    excess = overservice.excess_hours(acc)
    ratio = overservice.account_hours_vs_tier(acc)
    room = cases.headroom(acc)
    big = acc["tier"] == "A"
    rows = []
    for name in flagged(case):
        mine = acc["salesperson"] == name
        freed = float(excess[mine & over].sum())
        rows.append((name, hours(freed), euros(freed * cases.HOURLY_COST_EUR),
                     _times(float(ratio[mine & big].mean())), euros(room[mine & big].sum())))
    return table([text("l05.col.salesperson"), text("l05.col.hours_freed"), text("l05.col.cost_freed"),
                  text("l05.col.a_vs_benchmark"), text("l05.col.a_headroom")], rows, caption=text("l05.freed.caption"))


def least_time_on_a_accounts(case: cases.CaseCompany, count: int = 2) -> HtmlTable:
    acc = case.accounts
    ratio = overservice.account_hours_vs_tier(acc)
    room = cases.headroom(acc)
    big = acc["tier"] == "A"
    _, scores, _ = _scores(case)
    a_ratio = {name: float(ratio[(acc["salesperson"] == name) & big].mean()) for name in case.team}
    rows = []
    for name in sorted(a_ratio, key=a_ratio.get)[:count]:
        mine = acc["salesperson"] == name
        rows.append((name, _times(a_ratio[name]), euros(room[mine & big].sum()),
                     number(scores[case.team.index(name)], 0)))
    return table([text("l05.col.salesperson"), text("l05.col.a_vs_benchmark"), text("l05.col.a_headroom"),
                  text("l05.col.score")], rows, caption=text("l05.under.caption"))
