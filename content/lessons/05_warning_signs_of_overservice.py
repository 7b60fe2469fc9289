# ---
# jupyter:
#   jupytext:
#     text_representation:
#       extension: .py
#       format_name: percent
# ---

# %% [markdown]
# # 5. Warning signs of overservice
#
# **Why this matters.** Overservice does not show up in a satisfaction survey: the customers
# who get it are delighted. It shows up in the diary and in the profit and loss account, as
# hours, chats and special deliveries that win no extra business. A team that can spot the
# signs in its own data can move time to where it still pays, without becoming any less
# customer-oriented.
#
# | | |
# |---|---|
# | **Time** | 25 minutes lesson, 25 minutes exercises (`exercises/05_warning_signs_of_overservice.ipynb`) |
# | **Prerequisites** | [4. Share of wallet](04_share_of_wallet.ipynb) (share, headroom, the ceiling); [1. Customer orientation](01_customer_orientation.ipynb) (the time it costs) |
#
# **Learning objectives.** After this lesson you can
# 1. **recognise** the warning signs of overservice and **say** which ones a sales team's
#    data can show;
# 2. **read** the signs per account and per salesperson, and **see** how they combine into the
#    stylized warning score;
# 3. **interpret** the green, amber and red bands as a prompt for a conversation, not a verdict;
# 4. **read** a whale curve of account profitability;
# 5. **identify** over-served accounts and the hours that could move to accounts with headroom;
# 6. **distinguish** high customer orientation from *misallocated* customer orientation.

# %%
import numpy as np
import matplotlib.pyplot as plt

from customer_king import cases, lesson_tables, overservice, plots
from customer_king.explorers import warning_score_explorer

plots.use_kit_style()
case = cases.load_case()
acc = case.accounts

# %% [markdown]
# ## What overservice is
#
# **Overservice** is effort on an account beyond what the account's value or potential
# returns: hours, attention and special treatment that the customer enjoys but does not
# repay in purchases or share of wallet. It is not bad service, and it is not the same as
# high customer orientation. It is customer orientation spent in the wrong place.
#
# Research gives two reasons to expect it. Customer orientation costs time and adds
# complexity costs, which Homburg, Müller & Klarmann (2011) use to explain why sales peak and
# then fall. And salespeople tend to underestimate those costs: Franke & Park (2006) warned
# that implementing customer-oriented selling may cost more than salespeople realise.
# Anderson & Onyemah (2006) put the manager's question bluntly: how right should the
# customer be?

# %% [markdown] slideshow={"slide_type": "slide"}
# ## Overservice is customer orientation spent where the account cannot repay it.
#
# Not bad service, and not the same as high orientation.

# %% [markdown] slideshow={"slide_type": "notes"}
# Research gives two reasons to expect it: orientation costs time and complexity (Homburg,
# Müller & Klarmann 2011), and salespeople underestimate those costs (Franke & Park 2006).
# Anderson & Onyemah (2006): how right should the customer be?

# %% [markdown]
# ## The warning signs
#
# The sales-training blog that inspired this kit observed that very customer-oriented
# salespeople often
#
# 1. give **less valuable accounts** the treatment meant for the best ones;
# 2. spend much of their contact time on **talk that is not about business**;
# 3. spend a **disproportionate amount of time** per customer;
# 4. ask colleagues for a lot of **internal service**: rush deliveries, custom work,
#    expediting.
#
# Lesson 4 adds a fifth: **effort on accounts already near the ceiling**, where more hours
# cannot buy more share. Two more follow from earlier lessons: **concessions without a price
# premium** (Homburg, Müller & Klarmann found that a premium-price strategy is one of the
# situations that justify more orientation, lesson 3) and **satisfaction rising while sales
# stay flat** (lesson 2). Koningsvast's table has no price data and covers one year only, so
# those two cannot be measured here; the score simply leaves them out.
#
# Each sign has a **threshold**, where it starts to count, and a **range** over which it
# grows to full weight. The numbers are illustrations, not research findings:

# %%
lesson_tables.warning_signs()

# %% [markdown] slideshow={"slide_type": "slide"} visual="steps"
# ## A practitioner blog observed that very customer-oriented salespeople often show four warning signs.
#
# 1. Top treatment for less valuable accounts
# 2. Much talk that is not about business
# 3. Disproportionate time per customer
# 4. Many internal service requests

# %% [markdown] slideshow={"slide_type": "notes"}
# The four signs are an observation of the sales-training blog that inspired the kit, not a
# research finding; each is backed by a source in the lesson. Lesson 4 adds a fifth: effort on
# accounts already near the ceiling. Concessions without a price premium and satisfaction
# rising while sales stay flat cannot be measured in the case data.

# %% [markdown]
# ## One sign up close: hours against the tier benchmark
#
# Suppose a typical small account gets 10 hours a year and one of them gets 30. That account
# gets three times its **tier benchmark**. Koningsvast sorts its accounts into tiers by
# category spend (A = biggest 12 %, B = next 38 %, C = bottom half); we take the median hours
# of each tier as its benchmark and divide every account's hours by it.

# %%
display(lesson_tables.tier_benchmarks(case))
lesson_tables.overserved_by_salesperson(case)

# %%
benchmark = overservice.tier_benchmark_hours(acc)
over = overservice.overserved_accounts(acc)  # 2.2 times the benchmark or more: the sign at full weight
fig, ax = plots.subplots()
plots.hours_against_spend(ax, acc["category_spend_eur"], acc["hours_per_year"], acc["tier"],
                          benchmark, over)
fig.tight_layout()
plt.show()

# %% [markdown]
# The diamonds sit mostly on the left, far above their tier's dashed line: small customers
# served with the hours of much bigger ones. That is sign 1 of the blog's list, and it is cheap to measure: a tier label and
# an hour log are all it takes.

# %% [markdown] slideshow={"slide_type": "slide"} visual="question"
# ## Predict first.
#
# In the fictional case data, what share of total profit do the most profitable fifth of
# accounts earn: about 60 %, about 100 %, or well over 100 %?

# %% [markdown] slideshow={"slide_type": "notes"}
# Take three or four guesses before showing the next slide.

# %% [markdown] tags=["predict"] reveals=["167%", "189%", "earned by the most profitable 20%"]
# ## What over-served accounts earn: the whale curve
#
# Profit per account is gross margin minus the **cost to serve**: account-manager hours,
# internal requests and a fixed cost per account (`cases.account_profit`). Rank the accounts
# from most to least profitable and add up their profit as you go. The running total climbs,
# peaks above 100 % of total profit, and then falls back to 100 % as the loss-making accounts
# come in. The shape gives it its name: the **whale curve**.
#
# Commonly reported ranges say that the most profitable fifth of customers can produce 150 to
# 300 % of total profit, while the least profitable customers lose much of it again. The
# idea is often attributed to Robert Kaplan's work on customer profitability; treat those
# ranges as typical figures from the cost-accounting literature, not laws.
#
# **Predict first:** what share of Koningsvast's total profit do its most profitable 20 % of
# accounts earn: (a) about 60 %, (b) about 100 %, (c) well over 100 %? Write your guess
# down, then open the table below and look at the curve.

# %%
lesson_tables.whale_summary(case)

# %%
profit = cases.account_profit(acc)
fig, ax = plots.subplots()
plots.overserved_on_whale_curve(ax, profit, over)
fig.tight_layout()
plt.show()

# %% [markdown]
# The curve's tail, where it falls, is where the profit leaks away, and that is where the
# over-served accounts gather. Koningsvast's data are fictional and stylized; their shape was
# built to follow the commonly reported pattern, so the point is the shape, not the exact
# percentage.

# %% [markdown] slideshow={"slide_type": "slide"} visual="chart:whale_curve"
# ## In the fictional case data, the most profitable fifth of accounts earns more than the whole profit.

# %% [markdown] slideshow={"slide_type": "notes"}
# Profit per account = gross margin − cost to serve. The running total climbs above 100 % and
# falls back as loss-making accounts come in: the whale curve. Commonly reported ranges (the
# top fifth producing 150–300 % of profit) are typical figures from the cost-accounting
# literature, often attributed to Kaplan, not laws.

# %% [markdown]
# ## The warning score
#
# One sign alone can mislead: a salesperson with a few small, demanding accounts may score
# high on one sign for good reasons. The **warning score** combines the signs.
#
# A worked example first. Suppose a salesperson spends 45 % of contact time on non-sales
# talk. That sign starts counting at 30 % and reaches full weight at 70 %, so 45 % is
# (45 − 30) / 40 = 37.5 % of the way. With five signs weighted equally, each can add at
# most 20 points, so this one adds 37.5 % × 20 = 7.5 points. The score adds up the points
# of all signs:
#
# $$\text{score} = 100 \times \sum_i w_i \cdot \operatorname{clip}\!\left(\frac{x_i - \theta_i}{r_i},\ 0,\ 1\right), \qquad \sum_i w_i = 1$$
#
# where $x_i$ is the indicator, $\theta_i$ its threshold, $r_i$ its range and $w_i$ its
# weight. Below 30 the score is **green**, from 30 to 60 **amber**, above 60 **red**. The
# formula, thresholds and bands are **stylized**: a team using this for real would calibrate
# them on its own data.

# %%
lesson_tables.worked_example()

# %% [markdown]
# Now the real team. For each salesperson the kit computes the five signs from their
# accounts: hours against the tier benchmark (a ratio, 1 = in line), the share of hours on
# small accounts minus their share of spend, the share of contact time on non-sales talk
# (weighted by hours, so a chatty hour with a big account counts as much as one with a
# small account), internal requests against the team median (a ratio), and the share of
# hours on accounts already near the ceiling.

# %%
display(lesson_tables.team_signs(case))
lesson_tables.team_bands(case)

# %% [markdown] slideshow={"slide_type": "slide"} visual="chart:warning_scores"
# ## The kit's stylized warning score combines the signs; in the fictional case it flags a few.
#
# Bands are the model's: below 30 green, 30–60 amber, above 60 red.

# %% [markdown] slideshow={"slide_type": "notes"}
# Score = 100 × Σ weight × clip((indicator − threshold) / range, 0, 1). Formula, thresholds and
# bands are stylized: a team using it for real would calibrate them on its own data. One sign
# alone can mislead; the score combines them.

# %% [markdown] slideshow={"slide_type": "slide"} visual="predict"
# ## Predict first.

# %% [markdown] slideshow={"slide_type": "slide"} visual="explorer"
# ## In the model, the score is an average: dropping a sign can raise a flagged person's score.

# %% [markdown] tags=["predict"] reveals=["Only non-sales talk counts", "Score without the ceiling sign"]
# ### Explore: which signs should count?
#
# The equal weights are a choice. A sales director who finds chatting harmless, or who cares
# most about hours, would weigh the signs differently. The explorer lets you do that; the
# bars show how many points each sign adds.
#
# **Predict first**, then move the sliders (the table above holds what you need):
#
# 1. Set every weight to 0 except *non-sales talk*. How many of the flagged salespeople stay
#    amber or red?
# 2. Back to all weights at 1, then set only *hours on accounts near the ceiling* to 0. Does
#    Fleur B.'s score go up or down? (Look at how long her yellow segment is first.)

# %% tags=["nbval-ignore-output"]
warning_score_explorer(case)

# %%
display(lesson_tables.talk_only(case))
lesson_tables.without_ceiling_sign(case)

# %% [markdown]
# Two lessons from the sliders. First, no single sign finds the over-servers on its own;
# they stand out because several signs point the same way. Second, the score is an average:
# dropping a sign on which someone scores *low* pushes their score *up*. Whoever sets the
# weights shapes the verdict, which is one more reason to treat the bands as a starting point
# for a conversation.

# %% [markdown]
# ## High orientation is not the problem on its own: Sanne K.
#
# Look at who is flagged. In Koningsvast's data the three most customer-oriented
# salespeople are exactly the three in amber or red: at the top of the scale, over-service
# is common here. But high orientation is not *sufficient* for it. Sanne K. is the fourth
# most customer-oriented person on the team, and her score is among the lowest.

# %%
lesson_tables.orientation_profiles(case, lesson_tables.flagged(case) + ["Sanne K."])

# %% [markdown]
# Sanne's customers are highly satisfied too. But she spends little time on accounts that
# cannot give her more, keeps her small accounts lean, and earns far more per hour. So the
# warning sign is not high customer orientation as such; it is customer orientation spent
# where it cannot pay, which is what the top three do. (Koningsvast is a fictional case,
# built with such a contrast in it: the point is the pattern to look for, not a finding.)
# Summaries of Homburg, Müller & Klarmann's work put its message as *calibrating*
# customer orientation to the selling situation rather than maximising it (our paraphrase
# of secondary summaries, not the authors' words). This lesson takes the same question
# down to the single account: how oriented, and *where*?

# %% [markdown] slideshow={"slide_type": "slide"}
# ## High orientation is not the problem on its own: orientation spent where it cannot pay is.
#
# Fictional case: Sanne K. is highly oriented, yet scores among the lowest.

# %% [markdown] slideshow={"slide_type": "notes"}
# Sanne spends little time on accounts that cannot give more, keeps small accounts lean and
# earns far more per hour. Koningsvast is built with this contrast in it: the pattern to look
# for, not a finding. Summaries of Homburg, Müller & Klarmann put the message as calibrating
# orientation rather than maximising it (our paraphrase of secondary summaries).

# %% [markdown]
# ### One year of data is not the whole story
#
# Koningsvast's table covers one year. Two verified studies warn against judging customer
# orientation on that alone:
#
# * **Jaramillo & Grisaffe (2009)** followed salespeople in direct selling over time:
#   customer orientation did not raise their first sales, but it did raise the *growth* of
#   their sales. Its benefits may show later.
# * **Wachner, Plouffe & Grégoire (2009)** found that customer orientation paid off only
#   when the salesperson also had the selling skills to turn it into business.
#
# So before moving hours away from a highly oriented salesperson, ask whether those
# accounts are growing, and whether coaching in selling skills would let the orientation
# pay. A warning score opens that conversation; it does not close it.

# %% [markdown]
# ## Where the time could go
#
# For each flagged salesperson: how many hours would come free if every over-served account
# were brought back to 1.2 times its tier benchmark (where sign 1 starts counting), what do
# those hours cost, and how do the same people treat their *biggest* accounts?

# %%
lesson_tables.hours_to_free(case)

# %% [markdown]
# Read the columns side by side: the hours that over-served small accounts absorb are a
# large part of a year, and in some portfolios the biggest accounts, which still hold
# headroom, get *less* than their benchmark at the same time. An over-served small account
# and an under-served big one can sit in the same portfolio.
#
# **When it costs most.** The blog that inspired the kit adds that over-service hurts most
# when the economy is doing well. The reason is opportunity cost: when demand is strong,
# customers with headroom are ready to buy more, so every hour absorbed by an account that
# cannot give more is business left to a competitor. In a slack market the same hour costs
# less, because there is less to win elsewhere.
#
# Other salespeople have the opposite problem: their A accounts get far *fewer* hours than
# the benchmark while holding much of the team's headroom. That is under-service, the other
# side of the same allocation question (lesson 3's equal-marginal-return rule). The next cell
# finds the two whose A accounts get the least time.

# %%
lesson_tables.least_time_on_a_accounts(case)

# %% [markdown]
# ## When extra service is not overservice
#
# The score flags patterns; it cannot see intentions. Hours well above the benchmark can be
# the right call:
#
# * **building a new account** that has large headroom and where you can rank first or
#   second (lesson 4): early in the customer life cycle, while extra effort still brings
#   extra sales, the customer may well be king;
# * selling **individualized products**, pursuing a **premium-price strategy** or facing
#   **fierce competition**: Homburg, Müller & Klarmann found the best level of orientation is
#   higher in exactly those situations (lesson 3);
# * **a reference customer or a strategic partner**, where satisfaction itself is the goal
#   and the company has decided so;
# * **fixing a real problem** once, after which the hours go back to normal.
#
# Ask the salesperson before drawing conclusions. The aim is not less customer orientation,
# but customer orientation where it still pays.

# %% [markdown] slideshow={"slide_type": "slide"}
# ## Extra service is not overservice when it is a deliberate investment.
#
# * A new account with large headroom
# * Where research finds a higher best level: individualized products, premium prices, fierce competition
# * A reference customer; fixing a real problem once

# %% [markdown] slideshow={"slide_type": "notes"}
# The score flags patterns; it cannot see intentions. Ask the salesperson before drawing
# conclusions. The aim is not less customer orientation, but customer orientation where it
# still pays. The moderators' direction is Homburg, Müller & Klarmann's (2011) finding.

# %% [markdown]
# ## Key points
#
# * **Overservice** is effort beyond what an account's value or potential returns. The
#   blog's four signs (small accounts treated like big ones, non-sales talk, disproportionate
#   time, internal service demands) plus effort near the share-of-wallet ceiling can be
#   measured from account data; concessions and satisfaction-versus-sales trends need more.
# * Each sign becomes an indicator (hours ÷ tier benchmark, hour-weighted non-sales share,
#   and so on); the **warning score** adds their clipped, weighted distances past a threshold.
# * The **bands** (green below 30, amber 30–60, red above 60) are stylized, and the weights
#   shape the result: use them to start a conversation, not to pass a verdict.
# * A **whale curve** ranks accounts by profit after cost to serve and accumulates it; the
#   most profitable fifth commonly earns well over 100 % of the total, and over-served
#   accounts gather on the falling tail.
# * Over-served accounts free hours that can go to accounts with **headroom**, often the
#   salesperson's own neglected big accounts.
# * In the case, the most customer-oriented salespeople are the ones flagged, yet high
#   orientation is not sufficient for over-service (Sanne K.): **misallocated** orientation
#   is the problem. One year of data can miss benefits that show later in sales growth
#   (Jaramillo & Grisaffe 2009), and orientation pays only with selling skills (Wachner,
#   Plouffe & Grégoire 2009).
#
# **Next:** the exercises in [`exercises/05_warning_signs_of_overservice.ipynb`](../exercises/05_warning_signs_of_overservice.ipynb). Then take the
# discussion questions to your own team's data.
#
# ## References
#
# * Anderson, E., & Onyemah, V. (2006). How right should the customer be? *Harvard Business
#   Review*, 84(7/8), 59–67.
# * Franke, G. R., & Park, J.-E. (2006). Salesperson adaptive selling behavior and customer
#   orientation: A meta-analysis. *Journal of Marketing Research*, 43, 693–702.
# * Jaramillo, F., & Grisaffe, D. B. (2009). *Journal of Personal Selling & Sales
#   Management*, 29(2), 167–178.
# * Wachner, T., Plouffe, C. R., & Grégoire, Y. (2009). *Industrial Marketing Management*,
#   38, 32–44.
# * Homburg, C., Müller, M., & Klarmann, M. (2011). When should the customer really be king?
#   On the optimum level of salesperson customer orientation in sales encounters.
#   *Journal of Marketing*, 75(2), 55–74.
# * The whale curve: the ranges (top 20 % of customers earning 150–300 % of profit) are
#   commonly reported in the cost-to-serve literature and often attributed to Robert Kaplan's
#   work on customer profitability (with Cooper, and with Narayanan); we cite them from
#   secondary sources and have not checked the original wording.
# * The four behaviours in "The warning signs" come from a Dutch sales-training blog post of
#   12 September 2018, the starting point of this kit.
