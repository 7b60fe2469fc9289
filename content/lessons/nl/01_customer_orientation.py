# ---
# jupyter:
#   jupytext:
#     text_representation:
#       extension: .py
#       format_name: percent
# ---

# %% [markdown]
# # 1. Klantgerichtheid: wat het is en wat het kost
#
# **Waarom dit ertoe doet.** "Zet de klant op de eerste plaats" is het advies dat je in
# sales het vaakst hoort. Voordat we kunnen vragen of je *te* klantgericht kunt zijn, moet
# scherp zijn wat klantgerichtheid is, hoe onderzoekers het meten en welk middel het altijd
# opgebruikt: de tijd van de verkoper.
#
# | | |
# |---|---|
# | **Tijd** | 20 minuten les, 20 minuten oefeningen (`exercises/nl/01_customer_orientation.ipynb`) |
# | **Voorkennis** | [Begin hier](00_start_here.ipynb) |
#
# **Leerdoelen.** Na deze les kun je
# 1. klantgerichtheid van de verkoper in je eigen woorden **omschrijven**;
# 2. de vijf fasen van een verkoopgesprek **noemen** waarin die klantgerichtheid zichtbaar wordt;
# 3. functionele en relationele klantgerichtheid **onderscheiden**;
# 4. **samenvatten** wat onderzoek zegt over het verband met verkoopprestaties;
# 5. met het model **uitleggen** waarom meer klantgerichtheid betekent dat je minder klanten bedient;
# 6. je eigen klantgerichtheid per fase **beschrijven** met een korte zelfbeoordeling.

# %%
from customer_king.messages import set_language
set_language("nl")  # tabellen, grafieken en feedback in het Nederlands
from customer_king import demos, lesson_tables, model, plots
from customer_king.explorers import time_cost_explorer
from customer_king.self_assessment_form import form
import matplotlib.pyplot as plt

plots.use_kit_style()

# %% [markdown]
# ## Wat klantgerichtheid is
#
# **Klantgerichtheid van de verkoper** is de mate waarin een verkoper uitzoekt wat een klant
# nodig heeft en in het belang van die klant handelt om daarin te voorzien, in plaats van
# aan te sturen op een zo snel mogelijke verkoop. Het idee gaat terug op Saxe & Weitz
# (1982). Zij zetten *klantgerichtheid* tegenover *verkoopgerichtheid* en maakten een
# vragenlijst om het te meten: de SOCO-schaal.
#
# Homburg, Müller & Klarmann (2011) omschrijven klantgerichtheid langs het hele
# **verkoopgesprek**. Een samenvatting van hun onderzoek, uitgegeven door Vlerick Business
# School, noemt vijf fasen waarin een verkoper meer of minder klantgericht kan werken (die
# indeling hebben we uit de samenvatting, niet uit de tekst van het artikel zelf):
#
# | Fase | Zo ziet klantgericht gedrag eruit |
# |---|---|
# | 1. Behoeften en problemen vaststellen | vragen en luisteren voordat je iets voorstelt |
# | 2. Presenteren en demonstreren | laten zien wat het probleem van *deze* klant oplost |
# | 3. Bezwaren behandelen | een bezwaar zien als informatie, niet als obstakel |
# | 4. Onderhandelen | de belangen van de klant meewegen, niet alleen de prijs die je kunt halen |
# | 5. Afsluiten | de beslissing onderbouwen in plaats van erop aandringen |
#
# Een voorbeeld uit de praktijk. Een verkoper van industriële bevestigingsmaterialen die in
# fase 1 vraagt hoe de assemblagelijn van de klant volgend jaar verandert, en in fase 5 de
# inkoper de offerte eerst aan de engineers laat voorleggen voordat er getekend wordt, werkt
# zeer klantgericht. Wie opent met de actie van de maand en afsluit met "deze prijs geldt
# alleen vandaag", werkt weinig klantgericht.

# %% [markdown] slideshow={"slide_type": "slide"} visual="steps"
# ## Klantgerichtheid: in elke fase van de verkoop de behoefte van de klant vinden en invullen.
#
# 1. Behoeften vaststellen
# 2. Presenteren
# 3. Bezwaren behandelen
# 4. Onderhandelen
# 5. Afsluiten
#
# Fasen zoals een samenvatting van het onderzoek ze noemt.

# %% [markdown] slideshow={"slide_type": "notes"}
# Omschrijving: de mate waarin een verkoper uitzoekt wat een klant nodig heeft en in het
# belang van de klant handelt, in plaats van aan te sturen op de snelste verkoop (Saxe &
# Weitz 1982 zetten klantgerichtheid tegenover verkoopgerichtheid; Homburg, Müller & Klarmann
# 2011 omschrijven het langs het hele verkoopgesprek). De vijf fasen komen uit een
# samenvatting van Vlerick Business School, niet uit de tekst van het artikel. Voorbeeld: de
# verkoper van bevestigingsmaterialen die vraagt hoe de lijn van de klant volgend jaar
# verandert, en de inkoper de offerte eerst aan de engineers laat voorleggen.

# %% [markdown]
# ### Twee soorten: functioneel en relationeel
#
# Een tweede artikel over dezelfde gegevens (Homburg, Müller & Klarmann 2011, *Journal of the
# Academy of Marketing Science*) onderscheidt twee soorten klantgerichtheid:
#
# * **functioneel**: de taak van de klant oplossen (behoefteanalyse, het aanbod passend
#   maken, technisch advies);
# * **relationeel**: de persoonlijke relatie opbouwen (aandacht, een klik, persoonlijke
#   belangstelling voor de inkoper).
#
# Hun effect op klantloyaliteit hing af van de situatie: positief, afwezig of zelfs
# negatief, afhankelijk van zaken als de communicatiestijl van de klant en hoe
# individueel, belangrijk en complex het product is. Onthoud dit voor les 5: veel
# waarschuwingssignalen van *over*service zijn relationele inspanningen die de klant niet
# terugbetaalt.

# %% [markdown] slideshow={"slide_type": "slide"}
# ## Twee soorten klantgerichtheid, en hun effect op loyaliteit hangt af van de situatie.
#
# | Functioneel | Relationeel |
# |---|---|
# | de taak van de klant oplossen | de persoonlijke relatie opbouwen |

# %% [markdown] slideshow={"slide_type": "notes"}
# Uit het tweede artikel over dezelfde gegevens (Homburg, Müller & Klarmann 2011, Journal of
# the Academy of Marketing Science): het effect op loyaliteit was positief, afwezig of zelfs
# negatief, afhankelijk van de communicatiestijl van de klant en hoe individueel, belangrijk
# en complex het product is. Welke omstandigheid welk teken geeft, weten we niet. Brug naar
# les 5: veel waarschuwingssignalen van overservice zijn relationele inspanning die de klant
# niet terugbetaalt.

# %% [markdown]
# ## Wat onderzoek zegt over klantgerichtheid en verkoopresultaten
#
# Het ligt voor de hand om te denken dat het simpel is: hoe meer, hoe beter. Het bewijs is
# interessanter:
#
# * Een meta-analyse van **Franke & Park (2006)** vond dat klantgerichtheid vooral samenging
#   met betere prestaties als verkopers hun *eigen* prestaties beoordeelden. Tegenover het
#   oordeel van managers of objectieve verkoopcijfers lag de gemiddelde correlatie dicht bij nul.
# * **Homburg, Müller & Klarmann (2011)** vonden een **omgekeerde U**: de verkoopprestatie
#   stijgt eerst met de klantgerichtheid en daalt daarna. De houding van de klant bleef
#   daarentegen verbeteren. Ze vonden ook dat de plek van de top afhangt van de
#   verkoopsituatie; in les 3 voorspel je zelf hoe.
# * Een deel van hun verklaring zit in de kosten: klantgerichtheid kost de verkoper tijd,
#   en producten en processen op maat maken brengt complexiteitskosten mee. Verkopers
#   merken die kosten misschien niet op.
#
# De rest van deze les gaat over de eerste van die kosten: tijd.

# %% [markdown] slideshow={"slide_type": "slide"}
# ## Uit onderzoek blijkt: meer klantgerichtheid betekent niet vanzelf meer omzet.
#
# | Onderzoek | Uitkomst |
# |---|---|
# | Franke & Park 2006 | verband met prestaties vooral als verkopers zichzelf beoordelen |
# | Homburg, Müller & Klarmann 2011 | verkoopresultaten: een omgekeerde U; houding van de klant blijft verbeteren |

# %% [markdown] slideshow={"slide_type": "notes"}
# Meta-analyse van Franke & Park (2006, Journal of Marketing Research): tegenover het oordeel
# van managers of objectieve verkoopcijfers lag de gemiddelde correlatie dicht bij nul.
# Homburg, Müller & Klarmann (2011, Journal of Marketing): een omgekeerde U voor de
# verkoopresultaten, een steeds positief effect op de houding van de klant; de plek van de top
# hangt af van de verkoopsituatie (les 3). Een deel van hun verklaring zit in de kosten: tijd,
# en complexiteitskosten die verkopers misschien niet opmerken.

# %% [markdown]
# ## Het lesmodel, deel 1: klantgerichtheid kost tijd
#
# Vanaf hier werken we met een **gestileerd model**: de vorm volgt het onderzoek hierboven,
# de getallen zijn voorbeelden, gekozen om het mechanisme zichtbaar te maken.
# Klantgerichtheid is een score van **1** (puur transactioneel) tot **7** (de klant is
# koning), dezelfde schaal als de zelfbeoordeling in de oefeningen.
#
# De verkoper in het model heeft een vast aantal verkoopuren per jaar en een rayon met
# klanten. Hoe klantgerichter de aanpak, hoe meer uren elke klant kost: luisteren, op maat
# maken, opvolgen. De uren per klant groeien steeds sneller naarmate je hoger komt, omdat de
# laatste verfijningen (het rapport op maat, het extra bezoek) het traagst gaan.
#
# Het rayon in het model is met opzet groot: 400 klanten die samen € 40 miljoen per jaar in
# de productsoort inkopen, meer dan een accountmanager van het casebedrijf in les 4
# beheert. De euro's staan er om het mechanisme zichtbaar te maken; vergelijk tussen het
# model en het casebedrijf vormen en percentages, geen eurobedragen.

# %%
lesson_tables.time_per_account()

# %% [markdown]
# Met een vast tijdsbudget bewegen de uren per klant en het aantal bediende klanten in
# tegengestelde richting. In het model bedient de verkoper eerst de klanten met het meeste
# potentieel. De klanten die afvallen als de klantgerichtheid stijgt, zijn dus de kleinste.

# %%
fig, (ax_hours, ax_accounts) = plots.subplots(1, 2)
plots.hours_and_accounts(ax_hours, ax_accounts)
fig.tight_layout()
plt.show()

# %% [markdown] slideshow={"slide_type": "slide"} visual="chart:accounts_served"
# ## In het model kost meer klantgerichtheid meer uren per klant, dus bedien je minder klanten.

# %% [markdown] slideshow={"slide_type": "notes"}
# Vanaf hier zijn de getallen die van het gestileerde lesmodel: de vorm volgt het onderzoek,
# de getallen zijn voorbeelden. Een vast budget aan verkoopuren; de uren per klant groeien
# steeds sneller naarmate de klantgerichtheid stijgt (de laatste verfijningen gaan het
# traagst); de kleinste klanten vallen als eerste af. Vergelijk vormen en percentages, geen
# eurobedragen.

# %% [markdown]
# ## Verken: klantgerichtheid tegenover je tijdsbudget

# %% tags=["predict"] reveals=["47%", "47 %", "van 150 naar 79", "79 klanten"]
demos.ask("01")

# %% [markdown]
# Zet de schuifregelaar *klantgerichtheid* van 4 naar 6 en lees de zin boven de grafiek.
# Probeer daarna de schuifregelaar *verkoopuren*: wat wint een verkoper die er 300
# verkoopuren per jaar bij krijgt (minder administratie, minder reistijd) op elk niveau van
# klantgerichtheid?

# %% tags=["nbval-ignore-output"]
time_cost_explorer()

# %%
demos.answer("01")

# %% [markdown]
# De daling is groot omdat de uren per klant in het model met het *kwadraat* van de
# klantgerichtheid stijgen. Of dat klopt voor je eigen klanten, is een mooie vraag voor de
# discussie: waar gaat de extra tijd heen als je klantgerichter gaat werken?
#
# Tijd is maar de helft van het verhaal. Minder klanten bedienen hoeft de omzet niet te
# schaden als elke bediende klant meer koopt. Les 2 voegt die kant toe: tevredenheid en
# share of wallet.

# %% [markdown] slideshow={"slide_type": "slide"} visual="predict"
# ## Eerst voorspellen.

# %% [markdown] slideshow={"slide_type": "slide"} visual="explorer"
# ## In het model kost de stap van 4 naar 6 {{ model.accounts_drop_4_to_6 }} van de bediende klanten.

# %% [markdown] slideshow={"slide_type": "notes"}
# De klanten die afvallen, zijn de kleinste: het model bedient eerst de klanten met het
# meeste potentieel. Vraag de groep: welke van jouw klanten zou je als eerste opgeven?

# %% [markdown]
# ## Waar sta jij? Een zelfbeoordeling
#
# Hieronder staan dertien uitspraken. Klik bij elke uitspraak een getal aan van **1** ("geldt
# voor geen van mijn klanten") tot **7** ("geldt voor al mijn klanten"). Wees liever eerlijk
# dan vleiend: niemand anders ziet de uitkomst. Je profiel verschijnt onder de laatste
# uitspraak zodra je alles hebt ingevuld, en past zich aan als je een antwoord wijzigt.
#
# De uitspraken zijn voor deze kit geschreven: twee per fase van het verkoopgesprek, plus
# drie over gewoonten waar we in les 5 op terugkomen. Ze zijn *geïnspireerd op* de
# SOCO-schaal van Saxe & Weitz (1982), maar het zijn niet de items daarvan, en de score is
# een aanzet tot reflectie, geen gevalideerde meting.

# %% tags=["nbval-ignore-output"]
form()

# %% [markdown]
# De meeste mensen geven zichzelf hoge scores op uitspraken als deze: klantgerichtheid is
# wat iedereen heeft leren waarderen, en we onthouden allemaal onze beste gesprekken. Een
# hoge score is dus geen nieuws. Het nuttige zit in het *profiel*: de fase waarin je het
# laagst scoort en elke overservicegewoonte die je herkende. Leg je uitkomst naast die van
# een collega. Les 2 laat zien waar de omzet in het model zijn top bereikt, en daar kun je
# je score op de curve zetten.

# %% [markdown]
# ## Kernpunten
#
# * **Klantgerichtheid** is de behoeften van de klant uitzoeken en invullen, in elke fase
#   van een verkoopgesprek; een gepubliceerde samenvatting van het onderzoek van Homburg,
#   Müller & Klarmann noemt er vijf: behoeften, presentatie, bezwaren, onderhandeling, afsluiting.
# * Er is een **functionele** soort (de taak oplossen) en een **relationele** soort (de
#   relatie opbouwen); hun effect hangt af van de situatie.
# * Onderzoek steunt "hoe meer, hoe beter" niet als het om verkoopresultaten gaat: Franke &
#   Park (2006) vonden weinig verband met objectieve prestaties; Homburg, Müller & Klarmann
#   (2011) vonden een omgekeerde U voor de verkoopresultaten, maar een steeds positief effect
#   op de houding van de klant.
# * Klantgerichtheid kost **tijd**: in het gestileerde model betekenen meer uren per klant
#   bij een vast budget dat je minder, maar grotere klanten bedient.
# * Een zelfbeoordeling geeft je een profiel over de vijf fasen; gebruik het als spiegel en
#   als opening voor een gesprek, niet als meting.
#
# **Volgende:** de oefeningen in [`exercises/nl/01_customer_orientation.ipynb`](../../exercises/nl/01_customer_orientation.ipynb), daarna
# les 2, tevredenheid versus verkoopresultaten.
#
# ## Bronnen
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
