# ---
# jupyter:
#   jupytext:
#     text_representation:
#       extension: .py
#       format_name: percent
# ---

# %% [markdown]
# # Exercises 2: satisfaction versus sales
#
# | | |
# |---|---|
# | **Time** | 25 minutes |
# | **Goes with** | lesson [`notebooks/02_satisfaction_versus_sales.ipynb`](../notebooks/02_satisfaction_versus_sales.ipynb) |
# | **Questions** | 8 graded, 1 for discussion |
#
# **How this works.** Replace each `...` with your answer and run the cell (Shift + Enter).
# `check(...)` tells you at once whether it is right; if not, it gives a hint, and a more
# specific one on the next try. Multiple-choice answers are a letter such as `"B"`. The
# last cell shows your progress. Stuck? Compare with
# [`solutions/02_satisfaction_versus_sales.ipynb`](../solutions/02_satisfaction_versus_sales.ipynb) *after* trying.

# %%
import numpy as np
import matplotlib.pyplot as plt

from customer_king import cases, model, plots
from customer_king.exercise_sets import load

plots.use_kit_style()
check = load("02_satisfaction_versus_sales")

# %% [markdown]
# ## Part A: reading the curves
#
# The cell below draws the model's satisfaction and sales against orientation.

# %%
fig, (ax_satisfaction, ax_sales) = plt.subplots(1, 2, figsize=(11, 4.4))
plots.satisfaction_and_sales(ax_satisfaction, ax_sales)
fig.tight_layout()
plt.show()

# %% [markdown]
# **Question 1.** At which orientation, on the 1–7 scale, do the model's sales peak? Read
# it off the right-hand plot; the nearest quarter point is precise enough.

# %%
sales_peak_score = model.to_seven_point(model.optimum().orientation)  # SOLUTION
check("q1", sales_peak_score)

# %% [markdown]
# ## Part B: the mechanism
#
# In the model, sales = share of wallet per account × wallet served. Take a salesperson
# who moves from orientation **4** to orientation **6**.
#
# **Question 2.** By what fraction does the share of wallet per account change, and by
# what fraction does the wallet served change? Give both as fractions of 1 in a list,
# `[share_change, served_change]`. A relative change is new / old − 1. Use
# `model.share_of_wallet` and `model.covered_wallet` (convert the scores with
# `model.from_seven_point`).

# %%
low = model.from_seven_point(4)  # SOLUTION
high = model.from_seven_point(6)  # SOLUTION
share_change = model.share_of_wallet(high) / model.share_of_wallet(low) - 1  # SOLUTION
served_change = model.covered_wallet(high) / model.covered_wallet(low) - 1  # SOLUTION
changes = [share_change, served_change]  # SOLUTION
check("q2", changes)

# %% [markdown]
# **Question 3.** By what fraction do sales change from orientation 4 to 6? (A percentage
# such as `-12%` is also understood.)
#
# <details><summary>Hint</summary>
# Either compute <code>model.sales</code> at both levels, or combine the two changes of
# question 2. Think about whether changes of a product add or multiply.
# </details>

# %%
sales_change = model.sales(model.from_seven_point(6)) / model.sales(model.from_seven_point(4)) - 1  # SOLUTION
check("q3", sales_change)

# %% [markdown]
# **Question 4.** Past its peak, why do the model's sales fall?
#
# * **A** Customers become less satisfied at high orientation
# * **B** Share of wallet keeps rising, but too slowly to make up for the wallet of the accounts no longer served
# * **C** Share of wallet falls at high orientation
# * **D** The 80 % ceiling is reached exactly at the peak

# %%
answer_q4 = "B"  # SOLUTION
check("q4", answer_q4)

# %% [markdown]
# ## Part C: the case company
#
# Koningsvast's satisfaction survey is the team's pride. Load the case data: every column
# of `acc` is a numpy array with one value per account (see `DATA_DICTIONARY.md`).

# %%
case = cases.load_case()
acc = case.accounts
print(case)
print("The team:", ", ".join(case.team))

# %% [markdown]
# **Question 5.** Whose customers are the most satisfied? Compute the mean satisfaction of
# each salesperson's accounts and give the name (or its letter in the order of the team
# list above: A for the first name, B for the second, ...).
#
# <details><summary>Hint</summary>
# <code>cases.group_by(acc, "salesperson", "satisfaction", np.mean)</code> returns a
# dictionary from name to mean; <code>max(d, key=d.get)</code> picks the key with the
# largest value.
# </details>

# %%
mean_satisfaction = cases.group_by(acc, "salesperson", "satisfaction", np.mean)  # SOLUTION
most_satisfied = max(mean_satisfaction, key=mean_satisfaction.get)  # SOLUTION
check("q5", most_satisfied)

# %% [markdown]
# **Question 6.** How much profit, in euros a year, do that salesperson's accounts earn
# together, after the cost to serve? Use `cases.account_profit(acc)` (gross margin minus
# cost to serve, one value per account).

# %%
profit = cases.account_profit(acc)  # SOLUTION
mine = acc["salesperson"] == most_satisfied  # SOLUTION
profit_most_satisfied = profit[mine].sum()  # SOLUTION
check("q6", profit_most_satisfied)

# %% [markdown]
# Compare that with the rest of the team:
# `cases.group_by(acc, "salesperson", cases.account_profit(acc))` gives every
# salesperson's profit. Whose accounts earn the most, and how satisfied are their
# customers?

# %% [markdown]
# ## Part D: what the research says
#
# **Question 7.** A sales director proposes to base part of every bonus on the yearly
# customer-satisfaction score. Given this lesson, what is the main risk?
#
# * **A** None: satisfaction is a strong predictor of share of wallet
# * **B** It rewards orientation past the sales peak, where satisfaction still rises but sales fall
# * **C** Salespeople will push harder for sales, so satisfaction will drop
# * **D** Satisfaction cannot be measured reliably in B2B

# %%
answer_q7 = "B"  # SOLUTION
check("q7", answer_q7)

# %% [markdown]
# **Question 8.** What does the study by Arslanagić-Kalajdžić and colleagues (2020) of
# professional-service clients add to the picture?
#
# * **A** It shows that Homburg, Müller & Klarmann (2011) were wrong
# * **B** Customers' satisfaction itself can peak: in professional services more orientation eventually lowered relationship satisfaction
# * **C** Satisfaction does not matter in professional services
# * **D** Professional-service clients always want the most customer-oriented supplier

# %%
answer_q8 = "B"  # SOLUTION
check("q8", answer_q8)

# %% [markdown] tags=["solution"]
# **Why these answers.** Question 1: the sales curve is flat near its top, so any reading
# within a quarter point of `model.optimum().orientation`, converted with
# `model.to_seven_point`, counts. Questions 2 and 3 take the lesson's tug of war apart:
# from 4 to 6 the share of wallet rises by less than the wallet served falls, and because
# sales are the *product* of the two, the changes multiply: (1 + share change) × (1 +
# served change) − 1. Adding the two percentages gives a different, wrong number.
# Question 4: in the model neither satisfaction nor share ever falls; sales fall because
# the accounts dropped cost more wallet than the extra share wins back.
#
# Questions 5 and 6 are the case company's version of the lesson. The salesperson whose
# customers are the happiest is one of the team's most customer-oriented, yet their
# accounts earn little once the cost of serving them is taken off. Compare with the
# team: the most profitable portfolio belongs to someone with middling satisfaction
# scores. (The case data are invented; what they show is the pattern the research warns
# about, not a measurement.)
#
# Question 7 is the practical consequence: a satisfaction bonus pays for orientation at
# any level, including past the peak. Question 8: the 2020 study found an inverted U for
# relationship satisfaction in professional services, so the rising satisfaction curve is
# a finding for some settings, not a law.

# %% [markdown]
# ## Discuss with your neighbour (not graded)
#
# Which of your customers would rate you a 7 out of 7 today? For each of them, would one
# more hour of your time next month change what they buy from you? If not, who would
# that hour be worth more to?

# %% [markdown]
# ## Your progress

# %%
check.progress()
