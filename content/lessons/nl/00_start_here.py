# ---
# jupyter:
#   jupytext:
#     text_representation:
#       extension: .py
#       format_name: percent
# ---

# %% [markdown]
# # Is jouw klant koning? Begin hier
#
# **Waarom dit ertoe doet.** Bijna elk salesteam hoort het: hoe klantgerichter een
# verkoper werkt, hoe beter. Onderzoek naar echte verkoopgesprekken laat iets anders zien:
# beter voor de klanttevredenheid, ja, maar *niet* altijd beter voor de verkoopresultaten.
# Met deze kit zie je waarom, zet je zelf de knoppen om en toets je wat je hebt begrepen.
#
# | | |
# |---|---|
# | **Tijd** | 10 minuten lezen, 5 minuten uitproberen |
# | **Je gaat** | leren hoe de kit werkt: cellen uitvoeren, schuifregelaars bewegen, antwoorden controleren, je voortgang volgen |
# | **Je hebt nodig** | alleen dit browsertabblad |

# %% [markdown]
# ## Wat deze kit is
#
# Een route langs vijf onderwerpen. Bij elk onderwerp hoort een **les** (uitleg en
# verkenners met schuifregelaars) en een **oefening** (vragen die direct worden nagekeken,
# met tips en een uitgewerkte oplossing).
#
# Alles wat je ziet, steunt op twee soorten materiaal. De kit zegt er steeds bij welk van de twee het is:
#
# * **Onderzoeksresultaten.** Vooral Homburg, Müller & Klarmann (2011, *Journal of
#   Marketing*): bij 56 salesmanagers, 195 verkopers en 538 van hun klanten bleef
#   klantgerichtheid de houding van de klant verbeteren, terwijl het effect op de
#   verkoopresultaten eerst steeg en daarna weer daalde (een omgekeerde U).
# * **Een gestileerd lesmodel.** Een klein model waarvan de *vorm* dat onderzoek volgt:
#   klantgerichtheid kost tijd, tijd is beperkt, en een klant koopt bij één leverancier
#   maar een beperkte hoeveelheid. De getallen van het model zijn voorbeelden om mee te
#   denken, geen schattingen uit het onderzoek.

# %% [markdown]
# ## Zo werk je met een notebook
#
# * Voer een cel uit met **Shift + Enter**. Alles vanaf het begin uitvoeren doe je via het
#   menu **Run → Run All Cells**. Ziet iets er vreemd uit, of is de kernel opnieuw gestart
#   terwijl je weg was? Doe dan precies dat: elk notebook bouwt zichzelf vanaf boven opnieuw op.
# * In de lessen is de code ingeklapt: je leest tekst, tabellen en grafieken en beweegt
#   schuifregelaars. Een ingeklapte cel is een dun balkje met drie puntjes (···); klik erop
#   als je wilt zien wat de kit uitrekent. Code lezen of aanpassen *hoeft* nooit.
# * In de oefeningen typ je antwoorden: vervang `...` door een getal (`3,5` en `3.5` werken
#   allebei), een letter (`B`) of een lijst met namen, en voer de cel uit.
#
# De eerste cel van elk notebook laadt de kit:

# %%
from customer_king.messages import set_language
set_language("nl")  # tabellen, grafieken en feedback in het Nederlands
from customer_king import model
from customer_king.explorers import warm_up_explorer
from customer_king.exercise_sets import load

# %% [markdown]
# ## Zo werk je met een schuifregelaar
#
# Een **verkenner** is een grafiek met schuifregelaars. Sleep een schuifregelaar, of klik
# erop en gebruik de pijltjestoetsen: de grafiek en de zin erboven veranderen meteen mee.
#
# Probeer het hieronder. Een verkoper heeft 1.200 verkoopuren per jaar. De schuifregelaar
# bepaalt hoeveel uur elke klant krijgt. **Voorspel eerst, voordat je hem beweegt:** als
# elke klant twee keer zoveel uren krijgt, hoeveel klanten kan deze verkoper dan nog bedienen?

# %% tags=["nbval-ignore-output"]
warm_up_explorer()

# %% [markdown]
# Twee keer zoveel uren per klant betekent half zoveel klanten die je kunt bedienen. Dat
# ene rekensommetje is de motor achter een groot deel van deze kit.

# %% [markdown]
# ## Zo controleer je een antwoord
#
# In de oefeningen schrijf je een antwoord op en roep je `check` aan. Je krijgt meteen
# feedback: **✔ Goed**, of **✘ Nog niet** met een tip die precies wijst op de meest
# waarschijnlijke vergissing. Fout zitten mag: de tips worden bij elke poging concreter.
#
# Een opwarmer. Met 1.200 uur per jaar en 4 uur per klant: hoeveel klanten kan de verkoper
# bedienen? Stel dat iemand 30 antwoordt:

# %% tags=["show-code"]
check = load("00_start_here")
check("accounts", 30)

# %% [markdown]
# De tip wijst op de waarschijnlijke misser. De juiste berekening:

# %% tags=["show-code"]
accounts = 1200 / 4
check("accounts", accounts)

# %% [markdown]
# Aan het eind van elke oefening laat `check.progress()` zien welke vragen klaar zijn,
# welke nog niet goed zijn en welke je nog niet hebt geprobeerd:

# %%
check.progress()

# %% [markdown]
# ## De route
#
# | # | Onderwerp | Hierna kun je | Lestijd | Oefentijd |
# |---|---|---|---|---|
# | 1 | [Klantgerichtheid](01_customer_orientation.ipynb) | het begrip omschrijven, de vijf fasen van een verkoopgesprek noemen en zien waarom het tijd kost | 20 min | 20 min |
# | 2 | [Tevredenheid versus verkoopresultaten](02_satisfaction_versus_sales.ipynb) | laten zien waarom de tevredenheid blijft stijgen terwijl de omzet een top bereikt | 25 min | 25 min |
# | 3 | [Afnemende meeropbrengsten](03_diminishing_returns.ipynb) | het optimum vinden en uitleggen wat het verschuift | 30 min | 25 min |
# | 4 | [Share of wallet](04_share_of_wallet.ipynb) | aandeel en groeiruimte berekenen; een pitch als vierde leverancier beoordelen | 20 min | 20 min |
# | 5 | [Waarschuwingssignalen van overservice](05_warning_signs_of_overservice.ipynb) | klanten die te veel aandacht krijgen herkennen in de gegevens van een salesteam | 25 min | 25 min |
# | 6 | [Jouw eigen klanten](06_your_own_accounts.ipynb) (optioneel) | dezelfde analyses loslaten op je eigen klantenlijst, zonder dat iemand meekijkt | 30 min | – |
#
# De oefeningen staan in de map `exercises/nl/` (open die met hetzelfde nummer), de
# uitwerkingen in `solutions/nl/`: eerst zelf proberen, dan vergelijken.

# %% [markdown]
# ## Het casebedrijf
#
# De oefeningen gebruiken steeds hetzelfde verzonnen bedrijf. **Koningsvast Technische
# Groothandel** is een technische groothandel bij Tilburg: twaalf accountmanagers verkopen
# bevestigingsmaterialen, gereedschap, persoonlijke beschermingsmiddelen en
# onderhoudsproducten aan zo'n 300 bedrijven in Brabant. Elk van die bedrijven koopt ook bij
# een of twee andere leveranciers. Het team is trots op zijn klant-eerst-houding en scoort
# uitstekend op klanttevredenheid. Toch vermoedt de commercieel directeur dat sommige
# klanten uren, praatjes en speciale leveringen opslokken zonder ook maar iets meer te
# kopen. Is de klant hier koning, en hoort dat zo?
#
# De gegevens zijn verzonnen en gestileerd (zie `src/customer_king/data/DATA_DICTIONARY.md`).

# %% [markdown]
# ## Kernpunten
#
# * Twijfel je, voer dan alle cellen van boven naar beneden uit (**Run → Run All Cells**).
# * Eerst voorspellen, dan de schuifregelaar bewegen: van de verrassing leer je het meest.
# * `check("vraag", antwoord)` geeft direct feedback; `check.progress()` laat zien waar je staat.
# * Onderzoeksresultaten en het gestileerde model krijgen altijd een eigen label.
#
# **Volgende:** [1. Klantgerichtheid](01_customer_orientation.ipynb).
#
# ## Bronnen
#
# * Homburg, C., Müller, M., & Klarmann, M. (2011). When should the customer really be king?
#   On the optimum level of salesperson customer orientation in sales encounters.
#   *Journal of Marketing*, 75(2), 55–74.
