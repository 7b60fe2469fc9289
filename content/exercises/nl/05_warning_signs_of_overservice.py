# ---
# jupyter:
#   jupytext:
#     text_representation:
#       extension: .py
#       format_name: percent
# ---

# %% [markdown]
# # Oefeningen 5: waarschuwingssignalen voor overservice
#
# | | |
# |---|---|
# | **Tijd** | 25 minuten (plus het deel voor analisten, als je wilt) |
# | **Hoort bij** | les [`notebooks/nl/05_warning_signs_of_overservice.ipynb`](../../notebooks/nl/05_warning_signs_of_overservice.ipynb) |
# | **Vragen** | 10 met beoordeling, te beantwoorden met wat je ziet (geen code nodig); 4 extra voor analisten; 1 om te bespreken |
#
# **Zo werkt het.** Voer de cellen van boven naar beneden uit (Shift + Enter). Bij elke vraag
# hoort een tabel, een grafiek of een verkenner: lees de waarde af die je nodig hebt, of reken
# hem uit met een rekenmachine, typ hem op de plaats van de `...` en voer de cel uit. `check(...)`
# zegt meteen of je antwoord goed is; zo niet, dan krijg je een tip, en bij de volgende poging
# een preciezere. Typ getallen zoals je ze zou opschrijven: `0.3`, `10,5` en `188` werken
# allemaal, en `"30 %"` tussen aanhalingstekens ook. Bij een keuzevraag typ je de letter (`C`);
# bij een rijtje mensen hun namen tussen aanhalingstekens, met komma's ertussen
# (`"Anouk V., Bram D."`). De laatste cel van het hoofddeel laat je voortgang zien. Kom je er
# niet uit? Vergelijk *nadat* je het zelf hebt geprobeerd met
# [`solutions/nl/05_warning_signs_of_overservice.ipynb`](../../solutions/nl/05_warning_signs_of_overservice.ipynb).
#
# De gegevens zijn die van **Koningsvast**, het fictieve casebedrijf van de kit: de cijfers
# komen uit de gegevensgenerator van de kit (met vaste startwaarde), niet van een echt bedrijf.
# De lijst met waarschuwingssignalen is een samenvatting van de kit zelf: de vier signalen uit
# de blog (die het onderzoek samenvat, een secundaire bron) plus één uit les 4. De
# waarschuwingsscore, de drempels, de gewichten en de kleuren zijn **gestileerde** illustraties,
# net als in de les.

# %%
from customer_king.messages import set_language
set_language("nl")  # tabellen, grafieken en feedback in het Nederlands
from customer_king.checks import A, B, C, D, E
from customer_king.answers_file import AnswersFile
from customer_king.exercise_sets import load, set05_warning_signs_of_overservice as sheet
from customer_king.explorers import warning_score_explorer

check = load("05_warning_signs_of_overservice")
# Onthoudt elk antwoord dat je controleert, voor "Download mijn antwoorden" onderaan
# (Binder ruimt sessies op die stilliggen).
answers = AnswersFile(check)

# %% [markdown]
# ## Deel A: uren tegenover de norm van de klantklasse
#
# De uren van elke klant vergelijk je met de **norm** van zijn klantklasse (A, B of C): de
# mediaan van de uren per klant in die klasse, over het hele bedrijf.

# %%
sheet.benchmarks()

# %%
sheet.sample_accounts()

# %% [markdown]
# **Vraag 1.** Hoeveel keer de norm van zijn klantklasse krijgt **Velhorst Staalbouw B.V.**?
# (Twee of drie cijfers zijn precies genoeg.)

# %%
answer_q1 = 10.5  # SOLUTION
check("q1", answer_q1)

# %% [markdown] tags=["solution"]
# **Waar je kijkt.** Velhorst Staalbouw is een C-klant met 96,3 uur per jaar; de norm voor
# klasse C is 9,2 uur. 96,3 / 9,2 ≈ 10,5: een kleine klant krijgt de uren van een B-klant, en
# meer. Elke klant vergelijk je met zijn *eigen* klasse: naast de norm voor A-klanten zouden
# dezelfde uren bescheiden lijken.

# %% [markdown]
# Het eerste signaal telt volledig mee vanaf **2,2 keer** de norm. De tabel telt per verkoper
# die klanten met overservice.

# %%
sheet.overserved_by_salesperson()

# %% [markdown]
# **Vraag 2.** Welk deel van de eigen klanten van **Fleur B.** krijgt overservice?

# %%
answer_q2 = 0.476  # SOLUTION
check("q2", answer_q2)

# %% [markdown] tags=["solution"]
# **Waar je kijkt.** De rij van Fleur B.: 10 klanten met overservice van de 21 die ze bedient,
# 10 / 21 ≈ 0,476, bijna de helft van haar portefeuille. (Delen door de 32 klanten met
# overservice van het hele team geeft haar deel van het probleem van het team: een andere
# vraag.)

# %% [markdown]
# ## Deel B: de waarschuwingsscore met de hand
#
# Elk signaal heeft een punt waar het begint mee te tellen en een punt waar het volledig
# meetelt; daartussen telt het naar verhouding. Met de vijf meetbare signalen even zwaar
# gewogen, levert elk signaal hooguit 20 van de 100 punten op (zo werkt de gestileerde score
# van het model).

# %%
sheet.thresholds()

# %%
sheet.other_rep()

# %% [markdown]
# **Vraag 3.** Wat is de waarschuwingsscore (0–100) van deze verkoper bij een andere groothandel?

# %%
answer_q3 = 40  # SOLUTION
check("q3", answer_q3)

# %% [markdown] tags=["solution"]
# **Zo reken je het uit.** Per signaal: hoe ver van "telt mee vanaf" naar "telt volledig mee
# vanaf"? Uren op 2,6 keer de norm liggen voorbij 2,2, dus dat signaal telt volledig mee (1,
# niet 1,4); −5 punten bij kleine klanten ligt onder 0, dus dat signaal levert niets op (0, geen
# negatief getal); gesprekken over niet-salesonderwerpen op 38% zijn (38 − 30) / 40 = 0,2 van de
# weg; interne verzoeken op 2,1 keer zijn (2,1 − 1,5) / 2 = 0,3; uren dicht bij het plafond op
# 25% zijn (25 − 10) / 30 = 0,5. Elk signaal weegt een vijfde:
# 100 × (1 + 0 + 0,2 + 0,3 + 0,5) / 5 = 40: oranje, in het model.

# %% [markdown]
# Het derde signaal, gesprekken over niet-salesonderwerpen, weeg je naar **uren**: een klant
# waar een verkoper veel uren zit, telt zwaarder dan een kort telefoontje. Hier is nog een
# verzonnen verkoper:

# %%
sheet.talk_accounts()

# %% [markdown]
# **Vraag 4.** Welk deel van de contacttijd van deze verkoper gaat op aan gesprekken over
# niet-salesonderwerpen, als je elke klant naar zijn uren weegt?

# %%
answer_q4 = 0.335  # SOLUTION
check("q4", answer_q4)

# %% [markdown] tags=["solution"]
# **Zo reken je het uit.** Uren aan niet-salesgesprekken per klant: 120 × 45% = 54,
# 50 × 20% = 10, 20 × 10% = 2 en 10 × 10% = 1, samen 67 van de 200 uur: 67 / 200 = 0,335. Het
# gewone gemiddelde van de vier percentages (21,25%) laat een klant van 10 uur even zwaar tellen
# als de klant van 120 uur, waar de meeste tijd naartoe gaat.

# %% [markdown]
# ## Deel C: de walviscurve
#
# De grafiek zet de klanten van Koningsvast op volgorde van meest naar minst winstgevend (winst
# na de kosten om de klant te bedienen) en telt hun winst gaandeweg op, als percentage van de
# totale winst.

# %%
sheet.draw_whale_curve()

# %% [markdown]
# **Vraag 5.** Hoeveel procent van de totale winst is de opgetelde winst op de top van de
# curve? Antwoord in procenten, zoals op de as (een paar punten ernaast is prima).

# %%
answer_q5 = 188  # SOLUTION
check("q5", answer_q5)

# %% [markdown] tags=["solution"]
# **Waar je kijkt.** Het hoogste punt van de curve, afgelezen op de verticale as: ongeveer
# 189%. In de (fictieve) casegegevens verdienen de winstgevende klanten samen bijna twee keer
# de totale winst van het bedrijf; de rest geeft het verschil weer weg. (De stippellijn op 100%
# is waar de curve eindigt, niet de top.)

# %% [markdown]
# **Vraag 6.** Wat vertelt het dalende rechterdeel van de curve je?

# %%
sheet.options("q6")

# %%
answer_q6 = A  # SOLUTION
check("q6", answer_q6)

# %% [markdown]
# ## Deel D: het team
#
# De verkenner geeft de twaalf verkopers een score (de gestileerde waarschuwingsscore van het
# model). De balken laten zien hoeveel punten elk
# signaal oplevert; met de schuifregelaars stel je in hoe zwaar elk signaal weegt (eerst allemaal
# op 1), en de zin onder de schuifregelaars noemt wie rood en wie oranje is.

# %% [markdown] tags=["predict"] reveals=["rood, Mirjam T.; oranje, Koen H.", "Fleur B. zakt naar groen"]
# **Eerst voorspellen.** Met elk gewicht op 1 vallen drie verkopers op. Stel dat alleen
# *uren bij klanten dicht bij het plafond* meetelden. Hoeveel van die drie zouden dan nog oranje
# of rood zijn: geen, één, twee of alle drie? Kijk naar de gele stukken, doe een gok en zet dan
# de andere vier gewichten op 0.

# %% tags=["nbval-ignore-output"]
warning_score_explorer()

# %% [markdown]
# **Vraag 7.** Met elk gewicht op 0 behalve *uren bij klanten dicht bij het plafond* (op 1):
# wie is oranje of rood? Geef de namen, tussen aanhalingstekens, met komma's ertussen. Het team:

# %%
sheet.team_options()

# %%
answer_q7 = "Mirjam T., Koen H."  # SOLUTION
check("q7", answer_q7)

# %% [markdown] tags=["solution"]
# **Waar je kijkt.** Zet je de vier andere gewichten op 0, dan meldt de zin onder de
# schuifregelaars: rood, Mirjam T.; oranje, Koen H. Fleur B. zakt naar groen: met gelijke
# gewichten valt ze op door haar uren, haar interne verzoeken en haar gesprekken, maar ze
# besteedt weinig tijd aan klanten dicht bij het plafond. Geen enkel signaal vindt in zijn eentje
# alle verkopers met overservice; ze vallen op als meerdere signalen dezelfde kant op wijzen.

# %% [markdown]
# De volgende tabel laat voor de drie verkopers die bij gelijke gewichten opvallen zien hoeveel
# uren er vrijkomen als elke klant met overservice teruggaat naar 1,2 keer de norm van zijn
# klantklasse (waar het eerste signaal begint mee te tellen).

# %%
sheet.freed_hours()

# %% [markdown]
# **Vraag 8.** Welk deel van het urenbudget per jaar van **Koen H.** zou daarmee vrijkomen?

# %%
answer_q8 = 0.297  # SOLUTION
check("q8", answer_q8)

# %% [markdown] tags=["solution"]
# **Waar je kijkt.** De rij van Koen H.: 342 uur vrij van een budget van 1.150 uur,
# 342 / 1.150 ≈ 0,297, bijna 30% van zijn jaar: tijd die naar klanten met groeiruimte kan.

# %% [markdown]
# **Vraag 9.** Sanne K. is zeer klantgericht (vierde van de twaalf op de scores voor
# klantgerichtheid in het team; de drie boven haar zijn de drie die opvallen), en toch is haar
# waarschuwingsscore groen. Wat is de beste verklaring?

# %%
sheet.options("q9")

# %%
answer_q9 = D  # SOLUTION
check("q9", answer_q9)

# %% [markdown]
# **Vraag 10.** Uren ruim boven de norm zijn niet altijd overservice. Bij welke van deze klanten
# zijn ze het best te verantwoorden?

# %%
sheet.options("q10")

# %%
answer_q10 = C  # SOLUTION
check("q10", answer_q10)

# %% [markdown] tags=["solution"]
# **Waarom deze antwoorden.** De curve daalt (vraag 6) alleen waar klanten verlies opleveren na
# de kosten om ze te bedienen, terwijl het totaal aan het rechtereinde positief blijft. Sanne K.
# (vraag 9) is groen omdat haar klantgerichtheid gaat naar waar die nog iets kan opleveren, niet
# omdat ze minder klantgericht is: een hoge klantgerichtheid is niet genoeg voor overservice, al
# geven de drie klantgerichtste verkopers in dit team wel overservice. Bij vraag 10 is een klant
# met veel groeiruimte waar je al hoog staat de plek waar extra klantgerichtheid kan lonen
# (les 4); de andere drie zijn de waarschuwingssignalen zelf.

# %% [markdown]
# ## Bespreek met je buurman of buurvrouw (geen beoordeling)
#
# Kies een klant die je meer bedient dan zijn omvang rechtvaardigt. Wat zou die klant merken als
# hij de helft van de uren kreeg: de service zelf, of alleen de bezoeken en de praatjes? Waar zou
# je de tijd die vrijkomt in steken, en hoe leg je de verandering uit aan de klant, en aan jezelf?

# %% [markdown]
# ## Je voortgang

# %%
check.progress()

# %% [markdown]
# ## Voor analisten (extra)
#
# Voor het hoofddeel heb je geen code nodig. Reken je graag zelf, dan werken deze vragen direct
# op de casegegevens: `acc` bevat per kolom één numpy-array, met één waarde per klant (zie
# `src/customer_king/data/DATA_DICTIONARY.md`). Hun voortgang telt apart.

# %%
import numpy as np

from customer_king import cases, overservice

case = cases.load_case()
acc = case.accounts
hours = acc["hours_per_year"]
tiers = acc["tier"]

# %% [markdown]
# **Vraag a1.** Bereken zelf de normen per klantklasse (de mediaan van de uren in elke klasse)
# en tel de klanten met **2,2 keer** de norm van hun klasse of meer.

# %%
# BEGIN SOLUTION
benchmark = {t: np.median(hours[tiers == t]) for t in ("A", "B", "C")}
tier_hours = np.array([benchmark[t] for t in tiers])
# END SOLUTION
overserved_count = np.sum(hours / tier_hours >= 2.2)  # SOLUTION
check("a1", overserved_count)

# %% [markdown]
# **Vraag a2.** Welk deel van haar contacttijd besteedt **Fleur B.** aan gesprekken over
# niet-salesonderwerpen, over al haar klanten, gewogen naar uren?

# %%
mine = acc["salesperson"] == "Fleur B."
fleur_talk = np.average(acc["non_sales_share"][mine], weights=hours[mine])  # SOLUTION
check("a2", fleur_talk)

# %% [markdown]
# **Vraag a3.** Sorteer de winsten van de klanten (`cases.account_profit(acc)`) van hoog naar
# laag en tel ze gaandeweg op. Na hoeveel klanten is het lopende totaal het hoogst?

# %%
running = np.cumsum(np.sort(cases.account_profit(acc))[::-1])  # SOLUTION
accounts_before_peak = int(np.argmax(running)) + 1  # SOLUTION
check("a3", accounts_before_peak)

# %% [markdown]
# **Vraag a4.** Neem de klanten met overservice van **Mirjam T.** (2,2 keer de norm van hun
# klantklasse of meer). Als elke klant terugging naar **1,2 keer** de norm, hoeveel uren per jaar
# zou ze dan vrijmaken?

# %%
hers = (acc["salesperson"] == "Mirjam T.") & (hours / tier_hours >= 2.2)  # SOLUTION
freed_hours = (hours[hers] - 1.2 * tier_hours[hers]).sum()  # SOLUTION
check("a4", freed_hours)

# %%
check.progress()

# %% [markdown]
# ## Bewaar je antwoorden
#
# Je antwoorden worden met dit notebook opgeslagen (**File → Save**). **Op Binder zijn ze daar
# niet veilig**: na ongeveer 10 minuten zonder activiteit verwijdert Binder de sessie en elk
# bestand erin. Klik vóór een pauze op **Download mijn antwoorden** en bewaar het bestand. Voer
# in een nieuwe kopie van dit notebook eerst de eerste cel uit en laad het bestand dan hier met
# **Antwoordenbestand laden** (of `answers.load_answers("my-answers-….json")`): elk antwoord en
# de voortgangstabel komen terug.

# %% tags=["nbval-ignore-output"]
answers.buttons()
