# ---
# jupyter:
#   jupytext:
#     text_representation:
#       extension: .py
#       format_name: percent
# ---

# %% [markdown]
# # 3. Afnemende meeropbrengsten: wat de volgende stap klantgerichtheid oplevert
#
# **Waarom dit ertoe doet.** Les 2 liet zien dat de omzet een top bereikt terwijl de
# tevredenheid blijft stijgen. Voor een verkoper die volgende week plant, of een
# salesmanager die een team coacht, is de nuttige vraag niet "is klantgerichtheid goed?",
# maar "wat levert de *volgende* stap ervan op, hier, bij deze klanten?" Deze les
# beantwoordt die vraag in de marge: stap voor stap, in winst en in omzet, in verschillende
# verkoopsituaties en klant voor klant.
#
# | | |
# |---|---|
# | **Tijd** | 30 minuten les, 25 minuten oefeningen (`exercises/nl/03_diminishing_returns.ipynb`) |
# | **Voorkennis** | [Les 2, tevredenheid versus verkoopresultaten](02_satisfaction_versus_sales.ipynb): omzet = share of wallet × bediend inkoopbudget |
#
# **Leerdoelen.** Na deze les kun je
# 1. met het model **berekenen** wat één stap meer klantgerichtheid aan omzet toevoegt;
# 2. **uitleggen** hoe een tijdsbudget, het aantal bediende klanten, een plafond voor het
#    aandeel en de kosten om te bedienen samen de omgekeerde U opleveren;
# 3. de klantgerichtheid met de hoogste winst **vergelijken** met die met de hoogste omzet;
# 4. **voorspellen** in welke richting maatwerkproducten, een premiumprijsstrategie en de
#    felheid van de concurrentie het beste niveau van klantgerichtheid verschuiven, en dat
#    onderzoeksresultaat scheiden van de groottes die het model geeft;
# 5. de regel van gelijke meeropbrengst **toepassen** om verkoopuren over klanten te verdelen.

# %%
from customer_king.messages import set_language
set_language("nl")  # tabellen, grafieken en feedback in het Nederlands
import numpy as np
import matplotlib.pyplot as plt
from customer_king import lesson_tables, model, plots
from customer_king.explorers import moderator_explorer

plots.use_kit_style()

# %% [markdown]
# ## Wat de volgende stap oplevert
#
# Neem de verkoper uit het model punt voor punt mee omhoog op de schaal van
# klantgerichtheid en noteer wat elke stap toevoegt: aan tevredenheid (in schaalpunten) en
# aan omzet (in euro's per jaar).

# %%
lesson_tables.returns_per_step()

# %% [markdown]
# Beide kolommen worden naar beneden toe kleiner: elke stap voegt minder toe dan de vorige.
# Dat zijn **afnemende meeropbrengsten**. De omzetkolom doet meer dan krimpen: na een paar
# stappen wordt hij negatief. Een stap die de omzet *omlaag* brengt, is een **negatieve
# meeropbrengst**: te veel van het goede. De tevredenheid komt in dit model nooit zover.
#
# De tabel berekent de **marginale** waarde van een stap: de waarde één stap hoger min de
# waarde hier,
#
# $$\text{marginale omzet}(c) = \text{omzet}(c + \Delta) - \text{omzet}(c),$$
#
# met een stap $\Delta$ van één punt op de schaal van 1 tot 7. (Voor wie het wil weten:
# `model.marginal` in de kit rekent dit uit; het model meet klantgerichtheid van 0 tot 1,
# dus één punt is daar een stap van 1/6.)

# %%
fig, (ax_satisfaction, ax_sales) = plots.subplots(1, 2)
plots.returns_per_step(ax_satisfaction, ax_sales)
fig.tight_layout()
plt.show()

# %% [markdown]
# Het beste niveau van klantgerichtheid voor de omzet ligt waar de marginale omzet nul
# wordt: daaronder levert nog een stap extra omzet op, daarboven kost nog een stap omzet.
# Dat is het **optimum**, de top van de omgekeerde U.

# %% [markdown] slideshow={"slide_type": "slide"} visual="chart:returns_per_step"
# ## In het model voegt elke stap klantgerichtheid minder toe dan de vorige, en late stappen kosten omzet.

# %% [markdown] slideshow={"slide_type": "notes"}
# Afnemende meeropbrengsten, daarna negatieve meeropbrengsten: te veel van het goede. De
# marginale omzet is de omzet één stap hoger min de omzet hier. Het optimum ligt waar de
# marginale omzet nul wordt. De tevredenheid wordt in dit model nooit negatief.

# %% [markdown]
# ## Waarom de omgekeerde U ontstaat
#
# Nergens in het model staat "de omzet moet een top bereiken". De top volgt uit vier
# ingrediënten.
#
# | Ingrediënt | In het model | Onderzoek of aanname? |
# |---|---|---|
# | Een vast **tijdsbudget** | 1.200 verkoopuren per jaar | aanname (de tijd van een verkoper is beperkt) |
# | Klantgerichtheid kost **tijd per klant** | de uren per klant groeien met het kwadraat van de klantgerichtheid | de tijdkosten horen bij de redenering van Homburg, Müller & Klarmann; de formule is van ons |
# | Dus worden er minder **klanten bediend**, kleinste eerst | bediende klanten = budget ÷ uren per klant | aanname: verstandige prioriteiten |
# | De **share of wallet** vlakt af onder een **plafond** | elke stap dicht een vast deel van de afstand tot het plafond van 80% | het plafond is een vuistregel uit de praktijk; de formule is van ons |
#
# Een vijfde ingrediënt, de **kosten om te bedienen**, telt mee voor de winst; dat komt in
# het volgende deel. Responscurves die vanaf een bodem stijgen en naar een plafond afvlakken,
# zijn een oud gereedschap van marketingmodellen: Little (1970) bouwde ze op uit het eigen
# oordeel van managers.
#
# Met een simulatie kunnen we wat in de praktijk niet kan: één ingrediënt uitzetten en
# kijken wat er met de top gebeurt.

# %%
lesson_tables.variants_and_peaks()

# %% [markdown]
# Wat de tabel zegt:
#
# * **Zonder extra uren** is er geen top binnen de schaal: de omzet stijgt door tot 7. Het
#   zijn de tijdkosten die de curve omlaag buigen.
# * **Een hoger plafond** verhoogt de omzet, maar verschuift de top nauwelijks. Het aandeel
#   vlakt nog steeds af, omdat elke stap een vast deel wint van wat er nog te winnen valt;
#   het plafond bepaalt alleen waar het afvlakken ophoudt.
# * **De grootte van de klanten die je laat vallen, telt.** Zijn alle klanten even groot,
#   dan kost elke klant die je opgeeft evenveel als elke andere, en komt de top vroeg. Zit
#   het grootste deel van de inkoop bij een paar klanten (key-accountverkoop), dan zijn de
#   klanten die je laat vallen piepklein en schuift de top omhoog.
#
# Dit zijn eigenschappen van het model, gekozen om het onderzoek te weerspiegelen; het zijn
# geen metingen.

# %% [markdown] slideshow={"slide_type": "slide"}
# ## In het model is de top niet ingebouwd: hij ontstaat doordat de tijd opraakt.
#
# | Ingrediënt | Basis |
# |---|---|
# | vaste verkoopuren | aanname |
# | meer uren per klant | redenering uit onderzoek |
# | aandeel vlakt af onder een plafond | plafond: vuistregel |

# %% [markdown] slideshow={"slide_type": "notes"}
# De tijdkosten horen bij de redenering van Homburg, Müller & Klarmann; elke formule is van
# het model. Zet de tijdkosten uit en de top verdwijnt: de omzet stijgt door tot 7. Een hoger
# plafond verschuift de top nauwelijks; geconcentreerde klanten (key-accountverkoop) schuiven
# hem omhoog. Responscurves van een bodem naar een plafond gaan terug op Little (1970).

# %% [markdown]
# ## Winst versus omzet
#
# Klantgerichtheid kost ook geld: offertes op maat, speciale leveringen, rapporten op maat.
# Homburg, Müller & Klarmann wijzen naast tijd ook op deze complexiteitskosten. Het model
# geeft elke bediende klant **kosten om te bedienen**: een basisbedrag plus kosten voor
# maatwerk die groeien met het kwadraat van de klantgerichtheid. De **winst** is dan de
# marge op de omzet min de kosten om te bedienen:
#
# $$\text{winst} = \text{marge} \times \text{omzet} - \text{bediende klanten} \times \text{kosten per klant}$$
#
# Eerst een voorbeeld: wat het bedienen van het rayon kost bij drie niveaus van klantgerichtheid.

# %%
lesson_tables.cost_to_serve_by_orientation()

# %% [markdown]
# Minder klanten, maar elke klant kost zoveel meer dat het totaal stijgt. Vergelijk nu de
# toppen van omzet en winst, voor de maatwerkkosten van het model en voor bedrijven waar
# maatwerk duurder is.

# %%
lesson_tables.profit_peak_by_customization_cost()

# %%
fig, (ax_cost, ax_profit) = plots.subplots(1, 2)
plots.profit_by_customization_cost(ax_cost, ax_profit, costs=(2_500, 10_000, 20_000))
fig.tight_layout()
plt.show()

# %% [markdown]
# De top van de winst ligt onder die van de omzet, en hoe duurder maatwerk is, hoe verder
# eronder. De laatste stappen naar de top van de omzet voegen nog een beetje omzet toe,
# maar meer kosten dan marge.
#
# De eerste rij van de tabel laat een subtiliteit zien: zonder maatwerkkosten draait de
# volgorde om. Minder klanten bedienen *bespaart* dan basiskosten, dus de winst piekt iets
# boven de omzet. "De winst piekt vóór de omzet" is een eigenschap van het model als de
# kosten om te bedienen stijgen met de klantgerichtheid, en dat is precies wat maatwerk
# doet; het is geen onderzoeksresultaat.

# %% [markdown] slideshow={"slide_type": "slide"} visual="chart:profit_peaks"
# ## In het model piekt de winst op of onder de top van de omzet, en lager naarmate maatwerk meer kost.

# %% [markdown] slideshow={"slide_type": "notes"}
# Winst = marge × omzet − bediende klanten × kosten per klant; de kosten per klant groeien
# met het kwadraat van de klantgerichtheid (offertes op maat, speciale leveringen, rapporten
# op maat). Zonder maatwerkkosten draait de volgorde een klein beetje om: "de winst piekt vóór
# de omzet" is een eigenschap van het model als de kosten om te bedienen stijgen met de
# klantgerichtheid, geen onderzoeksresultaat.

# %% [markdown] slideshow={"slide_type": "slide"} visual="predict"
# ## Eerst voorspellen.

# %% [markdown] slideshow={"slide_type": "slide"} visual="explorer"
# ## In het model brengen maatwerkproducten het beste niveau van klantgerichtheid omhoog.

# %% [markdown] tags=["predict"] reveals=["**hoger** ligt", "bij maatwerkproducten, bij bedrijven met een premiumprijsstrategie", "elke verschuiving het teken", "+0,68", "+0,34", "+0,27"]
# ## Het beste niveau hangt af van de situatie: drie moderators
#
# Homburg, Müller & Klarmann (2011) keken naar drie kenmerken van de verkoopsituatie:
#
# * of de verkoper **maatwerkproducten** verkoopt (op maat gemaakt in plaats van standaard),
# * of het bedrijf een **premiumprijsstrategie** volgt, en
# * hoe fel de **concurrentie** in de markt is.
#
# Zulke factoren heten **moderators**: omstandigheden die het verband versterken of
# afzwakken. Ze zetten het effect niet aan of uit, ze verschuiven waar de top ligt. In de
# verkenner hieronder loopt elk van −1 (laag) via 0 (de basis) naar +1 (hoog).
#
# **Voorspel eerst.** Beslis voor elke moderator voordat je de schuifregelaars aanraakt:
# duwt +1 de top van de omzet omhoog of omlaag? Welke van de drie verschuift hem volgens
# jou het meest? En waar ligt de top voor een verkoper van standaardproducten, tegen lage
# prijzen, in een rustige markt (alle drie op −1)?
#
# Beweeg daarna de schuifregelaars. De grijze stippellijnen zijn de basis, de blauwe lijnen
# jouw situatie; de sterren markeren de toppen van omzet (links) en winst (rechts). De
# curves schuiven ook omhoog en omlaag, maar over die niveaus is het model niet gebouwd om
# iets te zeggen: let op waar de sterren heen gaan.

# %% tags=["nbval-ignore-output"]
moderator_explorer()

# %% [markdown] slideshow={"slide_type": "slide"} visual="chart:moderators"
# ## Uit onderzoek: het beste niveau ligt hoger bij maatwerk, premiumprijzen en hevige concurrentie.
#
# Hoe ver elk het hier verschuift, is een voorbeeld van het model.

# %% [markdown] slideshow={"slide_type": "notes"}
# De richting van elke moderator is de bevinding van Homburg, Müller & Klarmann (2011); de
# groottes, en welke moderator de top het meest verschuift, zijn van het model: een andere,
# even redelijke set getallen zou ze anders rangschikken. Mogelijke redenen, in onze
# woorden: bij maatwerk is de echte behoefte vinden de verkoop; een premiumprijs moet je
# verdienen met een betere aansluiting; waar inkopers veel alternatieven hebben, wint puur
# transactioneel verkopen weinig.

# %% [markdown]
# ### Wat het onderzoek vond, en wat het model toevoegt
#
# Homburg, Müller & Klarmann (2011) vonden dat het niveau van klantgerichtheid met de hoogste
# omzet **hoger** ligt bij maatwerkproducten, bij bedrijven met een premiumprijsstrategie en
# in markten met hevige concurrentie. Een paar mogelijke redenen, in onze woorden en niet in
# die van het artikel: als producten op maat worden gemaakt, *is* het vinden van de echte
# behoefte van de klant de verkoop; een premiumprijs moet je verdienen met een betere
# aansluiting; en waar inkopers veel alternatieven hebben, wint een puur transactionele
# aanpak weinig.
#
# Het model volgt deze richtingen met eenvoudige ingrepen van zichzelf. Concurrentie en een
# premiumstrategie verlagen de share of wallet die transactioneel verkopen oplevert (de
# bodem), zodat klantgerichtheid meer kan toevoegen. Maatwerkproducten verlagen ook de bodem
# en laten het aandeel langzamer klimmen, zodat klantgerichtheid langer blijft lonen. In het
# model levert een premiumstrategie ook een hogere marge op, wat telt voor de winst; dat is
# hoe het model een premiumstrategie opvat, geen bevinding uit het artikel.
#
# **Lees dit nuchter:** de *richting* waarin elke moderator het optimum verschuift, is de
# bevinding uit het artikel. *Hoe ver* het in de verkenner verschuift, is een voorbeeld van
# het model, bepaald door getallen die wij kozen. Leg je voorspellingen naast de getallen
# van het model:

# %%
lesson_tables.moderator_peaks()

# %% [markdown]
# In het model heeft elke verschuiving het teken dat het artikel vond. De groottes, en
# welke moderator de top het meest verschuift, zijn van het model: een andere, even
# redelijke set getallen zou ze anders rangschikken. Voor je eigen team is de boodschap
# kwalitatief: voor een verkoper van systemen op maat, tegen premiumprijzen, in een drukke
# markt ligt het niveau van klantgerichtheid met de hoogste omzet *hoger* dan voor een
# collega die standaardonderdelen op prijs verkoopt in een rustige markt.
#
# Dezelfde redenering werkt ook in de tijd. De blog waaruit deze kit is gegroeid, eindigt
# ermee: de klant is koning in sommige fasen van de klantlevenscyclus, zolang extra inzet nog
# extra omzet oplevert (een klant binnenhalen, laten groeien, terugwinnen na een probleem).
# Zit de klant op zijn top, vraag je dan af of nog meer aandacht in verhouding staat tot wat
# die klant oplevert, tenzij tevredenheid zelf het doel is dat je voor die klant hebt gesteld.

# %% [markdown] slideshow={"slide_type": "slide"}
# ## De klant is koning in sommige fasen: zolang extra inzet nog extra omzet oplevert.
#
# Een klant binnenhalen, laten groeien, terugwinnen na een probleem.

# %% [markdown] slideshow={"slide_type": "notes"}
# Uit de blog van het salestrainingsbureau waaruit deze kit is gegroeid. Zit een klant op zijn
# top, vraag je dan af of nog meer aandacht in verhouding staat tot wat die klant oplevert,
# tenzij tevredenheid zelf het doel is dat je voor die klant hebt gesteld.

# %% [markdown]
# ## Je uren verdelen: de regel van gelijke meeropbrengst
#
# Tot nu toe gold één klantgerichtheid voor elke klant. In de praktijk beslist een verkoper
# ook hoeveel uur elke klant krijgt, en ook daar gelden afnemende meeropbrengsten: het vijfde
# bezoek aan een klant voegt minder toe dan het eerste.
#
# Een voorbeeld. Een verkoper heeft twee klanten: de ene koopt voor € 400.000 per jaar in
# de productsoort, de andere voor € 100.000. De grote klant krijgt 40 uur per jaar, de kleine
# 5. Waar is het *volgende* uur meer waard? De gestileerde responscurve van het model voor
# één klant, waarbij de gewonnen omzet afvlakt naarmate de uren oplopen, geeft het antwoord:

# %%
SATURATION_HOURS = 20  # bij zoveel uur levert een klant ongeveer 63% van wat erin zit
lesson_tables.next_hour_two_accounts(saturation_hours=SATURATION_HOURS)

# %% [markdown]
# Hier is het volgende uur bij de kleine klant meer waard. De grote klant verdient niet
# vanzelf het volgende uur: die heeft er al veel gehad, en elk extra uur voegt minder toe.
# Een uur verschuiven van waar het volgende uur minder waard is naar waar het meer waard is,
# verhoogt de totale omzet. Ga daarmee door en je stopt pas als het volgende uur even veel
# waard is bij elke klant die tijd krijgt. Dat is de **regel van gelijke meeropbrengst**:
#
# $$\text{waarde van één uur meer bij klant } i = \lambda \quad \text{voor elke klant die tijd krijgt,}$$
#
# waarbij $\lambda$ de waarde is van één uur extra van jouw tijd. Een klant bij wie zelfs
# het eerste uur minder waard is dan $\lambda$, krijgt helemaal geen tijd. Economen kennen
# het idee als de tweede wet van Gossen.
#
# Nu een rayon van vijf klanten en 120 uur, op drie manieren verdeeld: gelijk, naar
# verhouding van het inkoopbudget van elke klant (een veelgebruikte vuistregel) en volgens
# de regel (`model.allocate_hours`).

# %%
lesson_tables.split_of_hours(budget=120, saturation_hours=SATURATION_HOURS)

# %%
wallets = np.array(lesson_tables.FIVE_WALLETS)
plans = lesson_tables.five_account_plans(120, SATURATION_HOURS)
fig, (ax_hours, ax_next) = plots.subplots(1, 2)
plots.hours_and_next_hour(ax_hours, ax_next, wallets, plans, saturation_hours=SATURATION_HOURS)
fig.tight_layout()
plt.show()

# %% [markdown]
# Volgens de regel zijn de blauwe staven rechts even hoog voor elke klant die tijd krijgt:
# geen enkel uur kan naar een betere plek. Gelijk verdelen laat de grote klanten tekort
# komen (hun volgende uur is veel waard) en geeft de kleine te veel. Verdelen naar
# verhouding van het inkoopbudget maakt bovenaan de omgekeerde fout: de grootste klant krijgt
# meer uren dan hij goed kan gebruiken. Volgens de regel krijgt de kleinste klant helemaal
# geen tijd: zijn eerste uur is minder waard dan het laatste uur dat elders wordt besteed.
#
# Dat is het punt dat Gupta & Steenburgh (2008) maken over verkoopbezoeken: met afnemende
# meeropbrengsten van bezoeken kan een verkoper beter minder tijd aan de grootste klanten
# besteden en meer aan kleinere klanten en prospects, en vuistregels als "één bezoek per
# maand per $100.000 omzet" hoeven de doelen van het bedrijf niet te dienen.
#
# Het idee is in de praktijk gebracht. **CALLPLAN** (Lodish 1971) combineerde per klant de
# geschatte reactie op de bezoekfrequentie met reistijd, tijd per bezoek en winstgevendheid
# van de klant, en stelde het bezoekschema voor dat het meeste haalde uit de beperkte tijd van
# een verkoper. In een praktijktest bij United Airlines met tien gematchte paren verkopers
# hadden de gebruikers van CALLPLAN na zes maanden 8,1% meer omzet dan hun partners
# (gerapporteerd in *Interfaces*, 1977).
#
# In het model is de responscurve een aanname en zijn de getallen voorbeelden. In je eigen
# rayon geldt dezelfde logica met je eigen schattingen: vraag wat het *volgende* uur
# oplevert, klant voor klant, niet wat de klant in totaal waard is.

# %% [markdown] slideshow={"slide_type": "slide"}
# ## Geef het volgende uur aan de klant waar het het meest oplevert, niet aan de grootste klant.
#
# Schuif met uren tot het volgende uur overal even veel waard is.

# %% [markdown] slideshow={"slide_type": "fragment"}
# Bezoekplanning op dit principe verhoogde de omzet in een praktijktest uit 1977.

# %% [markdown] slideshow={"slide_type": "notes"}
# De regel van gelijke meeropbrengst (de tweede wet van Gossen). Gupta & Steenburgh (2008):
# met afnemende meeropbrengsten van bezoeken minder tijd aan de grootste klanten, meer aan
# kleinere klanten en prospects. CALLPLAN (Lodish 1971): in een praktijktest bij United
# Airlines met tien gematchte paren hadden de gebruikers na zes maanden 8,1% meer omzet
# (Interfaces, 1977). In het voorbeeld van de les is de responscurve van het model een aanname.

# %% [markdown]
# ## Kernpunten
#
# * De **marginale omzet** is wat één stap meer klantgerichtheid toevoegt. In het model
#   krimpt die bij elke stap (**afnemende meeropbrengsten**) en wordt daarna negatief; de
#   marginale tevredenheid krimpt ook, maar blijft positief.
# * De omgekeerde U is niet ingebouwd: hij **ontstaat** uit een vast tijdsbudget, uren per
#   klant die stijgen met de klantgerichtheid, minder bediende klanten (kleinste eerst) en een
#   share of wallet die afvlakt onder zijn plafond. Haal de tijdkosten weg en de top verdwijnt.
# * Stijgen de **kosten om te bedienen** met de klantgerichtheid, dan piekt de winst op of
#   onder de top van de omzet; hoe duurder maatwerk, hoe lager.
# * Het optimum ligt **hoger** bij maatwerkproducten, een premiumprijsstrategie en felle
#   concurrentie (Homburg, Müller & Klarmann 2011). Die richting is de bevinding; de
#   groottes van de verschuivingen in deze kit zijn voorbeelden van het model.
# * De klant is koning in sommige fasen van de klantlevenscyclus: zolang extra inzet nog
#   extra omzet oplevert.
# * Verdeel uren met de **regel van gelijke meeropbrengst**: schuif tijd naar waar het
#   volgende uur het meest waard is, tot het even veel waard is bij elke klant die tijd
#   krijgt. CALLPLAN maakte hier een planningsinstrument van, met meer omzet in een praktijktest.
#
# **Volgende:** de oefeningen in [`exercises/nl/03_diminishing_returns.ipynb`](../../exercises/nl/03_diminishing_returns.ipynb), daarna les 4,
# share of wallet.
#
# ## Bronnen
#
# * CALLPLAN-praktijktest bij United Airlines. *Interfaces*, 8(1, part 2), 97–106 (1977).
# * Gupta, S., & Steenburgh, T. J. (2008). Allocating marketing resources. Harvard Business
#   School Working Paper 08-069.
# * Homburg, C., Müller, M., & Klarmann, M. (2011). When should the customer really be king?
#   On the optimum level of salesperson customer orientation in sales encounters.
#   *Journal of Marketing*, 75(2), 55–74.
# * Little, J. D. C. (1970). Models and managers: The concept of a decision calculus.
#   *Management Science*, 16(8), B466–B485.
# * Lodish, L. M. (1971). CALLPLAN: An interactive salesman's call planning system.
#   *Management Science*, 18(4, part II), 25–40.
