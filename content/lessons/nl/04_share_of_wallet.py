# ---
# jupyter:
#   jupytext:
#     text_representation:
#       extension: .py
#       format_name: percent
# ---

# %% [markdown]
# # 4. Share of wallet: hoeveel van een klant kun je winnen?
#
# **Waarom dit ertoe doet.** In les 2 en 3 zag je de verkoopresultaten stoppen met stijgen
# terwijl de klanttevredenheid nog lang doorloopt. Een deel van de verklaring zit bij de
# inkoper: een professionele inkoper verdeelt zijn inkoop over meerdere leveranciers. Weet je
# welk deel van de inkoop van elke klant je al hebt en hoeveel er realistisch nog te halen
# valt, dan weet je waar extra aandacht nog omzet oplevert en waar het vooral een cadeautje is.
#
# | | |
# |---|---|
# | **Tijd** | 20 minuten les, 20 minuten oefeningen (`exercises/nl/04_share_of_wallet.ipynb`) |
# | **Voorkennis** | [1. Klantgerichtheid](01_customer_orientation.ipynb) (wat die aan tijd kost); [3. Afnemende meeropbrengsten](03_diminishing_returns.ipynb) helpt |
#
# **Leerdoelen.** Na deze les kun je
# 1. share of wallet **definiëren** en **berekenen**, voor één klant en voor je hele klantenbestand;
# 2. **uitleggen** waarom inkopers een tweede leverancier aanhouden, en waarom het plafond van
#    ongeveer 80% een vuistregel is en geen wet;
# 3. de groeiruimte per klant in euro's **berekenen** en **beoordelen** hoe sterk die afhangt
#    van het plafond dat je aanneemt;
# 4. de Wallet Allocation Rule **toepassen** om te schatten wat een tweede, vierde of vijfde
#    leverancier mag verwachten, en de belangrijkste kritiek erop **noemen**;
# 5. op basis van share of wallet en groeiruimte **beslissen** waar meer klantgerichtheid nog loont.

# %%
from customer_king.messages import set_language
set_language("nl")  # tabellen, grafieken en feedback in het Nederlands
import numpy as np
import matplotlib.pyplot as plt

from customer_king import cases, demos, lesson_tables, plots
from customer_king.explorers import headroom_explorer, wallet_allocation_explorer

plots.use_kit_style()
case = cases.load_case()

# %% [markdown]
# ## Wat share of wallet is
#
# Begin bij één klant. Een metaalbedrijf koopt per jaar voor € 250.000 aan bevestigingsmateriaal,
# gereedschap en veiligheidsartikelen. Daarvan koopt het € 110.000 bij jou en de rest bij twee
# andere groothandels. Jouw share of wallet bij die klant is dan 110.000 / 250.000 = 44%.
#
# **Share of wallet** is het aandeel van jouw bedrijf in wat de klant in een productsoort
# inkoopt: het percentage van de uitgaven van een klant in die productsoort dat naar één
# bedrijf, merk of winkel gaat (Keiningham, Aksoy, Buoye & Cooil, *Harvard Business Review*,
# 2011). Voor zakelijke klanten omschrijven Keiningham, Perkins-Munn & Evans het als het
# percentage van alle zaken die een klantorganisatie in een periode doet, dat bij jouw bedrijf
# terechtkomt.
#
# $$\text{share of wallet} = \frac{\text{jouw omzet bij de klant}}{\text{de totale inkoop van de klant in de productsoort}}$$
#
# Let op drie dingen:
#
# * **De noemer is een schatting.** Je eigen omzet ken je; de totale inkoop van de klant
#   (zijn **inkoopbudget**, de *wallet*) moet je navragen, of schatten uit de omvang en de
#   branche van de klant.
# * **De productsoort telt.** 44% van "bevestigingsmateriaal" en 44% van "alles wat de fabriek
#   inkoopt" zijn twee heel verschillende uitspraken.
# * **Het is geen marktaandeel.** Marktaandeel vergelijkt je met concurrenten over alle klanten
#   heen; share of wallet kijkt binnen één klant.

# %% [markdown] slideshow={"slide_type": "slide"}
# ## Share of wallet is het deel van de inkoop van een klant in een productsoort dat bij jou terechtkomt.
#
# Voorbeeld: je verkoopt € 110.000 van een inkoopbudget van € 250.000, een share van 44%.

# %% [markdown] slideshow={"slide_type": "notes"}
# Definitie naar Keiningham, Aksoy, Buoye & Cooil (2011, Harvard Business Review); voor
# zakelijke klanten Keiningham, Perkins-Munn & Evans. Let op drie dingen: het inkoopbudget (de
# noemer) is een schatting; de productsoort telt; het is geen marktaandeel.

# %% [markdown]
# ## Share of wallet bij Koningsvast
#
# Het casebedrijf, Koningsvast (fictief, met gestileerde gegevens), houdt per klant bij wat
# de klant bij Koningsvast kocht en hoeveel de klant naar schatting in totaal in de
# productsoort inkoopt. `cases.share_of_wallet` deelt het een door het ander, klant voor klant.

# %%
lesson_tables.case_overview(case)

# %% [markdown]
# Het aandeel in het totale inkoopbudget weegt elke euro even zwaar, dus grote klanten tellen
# het zwaarst; het gemiddelde en de mediaan wegen elke *klant* even zwaar. Zeg erbij welke je bedoelt als je
# "onze share of wallet" rapporteert.

# %%
fig, ax = plots.subplots()
plots.share_histogram(ax, cases.share_of_wallet(case.accounts), ceiling=cases.SHARE_CEILING)
fig.tight_layout()
plt.show()

# %% [markdown]
# ## Waarom geen 100%? Het plafond van de preferred supplier
#
# Ook een zeer tevreden inkoper legt zelden een hele productsoort bij één leverancier neer.
# Ten eerste ligt het inkoopbudget zelf vast: een klant die per jaar voor € 250.000 aan
# materiaal nodig heeft, koopt niet meer omdat jij hem beter bedient. Ten tweede houden
# inkoopafdelingen bewust een tweede (en vaak een derde) leverancier aan:
#
# * **Risico.** Een brand, een staking of een vertraagde levering bij de enige leverancier
#   legt de eigen productie van de klant stil.
# * **Afhankelijkheid.** Een leverancier die weet dat hij de enige is, heeft de sterkste kaarten
#   in de volgende prijsonderhandeling.
# * **Concurrentie.** Een tweede leverancier die al levert, houdt de eerste scherp op prijs en
#   service, en kan snel overnemen als dat nodig is.
#
# Inkoopgidsen noemen als gangbare verdeling tussen hoofdleverancier en reserveleverancier
# 80/20 of 70/30, en Kotler beschrijft het "oude spel" met drie leveranciers op 60/30/10.
# Vandaar het idee, onder salestrainers wijdverbreid, dat een **preferred supplier**
# (voorkeursleverancier) hooguit ongeveer 80% van een productsoort mag verwachten. Zie dat
# getal als een **vuistregel uit de praktijk, geen empirische wet**: het komt uit de
# inkooppraktijk, niet uit een onderzoek dat het heeft gemeten, en het verschilt per
# productsoort. Een contract als enige leverancier van een kritisch onderdeel kan hoger
# uitkomen; een standaardproduct dat elke maand op prijs wordt ingekocht, kan ver daaronder
# blijven.
#
# De kit behandelt het plafond als een parameter die je kunt aanpassen: `cases.SHARE_CEILING`
# voor de casegegevens, `model.DEFAULT.share_ceiling` in het lesmodel.

# %%
lesson_tables.near_ceiling_counts(case)

# %% [markdown] slideshow={"slide_type": "slide"} visual="chart:share_ceiling"
# ## Een preferred supplier haalt zelden meer dan ongeveer 80% van een productsoort: een vuistregel, geen wet.
#
# In het model vlakt de share onder dat plafond af.

# %% [markdown] slideshow={"slide_type": "notes"}
# Inkopers houden een tweede leverancier aan vanwege risico, onafhankelijkheid en concurrentie.
# Inkoopgidsen noemen 80/20 of 70/30; Kotler beschrijft drie leveranciers op 60/30/10
# (secundaire bronnen). Het getal komt uit de inkooppraktijk, niet uit een onderzoek dat het
# heeft gemeten, en verschilt per productsoort. In de kit is het een parameter.

# %% [markdown]
# ## Groeiruimte: wat er nog te winnen valt
#
# Terug naar het metaalbedrijf. Ligt het plafond op 80%, dan mag je hooguit
# 80% × € 250.000 = € 200.000 per jaar verwachten. Je verkoopt € 110.000, dus er is nog
# € 90.000 te winnen. Een tweede klant koopt voor € 40.000 in en haalt daarvan al 78% bij jou:
# daar is de ruimte 80% × € 40.000 − € 31.200 = € 800.
#
# **Groeiruimte** is dat verschil in euro's:
#
# $$\text{groeiruimte} = \max\bigl(0,\ \text{plafond} \times \text{inkoop in de productsoort} - \text{jouw omzet}\bigr)$$
#
# De `max` zorgt dat klanten die al boven het plafond zitten op nul uitkomen in plaats van
# negatief. `cases.headroom` berekent de groeiruimte voor elke klant.

# %%
lesson_tables.headroom_overview(case)

# %%
lesson_tables.top_headroom_accounts(case)

# %% [markdown] slideshow={"slide_type": "slide"}
# ## Groeiruimte is wat er onder het plafond nog te winnen valt, en die hangt af van het plafond dat je aanneemt.
#
# | Plafond (vuistregel) | Groeiruimte, fictieve casegegevens |
# |---|---|
# | 80% | {{ case.headroom_at_ceiling }} |
# | 70% | {{ case.headroom_at_demo_ceiling }} |

# %% [markdown] slideshow={"slide_type": "notes"}
# Groeiruimte = max(0, plafond × inkoop in de productsoort − jouw omzet). Tien procentpunten
# van het plafond af halen veel meer dan een tiende van de groeiruimte weg, omdat ze afgaan van
# wat er na de huidige omzet overblijft. Noem bij groeiruimte altijd het plafond dat je
# gebruikte.

# %% [markdown] tags=["predict"] reveals=["−27%", "7,9 miljoen"]
# ### Verkennen: hoeveel hangt af van het plafond?
#
# De groeiruimte rust op een aanname: het plafond. **Eerst voorspellen:** als het echte
# plafond in deze productsoort 70% is in plaats van 80%, hoeveel van de totale groeiruimte
# verdwijnt er dan: (a) ongeveer een tiende, (b) ongeveer een kwart, (c) ongeveer de helft?
# Schrijf je schatting op, zet dan de schuifregelaar van 0,80 naar 0,70 en lees de zin boven
# de figuur.
#
# Rode stippen zijn klanten die al op of boven het plafond zitten dat je instelt; de staven
# laten zien waar de resterende groeiruimte zit, tegen de gestippelde omtrek van de vuistregel
# van 80%.

# %% tags=["nbval-ignore-output"]
headroom_explorer(case)

# %%
lesson_tables.ceiling_sensitivity(case)

# %% [markdown]
# Tien procentpunten van het plafond af halen veel meer dan een tiende van de groeiruimte weg.
# De reden: groeiruimte is wat er *na* de huidige omzet overblijft, dus die tien punten gaan af
# van een veel kleiner getal. Hoe dichter een klantenbestand bij het plafond zit, hoe meer de
# groeiruimte afhangt van een aanname die niemand heeft gemeten. Noem bij groeiruimte altijd
# het plafond dat je gebruikte.

# %% [markdown] slideshow={"slide_type": "slide"} visual="predict"
# ## Eerst voorspellen.

# %% [markdown] slideshow={"slide_type": "slide"} visual="explorer"
# ## Volgens de Wallet Allocation Rule krijgt de vierde van vijf leveranciers maar een klein stukje van het budget.

# %% [markdown] slideshow={"slide_type": "notes"}
# De regel is van Keiningham, Aksoy, Buoye & Cooil (2011), gepubliceerd; de kit rekent hem
# alleen uit. Een vierde of vijfde leverancier moet winnen van leveranciers die de inkoper al
# hoger plaatst: alleen de moeite waard als je een wig kunt drijven. Elk uur dat je achter een
# klein stukje aanjaagt, besteed je niet waar je eerste of tweede bent.

# %% [markdown]
# ## De Wallet Allocation Rule: wat je positie waard is
#
# Een inkoper gebruikt drie groothandels voor dezelfde productsoort en zet jou, als je hem
# vraagt ze te rangschikken, op de tweede plaats. Hoeveel van zijn inkoopbudget mag je dan
# verwachten? Keiningham, Aksoy, Buoye & Cooil (2011) stelden een eenvoudig antwoord voor, de
# **Wallet Allocation Rule (WAR)**: de share van een leverancier hangt alleen af van zijn
# **positie (rang)** onder de leveranciers die de klant gebruikt en van **hoeveel** dat er
# zijn. De regel is van hen en gepubliceerd; de kit rekent hem alleen uit.
#
# ### Verkennen: de vierde of vijfde leverancier
#
# Verkoopteams krijgen vaak te horen dat ze "een voet tussen de deur" moeten krijgen bij grote
# klanten die al meerdere leveranciers hebben.

# %% tags=["predict"] reveals=["13,3%", "6,7%", "7.740", "3.870", "11.610", "nummer 4 van 5"]
demos.ask("04")

# %% [markdown]
# En wat zou één plaats stijgen, naar nummer 3, waard zijn? Zet de eerste schuifregelaar op 5
# en de tweede op 4, probeer daarna 3 en 5. De stippellijn is wat een gelijke verdeling zou
# opleveren.

# %% tags=["nbval-ignore-output"]
wallet_allocation_explorer()

# %% [markdown]
# Controleer je voorspelling: de shares volgens de regel voor elke positie, en wat die in
# euro's betekenen bij een doorsnee inkoopbudget van een Koningsvast-klant.

# %%
lesson_tables.wallet_allocation()

# %%
lesson_tables.wallet_allocation_on_median(case)

# %% [markdown]
# Als formule, voor de leverancier op positie $r$ (1 = favoriet) onder $n$ leveranciers:
#
# $$\text{verwachte share} = \left(1 - \frac{r}{n + 1}\right) \times \frac{2}{n}$$
#
# De shares van alle posities tellen op tot 100%. Kijk wat de regel aan de top betekent: met
# twee leveranciers in gebruik krijgt de favoriet twee derde, met drie nog maar de helft. De
# favoriet volgens WAR zit dus *onder* de vuistregel van 80%; allebei zeggen ze dat een
# inkoper anderen in beeld houdt.
#
# De vierde of vijfde leverancier krijgt een klein stukje, ruim onder een gelijke verdeling,
# en dat stukje moet hij winnen van leveranciers die de inkoper al kent en hoger plaatst. Het
# kan toch de moeite waard zijn als je iets brengt wat de anderen niet kunnen, of als het
# schuurt tussen de inkoper en zijn huidige leveranciers. Maar dat is de uitzondering: ga na
# of die opgaat *voordat* je de uren erin steekt. De rekensom van les 1 geldt nog steeds: elk
# uur dat je achter een klein stukje van één inkoopbudget aanjaagt, besteed je niet aan een
# klant waar je eerste of tweede bent.
#
# **Waar de regel vandaan komt, en waar zijn grenzen liggen.**
#
# * De auteurs bouwden hem op een panel van meer dan 17.000 **consumenten** over twee jaar, en
#   melden dat hij sterk samenhangt met de shares die mensen werkelijk geven; het genoemde
#   getal is een correlatie boven 0,9 (dat hebben we uit een secundaire kopie van het artikel).
#   De regel is bedoeld voor markten waarin veel klanten meerdere merken gebruiken. Pas je hem,
#   zoals deze les doet, toe op zakelijke inkopers, dan neem je bewijs uit consumentenmarkten
#   mee naar B2B: een maatstaf, geen meting.
# * Critici wijzen erop dat een regel die op posities is gebouwd vrijwel vanzelf hoog
#   correleert met shares, omdat de favoriet bijna altijd de grootste share krijgt, ongeacht
#   wat de regel precies voorspelt. Ze voegen eraan toe dat loyaliteitsmaten vooral meebewegen met hoeveel
#   klanten een merk überhaupt heeft. Gebruik WAR als handige maatstaf voor wat een positie
#   waard is, niet als bewijs voor hoe je groeit.
#
# **Wat dit zegt over klanttevredenheid.** Les 2 liet zien dat klanttevredenheid een zwakke
# gids is voor je verkoopresultaten. Het onderzoek achter WAR voegt het detail toe dat hier
# telt (ook dat weer grotendeels uit consumentenmarkten):
#
# * het verband tussen hoe tevreden een klant is (op een absolute schaal) en de share die hij
#   geeft, is statistisch echt maar zwak; de WAR-auteurs noemen het te zwak om op te sturen;
# * in een onderzoek van vijf jaar bij 4.319 bankhuishoudens gingen *veranderingen* in
#   tevredenheid samen met veranderingen in share of wallet, minder sterk bij klanten met een
#   hoger inkomen en bij lange relaties (Cooil, Keiningham, Aksoy & Hsu 2007; bewijs uit
#   consumentenmarkten);
# * bij 79.543 consumenten en meer dan 650 merken bepaalde de *relatieve positie* van een merk
#   de share of wallet, niet het absolute niveau van tevredenheid (Keiningham en collega's,
#   "Perceptions are relative"; bewijs uit consumentenmarkten);
# * in een zakelijke (B2B) omgeving was het verband positief, maar geen rechte lijn
#   (Keiningham, Perkins-Munn & Evans).
#
# Voor een verkoper: een blije klant nog blijer maken verandert weinig, tenzij het verandert
# waar je staat ten opzichte van de andere leveranciers.

# %% [markdown] slideshow={"slide_type": "slide"} visual="chart:war_ranks"
# ## De Wallet Allocation Rule vertaalt je positie in een verwachte share; het bewijs komt uit consumentenmarkten.

# %% [markdown] slideshow={"slide_type": "notes"}
# De regel van Keiningham, Aksoy, Buoye & Cooil (2011): share = (1 − r/(n+1)) × 2/n. Gebouwd op een panel van meer dan 17.000 consumenten over twee jaar; de
# genoemde correlatie ligt boven 0,9 (uit een secundaire kopie van het artikel). Critici: een
# regel die op posities is gebouwd, correleert vrijwel vanzelf hoog, en loyaliteitsmaten
# bewegen vooral mee met het aantal klanten van een merk. Voor B2B-inkopers: een maatstaf, geen
# meting. Absolute tevredenheid hangt maar zwak samen met share; de relatieve positie telt meer.

# %% [markdown]
# ## Waar meer klantgerichtheid nog loont
#
# Zet de twee ideeën naast elkaar. Share of wallet zegt hoe ver je al bent; groeiruimte zegt
# hoeveel er in euro's nog te halen valt. Uren, de kosten van klantgerichtheid, horen de
# groeiruimte te volgen. Doen ze dat bij Koningsvast? De volgende cel deelt de klanten in naar
# hun huidige share en zet naast elkaar waar de uren heen gaan en waar de groeiruimte zit.

# %%
by_share, names, hour_share, room_share = lesson_tables.hours_and_headroom_by_share(case)
by_share

# %%
fig, ax = plots.subplots()
plots.hours_against_headroom(ax, names, hour_share, room_share)
fig.tight_layout()
plt.show()

# %% [markdown]
# Klanten op 75% of meer nemen een flink deel van de tijd van het team, maar hebben bijna geen
# groeiruimte. Dat tweede deel van de zin is rekenkunde, geen ontdekking: groeiruimte wordt
# gemeten tot aan het plafond, dus een klant vlak onder het plafond heeft er per definitie
# weinig, in welke gegevens ook, en de casegegevens zijn ook zo opgebouwd. De bevinding die het
# bespreken waard is, is het eerste deel: één op de tien uur gaat naar klanten waar volgens de
# vuistregel weinig meer te winnen valt. Les 5 vraagt *wie* die uren besteedt.
#
# Dat betekent niet dat je klanten vlak onder het plafond moet verwaarlozen. Een klant die je
# 78% gunt, is waardevol en het behouden waard; de vraag is alleen of *extra* inspanning daar
# nog iets laat groeien. Een ruwe leidraad:
#
# | Situatie | Meer klantgerichtheid? |
# |---|---|
# | Veel groeiruimte, je staat eerste of tweede | Loont waarschijnlijk: behoefteanalyse en een aanbod op maat kunnen share winnen |
# | Veel groeiruimte, je staat vierde of vijfde | Alleen met een wig: iets wat de anderen niet kunnen bieden, of onvrede over hen |
# | Share vlak onder het plafond | Onderhoud de relatie; steek er geen extra uren in in de hoop op meer share |
# | Klein inkoopbudget, weinig groeiruimte | Bedien de klant goed en efficiënt |
#
# Het model achter de hele kit gebruikt hetzelfde plafond: in het model van les 2 stijgt de
# share of wallet met de klantgerichtheid richting het plafond en komt er nooit overheen. Dat
# is een van de twee redenen waarom de omzetcurve omlaag buigt.

# %% [markdown] slideshow={"slide_type": "slide"}
# ## Meer klantgerichtheid loont waar de groeiruimte groot is en je hoog staat.
#
# | Situatie | Meer klantgerichtheid? |
# |---|---|
# | Veel groeiruimte, eerste of tweede | loont |
# | Veel groeiruimte, vierde of vijfde | alleen met een wig |
# | Share vlak onder het plafond | alleen onderhouden |

# %% [markdown] slideshow={"slide_type": "notes"}
# Een klant die je 78% gunt, is waardevol en het behouden waard; de vraag is alleen of extra
# inspanning daar nog iets laat groeien. Klanten vlak onder het plafond hebben per definitie
# weinig groeiruimte; de bevinding in de casegegevens die het bespreken waard is: ongeveer één
# op de tien uur gaat daarheen.

# %% [markdown]
# ## Kernpunten
#
# * **Share of wallet** is jouw omzet bij een klant gedeeld door zijn totale inkoop in de
#   productsoort; zeg erbij of je weegt naar euro's of naar klanten.
# * Inkopers houden een tweede leverancier aan vanwege risico, onafhankelijkheid en
#   concurrentie. Het **plafond van ongeveer 80%** voor een preferred supplier is een
#   vuistregel uit de praktijk (verdelingen van 80/20, 70/30 of 60/30/10), geen empirische wet.
# * **Groeiruimte** = max(0, plafond × inkoop − jouw omzet). Ze zit bij weinig klanten en hangt
#   af van het aangenomen plafond: een lager plafond haalt er veel van weg.
# * De **Wallet Allocation Rule** vertaalt positie in share: (1 − r/(n+1)) × 2/n. Een vierde of
#   vijfde leverancier mag een klein stukje verwachten. De hoge correlatie met share zit er
#   deels al in; absolute tevredenheid hangt zwak samen met share, de relatieve positie telt meer.
# * Meer klantgerichtheid loont nog waar de groeiruimte groot is en je hoog staat; vlak onder
#   het plafond houdt extra inspanning de klant vast, maar laat hem niet groeien.
#
# **Volgende stap:** de oefeningen in [`exercises/nl/04_share_of_wallet.ipynb`](../../exercises/nl/04_share_of_wallet.ipynb), daarna
# [5. Waarschuwingssignalen van overservice](05_warning_signs_of_overservice.ipynb).
#
# ## Bronnen
#
# * Cooil, B., Keiningham, T. L., Aksoy, L., & Hsu, M. (2007). A longitudinal analysis of
#   customer satisfaction and share of wallet: Investigating the moderating effect of
#   customer characteristics. *Journal of Marketing*, 71(1), 67–83.
# * Homburg, C., Müller, M., & Klarmann, M. (2011). When should the customer really be king?
#   On the optimum level of salesperson customer orientation in sales encounters.
#   *Journal of Marketing*, 75(2), 55–74.
# * Keiningham, T. L., Aksoy, L., Buoye, A., & Cooil, B. (2011). Customer loyalty isn't
#   enough. Grow your share of wallet. *Harvard Business Review*, oktober 2011.
# * Keiningham, T., Aksoy, L., Buoye, A., & Cooil, B. (2015). *The Wallet Allocation Rule*.
#   Wiley (boek; de werkwijze achter de formule staat in de bijlage).
# * Keiningham, T. L., et al. Perceptions are relative: An examination of the relationship
#   between relative satisfaction metrics and share of wallet (79.543 consumenten, meer dan
#   650 merken, 20 branches, 15 landen). Meestal geciteerd als *Journal of Service Management*
#   (2015); nummer niet nagekeken.
# * Keiningham, T. L., Perkins-Munn, T., & Evans, H. The impact of customer satisfaction on
#   share-of-wallet in a business-to-business environment. Meestal geciteerd als *Journal of
#   Service Research* (2003); nummer niet nagekeken.
# * Kotler, P. *Ten Deadly Marketing Sins*. Wiley (het voorbeeld van 60/30/10, geciteerd uit
#   een secundaire bron).
# * De kritiek op de correlatie van WAR: een blog over marketingwetenschap ("Marketing Laws of
#   Growth") zonder auteursnaam op de pagina.
