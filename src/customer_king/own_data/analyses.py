"""The kit's analyses on a participant's own list, each a pure function of an :class:`AccountList`.

The economics live elsewhere and are not re-derived here: share of wallet and
headroom come from ``cases``, the warning signs from ``overservice`` (the same
definitions as lesson 5), the whale curve from ``overservice.whale_curve``, the
equal-marginal-return split from ``model``.  What this module adds is what a real
list needs: columns that may be missing (an :class:`Unavailable` says which to
add), tiers derived from spend when the file has none, and tables to read.
All thresholds and curves are the kit's stylized ones, not estimates for your market.
"""
from __future__ import annotations

from typing import Mapping, Optional, Sequence, Union

import numpy as np

from .. import cases, model, overservice
from ..messages import format_number, joined
from ..tiers import tier_index_by_spend
from .account_list import AccountList
from .columns import FIELDS_BY_KEY
from .errors import t
from .results import AnalysisTable, Unavailable, WhaleCurve

__all__ = ["NEAR_CEILING_SHARE", "SHARE_CEILING", "headroom", "margin_rate", "priorities", "share_of_wallet",
           "suggested_hours", "tiers", "warning_scores", "whale_curve"]

SHARE_CEILING = cases.SHARE_CEILING
NEAR_CEILING_SHARE = overservice.NEAR_CEILING_SHARE


def _missing(acc: AccountList, keys: Sequence[str]) -> Optional[str]:
    absent = [k for k in keys if k not in acc]
    if not absent:
        return None
    return t("why_columns", columns=joined(
        [f"'{FIELDS_BY_KEY[k].english[0]}' ('{FIELDS_BY_KEY[k].dutch[0]}')" for k in absent]))


def _money(value: float) -> str:
    """A whole number in the learner's style: 57,524 (en) / 57.524 (nl)."""
    return "-" if not np.isfinite(value) else format_number(float(round(value)))


def _signed(value: float) -> str:
    return ("+" if round(value) >= 0 else "") + _money(value)


def _pct(value: float) -> str:
    return "-" if not np.isfinite(value) else f"{value:.0%}"


def share_of_wallet(acc: AccountList) -> np.ndarray:
    """Our sales / the customer's category spend, per account (fraction 0-1)."""
    return cases.share_of_wallet(acc.columns)


def headroom(acc: AccountList, ceiling: float = SHARE_CEILING) -> np.ndarray:
    """Extra sales still winnable before the share ceiling, per account (EUR/yr, >= 0)."""
    return cases.headroom(acc.columns, ceiling)


def margin_rate(acc: AccountList) -> tuple[Optional[np.ndarray], int]:
    """Gross margin / our sales per account, and how many accounts got the median rate.

    Accounts without sales or without a margin value get the list's median
    rate.  ``(None, 0)`` without a gross-margin column.
    """
    if "gross_margin_eur" not in acc:
        return None, 0
    sales = np.asarray(acc["our_sales_eur"], float)
    margin = np.asarray(acc["gross_margin_eur"], float)
    with np.errstate(divide="ignore", invalid="ignore"):
        rate = np.where(sales > 0, margin / sales, np.nan)
    known = np.isfinite(rate)
    fill = float(np.median(rate[known])) if known.any() else 0.25
    return np.where(known, rate, fill), int((~known).sum())


def priorities(acc: AccountList, ceiling: float = SHARE_CEILING, top: int = 10) -> AnalysisTable:
    """Accounts where more customer orientation can still pay, best first.

    The ranking key is **margin within reach** = headroom to the ceiling
    (EUR/yr) x the account's margin rate (gross margin / our sales): the
    extra contribution the account could still give if its share rose to
    the ceiling.  Headroom alone would favour large, thin-margin accounts;
    the margin rate turns euros of sales into euros of profit.  Accounts at
    or above the ceiling score 0: more orientation there buys satisfaction,
    not sales.  Without a margin column the key is headroom itself.
    ``values`` holds the full ranking (every account); ``cells`` the top ones.
    """
    if not 0 < ceiling <= 1:
        raise ValueError(f"ceiling is a share of wallet and must lie in (0, 1]; got {ceiling}")
    sow, room = share_of_wallet(acc), headroom(acc, ceiling)
    rate, filled = margin_rate(acc)
    key = room * rate if rate is not None else room
    order = np.argsort(-key, kind="stable")
    notes = [t("note_priorities", ceiling=ceiling) if rate is not None else t("note_priorities_no_margin")]
    if filled:
        notes.append(t("note_priorities_median_rate", count=filled, rate=float(np.median(rate))))
    has_hours = "hours_per_year" in acc
    headers = [t("col_account"), t("col_share"), t("col_headroom")]
    if rate is not None:
        headers += [t("col_margin_rate"), t("col_within_reach")]
    if has_hours:
        headers.append(t("col_hours"))
    shown = order[:max(0, int(top))]
    cells = []
    for i in shown:
        row = [str(acc["account"][i]), _pct(sow[i]), _money(room[i])]
        if rate is not None:
            row += [_pct(rate[i]), _money(key[i])]
        if has_hours:
            h = acc["hours_per_year"][i]
            row.append(_money(h))
        cells.append(tuple(row))
    values = {"account": acc["account"][order], "share_of_wallet": sow[order], "headroom_eur": room[order],
              "within_reach_eur": key[order], "index": order}
    if rate is not None:
        values["margin_rate"] = rate[order]
    title = (t("title_priorities", top=len(shown), n=len(acc)) if rate is not None
             else t("title_priorities_no_margin", top=len(shown), n=len(acc)))
    return AnalysisTable(title, tuple(headers), tuple(cells), values, tuple(notes), {"ceiling": ceiling})



def tiers(acc: AccountList) -> tuple[np.ndarray, bool]:
    """Tier per account: the file's, or derived from spend as in the case company; and whether derived."""
    if "tier" in acc:
        return np.asarray(acc["tier"]), False
    labels = np.array(list(cases.TIER_FRACTIONS))
    return labels[tier_index_by_spend(acc["category_spend_eur"], cases.TIER_FRACTIONS)], True


def _indicators(acc: AccountList, by: str, notes: list[str]) -> tuple[np.ndarray, dict[str, np.ndarray], bool]:
    """(labels, overservice's indicators for them, tiers derived?)"""
    tier, derived = tiers(acc)
    table = dict(acc.columns, tier=tier)
    if by == "account":
        return np.asarray(acc["account"]), overservice.account_indicators(table), derived
    names = np.asarray(acc["salesperson"]) if "salesperson" in acc else np.full(len(acc), t("whole_list"))
    table["salesperson"] = names
    _, first = np.unique(names, return_index=True)
    labels = names[np.sort(first)]
    indicators = overservice.salesperson_indicators(table, team=list(labels))
    if len(labels) == 1 and indicators.pop("internal_requests", None) is not None:
        notes.append(t("note_single_salesperson"))  # against the team median it is always 1
    if "salesperson" not in acc:
        notes.append(t("note_missing_optional", meaning=t("meaning_salesperson"),
                       analysis=t("analysis_salesperson"), english="salesperson", dutch="accountmanager"))
    return labels, indicators, derived


def warning_scores(acc: AccountList, by: str = "salesperson",
                   weights: Optional[Mapping[str, float]] = None) -> Union[AnalysisTable, Unavailable]:
    """The over-service warning score (0-100, stylized) per salesperson or per account.

    The signs are ``overservice``'s (lesson 5's definitions), on the columns your
    list has: per salesperson ``overservice.salesperson_indicators``, per account
    ``overservice.account_indicators``; tiers are derived from spend when there is
    no tier column.  Scores and points come from ``model.warning_score`` and
    ``model.sign_contributions``; signs without data are left out and the weights
    renormalised (as the model does).  With no salesperson column the whole list
    is one person.  ``values`` holds ``score``, ``band`` and each sign's points, in
    the order shown (highest score first); ``extra['indicators']`` the raw indicators.
    """
    if by not in ("salesperson", "account"):
        raise ValueError(f"by must be 'salesperson' or 'account'; got {by!r}")
    usable = [k for k in ("hours_per_year", "non_sales_share", "internal_requests") if k in acc]
    if not usable:
        return Unavailable(t("what_warning"),
                           _missing(acc, ["hours_per_year", "non_sales_share", "internal_requests"]))
    notes: list[str] = []
    labels, indicators, derived = _indicators(acc, by, notes)
    indicators = {k: v for k, v in indicators.items() if np.isfinite(v).any()}
    if not indicators:
        return Unavailable(t("what_warning"), t("why_no_rows", columns=", ".join(usable)))
    if derived:
        notes.append(t("note_derived_tier"))
    contributions = model.sign_contributions(indicators, weights)
    scores = np.asarray(model.warning_score(indicators, weights), float).reshape(-1)
    bands = np.asarray(model.warning_band(scores)).reshape(-1)
    used = [k for k in contributions if k in indicators]
    off = [s.key for s in model.WARNING_SIGNS if s.key not in used]
    notes.append(t("note_signs_used", signs=", ".join(t(f"sign_{k}") for k in used)))
    notes.append(t("note_signs_off", signs=", ".join(t(f"sign_{k}") for k in off)))
    order = np.argsort(-np.where(np.isfinite(scores), scores, -1.0), kind="stable")
    points = {k: np.asarray(v, float).reshape(-1) for k, v in contributions.items() if k in used}
    cells = []
    for i in order:
        drivers = sorted(((points[k][i], k) for k in used if points[k][i] >= 0.5), reverse=True)[:2]
        driven = ", ".join(f"{t(f'sign_{k}')} ({p:.0f})" for p, k in drivers) or t("none")
        score = "-" if not np.isfinite(scores[i]) else f"{scores[i]:.0f}"
        cells.append((str(labels[i]), score, t(f"band_{bands[i]}"), driven))
    values = {"label": labels[order], "score": scores[order], "band": bands[order],
              **{k: points[k][order] for k in used}}
    title = t("title_warning", by=t(f"by_{by}"))
    headers = (t("col_group") if by == "salesperson" else t("col_account"), t("col_score"), t("col_band"),
               t("col_drivers"))
    return AnalysisTable(title, headers, tuple(cells), values, tuple(notes),
                 {"indicators": {k: v[order] for k, v in indicators.items()}, "signs": used, "by": by})


def whale_curve(acc: AccountList) -> Union[WhaleCurve, Unavailable]:
    """The whale curve (``overservice.whale_curve``) of gross margin minus cost to serve (needs both columns)."""
    why = _missing(acc, ["gross_margin_eur", "cost_to_serve_eur"])
    if why:
        return Unavailable(t("what_whale"), why)
    profit = np.asarray(acc["gross_margin_eur"], float) - np.asarray(acc["cost_to_serve_eur"], float)
    ok = np.isfinite(profit)
    if not ok.any():
        return Unavailable(t("what_whale"), t("why_no_rows", columns=", ".join(
            (t("meaning_gross_margin_eur"), t("meaning_cost_to_serve_eur")))))
    known = profit[ok]
    try:
        accounts, cumulative = overservice.whale_curve(known)
    except ValueError:  # total profit not positive: the curve has no 100 %
        return Unavailable(t("what_whale"), t("why_no_profit"))
    n = len(known)
    top20 = float(cumulative[max(1, int(round(0.2 * n)))])
    return WhaleCurve(accounts / n, cumulative, top20, int((known < 0).sum()), float(known.sum()), int((~ok).sum()))


def suggested_hours(acc: AccountList, ceiling: float = SHARE_CEILING,
                    saturation_hours: Optional[float] = None, top: int = 10) -> Union[AnalysisTable, Unavailable]:
    """Re-split the same total hours by the equal-marginal-return rule (stylized).

    Uses ``model.allocate_hours``: each account's margin is assumed to rise
    with hours as margin rate x ceiling x category spend x (1 - e^(-h/s)),
    with s = ``saturation_hours`` (default: the median hours per account in
    your list, so the curve is scaled to your own way of working).  The
    total stays what you spend now.  Accounts without hours are left out.
    ``values`` holds every account (biggest moves first); ``cells`` the top ones.
    """
    why = _missing(acc, ["hours_per_year"])
    if why:
        return Unavailable(t("what_hours"), why)
    hours = np.asarray(acc["hours_per_year"], float)
    ok = np.isfinite(hours)
    budget = float(hours[ok].sum())
    if not budget > 0:
        return Unavailable(t("what_hours"), t("why_no_hours"))
    rate, _ = margin_rate(acc)
    rate = np.ones(len(acc)) if rate is None else np.maximum(rate, 0.0)
    wallets = np.asarray(acc["category_spend_eur"], float) * rate
    if saturation_hours is None:
        positive = hours[ok & (hours > 0)]
        saturation_hours = max(float(np.median(positive)), 1.0)
    suggested = np.full(len(acc), np.nan)
    suggested[ok] = model.allocate_hours(wallets[ok], budget, ceiling=ceiling, saturation_hours=saturation_hours)
    now_value = np.full(len(acc), np.nan)
    now_value[ok] = model.marginal_value_per_hour(wallets[ok], hours[ok], ceiling=ceiling,
                                                  saturation_hours=saturation_hours)
    funded = ok & (suggested > 0)
    lam = float(np.median(model.marginal_value_per_hour(wallets[funded], suggested[funded], ceiling=ceiling,
                                                        saturation_hours=saturation_hours)))
    change = suggested - hours
    order = np.argsort(-np.where(ok, np.abs(change), -1.0), kind="stable")
    shown = [i for i in order[:max(0, int(top))] if ok[i]]
    cells = tuple((str(acc["account"][i]), _money(hours[i]), _money(suggested[i]), _signed(change[i]))
                  for i in shown)
    notes = [t("note_hours", budget=budget, lam=lam, sat=saturation_hours)]
    if (~ok).any():
        notes.append(t("note_hours_left_out", count=int((~ok).sum())))
    values = {"account": acc["account"][order], "hours": hours[order], "suggested": suggested[order],
              "change": change[order], "value_of_next_hour_now": now_value[order], "index": order}
    return AnalysisTable(t("title_hours", top=len(shown)),
                 (t("col_account"), t("col_hours"), t("col_suggested"), t("col_change")),
                 cells, values, tuple(notes),
                 {"budget": budget, "value_of_next_hour": lam, "saturation_hours": saturation_hours,
                  "shown": np.asarray(shown, int)})


