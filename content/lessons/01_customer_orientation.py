# ---
# jupyter:
#   jupytext:
#     text_representation:
#       extension: .py
#       format_name: percent
# ---

# %% [markdown]
# # 1. Customer orientation: what it is, and what it costs
#
# **Why this matters.** "Put the customer first" is the most common advice in selling. Before
# we can ask whether there is such a thing as *too much* customer orientation, we need a
# precise idea of what it is, how researchers measure it, and the one resource it always
# consumes: the salesperson's time.
#
# | | |
# |---|---|
# | **Time** | 20 minutes lesson, 20 minutes exercises (`exercises/01_customer_orientation.ipynb`) |
# | **Prerequisites** | [Start here](00_start_here.ipynb) |
#
# **Learning objectives.** After this lesson you can
# 1. **define** salesperson customer orientation in your own words;
# 2. **name** the five stages of a sales encounter in which it shows;
# 3. **distinguish** functional from relational customer orientation;
# 4. **summarise** what research says about its link with sales performance;
# 5. **explain**, with the model, why more orientation means fewer accounts served;
# 6. **describe** your own orientation, stage by stage, with a short self-assessment.

# %%
from customer_king import demos, lesson_tables, model, plots
from customer_king.explorers import time_cost_explorer
from customer_king.self_assessment_form import form
import matplotlib.pyplot as plt

plots.use_kit_style()

# %% [markdown]
# ## What customer orientation is
#
# **Salesperson customer orientation** is the degree to which a salesperson finds out what
# a customer needs and acts in the customer's interest to meet those needs, rather than
# pushing for the quickest possible sale. The idea goes back to Saxe & Weitz (1982), who
# contrasted a *customer* orientation with a *selling* orientation and built a
# questionnaire, the SOCO scale, to measure it.
#
# Homburg, Müller & Klarmann (2011) define it across the course of a **sales encounter**.
# A summary of their study published by Vlerick Business School lists five stages in which
# a salesperson can be more or less customer-oriented (we have the list from that summary,
# not from the paper's own wording):
#
# | Stage | Customer-oriented behaviour looks like |
# |---|---|
# | 1. Identifying needs and problems | asking and listening before proposing anything |
# | 2. Presenting and demonstrating | showing what solves *this* customer's problem |
# | 3. Dealing with objections | treating an objection as information, not as an obstacle |
# | 4. Negotiating | weighing the customer's interests, not only the price you can get |
# | 5. Closing | informing the decision rather than pressuring it |
#
# A concrete example: a salesperson of industrial fasteners who, at stage 1, asks how the
# customer's assembly line is changing next year, and at stage 5 lets the buyer take the
# offer to the engineers before signing, is high on customer orientation. One who opens
# with the month's promotion and closes with "this price is only valid today" is low.

# %% [markdown] slideshow={"slide_type": "slide"} visual="steps"
# ## Customer orientation means finding and meeting the customer's needs at each stage of a sale.
#
# 1. Identify needs
# 2. Present
# 3. Handle objections
# 4. Negotiate
# 5. Close
#
# Stages as a summary of the study lists them.

# %% [markdown] slideshow={"slide_type": "notes"}
# Definition: the degree to which a salesperson finds out what a customer needs and acts in
# the customer's interest, rather than pushing for the quickest sale (Saxe & Weitz 1982
# contrasted customer and selling orientation; Homburg, Müller & Klarmann 2011 define it
# across the sales encounter). The five stages come from a Vlerick Business School summary
# of the study, not from the paper's own wording. Example: the fastener salesperson who asks
# how the customer's line changes next year, and lets the buyer take the offer to the
# engineers before signing.

# %% [markdown]
# ### Two flavours: functional and relational
#
# A companion paper on the same data (Homburg, Müller & Klarmann 2011, *Journal of the
# Academy of Marketing Science*) separates two kinds of customer orientation:
#
# * **functional**: solving the customer's task (needs analysis, fitting the offer,
#   technical advice);
# * **relational**: building the personal relationship (attention, rapport, personal
#   interest in the buyer).
#
# Their effect on customer loyalty depended on the situation: positive, absent, or even
# negative, depending on things such as the customer's communication style and how
# individual, important and complex the product is. Keep this in mind for lesson 5:
# many of the warning signs of *over*service are relational effort that the account does
# not reward.

# %% [markdown] slideshow={"slide_type": "slide"}
# ## Two flavours of orientation, and their effect on loyalty depends on the situation.
#
# | Functional | Relational |
# |---|---|
# | solving the customer's task | building the personal relationship |

# %% [markdown] slideshow={"slide_type": "notes"}
# From the companion paper on the same data (Homburg, Müller & Klarmann 2011, Journal of the
# Academy of Marketing Science): effects on loyalty were positive, absent or even negative
# depending on the customer's communication style and how individual, important and complex
# the product is. Which moderator gives which sign we do not know. Link to lesson 5: many
# warning signs of overservice are relational effort the account does not reward.

# %% [markdown]
# ## What research says about customer orientation and sales
#
# It is tempting to assume that the link is simply "more is better". The evidence is
# more interesting:
#
# * A meta-analysis by **Franke & Park (2006)** found that customer orientation went
#   together with better performance mainly when salespeople rated their *own*
#   performance. Against managers' ratings or objective sales figures, the average
#   correlation was close to zero.
# * **Homburg, Müller & Klarmann (2011)** found an **inverted U**: sales performance
#   first rises with customer orientation, then falls. Customers' attitudes, by contrast,
#   kept improving. They also found that where the peak lies depends on the selling
#   situation; lesson 3 lets you predict how.
# * Part of their explanation is cost: customer orientation takes the salesperson's time,
#   and tailoring products and processes adds complexity costs. Salespeople may not
#   notice those costs.
#
# The rest of this lesson looks at the first of those costs, time.

# %% [markdown] slideshow={"slide_type": "slide"}
# ## Research finds that more customer orientation does not simply mean more sales.
#
# | Study | Finding |
# |---|---|
# | Franke & Park 2006 | linked to performance mainly when salespeople rate themselves |
# | Homburg, Müller & Klarmann 2011 | sales: an inverted U; customer attitudes keep improving |

# %% [markdown] slideshow={"slide_type": "notes"}
# Franke & Park (2006, Journal of Marketing Research) meta-analysis: against managers'
# ratings or objective sales the average correlation was close to zero. Homburg, Müller &
# Klarmann (2011, Journal of Marketing): inverted U for sales, continuously positive effect on
# customer attitudes; where the peak lies depends on the selling situation (lesson 3). Part
# of their explanation is cost: time, and complexity costs salespeople may not notice.

# %% [markdown]
# ## The teaching model, part 1: orientation takes time
#
# From here on we use a **stylized model**: its shape follows the research above, its
# numbers are illustrations chosen to make the mechanics visible. Orientation is a score
# from **1** (purely transactional) to **7** (the customer is king), the same scale as the
# self-assessment in the exercises.
#
# The model's salesperson has a fixed number of selling hours a year and a territory of
# accounts. The more customer-oriented the approach, the more hours each account takes:
# listening, tailoring, following up. Hours per account grow faster the higher you go,
# because the last refinements (the custom report, the extra visit) are the slowest.
#
# The model's territory is large on purpose: 400 accounts that together spend €40 million
# a year in the category, more than any one account manager of the case company in
# lesson 4 looks after. Its euros are there to make the mechanics visible; compare shapes
# and percentages between the model and the case company, not euro amounts.

# %%
lesson_tables.time_per_account()

# %% [markdown]
# With a fixed budget, hours per account and accounts served move in opposite directions.
# In the model the salesperson serves the accounts with the most potential first, so the
# accounts that drop out as orientation rises are the smallest ones.

# %%
fig, (ax_hours, ax_accounts) = plots.subplots(1, 2)
plots.hours_and_accounts(ax_hours, ax_accounts)
fig.tight_layout()
plt.show()

# %% [markdown] slideshow={"slide_type": "slide"} visual="chart:accounts_served"
# ## In the model, more orientation takes more hours per account, so fewer accounts get served.

# %% [markdown] slideshow={"slide_type": "notes"}
# From here on the numbers are the stylized teaching model's: its shape follows the research,
# its numbers are illustrations. A fixed budget of selling hours; hours per account grow
# faster the higher the orientation (the last refinements are the slowest); the smallest
# accounts drop out first. Compare shapes and percentages, not euro amounts.

# %% [markdown]
# ## Explore: orientation against your time budget

# %% tags=["predict"] reveals=["47%", "47 %", "150 to 79", "79 accounts"]
demos.ask("01")

# %% [markdown]
# Move the *orientation* slider from 4 to 6 and read the sentence above the picture.
# Then try the *selling hours* slider: what does a salesperson who wins 300 extra selling
# hours a year (less admin, less travel) gain at each level of orientation?

# %% tags=["nbval-ignore-output"]
time_cost_explorer()

# %%
demos.answer("01")

# %% [markdown]
# The drop is large because hours per account rise with the *square* of orientation in
# the model. Whether that is realistic for your own accounts is a good question for the
# discussion: where does the extra time go when you become more customer-oriented?
#
# Time is only half the story. Serving fewer accounts need not hurt sales if each served
# account buys more. Lesson 2 adds that side: satisfaction and share of wallet.

# %% [markdown] slideshow={"slide_type": "slide"} visual="predict"
# ## Predict first.

# %% [markdown] slideshow={"slide_type": "slide"} visual="explorer"
# ## In the model, moving from 4 to 6 cuts the accounts served by {{ model.accounts_drop_4_to_6 }}.

# %% [markdown] slideshow={"slide_type": "notes"}
# The accounts that drop out are the smallest: the model serves those with the most
# potential first. Ask: which of your accounts would you give up first?

# %% [markdown]
# ## Where do you stand? A self-assessment
#
# Thirteen statements follow. For each, click a number from **1** ("true for none of my
# customers") to **7** ("true for all of my customers"). Be honest rather than
# flattering: nobody sees the result but you. Your profile appears below the last
# statement as soon as every statement has an answer, and changes when you change one.
#
# The statements are written for this kit, two for each stage of a sales encounter plus
# three about habits we return to in lesson 5. They are *inspired by* the SOCO scale of
# Saxe & Weitz (1982) but are not its items, and the score is a prompt for reflection,
# not a validated measurement.

# %% tags=["nbval-ignore-output"]
form()

# %% [markdown]
# Most people score themselves high on statements like these: customer orientation is
# what everyone is taught to value, and we all remember our best conversations. So a high
# score is not news. The useful part is the *profile*: the stage where your score is
# lowest, and any overservice habit you recognised. Compare notes with a colleague. Lesson
# 2 shows where the model's sales peak and lets you place your score on that curve.

# %% [markdown]
# ## Key points
#
# * **Customer orientation** is finding out and meeting customer needs through every
#   stage of a sales encounter; a published summary of Homburg, Müller & Klarmann's study
#   lists five: needs, presentation, objections, negotiation, closing.
# * It comes in a **functional** (solving the task) and a **relational** (building the
#   relationship) flavour, whose effects depend on the situation.
# * Research does not support "the more, the better" for sales: Franke & Park (2006) found
#   little link with objective performance; Homburg, Müller & Klarmann (2011) found an
#   inverted U for sales, but a steadily positive effect on customers' attitudes.
# * Orientation costs **time**: in the stylized model, more hours per account with a fixed
#   budget means fewer, larger accounts served.
# * A self-assessment gives you a profile over the five stages; treat it as a mirror and a
#   conversation starter, not a measurement.
#
# **Next:** the exercises in [`exercises/01_customer_orientation.ipynb`](../exercises/01_customer_orientation.ipynb), then
# lesson 2, satisfaction versus sales.
#
# ## References
#
# * Franke, G. R., & Park, J.-E. (2006). Salesperson adaptive selling behavior and customer
#   orientation: A meta-analysis. *Journal of Marketing Research*, 43, 693–702.
# * Homburg, C., Müller, M., & Klarmann, M. (2011). When should the customer really be king?
#   On the optimum level of salesperson customer orientation in sales encounters.
#   *Journal of Marketing*, 75(2), 55–74.
# * Homburg, C., Müller, M., & Klarmann, M. (2011). When does salespeople's customer
#   orientation lead to customer loyalty? The differential effects of relational and
#   functional customer orientation. *Journal of the Academy of Marketing Science*, 39(6), 795–812.
# * Saxe, R., & Weitz, B. A. (1982). The SOCO scale: A measure of the customer orientation
#   of salespeople. *Journal of Marketing Research* (1982).
