"""Exercise set 5 (warning signs of overservice), in English: prompts, options, hints,
why-wrong texts, table headings and captions.

Numbers that come from the model or the case (the sign thresholds, the near-ceiling
share, the made-up accounts' hours) are ``{placeholders}``, filled in by the set with
the current language's number style.
"""
LANGUAGE = "en"

MESSAGES = {
    "ex05.title": "Warning signs of overservice",
    # --- units of a sign's value, in the tables --------------------------------------
    "ex05.unit.percent": "{value} %",
    "ex05.unit.points": "{value} points",
    "ex05.unit.times": "{value} times",
    # --- the five measurable signs, in plain words ------------------------------------
    "ex05.sign.hours_vs_tier": "Hours per account against its tier's benchmark",
    "ex05.sign.time_on_small_accounts": "Share of hours on small (C) accounts minus their share of potential",
    "ex05.sign.non_sales_share": "Share of contact time on non-sales talk",
    "ex05.sign.internal_requests": "Internal service requests per account against the team median",
    "ex05.sign.effort_near_ceiling": "Share of hours on accounts already at {ceiling} share of wallet or more",
    # --- the tables ----------------------------------------------------------------
    "ex05.benchmarks.col.tier": "Tier",
    "ex05.benchmarks.col.accounts": "Accounts",
    "ex05.benchmarks.col.benchmark": "Benchmark (hours per account a year)",
    "ex05.benchmarks.row": "Tier {tier}",
    "ex05.benchmarks.caption": "Tier benchmarks: the median hours per account of each tier (fictional case data)",
    "ex05.sample.col.account": "Account",
    "ex05.sample.col.tier": "Tier",
    "ex05.sample.col.spend": "Customer's category spend (€ a year)",
    "ex05.sample.col.hours": "Hours a year",
    "ex05.sample.caption": "Five of {person}'s accounts",
    "ex05.overserved.col.salesperson": "Salesperson",
    "ex05.overserved.col.accounts": "Accounts",
    "ex05.overserved.col.overserved": "Over-served accounts ({full} times the tier benchmark or more)",
    "ex05.overserved.caption": "Over-served accounts per salesperson",
    "ex05.thresholds.col.sign": "Sign",
    "ex05.thresholds.col.start": "Starts to count at",
    "ex05.thresholds.col.full": "Counts in full at",
    "ex05.thresholds.caption": (
        "The five measurable signs (the thresholds are the kit's illustrations, not research findings)"
    ),
    "ex05.other_rep.col.sign": "Sign",
    "ex05.other_rep.col.value": "Their value",
    "ex05.other_rep.caption": "A salesperson at another wholesaler (made up)",
    "ex05.talk.account": "Account {number}",
    "ex05.talk.col.account": "Account",
    "ex05.talk.col.hours": "Hours a year",
    "ex05.talk.col.share": "Share of contact time on non-sales talk",
    "ex05.talk.caption": "Four accounts of another made-up salesperson",
    "ex05.freed.col.salesperson": "Salesperson",
    "ex05.freed.col.freed": "Hours freed a year",
    "ex05.freed.col.budget": "Annual hours budget",
    "ex05.freed.caption": "If every over-served account came back to {allowed} times its tier benchmark",
    "ex05.whale.title": "Koningsvast's whale curve (fictional case data)",
    # --- question 1 ----------------------------------------------------------------
    "ex05.q1.prompt": "{account}: hours against its tier's benchmark (times)",
    "ex05.q1.hint.1": "Divide the account's hours by the benchmark of its own tier.",
    "ex05.q1.hint.2": "Look up the account's tier first: each tier has its own benchmark.",
    "ex05.q1.wrong.other_tier": (
        "You used the benchmark of another tier. Each account is compared with the benchmark of "
        "its own tier."
    ),
    "ex05.q1.wrong.inverted": (
        "You divided the benchmark by the account's hours. The ratio says how many times the "
        "benchmark the account gets: the account's hours go on top."
    ),
    # --- question 2 ----------------------------------------------------------------
    "ex05.q2.prompt": "Share of {person}'s accounts that are over-served",
    "ex05.q2.hint.1": "Divide her over-served accounts by all the accounts she looks after.",
    "ex05.q2.hint.2": "Use her own row of the table only.",
    "ex05.q2.wrong.team_part": (
        "That is her part of the whole team's over-served accounts. The question asks about her own "
        "portfolio: divide by the accounts she looks after."
    ),
    "ex05.q2.wrong.complement": "That is the share of her accounts that are *not* over-served.",
    "ex05.q2.wrong.inverted": "You divided the other way round: her over-served accounts go on top.",
    # --- question 3 ----------------------------------------------------------------
    "ex05.q3.prompt": "Warning score of another wholesaler's salesperson (0–100)",
    "ex05.q3.hint.1": (
        "For each sign: how far past the point where it starts to count is the value, as a "
        "fraction of the way to where it counts in full? Below the start it adds nothing; past "
        "full it adds its full share and no more."
    ),
    "ex05.q3.hint.2": (
        "With five signs weighted equally, each sign can add at most a fifth of the 100 points. "
        "Add up what each sign adds."
    ),
    "ex05.q3.wrong.no_clipping": (
        "You did not cap the signs: a sign adds nothing below its threshold (never less) and at most "
        "its full share past full weight (never more)."
    ),
    "ex05.q3.wrong.no_range": (
        "You used how far each value is past its threshold, but not as a fraction of the way to "
        "full weight. Divide by the distance between the two columns of the thresholds table."
    ),
    "ex05.q3.wrong.seven_signs": (
        "You shared the weight among seven signs. Only five are measured here, and the score shares "
        "the weight among the signs it has data for."
    ),
    "ex05.q3.wrong.sum": (
        "You added up the signs at full weight each. With five equal weights, each sign counts for a "
        "fifth: the score runs from 0 to 100."
    ),
    "ex05.q3.wrong.factor_100": "A factor of 100 is off: the score runs from 0 to 100, not from 0 to 1.",
    # --- question 4 ----------------------------------------------------------------
    "ex05.q4.prompt": "Non-sales share of the four accounts, weighted by hours",
    "ex05.q4.hint.1": (
        "The sign is about *time*: an account's share of non-sales talk counts in proportion to "
        "the hours spent there."
    ),
    "ex05.q4.hint.2": "Multiply each account's share by its hours, add up, and divide by all the hours.",
    "ex05.q4.wrong.plain_mean": (
        "That is the plain mean, where a {small}-hour account counts as much as a {large}-hour one. Weight "
        "each account by its hours."
    ),
    "ex05.q4.wrong.hours": "That looks like the non-sales *hours*. The question asks for a share of all the hours.",
    # --- question 5 ----------------------------------------------------------------
    "ex05.q5.prompt": "Read the plot: height of the whale curve's peak (%)",
    "ex05.q5.hint.1": "Find the highest point of the curve and read its height on the vertical axis.",
    "ex05.q5.hint.2": "The dashed line is 100 % of total profit; the peak lies well above it.",
    "ex05.q5.wrong.dashed_line": (
        "100 % is the dashed line, where the curve *ends*, at total profit. The peak is its highest "
        "point, before the loss-making accounts pull it back."
    ),
    "ex05.q5.wrong.fraction": "The size looks right, but give it in percent, as the axis shows it.",
    # --- question 6 ----------------------------------------------------------------
    "ex05.q6.prompt": "What the falling part of the whale curve means",
    "ex05.q6.option.A": "The accounts on the right lose money after the cost to serve",
    "ex05.q6.option.B": "The accounts on the right buy less than the others",
    "ex05.q6.option.C": "Koningsvast as a whole makes a loss",
    "ex05.q6.option.D": "The data for those accounts are missing",
    "ex05.q6.why.B": (
        "Small sales alone do not make the curve fall: any account with a positive profit still "
        "adds to it. It falls only where profit is negative, after the cost to serve."
    ),
    "ex05.q6.why.C": (
        "The curve ends at 100 % of a positive total profit. The company earns money; some "
        "accounts give part of it away."
    ),
    "ex05.q6.why.D": "Every account is in the curve; the fall is real profit going out, not missing data.",
    # --- question 7 ----------------------------------------------------------------
    "ex05.q7.prompt": "Only effort near the ceiling counts: who is amber or red?",
    "ex05.q7.hint.1": (
        "Set the other four weight sliders to 0 and leave *hours on accounts near the ceiling* at "
        "1; the sentence under the sliders lists the red and the amber names."
    ),
    "ex05.q7.hint.2": "Read the names after your last slider move: a weight you left at 1 by mistake still counts.",
    # --- question 8 ----------------------------------------------------------------
    "ex05.q8.prompt": "{person}: freed hours as a share of his budget",
    "ex05.q8.hint.1": (
        "Compare the hours he would free with his annual hours budget: what fraction of the "
        "budget is that?"
    ),
    "ex05.q8.hint.2": "Use his row of the table, and the budget column for the whole year.",
    "ex05.q8.wrong.inverted": (
        "You divided the budget by the freed hours. The freed hours go on top: they are the part, "
        "the budget is the whole."
    ),
    "ex05.q8.wrong.complement": (
        "That is the part of his budget that stays where it is; the question asks for the freed part."
    ),
    # --- question 9 ----------------------------------------------------------------
    "ex05.q9.prompt": "Why Sanne K. is green",
    "ex05.q9.option.A": "Her customers are less satisfied, so she has nothing to over-serve",
    "ex05.q9.option.B": "She has fewer selling hours than the others",
    "ex05.q9.option.C": "The score ignores customer orientation, so it cannot see her",
    "ex05.q9.option.D": "She puts her extra time where there is headroom and keeps small accounts lean",
    "ex05.q9.why.A": (
        "Her customers are among the most satisfied on the team. Over-service is about where the "
        "hours go, not about how happy customers are."
    ),
    "ex05.q9.why.B": (
        "Her budget is a full-time budget like most of the team's; it is the *use* of the hours "
        "that differs."
    ),
    "ex05.q9.why.C": (
        "True that orientation is not one of the signs, but that is the point: look at where her "
        "hours go, and which of the signs that would make light up."
    ),
    # --- question 10 ---------------------------------------------------------------
    "ex05.q10.prompt": "When are extra hours not overservice?",
    "ex05.q10.option.A": "An account at {share} share whose buyer enjoys the weekly visit",
    "ex05.q10.option.B": "A small account whose buyer is a good friend",
    "ex05.q10.option.C": "A new account with a large wallet, where you already rank second among its suppliers",
    "ex05.q10.option.D": "An account that asks for rush deliveries every week",
    "ex05.q10.why.A": (
        "Near the ceiling, extra hours cannot win more share; the visit is pleasant, but it is "
        "exactly the near-ceiling effort the fifth sign flags."
    ),
    "ex05.q10.why.B": (
        "That is relational effort the account does not repay: a small account with big-account "
        "time, however nice the buyer."
    ),
    "ex05.q10.why.D": (
        "Weekly rush orders are the internal-service sign. They may need fixing once, not "
        "serving forever."
    ),
    # --- for analysts ----------------------------------------------------------------
    "ex05.a1.prompt": "Analysts: accounts at {full} times their tier benchmark or more",
    "ex05.a1.hint.1": (
        "Benchmark = the median hours of each tier. Divide every account's hours by the benchmark "
        "of its own tier, then count the ratios at full weight or above."
    ),
    "ex05.a1.hint.2": (
        "A dictionary from tier to median hours, looked up for each account, gives one benchmark "
        "per account."
    ),
    "ex05.a1.wrong.mean_benchmark": (
        "You used the mean hours of each tier as the benchmark. A few heavily served accounts pull "
        "the mean up; the lesson's benchmark is the median."
    ),
    "ex05.a1.wrong.from_threshold": (
        "You counted from where the sign *starts* to count; the question asks for the accounts where "
        "it counts in full."
    ),
    "ex05.a2.prompt": "Analysts: {person}'s non-sales share, weighted by hours",
    "ex05.a2.hint.1": (
        "Select her accounts with a mask, then average the non-sales share with the hours as "
        "weights."
    ),
    "ex05.a2.hint.2": "`np.average` takes a `weights=` argument.",
    "ex05.a2.wrong.plain_mean": (
        "That is the plain mean, where a {small}-hour account counts as much as a {large}-hour one. Weight "
        "each account by its hours."
    ),
    "ex05.a3.prompt": "Analysts: how many accounts the whale curve adds up before its peak",
    "ex05.a3.hint.1": (
        "Sort the profits from high to low, add them up as you go, and find where the running "
        "total is highest: the accounts up to there are the ones that add profit."
    ),
    "ex05.a3.wrong.zero_based": (
        "`np.argmax` gives a *position*, counted from 0; the number of accounts up "
        "to and including that position is one more."
    ),
    "ex05.a4.prompt": "Analysts: hours {person} would free on over-served accounts",
    "ex05.a4.hint.1": (
        "For each of her over-served accounts (the sign at full weight), the hours above {allowed} times "
        "the tier benchmark; add them up."
    ),
    "ex05.a4.hint.2": (
        "`overservice.excess_hours` gives the hours above {allowed} times the benchmark for every account."
    ),
    "ex05.a4.wrong.all_accounts": (
        "You counted the hours above {allowed} times the benchmark on *all* her accounts; the question asks "
        "only about the over-served ones."
    ),
    "ex05.a4.wrong.to_benchmark": (
        "You brought the accounts back to the benchmark itself; the question allows {allowed} times the "
        "benchmark, where the sign starts to count."
    ),
}
