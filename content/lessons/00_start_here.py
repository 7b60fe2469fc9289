# ---
# jupyter:
#   jupytext:
#     text_representation:
#       extension: .py
#       format_name: percent
# ---

# %% [markdown]
# # Is your customer king? Start here
#
# **Why this matters.** Most sales teams are told that the more customer-oriented a
# salesperson is, the better. Research on real sales encounters says: better for the
# customer's satisfaction, yes, but *not* always better for sales. This kit lets you
# see why, move the levers yourself, and check what you have understood.
#
# | | |
# |---|---|
# | **Time** | 10 minutes reading, 5 minutes trying |
# | **You will** | learn how the kit works: running cells, moving sliders, checking answers, tracking progress |
# | **You need** | nothing but this browser tab |

# %% [markdown]
# ## What this kit is
#
# A walk through five topics, each a **lesson** (explanation and slider explorers) and an
# **exercise set** (graded questions with instant feedback, hints and a worked solution).
#
# Everything you will see rests on two kinds of material, and the kit always says which is which:
#
# * **Research findings.** Above all Homburg, Müller & Klarmann (2011, *Journal of
#   Marketing*): across 56 sales managers, 195 salespeople and 538 of their customers,
#   customer orientation kept improving customers' attitudes, while its effect on sales
#   rose and then fell again (an inverted U).
# * **A stylized teaching model.** A small model whose *shape* follows that research:
#   orientation takes time, time is limited, and a customer buys only so much from any
#   one supplier. Its numbers are illustrations for thinking with, not estimates from
#   the study.

# %% [markdown]
# ## How to use a notebook
#
# * Run a cell with **Shift + Enter**. Run everything from the top with the menu
#   **Run → Run All Cells**. If anything looks odd (or the kernel restarted after you
#   were away), do that: every notebook rebuilds itself from the top.
# * In the lessons the code is folded away: you read text, tables and pictures and move
#   sliders. A folded cell shows as a thin bar with three dots (···); click it if you are
#   curious what the kit computes. You never *need* to read or change code.
# * In the exercise sets you type answers: replace `...` with a number (`3,5` and `3.5`
#   both work), a letter (`B`) or a list of names, and run the cell.
#
# The first cell of every notebook loads the kit:

# %%
from customer_king import model
from customer_king.explorers import warm_up_explorer
from customer_king.exercise_sets import load

# %% [markdown]
# ## How to use a slider
#
# An **explorer** is a picture with sliders. Drag a slider, or click it and use the arrow
# keys, and the picture and the sentence above it change at once.
#
# Try it below: a salesperson has 1,200 selling hours a year. The slider sets how many
# hours each customer account gets. **Before you move it, predict:** if every account gets
# twice as many hours, how many accounts can this salesperson still serve?

# %% tags=["nbval-ignore-output"]
warm_up_explorer()

# %% [markdown]
# Doubling the hours per account halves the accounts you can serve. That one piece of
# arithmetic is the engine behind much of this kit.

# %% [markdown]
# ## How to check an answer
#
# In the exercise sets you write an answer and call `check`. You get feedback straight
# away: **✔ Correct**, or **✘ Not yet** with a hint aimed at the most likely mix-up.
# Wrong tries are fine: the hints get more specific each time.
#
# Here is a warm-up. With 1,200 hours a year and 4 hours per account, how many accounts
# can the salesperson serve? Suppose someone answers 30:

# %% tags=["show-code"]
check = load("00_start_here")
check("accounts", 30)

# %% [markdown]
# The hint points at the likely slip. The right calculation:

# %% tags=["show-code"]
accounts = 1200 / 4
check("accounts", accounts)

# %% [markdown]
# At the end of each exercise set, `check.progress()` shows which questions are done,
# which are not yet right, and which you have not tried:

# %%
check.progress()

# %% [markdown]
# ## The route
#
# | # | Topic | You will be able to | Lesson | Exercises |
# |---|---|---|---|---|
# | 1 | [Customer orientation](01_customer_orientation.ipynb) | define it, name the five stages of a sales encounter, see why it costs time | 20 min | 20 min |
# | 2 | [Satisfaction versus sales](02_satisfaction_versus_sales.ipynb) | show why satisfaction keeps rising while sales peak | 25 min | 25 min |
# | 3 | [Diminishing returns](03_diminishing_returns.ipynb) | find the optimum and explain what moves it | 30 min | 25 min |
# | 4 | [Share of wallet](04_share_of_wallet.ipynb) | compute share and headroom; judge a 4th-supplier pitch | 20 min | 20 min |
# | 5 | [Warning signs of overservice](05_warning_signs_of_overservice.ipynb) | spot over-served accounts in a sales team's data | 25 min | 25 min |
# | 6 | [Your own accounts](06_your_own_accounts.ipynb) (optional) | run the same analyses on your own account list, privately | 30 min | – |
#
# Exercise sets sit in the `exercises/` folder (open the one with the same number), and
# worked solutions in `solutions/`: try first, then compare.

# %% [markdown]
# ## The case company
#
# The exercises use one fictional company throughout. **Koningsvast Technische
# Groothandel** is an industrial-supplies wholesaler near Tilburg: twelve account managers
# sell fasteners, tools, safety gear and maintenance supplies to about 300 businesses in
# Brabant, each of which also buys from one or two other suppliers. The team is proud of
# its customer-first attitude and its satisfaction scores are excellent, yet the sales
# director suspects that some accounts absorb hours, chats and special deliveries without
# buying any more. Is the customer king here, and should it be?
#
# The data are invented and stylized (see `src/customer_king/data/DATA_DICTIONARY.md`).

# %% [markdown]
# ## Key points
#
# * Run cells top to bottom (**Run → Run All Cells**) whenever in doubt.
# * Predict first, then move the slider: the surprise is where the learning is.
# * `check("question", answer)` gives instant feedback; `check.progress()` shows where you stand.
# * Research findings and the stylized model are always labelled as such.
#
# **Next:** [1. Customer orientation](01_customer_orientation.ipynb).
#
# ## References
#
# * Homburg, C., Müller, M., & Klarmann, M. (2011). When should the customer really be king?
#   On the optimum level of salesperson customer orientation in sales encounters.
#   *Journal of Marketing*, 75(2), 55–74.
