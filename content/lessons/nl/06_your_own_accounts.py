# ---
# jupyter:
#   jupytext:
#     text_representation:
#       extension: .py
#       format_name: percent
# ---

# %% [markdown]
# # 6. Je eigen klanten: is *jouw* klant koning?
#
# **Waarom dit ertoe doet.** De vijf lessen werkten met een fictief bedrijf. De vragen zijn
# wel de jouwe: welke van je klanten kunnen nog groeien, waar gaat je tijd naartoe, en gaat
# er tijd naar klanten die al zo loyaal zijn als ze ooit worden? Dit notebook voert dezelfde
# analyses uit op je eigen klantenlijst, op je eigen computer.
#
# | | |
# |---|---|
# | **Tijd** | 30 minuten (10 om het bestand klaar te maken, 20 om de resultaten te lezen); geen oefenset |
# | **Voorkennis** | Les 1-5, vooral [share of wallet](04_share_of_wallet.ipynb) en [waarschuwingssignalen van overservice](05_warning_signs_of_overservice.ipynb); een CSV-export van je klanten (of gebruik het voorbeeld) |
#
# **Leerdoelen.** Na deze les kun je
# 1. een export van je klanten **klaarmaken** die de kit kan lezen (drie kolommen zijn genoeg);
# 2. voor elk van je klanten de share of wallet en de groeiruimte tot het plafond **berekenen**;
# 3. je klanten **rangschikken** naar waar meer klantgerichtheid nog kan lonen;
# 4. de waarschuwingsscore voor overservice op je eigen gegevens **lezen** en de signalen
#    **noemen** die hem bepalen;
# 5. de voorgestelde verschuiving van uren uit het model **beoordelen** als aanleiding, niet als
#    voorschrift.
#
# **Je gegevens blijven bij jou.** Niets in dit notebook stuurt gegevens ergens naartoe: het
# bestand wordt gelezen door Python in de kernel die jij draait, en de kit schrijft er nooit in.
# Op je eigen laptop blijft het bestand waar het staat. Op Binder staat de geüploade kopie
# alleen in je tijdelijke sessie, en die wordt gewist als de sessie eindigt (na ongeveer tien
# minuten zonder activiteit). De laatste cel laat zien hoe je de gegevens en de uitvoer
# verwijdert voordat je dit notebook opslaat of deelt.

# %%
from customer_king.messages import set_language
set_language("nl")  # tabellen, grafieken en feedback in het Nederlands
import matplotlib.pyplot as plt

from customer_king import own_data, plots, tables

plots.use_kit_style()

# %% [markdown]
# ## Stap 1: maak je bestand klaar
#
# Exporteer je klanten uit het CRM of een spreadsheet als **CSV** (in Excel: *Bestand >
# Opslaan als > CSV UTF-8 (door komma's gescheiden)*, of *CSV (gescheiden door
# lijstscheidingsteken)*). Eén rij per klant. Drie kolommen zijn verplicht:
#
# | kolom | Engelse namen die werken | Nederlandse namen die werken | eenheid |
# |---|---|---|---|
# | de klant | account, customer | klant, klantnaam | tekst |
# | de **inkoop in de productsoort** van de klant (zijn hele inkoopbudget in jouw productsoort, bij alle leveranciers samen) | category spend, total spend | categoriebesteding, totale inkoop | € per jaar |
# | **onze omzet** bij de klant | our sales, sales, revenue | onze omzet, omzet | € per jaar |
#
# Elke extra kolom zet meer aan. Tussen haakjes staan kolomnamen die de kit herkent, eerst
# de Nederlandse, dan de Engelse: de **uren** per klant (uren, hours), het **aandeel van de
# contacttijd dat niet commercieel is** (niet-commercieel aandeel, non-sales share), **interne
# verzoeken** (interne verzoeken, internal requests), **tevredenheid** (tevredenheid,
# satisfaction), de **klantklasse** (klantsegment, segment, tier), de **accountmanager**
# (accountmanager, salesperson), de **brutomarge** (brutomarge, gross margin) en de **kosten om
# de klant te bedienen** (kosten, cost to serve). De
# volledige lijst, met eenheden, staat in `OWN_DATA_DICTIONARY.md` naast het sjabloon
# `own_accounts_template.csv` (allebei in de map `data` van het pakket). Puntkomma's,
# decimale komma's en €- en %-tekens zijn allemaal prima.
#
# De inkoop in de productsoort is meestal een *schatting* (van de inkoper, uit de omvang van
# het bedrijf van de klant, of uit een marktonderzoek). Een ruwe schatting is goed genoeg voor
# een eerste blik; zeg er bij het bespreken van de resultaten bij hoe ruw.

# %%
template_columns = own_data.template_path().read_text(encoding="utf-8").strip().split(",")
tables.table(template_columns, [], caption=f"De kolommen van het sjabloon ({own_data.template_path().name})")

# %% [markdown]
# ## Stap 2: laad het bestand
#
# Er zijn twee manieren, en allebei geven ze dezelfde analyse:
#
# * **een pad**: vervang hieronder `own_data.sample_path()` door het pad van je bestand,
#   bijvoorbeeld `"C:/Users/ik/Documents/mijn_klanten.csv"`, of `"mijn_klanten.csv"` als het
#   naast dit notebook staat;
# * **uploaden**: gebruik de knop in de cel daarna (handig op Binder).
#
# Zolang je geen van beide doet, gebruikt het notebook een **fictief voorbeeld**: veertig
# klanten van drie accountmanagers, geëxporteerd zoals een Nederlandse Excel CSV schrijft
# (puntkomma's, decimale komma's, €-tekens).

# %%
path = own_data.sample_path()          # <- hier het pad naar jouw bestand
accounts = own_data.load_accounts(path)
tables.text_block(accounts.summary())

# %% [markdown]
# Lees de opmerkingen: ze zeggen wat de kit heeft aangenomen bij het inlezen (scheidingsteken,
# decimale notatie, percentages, rijen die als totaal zijn weggelaten) en welke analyses uit
# staan omdat er een kolom ontbreekt. Heeft je bestand een probleem, dan laat de cel zien wat je
# moet verbeteren, met de rij en de kolom, net als de uploadknop: verbeter het bestand, sla het
# op en voer de cel opnieuw uit.
#
# **Of upload een bestand.** Kies een CSV-bestand; de analyse verschijnt onder de knop. Wil je
# de upload in de rest van het notebook gebruiken, voer dan ook de cel na de knop uit.

# %% tags=["nbval-ignore-output"]
uploader = own_data.upload_widget()
uploader

# %%
if uploader.accounts is not None:
    accounts = uploader.accounts
tables.Note(f"Analyse van {accounts.name}: {len(accounts)} klanten.")

# %% [markdown]
# ### Als het bestand een probleem heeft
#
# De kit gaat niet stilletjes gokken. Is een waarde onmogelijk (onze omzet hoger dan de inkoop
# van de klant in de productsoort, een negatief bedrag, een aandeel boven 100%) of onleesbaar,
# dan stopt hij en somt hij elk probleem op dat hij vond, met de rij zoals je spreadsheet die
# laat zien (kopregel = rij 1) en de kolom. Bijvoorbeeld:

# %%
broken = "klant;totale inkoop;onze omzet\nAlpha;10.000;12.500\nBeta;tienduizend;500\n".encode()
try:
    own_data.load_accounts(broken, name="voorbeeld.csv")
except own_data.OwnDataError as problem:
    display(tables.text_block(problem))

# %% [markdown]
# ## Stap 3: waar kan meer klantgerichtheid nog lonen?
#
# Les 4 definieerde de **share of wallet** (onze omzet / de inkoop van de klant in de
# productsoort) en de **groeiruimte**: wat de klant nog bij ons zou kunnen kopen voordat we
# het plafond bereiken van ongeveer 80%, waar inkopers die een tweede leverancier aanhouden
# zelden overheen gaan (een vuistregel uit de praktijk, geen wet).
#
# **Eerst voorspellen.** Schrijf, voordat je de volgende cel uitvoert, op welke van *jouw*
# klanten volgens jou de meeste groeiruimte heeft, en aan welke je de meeste uren besteedt. Is
# dat dezelfde klant?

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
# **Zo lees je dit.** Elke stip links is een klant; de gestippelde lijn is het plafond.
# Stippen ver onder de lijn, aan de rechterkant (grote inkoopbudgetten), hebben de meeste
# groeiruimte. Rode stippen zitten al op of boven het plafond: meer klantgerichtheid levert
# daar tevredenheid op, nauwelijks omzet.
#
# De rangorde vermenigvuldigt de groeiruimte met het **margepercentage** van de klant
# (brutomarge / onze omzet): een euro groeiruimte tegen 30% marge is meer waard dan een euro
# tegen 15%. Deze **bereikbare marge** is de extra bijdrage die de klant nog kan leveren als
# zijn share zou stijgen tot het plafond. Het is een bovengrens: die marge binnenhalen kost tijd,
# en daar gaat de rest van dit notebook over.
#
# Had je voorspelling gelijk? Staat de klant waaraan je de meeste uren besteedt niet bovenaan
# deze lijst, dan vraagt de volgende stap waarom.

# %% [markdown]
# ## Stap 4: waarschuwingssignalen van overservice
#
# De waarschuwingsscore van les 5 (0-100, gestileerd) telt de signalen op die jouw kolommen
# kunnen laten zien: uren tegenover de gebruikelijke uren van de klantklasse, tijd voor kleine
# klanten, gesprekken over niet-salesonderwerpen, interne verzoeken, en uren bij klanten die al
# vlak onder het plafond zitten. Signalen zonder gegevens vallen weg. Eerst per verkoper; zonder
# kolom voor de accountmanager telt je hele lijst als één persoon.

# %%
team = own_data.warning_scores(accounts, by="salesperson")
team

# %%
per_account = own_data.warning_scores(accounts, by="account")
fig, ax = plots.subplots(size="tall")
own_data.plot_warning_scores(ax, per_account, top=12)
ax.set_title("De twaalf klanten met de hoogste waarschuwingsscore", loc="left")
fig.tight_layout()
plt.show()

# %% [markdown]
# **Zo lees je dit.** Een score is een aanleiding voor een gesprek, geen oordeel: oranje begint
# bij 30 en rood boven 60, op drempels die *voor het lesmateriaal zijn gekozen*, niet geschat.
# Kijk *welke* signalen de score van een klant bepalen. Veel uren tegenover de klantklasse kunnen
# terecht zijn voor een klant in een groot project; veel uren plus gesprekken over
# niet-salesonderwerpen plus interne verzoeken bij een klant die al vlak onder het plafond zit,
# is het patroon uit les 3-5.

# %% [markdown]
# ## Stap 5: wie verdient de winst? De walviscurve
#
# Met brutomarge en kosten om de klant te bedienen is de winst per klant de marge min die
# kosten. Zet je de klanten op volgorde van meest naar minst winstgevend en tel je op, dan krijg
# je de **walviscurve**. Vaak genoemde bandbreedtes zeggen dat de meest winstgevende 20% van de
# klanten 150-300% van de totale winst verdient, terwijl de minst winstgevende klanten geld
# kosten.

# %%
whale = own_data.whale_curve(accounts)
display(tables.Note(str(whale)))
fig, ax = plots.subplots()
own_data.plot_whale_curve(ax, whale)
fig.tight_layout()
plt.show()

# %% [markdown]
# Waar de curve boven 100% uitkomt, kosten de klanten verder naar rechts per saldo geld. Kijk of
# dat dezelfde klanten zijn als die met de hoge waarschuwingsscores hierboven.

# %% [markdown]
# ## Stap 6: dezelfde uren anders verdeeld
#
# De **regel van gelijke meeropbrengst** uit les 3: verdeel je uren zo dat één uur extra
# even veel oplevert bij elke klant die tijd krijgt; een klant bij wie het eerste uur minder
# oplevert dan dat, krijgt geen tijd. Het model hieronder neemt aan dat de marge van elke klant
# met de uren groeit volgens dezelfde afvlakkende curve, geschaald naar zijn inkoopbudget en
# zijn margepercentage; het totale aantal uren blijft wat je nu besteedt.

# %%
shift = own_data.suggested_hours(accounts, top=10)
fig, ax = plots.subplots(size="tall")
own_data.plot_hours_shift(ax, shift)
fig.tight_layout()
plt.show()
shift

# %% [markdown]
# **Zo lees je dit.** Het model kent alleen je inkoopbudgetten, marges en uren. Het weet niet
# dat de ene klant op het punt staat een raamcontract te tekenen, of dat een andere klant een
# bezoek nodig heeft om hem te houden. Lees elke grote verschuiving als een vraag: *wat zou ik
# verliezen als ik deze klant minder uren gaf, en wat zou ik kunnen winnen waar het model meer
# uren wil?* Klanten die helemaal geen uren krijgen, hebben een te klein inkoopbudget voor de
# regel; in de praktijk hebben ze misschien toch één telefoontje per jaar nodig, of een
# goedkoper kanaal (webshop, binnendienst).

# %% [markdown]
# ## Kernpunten
#
# * Je eigen lijst heeft maar drie kolommen nodig (klant, inkoop in de productsoort, onze
#   omzet); elke extra kolom zet een analyse aan, en de kit vertelt je welke.
# * **Share of wallet** en **groeiruimte** tot een plafond van ongeveer 80% laten zien waar nog
#   groei mogelijk is; weeg je de groeiruimte met het **margepercentage**, dan zie je waar meer
#   klantgerichtheid nog kan lonen.
# * De **waarschuwingsscore** op je eigen gegevens noemt de signalen die hem bepalen; hij is
#   gestileerd en een begin van een gesprek, geen oordeel.
# * De **walviscurve** laat zien of een paar klanten de winst dragen terwijl andere er geld
#   kosten.
# * De **regel van gelijke meeropbrengst** geeft een andere verdeling van dezelfde uren;
#   zie die als een vraag per klant, niet als een plan.
# * Je gegevens blijven op je eigen computer (of in je tijdelijke Binder-sessie); wis ze
#   voordat je het notebook deelt.
#
# ## Bronnen
#
# * Gupta, S., & Steenburgh, T. (2008). Allocating marketing resources. Harvard Business
#   School Working Paper 08-069.
# * Homburg, C., Müller, M., & Klarmann, M. (2011). When should the customer really be king?
#   On the optimum level of salesperson customer orientation in sales encounters.
#   *Journal of Marketing*, 75(2), 55–74.
# * Keiningham, T. L., Aksoy, L., Buoye, A., & Cooil, B. (2011). Customer loyalty isn't
#   enough. Grow your share of wallet. *Harvard Business Review*, oktober 2011.
# * Lodish, L. M. (1971). CALLPLAN: An interactive salesman's call planning system.
#   *Management Science*, 18(4, Part II), 25–40.
# * De bandbreedtes van de walviscurve zijn de cijfers die vaak worden genoemd in de literatuur
#   over de kosten om klanten te bedienen; het plafond van 80% is een vuistregel uit de praktijk
#   over inkopen bij twee leveranciers (zie les 4).

# %% [markdown]
# ## Voordat je dit notebook deelt
#
# Voer de cel hieronder uit: die haalt je klantenlijst en de resultaten uit het geheugen van het
# notebook, maakt de uploadknop leeg en wist de uitvoer van deze cel. Kies daarna in het menu
# van JupyterLab **Edit > Clear Outputs of All Cells** (of **Kernel > Restart Kernel and Clear
# Outputs of All Cells**), zodat er geen tabel of figuur van je gegevens in het bestand
# achterblijft, en sla het op.

# %%
own_data.forget()
