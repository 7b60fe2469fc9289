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
# | **Time** | 25 minutes |
# | **Goes with** | lesson [`notebooks/03_diminishing_returns.ipynb`](../notebooks/03_diminishing_returns.ipynb) |
# | **Questions** | 8 graded, 1 for discussion |
#
# **How this works.** Replace each `...` with your answer and run the cell (Shift + Enter).
# `check(...)` tells you at once whether it is right; if not, it gives a hint, and a more
# specific one on the next try. Multiple-choice answers are a letter such as `"B"`. The
# last cell shows your progress. Stuck? Compare with
# [`solutions/03_diminishing_returns.ipynb`](../solutions/03_diminishing_returns.ipynb) *after* trying.

# %%
from dataclasses import replace

import numpy as np
import matplotlib.pyplot as plt

from customer_king import cases, model, plots
from customer_king.exercise_sets import load

plots.use_kit_style()
ONE_POINT = model.ONE_POINT  # one point on the 1-7 scale: 1/6 in the model's 0-1 units
check = load("03_diminishing_returns")

# %% [markdown]
# ## Part A: what the next step buys
#
# **Question 1.** In the baseline model, how much do yearly sales change, in euros, when
# the salesperson moves from orientation **2** to orientation **3**? Use
# `model.marginal(model.sales, c, step=...)`.

# %%
extra_sales_2_to_3 = model.marginal(model.sales, model.from_seven_point(2), step=ONE_POINT)  # SOLUTION
check("q1", extra_sales_2_to_3)

# %% [markdown]
# The next plot shows the same kind of steps for a different salesperson: one who sells
# **tailor-made products** in a market with **fierce competition** (both moderators at +1).
# Each bar is what one step of one point adds to sales; the label on top gives the amount.

# %%
situation = model.moderated(individualized=1, competition=1)
steps = np.arange(1, 7)
extra = model.marginal(model.sales, model.from_seven_point(steps), situation, step=ONE_POINT)
fig, ax = plt.subplots(figsize=(10, 4.4))
plots.extra_sales_per_step(ax, extra, "Tailor-made products, fierce competition")
fig.tight_layout()
plt.show()

# %% [markdown]
# **Question 2.** Which is the first step that *loses* sales for this salesperson? Answer
# with the score the step starts from (for example `2` for the step 2→3).

# %%
first_losing_step = steps[extra < 0][0]  # SOLUTION
check("q2", first_losing_step)

# %% [markdown]
# ## Part B: profit versus sales
#
# The next plot shows the model's profit for a firm where tailoring is expensive: the
# customization cost of an account at orientation 7 is €15,000 a year instead of €2,500.

# %%
costly = replace(model.DEFAULT, customization_cost=15_000)
fig, ax = plt.subplots(figsize=(10, 4.4))
plots.profit_curve(ax, costly, "Profit when tailoring is expensive")
fig.tight_layout()
plt.show()

# %% [markdown]
# **Question 3.** At which orientation, on the 1–7 scale, does this profit curve peak?
# The nearest quarter point is precise enough.

# %%
profit_peak_score = model.to_seven_point(model.optimum(costly, "profit").orientation)  # SOLUTION
check("q3", profit_peak_score)

# %% [markdown]
# ## Part C: moderators
#
# **Question 4.** Homburg, Müller & Klarmann (2011) found that the optimum lies higher
# under fierce competition. In the model, by how many points on the 1–7 scale does the
# sales peak move when competitive intensity goes from the baseline to +1? Use
# `model.optimum(params, "sales")`, `model.moderated(competition=1)` and
# `model.to_seven_point`.

# %%
baseline_peak = model.to_seven_point(model.optimum(model.DEFAULT, "sales").orientation)  # SOLUTION
fierce_peak = model.to_seven_point(model.optimum(model.moderated(competition=1), "sales").orientation)  # SOLUTION
shift = fierce_peak - baseline_peak  # SOLUTION
check("q4", shift)

# %% [markdown]
# **Question 5.** What may you conclude from the shift you just computed?
#
# * **A** Under fierce competition, real salespeople should raise their orientation by exactly the shift computed in question 4
# * **B** The direction of the shift is a research finding; its size is the model's illustration
# * **C** Competition turns the inverted U into a curve that keeps rising
# * **D** Both the direction and the size were estimated by Homburg, Müller & Klarmann (2011)

# %%
answer_q5 = "B"  # SOLUTION
check("q5", answer_q5)

# %% [markdown]
# **Question 6.** Suppose being more customer-oriented took no extra hours per account
# (in the model: `hours_growth=0`). What would happen to the sales curve? Predict first,
# then test your answer with `model.optimum(replace(model.DEFAULT, hours_growth=0))` if
# you like.
#
# * **A** Sales would rise all the way to orientation 7: no peak inside the scale
# * **B** The peak would stay where it is
# * **C** Sales would fall at every step
# * **D** The peak would move to a lower orientation

# %%
answer_q6 = "A"  # SOLUTION
check("q6", answer_q6)

# %% [markdown]
# ## Part D: spreading hours over accounts
#
# Koen H. at Koningsvast spends his hours very unevenly. What would the
# equal-marginal-return rule do with the same total?

# %%
koen = cases.load_case().accounts_of("Koen H.")
wallets = koen["category_spend_eur"]
hours_now = koen["hours_per_year"]
print(f"Koen H.: {len(wallets)} accounts, {hours_now.sum():,.0f} hours a year in total")
print(f"His largest account: wallet €{wallets.max():,.0f}, {hours_now[np.argmax(wallets)]:.0f} hours a year")

# %% [markdown]
# **Question 7.** Split Koen's total hours over his accounts with
# `model.allocate_hours(wallets, budget, saturation_hours=40)`, where `budget` is the total
# of his current hours. How many hours a year does the rule give his largest account?
#
# <details><summary>Hint</summary>
# The function returns one number of hours per account, in the same order as
# <code>wallets</code>; <code>np.argmax(wallets)</code> is the position of the largest.
# </details>

# %%
plan = model.allocate_hours(wallets, hours_now.sum(), saturation_hours=40)  # SOLUTION
rule_hours_largest = plan[np.argmax(wallets)]  # SOLUTION
check("q7", rule_hours_largest)

# %% [markdown]
# **Question 8.** A salesperson serves two accounts, X and Y. One more hour on X would win
# €300 in sales, one more hour on Y €120. Both currently get time. What does the
# equal-marginal-return rule tell them to do?
#
# * **A** Move hours from Y to X until the next hour is worth the same on both
# * **B** Give both accounts the same number of hours
# * **C** Move hours from X to Y, because X already gets a lot of attention
# * **D** Stop serving Y altogether

# %%
answer_q8 = "A"  # SOLUTION
check("q8", answer_q8)

# %% [markdown] tags=["solution"]
# **Why these answers.** Question 1: one point on the 1–7 scale is a step of 1/6 in the
# model's units; the function's default step of 0.1 answers a different question.
# Question 2: read from the left, the first red bar; in code, `steps[extra < 0][0]`. The
# bars shrink step by step and turn negative later than in the lesson's baseline, because
# tailor-made products and fierce competition push the optimum up. Question 3: with expensive tailoring the profit curve peaks clearly below
# the sales peak of the baseline; every step past the profit peak adds more cost than
# margin. Questions 4 and 5: the shift is positive, as the paper found; its size comes
# from the model's chosen numbers and is not an estimate. Question 6: the time cost is
# what bends the curve down; without it every step adds share of wallet and loses no
# accounts, so sales rise to 7 (`model.optimum(replace(model.DEFAULT, hours_growth=0))`
# lands at the top of the scale).
#
# Question 7: the rule gives Koen's largest account far fewer hours than he spends on it
# now, and spreads the rest over accounts where the next hour buys more. Compare
# `plan` with `hours_now` account by account. The response curve behind the rule is the
# model's assumption, so the result is a prompt for a conversation with Koen, not a
# timetable. Question 8: hours should flow to where the next hour is worth more, until the
# values meet; equal hours or "the big account has had enough" are not the rule.

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
