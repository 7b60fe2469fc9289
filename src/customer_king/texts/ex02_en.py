"""Exercise set 2 (satisfaction versus sales): every sentence the set shows, in English.

Keys: ``ex02.<question>.<part>``; numbers arrive as fields already written in the
current language's style (see ``exercise_sets/_shared.num``).
"""
LANGUAGE = "en"

MESSAGES = {
    "ex02.title": "Satisfaction versus sales",
    # --- the mechanism table ------------------------------------------------------
    "ex02.mechanism.orientation": "Orientation (1–7)",
    "ex02.mechanism.satisfaction": "Satisfaction (1–7)",
    "ex02.mechanism.share": "Share of wallet per served account (%)",
    "ex02.mechanism.accounts": "Accounts served",
    "ex02.mechanism.wallet": "Wallet of the accounts served (€ million per year)",
    "ex02.mechanism.sales": "Sales (€ million per year)",
    "ex02.mechanism.caption": "In the model: sales = share of wallet × wallet of the accounts served",
    # --- the team table -----------------------------------------------------------
    "ex02.team.salesperson": "Salesperson",
    "ex02.team.accounts": "Accounts",
    "ex02.team.satisfaction": "Mean satisfaction of the accounts (1–7)",
    "ex02.team.sales": "Sales (€ per year)",
    "ex02.team.profit": "Profit after cost to serve (€ per year)",
    "ex02.team.caption": "Koningsvast (the invented case company), one row per salesperson",
    # --- Part A: the curves ---------------------------------------------------------
    "ex02.q1.prompt": "Chart: where the model's sales peak (1–7)",
    "ex02.q1.hint.1": ("Find the highest point of the sales curve (right-hand chart) and read its position "
                       "on the horizontal axis."),
    "ex02.q1.hint.2": "The curve is flat near its top; the grid lines every half point help you read it.",
    "ex02.q1.wrong.satisfaction_top": ("Orientation {top} is where satisfaction is highest (left-hand chart). "
                                       "The question is about sales."),
    # --- Part B: the mechanism (questions 2-4 share the first hint) -------------------
    "ex02.change_hint": ("A change in percent is (new − old) ÷ old: take the row for {end} as new and the row "
                         "for {start} as old, in the column the question names."),
    "ex02.q2.prompt": "Table: change in the share of wallet per served account from {start} to {end} (%)",
    "ex02.q2.hint.2": "The change is positive: check the sign of your answer.",
    "ex02.q2.wrong.sign": ("Right size, wrong sign: the share of wallet per served account is higher "
                           "at {end} than at {start}."),
    "ex02.q3.prompt": "Table: change in the wallet of the accounts served from {start} to {end} (%)",
    "ex02.q3.hint.2": "The change is negative: check the sign of your answer.",
    "ex02.q3.wrong.sign": ("Right size, wrong sign: the wallet of the accounts served is lower "
                           "at {end} than at {start}."),
    "ex02.q4.prompt": "Table: change in sales from {start} to {end} (%)",
    "ex02.q4.hint.2": "The change is negative: check the sign of your answer.",
    "ex02.q4.wrong.sign": "Right size, wrong sign: sales is lower at {end} than at {start}.",
    "ex02.q4.wrong.added": ("It looks as if you added the two changes of questions 2 and 3. Read the sales column "
                            "itself: sales are a product, so their changes do not add up."),
    "ex02.q5.prompt": "Why the model's sales fall past the peak",
    "ex02.q5.option.A": "Customers become less satisfied at high orientation",
    "ex02.q5.option.B": "Share of wallet falls at high orientation",
    "ex02.q5.option.C": ("Share of wallet keeps rising, but too slowly to make up for the wallet of the accounts "
                         "no longer served"),
    "ex02.q5.option.D": "The {ceiling} % ceiling is reached exactly at the peak",
    "ex02.q5.why.A": ("In the model satisfaction never falls; it keeps rising all the way to {top}. Sales fall "
                      "for another reason."),
    "ex02.q5.why.B": ("Look at the share-of-wallet column: it never falls in the model, it creeps towards "
                      "the ceiling."),
    "ex02.q5.why.D": ("Share stays below the ceiling at every orientation; the peak comes where the gain "
                      "in share stops covering the loss of wallet served."),
    # --- Part C: the case company --------------------------------------------------
    "ex02.q6.prompt": "Team table: whose customers are the most satisfied",
    "ex02.q6.hint.1": "Compare the mean-satisfaction column; the table shows two decimals, enough to tell them apart.",
    "ex02.q6.why": "Compare the mean-satisfaction column again: someone's customers average higher.",
    "ex02.q7.prompt": "Team table: profit of the most satisfied customers' salesperson (€)",
    "ex02.q7.hint.1": ("Find the salesperson of question 6 in the table and read the profit column "
                       "(after the cost to serve)."),
    "ex02.q7.wrong.sales": "That is the sales column. Profit is what is left after the cost to serve: the last column.",
    "ex02.q7.wrong.most_profitable": ("That is the profit of the team's most profitable salesperson, not of the one "
                                      "with the most satisfied customers (question 6)."),
    "ex02.q7.wrong.unit": "The size looks right but the unit does not: give the answer in euros, as the table shows it.",
    "ex02.q8.prompt": "Team table: salespeople whose accounts lose money together",
    "ex02.q8.hint.1": "Count the rows with a negative profit (a minus sign) in the last column.",
    "ex02.q8.wrong.one_short": ("One short: count every row with a minus sign in the profit "
                                "column, from the first row to the last."),
    # --- Part D: the explorer -------------------------------------------------------
    "ex02.q9.prompt": "Explorer: sales below the peak at orientation {score} (€ million)",
    "ex02.q9.hint.1": ("Set the slider to {score}; the sentence under the slider says how much "
                       "lower sales are than at the peak."),
    "ex02.q9.hint.2": "Give the amount in € million, as the readout does, without a minus sign.",
    "ex02.q9.wrong.sign": "The question asks how much *lower* sales are: give the amount without a minus sign.",
    "ex02.q9.wrong.unit": ("The size looks right but the unit does not: give the amount in € million, as the "
                           "sentence under the slider writes it."),
    # --- Part E: the research -------------------------------------------------------
    "ex02.q10.prompt": "Satisfaction in the bonus",
    "ex02.q10.option.A": "It rewards orientation past the sales peak, where satisfaction still rises but sales fall",
    "ex02.q10.option.B": "None: satisfaction is a strong predictor of share of wallet",
    "ex02.q10.option.C": "Salespeople will push harder for sales, so satisfaction will drop",
    "ex02.q10.option.D": "Satisfaction cannot be measured reliably in B2B",
    "ex02.q10.why.B": ("The research says the opposite: the link between satisfaction and share of wallet is "
                       "significant but weak, and in a consumer example, Walmart's, satisfaction rose while "
                       "sales fell."),
    "ex02.q10.why.C": "A satisfaction bonus pulls the other way: towards more orientation, not less.",
    "ex02.q10.why.D": ("The lesson made no such claim; the issue is what satisfaction does past the peak, "
                       "not how it is measured."),
    "ex02.q11.prompt": "Arslanagić-Kalajdžić et al. (2020)",
    "ex02.q11.option.A": "Relationship satisfaction rose steadily with the customer orientation the clients perceived",
    "ex02.q11.option.B": "Perceived customer orientation had no link with relationship satisfaction",
    "ex02.q11.option.C": "Relationship satisfaction fell at every level of customer orientation",
    "ex02.q11.option.D": ("Relationship satisfaction followed an inverted U: it rose with perceived customer "
                          "orientation, then fell"),
    "ex02.q11.why.A": ("That is the pattern Homburg, Müller & Klarmann found for customers' attitudes; this "
                       "study found a different shape in its setting."),
    "ex02.q11.why.B": "The study did find a link; its shape is the point.",
    "ex02.q11.why.C": "Not at every level: think about the shape the lesson described.",
    # --- for analysts -----------------------------------------------------------------
    "ex02.a1.prompt": "Code: change in the model's sales from {start} to {end}",
    "ex02.a1.hint.1": ("Convert both scores with model.from_seven_point, evaluate model.sales at each, and take "
                       "new ÷ old − 1."),
    "ex02.a2.prompt": "Code: correlation of account satisfaction with account profit",
    "ex02.a2.hint.1": ("One value per account: the satisfaction column and cases.account_profit; the "
                       "correlation coefficient is np.corrcoef(x, y)[0, 1]."),
}
