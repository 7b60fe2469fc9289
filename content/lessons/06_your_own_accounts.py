# ---
# jupyter:
#   jupytext:
#     text_representation:
#       extension: .py
#       format_name: percent
# ---

# %% [markdown]
# # 6. Your own accounts: is *your* customer king?
#
# **Why this matters.** The five lessons used a fictional company. The questions are
# yours, though: which of your accounts still have room to grow, where does your time
# go, and does any of it go to customers who are already as loyal as they will get? This
# notebook runs the same analyses on your own account list, on your own machine.
#
# | | |
# |---|---|
# | **Time** | 30 minutes (10 to prepare the file, 20 to read the results); no exercise set |
# | **Prerequisites** | Lessons 1-5, in particular [share of wallet](04_share_of_wallet.ipynb) and [warning signs of overservice](05_warning_signs_of_overservice.ipynb); a CSV export of your accounts (or use the sample) |
#
# **Learning objectives.** After this lesson you can
# 1. **prepare** an export of your accounts that the kit can read (three columns are enough);
# 2. **compute** the share of wallet and the headroom to the ceiling for each of your accounts;
# 3. **rank** your accounts by where more customer orientation can still pay;
# 4. **read** the overservice warning score on your data and name the signs that drive it;
# 5. **judge** the model's suggested shift of hours as a prompt, not as a prescription.
#
# **Your data stay with you.** Nothing in this notebook sends data anywhere: the file is
# read by Python in the kernel you are running, and the kit never writes to it. On your
# own laptop the file stays where it is. On Binder the uploaded copy lives only in your
# temporary session, which is deleted when the session ends (after about ten minutes
# without activity). The last cell shows how to remove the data and the outputs before
# you save or share this notebook.

# %%
import matplotlib.pyplot as plt

from customer_king import own_data, plots, tables

plots.use_kit_style()

# %% [markdown]
# ## Step 1: prepare your file
#
# Export your accounts from the CRM or a spreadsheet as **CSV** (in Excel: *File > Save
# As > CSV UTF-8*, or *CSV (semicolon)*). One row per account. Three columns are required:
#
# | column | English names accepted | Dutch names accepted | unit |
# |---|---|---|---|
# | the account | account, customer | klant, klantnaam | text |
# | the customer's **category spend** (its whole wallet in your product category, from all suppliers) | category spend, total spend | categoriebesteding, totale inkoop | € a year |
# | **our sales** to the customer | our sales, sales, revenue | onze omzet, omzet | € a year |
#
# Every further column switches on more: **hours** (uren), **non-sales share** of contact
# time (niet-commercieel aandeel), **internal requests** (interne verzoeken),
# **satisfaction** (tevredenheid), **tier** or segment, **salesperson** (accountmanager),
# **gross margin** (brutomarge) and **cost to serve** (kosten). The full list, with units,
# is in `OWN_DATA_DICTIONARY.md` next to the template `own_accounts_template.csv` (both in
# the package's `data` folder). Semicolons, decimal commas, € and % signs are all fine.
#
# The category spend is usually an *estimate* (from the buyer, from the size of the
# customer's operation, or from a market study). A rough estimate is good enough for a
# first look; say how rough when you discuss the results.

# %%
template_columns = own_data.template_path().read_text(encoding="utf-8").strip().split(",")
tables.table(template_columns, [], caption=f"The template's columns ({own_data.template_path().name})")

# %% [markdown]
# ## Step 2: load it
#
# Two ways, both giving the same analysis:
#
# * **a path**: replace `own_data.sample_path()` below by the path of your file, for
#   example `"C:/Users/me/Documents/my_accounts.csv"` or `"my_accounts.csv"` if it sits
#   next to this notebook;
# * **an upload**: use the button in the cell after it (handy on Binder).
#
# Until you do either, the notebook uses a **fictional sample**: forty accounts of three
# account managers, exported the way a Dutch Excel writes CSV (semicolons, decimal
# commas, € signs).

# %%
path = own_data.sample_path()          # <- your file's path here
accounts = own_data.load_accounts(path)
tables.text_block(accounts.summary())

# %% [markdown]
# Read the notes: they say what the loader assumed (separator, decimal style,
# percentages, rows left out as totals) and which analyses are off because a column is
# missing. If your file has a problem, the cell shows what to fix instead, with the row
# and the column, just as the upload button does: fix the file, save it and run the cell
# again.
#
# **Or upload a file.** Choose a CSV file; the analysis appears under the button. To use
# the upload in the rest of the notebook, run the cell after the button as well.

# %% tags=["nbval-ignore-output"]
uploader = own_data.upload_widget()
uploader

# %%
if uploader.accounts is not None:
    accounts = uploader.accounts
tables.Note(f"Analysing {accounts.name}: {len(accounts)} accounts.")

# %% [markdown]
# ### When the file has a problem
#
# The loader does not guess silently. If a value is impossible (our sales above the
# customer's category spend, a negative amount, a share above 100 %) or unreadable, it
# stops and lists every problem it found, with the row as your spreadsheet shows it
# (header = row 1) and the column. For example:

# %%
broken = "klant;totale inkoop;onze omzet\nAlpha;10.000;12.500\nBeta;tienduizend;500\n".encode()
try:
    own_data.load_accounts(broken, name="example.csv")
except own_data.OwnDataError as problem:
    display(tables.text_block(problem))

# %% [markdown]
# ## Step 3: where can more orientation still pay?
#
# Lesson 4 defined the **share of wallet** (our sales / the customer's category spend) and
# the **headroom**: what the customer could still buy from us before we reach the ceiling
# of about 80 % that buyers who keep a second supplier rarely exceed (a practitioner's
# rule of thumb, not a law).
#
# **Predict first.** Before you run the next cell, write down which of *your* accounts you
# think has the most headroom, and which you spend the most hours on. Are they the same
# account?

# %%
fig, (ax_sow, ax_rank) = plots.subplots(1, 2, size="tall")
own_data.plot_share_of_wallet(ax_sow, accounts)
top = own_data.priorities(accounts, top=10)
own_data.plot_priorities(ax_rank, top)
fig.tight_layout()
plt.show()

# %%
top

# %% [markdown]
# **How to read this.** Each dot on the left is an account; the dashed line is the
# ceiling. Dots far below the line, on the right (big wallets), hold most of the headroom.
# Red dots are already at or above the ceiling: more orientation there wins satisfaction,
# hardly sales.
#
# The ranking multiplies the headroom by the account's **margin rate** (gross margin /
# our sales): a euro of headroom at a 30 % margin is worth more than one at 15 %. This
# **margin within reach** is the extra contribution the account could still give if its
# share rose to the ceiling. It is an upper bound: winning it costs time, which is the
# subject of the rest of this notebook.
#
# Was your prediction right? If the account you spend most hours on is not near the top
# of this list, the next step asks why.

# %% [markdown]
# ## Step 4: warning signs of overservice
#
# Lesson 5's warning score (0-100, stylized) adds up the signs your columns can show:
# hours against the tier's typical hours, time on small accounts, non-sales talk, internal
# requests, and hours on accounts already near the ceiling. Signs without data are left
# out. Per salesperson first; with no salesperson column your whole list counts as one
# person.

# %%
team = own_data.warning_scores(accounts, by="salesperson")
team

# %%
per_account = own_data.warning_scores(accounts, by="account")
fig, ax = plots.subplots(size="tall")
own_data.plot_warning_scores(ax, per_account, top=12)
ax.set_title("The twelve accounts with the highest warning score", loc="left")
fig.tight_layout()
plt.show()

# %% [markdown]
# **How to read this.** A score is a prompt for a conversation, not a verdict: amber
# starts at 30 and red above 60 on thresholds that were *chosen for teaching*, not
# estimated. Look at *which* signs drive an account's score. Many hours against its tier
# may be right for a customer in a big project; many hours plus non-sales talk plus
# internal requests on an account already near the ceiling is the pattern of lessons 3-5.

# %% [markdown]
# ## Step 5: who earns the profit? The whale curve
#
# With gross margin and cost to serve, each account's profit is margin minus cost to
# serve. Ranking accounts from most to least profitable and adding up gives the **whale
# curve**. Commonly reported ranges are that the most profitable 20 % of customers earn
# 150-300 % of total profit, while the least profitable ones lose money.

# %%
whale = own_data.whale_curve(accounts)
display(tables.Note(str(whale)))
fig, ax = plots.subplots()
own_data.plot_whale_curve(ax, whale)
fig.tight_layout()
plt.show()

# %% [markdown]
# Where the curve rises above 100 %, the accounts further right lose money on balance.
# Check whether they are the same accounts as the high warning scores above.

# %% [markdown]
# ## Step 6: a different split of the same hours
#
# Lesson 3's **equal-marginal-return rule**: spread your hours so that one more hour is
# worth the same on every account that gets time; an account whose first hour is worth
# less than that gets none. The model below assumes each account's margin grows with
# hours along the same saturating curve, scaled to its wallet and margin rate; the total
# number of hours stays what you spend now.

# %%
shift = own_data.suggested_hours(accounts, top=10)
fig, ax = plots.subplots(size="tall")
own_data.plot_hours_shift(ax, shift)
fig.tight_layout()
plt.show()
shift

# %% [markdown]
# **How to read this.** The model knows only your spend, margin and hours. It does not
# know that one account is about to sign a framework contract, or that another needs
# a visit to keep it. Read each big move as a question: *what would I lose if I gave
# this account fewer hours, and what could I win where the model wants more?* Accounts it
# gives no hours at all are those whose wallet is too small for the rule; in practice
# they may still need a phone call a year, or a cheaper channel (webshop, inside sales).

# %% [markdown]
# ## Key points
#
# * Your own list needs only three columns (account, category spend, our sales); each
#   further column switches on another analysis, and the loader tells you which.
# * **Share of wallet** and **headroom** to a ceiling of about 80 % show where growth is
#   still possible; weighing headroom by the **margin rate** ranks where more orientation
#   can still pay.
# * The **warning score** on your data names the signs that drive it; it is stylized and
#   a start for a conversation, not a verdict.
# * The **whale curve** shows whether a few accounts carry the profit while others lose it.
# * The **equal-marginal-return rule** gives a different split of the same hours; treat
#   it as a question to each account, not as a plan.
# * Your data stay on your machine (or in your temporary Binder session); clear them
#   before you share the notebook.
#
# ## References
#
# * Gupta, S., & Steenburgh, T. (2008). Allocating marketing resources. Harvard Business
#   School Working Paper 08-069.
# * Homburg, C., Müller, M., & Klarmann, M. (2011). When should the customer really be king?
#   On the optimum level of salesperson customer orientation in sales encounters.
#   *Journal of Marketing*, 75(2), 55–74.
# * Keiningham, T. L., Aksoy, L., Buoye, A., & Cooil, B. (2011). Customer loyalty isn't
#   enough. Grow your share of wallet. *Harvard Business Review*, October 2011.
# * Lodish, L. M. (1971). CALLPLAN: An interactive salesman's call planning system.
#   *Management Science*, 18(4, Part II), 25–40.
# * The whale-curve ranges are those commonly reported in the cost-to-serve literature;
#   the 80 % ceiling is a practitioner rule of thumb about dual sourcing (see lesson 4).

# %% [markdown]
# ## Before you share this notebook
#
# Run the cell below: it removes your account list and the results from the notebook's
# memory, empties the upload button and clears this cell's output. Then use the menu
# **Edit > Clear Outputs of All Cells** (or **Kernel > Restart Kernel and Clear Outputs of
# All Cells**) so that no table or picture of your data stays in the file, and save.

# %%
own_data.forget()
