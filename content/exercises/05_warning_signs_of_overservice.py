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
# | **Time** | 25 minutes |
# | **Goes with** | lesson [`notebooks/05_warning_signs_of_overservice.ipynb`](../notebooks/05_warning_signs_of_overservice.ipynb) |
# | **Questions** | 9 graded, 1 for discussion |
#
# **How this works.** Replace each `...` with your answer and run the cell (Shift + Enter).
# `check(...)` tells you at once whether it is right; if not, it gives a hint, and a more
# specific one on the next try. Multiple-choice answers are a letter such as `"B"`. The
# last cell shows your progress. Stuck? Open the hint under a question, or compare with
# [`solutions/05_warning_signs_of_overservice.ipynb`](../solutions/05_warning_signs_of_overservice.ipynb) *after* trying.
#
# The data are those of the fictional case company Koningsvast: `acc` holds one numpy
# array per column, one value per account (see `src/customer_king/data/DATA_DICTIONARY.md`).
# The warning score and its bands are stylized, as in the lesson.

# %%
import numpy as np
import matplotlib.pyplot as plt

from customer_king import cases, model, overservice, plots
from customer_king.exercise_sets import load

plots.use_kit_style()
check = load("05_warning_signs_of_overservice")
case = cases.load_case()
acc = case.accounts
hours = acc["hours_per_year"]
tiers = acc["tier"]

# %% [markdown]
# ## Part A: measuring the signs
#
# **Question 1.** The benchmark of a tier is the **median** hours per account of that tier,
# over the whole company. How many accounts get **2.2 times** their tier's benchmark or more
# (the point where the first sign counts in full)?
#
# <details><summary>Hint</summary>
# Build a dictionary <code>{tier: median hours}</code>, look up each account's benchmark with
# a list comprehension over <code>tiers</code>, divide, and count with <code>np.sum(... >= 2.2)</code>.
# </details>

# %%
# BEGIN SOLUTION
benchmark = {t: np.median(hours[tiers == t]) for t in ("A", "B", "C")}
tier_hours = np.array([benchmark[t] for t in tiers])
# END SOLUTION
overserved_count = np.sum(hours / tier_hours >= 2.2)  # SOLUTION
check("q1", overserved_count)

# %% [markdown]
# **Question 2.** What share of her contact time does **Fleur B.** spend on non-sales talk?
# Weight each of her accounts by its hours, so that a 100-hour account counts more than a
# 5-hour one. Answer as a fraction of 1.

# %%
mine = acc["salesperson"] == "Fleur B."
fleur_talk = np.average(acc["non_sales_share"][mine], weights=hours[mine])  # SOLUTION
check("q2", fleur_talk)

# %% [markdown]
# **Question 3.** A salesperson at another wholesaler has the five indicators below. What is
# their warning score (0–100, five signs weighted equally)? You may use `model.warning_score`,
# or work it out by hand from the thresholds in `model.WARNING_SIGNS`.

# %%
other_rep = {
    "hours_vs_tier": 2.6,
    "time_on_small_accounts": -0.05,
    "non_sales_share": 0.38,
    "internal_requests": 2.1,
    "effort_near_ceiling": 0.25,
}
other_score = model.warning_score(other_rep)  # SOLUTION
check("q3", other_score)

# %% [markdown]
# ## Part B: reading the whale curve
#
# The next cell ranks Koningsvast's accounts from most to least profitable (profit after
# the cost to serve) and draws their cumulative profit as a percentage of total profit.

# %%
accounts, cumulative = overservice.whale_curve(cases.account_profit(acc))
fig, ax = plt.subplots(figsize=(10, 4.4))
plots.ranked_whale_curve(ax, accounts, cumulative, "Koningsvast's whale curve")
fig.tight_layout()
plt.show()

# %% [markdown]
# **Question 4.** Read it from the plot: at its peak, the cumulative profit is what
# percentage of total profit? Answer in percent, such as `150` (reading within a few points
# is fine).

# %%
peak_height = cumulative.max() * 100  # SOLUTION
check("q4", peak_height)

# %% [markdown]
# **Question 5.** What does the falling right-hand part of the curve tell you?
#
# * **A** The accounts on the right lose money after the cost to serve
# * **B** The accounts on the right buy less than the others
# * **C** Koningsvast as a whole makes a loss
# * **D** The data for those accounts are missing

# %%
answer_q5 = "A"  # SOLUTION
check("q5", answer_q5)

# %% [markdown]
# ## Part C: the team
#
# **Question 6.** With the five measurable signs weighted equally, which salespeople score
# **amber or red** (30 or more)? Pick all that apply, e.g. `"A, C"`. The letters follow
# `case.team`:

# %%
for letter, name in zip("ABCDEFGHIJKL", case.team):
    print(f"{letter}  {name}")

# %%
# BEGIN SOLUTION
scores = model.warning_score(overservice.salesperson_indicators(case))
flagged = [letter for letter, band in zip("ABCDEFGHIJKL", model.warning_band(scores)) if band != "green"]
# END SOLUTION
answer_q6 = ", ".join(flagged)  # SOLUTION
check("q6", answer_q6)

# %% [markdown]
# **Question 7.** Sanne K. is one of the most customer-oriented people on the team, yet her
# warning score is green. What is the best explanation?
#
# * **A** Her customers are less satisfied, so she has nothing to over-serve
# * **B** She puts her extra time where there is headroom and keeps small accounts lean
# * **C** She has fewer selling hours than the others
# * **D** The score ignores customer orientation, so it cannot see her

# %%
answer_q7 = "B"  # SOLUTION
check("q7", answer_q7)

# %% [markdown]
# **Question 8.** Take **Mirjam T.**'s over-served accounts (2.2 times their tier benchmark
# or more). If each came back to **1.2 times** its benchmark, how many hours a year would she
# free? Compute the benchmark yourself as in question 1.
#
# <details><summary>Hint</summary>
# On her over-served accounts, add up <code>hours - 1.2 * tier_hours</code>.
# </details>

# %%
# BEGIN SOLUTION
benchmark = {t: np.median(hours[tiers == t]) for t in ("A", "B", "C")}
tier_hours = np.array([benchmark[t] for t in tiers])
hers = (acc["salesperson"] == "Mirjam T.") & (hours / tier_hours >= 2.2)
# END SOLUTION
freed_hours = (hours[hers] - 1.2 * tier_hours[hers]).sum()  # SOLUTION
check("q8", freed_hours)

# %% [markdown]
# **Question 9.** Hours well above the benchmark are not always overservice. Which of these
# accounts best justifies them?
#
# * **A** A new account with a large wallet, where you already rank second among its suppliers
# * **B** An account at 78 % share whose buyer enjoys the weekly visit
# * **C** A small account whose buyer is a good friend
# * **D** An account that asks for rush deliveries every week

# %%
answer_q9 = "A"  # SOLUTION
check("q9", answer_q9)

# %% [markdown] tags=["solution"]
# **Why these answers.** Question 1 uses the median so that the heavily served accounts do not
# raise the benchmark they are measured against; with the mean you would find fewer. Question
# 2 weights by hours because the sign is about *time*: Fleur's chatty hours with big accounts
# count for more than a short call with a small one. In question 3 two signs are outside
# their range: hours at 2.6 times the benchmark count in full (clipped at 1), and a negative
# time-on-small-accounts counts as 0 (clipped at 0); the other three are 20 %, 30 % and 50 %
# of the way, so the score is 100 × (1 + 0 + 0.2 + 0.3 + 0.5) / 5. The whale curve's peak
# (question 4) is the profit of all profitable accounts together; everything after it loses
# money (question 5), while the total at the right end stays positive. Question 6 follows
# from the lesson's score table: the flagged salespeople stand out because several signs
# point the same way, and the others stay far below 30. Sanne K. (question 7) is green because her
# orientation goes where it can still earn, not because she is less oriented. The hours in
# question 8 are those above 1.2 times the benchmark on her over-served accounts only. In
# question 9, an account with large headroom where you already rank high is where extra
# orientation can pay (lesson 4); the others are the warning signs themselves.

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
