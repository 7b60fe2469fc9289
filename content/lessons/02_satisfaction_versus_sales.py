# ---
# jupyter:
#   jupytext:
#     text_representation:
#       extension: .py
#       format_name: percent
# ---

# %% [markdown]
# # 2. Satisfaction versus sales
#
# **Why this matters.** Many sales teams steer by customer satisfaction: it is surveyed
# every year, discussed in reviews and sometimes built into bonuses. That is harmless as
# long as satisfaction and sales move together. This lesson shows why they can part ways:
# a salesperson's customers can grow happier every year while that salesperson sells less.
#
# | | |
# |---|---|
# | **Time** | 25 minutes lesson, 25 minutes exercises (`exercises/02_satisfaction_versus_sales.ipynb`) |
# | **Prerequisites** | [Lesson 1, customer orientation](01_customer_orientation.ipynb): hours per account and accounts served |
#
# **Learning objectives.** After this lesson you can
# 1. **state** the two central findings of Homburg, Müller & Klarmann (2011) on customer
#    orientation, satisfaction and sales;
# 2. **cite** evidence that satisfaction is a weak guide to share of wallet and sales;
# 3. **recognise** that "satisfaction always rises" holds in some settings and not in others;
# 4. **explain** the model's sales curve as share of wallet times the wallet you have time for;
# 5. **read** the sales peak, and satisfaction and sales at any orientation, from the explorer.

# %%
from customer_king import model, plots
from customer_king.explorers import satisfaction_sales_explorer
import matplotlib.pyplot as plt

plots.use_kit_style()

# %% [markdown]
# ## One study, two curves
#
# Homburg, Müller & Klarmann (2011) surveyed sales encounters across industries and linked
# the answers of three groups: 56 sales managers, 195 salespeople and 538 customers. They
# looked at two outcomes of a salesperson's customer orientation.
#
# * **Customer attitudes** (how satisfied and loyal the customers are) kept improving as
#   orientation rose. There was no point beyond which customers liked it less.
# * **Sales performance** followed an **inverted U**: it rose with orientation at first,
#   reached a peak and then fell.
#
# So the same behaviour that keeps pleasing the customer stops paying the salesperson's
# firm at some point. The study also found that where that peak lies depends on the
# selling situation; lesson 3 takes that up. This kit does not quote a number for the
# peak in the real data: the model below copies the *shape* of the findings, not the
# paper's estimates.

# %% [markdown]
# ## Satisfaction is not the scoreboard
#
# Other research points the same way: satisfaction and what customers actually buy are
# only loosely linked.
#
# * **Walmart, 2008.** During Walmart's store programme Project Impact, customer
#   satisfaction went up while same-store sales went down. Keiningham, Aksoy, Buoye &
#   Cooil (2011) tell the story in *Harvard Business Review*.
# * **Satisfaction and share of wallet.** The same research group reports that the
#   statistical link between a customer's satisfaction and the **share of wallet** a firm
#   gets (the fraction of the customer's spending in a category that goes to that firm) is
#   significant but so weak that it is of no use to managers. What predicted share better
#   was how a firm *ranks* against the other suppliers the customer uses, not its absolute
#   satisfaction score (lesson 4 builds on this).
# * **Changes do go together, a little.** Following 4,319 bank households over five years,
#   Cooil and colleagues (2007) found that a rise in satisfaction went with a rise in share
#   of wallet, less so for customers with higher incomes and longer relationships.
#
# None of this says satisfaction is worthless. It says that a satisfaction score cannot
# tell you whether your extra effort is paying off in sales.

# %% [markdown]
# ### Not everywhere: when satisfaction itself peaks
#
# "Satisfaction always rises" is a finding about the settings Homburg and colleagues
# studied, not a law. Arslanagić-Kalajdžić, Kadić-Maglajlić & Miocevic (2020) asked 226
# business customers of professional-service firms how customer-oriented their supplier
# was. Relationship satisfaction followed an *inverted U* too: customers wanted
# orientation, but not a relationship as intense as the supplier was aiming for. Where the
# supplier also gave emotional value, the drop was held off.
#
# The lesson for your own accounts: check, do not assume, that your customers want *more*.

# %% [markdown]
# ## The teaching model, part 2: satisfaction and sales
#
# Lesson 1 built the time side of the model: more orientation, more hours per account,
# fewer accounts served. Now we add what the customer does. As before the model is
# **stylized**: its shape follows the research above, its numbers are illustrations.
#
# Start with an example. Two salespeople in the model have the same territory and the same
# selling hours. One works at orientation 3, the other at orientation 6.

# %%
for score in (3, 6):
    c = model.from_seven_point(score)
    print(f"Orientation {score}/7: satisfaction {model.satisfaction(c):.1f}/7, "
          f"{model.accounts_covered(c):3.0f} accounts served, "
          f"share of wallet {model.share_of_wallet(c):.0%}, "
          f"sales €{model.sales(c) / 1e6:.1f} million")

# %% [markdown]
# The salesperson at 6 has happier customers and wins a larger share of each customer's
# spending, yet sells less. The reason is in the middle column: far fewer accounts get
# served at all.
#
# The model writes sales as a product of two parts:
#
# $$\text{sales} = \text{share of wallet per account} \times \text{wallet served}$$
#
# * **Share of wallet** rises with orientation, quickly at first and then more slowly,
#   because it can never pass a **ceiling**. We set the ceiling at 80 %: buyers usually
#   keep a second supplier to spread risk. That figure is a practitioner rule of thumb,
#   not a law, and in the model it is a parameter.
# * **Wallet served** is the total yearly spending, in the product category, of the
#   accounts the salesperson has time for. It falls as orientation rises, because each
#   account takes more hours (lesson 1).

# %%
for score in (3, 6):
    c = model.from_seven_point(score)
    share, served = model.share_of_wallet(c), model.covered_wallet(c)
    print(f"Orientation {score}/7: {share:.1%} x €{served / 1e6:.2f} million served "
          f"= €{share * served / 1e6:.2f} million sales")

# %%
fig, (ax_share, ax_served) = plt.subplots(1, 2, figsize=(11, 4.4))
plots.share_and_reach(ax_share, ax_served)
fig.tight_layout()
plt.show()

# %% [markdown]
# ## Why sales peak: a tug of war in percentages
#
# Because sales are a product, what matters for each step up in orientation is the
# *percentage* change of each part. If share of wallet rises by 10 % and the wallet served
# falls by 10 %, sales change by 1.10 × 0.90 − 1 = −1 %: nearly a draw. The table does this
# for every step of one point on the 1–7 scale.

# %%
print("step     share of wallet   wallet served   sales")
for score in range(1, 7):
    now, up = model.from_seven_point(score), model.from_seven_point(score + 1)
    share_change = model.share_of_wallet(up) / model.share_of_wallet(now) - 1
    served_change = model.covered_wallet(up) / model.covered_wallet(now) - 1
    sales_change = model.sales(up) / model.sales(now) - 1
    print(f"{score} -> {score + 1}   {share_change:+15.1%}   {served_change:+13.1%}   {sales_change:+6.1%}")

# %% [markdown]
# Read the columns from top to bottom. The gain in share shrinks with every step, because
# share creeps towards its ceiling. The loss of wallet served grows over the first steps,
# as the hours per account climb ever faster, and then stays large. While the first column
# wins, sales rise; once the second wins, sales fall. The peak sits where the two balance.
#
# One detail softens the fall: the salesperson drops the *smallest* accounts first. So the
# wallet served shrinks more slowly than the number of accounts.

# %%
low, high = model.from_seven_point(3), model.from_seven_point(6)
print(f"From orientation 3 to 6: accounts served {model.accounts_covered(high) / model.accounts_covered(low) - 1:+.0%}, "
      f"wallet served {model.covered_wallet(high) / model.covered_wallet(low) - 1:+.0%}")

# %% [markdown]
# ## Explore: satisfaction and sales side by side
#
# **Predict first.** Before you run the next cell, write down two guesses:
# 1. At which orientation, on the 1–7 scale, do the model's sales peak?
# 2. Between that peak and orientation 7, does satisfaction rise, stay level or fall?
#
# Then run the cell and move the *orientation* slider slowly from 1 to 7. The left panel
# shows satisfaction, the right panel sales; the star marks the sales peak and the shaded
# area everything beyond it. The sentence above the picture gives the numbers at the
# slider.

# %% tags=["nbval-ignore-output"]
satisfaction_sales_explorer()

# %% [markdown]
# Check your guesses against the model:

# %%
peak = model.optimum(objective="sales")
top = 1.0
print(f"Sales peak at orientation {model.to_seven_point(peak.orientation):.1f}/7: "
      f"€{peak.value / 1e6:.1f} million, satisfaction {model.satisfaction(peak.orientation):.1f}/7")
print(f"At orientation 7: sales €{model.sales(top) / 1e6:.1f} million "
      f"({model.sales(top) / peak.value - 1:+.0%}), satisfaction {model.satisfaction(top):.1f}/7")

# %% [markdown]
# Past the peak, every step up makes customers happier *and* costs sales. A team that
# steers by satisfaction alone sees nothing wrong: its scores keep improving. That is why
# "satisfaction rising while sales stay flat or fall" is one of the warning signs of
# overservice in lesson 5.

# %% [markdown]
# ## What comes from research, what from the model
#
# | | Source |
# |---|---|
# | Satisfaction keeps rising with orientation; sales rise, peak and fall | Homburg, Müller & Klarmann (2011) |
# | Satisfaction is only weakly linked to share of wallet and sales | Keiningham and colleagues; Cooil et al. (2007) |
# | In some settings satisfaction itself peaks | Arslanagić-Kalajdžić et al. (2020) |
# | Orientation costs time, so fewer accounts get served | the reasoning of Homburg, Müller & Klarmann; the formula is the model's |
# | A share-of-wallet ceiling of 80 % | practitioner rule of thumb; a parameter of the model |
# | The shapes of the curves, the location of the peak, every euro amount | the model's assumptions: illustrations only |

# %% [markdown]
# ## Key points
#
# * Homburg, Müller & Klarmann (2011) found that customer attitudes keep improving with a
#   salesperson's customer orientation, while sales follow an **inverted U**.
# * Satisfaction is a weak guide to sales: Walmart's satisfaction rose while its sales
#   fell, and satisfaction predicts **share of wallet** only weakly.
# * The rising satisfaction curve is not universal: in professional services, relationship
#   satisfaction itself peaked (Arslanagić-Kalajdžić et al. 2020).
# * In the stylized model, **sales = share of wallet × wallet served**. Share rises towards
#   a ceiling, the wallet served shrinks as each account takes more time; sales peak where
#   the percentage gain of the one equals the percentage loss of the other.
# * Past the peak, satisfaction keeps rising while sales fall, so a satisfaction score
#   alone cannot show that you have gone too far.
#
# **Next:** the exercises in [`exercises/02_satisfaction_versus_sales.ipynb`](../exercises/02_satisfaction_versus_sales.ipynb), then lesson 3,
# diminishing returns.
#
# ## References
#
# * Arslanagić-Kalajdžić, M., Kadić-Maglajlić, S., & Miocevic, D. (2020). The power of
#   emotional value: Moderating customer orientation effect in professional business
#   services relationships. *Industrial Marketing Management* (July 2020), 12–21.
# * Cooil, B., et al. (2007). A longitudinal analysis of customer satisfaction and share
#   of wallet. *Journal of Marketing*, 71(1), 67–83.
# * Homburg, C., Müller, M., & Klarmann, M. (2011). When should the customer really be king?
#   On the optimum level of salesperson customer orientation in sales encounters.
#   *Journal of Marketing*, 75(2), 55–74.
# * Keiningham, T. L., Aksoy, L., Buoye, A., & Cooil, B. (2011). Customer loyalty isn't
#   enough. Grow your share of wallet. *Harvard Business Review*, October 2011.
# * Keiningham, T. L., et al. (2015). *The Wallet Allocation Rule*. Wiley (book).
