"""Exercise set 1 (customer orientation): every sentence the set shows, in English.

Keys: ``ex01.<question>.<part>``; numbers arrive as fields already written in the
current language's style (see ``exercise_sets/_shared.num``).
"""
LANGUAGE = "en"

MESSAGES = {
    "ex01.title": "Customer orientation",
    # --- the time-cost table ------------------------------------------------------
    "ex01.table.orientation": "Orientation (1–7)",
    "ex01.table.hours": "Hours per account (h per year)",
    "ex01.table.served": "Accounts served (of {n})",
    "ex01.table.territory": "Territory served (%)",
    "ex01.table.caption": "In the model: a salesperson with {hours} selling hours a year",
    # --- shared by questions 4-6 ----------------------------------------------
    "ex01.table_hint": "Find the row for orientation {score} in the table, then the column the question names.",
    "ex01.wrong.row_off": "That is the row for orientation {row}; the question asks about {score}.",
    # --- Part A: the concept --------------------------------------------------
    "ex01.q1.prompt": "What customer orientation is",
    "ex01.q1.option.A": "How friendly and pleasant the salesperson is with customers",
    "ex01.q1.option.B": "The share of a customer's purchases that goes to the salesperson's company",
    "ex01.q1.option.C": "How satisfied the customer is with the salesperson",
    "ex01.q1.option.D": ("The degree to which the salesperson finds out a customer's needs and acts to meet them "
                         "during a sales encounter"),
    "ex01.q1.why.A": ("Friendliness can be part of it, but the core is finding and meeting needs, "
                      "through every stage of the encounter."),
    "ex01.q1.why.B": "That is share of wallet (lesson 4): an outcome orientation may lead to, not the behaviour.",
    "ex01.q1.why.C": "Satisfaction is the customer's judgement, an outcome; orientation is what the salesperson does.",
    "ex01.q2.prompt": "The five stages of a sales encounter",
    "ex01.q2.option.A": "Identifying the customer's needs and problems",
    "ex01.q2.option.B": "Cold-calling new prospects",
    "ex01.q2.option.C": "Presenting and demonstrating the offer",
    "ex01.q2.option.D": "Dealing with objections",
    "ex01.q2.option.E": "Negotiating, with the customer's interests in mind",
    "ex01.q2.option.F": "Sending the invoice and collecting payment",
    "ex01.q2.option.G": "Closing the sale",
    "ex01.q2.why.B": "Prospecting happens before there is a sales encounter with this customer.",
    "ex01.q2.why.F": "Invoicing comes after the encounter is over; the stages end with the decision.",
    "ex01.q2.hint.1": ("Five of the seven belong: every stage happens inside one conversation with a customer "
                       "who is considering a purchase, from understanding the need to the decision."),
    "ex01.q3.prompt": "Functional or relational",
    "ex01.q3.option.A": "Relational customer orientation",
    "ex01.q3.option.B": "Functional customer orientation",
    "ex01.q3.option.C": "Selling orientation",
    "ex01.q3.why.B": ("Functional orientation solves the customer's task: needs analysis, fitting the offer. "
                      "Nothing here touches the task."),
    "ex01.q3.why.C": "A selling orientation pushes for the sale; this behaviour builds the relationship.",
    # --- Part B: the time it takes ---------------------------------------------
    "ex01.q4.prompt": "Table: hours per account at orientation {score}",
    "ex01.q4.wrong.served": "That is the number of accounts served; the question asks for hours.",
    "ex01.q5.prompt": "Table: accounts served at orientation {score}",
    "ex01.q5.wrong.territory": "That is the whole territory; at this orientation the hours do not stretch that far.",
    "ex01.q5.wrong.hours": "That is the hours per account; the question asks how many accounts.",
    "ex01.q6.prompt": "Table: share of the territory served at orientation {score}",
    "ex01.q6.hint.2": "The last column gives the share directly, as a percentage.",
    "ex01.q6.wrong.not_served": "That is the share *not* served: the accounts the salesperson has no time for.",
    "ex01.q7.prompt": "Table: change in accounts served from orientation {start} to {end} (%)",
    "ex01.q7.hint.1": ("A change in percent is (new − old) ÷ old: take the accounts served at {end} "
                       "and at {start} from the table."),
    "ex01.q7.hint.2": "Fewer accounts are served at {end} than at {start}, so the change is negative.",
    "ex01.q7.wrong.sign": ("Right size, wrong sign: fewer accounts are served at {end} than at "
                           "{start}, so the change is a fall."),
    "ex01.q7.wrong.divided_by_new": ("You divided by the number at {end}. A change is measured from where you start: "
                                     "divide by the number at {start}."),
    "ex01.q8.prompt": "Table: first orientation that serves fewer than {limit} accounts",
    "ex01.q8.hint.1": ("Go down the accounts-served column from orientation 1 and stop at the first row "
                       "below {limit}."),
    "ex01.q8.wrong.row_above": ("That is the row just above: it still serves {limit} or more. Give "
                                "the orientation of the first row below {limit}."),
    "ex01.q9.prompt": "Explorer: accounts served at orientation {score} with {budget} selling hours",
    "ex01.q9.hint.1": ("Set the orientation slider to {score} and the selling-hours slider to "
                       "{budget}, then read the sentence above the picture."),
    "ex01.q9.hint.2": "Both sliders matter: the hours slider starts at the default budget.",
    "ex01.q9.wrong.default_budget": ("That is the number with the default budget. Move the selling-hours slider to "
                                     "{budget} too."),
    # --- Part C: the research -------------------------------------------------
    "ex01.q10.prompt": "Franke & Park (2006)",
    "ex01.q10.option.A": "A strong positive link with objective sales figures",
    "ex01.q10.option.B": "A negative link in every kind of performance measure",
    "ex01.q10.option.C": "A link mainly when salespeople rated their own performance",
    "ex01.q10.option.D": "It did not look at performance",
    "ex01.q10.why.A": "Against objective sales the average correlation was close to zero.",
    "ex01.q10.why.B": "The links were not negative; they were near zero except for self-ratings.",
    "ex01.q10.why.D": "Performance was exactly what the meta-analysis compared, by how it was measured.",
    "ex01.q11.prompt": "Homburg, Müller & Klarmann (2011)",
    "ex01.q11.option.A": "Sales and customer satisfaction both keep rising with customer orientation",
    "ex01.q11.option.B": "Sales follow an inverted U; customers' attitudes keep improving",
    "ex01.q11.option.C": "Customers' attitudes follow an inverted U; sales keep rising",
    "ex01.q11.option.D": "Customer orientation has no link with either",
    "ex01.q11.why.A": "That is the popular belief the study questioned: one of the two did not keep rising.",
    "ex01.q11.why.C": "The other way round: the customers kept liking it more; sales were the ones to peak.",
    "ex01.q11.why.D": "Both links were there; their shapes differed.",
    # --- for analysts -----------------------------------------------------------
    "ex01.a1.prompt": "Code: accounts served at orientation {score} with {budget} hours",
    "ex01.a1.hint.1": ("The model's functions take orientation between 0 and 1: convert the score with "
                       "model.from_seven_point first."),
    "ex01.a1.hint.2": ("A different budget is a different parameter set: dataclasses.replace on model.DEFAULT, "
                       "passed to model.accounts_covered."),
    "ex01.a1.wrong.default_budget": "That uses the default budget; the question gives the salesperson {budget} hours.",
    "ex01.a2.prompt": "Code: the orientation (1–7) that serves exactly {target} accounts",
    "ex01.a2.hint.1": ("Accounts served fall steadily as orientation rises, so you can search: try a score, "
                       "compare with {target}, and halve the interval (or evaluate a fine grid of scores)."),
    "ex01.a2.hint.2": "Give the answer on the 1–7 scale: convert back with model.to_seven_point.",
}
