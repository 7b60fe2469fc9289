# ---
# jupyter:
#   jupytext:
#     text_representation:
#       extension: .py
#       format_name: percent
# ---

# %% [markdown]
# # 4. Share of wallet: how much of a customer can you win?
#
# **Why this matters.** Lessons 2 and 3 showed that sales stop rising with customer
# orientation long before satisfaction does. Part of the reason sits on the buyer's side
# of the table: a professional buyer spreads purchases over several suppliers and rarely
# gives any one of them everything. If you know what share of each customer's spending
# you already have, and how much is realistically left, you know where extra attention
# can still win business and where it is mostly a gift.
#
# | | |
# |---|---|
# | **Time** | 20 minutes lesson, 20 minutes exercises (`exercises/04_share_of_wallet.ipynb`) |
# | **Prerequisites** | [1. Customer orientation](01_customer_orientation.ipynb) (the time it costs); [3. Diminishing returns](03_diminishing_returns.ipynb) helps |
#
# **Learning objectives.** After this lesson you can
# 1. **define** share of wallet and **compute** it for one account and for a whole customer base;
# 2. **explain** why buyers keep a second supplier, and why the ~80 % ceiling is a rule of
#    thumb rather than a law;
# 3. **calculate** the headroom per account in euros and **judge** how much it depends on the
#    ceiling you assume;
# 4. **apply** the Wallet Allocation Rule to estimate what a 2nd, 4th or 5th supplier can
#    expect, and **state** the main criticism of it;
# 5. **decide**, from share and headroom, where more customer orientation can still pay.

# %%
import numpy as np
import matplotlib.pyplot as plt

from customer_king import cases, demos, lesson_tables, plots
from customer_king.explorers import headroom_explorer, wallet_allocation_explorer

plots.use_kit_style()
case = cases.load_case()

# %% [markdown]
# ## What share of wallet is
#
# Start with one customer. A metalworking firm spends €250,000 a year on fasteners, tools
# and safety gear. It buys €110,000 of that from you and the rest from two other
# wholesalers. Your share of that customer's wallet is 110,000 / 250,000 = 44 %.
#
# **Share of wallet** is the percentage of a customer's spending in a category that goes to
# one firm, brand or store (Keiningham, Aksoy, Buoye & Cooil, *Harvard Business Review*,
# 2011). For business customers, Keiningham, Perkins-Munn & Evans put it as the percentage
# of a client organization's total business in a period that it conducts with your firm.
#
# $$\text{share of wallet} = \frac{\text{your sales to the customer}}{\text{the customer's total spend in the category}}$$
#
# Three things to watch:
#
# * **The denominator is an estimate.** You know your own sales; the customer's total
#   spend (its **wallet**) you have to ask for, or estimate from its size and sector.
# * **The category matters.** A 44 % share of "fasteners" and a 44 % share of "everything
#   the plant buys" are different claims.
# * **It is not market share.** Market share compares you with competitors across all
#   customers; share of wallet looks inside one customer.

# %% [markdown] slideshow={"slide_type": "slide"}
# ## Share of wallet is the part of a customer's category spending that goes to you.
#
# Example: you sell €110,000 of a €250,000 wallet, a 44 % share.

# %% [markdown] slideshow={"slide_type": "notes"}
# Definition after Keiningham, Aksoy, Buoye & Cooil (2011, Harvard Business Review); for
# business customers Keiningham, Perkins-Munn & Evans. Watch three things: the wallet (the
# denominator) is an estimate; the category matters; it is not market share.

# %% [markdown]
# ## Share of wallet at Koningsvast
#
# The case company, Koningsvast (fictional, with stylized data), records for each account
# what the customer bought from it and an estimate of the customer's total category spend.
# `cases.share_of_wallet` divides the one by the other, account by account.

# %%
lesson_tables.case_overview(case)

# %% [markdown]
# The first share weights every euro equally, so big customers count most; the mean and the
# median weight every *account* equally. Say which one you mean when you report "our share
# of wallet".

# %%
fig, ax = plots.subplots()
plots.share_histogram(ax, cases.share_of_wallet(case.accounts), ceiling=cases.SHARE_CEILING)
fig.tight_layout()
plt.show()

# %% [markdown]
# ## Why not 100 %? The preferred-supplier ceiling
#
# Even a delighted buyer seldom puts a whole category with one supplier. First, the
# wallet itself is fixed: a customer who needs €250,000 of supplies a year does not buy
# more because you serve it better. Second, purchasing departments keep a second (and
# often a third) source on purpose:
#
# * **Risk.** A fire, a strike or a delayed shipment at the only supplier stops the
#   customer's own production.
# * **Dependence.** A supplier that knows it is the only one has the upper hand in the
#   next price negotiation.
# * **Competition.** A second supplier that already delivers keeps the first one sharp on
#   price and service, and can take over quickly if needed.
#
# Procurement guides describe the usual split between a main supplier and a backup as
# 80/20 or 70/30, and Kotler describes the "old game" of three suppliers at 60/30/10. Hence
# the idea, common among sales trainers, that a **preferred supplier** can expect at most
# about 80 % of a category. Treat that figure as a **practitioner rule of thumb, not an
# empirical law**: it comes from purchasing practice, not from a study that measured it,
# and it varies by category. A sole-source contract for a critical part can go higher; a
# commodity bought on price each month can stay far lower.
#
# The kit treats the ceiling as a parameter you can change: `cases.SHARE_CEILING` for the
# case data, `model.DEFAULT.share_ceiling` in the teaching model.

# %%
lesson_tables.near_ceiling_counts(case)

# %% [markdown] slideshow={"slide_type": "slide"} visual="chart:share_ceiling"
# ## A preferred supplier seldom wins more than about 80 % of a category: a rule of thumb, not a law.
#
# In the model, share flattens below that ceiling.

# %% [markdown] slideshow={"slide_type": "notes"}
# Buyers keep a second source for risk, independence and competition. Procurement guides give
# 80/20 or 70/30 splits; Kotler describes three suppliers at 60/30/10 (secondary sources).
# It comes from purchasing practice, not from a study that measured it, and varies by
# category. In the kit it is a parameter.

# %% [markdown]
# ## Headroom: what is left to win
#
# Back to the metalworking firm. If the ceiling is 80 %, the most you can expect is
# 80 % × €250,000 = €200,000 a year. You sell €110,000, so €90,000 is still winnable. A
# second customer spends €40,000 and already buys 78 % of it from you: its room is
# 80 % × €40,000 − €31,200 = €800.
#
# **Headroom** is that distance in euros:
#
# $$\text{headroom} = \max\bigl(0,\ \text{ceiling} \times \text{category spend} - \text{your sales}\bigr)$$
#
# The `max` keeps accounts that are already above the ceiling at zero rather than negative.
# `cases.headroom` computes it for every account.

# %%
lesson_tables.headroom_overview(case)

# %%
lesson_tables.top_headroom_accounts(case)

# %% [markdown] slideshow={"slide_type": "slide"}
# ## Headroom is what is left to win below the ceiling, and it depends on the ceiling you assume.
#
# | Ceiling (rule of thumb) | Headroom, fictional case data |
# |---|---|
# | 80 % | {{ case.headroom_at_ceiling }} |
# | 70 % | {{ case.headroom_at_demo_ceiling }} |

# %% [markdown] slideshow={"slide_type": "notes"}
# Headroom = max(0, ceiling × category spend − your sales). Ten share points off the ceiling
# remove far more than a tenth of the headroom, because they come off what remains after
# current sales. Report headroom with the ceiling you used.

# %% [markdown] tags=["predict"] reveals=["−27%", "€7.9 million"]
# ### Explore: how much depends on the ceiling?
#
# The headroom rests on an assumption, the ceiling. **Predict first:** if the true ceiling
# in this category is 70 % rather than 80 %, how much of the total headroom disappears:
# (a) about a tenth, (b) about a quarter, (c) about half? Write your guess down, then move
# the slider from 0.80 to 0.70 and read the sentence above the picture.
#
# Red dots are accounts already at or above the ceiling you set; the bars show where the
# remaining headroom sits, against the dashed outline of the 80 % rule of thumb.

# %% tags=["nbval-ignore-output"]
headroom_explorer(case)

# %%
lesson_tables.ceiling_sensitivity(case)

# %% [markdown]
# Ten share points off the ceiling remove far more than a tenth of the headroom. The reason:
# headroom is what remains *after* current sales, so the ten points come off a much smaller
# number. The closer a customer base is to the ceiling, the more its headroom depends on an
# assumption nobody has measured. Report headroom with the ceiling you used.

# %% [markdown] slideshow={"slide_type": "slide"} visual="predict"
# ## Predict first.

# %% [markdown] slideshow={"slide_type": "slide"} visual="explorer"
# ## By the Wallet Allocation Rule, a 4th of 5 suppliers can expect a sliver of the wallet.

# %% [markdown] slideshow={"slide_type": "notes"}
# The rule is Keiningham, Aksoy, Buoye & Cooil's (2011), published; the kit only computes
# it. A 4th or 5th supplier has to win against suppliers the buyer already ranks higher: worth
# it only with a wedge. Every hour chasing a sliver is an hour not spent where you rank first
# or second.

# %% [markdown]
# ## The Wallet Allocation Rule: what your rank is worth
#
# A buyer uses three wholesalers for the same category, and, asked to rank them, puts you
# second. How much of the wallet should you expect? Keiningham, Aksoy, Buoye & Cooil (2011)
# proposed a simple answer, the **Wallet Allocation Rule (WAR)**: a supplier's share depends
# only on its **rank** among the suppliers the customer uses and on **how many** there are.
# The rule is theirs, published; the kit only computes it.
#
# ### Explore: the 4th or 5th supplier
#
# Sales teams are often told to "get a foot in the door" at big customers who already have
# several suppliers.

# %% tags=["predict"] reveals=["13.3%", "13,3%", "6.7%", "€5,", "#4 13", "expect 13%"]
demos.ask("04")

# %% [markdown]
# And what would climbing one place, to number 3, be worth? Set the first slider to 5 and
# the second to 4, then try 3 and 5. The dotted line is what an equal split would give.

# %% tags=["nbval-ignore-output"]
wallet_allocation_explorer()

# %% [markdown]
# Check your prediction: the rule's shares for every rank, and what they mean in euros on
# a typical Koningsvast wallet.

# %%
lesson_tables.wallet_allocation()

# %%
lesson_tables.wallet_allocation_on_median(case)

# %% [markdown]
# As a formula, for the supplier ranked $r$ (1 = favourite) among $n$ suppliers:
#
# $$\text{expected share} = \left(1 - \frac{r}{n + 1}\right) \times \frac{2}{n}$$
#
# The shares of all ranks add up to 100 %. Note what the rule implies at the top: with two
# suppliers in use the favourite gets two thirds, with three only half. The WAR favourite
# therefore sits *below* the 80 % rule of thumb; both say that a buyer keeps others in play.
#
# The 4th or 5th supplier gets a sliver, well below an equal split, and it has to be won
# against suppliers the buyer already knows and ranks higher. It can still be worth it when
# you bring something the others cannot, or when there is friction between the buyer and
# its current suppliers. But that is the exception: check whether it applies *before*
# investing the hours. Lesson 1's arithmetic still holds: every hour spent chasing a sliver
# of one wallet is an hour not spent on an account where you rank first or second.
#
# **Where it comes from, and its limits.**
#
# * The authors built it on a two-year panel of more than 17,000 **consumers**, and report
#   that it correlates strongly with the shares people actually give; the figure quoted is
#   above 0.9 (we have this from a secondary copy of the article). It is meant for markets
#   where many customers use several brands. Using it for business buyers, as this lesson
#   does, carries consumer evidence over to B2B: a benchmark, not a measurement.
# * Critics point out that a rule built from ranks all but guarantees a high correlation
#   with shares, because the favourite nearly always gets the biggest share whatever the
#   rule says. They add that loyalty measures mostly move with how many customers a brand
#   has at all. Treat WAR as a handy benchmark of what a rank is worth, not as proof of
#   how to grow.
#
# **What this says about satisfaction.** Lesson 2 showed that satisfaction is a weak guide
# to sales. The research behind WAR adds the detail that matters here (most of it, again,
# from consumers):
#
# * the link between how satisfied a customer is (on an absolute scale) and the share they
#   give is statistically real but weak; the WAR authors call it too weak to manage by;
# * in a five-year study of 4,319 bank households, *changes* in satisfaction went with
#   changes in share of wallet, less so for higher-income customers and long relationships
#   (Cooil, Keiningham, Aksoy & Hsu 2007; consumer evidence);
# * across 79,543 consumers and more than 650 brands, the *relative rank* of a brand drove
#   share of wallet, not the absolute level of satisfaction (Keiningham and colleagues,
#   "Perceptions are relative"; consumer evidence);
# * in a business-to-business setting the link was positive but not a straight line
#   (Keiningham, Perkins-Munn & Evans).
#
# For a salesperson: making a happy customer happier changes little, unless it changes where
# you rank against the other suppliers.

# %% [markdown] slideshow={"slide_type": "slide"} visual="chart:war_ranks"
# ## The Wallet Allocation Rule turns your rank into an expected share; its evidence comes from consumers.

# %% [markdown] slideshow={"slide_type": "notes"}
# Keiningham, Aksoy, Buoye & Cooil's rule (2011): share = (1 − r/(n+1)) × 2/n. Built on a two-year panel of more than 17,000 consumers; the
# correlation quoted is above 0.9 (we have it from a secondary copy of the article). Critics:
# a rule built from ranks all but guarantees a high correlation, and loyalty measures mostly
# move with penetration. For B2B buyers: a benchmark, not a measurement. Absolute
# satisfaction links only weakly to share; relative rank matters more.

# %% [markdown]
# ## Where more orientation still pays
#
# Put the two ideas together. Share of wallet says how far along you are; headroom says how
# much is left in euros. Hours, the cost of customer orientation, should follow the
# headroom. Do they at Koningsvast? The next cell groups the accounts by their current
# share and compares where the hours go with where the headroom is.

# %%
by_share, names, hour_share, room_share = lesson_tables.hours_and_headroom_by_share(case)
by_share

# %%
fig, ax = plots.subplots()
plots.hours_against_headroom(ax, names, hour_share, room_share)
fig.tight_layout()
plt.show()

# %% [markdown]
# Accounts at 75 % or more take a real slice of the team's time, yet hold almost none of the
# headroom. The second half of that sentence is arithmetic, not a discovery: headroom is
# measured up to the ceiling, so an account near the ceiling has little by definition, in
# any data, and the case data are built that way too. The finding worth discussing is the
# first half: one hour in ten goes where, by the rule of thumb, little more can be won.
# Lesson 5 asks *who* spends those hours.
#
# That does not mean near-ceiling accounts should be neglected. A customer who gives you
# 78 % is valuable and worth keeping; the question is only whether *extra* effort there
# grows anything. A rough guide:
#
# | Situation | More customer orientation? |
# |---|---|
# | Large headroom, you rank first or second | Likely pays: needs analysis and a tailored offer can win share |
# | Large headroom, you rank 4th or 5th | Only with a wedge: something the others cannot offer, or friction with them |
# | Share near the ceiling | Maintain the relationship; do not add hours expecting more share |
# | Small wallet, little headroom | Serve it well and efficiently |
#
# The model behind the whole kit uses the same ceiling: in lesson 2's model, share of wallet
# rises with orientation towards the ceiling and never passes it. That is one of the two
# reasons the sales curve turns down.

# %% [markdown] slideshow={"slide_type": "slide"}
# ## More orientation pays where headroom is large and you rank high.
#
# | Situation | More orientation? |
# |---|---|
# | Large headroom, rank 1st or 2nd | pays |
# | Large headroom, rank 4th or 5th | only with a wedge |
# | Share near the ceiling | maintain only |

# %% [markdown] slideshow={"slide_type": "notes"}
# A customer who gives you 78 % is valuable and worth keeping; the question is only whether
# extra effort there grows anything. Near-ceiling accounts hold little headroom by
# definition; the finding worth discussing in the case data is that about one hour in ten
# goes there.

# %% [markdown]
# ## Key points
#
# * **Share of wallet** is your sales to a customer divided by its total spend in the
#   category; report whether you weight by euros or by account.
# * Buyers keep a second supplier for risk, independence and competition. The **~80 %
#   ceiling** for a preferred supplier is a practitioner rule of thumb (80/20, 70/30 or
#   60/30/10 splits), not an empirical law.
# * **Headroom** = max(0, ceiling × spend − your sales). It is concentrated in few accounts
#   and sensitive to the ceiling you assume: a lower ceiling removes a large part of it.
# * The **Wallet Allocation Rule** turns rank into share: (1 − r/(n+1)) × 2/n. A 4th or 5th
#   supplier can expect a sliver. Its high correlation with share is partly built in, and
#   absolute satisfaction links only weakly to share; relative rank matters more.
# * More orientation still pays where the headroom is large and you rank high; near the
#   ceiling, extra effort maintains the account but cannot grow it.
#
# **Next:** the exercises in [`exercises/04_share_of_wallet.ipynb`](../exercises/04_share_of_wallet.ipynb), then
# [5. Warning signs of overservice](05_warning_signs_of_overservice.ipynb).
#
# ## References
#
# * Cooil, B., Keiningham, T. L., Aksoy, L., & Hsu, M. (2007). A longitudinal analysis of
#   customer satisfaction and share of wallet: Investigating the moderating effect of
#   customer characteristics. *Journal of Marketing*, 71(1), 67–83.
# * Homburg, C., Müller, M., & Klarmann, M. (2011). When should the customer really be king?
#   On the optimum level of salesperson customer orientation in sales encounters.
#   *Journal of Marketing*, 75(2), 55–74.
# * Keiningham, T. L., Aksoy, L., Buoye, A., & Cooil, B. (2011). Customer loyalty isn't
#   enough. Grow your share of wallet. *Harvard Business Review*, October 2011.
# * Keiningham, T., Aksoy, L., Buoye, A., & Cooil, B. (2015). *The Wallet Allocation Rule*.
#   Wiley (book; the formula's procedure is set out in its appendix).
# * Keiningham, T. L., et al. Perceptions are relative: An examination of the relationship
#   between relative satisfaction metrics and share of wallet (79,543 consumers, 650+
#   brands, 20 industries, 15 countries). Usually cited as *Journal of Service Management*
#   (2015); we have not checked the issue.
# * Keiningham, T. L., Perkins-Munn, T., & Evans, H. The impact of customer satisfaction on
#   share-of-wallet in a business-to-business environment. Usually cited as *Journal of
#   Service Research* (2003); we have not checked the issue.
# * Kotler, P. *Ten Deadly Marketing Sins*. Wiley (the 60/30/10 example, quoted from a
#   secondary source).
# * The criticism of WAR's correlation comes from a marketing-science blog ("Marketing Laws
#   of Growth") whose author is not named on the page.
