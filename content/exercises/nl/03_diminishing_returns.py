# ---
# jupyter:
#   jupytext:
#     text_representation:
#       extension: .py
#       format_name: percent
# ---

# %% [markdown]
# # Oefeningen 3: afnemende meeropbrengsten
#
# | | |
# |---|---|
# | **Tijd** | 25 minuten (het optionele deel voor analisten: 10 minuten extra) |
# | **Hoort bij** | les [`notebooks/nl/03_diminishing_returns.ipynb`](../../notebooks/nl/03_diminishing_returns.ipynb) |
# | **Vragen** | 9 met beoordeling, zonder programmeren; 2 optioneel voor analisten; 1 om te bespreken |
#
# **Zo werkt het.** Voer de eerste cel uit (Shift + Enter). Vervang bij elke vraag de `...`
# na het `=` door je antwoord en voer de cel uit: `check(...)` zegt meteen of het goed is,
# en zo niet, dan krijg je een tip (bij de volgende poging een gerichtere).
#
# * Een **letter** zonder aanhalingstekens: `answer_q5 = B`.
# * Een **getal** zoals je het gewend bent: `3,25`, `3.25`, `2500000` en, tussen
#   aanhalingstekens, `"€ 2.500.000"` werken allemaal.
#
# Elk antwoord kun je aflezen of uitrekenen uit wat het notebook laat zien. Alle grafieken en
# tabellen komen uit het lesmodel (illustraties, geen metingen) of van het verzonnen
# casebedrijf. Kom je er niet uit? Vergelijk met
# [`solutions/nl/03_diminishing_returns.ipynb`](../../solutions/nl/03_diminishing_returns.ipynb), maar pas *nadat* je het zelf hebt geprobeerd.

# %%
from customer_king.messages import set_language
set_language("nl")  # tabellen, grafieken en feedback in het Nederlands
from customer_king.checks import A, B, C, D
from customer_king.answers_file import AnswersFile
from customer_king.exercise_sets import load, set03_diminishing_returns as this_set

check = load("03_diminishing_returns")
# Onthoudt elk antwoord dat je controleert, voor "Download mijn antwoorden" onderaan
# (Binder wist sessies die stilliggen).
answers = AnswersFile(check)

# %% [markdown]
# ## Deel A: wat de volgende stap oplevert
#
# Wat voegt één punt meer klantgerichtheid toe aan de jaaromzet in het model? Elke rij is
# één stap van één punt.

# %%
this_set.steps_table()

# %% [markdown]
# **Vraag 1.** Hoeveel euro verandert de jaaromzet als de verkoper van klantgerichtheid **2**
# naar klantgerichtheid **3** gaat?

# %%
answer_q1 = 2_575_000  # SOLUTION
check("q1", answer_q1)

# %% [markdown] tags=["solution"]
# **Waar je kijkt.** De rij "2 → 3". Elke rij is kleiner dan de rij erboven: elke stap levert
# minder op dan de vorige, en vanaf een bepaalde stap kost hij zelfs omzet. Dat zijn
# afnemende meeropbrengsten.

# %% [markdown]
# De volgende grafiek toont dezelfde soort stappen voor een andere verkoper: iemand die
# **maatwerkproducten** verkoopt in een markt met **hevige concurrentie** (beide moderators op
# +1). Elke staaf is wat één stap aan omzet toevoegt; het label erboven geeft het bedrag in
# € miljoen.

# %%
this_set.steps_figure()

# %% [markdown]
# **Vraag 2.** Wat is voor deze verkoper de eerste stap die omzet *kost*? Antwoord met de
# score waar de stap begint (bijvoorbeeld `2` voor de stap 2→3).

# %%
answer_q2 = 5  # SOLUTION
check("q2", answer_q2)

# %% [markdown] tags=["solution"]
# **Waar je kijkt.** Lees de staven van links: de eerste onder de nullijn (en in de kleur voor
# verlies) heeft het label 5→6, dus het antwoord is 5. De staven worden later negatief dan in
# de tabel van de basissituatie hierboven, omdat maatwerkproducten en hevige concurrentie het
# optimum omhoog duwen.

# %% [markdown]
# ## Deel B: winst tegenover omzet
#
# De volgende grafiek toont de winst in het model voor een bedrijf waar maatwerk duur is: de
# kosten van maatwerk voor een klant bij klantgerichtheid 7 zijn € 15.000 per jaar in plaats
# van de standaardwaarde van het model.

# %%
this_set.profit_figure()

# %% [markdown]
# **Vraag 3.** Bij welke klantgerichtheid, op de schaal 1–7, bereikt deze winstcurve zijn top?
# Op een kwart punt nauwkeurig is genoeg.

# %%
answer_q3 = 3.0  # SOLUTION
check("q3", answer_q3)

# %% [markdown] tags=["solution"]
# **Waar je kijkt.** Het hoogste punt van de curve, recht naar beneden afgelezen op de
# horizontale as, die elk kwart punt een rasterlijn heeft: ongeveer bij 3. Dat ligt duidelijk
# onder de top van de omzet in het model (les 2): elke stap voorbij de top van de winst kost
# meer dan hij aan marge oplevert.

# %% [markdown]
# ## Deel C: moderators
#
# Homburg, Müller & Klarmann (2011) vonden dat het optimum hoger ligt bij hevige concurrentie.
# Beweeg de schuifregelaars van de verkenner: de zin eronder geeft waar omzet en winst in het
# model hun top bereiken, en hoe ver elke top is verschoven ten opzichte van de basissituatie.

# %% tags=["nbval-ignore-output"]
from customer_king.explorers import moderator_explorer

moderator_explorer()

# %% [markdown]
# **Vraag 4.** Zet de concurrentie op **+1** en de andere twee schuifregelaars op 0. Hoeveel
# punten op de schaal 1–7 verschuift de top van de omzet in het model?

# %%
answer_q4 = 0.34  # SOLUTION
check("q4", answer_q4)

# %% [markdown] tags=["solution"]
# **Waar je kijkt.** De zin onder de schuifregelaars: "een verschuiving van +… punt", direct na
# de top van de omzet. Positief: de top schuift omhoog, in de richting die het onderzoek vond.

# %% [markdown]
# **Vraag 5.** Wat mag je concluderen uit de verschuiving die je net hebt afgelezen?
#
# * **A** Bij hevige concurrentie moeten verkopers in de praktijk hun klantgerichtheid precies zoveel verhogen als de verschuiving die je bij vraag 4 aflas
# * **B** Concurrentie maakt van de omgekeerde U een curve die blijft stijgen
# * **C** De richting van de verschuiving is een onderzoeksresultaat; de grootte is een illustratie van het model
# * **D** Zowel de richting als de grootte is geschat door Homburg, Müller & Klarmann (2011)

# %%
answer_q5 = C  # SOLUTION
check("q5", answer_q5)

# %% [markdown] tags=["predict"] reveals=["top bovenaan de schaal"]
# **Vraag 6. Voorspel eerst.** Stel dat meer klantgerichtheid geen extra uren per klant zou
# kosten. Wat zou er dan met de omzetcurve van het model gebeuren? Antwoord *voordat* je de
# cel na de controle uitvoert: die laat het antwoord van het model zien.
#
# * **A** De top blijft waar hij is
# * **B** De omzet stijgt door tot klantgerichtheid 7: geen top binnen de schaal
# * **C** De omzet daalt bij elke stap
# * **D** De top schuift naar een lagere klantgerichtheid

# %%
answer_q6 = B  # SOLUTION
check("q6", answer_q6)

# %% [markdown]
# <details><summary><b>Controleer je voorspelling</b> (klik om te openen, na je antwoord)</summary>
# Zonder tijdkosten bereikt de omzet in het model zijn top bovenaan de schaal: elk punt
# klantgerichtheid levert nog steeds share of wallet op, en er gaat geen klant verloren. De
# volgende cel toont beide toppen.
# </details>

# %%
this_set.time_cost_reveal()

# %% [markdown] tags=["solution"]
# **Waarom B.** Het zijn de tijdkosten die de curve omlaag buigen: elk punt klantgerichtheid
# kost uren, en daarmee klanten. Zonder die kosten levert elke stap nog steeds share of wallet
# op zonder dat er een klant verloren gaat, dus stijgt de omzet tot bovenaan de schaal, zoals
# de tabel laat zien.

# %% [markdown]
# ## Deel D: uren verdelen over klanten
#
# Koen H. van Koningsvast verdeelt zijn uren heel ongelijk. De tabel toont zijn klanten, het
# grootste inkoopbudget eerst, met zijn uren nu en wat de regel van gelijke meeropbrengst elke
# klant zou geven uit hetzelfde totaal aan uren. (De responscurve achter de regel is een
# aanname van het model: lees de uitkomst als aanleiding voor een gesprek met Koen, niet als
# rooster.)

# %%
this_set.koen_table()

# %% [markdown]
# **Vraag 7.** Hoeveel uur per jaar geeft de regel de grootste klant van Koen?

# %%
answer_q7 = 139.3  # SOLUTION
check("q7", answer_q7)

# %% [markdown]
# **Vraag 8.** Bij hoeveel klanten van Koen geeft de regel *meer* uren dan hij er nu aan
# besteedt?

# %%
answer_q8 = 12  # SOLUTION
check("q8", answer_q8)

# %% [markdown] tags=["solution"]
# **Waar je kijkt.** Vraag 7: de eerste rij (het grootste inkoopbudget), laatste kolom: veel
# minder uren dan Koen er nu aan besteedt. Vraag 8: vergelijk de laatste twee kolommen rij voor
# rij en tel de rijen waarin de uren volgens de regel groter zijn. De uren die weggaan bij
# klanten die nu meer tijd krijgen dan ze opleveren (overservice), gaan naar klanten waar het
# volgende uur meer oplevert; de kleinste klanten krijgen niets.

# %% [markdown]
# **Vraag 9.** Een verkoper bedient twee klanten, X en Y. Eén uur extra bij X zou € 300 omzet
# opleveren, één uur extra bij Y € 120. Allebei krijgen ze nu tijd. Wat zegt de regel van
# gelijke meeropbrengst dat de verkoper moet doen?
#
# * **A** Verschuif uren van Y naar X tot het volgende uur bij allebei evenveel oplevert
# * **B** Geef beide klanten evenveel uren
# * **C** Verschuif uren van X naar Y, want X krijgt al veel aandacht
# * **D** Stop helemaal met het bedienen van Y

# %%
answer_q9 = A  # SOLUTION
check("q9", answer_q9)

# %% [markdown] tags=["solution"]
# **Waarom A.** Uren horen te gaan naar waar het volgende uur meer oplevert, tot de opbrengsten
# gelijk zijn; evenveel uren, of "de grote klant heeft genoeg gehad", is niet de regel.

# %% [markdown]
# ## Bespreek met je buurman of buurvrouw (telt niet mee)
#
# Denk aan je grootste klant en aan een van je kleinere. Hoeveel uur kreeg elk ongeveer in het
# afgelopen kwartaal? Wat had één uur extra bij elk opgeleverd? Zou je uren verschuiven, en wat
# zou je tegenhouden?

# %% [markdown]
# ## Je voortgang

# %%
check.progress()

# %% [markdown]
# ## Voor analisten (optioneel)
#
# Bij deze vragen reken je in Python met het model. Ze tellen apart: de set is af zonder deze
# vragen. Eén punt op de schaal 1–7 is `model.ONE_POINT` in de eenheden van het model (0–1).

# %%
import numpy as np

from customer_king import cases, model

# %% [markdown]
# **Vraag a1.** Een bedrijf met een premiumprijsstrategie (`model.moderated(premium_price=1)`):
# hoeveel euro verandert de jaaromzet in het model bij de stap van klantgerichtheid **4,5** naar
# **5,5**? Gebruik `model.marginal(model.sales, c, params, step=...)`.

# %%
premium = model.moderated(**this_set.ANALYST_SITUATION)  # SOLUTION
start = model.from_seven_point(this_set.ANALYST_SCORE)  # SOLUTION
answer_a1 = model.marginal(model.sales, start, premium, step=model.ONE_POINT)  # SOLUTION
check("a1", answer_a1)

# %% [markdown]
# **Vraag a2.** Verdeel het totaal aan uren van Koen met
# `model.allocate_hours(wallets, budget, saturation_hours=20)`: hoeveel uur krijgt zijn grootste
# klant?

# %%
koen = cases.load_case().accounts_of(this_set.ALLOCATION_SALESPERSON)
wallets, hours_now = koen["category_spend_eur"], koen["hours_per_year"]
plan = model.allocate_hours(wallets, hours_now.sum(), saturation_hours=this_set.ANALYST_SATURATION_HOURS)  # SOLUTION
answer_a2 = plan[np.argmax(wallets)]  # SOLUTION
check("a2", answer_a2)

# %% [markdown] tags=["solution"]
# **Hoe.** a1: `model.marginal` geeft wat de hele stap toevoegt; delen door de stapgrootte zou
# een tempo per eenheid van de schaal 0–1 geven. a2: met een kleinere `saturation_hours` vlakt
# de reactie van elke klant op extra uren eerder af, dus extra uren bij de grootste klant
# renderen eerder niet meer en de regel geeft die klant minder uren.

# %%
check.progress()

# %% [markdown]
# ## Bewaar je antwoorden
#
# Je antwoorden worden met dit notebook opgeslagen (**File → Save** in het menu van
# JupyterLab). **Op Binder zijn ze daar niet veilig**: na ongeveer 10 minuten zonder activiteit
# wist Binder de sessie en elk bestand erin. Klik vóór een pauze op **Download mijn
# antwoorden** en bewaar het bestand. Voer in een nieuwe kopie van dit notebook de eerste cel
# uit en laad het bestand hier met **Antwoordenbestand laden** (of
# `answers.load_answers("my-answers-….json")`): alle antwoorden en de voortgangstabel komen
# terug.

# %% tags=["nbval-ignore-output"]
answers.buttons()
