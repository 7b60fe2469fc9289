"""Who works at the case company and whom it sells to: the fixed design of the case.

The team is not random: its members' orientation levels and behaviour are
chosen so that the lessons have something to find.  Three are built as
over-servers (Mirjam T., Koen H., Fleur B.): they pull small accounts towards
big-account hours and service, add hours where the share of wallet is already
near the ceiling, talk more about non-sales topics, ask colleagues for more
special requests and give away margin.  Two are built as under-servers
(Ruud S., Wim L.): too little time on their big accounts, low shares of
wallet, much headroom left.  Sanne K. is highly oriented (5.6) but balanced.
Do not show this to learners before they have looked for themselves.
"""
from __future__ import annotations

from typing import NamedTuple


class _Member(NamedTuple):
    name: str
    orientation: float  # 1-7
    region: str
    budget: int  # customer hours per year
    profile: str  # "balanced", "over-server" or "under-server"
    # Behaviour beyond what orientation alone explains (1.0 / 0.0 = none):
    flatten: float = 0.0  # 0..1: how far C/B accounts get A-tier hours
    near_ceiling_bonus: float = 0.0  # extra hours on accounts at >= 0.65 share
    extra_non_sales: float = 0.0  # added to the non-sales share
    request_multiplier: float = 1.0
    big_account_hours: float = 1.0  # multiplier on A-tier hours
    utilisation: float = 0.90  # fraction of the budget logged on accounts
    concession: float = 0.0  # margin points given away (fraction of sales)


_TEAM: tuple[_Member, ...] = (
    _Member("Anouk V.", 4.1, "Breda", 1150, "balanced"),
    _Member("Bram D.", 3.6, "Breda", 1150, "balanced"),
    _Member("Ruud S.", 2.2, "Breda", 1150, "under-server",
            extra_non_sales=-0.02, request_multiplier=0.7, big_account_hours=0.5,
            utilisation=0.74),
    _Member("Sanne K.", 5.6, "Tilburg", 1150, "balanced", utilisation=0.95),
    _Member("Mirjam T.", 6.7, "Tilburg", 1150, "over-server",
            flatten=0.55, near_ceiling_bonus=0.6, extra_non_sales=0.12,
            request_multiplier=1.6, big_account_hours=0.85, utilisation=1.06,
            concession=0.035),
    _Member("Joris M.", 4.4, "Tilburg", 920, "balanced"),
    _Member("Koen H.", 6.3, "Eindhoven", 1150, "over-server",
            flatten=0.4, near_ceiling_bonus=1.5, extra_non_sales=0.07,
            request_multiplier=1.8, big_account_hours=0.9, utilisation=1.03,
            concession=0.03),
    _Member("Lotte J.", 4.8, "Eindhoven", 1150, "balanced"),
    _Member("Wim L.", 2.6, "Eindhoven", 1150, "under-server",
            request_multiplier=0.8, big_account_hours=0.6, utilisation=0.78),
    _Member("Fleur B.", 6.1, "Den Bosch", 1150, "over-server",
            flatten=0.6, near_ceiling_bonus=0.4, extra_non_sales=0.15,
            request_multiplier=1.4, big_account_hours=0.9, utilisation=1.02,
            concession=0.03),
    _Member("Thijs W.", 3.9, "Den Bosch", 1150, "balanced"),
    _Member("Eva P.", 4.6, "Den Bosch", 920, "balanced"),
)


def designed_profiles() -> dict[str, str]:
    """The answer key: salesperson -> "over-server", "under-server" or "balanced".

    For trainers, solutions and tests.  The lessons let learners *find* the
    over-servers from the warning signs; do not show this table first.
    Note that Sanne K. is highly customer-oriented (5.6) yet balanced: she
    spends her time where the headroom is.  High orientation is not the
    problem; misallocated orientation is.
    """
    return {m.name: m.profile for m in _TEAM}


class _Sector(NamedTuple):
    name: str
    weight: float  # how common among the accounts
    margin_rate: float  # typical gross margin on our sales (fraction)
    words: tuple[str, ...]  # Dutch words for invented customer names


_SECTORS: tuple[_Sector, ...] = (
    _Sector("Metalworking", 0.20, 0.24, ("Metaaltechniek", "Staalbouw", "Plaatwerk", "Precisietechniek")),
    _Sector("Construction", 0.16, 0.21, ("Bouw", "Bouwgroep", "Aannemers")),
    _Sector("Installation", 0.14, 0.23, ("Installatietechniek", "Installaties", "Elektrotechniek")),
    _Sector("Food processing", 0.11, 0.27, ("Voedingsmiddelen", "Foods", "Zuivel")),
    _Sector("Machinery", 0.10, 0.24, ("Machinebouw", "Werktuigbouw")),
    _Sector("Automotive supply", 0.08, 0.20, ("Automotive", "Carrosseriebouw")),
    _Sector("Agri & horticulture", 0.08, 0.25, ("Agrotechniek", "Kassenbouw")),
    _Sector("Plastics & packaging", 0.07, 0.23, ("Kunststoffen", "Verpakkingen")),
    _Sector("Maintenance services", 0.06, 0.26, ("Onderhoud", "Industrieel Onderhoud")),
)

_NAME_HEADS = (
    "Brak", "Dor", "Eld", "Gel", "Hav", "Kor", "Lin", "Mer", "Nor", "Ost",
    "Ros", "Stel", "Ter", "Vel", "Wes", "Zan", "Bor", "Hul", "Kam", "Rij",
    "Den", "Lau", "Mol", "Sie",
)
_NAME_TAILS = (
    "veld", "dijk", "hoven", "horst", "mond", "stede", "brug", "kamp",
    "laar", "rode", "werf", "loo", "berg", "hout", "meer", "beek",
)
