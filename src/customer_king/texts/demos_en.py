"""The live demos' words in English: questions, follow-ups, answers, tables, cards (``customer_king.demos``).

Numbers arrive already formatted in the language's style (``demos.number``), so a template
only places them; the same key holds the same sentence in ``demos_nl.py``.
"""
LANGUAGE = "en"

MESSAGES = {
    # --- where an answer comes from, said with every answer
    "demo.basis.model": "stylized model",
    "demo.basis.rule": "Keiningham et al.'s published Wallet Allocation Rule, not the teaching model",
    "demo.basis.case": "stylized model, fictional case data",
    "demo.expected": "Expected ({basis}): {answer}",
    "demo.predict_first": "**Predict first.** {question} Write your guess down, then move the slider.",
    # --- the questions (ask the room before the slider moves) and the follow-up moves
    "demo.01.question": ("A salesperson at orientation 4 moves to 6. Do the accounts they can serve drop "
                         "(a) by about a tenth, (b) by about a quarter, (c) by about half?"),
    "demo.01.then": "Then raise the selling-hours slider by 300 h: what does less admin buy at each level?",
    "demo.02.question": ("As orientation goes from 1 to 7, where do sales peak, and what does satisfaction do "
                         "after that point?"),
    "demo.02.then": "Stop at the peak, then go one step further: satisfaction still rises, sales fall.",
    "demo.03.question": ("Products become tailor-made. Should the best level of orientation go up, "
                         "down, or stay where it is?"),
    "demo.03.then": "Reset, then try premium price and competition one at a time, then all three.",
    "demo.04.question": ("A customer buys from five suppliers and you would enter as number 4. What share can you "
                         "expect: (a) about a fifth, (b) about an eighth, (c) less than a tenth?"),
    "demo.04.then": "Then open the headroom demo and move the ceiling from {ceiling} to {demo_ceiling}.",
    "demo.05.question": ("We stop counting effort on accounts near the ceiling. Does the score of the flagged "
                         "salesperson who scores lowest on that sign go up or down?"),
    "demo.05.then": "Then set every weight to 0 except non-sales talk: who stays amber or red?",
    # --- the answers, computed (every number a field)
    "demo.01.answer": ("Hours per account rise from {h4} to {h6}; accounts served fall from "
                       "{a4} to {a6}, a drop of {drop}."),
    "demo.02.answer": ("Sales peak at about {peak} of 7 ({peak_sales}); at 7 they are {sales_7}, against "
                       "{sales_1} at 1. Satisfaction keeps rising: {sat_peak} at the peak, {sat_7} at 7."),
    "demo.03.answer": ("The screen shows sales peaking at {moved} of 7 and profit at {moved_profit} "
                       "(baseline: {base} and {base_profit}). Each of the other moderators at +1 also moves "
                       "the sales peak up: {shifts}. In each case the model's profit peak lies at or below its sales peak."),
    "demo.03.shift": "{label} {peak}",
    "demo.04.answer": ("By the rule, as number 4 of 5 suppliers you can expect {s4} of the wallet, "
                       "against {equal} for an equal split; climbing to number 3 gives {s3}, number 5 gets {s5}."),
    "demo.05.answer": ("Flagged now: {changes}. The score is an average: {lowest}, lowest of them on "
                       "that sign, goes up, because a sign on which someone scores low no longer pulls the average down."),
    "demo.05.change": "{name} {before} → {after}",
    "demo.list_separator": "; ",
    "demo.euro_millions": "€{amount} million",
    "demo.euro_m": "€{amount} m",
    # --- the moderators, as the answers and the tables name them
    "demo.moderator.individualized": "individualized products",
    "demo.moderator.premium_price": "premium price",
    "demo.moderator.competition": "fierce competition",
    "demo.preset.baseline": "baseline",
    "demo.preset.individualized products": "individualized products",
    "demo.preset.premium price strategy": "premium price strategy",
    "demo.preset.high competitive intensity": "high competitive intensity",
    "demo.band.green": "green",
    "demo.band.amber": "amber",
    "demo.band.red": "red",
    # --- the small table of numbers on each topic's slides and handout
    "demo.table.01.caption": "Time per account and accounts served, {hours} selling hours",
    "demo.table.01.header": "Orientation|Hours per account|Accounts served",
    "demo.table.02.caption": "Satisfaction keeps rising; sales peak",
    "demo.table.02.header": "Orientation|Satisfaction (1–7)|Sales|Accounts|Share of wallet",
    "demo.table.02.peak": "{peak} (peak)",
    "demo.table.03.caption": "Where the peak lies (each moderator at +1, others at 0)",
    "demo.table.03.header": "Situation|Sales peak (1–7)|Profit peak (1–7)",
    "demo.table.04.caption": "Wallet Allocation Rule: expected share of wallet by rank",
    "demo.table.04.header": "Suppliers used",
    "demo.table.04.rank": "Rank {rank}",
    "demo.table.05.caption": "Warning score of Koningsvast's account managers (top 6, equal weights)",
    "demo.table.05.header": "Account manager|Score (0–100)|Band",
}

# The presenter cards and dashboards: each explorer's title and what it shows (the English
# "shows" line is the explorer's docstring, first line; tests/test_trainer_kit.py keeps them equal).
MESSAGES.update({
    "demo.card.warm_up_explorer.title": "How a slider works",
    "demo.card.warm_up_explorer.shows": "One slider, one curve: accounts served = hours available / hours per account.",
    "demo.card.time_cost_explorer.title": "Orientation costs time",
    "demo.card.time_cost_explorer.shows": "Orientation costs time: hours per account rise, accounts covered fall.",
    "demo.card.satisfaction_sales_explorer.title": "Satisfaction versus sales",
    "demo.card.satisfaction_sales_explorer.shows": "Satisfaction keeps rising with orientation; sales peak and then fall.",
    "demo.card.moderator_explorer.title": "What moves the best level of orientation",
    "demo.card.moderator_explorer.shows": "The three moderators of Homburg, Müller & Klarmann (2011) moving the optimum.",
    "demo.card.wallet_allocation_explorer.title": "The Wallet Allocation Rule",
    "demo.card.wallet_allocation_explorer.shows": "The Wallet Allocation Rule: the share a supplier can expect from its rank.",
    "demo.card.headroom_explorer.title": "Headroom under a share-of-wallet ceiling",
    "demo.card.headroom_explorer.shows": "Headroom per account and per tier for a chosen share-of-wallet ceiling.",
    "demo.card.warning_score_explorer.title": "The warning score",
    "demo.card.warning_score_explorer.shows": "Weigh the five measurable warning signs; see who turns amber or red.",
    # what a card and a dashboard ask first
    "demo.ask_room": "Ask the room first",
    "demo.follow_up": "Follow-up",
    "demo.follow_up.headroom": "after “{lead}”, move the ceiling from {ceiling} to {demo_ceiling}.",
    "demo.warm_up": "Warm-up",
    "demo.warm_up.text": "show the room how a slider moves, with the mouse and with the arrow keys.",
    "demo.try": "Try",
    "demo.try.text": "move one slider at a time.",
})
