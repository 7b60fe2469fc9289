# ---
# jupyter:
#   jupytext:
#     text_representation:
#       extension: .py
#       format_name: percent
# ---

# %% [markdown]
# # Exercises 3: diminishing returns
#
# | | |
# |---|---|
# | **Time** | 25 minutes (the optional part for analysts: 10 more) |
# | **Goes with** | lesson [`notebooks/03_diminishing_returns.ipynb`](../notebooks/03_diminishing_returns.ipynb) |
# | **Questions** | 9 graded, no programming needed; 2 optional for analysts; 1 for discussion |
#
# **How this works.** Run the first cell (Shift + Enter). For each question, replace the
# `...` after the `=` with your answer and run the cell: `check(...)` tells you at once
# whether it is right, and if not, gives a hint (a more specific one on the next try).
#
# * A **letter** needs no quotes: `answer_q5 = B`.
# * A **number** as you write it: `3.25`, `3,25`, `2,500,000` or `"€ 2.500.000"` all work.
#
# Every answer can be read or worked out from what the notebook shows; all charts and
# tables are the teaching model's (illustrations, not measurements) or the invented case
# company's. Stuck? Compare with
# [`solutions/03_diminishing_returns.ipynb`](../solutions/03_diminishing_returns.ipynb) *after* trying.

# %%
from customer_king.checks import A, B, C, D
from customer_king.answers_file import AnswersFile
from customer_king.exercise_sets import load, set03_diminishing_returns as this_set

check = load("03_diminishing_returns")
# Remembers each answer you check, for "Download my answers" at the end (Binder deletes idle sessions).
answers = AnswersFile(check)

# %% [markdown]
# ## Part A: what the next step buys
#
# What does one more point of orientation add to the model's yearly sales? Each row is one
# step of one point.

# %%
this_set.steps_table()

# %% [markdown]
# **Question 1.** How much do yearly sales change, in euros, when the salesperson moves
# from orientation **2** to orientation **3**?

# %%
answer_q1 = 2_575_000  # SOLUTION
check("q1", answer_q1)

# %% [markdown] tags=["solution"]
# **Where to look.** The row "2 → 3". Each row is smaller than the one above it: every
# step adds less than the step before, and from one step on it takes sales away. That is
# what diminishing returns means.

# %% [markdown]
# The next chart shows the same kind of steps for a different salesperson: one who sells
# **tailor-made products** in a market with **fierce competition** (both moderators at +1).
# Each bar is what one step adds to sales; the label on top gives the amount in € million.

# %%
this_set.steps_figure()

# %% [markdown]
# **Question 2.** Which is the first step that *loses* sales for this salesperson? Answer
# with the score the step starts from (for example `2` for the step 2→3).

# %%
answer_q2 = 5  # SOLUTION
check("q2", answer_q2)

# %% [markdown] tags=["solution"]
# **Where to look.** Read the bars from the left: the first one below the zero line (and
# in the loss colour) is labelled 5→6, so the answer is 5. The bars turn negative later
# than in the baseline table above, because tailor-made products and fierce competition
# push the optimum up.

# %% [markdown]
# ## Part B: profit versus sales
#
# The next chart shows the model's profit for a firm where tailoring is expensive: the
# customization cost of an account at orientation 7 is €15,000 a year instead of the
# model's default.

# %%
this_set.profit_figure()

# %% [markdown]
# **Question 3.** At which orientation, on the 1–7 scale, does this profit curve peak?
# The nearest quarter point is precise enough.

# %%
answer_q3 = 3.0  # SOLUTION
check("q3", answer_q3)

# %% [markdown] tags=["solution"]
# **Where to look.** The highest point of the curve, read down to the horizontal axis,
# which has a grid line every quarter point: about at 3. That is clearly below the model's
# sales peak (lesson 2): every step past the profit peak adds more cost than margin.

# %% [markdown]
# ## Part C: moderators
#
# Homburg, Müller & Klarmann (2011) found that the optimum lies higher under fierce
# competition. Move the sliders of the explorer: the sentence under them gives where the
# model's sales and profit peak, and how far each moved from the baseline.

# %% tags=["nbval-ignore-output"]
from customer_king.explorers import moderator_explorer

moderator_explorer()

# %% [markdown]
# **Question 4.** Set competitive intensity to **+1** and the other two sliders to 0. By
# how many points on the 1–7 scale does the model's sales peak move?

# %%
answer_q4 = 0.34  # SOLUTION
check("q4", answer_q4)

# %% [markdown] tags=["solution"]
# **Where to look.** The sentence under the sliders: "a shift of +… points" right after
# the sales peak. Positive: the peak moves up, in the direction the paper found.

# %% [markdown]
# **Question 5.** What may you conclude from the shift you just read?
#
# * **A** Under fierce competition, real salespeople should raise their orientation by exactly the shift you read in question 4
# * **B** Competition turns the inverted U into a curve that keeps rising
# * **C** The direction of the shift is a research finding; its size is the model's illustration
# * **D** Both the direction and the size were estimated by Homburg, Müller & Klarmann (2011)

# %%
answer_q5 = C  # SOLUTION
check("q5", answer_q5)

# %% [markdown] tags=["predict"] reveals=["peak at the top of the scale"]
# **Question 6. Predict first.** Suppose being more customer-oriented took no extra hours
# per account. What would happen to the model's sales curve? Answer *before* you run the
# cell after the check: it shows the model's answer.
#
# * **A** The peak would stay where it is
# * **B** Sales would rise all the way to orientation 7: no peak inside the scale
# * **C** Sales would fall at every step
# * **D** The peak would move to a lower orientation

# %%
answer_q6 = B  # SOLUTION
check("q6", answer_q6)

# %% [markdown]
# <details><summary><b>Check your prediction</b> (open after answering)</summary>
# Without the time cost, the model's sales peak at the top of the scale: every point of
# orientation still adds share of wallet, and no account is lost. The next cell shows
# both peaks.
# </details>

# %%
this_set.time_cost_reveal()

# %% [markdown] tags=["solution"]
# **Why B.** The time cost is what bends the curve down: each point of orientation costs
# hours and so accounts. Without it every step still adds share of wallet and loses no
# account, so sales rise to the top of the scale, as the table shows.

# %% [markdown]
# ## Part D: spreading hours over accounts
#
# Koen H. at Koningsvast spends his hours very unevenly. The table shows his accounts,
# largest wallet first, with his hours now and what the equal-marginal-return rule would
# give each account from the same total. (The rule's response curve is the model's
# assumption: read the result as a prompt for a conversation with Koen, not a timetable.)

# %%
this_set.koen_table()

# %% [markdown]
# **Question 7.** How many hours a year does the rule give Koen's largest account?

# %%
answer_q7 = 139.3  # SOLUTION
check("q7", answer_q7)

# %% [markdown]
# **Question 8.** For how many of Koen's accounts does the rule give *more* hours than he
# spends now?

# %%
answer_q8 = 12  # SOLUTION
check("q8", answer_q8)

# %% [markdown] tags=["solution"]
# **Where to look.** Question 7: the first row (the largest wallet), last column: far fewer
# hours than Koen spends there now. Question 8: compare the last two columns row by row
# and count the rows where the rule's hours are larger. The hours taken from the accounts
# he over-serves go to accounts where the next hour buys more; the smallest get none.

# %% [markdown]
# **Question 9.** A salesperson serves two accounts, X and Y. One more hour on X would win
# €300 in sales, one more hour on Y €120. Both currently get time. What does the
# equal-marginal-return rule tell them to do?
#
# * **A** Move hours from Y to X until the next hour is worth the same on both
# * **B** Give both accounts the same number of hours
# * **C** Move hours from X to Y, because X already gets a lot of attention
# * **D** Stop serving Y altogether

# %%
answer_q9 = A  # SOLUTION
check("q9", answer_q9)

# %% [markdown] tags=["solution"]
# **Why A.** Hours should flow to where the next hour is worth more, until the values
# meet; equal hours, or "the big account has had enough", are not the rule.

# %% [markdown]
# ## Discuss with your neighbour (not graded)
#
# Think of your largest account and one of your smaller ones. Roughly how many hours did
# each get last quarter? What would one more hour have won at each? Would you move any
# hours, and what would stop you?

# %% [markdown]
# ## Your progress

# %%
check.progress()

# %% [markdown]
# ## For analysts (optional)
#
# These questions ask you to compute with the model in Python. They count separately: the
# set is done without them. One point on the 1–7 scale is `model.ONE_POINT` in the model's
# 0–1 units.

# %%
import numpy as np

from customer_king import cases, model

# %% [markdown]
# **Question a1.** A firm with a premium-price strategy (`model.moderated(premium_price=1)`):
# how much do the model's yearly sales change, in euros, for the step from orientation
# **4.5** to **5.5**? Use `model.marginal(model.sales, c, params, step=...)`.

# %%
premium = model.moderated(**this_set.ANALYST_SITUATION)  # SOLUTION
start = model.from_seven_point(this_set.ANALYST_SCORE)  # SOLUTION
answer_a1 = model.marginal(model.sales, start, premium, step=model.ONE_POINT)  # SOLUTION
check("a1", answer_a1)

# %% [markdown]
# **Question a2.** Spread Koen's total hours with
# `model.allocate_hours(wallets, budget, saturation_hours=20)`: how many hours does his
# largest account get?

# %%
koen = cases.load_case().accounts_of(this_set.ALLOCATION_SALESPERSON)
wallets, hours_now = koen["category_spend_eur"], koen["hours_per_year"]
plan = model.allocate_hours(wallets, hours_now.sum(), saturation_hours=this_set.ANALYST_SATURATION_HOURS)  # SOLUTION
answer_a2 = plan[np.argmax(wallets)]  # SOLUTION
check("a2", answer_a2)

# %% [markdown] tags=["solution"]
# **How.** a1: `model.marginal` returns what the whole step adds; dividing by the step
# size would give a rate per unit of the 0–1 scale instead. a2: with a smaller
# `saturation_hours` each account's response to extra hours levels off sooner, so extra
# hours on the largest account stop paying earlier and the rule gives it fewer.

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
