# ---
# jupyter:
#   jupytext:
#     text_representation:
#       extension: .py
#       format_name: percent
# ---

# %% [markdown]
# # Exercises 5: warning signs of overservice
#
# | | |
# |---|---|
# | **Time** | 25 minutes (plus the optional part for analysts) |
# | **Goes with** | lesson [`notebooks/05_warning_signs_of_overservice.ipynb`](../notebooks/05_warning_signs_of_overservice.ipynb) |
# | **Questions** | 10 graded, answered from what you see (no code to write); 4 optional for analysts; 1 for discussion |
#
# **How this works.** Run the cells from the top (Shift + Enter). Each question shows a table,
# a plot or an explorer; read the value you need, or work it out with a calculator, and type it
# in place of the `...`, then run the cell. `check(...)` says at once whether it is right; if
# not, it gives a hint, and a more specific one on the next try. Type numbers as you would
# write them: `0.3`, `10,5` and `188` all work, and so does `"30 %"` in quotes. For a choice,
# type the letter (`C`); for a list of people, their names in quotes with commas between them
# (`"Anouk V., Bram D."`). The last cell of the main part shows your progress. Stuck? Compare
# with [`solutions/05_warning_signs_of_overservice.ipynb`](../solutions/05_warning_signs_of_overservice.ipynb) *after* trying.
#
# The data are those of **Koningsvast**, the kit's fictional case company: its numbers come
# from the kit's seeded data generator, not from a real firm. The list of warning signs is the
# kit's synthesis (the blog's four plus one from lesson 4), and the warning score, its
# thresholds, weights and bands are **stylized** illustrations, as in the lesson.

# %%
from customer_king.checks import A, B, C, D, E
from customer_king.answers_file import AnswersFile
from customer_king.exercise_sets import load, set05_warning_signs_of_overservice as sheet
from customer_king.explorers import warning_score_explorer

check = load("05_warning_signs_of_overservice")
# Remembers each answer you check, for "Download my answers" at the end (Binder deletes idle sessions).
answers = AnswersFile(check)

# %% [markdown]
# ## Part A: hours against the tier benchmark
#
# Each account's hours are compared with the **benchmark** of its tier: the median hours per
# account of that tier, over the whole company.

# %%
sheet.benchmarks()

# %%
sheet.sample_accounts()

# %% [markdown]
# **Question 1.** How many times its tier's benchmark does **Velhorst Staalbouw B.V.** get?
# (Two or three digits are precise enough.)

# %%
answer_q1 = 10.5  # SOLUTION
check("q1", answer_q1)

# %% [markdown] tags=["solution"]
# **Where to look.** Velhorst Staalbouw is a tier C account with 96.3 hours a year; the tier C
# benchmark is 9.2 hours. 96.3 / 9.2 ≈ 10.5: a small customer gets the hours of a B account
# and more. Each account is compared with its *own* tier: against the A benchmark the same
# hours would look modest.

# %% [markdown]
# The first sign counts in full from **2.2 times** the benchmark. The table counts those
# over-served accounts per salesperson.

# %%
sheet.overserved_by_salesperson()

# %% [markdown]
# **Question 2.** What share of **Fleur B.**'s own accounts is over-served?

# %%
answer_q2 = 0.476  # SOLUTION
check("q2", answer_q2)

# %% [markdown] tags=["solution"]
# **Where to look.** Fleur B.'s row: 10 over-served accounts out of the 21 she looks after,
# 10 / 21 ≈ 0.476, almost half her portfolio. (Dividing by the team's 32 over-served accounts
# would give her part of the team's problem, a different question.)

# %% [markdown]
# ## Part B: the warning score by hand
#
# Each sign has a point where it starts to count and a point where it counts in full; in
# between it counts in proportion. With the five measurable signs weighted equally, each can
# add at most 20 of the 100 points.

# %%
sheet.thresholds()

# %%
sheet.other_rep()

# %% [markdown]
# **Question 3.** What is the warning score (0–100) of this salesperson at another wholesaler?

# %%
answer_q3 = 40  # SOLUTION
check("q3", answer_q3)

# %% [markdown] tags=["solution"]
# **How to work it out.** Sign by sign, how far along from "starts to count" to "counts in
# full": hours at 2.6 times are past 2.2, so the sign counts in full (1, not 1.4); −5 points on
# small accounts are below 0, so that sign adds nothing (0, not a negative number); non-sales
# talk at 38 % is (38 − 30) / 40 = 0.2 of the way; internal requests at 2.1 times are
# (2.1 − 1.5) / 2 = 0.3; hours near the ceiling at 25 % are (25 − 10) / 30 = 0.5. Each sign
# weighs a fifth: 100 × (1 + 0 + 0.2 + 0.3 + 0.5) / 5 = 40, amber.

# %% [markdown]
# The third sign, non-sales talk, is weighted by **hours**: an account where a salesperson
# spends many hours counts more than a short call. Here is another made-up salesperson:

# %%
sheet.talk_accounts()

# %% [markdown]
# **Question 4.** What share of this salesperson's contact time goes to non-sales talk,
# weighting each account by its hours?

# %%
answer_q4 = 0.335  # SOLUTION
check("q4", answer_q4)

# %% [markdown] tags=["solution"]
# **How to work it out.** Non-sales hours per account: 120 × 45 % = 54, 50 × 20 % = 10,
# 20 × 10 % = 2 and 10 × 10 % = 1, together 67 of the 200 hours: 67 / 200 = 0.335. The plain
# mean of the four percentages (21.25 %) lets a 10-hour account count as much as the
# 120-hour one, where most of the time goes.

# %% [markdown]
# ## Part C: the whale curve
#
# The plot ranks Koningsvast's accounts from most to least profitable (profit after the cost
# to serve) and adds up their profit as it goes, as a percentage of total profit.

# %%
sheet.draw_whale_curve()

# %% [markdown]
# **Question 5.** At its peak, the cumulative profit is what percentage of total profit?
# Answer in percent, as the axis shows it (reading within a few points is fine).

# %%
answer_q5 = 188  # SOLUTION
check("q5", answer_q5)

# %% [markdown] tags=["solution"]
# **Where to look.** The highest point of the curve, read on the vertical axis: about 189 %.
# In the (fictional) case data, the profitable accounts together earn almost twice the
# company's total profit; the rest give the difference away. (The dashed 100 % line is where the curve ends, not its peak.)

# %% [markdown]
# **Question 6.** What does the falling right-hand part of the curve tell you?

# %%
sheet.options("q6")

# %%
answer_q6 = A  # SOLUTION
check("q6", answer_q6)

# %% [markdown]
# ## Part D: the team
#
# The explorer scores the twelve salespeople. The bars show how many points each sign adds; the
# sliders set how much each sign weighs (all at 1 to start), and the sentence under the sliders
# names who is red and amber.

# %% [markdown] tags=["predict"] reveals=["red, Mirjam T.; amber, Koen H.", "Fleur B. drops to green"]
# **Predict first.** With every weight at 1, three salespeople are flagged. Suppose only
# *hours on accounts near the ceiling* counted. How many of those three would still be amber
# or red: none, one, two or all three? Look at the yellow segments, guess, then set the other
# four weights to 0.

# %% tags=["nbval-ignore-output"]
warning_score_explorer()

# %% [markdown]
# **Question 7.** With every weight at 0 except *hours on accounts near the ceiling* (at 1),
# who is amber or red? Give the names, in quotes, with commas between them. The team:

# %%
sheet.team_options()

# %%
answer_q7 = "Mirjam T., Koen H."  # SOLUTION
check("q7", answer_q7)

# %% [markdown] tags=["solution"]
# **Where to look.** After setting the four other weights to 0, the sentence under the sliders
# reads: red, Mirjam T.; amber, Koen H. Fleur B. drops to green: she is flagged with equal
# weights for her hours, requests and talk, but spends little time on accounts near the ceiling.
# No single sign finds all the over-servers; they stand out when several signs point the same way.

# %% [markdown]
# The next table shows, for the three salespeople flagged with equal weights, the hours that
# would come free if every over-served account came back to 1.2 times its tier benchmark
# (where the first sign starts to count).

# %%
sheet.freed_hours()

# %% [markdown]
# **Question 8.** What share of **Koen H.**'s annual hours budget would that free?

# %%
answer_q8 = 0.297  # SOLUTION
check("q8", answer_q8)

# %% [markdown] tags=["solution"]
# **Where to look.** Koen H.'s row: 342 hours freed of a 1,150-hour budget, 342 / 1,150 ≈ 0.297,
# almost 30 % of his year, time that could go to accounts with headroom.

# %% [markdown]
# **Question 9.** Sanne K. is highly customer-oriented (fourth of the twelve on the team's
# orientation scores; the three above her are the three flagged), yet her warning score is
# green. What is the best explanation?

# %%
sheet.options("q9")

# %%
answer_q9 = D  # SOLUTION
check("q9", answer_q9)

# %% [markdown]
# **Question 10.** Hours well above the benchmark are not always overservice. Which of these
# accounts best justifies them?

# %%
sheet.options("q10")

# %%
answer_q10 = C  # SOLUTION
check("q10", answer_q10)

# %% [markdown] tags=["solution"]
# **Why these answers.** The curve falls (question 6) only where accounts lose money after the
# cost to serve, while the total at the right end stays positive. Sanne K. (question 9) is
# green because her orientation goes where it can still earn, not because she is less
# oriented: high orientation is not enough to over-serve, although in this team the three most
# oriented do. In question 10, an account with large headroom where you already rank high is
# where extra orientation can pay (lesson 4); the other three are the warning signs themselves.

# %% [markdown]
# ## Discuss with your neighbour (not graded)
#
# Pick one account you serve more than its size justifies. What would the customer notice
# if it got half the hours: the service itself, or only the visits and the chats? Where
# would you put the time you free, and how would you explain the change to the customer
# and to yourself?

# %% [markdown]
# ## Your progress

# %%
check.progress()

# %% [markdown]
# ## For analysts (optional)
#
# Nothing in the main part needs code. If you like to compute, these questions work on the
# case data directly: `acc` holds one numpy array per column, one value per account (see
# `src/customer_king/data/DATA_DICTIONARY.md`). Their progress is counted apart.

# %%
import numpy as np

from customer_king import cases, overservice

case = cases.load_case()
acc = case.accounts
hours = acc["hours_per_year"]
tiers = acc["tier"]

# %% [markdown]
# **Question a1.** Compute the tier benchmarks yourself (the median hours of each tier) and
# count the accounts at **2.2 times** their tier's benchmark or more.

# %%
# BEGIN SOLUTION
benchmark = {t: np.median(hours[tiers == t]) for t in ("A", "B", "C")}
tier_hours = np.array([benchmark[t] for t in tiers])
# END SOLUTION
overserved_count = np.sum(hours / tier_hours >= 2.2)  # SOLUTION
check("a1", overserved_count)

# %% [markdown]
# **Question a2.** What share of her contact time does **Fleur B.** spend on non-sales talk,
# over all her accounts, weighted by hours?

# %%
mine = acc["salesperson"] == "Fleur B."
fleur_talk = np.average(acc["non_sales_share"][mine], weights=hours[mine])  # SOLUTION
check("a2", fleur_talk)

# %% [markdown]
# **Question a3.** Sort the accounts' profits (`cases.account_profit(acc)`) from high to low
# and add them up as you go. After how many accounts is the running total highest?

# %%
running = np.cumsum(np.sort(cases.account_profit(acc))[::-1])  # SOLUTION
accounts_before_peak = int(np.argmax(running)) + 1  # SOLUTION
check("a3", accounts_before_peak)

# %% [markdown]
# **Question a4.** Take **Mirjam T.**'s over-served accounts (2.2 times their tier benchmark or
# more). If each came back to **1.2 times** its benchmark, how many hours a year would she free?

# %%
hers = (acc["salesperson"] == "Mirjam T.") & (hours / tier_hours >= 2.2)  # SOLUTION
freed_hours = (hours[hers] - 1.2 * tier_hours[hers]).sum()  # SOLUTION
check("a4", freed_hours)

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
