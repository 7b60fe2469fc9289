# ---
# jupyter:
#   jupytext:
#     text_representation:
#       extension: .py
#       format_name: percent
# ---

# %% [markdown]
# # Oefeningen 1: klantgerichtheid
#
# | | |
# |---|---|
# | **Tijd** | 20 minuten (het optionele deel voor analisten: 10 minuten extra) |
# | **Hoort bij** | les [`notebooks/nl/01_customer_orientation.ipynb`](../../notebooks/nl/01_customer_orientation.ipynb) |
# | **Vragen** | 11 met een beoordeling, zonder programmeren; 2 optioneel voor analisten; 1 om te bespreken |
#
# **Zo werkt het.** Voer de eerste cel uit (Shift + Enter). Vervang bij elke vraag de
# `...` na het `=`-teken door je antwoord en voer de cel uit: `check(...)` zegt meteen
# of het goed is, en zo niet, dan krijg je een tip (bij de volgende poging een preciezere).
#
# * Een **letter** schrijf je zonder aanhalingstekens: `answer_q1 = B`. Meerdere letters: `answer_q2 = A, C` of `"A, C"`.
# * Een **getal** schrijf je zoals je gewend bent: `11,5`, `11.5`, `27%` of `"27 %"` werken allemaal.
#
# Elk antwoord kun je aflezen of uitrekenen uit wat het notebook laat zien: een tabel, een
# grafiek of een verkenner. Kom je er niet uit? Open de tip onder een vraag, of vergelijk met
# [`solutions/nl/01_customer_orientation.ipynb`](../../solutions/nl/01_customer_orientation.ipynb), *nadat* je het zelf hebt geprobeerd.

# %%
from customer_king.messages import set_language
set_language("nl")  # tabellen, grafieken en feedback in het Nederlands
from customer_king.checks import A, B, C, D, E, F, G
from customer_king.answers_file import AnswersFile
from customer_king.exercise_sets import load, set01_customer_orientation as this_set

check = load("01_customer_orientation")
# Onthoudt elk antwoord dat je controleert, voor "Download mijn antwoorden" aan het eind
# (Binder wist sessies die stilliggen).
answers = AnswersFile(check)

# %% [markdown]
# ## Deel A: het begrip
#
# **Vraag 1.** Welke omschrijving past bij de klantgerichtheid van een verkoper?
#
# * **A** Hoe vriendelijk en prettig de verkoper met klanten omgaat
# * **B** Het deel van de inkoop van een klant dat naar het bedrijf van de verkoper gaat
# * **C** Hoe tevreden de klant is over de verkoper
# * **D** De mate waarin de verkoper in een verkoopgesprek de behoeften van een klant achterhaalt en daarnaar handelt

# %%
answer_q1 = D  # SOLUTION
check("q1", answer_q1)

# %% [markdown]
# **Vraag 2.** Homburg, Müller & Klarmann (2011) omschrijven klantgerichtheid aan de hand
# van de fasen van een verkoopgesprek. Een samenvatting van hun artikel door het Vlerick
# Sales Excellence Centre noemt vijf fasen. (Die lijst komt uit de samenvatting, een
# secundaire bron: de eigen formulering van het artikel hebben we niet gezien.) Welke van
# deze horen bij de vijf? Kies alle die passen, bijvoorbeeld `A, C`.
#
# * **A** De behoeften en problemen van de klant in kaart brengen
# * **B** Koud bellen naar nieuwe prospects
# * **C** Het aanbod presenteren en demonstreren
# * **D** Bezwaren behandelen
# * **E** Onderhandelen, met de belangen van de klant voor ogen
# * **F** De factuur sturen en de betaling innen
# * **G** De verkoop afsluiten
#
# <details><summary>Tip</summary>
# De vijf fasen spelen zich allemaal af <i>binnen</i> één gesprek met een klant die een
# aankoop overweegt: van de behoefte begrijpen tot het besluit.
# </details>

# %%
answer_q2 = A, C, D, E, G  # SOLUTION
check("q2", answer_q2)

# %% [markdown]
# **Vraag 3.** Een verkoper onthoudt de namen van de kinderen van de inkoper, vraagt naar
# diens vakantie en nodigt de inkoper uit voor een voetbalwedstrijd. Welke vorm van
# klantgerichtheid is dat?
#
# * **A** Relationele klantgerichtheid
# * **B** Functionele klantgerichtheid
# * **C** Verkoopgerichtheid

# %%
answer_q3 = A  # SOLUTION
check("q3", answer_q3)

# %% [markdown] tags=["solution"]
# **Waarom deze antwoorden.** Klantgerichtheid is *gedrag* van de verkoper (vraag 1, D):
# share of wallet en tevredenheid zijn uitkomsten waar het toe kan leiden. Prospectie komt
# vóór het gesprek en factureren erna (vraag 2). Persoonlijke aandacht is relationeel;
# behoefteanalyse en het aanbod laten passen zouden functioneel zijn (vraag 3, A).

# %% [markdown]
# ## Deel B: de tijd die het kost (het lesmodel)
#
# De tabel hieronder komt uit het gestileerde lesmodel van de les: een verkoper met een vast
# aantal verkoopuren per jaar en een rayon met klanten. De getallen zijn illustraties van het
# model, geen metingen. Lees de antwoorden op vraag 4 tot en met 8 erin af.

# %%
this_set.time_cost_table()

# %% [markdown]
# **Vraag 4.** Hoeveel uur per jaar kost één klant bij klantgerichtheid **5**?

# %%
answer_q4 = 11.1  # SOLUTION
check("q4", answer_q4)

# %% [markdown] tags=["solution"]
# **Waar je kijkt.** De rij voor klantgerichtheid 5, tweede kolom ("Uren per klant"). Elke
# aflezing op de ene decimaal van de tabel telt.

# %% [markdown]
# **Vraag 5.** Hoeveel klanten bedient die verkoper bij klantgerichtheid 5?

# %%
answer_q5 = 108  # SOLUTION
check("q5", answer_q5)

# %% [markdown] tags=["solution"]
# **Waar je kijkt.** Dezelfde rij, derde kolom ("Bediende klanten"). Het zijn de verkoopuren
# gedeeld door de uren per klant van vraag 4; het model bedient eerst de klanten met het
# meeste potentieel.

# %% [markdown]
# **Vraag 6.** Welk deel van het rayon is dat? Een percentage zoals `40%` of een breuk zoals
# `0,4` werken allebei.

# %%
answer_q6 = "27,0 %"  # SOLUTION
check("q6", answer_q6)

# %% [markdown] tags=["solution"]
# **Waar je kijkt.** Dezelfde rij, laatste kolom ("Deel van het rayon bediend"): de bediende
# klanten gedeeld door alle klanten in het rayon.

# %% [markdown]
# **Vraag 7.** Met hoeveel procent verandert het aantal bediende klanten als de verkoper van
# klantgerichtheid **3** naar klantgerichtheid **5** gaat? (Een daling is een negatieve
# verandering, bijvoorbeeld `-10%`.)
#
# <details><summary>Tip</summary>
# Een verandering in procenten is (nieuw − oud) ÷ oud, waarbij "oud" de waarde is waar je
# vanaf vertrekt.
# </details>

# %%
answer_q7 = "-48%"  # SOLUTION
check("q7", answer_q7)

# %% [markdown] tags=["solution"]
# **Zo reken je het uit.** Neem de bediende klanten bij 3 en bij 5 uit de derde kolom. De
# verandering is (klanten bij 5 − klanten bij 3) ÷ klanten bij 3: bijna de helft van de
# klanten valt af over twee punten klantgerichtheid, omdat de uren per klant steeds sneller
# groeien. Delen door de waarde bij 5, of het minteken vergeten, zijn de gebruikelijke
# vergissingen.

# %% [markdown]
# **Vraag 8.** Bij welke score voor klantgerichtheid bedient de verkoper voor het eerst
# minder dan **200** klanten?

# %%
answer_q8 = 4  # SOLUTION
check("q8", answer_q8)

# %% [markdown] tags=["solution"]
# **Waar je kijkt.** Loop de derde kolom af vanaf klantgerichtheid 1: de eerste rij onder de
# 200 is klantgerichtheid 4. Klantgerichtheid 3 bedient er nog net iets meer dan 200.

# %% [markdown]
# ### Hetzelfde model, om te verkennen
#
# Beweeg de schuifregelaars: de zin boven de grafiek geeft de uren per klant en de bediende
# klanten in het model bij jouw instellingen.

# %% tags=["nbval-ignore-output"]
from customer_king.explorers import time_cost_explorer

time_cost_explorer()

# %% [markdown]
# **Vraag 9.** Een verkoper krijgt er verkooptijd bij: **1.500** verkoopuren per jaar in
# plaats van het standaardbudget. Hoeveel klanten kan die verkoper bedienen bij
# klantgerichtheid **5**? Zet beide schuifregelaars en lees de zin boven de grafiek.

# %%
answer_q9 = 135  # SOLUTION
check("q9", answer_q9)

# %% [markdown] tags=["solution"]
# **Waar je kijkt.** Met de schuifregelaar voor klantgerichtheid op 5 en die voor verkoopuren
# op 1.500 staat het aantal bediende klanten vetgedrukt in de zin. De uren per klant
# veranderen niet met het budget, dus meer uren bedienen naar verhouding meer klanten.

# %% [markdown]
# ## Deel C: wat het onderzoek zegt
#
# **Vraag 10.** Wat vond de meta-analyse van Franke & Park (2006) over klantgerichtheid en
# de prestaties van verkopers?
#
# * **A** Een sterk positief verband met objectieve verkoopcijfers
# * **B** Een negatief verband bij elke soort prestatiemaat
# * **C** Een verband vooral als verkopers hun eigen prestatie beoordeelden
# * **D** Het keek niet naar prestaties

# %%
answer_q10 = C  # SOLUTION
check("q10", answer_q10)

# %% [markdown]
# **Vraag 11.** Welk paar uitkomsten rapporteerden Homburg, Müller & Klarmann (2011)?
#
# * **A** Verkoopresultaten en klanttevredenheid blijven allebei stijgen met klantgerichtheid
# * **B** Verkoopresultaten volgen een omgekeerde U; de houding van de klant blijft verbeteren
# * **C** De houding van de klant volgt een omgekeerde U; verkoopresultaten blijven stijgen
# * **D** Klantgerichtheid hangt met geen van beide samen

# %%
answer_q11 = B  # SOLUTION
check("q11", answer_q11)

# %% [markdown] tags=["solution"]
# **Waarom deze antwoorden.** Franke & Park vonden dat klantgerichtheid vooral samengaat met
# prestaties als verkopers zichzelf beoordelen; tegenover objectieve verkoopcijfers lag het
# gemiddelde verband dicht bij nul (vraag 10, C). Homburg, Müller & Klarmann vonden de
# omgekeerde U voor de verkoopresultaten, terwijl de houding van de klant (tevredenheid en
# loyaliteit) bleef verbeteren (vraag 11, B). Die twee bevindingen vormen het kader van dit
# lesmateriaal.

# %% [markdown]
# ## Bespreek met je buurman of buurvrouw (geen beoordeling)
#
# Denk aan je eigen meest klantgerichte week. Welke van de vijf fasen kostte de meeste extra
# tijd? Voor welk deel van die tijd *betaalde* de klant, in orders of in een groter deel van
# zijn inkoop, en van welk deel genoot hij gewoon?

# %% [markdown]
# ## Je voortgang

# %%
check.progress()

# %% [markdown]
# ## Voor analisten (optioneel)
#
# Bij deze vragen reken je in Python met de functies van het model. Ze tellen apart: de set
# is ook zonder deze vragen af. De functies van het model verwachten klantgerichtheid `c`
# tussen 0 en 1; zet een score om met `model.from_seven_point(score)` en terug met
# `model.to_seven_point(c)`.

# %%
from dataclasses import replace

from customer_king import model

# %% [markdown]
# **Vraag a1.** Hoeveel klanten bedient een verkoper met **1.350** verkoopuren bij
# klantgerichtheid **5,5**? Een ander budget is een andere set parameters:
# `replace(model.DEFAULT, time_budget=...)`, doorgegeven aan `model.accounts_covered`.

# %%
analyst_params = replace(model.DEFAULT, time_budget=this_set.ANALYST_BUDGET)  # SOLUTION
answer_a1 = model.accounts_covered(model.from_seven_point(this_set.ANALYST_SCORE), analyst_params)  # SOLUTION
check("a1", answer_a1)

# %% [markdown]
# **Vraag a2.** Bij welke klantgerichtheid, op de schaal van 1 tot 7, bedient de
# standaardverkoper precies **120** klanten? (Twee decimalen zijn precies genoeg.)

# %%
import numpy as np

scores = np.linspace(1, 7, 60001)  # SOLUTION
served = model.accounts_covered(model.from_seven_point(scores))  # SOLUTION
answer_a2 = scores[np.argmin(abs(served - this_set.ANALYST_TARGET))]  # SOLUTION
check("a2", answer_a2)

# %% [markdown] tags=["solution"]
# **Hoe.** a1: het budget is een parameter van het model, dus maak een kopie van de
# standaardwaarden met een andere `time_budget`. a2: het aantal bediende klanten daalt
# gestaag met de klantgerichtheid, dus een fijn raster van scores (of een bisectie) vindt de
# score waarbij het model 120 klanten bedient.

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
