# ---
# jupyter:
#   jupytext:
#     text_representation:
#       extension: .py
#       format_name: percent
# ---

# %% [markdown]
# # Exercises 1: customer orientation
#
# | | |
# |---|---|
# | **Time** | 20 minutes (the optional part for analysts: 10 more) |
# | **Goes with** | lesson [`notebooks/01_customer_orientation.ipynb`](../notebooks/01_customer_orientation.ipynb) |
# | **Questions** | 11 graded, no programming needed; 2 optional for analysts; 1 for discussion |
#
# **How this works.** Run the first cell (Shift + Enter). For each question, replace the
# `...` after the `=` with your answer and run the cell: `check(...)` tells you at once
# whether it is right, and if not, gives a hint (a more specific one on the next try).
#
# * A **letter** needs no quotes: `answer_q1 = B`. Several letters: `answer_q2 = A, C` or `"A, C"`.
# * A **number** as you write it: `11.5`, `11,5`, `27%` or `"27 %"` all work.
#
# Every answer can be read or worked out from what the notebook shows: a table, a chart
# or an explorer. Stuck? Open the hint under a question, or compare with
# [`solutions/01_customer_orientation.ipynb`](../solutions/01_customer_orientation.ipynb) *after* trying.

# %%
from customer_king.checks import A, B, C, D, E, F, G
from customer_king.answers_file import AnswersFile
from customer_king.exercise_sets import load, set01_customer_orientation as this_set

check = load("01_customer_orientation")
# Remembers each answer you check, for "Download my answers" at the end (Binder deletes idle sessions).
answers = AnswersFile(check)

# %% [markdown]
# ## Part A: the concept
#
# **Question 1.** Which of these describes salesperson customer orientation?
#
# * **A** How friendly and pleasant the salesperson is with customers
# * **B** The share of a customer's purchases that goes to the salesperson's company
# * **C** How satisfied the customer is with the salesperson
# * **D** The degree to which the salesperson finds out a customer's needs and acts to meet them during a sales encounter

# %%
answer_q1 = D  # SOLUTION
check("q1", answer_q1)

# %% [markdown]
# **Question 2.** Homburg, Müller & Klarmann (2011) define customer orientation over the
# stages of a sales encounter. A summary of their paper by the Vlerick Sales Excellence
# Centre names five stages. (That list comes from the summary, a secondary source: we have
# not seen the paper's own wording.) Which of these are among the five? Pick all that
# apply, e.g. `A, C`.
#
# * **A** Identifying the customer's needs and problems
# * **B** Cold-calling new prospects
# * **C** Presenting and demonstrating the offer
# * **D** Dealing with objections
# * **E** Negotiating, with the customer's interests in mind
# * **F** Sending the invoice and collecting payment
# * **G** Closing the sale
#
# <details><summary>Hint</summary>
# The five stages all happen <i>inside</i> one conversation with a customer who is
# considering a purchase: from understanding the need to the decision.
# </details>

# %%
answer_q2 = A, C, D, E, G  # SOLUTION
check("q2", answer_q2)

# %% [markdown]
# **Question 3.** A salesperson remembers the names of the buyer's children, asks about
# their holidays and invites the buyer to a football match. Which flavour of customer
# orientation is that?
#
# * **A** Relational customer orientation
# * **B** Functional customer orientation
# * **C** Selling orientation

# %%
answer_q3 = A  # SOLUTION
check("q3", answer_q3)

# %% [markdown] tags=["solution"]
# **Why these answers.** Customer orientation is a *behaviour* of the salesperson
# (question 1, D): share of wallet and satisfaction are outcomes it may lead to. Prospecting
# happens before the encounter and invoicing after it (question 2). Personal attention is
# relational; needs analysis and fitting the offer would be functional (question 3, A).

# %% [markdown]
# ## Part B: the time it takes (the teaching model)
#
# The table below comes from the lesson's stylized model: a salesperson with a fixed number
# of selling hours a year and a territory of accounts. The numbers are the model's
# illustrations, not measurements. Read the answers to questions 4 to 8 from it.

# %%
this_set.time_cost_table()

# %% [markdown]
# **Question 4.** How many hours a year does one account take at orientation **5**?

# %%
answer_q4 = 11.1  # SOLUTION
check("q4", answer_q4)

# %% [markdown] tags=["solution"]
# **Where to look.** The row for orientation 5, second column ("Hours per account"). Any
# reading to the table's one decimal counts.

# %% [markdown]
# **Question 5.** How many accounts does that salesperson serve at orientation 5?

# %%
answer_q5 = 108  # SOLUTION
check("q5", answer_q5)

# %% [markdown] tags=["solution"]
# **Where to look.** The same row, third column ("Accounts served"). It is the selling
# hours divided by the hours per account of question 4; the model serves the accounts
# with the most potential first.

# %% [markdown]
# **Question 6.** What share of the territory is that? A percentage such as `40%` or a
# fraction such as `0.4` both work.

# %%
answer_q6 = "27.0 %"  # SOLUTION
check("q6", answer_q6)

# %% [markdown] tags=["solution"]
# **Where to look.** The same row, last column ("Territory served"): the accounts served
# divided by all accounts in the territory.

# %% [markdown]
# **Question 7.** By what percentage does the number of accounts served change when the
# salesperson moves from orientation **3** to orientation **5**? (A fall is a negative
# change, e.g. `-10%`.)
#
# <details><summary>Hint</summary>
# A change in percent is (new − old) ÷ old, with "old" the value you start from.
# </details>

# %%
answer_q7 = "-48%"  # SOLUTION
check("q7", answer_q7)

# %% [markdown] tags=["solution"]
# **How to work it out.** Take the accounts served at 3 and at 5 from the third column.
# The change is (accounts at 5 − accounts at 3) ÷ accounts at 3: almost half the accounts
# drop out over two points of orientation, because hours per account grow faster and
# faster. Dividing by the value at 5 instead, or forgetting the minus sign, are the usual
# slips.

# %% [markdown]
# **Question 8.** At which orientation score does the salesperson serve fewer than **200**
# accounts for the first time?

# %%
answer_q8 = 4  # SOLUTION
check("q8", answer_q8)

# %% [markdown] tags=["solution"]
# **Where to look.** Go down the third column from orientation 1: the first row below 200
# is orientation 4. Orientation 3 still serves just over 200.

# %% [markdown]
# ### The same model, to explore
#
# Move the sliders: the sentence above the picture gives the model's hours per account
# and accounts served for your settings.

# %% tags=["nbval-ignore-output"]
from customer_king.explorers import time_cost_explorer

time_cost_explorer()

# %% [markdown]
# **Question 9.** A salesperson wins extra selling time: **1,500** selling hours a year
# instead of the default. How many accounts can they serve at orientation **5**? Set both
# sliders and read the sentence above the picture.

# %%
answer_q9 = 135  # SOLUTION
check("q9", answer_q9)

# %% [markdown] tags=["solution"]
# **Where to look.** With the orientation slider at 5 and the selling-hours slider at
# 1,500, the sentence reads the accounts served in bold. The hours per account do not
# change with the budget, so more hours serve proportionally more accounts.

# %% [markdown]
# ## Part C: what the research says
#
# **Question 10.** What did the meta-analysis by Franke & Park (2006) find about customer
# orientation and salespeople's performance?
#
# * **A** A strong positive link with objective sales figures
# * **B** A negative link in every kind of performance measure
# * **C** A link mainly when salespeople rated their own performance
# * **D** It did not look at performance

# %%
answer_q10 = C  # SOLUTION
check("q10", answer_q10)

# %% [markdown]
# **Question 11.** Which pair of results did Homburg, Müller & Klarmann (2011) report?
#
# * **A** Sales and customer satisfaction both keep rising with customer orientation
# * **B** Sales follow an inverted U; customers' attitudes keep improving
# * **C** Customers' attitudes follow an inverted U; sales keep rising
# * **D** Customer orientation has no link with either

# %%
answer_q11 = B  # SOLUTION
check("q11", answer_q11)

# %% [markdown] tags=["solution"]
# **Why these answers.** Franke & Park found that orientation goes with performance mainly
# when salespeople rate themselves; against objective sales the average link was close to
# zero (question 10, C). Homburg, Müller & Klarmann found the inverted U for sales, while
# customers' attitudes kept improving (question 11, B). Those two findings frame the kit.

# %% [markdown]
# ## Discuss with your neighbour (not graded)
#
# Think of your own most customer-oriented week. Which of the five stages took most of the
# extra time? Which of that time did the customer *pay* for, in orders or in share of
# their spend, and which did they simply enjoy?

# %% [markdown]
# ## Your progress

# %%
check.progress()

# %% [markdown]
# ## For analysts (optional)
#
# These questions ask you to compute with the model's functions in Python. They count
# separately: the set is done without them. The model's functions take orientation `c`
# between 0 and 1; convert a score with `model.from_seven_point(score)` and back with
# `model.to_seven_point(c)`.

# %%
from dataclasses import replace

from customer_king import model

# %% [markdown]
# **Question a1.** How many accounts does a salesperson with **1,350** selling hours serve
# at orientation **5.5**? A different budget is a different parameter set:
# `replace(model.DEFAULT, time_budget=...)`, passed to `model.accounts_covered`.

# %%
analyst_params = replace(model.DEFAULT, time_budget=this_set.ANALYST_BUDGET)  # SOLUTION
answer_a1 = model.accounts_covered(model.from_seven_point(this_set.ANALYST_SCORE), analyst_params)  # SOLUTION
check("a1", answer_a1)

# %% [markdown]
# **Question a2.** At which orientation, on the 1–7 scale, does the default salesperson
# serve exactly **120** accounts? (Two decimals are precise enough.)

# %%
import numpy as np

scores = np.linspace(1, 7, 60001)  # SOLUTION
served = model.accounts_covered(model.from_seven_point(scores))  # SOLUTION
answer_a2 = scores[np.argmin(abs(served - this_set.ANALYST_TARGET))]  # SOLUTION
check("a2", answer_a2)

# %% [markdown] tags=["solution"]
# **How.** a1: the budget is a parameter of the model, so make a copy of the defaults with
# another `time_budget`. a2: accounts served fall steadily with orientation, so a fine grid
# of scores (or a bisection) finds the one where the model serves 120 accounts.

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
