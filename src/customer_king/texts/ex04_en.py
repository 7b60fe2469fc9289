"""Exercise set 4 (share of wallet), English: prompts, options, hints, why-wrong texts, table
headings and captions.  Numbers come in through {fields}, written by the set in the learner's
number style ({ceiling} is the ceiling in percent, {slider_from} the slider's value)."""
LANGUAGE = "en"

MESSAGES = {
    "ex04.title": "Share of wallet",
    # --- how the set names ranks and counts (the Wallet Allocation questions) ----------
    "ex04.ordinal.1": "1st", "ex04.ordinal.2": "2nd", "ex04.ordinal.3": "3rd", "ex04.ordinal.4": "4th",
    "ex04.ordinal.5": "5th", "ex04.ordinal.6": "6th", "ex04.ordinal.7": "7th",
    "ex04.cardinal.2": "two", "ex04.cardinal.3": "three", "ex04.cardinal.4": "four", "ex04.cardinal.5": "five",
    "ex04.cardinal.6": "six", "ex04.cardinal.7": "seven",
    # --- what the notebook shows --------------------------------------------------------
    "ex04.totals.col.amount": "Amount",
    "ex04.totals.row.accounts": "Accounts",
    "ex04.totals.row.spend": "Customers' total spend in the category (€ a year)",
    "ex04.totals.row.sales": "Bought from Koningsvast (€ a year)",
    "ex04.totals.caption": "Koningsvast, all customers together (fictional case data, one year)",
    "ex04.sample.col.letter": "Answer letter",
    "ex04.sample.col.account": "Account",
    "ex04.sample.col.tier": "Tier",
    "ex04.sample.col.spend": "Customer's category spend (€ a year)",
    "ex04.sample.col.sales": "Bought from Koningsvast (€ a year)",
    "ex04.sample.caption": "Six Koningsvast accounts (fictional case data, one year)",
    # --- question 1 -------------------------------------------------------------------
    "ex04.q1.prompt": "Koningsvast's share of the total wallet",
    "ex04.q1.hint.1": ("Share of wallet is what customers buy from you divided by what they spend in the "
                       "category. For all customers together, use the two totals of the table."),
    "ex04.q1.hint.2": "A share of wallet can never be more than the whole wallet: the smaller total goes on top.",
    "ex04.q1.wrong.upside_down": ("You divided the spend by the sales. Share of wallet is the other way round: "
                                  "what the customers buy from Koningsvast, divided by all they spend."),
    "ex04.q1.wrong.others": "That is the share the *other* suppliers get. The question asks what Koningsvast wins.",
    "ex04.q1.wrong.mean_of_shares": ("That is the mean of the accounts' own shares, where a tiny account counts "
                                     "as much as the biggest. The question asks for the share of all euros: "
                                     "divide the two totals."),
    "ex04.q1.wrong.factor_100": ("A factor of 100 is off. Give a fraction of 1 or a percentage, not a "
                                 "percentage divided by 100 again."),
    # --- question 2 -------------------------------------------------------------------
    "ex04.q2.prompt": "Headroom of {account} at the {ceiling} % ceiling (€)",
    "ex04.q2.hint.1": ("Headroom is how far an account's purchases from you are below the ceiling, in euros. "
                       "First work out what the customer would buy from you at the ceiling, then take off "
                       "what it buys now."),
    "ex04.q2.hint.2": ("The ceiling is a share of the customer's whole category spend, not of what it buys "
                       "from you today."),
    "ex04.q2.wrong.whole_wallet": ("That is the room up to 100 % of the wallet. Buyers keep a second supplier: "
                                   "stop at the {ceiling} % ceiling."),
    "ex04.q2.wrong.at_ceiling": ("That is what the customer would buy from Koningsvast at the ceiling. Headroom "
                                 "is what is left after what it already buys."),
    "ex04.q2.wrong.ceiling_of_sales": ("You took the ceiling of what the customer buys from Koningsvast. The "
                                       "ceiling is a share of the customer's whole category spend."),
    "ex04.q2.wrong.sign": ("The size is right but the sign is not: headroom is what is still to win, so it "
                           "is never negative."),
    "ex04.q2.wrong.unit": ("The digits look right but the unit does not: give the full amount in euros, not "
                           "in thousands or millions."),
    # --- question 3 -------------------------------------------------------------------
    "ex04.q3.prompt": "Which of the six accounts has the most headroom?",
    "ex04.q3.hint.1": ("Work out the headroom of every account in euros: what it would buy at the ceiling, "
                       "minus what it buys now (never below nothing)."),
    "ex04.q3.wrong.A": ("The biggest wallet is not automatically the most room: this customer already buys a "
                        "large part of it from Koningsvast. Work out the euros left below the ceiling."),
    "ex04.q3.wrong.B": ("The lowest share is not automatically the most room: headroom is in euros, and a "
                        "bigger wallet at a middling share can leave more. Compare the euros."),
    "ex04.q3.wrong.C": ("This customer already buys more than {ceiling} % of its spend from Koningsvast: at "
                        "the ceiling, nothing is left to win."),
    "ex04.q3.wrong.E": "This customer is close to the ceiling and its wallet is small: very little is left.",
    "ex04.q3.wrong.F": ("A mid-sized wallet at a middling share: some room, but compare it with the bigger "
                        "wallets in the table."),
    # --- question 4 -------------------------------------------------------------------
    "ex04.q4.prompt": "Share of the headroom lost if the ceiling is {lower} %",
    "ex04.q4.hint.1": ("Move the slider from {slider_from} to {slider_to} and read the sentence above the "
                       "picture: it compares the new total with the total at the {ceiling} % rule of thumb."),
    "ex04.q4.hint.2": "The question asks how much *disappears*, as a share of the headroom at {ceiling} %.",
    "ex04.q4.wrong.sign": ("The readout gives the change, which is a fall; the question asks how much "
                           "disappears: give it as a positive share."),
    "ex04.q4.wrong.eighth": ("Ten points are an eighth of the ceiling, but headroom is what is left *after* "
                             "current sales, a much smaller number. Read the change from the readout."),
    "ex04.q4.wrong.tenth": ("Ten share points are not ten percent of the headroom: the headroom is what is left "
                            "after current sales. Read the change from the readout."),
    "ex04.q4.wrong.slider": ("That is the ceiling you set on the slider. The question asks how much of the "
                             "headroom disappears."),
    "ex04.q4.wrong.remains": ("That is the share of the headroom that *remains* at {lower} %; the question asks "
                              "how much is lost."),
    "ex04.q4.wrong.millions": ("That looks like the amount lost in millions of euros. The question asks which "
                               "share of the headroom at {ceiling} % that is."),
    # --- question 5 -------------------------------------------------------------------
    "ex04.q5.prompt": "Read the plot: accounts holding half of all headroom",
    "ex04.q5.hint.1": ("Find 50 % on the vertical axis, go across to the curve, then down to the number of "
                       "accounts."),
    "ex04.q5.hint.2": "The curve crosses 50 % well before the middle of the horizontal axis: read where.",
    "ex04.q5.wrong.half_accounts": ("That is half of the *accounts*. The curve shows how much of the *headroom* "
                                    "the accounts with the most room hold: read where it crosses 50 %."),
    # --- question 6 -------------------------------------------------------------------
    "ex04.q6.prompt": "Wallet Allocation Rule: the {rank_ordinal} of {suppliers} suppliers",
    "ex04.q6.hint.1": ("Set the first slider to the number of suppliers and the second to your rank. Your bar "
                       "has the other colour, and the sentence under the sliders gives its share."),
    "ex04.q6.hint.2": ("Rank 1 is the customer's favourite, so the {rank_ordinal} of {suppliers} is near the bottom: "
                       "expect less than an equal split."),
    "ex04.q6.wrong.equal_split": ("That is an equal split (the dotted line). The rule gives higher-ranked "
                                  "suppliers more and lower-ranked ones less."),
    "ex04.q6.wrong.mirror_rank": ("That is the share of the {mirror_ordinal} supplier: rank 1 is the favourite, so count "
                                  "from the top."),
    "ex04.q6.wrong.last": "That is the last supplier's share. Check the rank slider.",
    "ex04.q6.wrong.first_factor": ("You left out the rule's second factor, which shares the wallet among all the "
                                   "suppliers the customer uses. Read the bar in the explorer."),
    # --- question 7 -------------------------------------------------------------------
    "ex04.q7.prompt": "Growth in expected share from {rank_ordinal} to {better_ordinal} of {suppliers} (%)",
    "ex04.q7.hint.1": ("Read the expected share as number {rank} and as number {better} of {suppliers_word} "
                       "suppliers. A growth in percent compares the difference with where you start."),
    "ex04.q7.hint.2": "Growth in percent: the new share divided by the old one, minus one.",
    "ex04.q7.wrong.ratio": ("That is the new share divided by the old: how many times as much. The growth is "
                            "that ratio minus one."),
    "ex04.q7.wrong.points": ("That is the difference in percentage points. The question asks by how much your "
                             "share grows *relative to what you had*."),
    "ex04.q7.wrong.wrong_base": ("You compared the difference with the share as number {better}. A growth is "
                                 "measured against where you start: number {rank}."),
    # --- question 8 -------------------------------------------------------------------
    "ex04.q8.prompt": "What the ~{ceiling} % ceiling is",
    "ex04.q8.option.A": "What the Wallet Allocation Rule gives the favourite of two suppliers",
    "ex04.q8.option.B": "An empirical law: studies show buyers never give one supplier more than {ceiling} %",
    "ex04.q8.option.C": ("A practitioner rule of thumb: buyers keep a second source for risk, independence and "
                         "competition"),
    "ex04.q8.option.D": "A legal limit on how much one supplier may deliver",
    "ex04.q8.wrong.A": ("The rule gives the favourite of two suppliers two thirds, not {ceiling} %. Both point "
                        "the same way, but the {ceiling} % has another source."),
    "ex04.q8.wrong.B": ("We know of no study that measured such a law, and sole-source contracts go higher. "
                        "Where else could a round figure like this come from?"),
    "ex04.q8.wrong.D": "Nothing forbids a buyer to single-source; many choose not to, for their own reasons.",
    # --- question 9 -------------------------------------------------------------------
    "ex04.q9.prompt": "An account at {share} % share: where should extra effort go?",
    "ex04.q9.option.A": "Keep the relationship healthy, but put extra hours where there is more headroom",
    "ex04.q9.option.B": "Add visits: a satisfied customer will give even more",
    "ex04.q9.option.C": "Stop visiting: the account is won and needs no attention",
    "ex04.q9.option.D": "Offer a discount to push the share to 100 %",
    "ex04.q9.wrong.B": ("At {share} % the account is near the ceiling buyers keep: more satisfaction seldom "
                        "buys the last few points. The extra hours earn little there."),
    "ex04.q9.wrong.C": ("A {share} % customer is valuable and worth keeping; the question is only about "
                        "*extra* effort, not about neglect."),
    "ex04.q9.wrong.D": ("Buyers keep a second supplier on purpose (risk, independence, competition); a "
                        "discount gives margin away without changing that."),
    # --- question 10 ------------------------------------------------------------------
    "ex04.q10.prompt": "Satisfaction up, rank unchanged: what happens to share?",
    "ex04.q10.option.A": "Your share should rise in proportion to the higher satisfaction",
    "ex04.q10.option.B": ("Little change is likely: share follows your rank among the suppliers, and you are "
                          "still third"),
    "ex04.q10.option.C": "Your share must fall, because the rule ignores satisfaction",
    "ex04.q10.option.D": "The Wallet Allocation Rule proves that raising satisfaction always raises share",
    "ex04.q10.wrong.A": ("The link between absolute satisfaction and share of wallet is weak: the rule's "
                         "authors call it too weak to manage by. (Their evidence comes from consumers; a B2B "
                         "study found a positive link that is not a straight line.)"),
    "ex04.q10.wrong.C": ("Nothing in the research says share falls when satisfaction rises; it simply need not "
                         "rise."),
    "ex04.q10.wrong.D": ("The rule links *rank* to share, and its high correlation is partly built in by using "
                         "ranks; it proves nothing about raising satisfaction."),
    # --- for analysts -----------------------------------------------------------------
    "ex04.a1.prompt": "Analysts: total headroom at the {ceiling} % ceiling (€)",
    "ex04.a1.hint.1": ("Headroom per account is the ceiling times the category spend minus our sales, floored "
                       "at zero; compute it per account, then add up."),
    "ex04.a1.hint.2": "`np.maximum(..., 0)` floors each account; `cases.headroom` does the same.",
    "ex04.a1.wrong.no_floor": ("Close, but a few accounts are already above the ceiling, and your sum lets their "
                               "negative headroom cancel other accounts' room. Floor each account at zero first, "
                               "then add up."),
    "ex04.a1.wrong.at_ceiling": ("That is what the customers would buy from Koningsvast at the ceiling. "
                                 "Subtract what they already buy."),
    "ex04.a1.wrong.whole_wallet": ("That is the room up to 100 % of every wallet. Buyers keep a second "
                                   "supplier: use the {ceiling} % ceiling."),
    "ex04.a1.wrong.unit": ("The digits look right but the unit does not: give the answer in euros, not in "
                           "thousands or millions."),
    "ex04.a2.prompt": "Analysts: mean share of wallet over the accounts",
    "ex04.a2.hint.1": ("Every account counts once here, however small: compute each account's share first, "
                       "then average."),
    "ex04.a2.hint.2": "`cases.share_of_wallet(acc)` gives one share per account.",
    "ex04.a2.wrong.total_over_total": ("That is the share of all euros (total over total), where big customers "
                                       "weigh most. Here every account counts once: average the accounts' own "
                                       "shares."),
    "ex04.a2.wrong.median": "That is the median account's share; the question asks for the mean.",
}
