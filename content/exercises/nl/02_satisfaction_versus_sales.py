# ---
# jupyter:
#   jupytext:
#     text_representation:
#       extension: .py
#       format_name: percent
# ---

# %% [markdown]
# # Oefeningen 2: tevredenheid tegenover verkoopresultaten
#
# | | |
# |---|---|
# | **Tijd** | 25 minuten (het optionele deel voor analisten: 10 minuten extra) |
# | **Hoort bij** | les [`notebooks/nl/02_satisfaction_versus_sales.ipynb`](../../notebooks/nl/02_satisfaction_versus_sales.ipynb) |
# | **Vragen** | 11 met een beoordeling, zonder programmeren; 2 optioneel voor analisten; 1 om te bespreken |
#
# **Zo werkt het.** Voer de eerste cel uit (Shift + Enter). Vervang bij elke vraag de
# `...` na het `=`-teken door je antwoord en voer de cel uit: `check(...)` zegt meteen
# of het goed is, en zo niet, dan krijg je een tip (bij de volgende poging een preciezere).
#
# * Een **letter** schrijf je zonder aanhalingstekens: `answer_q5 = B`. Een **naam** tussen aanhalingstekens: `"Bram D."`.
# * Een **getal** schrijf je zoals je gewend bent: `3,5`, `3.5`, `-12%` of `"−12 %"` werken allemaal.
#
# Elk antwoord kun je aflezen of uitrekenen uit wat het notebook laat zien. Kom je er niet
# uit? Vergelijk met
# [`solutions/nl/02_satisfaction_versus_sales.ipynb`](../../solutions/nl/02_satisfaction_versus_sales.ipynb), *nadat* je het zelf hebt geprobeerd.

# %%
from customer_king.messages import set_language
set_language("nl")  # tabellen, grafieken en feedback in het Nederlands
from customer_king.checks import A, B, C, D
from customer_king.answers_file import AnswersFile
from customer_king.exercise_sets import load, set02_satisfaction_versus_sales as this_set

check = load("02_satisfaction_versus_sales")
# Onthoudt elk antwoord dat je controleert, voor "Download mijn antwoorden" aan het eind
# (Binder wist sessies die stilliggen).
answers = AnswersFile(check)

# %% [markdown]
# ## Deel A: de curves aflezen
#
# De tevredenheid en de omzet in het lesmodel, uitgezet tegen de klantgerichtheid (de getallen
# van het model zijn illustraties, geen metingen):

# %%
this_set.curves_figure()

# %% [markdown]
# **Vraag 1.** Bij welke klantgerichtheid, op de schaal van 1 tot 7, bereikt de omzet in het
# model zijn top? Lees het af in de rechtergrafiek; op een kwart punt nauwkeurig is genoeg.

# %%
answer_q1 = 3.5  # SOLUTION
check("q1", answer_q1)

# %% [markdown] tags=["solution"]
# **Waar je kijkt.** Het hoogste punt van de omzetcurve in de rechtergrafiek, recht naar
# beneden gelezen op de horizontale as: net voorbij de rasterlijn bij 3,5. De curve is vlak
# bij de top, dus elke aflezing binnen een kwart punt telt. De linkercurve blijft stijgen tot
# 7: dat is de tevredenheid, niet de omzet.

# %% [markdown]
# ## Deel B: het mechanisme
#
# In het model is de omzet = share of wallet per bediende klant (het aandeel van jouw bedrijf
# in wat de klant in een productsoort inkoopt) × het inkoopbudget van de bediende klanten. De
# tabel laat beide zien bij elke klantgerichtheid. Neem een verkoper die van klantgerichtheid
# **4** naar klantgerichtheid **6** gaat, en reken elke verandering uit in procenten,
# (nieuw − oud) ÷ oud. Een daling is een negatieve verandering, zoals `-10%`.

# %%
this_set.mechanism_table()

# %% [markdown]
# **Vraag 2.** Met hoeveel procent verandert de share of wallet per bediende klant van 4
# naar 6?

# %%
answer_q2 = "15,5%"  # SOLUTION
check("q2", answer_q2)

# %% [markdown]
# **Vraag 3.** Met hoeveel procent verandert het inkoopbudget van de bediende klanten van 4
# naar 6?

# %%
answer_q3 = "-25%"  # SOLUTION
check("q3", answer_q3)

# %% [markdown]
# **Vraag 4.** Met hoeveel procent verandert de omzet van 4 naar 6?
#
# <details><summary>Tip</summary>
# Lees de omzetkolom zelf af. Vergelijk daarna met je antwoorden op vraag 2 en 3: tellen de
# twee veranderingen op tot deze?
# </details>

# %%
answer_q4 = "-13,4%"  # SOLUTION
check("q4", answer_q4)

# %% [markdown] tags=["solution"]
# **Zo reken je het uit.** Elk antwoord gebruikt de rijen voor 4 en 6 van één kolom: de kolom
# share of wallet voor vraag 2, de kolom inkoopbudget voor vraag 3, de omzetkolom voor vraag
# 4, telkens als (waarde bij 6 − waarde bij 4) ÷ waarde bij 4. De share of wallet stijgt, maar
# minder dan het bediende inkoopbudget daalt, dus de omzet daalt. Omdat de omzet het
# *product* van die twee is, vermenigvuldigen de veranderingen zich,
# (1 + verandering share) × (1 + verandering inkoopbudget) − 1; de twee percentages optellen
# geeft een ander, verkeerd getal.

# %% [markdown]
# **Vraag 5.** Waarom daalt de omzet in het model voorbij de top?
#
# * **A** Klanten worden minder tevreden bij hoge klantgerichtheid
# * **B** De share of wallet daalt bij hoge klantgerichtheid
# * **C** De share of wallet blijft stijgen, maar te langzaam om het inkoopbudget goed te maken van de klanten die niet meer bediend worden
# * **D** Het plafond van 80% wordt precies bij de top bereikt

# %%
answer_q5 = C  # SOLUTION
check("q5", answer_q5)

# %% [markdown] tags=["solution"]
# **Waarom C.** In de tabel daalt de kolom tevredenheid nooit, en de kolom share of wallet
# ook niet; de kolom inkoopbudget wel, omdat elke klant meer uren kost en er minder klanten
# in een jaar passen.

# %% [markdown]
# ## Deel C: het casebedrijf
#
# Bij Koningsvast is het klanttevredenheidsonderzoek de trots van het team. De tabel vat de
# klanten van elke verkoper samen: hoe tevreden die klanten gemiddeld zijn, wat ze kopen en
# de winst die ze overlaten na de kosten om ze te bedienen. (Het casebedrijf en zijn gegevens
# zijn verzonnen voor dit lesmateriaal.)

# %%
this_set.team_table()

# %% [markdown]
# **Vraag 6.** Wiens klanten zijn het meest tevreden? Typ de naam tussen aanhalingstekens,
# zoals de tabel hem schrijft.

# %%
answer_q6 = "Mirjam T."  # SOLUTION
check("q6", answer_q6)

# %% [markdown]
# **Vraag 7.** Hoeveel winst, in euro's per jaar, leveren de klanten van die verkoper samen
# op, na de kosten om te bedienen?

# %%
answer_q7 = 5847  # SOLUTION
check("q7", answer_q7)

# %% [markdown]
# **Vraag 8.** Bij hoeveel verkopers *verliezen* de klanten samen geld, na de kosten van
# bediening?

# %%
answer_q8 = 5  # SOLUTION
check("q8", answer_q8)

# %% [markdown] tags=["solution"]
# **Waar je kijkt.** Vraag 6: de hoogste waarde in de kolom gemiddelde tevredenheid; twee
# verkopers liggen dicht bij elkaar, en de twee decimalen houden ze uit elkaar. Vraag 7:
# dezelfde rij, laatste kolom. Vraag 8: tel de rijen waarvan de winst een minteken heeft. De
# meest tevreden klanten horen bij een van de meest klantgerichte verkopers van het team, maar
# hun klanten laten weinig winst over als de kosten om te bedienen eraf zijn, terwijl de meest
# winstgevende portefeuille een middelmatige tevredenheid heeft. De gegevens zijn verzonnen:
# ze laten het patroon zien waar het onderzoek voor waarschuwt, geen meting.

# %% [markdown]
# ## Deel D: de verkenner
#
# Beweeg de schuifregelaar: de zin eronder geeft de tevredenheid en de omzet in het model bij
# die klantgerichtheid, en hoe ver je van de omzettop af zit.

# %% tags=["nbval-ignore-output"]
from customer_king.explorers import satisfaction_sales_explorer

satisfaction_sales_explorer()

# %% [markdown]
# **Vraag 9.** Zet de schuifregelaar op **6,5**. Hoeveel € miljoen per jaar is de omzet in
# het model daar lager dan bij de top?

# %%
answer_q9 = 3.0  # SOLUTION
check("q9", answer_q9)

# %% [markdown] tags=["solution"]
# **Waar je kijkt.** Bij 6,5 zegt de zin onder de schuifregelaar dat je voorbij de omzettop
# zit, en geeft vetgedrukt hoeveel € miljoen lager de omzet is, terwijl de tevredenheid hoger
# is dan bij de top.

# %% [markdown]
# ## Deel E: wat het onderzoek zegt
#
# **Vraag 10.** Een salesdirecteur stelt voor om een deel van elke bonus te baseren op de
# jaarlijkse klanttevredenheidsscore. Wat is, na deze les, het grootste risico?
#
# * **A** Ze beloont klantgerichtheid voorbij de omzettop, waar de tevredenheid nog stijgt maar de omzet daalt
# * **B** Geen: tevredenheid voorspelt share of wallet sterk
# * **C** Verkopers gaan harder op de verkoop drukken, dus de tevredenheid daalt
# * **D** Tevredenheid is in B2B niet betrouwbaar te meten

# %%
answer_q10 = A  # SOLUTION
check("q10", answer_q10)

# %% [markdown]
# **Vraag 11.** Arslanagić-Kalajdžić et al. (2020) onderzochten 226 klanten van
# professionele dienstverleners. Wat vonden ze over de klantgerichtheid die de klanten
# ervoeren en hun tevredenheid over de relatie?
#
# * **A** De relatietevredenheid steeg gestaag met de klantgerichtheid die de klanten ervoeren
# * **B** Ervaren klantgerichtheid hing niet samen met relatietevredenheid
# * **C** De relatietevredenheid daalde bij elk niveau van klantgerichtheid
# * **D** De relatietevredenheid volgde een omgekeerde U: ze steeg met de ervaren klantgerichtheid en daalde daarna

# %%
answer_q11 = D  # SOLUTION
check("q11", answer_q11)

# %% [markdown] tags=["solution"]
# **Waarom deze antwoorden.** Een tevredenheidsbonus betaalt voor klantgerichtheid op elk
# niveau, ook voorbij de omzettop (vraag 10, A). Het onderzoek uit 2020 vond een omgekeerde U
# tussen ervaren klantgerichtheid en relatietevredenheid bij 226 klanten van professionele
# dienstverleners (vraag 11, D): "de tevredenheid blijft stijgen" geldt in sommige situaties,
# niet overal.

# %% [markdown]
# ## Bespreek met je buurman of buurvrouw (geen beoordeling)
#
# Welke van je klanten zouden je vandaag een 7 op 7 geven? Zou bij elk van hen één uur extra
# van jouw tijd volgende maand iets veranderen aan wat ze bij je kopen? Zo niet, voor wie zou
# dat uur meer waard zijn?

# %% [markdown]
# ## Je voortgang

# %%
check.progress()

# %% [markdown]
# ## Voor analisten (optioneel)
#
# Bij deze vragen reken je in Python met het model en de casegegevens. Ze tellen apart: de
# set is ook zonder deze vragen af.

# %%
import numpy as np

from customer_king import cases, model

# %% [markdown]
# **Vraag a1.** Met welke fractie verandert de omzet in het model van klantgerichtheid **3**
# naar **5**? Gebruik `model.sales` en `model.from_seven_point`.

# %%
sales_low = model.sales(model.from_seven_point(this_set.ANALYST_FROM))  # SOLUTION
sales_high = model.sales(model.from_seven_point(this_set.ANALYST_TO))  # SOLUTION
answer_a1 = sales_high / sales_low - 1  # SOLUTION
check("a1", answer_a1)

# %% [markdown]
# **Vraag a2.** Wat is, over alle klanten van Koningsvast, de correlatiecoëfficiënt tussen
# de tevredenheid van een klant en de winst op die klant na de kosten om te bedienen
# (`cases.account_profit`)?

# %%
acc = cases.load_case().accounts
answer_a2 = np.corrcoef(acc["satisfaction"], cases.account_profit(acc))[0, 1]  # SOLUTION
check("a2", answer_a2)

# %% [markdown] tags=["solution"]
# **Hoe.** a1: de relatieve verandering is nieuw ÷ oud − 1. a2: een correlatie dicht bij
# nul: in de casegegevens zegt hoe tevreden een klant is bijna niets over wat die klant
# oplevert.

# %%
check.progress()

# %% [markdown]
# ## Bewaar je antwoorden
#
# Je antwoorden worden met dit notebook bewaard (**File → Save**). **Op Binder zijn ze daar
# niet veilig**: na ongeveer 10 minuten zonder activiteit wist Binder de sessie en elk bestand
# erin. Klik vóór een pauze op **Download mijn antwoorden** en bewaar het bestand. Voer in een
# nieuwe kopie van dit notebook de eerste cel uit en laad het bestand hier met
# **Antwoordenbestand laden** (of `answers.load_answers("my-answers-….json")`): elk antwoord
# en de voortgangstabel komen terug.

# %% tags=["nbval-ignore-output"]
answers.buttons()
