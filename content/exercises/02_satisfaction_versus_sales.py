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
# | **Time** | 25 minutes (the optional part for analysts: 10 more) |
# | **Goes with** | lesson [`notebooks/02_satisfaction_versus_sales.ipynb`](../notebooks/02_satisfaction_versus_sales.ipynb) |
# | **Questions** | 11 graded, no programming needed; 2 optional for analysts; 1 for discussion |
#
# **How this works.** Run the first cell (Shift + Enter). For each question, replace the
# `...` after the `=` with your answer and run the cell: `check(...)` tells you at once
# whether it is right, and if not, gives a hint (a more specific one on the next try).
#
# * A **letter** needs no quotes: `answer_q5 = B`. A **name** goes in quotes: `"Bram D."`.
# * A **number** as you write it: `3.5`, `3,5`, `-12%` or `"−12 %"` all work.
#
# Every answer can be read or worked out from what the notebook shows. Stuck? Compare with
# [`solutions/02_satisfaction_versus_sales.ipynb`](../solutions/02_satisfaction_versus_sales.ipynb) *after* trying.

# %%
from customer_king.checks import A, B, C, D
from customer_king.answers_file import AnswersFile
from customer_king.exercise_sets import load, set02_satisfaction_versus_sales as this_set

check = load("02_satisfaction_versus_sales")
# Remembers each answer you check, for "Download my answers" at the end (Binder deletes idle sessions).
answers = AnswersFile(check)

# %% [markdown]
# ## Part A: reading the curves
#
# The teaching model's satisfaction and sales against orientation (the model's numbers are
# illustrations, not measurements):

# %%
this_set.curves_figure()

# %% [markdown]
# **Question 1.** At which orientation, on the 1–7 scale, do the model's sales peak? Read
# it off the right-hand chart; the nearest quarter point is precise enough.

# %%
answer_q1 = 3.5  # SOLUTION
check("q1", answer_q1)

# %% [markdown] tags=["solution"]
# **Where to look.** The highest point of the sales curve in the right-hand chart, read
# down to the horizontal axis: a little past the grid line at 3.5. The curve is flat near
# its top, so any reading within a quarter point counts. The left-hand curve keeps rising
# to 7: that is satisfaction, not sales.

# %% [markdown]
# ## Part B: the mechanism
#
# In the model, sales = share of wallet per served account × the wallet of the accounts
# served. The table shows both at every orientation. Take a salesperson who moves from
# orientation **4** to orientation **6**, and work out each change in percent,
# (new − old) ÷ old. A fall is a negative change, such as `-10%`.

# %%
this_set.mechanism_table()

# %% [markdown]
# **Question 2.** By what percentage does the share of wallet per served account change
# from 4 to 6?

# %%
answer_q2 = "15.5%"  # SOLUTION
check("q2", answer_q2)

# %% [markdown]
# **Question 3.** By what percentage does the wallet of the accounts served change from 4
# to 6?

# %%
answer_q3 = "-25%"  # SOLUTION
check("q3", answer_q3)

# %% [markdown]
# **Question 4.** By what percentage do sales change from 4 to 6?
#
# <details><summary>Hint</summary>
# Read the sales column itself. Then compare with your answers to questions 2 and 3: do the
# two changes add up to this one?
# </details>

# %%
answer_q4 = "-13.4%"  # SOLUTION
check("q4", answer_q4)

# %% [markdown] tags=["solution"]
# **How to work it out.** Each answer uses the rows for 4 and 6 of one column: the share
# column for question 2, the wallet-served column for question 3, the sales column for
# question 4, each as (value at 6 − value at 4) ÷ value at 4. The share rises, but by
# less than the wallet served falls, so sales fall. Because sales are the *product* of the
# two, the changes multiply, (1 + share change) × (1 + wallet change) − 1; adding the two
# percentages gives a different, wrong number.

# %% [markdown]
# **Question 5.** Past its peak, why do the model's sales fall?
#
# * **A** Customers become less satisfied at high orientation
# * **B** Share of wallet falls at high orientation
# * **C** Share of wallet keeps rising, but too slowly to make up for the wallet of the accounts no longer served
# * **D** The 80 % ceiling is reached exactly at the peak

# %%
answer_q5 = C  # SOLUTION
check("q5", answer_q5)

# %% [markdown] tags=["solution"]
# **Why C.** In the table neither the satisfaction column nor the share column ever
# falls; the wallet-served column does, because each account takes more hours and fewer
# accounts fit in the year.

# %% [markdown]
# ## Part C: the case company
#
# Koningsvast's satisfaction survey is the team's pride. The table sums up each
# salesperson's accounts: how satisfied the customers are on average, what they buy, and
# the profit they leave after the cost to serve them. (The case company and its data are
# invented for the kit.)

# %%
this_set.team_table()

# %% [markdown]
# **Question 6.** Whose customers are the most satisfied? Type the name in quotes, as the
# table writes it.

# %%
answer_q6 = "Mirjam T."  # SOLUTION
check("q6", answer_q6)

# %% [markdown]
# **Question 7.** How much profit, in euros a year, do that salesperson's accounts earn
# together, after the cost to serve?

# %%
answer_q7 = 5847  # SOLUTION
check("q7", answer_q7)

# %% [markdown]
# **Question 8.** For how many of the salespeople do the accounts, taken together, *lose*
# money after the cost to serve?

# %%
answer_q8 = 5  # SOLUTION
check("q8", answer_q8)

# %% [markdown] tags=["solution"]
# **Where to look.** Question 6: the highest value in the mean-satisfaction column; two
# salespeople are close, and the two decimals tell them apart. Question 7: the same row,
# last column. Question 8: count the rows whose profit carries a minus sign. The happiest
# customers belong to one of the team's most customer-oriented salespeople, yet their
# accounts leave little profit once the cost of serving them is taken off, while the most
# profitable portfolio has middling satisfaction. The data are invented: they show the
# pattern the research warns about, not a measurement.

# %% [markdown]
# ## Part D: the explorer
#
# Move the slider: the sentence under it gives the model's satisfaction and sales at that
# orientation, and how far you are from the sales peak.

# %% tags=["nbval-ignore-output"]
from customer_king.explorers import satisfaction_sales_explorer

satisfaction_sales_explorer()

# %% [markdown]
# **Question 9.** Set the slider to **6.5**. By how much, in € million a year, are the
# model's sales lower there than at the peak?

# %%
answer_q9 = 3.0  # SOLUTION
check("q9", answer_q9)

# %% [markdown] tags=["solution"]
# **Where to look.** At 6.5 the sentence under the slider says you are past the sales peak
# and gives, in bold, how many € million lower the sales are, while satisfaction is higher
# than at the peak.

# %% [markdown]
# ## Part E: what the research says
#
# **Question 10.** A sales director proposes to base part of every bonus on the yearly
# customer-satisfaction score. Given this lesson, what is the main risk?
#
# * **A** It rewards orientation past the sales peak, where satisfaction still rises but sales fall
# * **B** None: satisfaction is a strong predictor of share of wallet
# * **C** Salespeople will push harder for sales, so satisfaction will drop
# * **D** Satisfaction cannot be measured reliably in B2B

# %%
answer_q10 = A  # SOLUTION
check("q10", answer_q10)

# %% [markdown]
# **Question 11.** Arslanagić-Kalajdžić et al. (2020) studied 226 clients of professional
# services. What did they find about the customer orientation the clients perceived and
# their relationship satisfaction?
#
# * **A** Relationship satisfaction rose steadily with the customer orientation the clients perceived
# * **B** Perceived customer orientation had no link with relationship satisfaction
# * **C** Relationship satisfaction fell at every level of customer orientation
# * **D** Relationship satisfaction followed an inverted U: it rose with perceived customer orientation, then fell

# %%
answer_q11 = D  # SOLUTION
check("q11", answer_q11)

# %% [markdown] tags=["solution"]
# **Why these answers.** A satisfaction bonus pays for orientation at any level, including
# past the sales peak (question 10, A). The 2020 study found an inverted U between
# perceived customer orientation and relationship satisfaction among 226 professional-
# service clients (question 11, D): "satisfaction keeps rising" holds in some settings, not
# everywhere.

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

# %% [markdown]
# ## For analysts (optional)
#
# These questions ask you to compute with the model and the case data in Python. They
# count separately: the set is done without them.

# %%
import numpy as np

from customer_king import cases, model

# %% [markdown]
# **Question a1.** By what fraction do the model's sales change from orientation **3** to
# **5**? Use `model.sales` and `model.from_seven_point`.

# %%
sales_low = model.sales(model.from_seven_point(this_set.ANALYST_FROM))  # SOLUTION
sales_high = model.sales(model.from_seven_point(this_set.ANALYST_TO))  # SOLUTION
answer_a1 = sales_high / sales_low - 1  # SOLUTION
check("a1", answer_a1)

# %% [markdown]
# **Question a2.** Across all of Koningsvast's accounts, what is the correlation
# coefficient between an account's satisfaction and its profit after the cost to serve
# (`cases.account_profit`)?

# %%
acc = cases.load_case().accounts
answer_a2 = np.corrcoef(acc["satisfaction"], cases.account_profit(acc))[0, 1]  # SOLUTION
check("a2", answer_a2)

# %% [markdown] tags=["solution"]
# **How.** a1: the relative change is new ÷ old − 1. a2: a correlation close to zero: in
# the case data, how satisfied an account is says almost nothing about what it earns.

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
