"""Exercise set 3 (diminishing returns), English: prompts, options, hints, why-wrong texts,
table headings and captions.  Numbers come in through {fields}, written by the set in the
learner's number style."""
LANGUAGE = "en"

MESSAGES = {
    "ex03.title": "Diminishing returns",
    # --- what the notebook shows --------------------------------------------------------
    "ex03.situation.title": "Tailor-made products, fierce competition (both moderators at +{level})",
    "ex03.steps.col.step": "Step in orientation (1–7)",
    "ex03.steps.col.extra": "Extra sales from this step (€ per year)",
    "ex03.steps.row": "{start} → {end}",
    "ex03.steps.caption": "In the model (baseline): what one more point of orientation adds",
    "ex03.profit.title": "Profit when tailoring is expensive",
    "ex03.time.col.cost": "Time cost of orientation",
    "ex03.time.col.peak": "Where sales peak (1–7)",
    "ex03.time.row.with": "Each point of orientation takes more hours per account (the model)",
    "ex03.time.row.without": "More orientation takes no extra hours",
    "ex03.time.caption": "In the model: without the time cost, sales peak at the top of the scale",
    "ex03.koen.col.account": "Account",
    "ex03.koen.col.wallet": "Wallet: category spend (€ per year)",
    "ex03.koen.col.now": "Koen's hours now (h per year)",
    "ex03.koen.col.rule": "Hours under the rule (h per year)",
    "ex03.koen.caption": ("{salesperson}'s accounts, largest wallet first: the same total hours, "
                          "spread by the equal-marginal-return rule (the model's response curve)"),
    # --- question 1 -------------------------------------------------------------------
    "ex03.q1.prompt": "Table: extra sales from the step {start} → {end} (€ per year)",
    "ex03.q1.hint.1": "Find the row for the step {start} → {end} in the table.",
    "ex03.q1.wrong.next_step": "That is the step {start} → {end}. Start at orientation {asked}.",
    "ex03.q1.wrong.previous_step": "That is the step {start} → {end}. Start at orientation {asked}.",
    # --- question 2 -------------------------------------------------------------------
    "ex03.q2.prompt": "Chart: the first step that loses sales",
    "ex03.q2.hint.1": "Look for the first bar below the zero line, reading from left to right.",
    "ex03.q2.hint.2": "Give the score the step starts from: the number before the arrow in its label.",
    "ex03.q2.wrong.end_of_step": "That is where the first losing step ends. Give the score it starts from.",
    "ex03.q2.wrong.zero_based": ("Did you count the bars from 0? Read the step's own label under the bar "
                                 "instead."),
    # --- question 3 -------------------------------------------------------------------
    "ex03.q3.prompt": "Chart: profit peak when tailoring is costly (1–7)",
    "ex03.q3.hint.1": "Find the highest point of the profit curve and read its position on the horizontal axis.",
    "ex03.q3.hint.2": "The grid lines are a quarter point apart; count them from the nearest whole number.",
    "ex03.q3.wrong.sales_peak": ("That is about where *sales* peak. With a high customization cost, profit "
                                 "peaks somewhere else: read the profit curve."),
    # --- question 4 -------------------------------------------------------------------
    "ex03.q4.prompt": "Explorer: how far fierce competition moves the sales peak (points)",
    "ex03.q4.hint.1": ("Set the competitive-intensity slider to +{level} and leave the other two at 0; the "
                       "sentence under the sliders gives the shift of the sales peak."),
    "ex03.q4.hint.2": "The question asks for the shift, not for where the peak now lies.",
    "ex03.q4.wrong.sign": ("Right size, wrong sign: fierce competition moves the peak *up*, as Homburg, "
                           "Müller & Klarmann found."),
    "ex03.q4.wrong.peak_not_shift": ("That is where the peak lies under fierce competition. The question asks "
                                     "how far it moved from the baseline."),
    # --- question 5 -------------------------------------------------------------------
    "ex03.q5.prompt": "What the moderator shift means",
    "ex03.q5.option.A": ("Under fierce competition, real salespeople should raise their orientation by "
                         "exactly the shift you read in question 4"),
    "ex03.q5.option.B": "Competition turns the inverted U into a curve that keeps rising",
    "ex03.q5.option.C": "The direction of the shift is a research finding; its size is the model's illustration",
    "ex03.q5.option.D": "Both the direction and the size were estimated by Homburg, Müller & Klarmann (2011)",
    "ex03.q5.wrong.A": ("That reads the model's number as a measurement. The model only copies the direction "
                        "of the finding; its sizes come from numbers chosen for teaching."),
    "ex03.q5.wrong.B": "The curve still has a peak under fierce competition; the peak just sits higher.",
    "ex03.q5.wrong.D": ("The paper reports that the optimum is higher; this kit uses no estimate of how much "
                        "higher, so the size in the explorer is an illustration."),
    # --- question 6 -------------------------------------------------------------------
    "ex03.q6.prompt": "Predict: switching off the time cost",
    "ex03.q6.option.A": "The peak would stay where it is",
    "ex03.q6.option.B": "Sales would rise all the way to orientation 7: no peak inside the scale",
    "ex03.q6.option.C": "Sales would fall at every step",
    "ex03.q6.option.D": "The peak would move to a lower orientation",
    "ex03.q6.wrong.A": ("The peak exists because each step of orientation costs hours and so accounts. "
                        "Remove that cost and ask what still pulls sales down."),
    "ex03.q6.wrong.C": ("Share of wallet still rises with every step, and without the time cost no account "
                        "is lost."),
    "ex03.q6.wrong.D": "Without a time cost there is nothing to trade off against the extra share.",
    # --- question 7 -------------------------------------------------------------------
    "ex03.q7.prompt": "Table: the rule's hours for {salesperson}'s largest account",
    "ex03.q7.hint.1": "The table lists the largest wallet first; read the last column.",
    "ex03.q7.wrong.hours_now": ("That is what Koen spends on the account now. The question asks what the rule "
                                "would give."),
    "ex03.q7.wrong.equal_split": ("That is an equal split of his hours. The rule gives different hours to "
                                  "different accounts."),
    # --- question 8 -------------------------------------------------------------------
    "ex03.q8.prompt": "Table: {salesperson}'s accounts that get more hours under the rule",
    "ex03.q8.hint.1": ("Compare the last two columns row by row and count the rows where the rule's hours "
                       "are the larger number."),
    "ex03.q8.wrong.fewer": ("That counts the accounts that get *fewer* hours (or the same). Count those that "
                            "gain."),
    # --- question 9 -------------------------------------------------------------------
    "ex03.q9.prompt": "The equal-marginal-return rule",
    "ex03.q9.option.A": "Move hours from Y to X until the next hour is worth the same on both",
    "ex03.q9.option.B": "Give both accounts the same number of hours",
    "ex03.q9.option.C": "Move hours from X to Y, because X already gets a lot of attention",
    "ex03.q9.option.D": "Stop serving Y altogether",
    "ex03.q9.wrong.B": ("Equal hours ignore what the hours buy; the rule equalizes the value of the next "
                        "hour, not the hours."),
    "ex03.q9.wrong.C": ("That moves time from where the next hour is worth more to where it is worth less, "
                        "so total sales fall."),
    "ex03.q9.wrong.D": ("Y's next hour is still worth something. Move hours only until the values meet; "
                        "dropping Y is right only if even its first hour is worth less than the last hour "
                        "elsewhere."),
    # --- for analysts -----------------------------------------------------------------
    "ex03.a1.prompt": "Code: marginal sales of the step {start} → {end}, premium price +{level}",
    "ex03.a1.hint.1": ("model.marginal(model.sales, c, params, step=...) gives what one step adds; one point "
                       "on the 1–7 scale is model.ONE_POINT in the model's units."),
    "ex03.a1.hint.2": "The situation is a parameter set: model.moderated with the premium-price level.",
    "ex03.a1.wrong.baseline": ("That is the baseline; the question asks about a firm with a premium-price "
                               "strategy."),
    "ex03.a2.prompt": ("Code: the rule's hours for the largest account with "
                       "saturation_hours={saturation_hours}"),
    "ex03.a2.hint.1": ("model.allocate_hours(wallets, budget, saturation_hours=...) spreads the budget; the "
                       "wallets are the category spend, the budget the total of his current hours."),
    "ex03.a2.wrong.table_curve": ("That uses the response curve of the table. The question changes "
                                  "saturation_hours."),
}
