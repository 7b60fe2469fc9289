"""The data dictionary (``data/DATA_DICTIONARY.md``): what the case files hold and how they were made.

``tools/make_case_data.py`` writes it next to the CSV files, from the column
definitions in ``schema.py``, the key figures of the case and the generation
steps below, so code, data and documentation stay in sync (a test checks it).
"""
from __future__ import annotations

from .analysis import key_figures
from .schema import (ACCOUNTS_FILE, BASE_COST_EUR, COLUMNS, COMPANY_STORY, HOURLY_COST_EUR, REQUEST_COST_EUR,
                     SALESPEOPLE_COLUMNS, SALESPEOPLE_FILE, SHARE_CEILING, CaseCompany, Column)

GENERATION_INTRO = (
    "Every step draws from its own random stream, spawned from "
    "`numpy.random.default_rng(seed)`, so changing one step does not shift the random "
    "numbers of the others.  A salesperson's customer orientation on the 1-7 scale is "
    "turned into c = (level - 1) / 6 in [0, 1], as in the teaching model."
)
"""The opening paragraph of "How the data were generated"."""

GENERATION_STEPS: tuple[tuple[str, str], ...] = (
    ("The team (fixed, not random)",
     "Twelve account managers with a customer-orientation level (1-7), a region and a "
     "yearly budget of customer hours. Orientation drives their accounts in the steps "
     "below. A few are built to over-serve and a few to under-serve, and a high "
     "orientation alone does not make someone an over-server. Finding them from the "
     "warning signs is an exercise; trainers find the answer key in "
     "`cases.designed_profiles()`."),
    ("Step 1 - accounts and wallets",
     "285-315 accounts.  Category spend (the wallet) is lognormal (log-sd 1.1), scaled "
     "so that all wallets together are about EUR 30 million, rounded to EUR 100, at "
     "least EUR 4,000: a few big customers and a long tail, the biggest 20 % of accounts "
     "holding about 60 % of all spend.  Tiers follow the spend rank: A = top 12 %, B = "
     "next 38 %, C = bottom 50 %."),
    ("Step 2 - sector and name",
     "Each account gets a sector (with a typical gross-margin rate of 20-27 %) and an "
     "invented Dutch-sounding name: two syllables, a sector word, usually \"B.V.\"."),
    ("Step 3 - who serves whom",
     "Each salesperson's number of accounts is proportional to budget / (1 + 0.8 c^2): "
     "the more oriented need more time per account, so the manager gave them fewer "
     "accounts (the coverage mechanism of the teaching model).  Accounts are dealt out "
     "from the biggest down, each to whoever is furthest behind their quota (with a "
     "little randomness), so every portfolio has big and small accounts."),
    ("Step 4 - planned effort",
     "Effort relative to the tier norm: lognormal scatter (log-sd 0.3); over-servers "
     "multiply it by (80 / tier hours)^flatten, so B and C accounts move towards A-tier "
     "time; under-servers give A accounts only 50-60 % of the norm."),
    ("Step 5 - share of wallet",
     "The typical share rises with orientation towards the ceiling with diminishing "
     "returns, 0.80 (1 - exp(-3c)).  On the logit scale of the fraction of the 0.80 "
     "ceiling, each account then gets -1.3 (the buyer's other suppliers), + 0.5 "
     "log(relative effort) (hours buy share, with diminishing returns) and normal noise "
     "(sd 1).  So shares never pass 0.80, except on about 2 % of accounts with a "
     "sole-source contract (share 0.82-0.95).  Our sales = share x category spend, "
     "rounded to whole euros."),
    ("Step 6 - hours",
     "Tier norm (A 80, B 20, C 5 h) x (spend / tier median)^0.25 x relative effort, plus "
     "extra hours for over-servers on accounts already at a share of 0.70 or more (hours "
     "that buy no more share).  Each person's hours are then scaled to add up to budget "
     "x utilisation (about 90 %; over-servers 102-106 %, under-servers 74-78 %): fewer "
     "accounts for the more oriented means more hours per account."),
    ("Step 7 - non-sales share",
     "Beta-distributed (concentration 25) around 0.10 + 0.25 c^1.5, plus 7-15 points for "
     "the over-servers: the team averages about 23 %, close to the 23 % of time one "
     "practitioner survey (IPG, 1,502 salespeople; reported second-hand) found "
     "salespeople spend on problems, mistakes, information search and expediting."),
    ("Step 8 - internal requests",
     "Poisson counts with mean (A 16, B 6, C 2) x (spend / tier median)^0.25 x exp(c - "
     "0.5) x a personal multiplier (over-servers 1.4-1.8, under-servers 0.7-0.8); "
     "over-servers flatten the tiers as in step 4."),
    ("Step 9 - satisfaction",
     "Rises with orientation, as Homburg, Müller & Klarmann (2011) found for customer "
     "attitudes (an effect that stays positive); that it flattens is this model's "
     "assumption: 2.6 + 3.8 (1 - exp(-2.5c)) / (1 - exp(-2.5)), + 0.3 "
     "log(hours / tier median hours), + normal noise (sd 0.45); clipped to 1-7 and "
     "rounded to one decimal."),
    ("Step 10 - margin and cost to serve",
     "Gross margin = our sales x (sector rate - 0.035 log10(spend / median spend) for "
     "volume discounts + normal noise (sd 0.02) - 3-3.5 points of concessions by the "
     "over-servers).  Cost to serve = hours x EUR 120 + requests x EUR 200 + EUR 800.  "
     "Profit = margin - cost to serve draws a whale curve: the most profitable 20 % of "
     "accounts earn well over 100 % of total profit, the middle roughly breaks even, and "
     "the heavily served small accounts lose money."),
)
"""What the generator does, step by step, in the words of the data dictionary.

The team step names no one: finding the over-servers is an exercise (the answer
key is ``designed_profiles()``).  ``generator.py`` implements the steps, one
function each; change the text here when a step changes."""

GENERATION_OUTRO = (
    "Every number is rounded to the decimals the CSV keeps, so `load_case()` returns "
    "exactly what the generator made."
)


def generation_steps_markdown() -> str:
    """The "How the data were generated" paragraphs of the data dictionary."""
    steps = [f"**{title}.** {body}" for title, body in GENERATION_STEPS]
    return "\n\n".join([GENERATION_INTRO, *steps, GENERATION_OUTRO])


def _markdown_table(columns: tuple[Column, ...]) -> list[str]:
    lines = ["| column | type | unit | meaning |", "|---|---|---|---|"]
    for c in columns:
        kind = {"str": "text", "int": "whole number"}.get(
            c.kind, f"number, {c.decimals} decimal{'' if c.decimals == 1 else 's'}")
        lines.append(f"| `{c.name}` | {kind} | {c.unit or '-'} | {c.description} |")
    return lines


def data_dictionary_markdown(case: CaseCompany) -> str:
    """The text of ``DATA_DICTIONARY.md`` for ``case`` (written by tools/make_case_data.py)."""
    f = key_figures(case)
    seed = "unknown" if case.seed is None else str(case.seed)
    steps = generation_steps_markdown()
    lines = [
        "# Case data: Koningsvast Technische Groothandel B.V.",
        "",
        "> **Fictional and stylized.** The company, its people and its customers are invented",
        "> for teaching; any resemblance to real firms or persons is accidental. The numbers",
        "> are generated by a seeded model whose *shape* follows the research in the kit's",
        "> domain brief; they are illustrations, not measurements, and not data from",
        "> Homburg, Müller & Klarmann (2011) or any other study.",
        "",
        "## The company",
        "",
        COMPANY_STORY,
        "",
        "## Files",
        "",
        f"- `{ACCOUNTS_FILE}`: one row per customer account ({int(f['accounts'])} rows).",
        f"- `{SALESPEOPLE_FILE}`: one row per account manager ({int(f['salespeople'])} rows).",
        "",
        "Plain UTF-8 CSV with a header row, `,` as separator, `.` as decimal point and no",
        "thousands separators. In Python: `customer_king.cases.load_case()`.",
        "",
        f"## `{ACCOUNTS_FILE}`",
        "",
        *_markdown_table(COLUMNS),
        "",
        "Derived quantities are functions in `customer_king.cases`, not stored columns:",
        "",
        "- `share_of_wallet(accounts)` = our_sales_eur / category_spend_eur (0-1);",
        f"- `headroom(accounts, ceiling={SHARE_CEILING})` = ceiling x category_spend_eur - "
        "our_sales_eur, at least 0 (EUR/yr);",
        "- `account_profit(accounts)` = gross_margin_eur - cost_to_serve_eur (EUR/yr).",
        "",
        f"## `{SALESPEOPLE_FILE}`",
        "",
        *_markdown_table(SALESPEOPLE_COLUMNS),
        "",
        "## Key figures",
        "",
        "| figure | value |",
        "|---|---|",
        f"| accounts | {int(f['accounts'])} |",
        f"| total category spend (all wallets) | EUR {f['total_category_spend_eur'] / 1e6:.1f} million |",
        f"| our sales | EUR {f['total_our_sales_eur'] / 1e6:.1f} million |",
        f"| share of wallet, mean over accounts | {f['mean_share_of_wallet']:.1%} |",
        f"| share of wallet, total sales / total spend | {f['overall_share_of_wallet']:.1%} |",
        f"| accounts above the {SHARE_CEILING:.0%} ceiling (sole-source contracts) | "
        f"{int(f['accounts_above_ceiling'])} |",
        f"| category spend held by the biggest 20 % of accounts | {f['top20_share_of_spend']:.0%} |",
        f"| total profit after cost to serve | EUR {f['total_profit_eur'] / 1e6:.2f} million |",
        f"| profit earned by the most profitable 20 % of accounts | {f['top20_share_of_profit']:.0%} of the total |",
        f"| profit of the middle 60 % | {f['middle60_share_of_profit']:.0%} of the total |",
        f"| profit of the least profitable 20 % | {f['bottom20_share_of_profit']:.0%} of the total |",
        f"| accounts that lose money | {int(f['loss_making_accounts'])} |",
        f"| mean non-sales share of contact time | {f['mean_non_sales_share']:.1%} |",
        f"| mean satisfaction (1-7) | {f['mean_satisfaction']:.1f} |",
        "",
        "## How the data were generated",
        "",
        f"`customer_king.cases.make_case_company(seed={seed})`, written to these files by",
        "`python tools/make_case_data.py`. The same seed always gives byte-identical files.",
        f"Fixed cost rates: EUR {HOURLY_COST_EUR:.0f} per account-manager hour, EUR "
        f"{REQUEST_COST_EUR:.0f} per internal request, EUR {BASE_COST_EUR:,.0f} per account per year.",
        "",
        steps,
        "",
        "## Sources for the shape (see the kit's references)",
        "",
        "- Share-of-wallet ceiling of about 80 %: a practitioner rule of thumb on dual sourcing,",
        "  used here as a stylized parameter.",
        "- Whale curve: commonly reported ranges, about 20 % of customers producing 150-300 %",
        "  of profit while the least profitable lose money (cost-to-serve literature).",
        "- Time on problems and information search: one practitioner survey (IPG, 1,502",
        "  salespeople in 17 industries) reports about 23 % of a salesperson's time; a",
        "  secondary source, not checked against the survey itself.",
        "- Satisfaction keeps rising with customer orientation while sales do not:",
        "  Homburg, Müller & Klarmann (2011), Journal of Marketing 75(2): 55-74.",
        "",
    ]
    return "\n".join(lines)
