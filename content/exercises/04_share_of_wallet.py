# ---
# jupyter:
#   jupytext:
#     text_representation:
#       extension: .py
#       format_name: percent
# ---

# %% [markdown]
# # Exercises 4: share of wallet
#
# | | |
# |---|---|
# | **Time** | 20 minutes |
# | **Goes with** | lesson [`notebooks/04_share_of_wallet.ipynb`](../notebooks/04_share_of_wallet.ipynb) |
# | **Questions** | 8 graded, 1 for discussion |
#
# **How this works.** Replace each `...` with your answer and run the cell (Shift + Enter).
# `check(...)` tells you at once whether it is right; if not, it gives a hint, and a more
# specific one on the next try. Multiple-choice answers are a letter such as `"B"`. The
# last cell shows your progress. Stuck? Open the hint under a question, or compare with
# [`solutions/04_share_of_wallet.ipynb`](../solutions/04_share_of_wallet.ipynb) *after* trying.
#
# The data are those of the fictional case company Koningsvast: `acc` holds one numpy
# array per column, one value per account (see `src/customer_king/data/DATA_DICTIONARY.md`).

# %%
import numpy as np
import matplotlib.pyplot as plt

from customer_king import cases, model, plots
from customer_king.exercise_sets import load

plots.use_kit_style()
check = load("04_share_of_wallet")
case = cases.load_case()
acc = case.accounts
spend = acc["category_spend_eur"]  # each customer's total category spend (EUR/yr)
sales = acc["our_sales_eur"]  # what each customer bought from Koningsvast (EUR/yr)

# %% [markdown]
# ## Part A: computing share and headroom
#
# **Question 1.** What share of all its customers' category spend, taken together, does
# Koningsvast win? Every euro counts equally. Answer as a fraction of 1 to three decimals
# (a percentage such as `44.3` is also understood).
#
# <details><summary>Hint</summary>
# Two totals, one division. The mean of the accounts' shares is a different number.
# </details>

# %%
overall_share = sales.sum() / spend.sum()  # SOLUTION
check("q1", overall_share)

# %% [markdown]
# **Question 2.** With a ceiling of 80 %, how much more could all customers together buy
# from Koningsvast a year? Give the total **headroom** in euros (the full number, not
# rounded to millions). Remember that headroom is never negative.
#
# <details><summary>Hint</summary>
# Per account: <code>0.8 * spend - sales</code>, floored at 0 with <code>np.maximum</code>;
# then add up. <code>cases.headroom(acc)</code> does the same.
# </details>

# %%
total_headroom = np.maximum(0.8 * spend - sales, 0).sum()  # SOLUTION
check("q2", total_headroom)

# %% [markdown]
# **Question 3.** Suppose the real ceiling in this category is 70 %, not 80 %. What
# **fraction** of the total headroom disappears? Use `cases.headroom(acc, ceiling)`.

# %%
at_80 = cases.headroom(acc, 0.80).sum()  # SOLUTION
at_70 = cases.headroom(acc, 0.70).sum()  # SOLUTION
share_lost = 1 - at_70 / at_80  # SOLUTION
check("q3", share_lost)

# %% [markdown]
# ## Part B: reading a plot
#
# The next cell ranks the accounts from most to least headroom and draws how much of the
# total headroom the first *k* accounts hold together.

# %%
room = np.sort(cases.headroom(acc))[::-1]
cumulative_room = np.cumsum(room) / room.sum()
fig, ax = plt.subplots(figsize=(10, 4.4))
plots.headroom_concentration(ax, cumulative_room)
fig.tight_layout()
plt.show()

# %% [markdown]
# **Question 4.** Read it from the plot: about how many accounts hold **half** of all the
# headroom? (Reading within a few accounts is fine.)

# %%
accounts_for_half = int(np.searchsorted(cumulative_room, 0.5)) + 1  # SOLUTION
check("q4", accounts_for_half)

# %% [markdown]
# ## Part C: the 4th or 5th supplier
#
# **Question 5.** A customer buys from five suppliers. By the Wallet Allocation Rule, what
# share of its wallet can the supplier it ranks **4th** expect? Answer as a fraction of 1.
#
# <details><summary>Hint</summary>
# The rule is (1 − rank / (n + 1)) × 2 / n; <code>model.wallet_allocation_share(rank, n)</code>
# computes it.
# </details>

# %%
fourth_of_five = model.wallet_allocation_share(4, 5)  # SOLUTION
check("q5", fourth_of_five)

# %% [markdown]
# ## Part D: what it means
#
# **Question 6.** What is the "~80 % ceiling" on a preferred supplier's share of wallet?
#
# * **A** An empirical law: studies show buyers never give one supplier more than 80 %
# * **B** A practitioner rule of thumb: buyers keep a second source for risk, independence and competition
# * **C** A legal limit on how much one supplier may deliver
# * **D** What the Wallet Allocation Rule gives the favourite of two suppliers

# %%
answer_q6 = "B"  # SOLUTION
check("q6", answer_q6)

# %% [markdown]
# **Question 7.** One of your accounts buys 78 % of its category spend from you, and the
# buyer is very satisfied. You have some extra hours this quarter. What is the best advice?
#
# * **A** Add visits: a satisfied customer will give even more
# * **B** Keep the relationship healthy, but put extra hours where there is more headroom
# * **C** Stop visiting: the account is won and needs no attention
# * **D** Offer a discount to push the share to 100 %

# %%
answer_q7 = "B"  # SOLUTION
check("q7", answer_q7)

# %% [markdown]
# **Question 8.** A customer uses three suppliers and ranks you third. After a year of
# extra attention its satisfaction with you has gone up, but it still ranks you third. What
# does the research on share of wallet lead you to expect?
#
# * **A** Your share should rise in proportion to the higher satisfaction
# * **B** Little change is likely: share follows your rank among the suppliers, and you are still third
# * **C** Your share must fall, because the rule ignores satisfaction
# * **D** The Wallet Allocation Rule proves that raising satisfaction always raises share

# %%
answer_q8 = "B"  # SOLUTION
check("q8", answer_q8)

# %% [markdown] tags=["solution"]
# **Why these answers.** Question 1 divides total sales by total spend, so big customers
# weigh most; the mean or median of the accounts' shares answers a different question
# (how the typical *account* looks). In question 2 the floor at zero matters because a few
# sole-source accounts sit above 80 %: without it their negative "headroom" cancels real room
# elsewhere. Question 3 shows how sensitive headroom is to the ceiling: the ten points come
# off what is *left* after current sales, so far more than a tenth disappears. The curve in
# question 4 crosses 50 % early: a small group of big accounts holds half the headroom, which
# is where extra orientation can still pay. In question 5 the 4th of 5 suppliers gets
# (1 − 4/6) × 2/5 = 2/15, less than the fifth an equal split would give. The ceiling is a
# rule of thumb from purchasing practice (question 6); near it, extra hours maintain an account
# but cannot grow it (question 7); and because share follows relative rank more than absolute
# satisfaction, a happier customer who still ranks you third will not shift much (question 8).

# %% [markdown]
# ## Discuss with your neighbour (not graded)
#
# Think of your largest customer. What share of its wallet do you have, and how do you
# know the denominator? Who are the other suppliers, and why does the buyer keep them: risk,
# price pressure, habit, or something only they can do? What would it take to move up one
# place in the buyer's ranking, and is that worth more than the same hours elsewhere?

# %% [markdown]
# ## Your progress

# %%
check.progress()
