# ---
# jupyter:
#   jupytext:
#     text_representation:
#       extension: .py
#       format_name: percent
# ---

# %% [markdown]
# # 2. Tevredenheid versus verkoopresultaten
#
# **Waarom dit ertoe doet.** Veel salesteams sturen op klanttevredenheid: die wordt elk
# jaar gemeten, komt terug in beoordelingsgesprekken en zit soms in de bonusregeling. Dat
# kan geen kwaad zolang tevredenheid en verkoopresultaten samen opgaan. Deze les laat zien
# waarom ze uit elkaar kunnen lopen: de klanten van een verkoper kunnen elk jaar
# tevredener worden terwijl diezelfde verkoper minder verkoopt.
#
# | | |
# |---|---|
# | **Tijd** | 25 minuten les, 25 minuten oefeningen (`exercises/nl/02_satisfaction_versus_sales.ipynb`) |
# | **Voorkennis** | [Les 1, klantgerichtheid](01_customer_orientation.ipynb): uren per klant en bediende klanten |
#
# **Leerdoelen.** Na deze les kun je
# 1. de twee hoofdbevindingen van Homburg, Müller & Klarmann (2011) over klantgerichtheid,
#    tevredenheid en verkoopresultaten **verwoorden**;
# 2. bewijs **aanhalen** dat tevredenheid een zwakke graadmeter is voor share of wallet en omzet;
# 3. **herkennen** dat "de tevredenheid stijgt altijd" in sommige situaties opgaat en in andere niet;
# 4. de omzetcurve van het model **uitleggen** als share of wallet maal het inkoopbudget waar je tijd voor hebt;
# 5. in de verkenner de top van de omzet **aflezen**, en de tevredenheid en omzet bij elke klantgerichtheid.

# %%
from customer_king.messages import set_language
set_language("nl")  # tabellen, grafieken en feedback in het Nederlands
from customer_king import lesson_tables, model, plots
from customer_king.explorers import satisfaction_sales_explorer
import matplotlib.pyplot as plt

plots.use_kit_style()

# %% [markdown]
# ## Eén onderzoek, twee curves
#
# Homburg, Müller & Klarmann (2011) onderzochten verkoopgesprekken in allerlei branches en
# koppelden de antwoorden van drie groepen aan elkaar: 56 salesmanagers, 195 verkopers en
# 538 klanten. Ze keken naar twee uitkomsten van de klantgerichtheid van een verkoper.
#
# * De **houding van de klant** (hoe tevreden en loyaal de klanten zijn) bleef verbeteren
#   naarmate de klantgerichtheid toenam. Er was geen punt waarna klanten het minder
#   waardeerden.
# * De **verkoopprestatie** volgde een **omgekeerde U**: eerst steeg ze met de
#   klantgerichtheid, dan bereikte ze een top en daarna daalde ze.
#
# Hetzelfde gedrag dat de klant blijft plezieren, levert het bedrijf van de verkoper dus
# vanaf een bepaald punt niets meer op. Het onderzoek vond ook dat de plek van die top
# afhangt van de verkoopsituatie; daar gaat les 3 over. Deze kit noemt geen getal voor de
# top in de echte gegevens: het model hieronder neemt de *vorm* van de bevindingen over,
# niet de schattingen uit het artikel.

# %% [markdown] slideshow={"slide_type": "slide"}
# ## Uit onderzoek blijkt: klanten waarderen steeds meer klantgerichtheid, de omzet stijgt, piekt en daalt.
#
# | Uitkomst | Bij meer klantgerichtheid |
# |---|---|
# | Houding van de klant | blijft verbeteren |
# | Verkoopprestatie | een omgekeerde U |

# %% [markdown] slideshow={"slide_type": "notes"}
# Homburg, Müller & Klarmann (2011): 56 salesmanagers, 195 verkopers en 538 klanten, in
# allerlei branches. Hetzelfde gedrag dat klanten blijft plezieren, levert het bedrijf vanaf
# een bepaald punt niets meer op. De kit noemt geen getal voor de top in de echte gegevens:
# het model neemt de vorm van de bevindingen over, niet de schattingen uit het artikel.

# %% [markdown]
# ## Tevredenheid is niet het scorebord
#
# Ander onderzoek wijst dezelfde kant op: tevredenheid en wat klanten werkelijk kopen,
# hangen maar losjes samen.
#
# * **Walmart, 2008.** Tijdens Project Impact, een programma voor de winkels van Walmart,
#   ging de klanttevredenheid omhoog terwijl de omzet per vergelijkbare winkel daalde.
#   Keiningham, Aksoy, Buoye & Cooil (2011) vertellen het verhaal in *Harvard Business
#   Review*. Dit is consumentenretail, geen zakelijke verkoop: een waarschuwing dat de twee
#   uit elkaar kunnen lopen, geen meting in B2B.
# * **Tevredenheid en share of wallet.** Dezelfde onderzoeksgroep meldt dat het statistische
#   verband tussen de tevredenheid van een klant en de **share of wallet** van een bedrijf
#   (het aandeel van jouw bedrijf in wat de klant in een productsoort inkoopt) wel
#   significant is, maar zo zwak dat managers er niets aan hebben. Wat het aandeel beter
#   voorspelde, was de *positie (rang)* van een bedrijf tegenover de andere leveranciers van
#   de klant, niet de absolute tevredenheidsscore (les 4 bouwt hierop voort).
# * **Veranderingen gaan wel een beetje samen.** Cooil en collega's (2007) volgden 4.319
#   bankhuishoudens vijf jaar lang. Een stijging van de tevredenheid ging samen met een
#   stijging van de share of wallet, minder sterk bij klanten met hogere inkomens en langere
#   relaties. Ook dit is consumentenbewijs (particulier bankieren); vertaal het voorzichtig
#   naar zakelijke inkopers.
#
# Niets hiervan zegt dat tevredenheid waardeloos is. Het zegt dat een tevredenheidsscore je
# niet vertelt of je extra inspanning zich terugbetaalt in omzet.

# %% [markdown] slideshow={"slide_type": "slide"}
# ## Een tevredenheidsscore vertelt je niet of extra inspanning zich terugbetaalt in omzet.
#
# | Bewijs | Wat het laat zien |
# |---|---|
# | Walmart, 2008 (retail) | tevredenheid omhoog, omzet omlaag |
# | Share-of-wallet-onderzoek | zwak verband; je positie telt zwaarder |

# %% [markdown] slideshow={"slide_type": "notes"}
# Project Impact van Walmart (verteld door Keiningham, Aksoy, Buoye & Cooil 2011, Harvard
# Business Review): consumentenretail, een waarschuwing dat de twee uit elkaar kunnen lopen,
# geen meting in B2B. Dezelfde groep noemt het verband tussen tevredenheid en share of wallet
# significant, maar te zwak om op te sturen; Cooil e.a. (2007, 4.319 bankhuishoudens) vonden
# dat veranderingen een beetje samengaan. Vooral consumentenbewijs: vertaal het voorzichtig
# naar zakelijke inkopers. Tevredenheid is niet waardeloos.

# %% [markdown]
# ### Niet overal: als de tevredenheid zelf een top bereikt
#
# "De tevredenheid stijgt altijd" is een bevinding over de situaties die Homburg en
# collega's onderzochten, geen wet. In een onderzoek onder 226 klanten van zakelijke
# dienstverleners vonden Arslanagić-Kalajdžić en collega's (2020) een *omgekeerde U* tussen
# hoe klantgericht de klanten hun leverancier vonden en hoe tevreden ze waren over de
# relatie: tot een bepaald punt viel meer klantgerichtheid in de smaak, daarna minder. (We
# kennen het onderzoek uit de gepubliceerde samenvatting; waarom de curve omboog, moet je in
# het artikel zelf nalezen.)
#
# Wat dit betekent voor je eigen klanten: ga na of ze *meer* willen, neem het niet aan.

# %% [markdown] slideshow={"slide_type": "slide"}
# ## Soms bereikt de tevredenheid zelf een top: ga na of klanten meer willen, neem het niet aan.

# %% [markdown] slideshow={"slide_type": "notes"}
# Arslanagić-Kalajdžić en collega's (2020): 226 klanten van zakelijke dienstverleners, een
# omgekeerde U tussen ervaren klantgerichtheid en tevredenheid over de relatie. We kennen het
# onderzoek uit de gepubliceerde samenvatting; waarom de curve omboog, staat in het artikel zelf.
# "De tevredenheid stijgt altijd" is een bevinding over de situaties die Homburg en collega's
# onderzochten, geen wet.

# %% [markdown]
# ## Het lesmodel, deel 2: tevredenheid en omzet
#
# Les 1 bouwde de tijdkant van het model: meer klantgerichtheid, meer uren per klant, minder
# bediende klanten. Nu voegen we toe wat de klant doet. Het model is, net als eerst,
# **gestileerd**: de vorm volgt het onderzoek hierboven, de getallen zijn voorbeelden.
#
# Begin met een voorbeeld. Twee verkopers in het model hebben hetzelfde rayon en evenveel
# verkoopuren. De een werkt op klantgerichtheid 3, de ander op klantgerichtheid 6.

# %%
lesson_tables.two_salespeople()

# %% [markdown]
# De verkoper op 6 heeft tevredener klanten en wint een groter deel van wat elke klant
# inkoopt, maar verkoopt toch minder. De reden staat in de middelste kolom: er worden veel
# minder klanten überhaupt bediend.
#
# Het model schrijft de omzet als een product van twee delen:
#
# $$\text{omzet} = \text{share of wallet per klant} \times \text{bediend inkoopbudget}$$
#
# * De **share of wallet** stijgt met de klantgerichtheid, eerst snel en daarna langzamer,
#   omdat hij nooit boven een **plafond** kan komen. We leggen dat plafond op 80%: inkopers
#   houden meestal een tweede leverancier achter de hand om risico te spreiden. Dat getal is
#   een vuistregel uit de praktijk, geen wet, en in het model is het een parameter.
# * Het **bediende inkoopbudget** is wat de klanten waar de verkoper tijd voor heeft, samen
#   per jaar in de productsoort inkopen. Het daalt naarmate de klantgerichtheid stijgt,
#   omdat elke klant meer uren kost (les 1). En het inkoopbudget van een klant groeit niet
#   doordat je die klant goed bedient: een fabriek die € 50.000 per jaar aan
#   bevestigingsmaterialen nodig heeft, koopt er niet meer van omdat ze enthousiast is. Dat
#   is de eerste reden die de blog achter deze kit voor de top geeft: klanten hebben
#   gewoon niet meer nodig.

# %%
lesson_tables.product_of_two_parts()

# %%
fig, (ax_share, ax_served) = plots.subplots(1, 2)
plots.share_and_reach(ax_share, ax_served)
fig.tight_layout()
plt.show()

# %% [markdown] slideshow={"slide_type": "slide"} visual="predict"
# ## Eerst voorspellen.

# %% [markdown] slideshow={"slide_type": "slide"} visual="explorer"
# ## In het model maakt elke stap voorbij de top klanten blijer, maar kost hij omzet.

# %% [markdown] slideshow={"slide_type": "notes"}
# Nodig de deelnemers uit hun eigen score uit de zelfbeoordeling op de curve te zetten, als
# dubbele aanzet tot gesprek: de score is een eigen oordeel en de top van het model is een
# voorbeeld.

# %% [markdown] slideshow={"slide_type": "slide"} visual="chart:satisfaction_and_sales"
# ## In het model blijft de tevredenheid stijgen, terwijl de omzet piekt bij ongeveer {{ model.sales_peak }} van 7.

# %% [markdown] slideshow={"slide_type": "notes"}
# Het gestileerde model: de vorm volgt het onderzoek, de getallen zijn voorbeelden. Omzet =
# share of wallet × bediend inkoopbudget. Laat de groep de plek van de top niet lezen als een
# onderzoeksresultaat.

# %% [markdown] tags=["predict"] reveals=["3,6 van 7", "top bij 3,6", "top bij klantgerichtheid 3,6", "3,55", "−22%", "-22%", "+0,9%"]
# ## Verken: tevredenheid en omzet naast elkaar
#
# **Voorspel eerst.** Schrijf twee gokjes op voordat je de schuifregelaar beweegt:
# 1. Bij welke klantgerichtheid, op de schaal van 1 tot 7, bereikt de omzet in het model zijn top?
# 2. Hoeveel lager is de omzet in het model bij klantgerichtheid 7 dan bij de top:
#    (a) een paar procent, (b) ongeveer een vijfde, (c) ongeveer de helft?
#
# Beweeg daarna de schuifregelaar *klantgerichtheid* langzaam van 1 naar 7. Het linkerpaneel
# toont de tevredenheid, het rechterpaneel de omzet. Bereikt de stip de top van de omzet, dan
# markeert een ster die top en toont een gearceerd deel alles wat erna komt. De zin boven de
# grafiek geeft de getallen van het model bij de stand van de schuifregelaar.

# %% tags=["nbval-ignore-output"]
satisfaction_sales_explorer()

# %% [markdown]
# Leg je gokjes naast het model (klik op de regel hieronder om hem te openen):

# %%
lesson_tables.peak_and_top()

# %% [markdown]
# Voorbij de top maakt elke stap omhoog klanten blijer *en* kost hij omzet. Een team dat
# alleen op tevredenheid stuurt, ziet niets verkeerds: de scores blijven beter worden.
# Daarom is "de tevredenheid stijgt terwijl de omzet gelijk blijft of daalt" een van de
# waarschuwingssignalen van overservice in les 5.
#
# **Je eigen score.** Zet de schuifregelaar hierboven op de score uit je zelfbeoordeling in
# les 1 (afgerond op een kwart punt) en kijk waar die op de omzetcurve van het model ligt.
# Zie het als een dubbele aanzet tot gesprek: de score is een eigen oordeel, en de top van
# het model is een voorbeeld waarvan de plek afhangt van jouw verkoopsituatie (les 3).

# %% [markdown]
# ## Waarom de omzet een top bereikt: touwtrekken in procenten
#
# Omdat de omzet een product is, telt bij elke stap omhoog in klantgerichtheid de
# *procentuele* verandering van elk deel. Stijgt de share of wallet met 10% en daalt het
# bediende inkoopbudget met 10%, dan verandert de omzet met 1,10 × 0,90 − 1 = −1%: bijna
# gelijkspel. De tabel doet dit voor elke stap van één punt op de schaal van 1 tot 7.

# %%
lesson_tables.step_changes()

# %% [markdown]
# Lees de kolommen van boven naar beneden. De winst in aandeel wordt bij elke stap kleiner,
# omdat het aandeel naar zijn plafond kruipt. Het verlies aan bediend inkoopbudget wordt
# de eerste stappen groter, omdat de uren per klant steeds sneller oplopen, en blijft
# daarna groot. Zolang de eerste kolom wint, stijgt de omzet; zodra de tweede wint, daalt
# hij. De top ligt waar de twee elkaar in evenwicht houden.
#
# Eén detail dempt de daling: de verkoper laat de *kleinste* klanten als eerste vallen.
# Daardoor krimpt het bediende inkoopbudget langzamer dan het aantal klanten.

# %%
lesson_tables.smallest_dropped_first()


# %% [markdown] slideshow={"slide_type": "slide"} visual="model-table"
# ## In het model piekt de omzet waar de winst in aandeel niet meer opweegt tegen het verloren inkoopbudget.

# %% [markdown] slideshow={"slide_type": "notes"}
# De omzet is een product, dus tellen de percentages: +10% aandeel en −10% bediend
# inkoopbudget geven −1%. De winst in aandeel krimpt doordat het aandeel naar zijn plafond
# kruipt; het verlies aan bediend inkoopbudget groeit doordat de uren per klant oplopen. De
# kleinste klanten vallen als eerste af, en dat dempt de daling.

# %% [markdown]
# ## Wat uit onderzoek komt en wat uit het model
#
# | | Bron |
# |---|---|
# | De tevredenheid blijft stijgen met de klantgerichtheid; de omzet stijgt, piekt en daalt | Homburg, Müller & Klarmann (2011) |
# | Tevredenheid hangt maar zwak samen met share of wallet en omzet | Keiningham en collega's; Cooil e.a. (2007); vooral consumentenbewijs |
# | In sommige situaties bereikt de tevredenheid zelf een top | Arslanagić-Kalajdžić e.a. (2020), 226 klanten van zakelijke dienstverleners |
# | Klantgerichtheid kost tijd, dus bedien je minder klanten | de redenering van Homburg, Müller & Klarmann; de formule is van het model |
# | Een plafond voor de share of wallet van 80% | vuistregel uit de praktijk; een parameter van het model |
# | De vorm van de curves, de plek van de top, elk eurobedrag | de aannames van het model: alleen voorbeelden |

# %% [markdown] slideshow={"slide_type": "slide"}
# ## De richting komt uit onderzoek; de getallen zijn van het model.
#
# | Uit onderzoek | Uit het lesmodel |
# |---|---|
# | tevredenheid stijgt, omzet piekt | waar de top ligt |
# | klantgerichtheid kost tijd | elk eurobedrag |
# | het plafond van ongeveer 80%: een vuistregel | |

# %% [markdown] slideshow={"slide_type": "notes"}
# Het bewijs over tevredenheid en omzet is vooral consumentenbewijs (Keiningham en
# collega's; Cooil e.a. 2007). De tijdkosten zijn de redenering van Homburg, Müller &
# Klarmann; de formule is van het model. Het plafond van 80% is een vuistregel uit de
# praktijk en een parameter van het model.

# %% [markdown]
# ## Kernpunten
#
# * Homburg, Müller & Klarmann (2011) vonden dat de houding van de klant blijft verbeteren
#   met de klantgerichtheid van een verkoper, terwijl de verkoopresultaten een
#   **omgekeerde U** volgen.
# * Tevredenheid is een zwakke graadmeter voor omzet: bij Walmart steeg de tevredenheid
#   terwijl de omzet daalde, en tevredenheid voorspelt de **share of wallet** maar zwak
#   (consumentenbewijs, dat dezelfde kant op wijst als de B2B-bevinding).
# * De stijgende tevredenheidscurve geldt niet overal: bij zakelijke dienstverlening
#   bereikte de tevredenheid over de relatie zelf een top (Arslanagić-Kalajdžić e.a. 2020).
# * In het gestileerde model is **omzet = share of wallet × bediend inkoopbudget**. Het
#   aandeel stijgt naar een plafond, het bediende inkoopbudget krimpt doordat elke klant
#   meer tijd kost; de omzet piekt waar de procentuele winst van het ene gelijk is aan het
#   procentuele verlies van het andere.
# * Voorbij de top blijft de tevredenheid stijgen terwijl de omzet daalt. Een
#   tevredenheidsscore alleen kan dus niet laten zien dat je te ver bent gegaan.
#
# **Volgende:** de oefeningen in [`exercises/nl/02_satisfaction_versus_sales.ipynb`](../../exercises/nl/02_satisfaction_versus_sales.ipynb), daarna les 3,
# afnemende meeropbrengsten.
#
# ## Bronnen
#
# * Arslanagić-Kalajdžić, M., et al. (2020). The power of emotional value: Moderating
#   customer orientation effect in professional business services relationships
#   (226 klanten van zakelijke dienstverleners; een omgekeerde U voor de tevredenheid over de relatie).
# * Cooil, B., et al. (2007). A longitudinal analysis of customer satisfaction and share
#   of wallet. *Journal of Marketing*, 71(1), 67–83.
# * Homburg, C., Müller, M., & Klarmann, M. (2011). When should the customer really be king?
#   On the optimum level of salesperson customer orientation in sales encounters.
#   *Journal of Marketing*, 75(2), 55–74.
# * Keiningham, T. L., Aksoy, L., Buoye, A., & Cooil, B. (2011). Customer loyalty isn't
#   enough. Grow your share of wallet. *Harvard Business Review*, oktober 2011.
# * Keiningham, T. L., Aksoy, L., Buoye, A., & Cooil, B. *The Wallet Allocation Rule*.
#   Wiley (boek).
