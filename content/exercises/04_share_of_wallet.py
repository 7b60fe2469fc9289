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
# | **Time** | 20 minutes (plus the optional part for analysts) |
# | **Goes with** | lesson [`notebooks/04_share_of_wallet.ipynb`](../notebooks/04_share_of_wallet.ipynb) |
# | **Questions** | 10 graded, answered from what you see (no code to write); 2 optional for analysts; 1 for discussion |
#
# **How this works.** Run the cells from the top (Shift + Enter). Each question shows a table,
# a plot or an explorer; read the value you need, or work it out with a calculator, and type it
# in place of the `...`, then run the cell. `check(...)` says at once whether it is right; if
# not, it gives a hint, and a more specific one on the next try. Type numbers as you would
# write them: `0.44`, `44,3` and `367776` all work, and so does `"44 %"` in quotes. For a
# choice, type the letter (`C`). The last cell of the main part shows your progress. Stuck? Compare with
# [`solutions/04_share_of_wallet.ipynb`](../solutions/04_share_of_wallet.ipynb) *after* trying.
#
# The data are those of **Koningsvast**, the kit's fictional case company: its numbers come
# from the kit's seeded data generator, not from a real firm.

# %%
from customer_king.checks import A, B, C, D, E, F
from customer_king.answers_file import AnswersFile
from customer_king.exercise_sets import load, set04_share_of_wallet as sheet
from customer_king.explorers import headroom_explorer, wallet_allocation_explorer

check = load("04_share_of_wallet")
# Remembers each answer you check, for "Download my answers" at the end (Binder deletes idle sessions).
answers = AnswersFile(check)

# %% [markdown]
# ## Part A: share of wallet and headroom
#
# Koningsvast's customers together, over one year:

# %%
sheet.totals()

# %% [markdown]
# **Question 1.** What share of all its customers' category spend, taken together, does
# Koningsvast win? Every euro counts equally. A fraction of 1 (such as `0.25`) or a percentage
# (`25 %`) are both fine; three digits are precise enough.

# %%
answer_q1 = 0.443  # SOLUTION
check("q1", answer_q1)

# %% [markdown] tags=["solution"]
# **Where to look.** The totals table: €13,285,923 bought from Koningsvast out of €30,003,200
# spent in the category, and 13,285,923 / 30,003,200 ≈ 0.443 (44.3 %). Dividing the totals
# weights every euro equally, so the big customers count most; the average of the accounts' own
# shares (optional question a2) answers a different question, how the typical
# *account* looks.

# %% [markdown]
# Now six single accounts. **Headroom** is what an account could still buy from you below the
# ceiling: ceiling × the customer's category spend − what it buys from you now, and never
# less than nothing. Take the ceiling as **80 %**, the practitioner rule of thumb of the lesson.

# %%
sheet.sample_accounts()

# %% [markdown]
# **Question 2.** What is the headroom of **Denkamp Precisietechniek B.V.**, in euros a year
# (the full number, not rounded to thousands)?

# %%
answer_q2 = 367776  # SOLUTION
check("q2", answer_q2)

# %% [markdown] tags=["solution"]
# **Where to look.** Row B of the six-account table: the customer spends €524,800 in the
# category and buys €52,064 of it from Koningsvast. At the 80 % ceiling it could buy
# 0.8 × €524,800 = €419,840 from Koningsvast, so €419,840 − €52,064 = €367,776 is still to win.
# The ceiling applies to the whole wallet, not to today's sales.

# %% [markdown]
# **Question 3.** Which of the six accounts in the table has the **most** headroom? Type the
# letter of its row (the account's name, pasted, works too).

# %%
sheet.options("q3")

# %%
answer_q3 = D  # SOLUTION
check("q3", answer_q3)

# %% [markdown] tags=["solution"]
# **Why D.** Work out ceiling × spend − sales for each row: Havstede (A), the biggest wallet,
# already buys two thirds of it from Koningsvast and has about €333,000 left; Denkamp (B), the
# lowest share, about €368,000; Bordijk (C) is above the ceiling, so nothing; Wesstede (D),
# a big wallet at a middling share, about €402,000, the most; Velhorst (E) and Elddijk (F) far
# less. Neither the biggest wallet nor the lowest share alone tells you where the euros are.

# %% [markdown]
# ## Part B: how much depends on the ceiling?
#
# The explorer below shows every account (dots) and the headroom per tier (bars) for the
# ceiling on the slider. The sentence above the picture gives the total.

# %% [markdown]
# **Read it off the explorer.** Lesson 4 asked you to predict how much of the total headroom
# disappears if the true ceiling is 70 % rather than 80 %. Move the slider from 0.80 to 0.70
# and read the sentence above the picture.

# %% tags=["nbval-ignore-output"]
headroom_explorer()

# %% [markdown]
# **Question 4.** What share of the total headroom at 80 % disappears when the ceiling is
# 70 %? (A fraction or a percentage; read it from the explorer.)

# %%
answer_q4 = 0.27  # SOLUTION
check("q4", answer_q4)

# %% [markdown] tags=["solution"]
# **Where to look.** With the slider at 0.70, the sentence above the picture compares the new
# total with the 80 % rule of thumb: about −27 %, a fall of about 0.27. Ten share points off
# the ceiling remove far more than a tenth of the headroom, because headroom is what is left
# *after* current sales: the ten points come off that much smaller number.

# %% [markdown]
# The next plot ranks the accounts from most to least headroom (at 80 %) and shows how much of
# all the headroom the first *k* accounts hold together.

# %%
sheet.draw_headroom_curve()

# %% [markdown]
# **Question 5.** About how many accounts hold **half** of all the headroom? (Reading within a
# few accounts is fine.)

# %%
answer_q5 = 36  # SOLUTION
check("q5", answer_q5)

# %% [markdown] tags=["solution"]
# **Where to look.** Go across from 50 % on the vertical axis to the curve, then down: it
# crosses at about 36 accounts, out of 302. A small group of big accounts holds half the
# headroom, and that is where extra customer orientation can still win business.

# %% [markdown]
# ## Part C: the 4th or 5th supplier
#
# The **Wallet Allocation Rule** is a published rule of Keiningham, Aksoy, Buoye & Cooil
# (*Harvard Business Review*, 2011; we have its formula from a secondary copy of the article):
# the share a supplier can expect follows from its rank among the suppliers a customer uses.
# The explorer computes that rule; it is not the kit's teaching model. Keep in mind that the
# rule was built on a panel of more than 17,000 *consumers*: carrying it into business buying,
# as here, is an assumption.

# %% [markdown]
# **Read it off the explorer.** A customer buys from five suppliers and you would enter as
# number 4. Set the first slider to 5 and the second to 4.

# %% tags=["nbval-ignore-output"]
wallet_allocation_explorer()

# %% [markdown]
# **Question 6.** What share of the wallet can the 4th of 5 suppliers expect under the rule?

# %%
answer_q6 = 0.13  # SOLUTION
check("q6", answer_q6)

# %% [markdown] tags=["solution"]
# **Where to look.** With 5 suppliers and rank 4, your bar (the other colour) is labelled
# 13 %, and the sentence under the sliders says the same: €13,333 of every €100,000. That is
# less than the 20 % an equal split would give (the dotted line).

# %% [markdown]
# **Question 7.** Now climb one place: move the rank slider to 3. By what percentage does your
# expected share **grow** compared with being number 4?

# %%
answer_q7 = 0.5  # SOLUTION
check("q7", answer_q7)

# %% [markdown] tags=["solution"]
# **How to work it out.** As number 3 of 5 the explorer shows 20 % (€20,000 of €100,000), as
# number 4 about 13 % (€13,333). The growth compares the difference with where you start:
# 20,000 / 13,333 − 1 = 0.5, a growth of 50 %. (The difference, about 7 percentage points, is
# not the growth; and 1.5 is how many *times* as much, before taking off the 1.)

# %% [markdown]
# ## Part D: what it means
#
# **Question 8.** What is the "~80 % ceiling" on a preferred supplier's share of wallet?

# %%
sheet.options("q8")

# %%
answer_q8 = C  # SOLUTION
check("q8", answer_q8)

# %% [markdown]
# **Question 9.** One of your accounts buys 78 % of its category spend from you, and the buyer
# is very satisfied. You have some extra hours this quarter. What is the best advice?

# %%
sheet.options("q9")

# %%
answer_q9 = A  # SOLUTION
check("q9", answer_q9)

# %% [markdown]
# **Question 10.** A customer uses three suppliers and ranks you third. After a year of extra
# attention its satisfaction with you has gone up, but it still ranks you third. What does the
# research on share of wallet lead you to expect?

# %%
sheet.options("q10")

# %%
answer_q10 = B  # SOLUTION
check("q10", answer_q10)

# %% [markdown] tags=["solution"]
# **Why these answers.** The ceiling (question 8) is a practitioner rule of thumb from
# purchasing practice (80/20 or 70/30 splits between a main and a backup supplier), not an
# empirical law: we know of no study that measured such a limit, and sole-source contracts go
# higher. Near it (question 9), extra hours maintain an account but cannot grow it much, so
# they earn more where the headroom is. And because share follows relative rank more than
# absolute satisfaction (question 10), a happier customer who still ranks you third will not
# shift much. That evidence is mostly from consumers (the rule's panel; a study of 79,543
# consumers on relative rank); for business customers, Keiningham, Perkins-Munn & Evans found a
# positive link between satisfaction and share that is not a straight line.

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

# %% [markdown]
# ## For analysts (optional)
#
# Nothing in the main part needs code. If you like to compute, these two questions work on the
# case data directly: `acc` holds one numpy array per column, one value per account (see
# `src/customer_king/data/DATA_DICTIONARY.md`). Their progress is counted apart.

# %%
import numpy as np

from customer_king import cases

acc = cases.load_case().accounts
spend = acc["category_spend_eur"]  # each customer's total category spend (€ a year)
sales = acc["our_sales_eur"]  # what each customer bought from Koningsvast (€ a year)

# %% [markdown]
# **Question a1.** The total headroom of all accounts at the 80 % ceiling, in euros. Floor each
# account at zero: a few accounts are above the ceiling.

# %%
total_headroom = np.maximum(0.8 * spend - sales, 0).sum()  # SOLUTION
check("a1", total_headroom)

# %% [markdown]
# **Question a2.** The **mean** share of wallet over the accounts, every account counting once.
# Compare it with your answer to question 1.

# %%
mean_share = cases.share_of_wallet(acc).mean()  # SOLUTION
check("a2", mean_share)

# %%
check.progress()

# %% [markdown]
# ## Keep your answers
#
# Your answers are saved with this notebook (**File → Save**). **On Binder they are not
# safe there**: after about 10 minutes without activity Binder deletes the session and
# every file in it. Click **Download my answers** before a break and keep the file. In a
# fresh copy of this notebook, run the first cell, then load the file here with **Load
# answers file** (or `answers.load_answers("my-answers-….json")`): every answer and the
# progress table come back.

# %% tags=["nbval-ignore-output"]
answers.buttons()
