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
# | **Time** | 20 minutes |
# | **Goes with** | lesson [`notebooks/01_customer_orientation.ipynb`](../notebooks/01_customer_orientation.ipynb) |
# | **Questions** | 8 graded, 1 for discussion |
#
# **How this works.** Replace each `...` with your answer and run the cell (Shift + Enter).
# `check(...)` tells you at once whether it is right; if not, it gives a hint, and a more
# specific one on the next try. Multiple-choice answers are a letter such as `"B"`. The
# last cell shows your progress. Stuck? Open the hint under a question, or compare with
# [`solutions/01_customer_orientation.ipynb`](../solutions/01_customer_orientation.ipynb) *after* trying.

# %%
from customer_king import model
from customer_king.exercise_sets import load

check = load("01_customer_orientation")

# %% [markdown]
# ## Part A: the concept
#
# **Question 1.** Which of these describes salesperson customer orientation?
#
# * **A** How friendly and pleasant the salesperson is with customers
# * **B** The degree to which the salesperson finds out a customer's needs and acts to meet them during a sales encounter
# * **C** The share of a customer's purchases that goes to the salesperson's company
# * **D** How satisfied the customer is with the salesperson

# %%
answer_q1 = "B"  # SOLUTION
check("q1", answer_q1)

# %% [markdown]
# **Question 2.** Which of these are stages of a sales encounter in the five-stage view
# used by Homburg, Müller & Klarmann (2011)? Pick all that apply, e.g. `"A, C"`.
#
# * **A** Identifying the customer's needs and problems
# * **B** Presenting and demonstrating the offer
# * **C** Cold-calling new prospects
# * **D** Dealing with objections
# * **E** Sending the invoice and collecting payment
# * **F** Closing the sale
#
# <details><summary>Hint</summary>
# The five stages all happen <i>inside</i> one conversation with a customer who is
# considering a purchase: from understanding the need to the decision.
# </details>

# %%
answer_q2 = "A, B, D, F"  # SOLUTION
check("q2", answer_q2)

# %% [markdown]
# **Question 3.** A salesperson remembers the names of the buyer's children, asks about
# their holidays and invites the buyer to a football match. Which flavour of customer
# orientation is that?
#
# * **A** Functional customer orientation
# * **B** Relational customer orientation
# * **C** Selling orientation

# %%
answer_q3 = "B"  # SOLUTION
check("q3", answer_q3)

# %% [markdown]
# ## Part B: the time it takes (the stylized model)
#
# The model measures orientation on the scale from 1 (transactional) to 7 (the customer
# is king). Its functions take orientation `c` between 0 and 1; convert a score with
# `model.from_seven_point(score)`.
#
# **Question 4.** How many hours a year does one account take at orientation **5**?
# Use `model.hours_per_account`.
#
# <details><summary>Hint</summary>
# <code>model.hours_per_account(model.from_seven_point(5))</code> — the conversion matters.
# </details>

# %%
hours_at_5 = model.hours_per_account(model.from_seven_point(5))  # SOLUTION
check("q4", hours_at_5)

# %% [markdown]
# **Question 5.** With the default budget of 1,200 selling hours, how many accounts does
# that salesperson serve at orientation 5? Use `model.accounts_covered` (a fractional
# answer is fine).

# %%
served_at_5 = model.accounts_covered(model.from_seven_point(5))  # SOLUTION
check("q5", served_at_5)

# %% [markdown]
# **Question 6.** What **fraction** of the territory's 400 accounts is that? Answer as a
# fraction of 1 (a percentage such as `27` is also understood).

# %%
fraction_served_at_5 = served_at_5 / model.DEFAULT.n_accounts  # SOLUTION
check("q6", fraction_served_at_5)

# %% [markdown]
# ## Part C: what the research says
#
# **Question 7.** What did the meta-analysis by Franke & Park (2006) find about customer
# orientation and salespeople's performance?
#
# * **A** A strong positive link with objective sales figures
# * **B** A link mainly when salespeople rated their own performance
# * **C** A negative link in every kind of performance measure
# * **D** It did not look at performance

# %%
answer_q7 = "B"  # SOLUTION
check("q7", answer_q7)

# %% [markdown]
# **Question 8.** Which pair of results did Homburg, Müller & Klarmann (2011) report?
#
# * **A** Sales and customer satisfaction both keep rising with customer orientation
# * **B** Sales follow an inverted U; customers' attitudes keep improving
# * **C** Customers' attitudes follow an inverted U; sales keep rising
# * **D** Customer orientation has no link with either

# %%
answer_q8 = "B"  # SOLUTION
check("q8", answer_q8)

# %% [markdown] tags=["solution"]
# **Why these answers.** Customer orientation is a *behaviour* of the salesperson
# (question 1): share of wallet and satisfaction are outcomes it may lead to. Prospecting
# and invoicing happen outside the sales encounter (question 2). Personal attention is
# relational; needs analysis and fitting the offer would be functional (question 3). In
# the model, orientation 5 is `c = (5 − 1) / 6 ≈ 0.67`, so each account takes
# `4 × (1 + 4 × 0.67²) ≈ 11.1` hours and 1,200 hours serve about 108 of 400 accounts, 27 %
# (questions 4–6). Questions 7 and 8 are the two findings that frame the whole kit.

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
