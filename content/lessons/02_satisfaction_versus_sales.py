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
from customer_king import lesson_tables, model, plots
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

# %% [markdown] slideshow={"slide_type": "slide"}
# ## Research finds that customers keep liking more orientation while sales rise, peak and fall.
#
# | Outcome | As orientation rises |
# |---|---|
# | Customer attitudes | keep improving |
# | Sales performance | an inverted U |

# %% [markdown] slideshow={"slide_type": "notes"}
# Homburg, Müller & Klarmann (2011): 56 sales managers, 195 salespeople and 538 customers,
# across industries. The same behaviour that keeps pleasing customers stops paying the firm
# at some point. The kit quotes no number for the peak in the real data: the model copies the
# shape of the findings, not the paper's estimates.

# %% [markdown]
# ## Satisfaction is not the scoreboard
#
# Other research points the same way: satisfaction and what customers actually buy are
# only loosely linked.
#
# * **Walmart, 2008.** During Walmart's store programme Project Impact, customer
#   satisfaction went up while same-store sales went down. Keiningham, Aksoy, Buoye &
#   Cooil (2011) tell the story in *Harvard Business Review*. This is consumer retail, not
#   business-to-business selling: a warning that the two can part, not a B2B measurement.
# * **Satisfaction and share of wallet.** The same research group reports that the
#   statistical link between a customer's satisfaction and the **share of wallet** a firm
#   gets (the fraction of the customer's spending in a category that goes to that firm) is
#   significant but so weak that it is of no use to managers. What predicted share better
#   was how a firm *ranks* against the other suppliers the customer uses, not its absolute
#   satisfaction score (lesson 4 builds on this).
# * **Changes do go together, a little.** Following 4,319 bank households over five years,
#   Cooil and colleagues (2007) found that a rise in satisfaction went with a rise in share
#   of wallet, less so for customers with higher incomes and longer relationships. Again
#   consumer evidence (retail banking), carried over to business buyers with care.
#
# None of this says satisfaction is worthless. It says that a satisfaction score cannot
# tell you whether your extra effort is paying off in sales.

# %% [markdown] slideshow={"slide_type": "slide"}
# ## A satisfaction score cannot tell you whether extra effort pays off in sales.
#
# | Evidence | What it shows |
# |---|---|
# | Walmart, 2008 (retail) | satisfaction up, sales down |
# | Share-of-wallet studies | the link is weak; your rank matters more |

# %% [markdown] slideshow={"slide_type": "notes"}
# Walmart's Project Impact (told by Keiningham, Aksoy, Buoye & Cooil 2011, Harvard Business
# Review): consumer retail, a warning that the two can part, not a B2B measurement. The same
# group reports the satisfaction–share-of-wallet link as significant but too weak to manage
# by; Cooil et al. (2007, 4,319 bank households) found changes go together a little. Mostly
# consumer evidence: carry it to business buyers with care. Satisfaction is not worthless.

# %% [markdown]
# ### Not everywhere: when satisfaction itself peaks
#
# "Satisfaction always rises" is a finding about the settings Homburg and colleagues
# studied, not a law. In a study of 226 clients of professional-service firms,
# Arslanagić-Kalajdžić and colleagues (2020) found an *inverted U* between how
# customer-oriented the clients saw their supplier and how satisfied they were with the
# relationship: up to a point more orientation pleased them, beyond it less. (We know the
# study from its published summary; why the curve turned is for the paper to say.)
#
# The lesson for your own accounts: check, do not assume, that your customers want *more*.

# %% [markdown] slideshow={"slide_type": "slide"}
# ## In some settings satisfaction itself peaks: check, do not assume, that customers want more.

# %% [markdown] slideshow={"slide_type": "notes"}
# Arslanagić-Kalajdžić and colleagues (2020): 226 clients of professional-service firms, an
# inverted U between perceived customer orientation and relationship satisfaction. We know the
# study from its published summary; why the curve turned is for the paper to say. "Satisfaction
# always rises" is a finding about the settings Homburg and colleagues studied, not a law.

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
lesson_tables.two_salespeople()

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
#   account takes more hours (lesson 1). And a customer's wallet does not grow because
#   you serve it well: a plant that needs €50,000 of fasteners a year buys no more when
#   it is delighted. That is the first reason the blog behind this kit gives for the peak:
#   customers simply need no more.

# %%
lesson_tables.product_of_two_parts()

# %%
fig, (ax_share, ax_served) = plots.subplots(1, 2)
plots.share_and_reach(ax_share, ax_served)
fig.tight_layout()
plt.show()

# %% [markdown] slideshow={"slide_type": "slide"} visual="predict"
# ## Predict first.

# %% [markdown] slideshow={"slide_type": "slide"} visual="explorer"
# ## In the model, past the peak each step still pleases customers but loses sales.

# %% [markdown] slideshow={"slide_type": "notes"}
# Invite participants to put their own self-assessment score on the curve, as a conversation
# starter twice over: the score is self-rated and the model's peak is an illustration.

# %% [markdown] slideshow={"slide_type": "slide"} visual="chart:satisfaction_and_sales"
# ## In the model, satisfaction keeps rising while sales peak at about {{ model.sales_peak }} of 7.

# %% [markdown] slideshow={"slide_type": "notes"}
# The stylized model: its shape follows the research, its numbers are illustrations. Sales =
# share of wallet × wallet served. Do not let the room read the peak's location as a finding.

# %% [markdown] tags=["predict"] reveals=["3.6 of 7", "peak at 3.6", "peak at orientation 3.6", "3.55", "−22%", "-22%", "+0.9%"]
# ## Explore: satisfaction and sales side by side
#
# **Predict first.** Before you move the slider, write down two guesses:
# 1. At which orientation, on the 1–7 scale, do the model's sales peak?
# 2. How much lower are the model's sales at orientation 7 than at the peak:
#    (a) a few percent, (b) about a fifth, (c) about half?
#
# Then move the *orientation* slider slowly from 1 to 7. The left panel shows
# satisfaction, the right panel sales. When the dot reaches the sales peak, a star marks it
# and a shaded area shows everything beyond it. The sentence above the picture gives the
# model's numbers at the slider.

# %% tags=["nbval-ignore-output"]
satisfaction_sales_explorer()

# %% [markdown]
# Check your guesses against the model (click the line below to open it):

# %%
lesson_tables.peak_and_top()

# %% [markdown]
# Past the peak, every step up makes customers happier *and* costs sales. A team that
# steers by satisfaction alone sees nothing wrong: its scores keep improving. That is why
# "satisfaction rising while sales stay flat or fall" is one of the warning signs of
# overservice in lesson 5.
#
# **Your own score.** Move the slider above to the score your self-assessment gave you in
# lesson 1 (to the nearest quarter point) and read where it sits on the model's sales
# curve. Treat it as a conversation starter twice over: the score is self-rated, and the
# model's peak is an illustration whose place depends on your selling situation (lesson 3).

# %% [markdown]
# ## Why sales peak: a tug of war in percentages
#
# Because sales are a product, what matters for each step up in orientation is the
# *percentage* change of each part. If share of wallet rises by 10 % and the wallet served
# falls by 10 %, sales change by 1.10 × 0.90 − 1 = −1 %: nearly a draw. The table does this
# for every step of one point on the 1–7 scale.

# %%
lesson_tables.step_changes()

# %% [markdown]
# Read the columns from top to bottom. The gain in share shrinks with every step, because
# share creeps towards its ceiling. The loss of wallet served grows over the first steps,
# as the hours per account climb ever faster, and then stays large. While the first column
# wins, sales rise; once the second wins, sales fall. The peak sits where the two balance.
#
# One detail softens the fall: the salesperson drops the *smallest* accounts first. So the
# wallet served shrinks more slowly than the number of accounts.

# %%
lesson_tables.smallest_dropped_first()


# %% [markdown] slideshow={"slide_type": "slide"} visual="model-table"
# ## In the model, sales peak where the gain in share no longer outweighs the wallet lost.

# %% [markdown] slideshow={"slide_type": "notes"}
# Sales are a product, so percentages matter: +10 % share and −10 % wallet served give
# −1 %. The gain in share shrinks as share creeps towards its ceiling; the loss of wallet
# served grows as hours per account climb. The smallest accounts are dropped first, which
# softens the fall.

# %% [markdown]
# ## What comes from research, what from the model
#
# | | Source |
# |---|---|
# | Satisfaction keeps rising with orientation; sales rise, peak and fall | Homburg, Müller & Klarmann (2011) |
# | Satisfaction is only weakly linked to share of wallet and sales | Keiningham and colleagues; Cooil et al. (2007); mostly consumer evidence |
# | In some settings satisfaction itself peaks | Arslanagić-Kalajdžić et al. (2020), 226 professional-service clients |
# | Orientation costs time, so fewer accounts get served | the reasoning of Homburg, Müller & Klarmann; the formula is the model's |
# | A share-of-wallet ceiling of 80 % | practitioner rule of thumb; a parameter of the model |
# | The shapes of the curves, the location of the peak, every euro amount | the model's assumptions: illustrations only |

# %% [markdown] slideshow={"slide_type": "slide"}
# ## The direction comes from research; the numbers are the model's.
#
# | From research | From the teaching model |
# |---|---|
# | satisfaction rises, sales peak | where the peak lies |
# | orientation costs time | every euro amount |
# | the ~80 % ceiling: a rule of thumb | |

# %% [markdown] slideshow={"slide_type": "notes"}
# The satisfaction–sales evidence is mostly consumer evidence (Keiningham and colleagues;
# Cooil et al. 2007). The time cost is Homburg, Müller & Klarmann's reasoning; the formula is
# the model's. The 80 % ceiling is a practitioner rule of thumb and a parameter of the model.

# %% [markdown]
# ## Key points
#
# * Homburg, Müller & Klarmann (2011) found that customer attitudes keep improving with a
#   salesperson's customer orientation, while sales follow an **inverted U**.
# * Satisfaction is a weak guide to sales: Walmart's satisfaction rose while its sales
#   fell, and satisfaction predicts **share of wallet** only weakly (consumer evidence,
#   which points the same way as the B2B finding).
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
# * Arslanagić-Kalajdžić, M., et al. (2020). The power of emotional value: Moderating
#   customer orientation effect in professional business services relationships
#   (226 professional-service clients; an inverted U for relationship satisfaction).
# * Cooil, B., et al. (2007). A longitudinal analysis of customer satisfaction and share
#   of wallet. *Journal of Marketing*, 71(1), 67–83.
# * Homburg, C., Müller, M., & Klarmann, M. (2011). When should the customer really be king?
#   On the optimum level of salesperson customer orientation in sales encounters.
#   *Journal of Marketing*, 75(2), 55–74.
# * Keiningham, T. L., Aksoy, L., Buoye, A., & Cooil, B. (2011). Customer loyalty isn't
#   enough. Grow your share of wallet. *Harvard Business Review*, October 2011.
# * Keiningham, T. L., Aksoy, L., Buoye, A., & Cooil, B. *The Wallet Allocation Rule*.
#   Wiley (book).
