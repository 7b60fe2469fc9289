# ---
# jupyter:
#   jupytext:
#     text_representation:
#       extension: .py
#       format_name: percent
# ---

# %% [markdown]
# # 3. Diminishing returns: what the next step of orientation buys
#
# **Why this matters.** Lesson 2 showed that sales peak while satisfaction keeps rising.
# For a salesperson planning next week, or a manager coaching a team, the useful question
# is not "is customer orientation good?" but "what does the *next* step of it buy, here,
# with these customers?" This lesson answers it at the margin: step by step, in profit as
# well as sales, in different selling situations, and account by account.
#
# | | |
# |---|---|
# | **Time** | 30 minutes lesson, 25 minutes exercises (`exercises/03_diminishing_returns.ipynb`) |
# | **Prerequisites** | [Lesson 2, satisfaction versus sales](02_satisfaction_versus_sales.ipynb): sales = share of wallet × wallet served |
#
# **Learning objectives.** After this lesson you can
# 1. **calculate** with the model what one more step of orientation adds to sales;
# 2. **explain** how a time budget, accounts served, a share ceiling and the cost to serve
#    together produce the inverted U;
# 3. **compare** the orientation that maximizes profit with the one that maximizes sales;
# 4. **predict** in which direction individualized products, a premium-price strategy and
#    competitive intensity move the best level of orientation, and tell that research
#    finding apart from the model's sizes;
# 5. **apply** the equal-marginal-return rule to split selling hours over accounts.

# %%
import numpy as np
import matplotlib.pyplot as plt
from customer_king import lesson_tables, model, plots
from customer_king.explorers import moderator_explorer

plots.use_kit_style()

# %% [markdown]
# ## What the next step buys
#
# Take the model's salesperson one point at a time up the orientation scale and write down
# what each step adds: to satisfaction (in scale points) and to sales (in euros a year).

# %%
lesson_tables.returns_per_step()

# %% [markdown]
# Both columns shrink as you go down: every step adds less than the one before. That is
# **diminishing returns**. The sales column does more than shrink: after a few steps it
# turns negative. A step that takes sales *down* is a **negative return**, "too much of a
# good thing". Satisfaction never gets there in this model.
#
# What the table computes is the **marginal** value of a step: the value one step up
# minus the value here,
#
# $$\text{marginal sales}(c) = \text{sales}(c + \Delta) - \text{sales}(c),$$
#
# with a step $\Delta$ of one point on the 1–7 scale. (For the curious: the kit's
# `model.marginal` computes it; the model measures orientation from 0 to 1, so one point
# is a step of 1/6 there.)

# %%
fig, (ax_satisfaction, ax_sales) = plots.subplots(1, 2)
plots.returns_per_step(ax_satisfaction, ax_sales)
fig.tight_layout()
plt.show()

# %% [markdown]
# The best level of orientation for sales lies where the marginal sales reach zero: below
# it one more step still adds sales, above it one more step loses them. That is the
# **optimum**, the top of the inverted U.

# %% [markdown] slideshow={"slide_type": "slide"} visual="chart:returns_per_step"
# ## In the model, every step of orientation adds less than the one before, and late steps lose sales.

# %% [markdown] slideshow={"slide_type": "notes"}
# Diminishing returns, then negative returns: "too much of a good thing". Marginal sales are
# sales one step up minus sales here. The optimum lies where marginal sales reach zero.
# Satisfaction never turns negative in this model.

# %% [markdown]
# ## Why the inverted U emerges
#
# Nothing in the model says "sales shall peak". The peak comes out of four ingredients.
#
# | Ingredient | In the model | Research or assumption? |
# |---|---|---|
# | A fixed **time budget** | 1,200 selling hours a year | assumption (a salesperson's time is limited) |
# | Orientation takes **time per account** | hours per account grow with the square of orientation | the cost of time is part of Homburg, Müller & Klarmann's reasoning; the formula is ours |
# | So fewer **accounts are served**, smallest first | accounts served = budget ÷ hours per account | assumption: sensible priorities |
# | **Share of wallet** flattens below a **ceiling** | each step closes a fixed part of the gap to the 80 % ceiling | the ceiling is a practitioner rule of thumb; the formula is ours |
#
# A fifth ingredient, the **cost to serve**, matters for profit; it comes in the next
# section. Response curves that rise from a floor and flatten towards a ceiling are an old
# tool of marketing models: Little (1970) built them from managers' own judgements.
#
# A simulation lets us do what the field cannot: switch one ingredient off and see what
# happens to the peak.

# %%
lesson_tables.variants_and_peaks()

# %% [markdown]
# What the table says:
#
# * **Without extra hours** there is no peak inside the scale: sales rise all the way to 7.
#   The time cost is what bends the curve down.
# * **Lifting the ceiling** raises sales but hardly moves the peak. Share still flattens,
#   because each step wins a fixed part of what is left to win; the ceiling only sets where
#   the flattening ends.
# * **The size of the accounts you drop matters.** If all accounts are equally large,
#   every account you give up costs as much as any other, and the peak comes early. If a
#   few accounts hold most of the spending (key-account selling), the accounts you drop are
#   tiny and the peak moves up.
#
# These are properties of the model, chosen to echo the research; they are not
# measurements.

# %% [markdown] slideshow={"slide_type": "slide"}
# ## In the model, the peak is not built in: it emerges as time runs out.
#
# | Ingredient | Basis |
# |---|---|
# | fixed selling hours | assumption |
# | more hours per account | research reasoning |
# | share flattens below a ceiling | ceiling: rule of thumb |

# %% [markdown] slideshow={"slide_type": "notes"}
# The cost of time is part of Homburg, Müller & Klarmann's reasoning; every formula is the
# model's. Switch the time cost off and the peak disappears: sales rise all the way to 7.
# Lifting the ceiling hardly moves the peak; concentrated accounts (key-account selling) move
# it up. Response curves from a floor to a ceiling go back to Little (1970).

# %% [markdown]
# ## Profit versus sales
#
# Orientation also costs money: tailoring offers, special deliveries, custom reports.
# Homburg, Müller & Klarmann point to these complexity costs as well as to time. The model
# gives every account served a **cost to serve**: a base cost plus a customization cost
# that grows with the square of orientation. **Profit** is then the margin on sales minus
# the cost to serve:
#
# $$\text{profit} = \text{margin} \times \text{sales} - \text{accounts served} \times \text{cost per account}$$
#
# An example first: what serving the territory costs at three levels of orientation.

# %%
lesson_tables.cost_to_serve_by_orientation()

# %% [markdown]
# Fewer accounts, but each costs so much more that the total rises. Now compare the
# peaks of sales and profit, for the model's customization cost and for firms where
# tailoring is more expensive.

# %%
lesson_tables.profit_peak_by_customization_cost()

# %%
fig, (ax_cost, ax_profit) = plots.subplots(1, 2)
plots.profit_by_customization_cost(ax_cost, ax_profit, costs=(2_500, 10_000, 20_000))
fig.tight_layout()
plt.show()

# %% [markdown]
# The profit peak lies below the sales peak, and the more customization costs, the
# further below. The last steps towards the sales peak still add a little sales, but they
# add more cost than margin.
#
# One subtlety shows in the first row of the table: with no customization cost the
# order flips. Serving fewer accounts then *saves* base costs, so profit peaks slightly
# above sales. "Profit peaks before sales" is a property of the model when the cost of
# serving rises with orientation, which is what tailoring does; it is not a research
# finding.

# %% [markdown] slideshow={"slide_type": "slide"} visual="chart:profit_peaks"
# ## In the model, profit peaks at or below the sales peak, and lower the more tailoring costs.

# %% [markdown] slideshow={"slide_type": "notes"}
# Profit = margin × sales − accounts served × cost per account; the cost per account grows
# with the square of orientation (tailoring, special deliveries, custom reports). With no
# customization cost the order flips slightly: "profit peaks before sales" is a property of
# the model when serving costs rise with orientation, not a research finding.

# %% [markdown] slideshow={"slide_type": "slide"} visual="predict"
# ## Predict first.

# %% [markdown] slideshow={"slide_type": "slide"} visual="explorer"
# ## In the model, tailor-made products move the best level of orientation up.

# %% [markdown] tags=["predict"] reveals=["is **higher**", "higher for individualized", "every shift has the sign", "+0.68", "+0.34", "+0.27"]
# ## The best level depends on the situation: three moderators
#
# Homburg, Müller & Klarmann (2011) looked at three features of the selling situation:
#
# * whether the salesperson sells **individualized products** (tailor-made rather than
#   standard),
# * whether the firm follows a **premium-price strategy**, and
# * how intense **competition** is in the market.
#
# Such factors are called **moderators**: they do not switch the effect on or off, they
# shift where its peak lies. In the explorer below each runs from −1 (low) through 0 (the
# baseline) to +1 (high).
#
# **Predict first.** Before you touch the sliders, decide for each moderator: does moving
# it to +1 push the sales peak up or down? Which of the three do you expect to move it
# most? And where will the peak be for a salesperson of standard products, at low prices,
# in a quiet market (all three at −1)?
#
# Then move the sliders. The grey dashed curves are the baseline, the blue ones your
# situation; the stars mark the peaks of sales (left) and profit (right). The curves also
# move up and down, but the model is not built to say anything about those levels: watch
# where the stars go.

# %% tags=["nbval-ignore-output"]
moderator_explorer()

# %% [markdown] slideshow={"slide_type": "slide"} visual="chart:moderators"
# ## Research finds the best level is higher for individualized products, premium prices and fierce competition.
#
# How far each moves it here is the model's illustration.

# %% [markdown] slideshow={"slide_type": "notes"}
# The direction of each moderator is Homburg, Müller & Klarmann's (2011) finding; the sizes,
# and which moderator moves the peak most, are the model's: a different, equally reasonable
# set of numbers would rank them differently. Plausible reasons, in our words: with
# tailor-made products finding the real need is the sale; a premium price has to be earned by
# a better fit; where buyers have many alternatives, transactional selling wins little.

# %% [markdown]
# ### What the research found, and what the model adds
#
# Homburg, Müller & Klarmann (2011) found that the sales-maximizing level of customer
# orientation is **higher** for individualized products, in firms with a premium-price
# strategy and in markets with intense competition. Some plausible reasons, in our words
# and not the paper's: when products are tailor-made, finding the customer's real needs
# *is* the sale; a premium price has to be earned by a better fit; and where buyers have
# many alternatives, a purely transactional approach wins little.
#
# The model copies these directions with simple changes of its own. Competition and a
# premium strategy lower the share of wallet that transactional selling wins (the floor),
# so orientation has more to add. Individualized products also lower the floor and make
# share climb more slowly, so it keeps paying for longer. In the model a premium strategy
# also earns a higher margin, which matters for profit; that is the model's reading of a
# premium strategy, not a finding of the paper.
#
# **Read this plainly:** the *direction* in which each moderator moves the optimum is the
# paper's finding. *How far* it moves in the explorer is the model's illustration, set by
# numbers we chose. Check your predictions against the model's numbers:

# %%
lesson_tables.moderator_peaks()

# %% [markdown]
# In the model every shift has the sign the paper found. The sizes, and which moderator
# moves the peak most, are the model's: a different, equally reasonable set of numbers
# would rank them differently. For your own team the message is qualitative: for a
# salesperson of tailor-made systems at premium prices in a crowded market, the
# sales-maximizing level of orientation is *higher* than for a colleague selling standard
# parts on price in a quiet market.
#
# The same reasoning runs over time. The blog this kit grew from ends on it: the customer
# is king in some phases of the customer life cycle, as long as extra effort still brings
# extra sales (winning an account, growing it, recovering it after a problem). Once the
# account is at its peak, ask whether still more attention is in proportion to what it
# returns, unless satisfaction itself is the goal you have set for that account.

# %% [markdown] slideshow={"slide_type": "slide"}
# ## The customer is king in some phases: while extra effort still brings extra sales.
#
# Winning an account, growing it, recovering it after a problem.

# %% [markdown] slideshow={"slide_type": "notes"}
# From the sales-training blog this kit grew from. Once an account is at its peak, ask
# whether still more attention is in proportion to what it returns, unless satisfaction
# itself is the goal you have set for that account.

# %% [markdown]
# ## Spreading your hours: the equal-marginal-return rule
#
# So far one orientation applied to every account. In practice a salesperson also decides
# how many hours each account gets, and diminishing returns apply there too: the fifth
# visit to a customer adds less than the first.
#
# An example. A salesperson has two accounts: one spends €400,000 a year in the category,
# the other €100,000. The big one gets 40 hours a year, the small one 5. Where is the
# *next* hour worth more? The model's stylized response curve for one account, with the
# sales won flattening as hours go up, answers it:

# %%
SATURATION_HOURS = 20  # the hours at which an account gives about 63 % of what it can
lesson_tables.next_hour_two_accounts(saturation_hours=SATURATION_HOURS)

# %% [markdown]
# Here the small account's next hour is worth more. The big account does not
# automatically deserve the next hour: it has already had many, and each extra one adds
# less. Moving an hour from where the next hour is worth less to
# where it is worth more raises total sales. Keep doing that and you stop only when the
# next hour is worth the same on every account that gets time. That is the
# **equal-marginal-return rule**:
#
# $$\text{value of one more hour on account } i = \lambda \quad \text{for every account that gets time,}$$
#
# where $\lambda$ is the value of one more hour of your time. An account whose very first
# hour is worth less than $\lambda$ gets no time at all. Economists know the idea as
# Gossen's second law.
#
# Now a territory of five accounts and 120 hours, split three ways: equally, in proportion
# to each account's wallet (a common rule of thumb), and by the rule (`model.allocate_hours`).

# %%
lesson_tables.split_of_hours(budget=120, saturation_hours=SATURATION_HOURS)

# %%
wallets = np.array(lesson_tables.FIVE_WALLETS)
plans = lesson_tables.five_account_plans(120, SATURATION_HOURS)
fig, (ax_hours, ax_next) = plots.subplots(1, 2)
plots.hours_and_next_hour(ax_hours, ax_next, wallets, plans, saturation_hours=SATURATION_HOURS)
fig.tight_layout()
plt.show()

# %% [markdown]
# Under the rule the blue bars on the right are level for every account that gets time:
# no hour can be moved to a better place. Splitting equally leaves the big accounts
# underserved (their next hour is worth a lot) and the small ones overserved. Splitting in
# proportion to the wallet makes the opposite mistake at the top: the biggest account gets
# more hours than it can use well. Under the rule the smallest account gets no time at
# all: its first hour is worth less than the last hour spent elsewhere.
#
# This is the point Gupta & Steenburgh (2008) make about sales calls: with diminishing
# returns to visits, a salesperson would do better to spend less time on the biggest
# accounts and more on smaller ones and prospects, and rules of thumb such as "one call a
# month per $100,000 billed" need not serve the firm's goals.
#
# The idea has been put to work. **CALLPLAN** (Lodish 1971) combined each account's
# estimated response to call frequency with travel time, time per call and account
# profitability, and proposed the call schedule that made the most of a salesperson's
# limited time. In a field test at United Airlines with ten matched pairs of salespeople,
# those using CALLPLAN had 8.1 % higher sales after six months than their partners
# (reported in *Interfaces*, 1977).
#
# In the model the response curve is an assumption and the numbers are illustrations. In
# your own territory the same logic holds with your own estimates: ask what the *next*
# hour buys, account by account, not what the account is worth in total.

# %% [markdown] slideshow={"slide_type": "slide"}
# ## Give the next hour to the account where it buys most, not to the biggest account.
#
# Move hours until the next hour is worth the same everywhere.

# %% [markdown] slideshow={"slide_type": "fragment"}
# Call planning built on this raised sales in a 1977 field test.

# %% [markdown] slideshow={"slide_type": "notes"}
# The equal-marginal-return rule (Gossen's second law). Gupta & Steenburgh (2008): with
# diminishing returns to visits, spend less time on the biggest accounts and more on smaller
# ones and prospects. CALLPLAN (Lodish 1971): in a field test at United Airlines with ten
# matched pairs, users had 8.1 % higher sales after six months (Interfaces, 1977). In the
# lesson's example, the model's response curve is an assumption.

# %% [markdown]
# ## Key points
#
# * **Marginal sales** are what one more step of orientation adds. In the model they
#   shrink with every step (**diminishing returns**) and then turn negative; marginal
#   satisfaction shrinks but stays positive.
# * The inverted U is not built in: it **emerges** from a fixed time budget, hours per
#   account that rise with orientation, fewer (smallest-first) accounts served and a
#   share of wallet that flattens below its ceiling. Remove the time cost and the peak
#   disappears.
# * When the **cost to serve** rises with orientation, profit peaks at or below the sales
#   peak; the more customization costs, the lower.
# * The optimum is **higher** for individualized products, a premium-price strategy and
#   fierce competition (Homburg, Müller & Klarmann 2011). That direction is the finding;
#   the sizes of the shifts in this kit are the model's illustrations.
# * The customer is king in some phases of the customer life cycle: while extra effort
#   still brings extra sales.
# * Spread hours by the **equal-marginal-return rule**: move time to where the next hour
#   is worth most, until it is worth the same on every account that gets time. CALLPLAN
#   turned this into a planning tool, with higher sales in a field test.
#
# **Next:** the exercises in [`exercises/03_diminishing_returns.ipynb`](../exercises/03_diminishing_returns.ipynb), then lesson 4,
# share of wallet.
#
# ## References
#
# * CALLPLAN field test at United Airlines. *Interfaces*, 8(1, part 2), 97–106 (1977).
# * Gupta, S., & Steenburgh, T. J. (2008). Allocating marketing resources. Harvard Business
#   School Working Paper 08-069.
# * Homburg, C., Müller, M., & Klarmann, M. (2011). When should the customer really be king?
#   On the optimum level of salesperson customer orientation in sales encounters.
#   *Journal of Marketing*, 75(2), 55–74.
# * Little, J. D. C. (1970). Models and managers: The concept of a decision calculus.
#   *Management Science*, 16(8), B466–B485.
# * Lodish, L. M. (1971). CALLPLAN: An interactive salesman's call planning system.
#   *Management Science*, 18(4, part II), 25–40.
