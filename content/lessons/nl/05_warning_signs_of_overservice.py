# ---
# jupyter:
#   jupytext:
#     text_representation:
#       extension: .py
#       format_name: percent
# ---

# %% [markdown]
# # 5. Waarschuwingssignalen van overservice
#
# **Waarom dit ertoe doet.** Overservice (een klant meer tijd en aandacht geven dan hij
# oplevert) zie je niet in een tevredenheidsonderzoek: wie het krijgt, is blij. Wel in de agenda
# en de winst-en-verliesrekening: uren, praatjes en spoedleveringen zonder extra omzet. Een team dat de signalen in zijn eigen gegevens herkent, verschuift tijd naar
# waar die nog loont, zonder minder klantgericht te worden.
#
# | | |
# |---|---|
# | **Tijd** | 25 minuten les, 25 minuten oefeningen (`exercises/nl/05_warning_signs_of_overservice.ipynb`) |
# | **Voorkennis** | [4. Share of wallet](04_share_of_wallet.ipynb) (share, groeiruimte, het plafond); [1. Klantgerichtheid](01_customer_orientation.ipynb) (wat die aan tijd kost) |
#
# **Leerdoelen.** Na deze les kun je
# 1. de waarschuwingssignalen van overservice **herkennen** en **zeggen** welke ervan in de
#    gegevens van een verkoopteam te zien zijn;
# 2. de signalen per klant en per verkoper **lezen**, en **zien** hoe ze samen de gestileerde
#    waarschuwingsscore vormen;
# 3. de kleuren groen, oranje en rood **uitleggen** als aanleiding voor een gesprek, niet als oordeel;
# 4. een walviscurve van de winstgevendheid per klant **lezen**;
# 5. klanten met overservice **aanwijzen**, en de uren die naar klanten met groeiruimte kunnen;
# 6. hoge klantgerichtheid **onderscheiden** van klantgerichtheid op de *verkeerde plek*.

# %%
from customer_king.messages import set_language
set_language("nl")  # tabellen, grafieken en feedback in het Nederlands
import numpy as np
import matplotlib.pyplot as plt

from customer_king import cases, lesson_tables, overservice, plots
from customer_king.explorers import warning_score_explorer

plots.use_kit_style()
case = cases.load_case()
acc = case.accounts

# %% [markdown]
# ## Wat overservice is
#
# **Overservice** is inspanning voor een klant die verder gaat dan wat de waarde of de
# mogelijkheden van die klant terugbetalen: uren, aandacht en een speciale behandeling waar de
# klant van geniet, maar die hij niet terugverdient in aankopen of share of wallet. Het is
# geen slechte service, en het is ook niet hetzelfde als hoge klantgerichtheid. Het is
# klantgerichtheid die op de verkeerde plek terechtkomt.
#
# Het onderzoek geeft twee redenen om het te verwachten. Klantgerichtheid kost tijd en brengt
# extra complexiteit met zich mee, en daarmee verklaren Homburg, Müller & Klarmann (2011) waarom
# de verkoopresultaten eerst stijgen en daarna dalen. Bovendien schatten verkopers die kosten
# vaak te laag in: Franke & Park (2006) waarschuwden dat klantgericht verkopen in de praktijk
# meer kan kosten dan verkopers beseffen. Anderson & Onyemah (2006) stellen de vraag van de
# salesmanager zonder omwegen: hoeveel gelijk moet de klant krijgen?

# %% [markdown] slideshow={"slide_type": "slide"}
# ## Overservice is klantgerichtheid die terechtkomt waar de klant haar niet kan terugverdienen.
#
# Geen slechte service, en niet hetzelfde als hoge klantgerichtheid.

# %% [markdown] slideshow={"slide_type": "notes"}
# Het onderzoek geeft twee redenen om het te verwachten: klantgerichtheid kost tijd en brengt
# complexiteit mee (Homburg, Müller & Klarmann 2011), en verkopers schatten die kosten te laag
# in (Franke & Park 2006). Anderson & Onyemah (2006): hoeveel gelijk moet de klant krijgen?

# %% [markdown]
# ## De waarschuwingssignalen
#
# Het blog van een Nederlands salestrainingsbureau waaruit deze kit is ontstaan, merkte op dat
# zeer klantgerichte verkopers vaak
#
# 1. **minder waardevolle klanten** de behandeling geven die voor de beste klanten bedoeld is;
# 2. een groot deel van hun contacttijd besteden aan **gesprekken over niet-salesonderwerpen**;
# 3. **onevenredig veel tijd** per klant besteden;
# 4. collega's om veel **interne service** vragen: spoedleveringen, maatwerk, achter
#    bestellingen aanjagen.
#
# Les 4 voegt er een vijfde aan toe: **inspanning voor klanten die al vlak onder het plafond
# zitten**, waar meer uren geen extra share meer opleveren. Nog twee volgen uit eerdere lessen:
# **concessies zonder hogere prijs** (Homburg, Müller & Klarmann vonden dat een strategie met
# een hogere prijs een van de situaties is die meer klantgerichtheid rechtvaardigen, les 3) en
# **stijgende tevredenheid bij gelijkblijvende omzet** (les 2). De tabel van Koningsvast bevat
# geen prijsgegevens en beslaat maar één jaar, dus die twee zijn hier niet te meten; de score
# laat ze gewoon weg.
#
# Elk signaal heeft een **drempel**, waar het begint te tellen, en een **bereik** waarover het
# tot zijn volle gewicht groeit. De getallen zijn illustraties, geen onderzoeksresultaten:

# %%
lesson_tables.warning_signs()

# %% [markdown] slideshow={"slide_type": "slide"} visual="steps"
# ## Een blog uit de salespraktijk zag bij zeer klantgerichte verkopers vaak vier waarschuwingssignalen.
#
# 1. Topbehandeling voor minder waardevolle klanten
# 2. Veel gesprekken over niet-salesonderwerpen
# 3. Onevenredig veel tijd per klant
# 4. Veel interne verzoeken om service

# %% [markdown] slideshow={"slide_type": "notes"}
# De vier signalen zijn een waarneming uit het salestrainingsblog waaruit de kit is ontstaan,
# geen onderzoeksresultaat; de les geeft bij elk signaal een onderbouwende bron. Les 4 voegt een
# vijfde toe: inspanning voor klanten die al vlak onder het plafond zitten. Concessies zonder
# hogere prijs en stijgende tevredenheid bij gelijkblijvende omzet zijn in de casegegevens niet
# te meten.

# %% [markdown]
# ## Eén signaal van dichtbij: uren tegenover de norm van de klantklasse
#
# Stel dat een gemiddelde kleine klant 10 uur per jaar krijgt en een van die klanten 30 uur.
# Die klant krijgt dan drie keer de **norm van zijn klantklasse**. Koningsvast deelt zijn
# klanten in groepen in naar hun inkoop in de productsoort (A = de grootste 12%, B = de
# volgende 38%, C = de onderste helft); we nemen het mediane aantal uren van elke groep als
# norm en delen de uren van elke klant daardoor.

# %%
display(lesson_tables.tier_benchmarks(case))
lesson_tables.overserved_by_salesperson(case)

# %%
benchmark = overservice.tier_benchmark_hours(acc)
over = overservice.overserved_accounts(acc)  # 2,2 keer de norm of meer: het signaal telt volledig mee
fig, ax = plots.subplots()
plots.hours_against_spend(ax, acc["category_spend_eur"], acc["hours_per_year"], acc["tier"],
                          benchmark, over)
fig.tight_layout()
plt.show()

# %% [markdown]
# De ruitjes staan vooral links, ver boven de gestippelde lijn van hun klantklasse: kleine
# klanten die de uren krijgen van veel grotere. Dat is signaal 1 uit het lijstje van het blog,
# en het is goedkoop te meten: een groepslabel en een urenregistratie zijn genoeg.

# %% [markdown] slideshow={"slide_type": "slide"} visual="question"
# ## Eerst voorspellen.
#
# Welk deel van de totale winst verdient het meest winstgevende vijfde van de klanten in de
# fictieve casegegevens: ongeveer 60%, ongeveer 100%, of ruim boven 100%?

# %% [markdown] slideshow={"slide_type": "notes"}
# Laat drie of vier mensen een schatting geven voordat je de volgende dia laat zien.

# %% [markdown] tags=["predict"] reveals=["167%", "189%", "meest winstgevende 20%"]
# ## Wat klanten met overservice opleveren: de walviscurve
#
# De winst per klant is de brutomarge min de **kosten om de klant te bedienen**: uren van de
# accountmanager, interne verzoeken en vaste kosten per klant (`cases.account_profit`). Zet de
# klanten op volgorde van meest naar minst winstgevend en tel hun winst onderweg op. Het
# lopende totaal klimt, komt boven 100% van de totale winst uit en zakt daarna terug naar 100%
# als de verlieslatende klanten erbij komen. Die vorm geeft de curve zijn naam: de
# **walviscurve**.
#
# Vaak genoemde bandbreedtes zeggen dat het meest winstgevende vijfde van de klanten 150 tot
# 300% van de totale winst kan opleveren, terwijl de minst winstgevende klanten daar weer een
# groot deel van teniet doen. Het idee wordt vaak toegeschreven aan het werk van Robert Kaplan
# over klantwinstgevendheid; zie die bandbreedtes als gangbare cijfers uit de literatuur over
# kostprijsberekening, niet als wetten.
#
# **Eerst voorspellen:** welk deel van de totale winst van Koningsvast verdient het meest
# winstgevende vijfde van zijn klanten: (a) ongeveer 60%, (b) ongeveer 100%, (c) ruim boven
# 100%? Schrijf je schatting op, open dan de tabel hieronder en bekijk de curve.

# %%
lesson_tables.whale_summary(case)

# %%
profit = cases.account_profit(acc)
fig, ax = plots.subplots()
plots.overserved_on_whale_curve(ax, profit, over)
fig.tight_layout()
plt.show()

# %% [markdown]
# In de staart van de curve, waar hij daalt, lekt de winst weg, en precies daar verzamelen
# zich de klanten met overservice. De gegevens van Koningsvast zijn fictief en gestileerd; hun
# vorm is zo opgebouwd dat hij het vaak gemelde patroon volgt, dus het gaat om de vorm, niet om
# het precieze percentage.

# %% [markdown] slideshow={"slide_type": "slide"} visual="chart:whale_curve"
# ## In de fictieve casegegevens verdient het meest winstgevende vijfde van de klanten meer dan de hele winst.

# %% [markdown] slideshow={"slide_type": "notes"}
# Winst per klant = brutomarge − kosten om de klant te bedienen. Het lopende totaal klimt boven
# 100% en zakt terug als de verlieslatende klanten erbij komen: de walviscurve. Vaak genoemde
# bandbreedtes (het bovenste vijfde levert 150–300% van de winst) zijn gangbare cijfers uit de
# literatuur over kostprijsberekening, vaak toegeschreven aan Kaplan, geen wetten.

# %% [markdown]
# ## De waarschuwingsscore
#
# Eén signaal alleen kan misleiden: een verkoper met een paar kleine, veeleisende klanten kan
# om goede redenen hoog scoren op één signaal. De **waarschuwingsscore** combineert de
# signalen.
#
# Eerst een uitgewerkt voorbeeld. Stel dat een verkoper 45% van zijn contacttijd besteedt aan
# gesprekken over niet-salesonderwerpen. Dat signaal begint te tellen bij 30% en weegt volledig
# mee bij 70%, dus 45% is (45 − 30) / 40 = 37,5% van de weg. Met vijf even zware signalen kan
# elk signaal hooguit 20 punten bijdragen, dus dit signaal levert 37,5% × 20 = 7,5 punten op. De
# score telt de punten van alle signalen op:
#
# $$\text{score} = 100 \times \sum_i w_i \cdot \operatorname{clip}\!\left(\frac{x_i - \theta_i}{r_i},\ 0,\ 1\right), \qquad \sum_i w_i = 1$$
#
# waarin $x_i$ de indicator is, $\theta_i$ de drempel, $r_i$ het bereik en $w_i$ het gewicht.
# Onder 30 is de score **groen**, van 30 tot 60 **oranje**, boven 60 **rood**. De formule, de
# drempels en de grenzen tussen de kleuren zijn **gestileerd**: een team dat dit echt wil
# gebruiken, zou ze op zijn eigen gegevens afstemmen.

# %%
lesson_tables.worked_example()

# %% [markdown]
# Nu het echte team. Voor elke verkoper berekent de kit de vijf signalen uit zijn klanten: uren
# tegenover de norm van de klantklasse (een verhouding, 1 = volgens de norm), het aandeel van de
# uren bij kleine klanten min hun aandeel in de inkoop, het aandeel van de contacttijd dat naar
# gesprekken over niet-salesonderwerpen gaat (gewogen naar uren, zodat een gezellig uur bij een
# grote klant even zwaar telt als een uur bij een kleine), interne verzoeken tegenover de mediaan
# van het team (een verhouding), en het aandeel van de uren bij klanten die al vlak onder het
# plafond zitten.

# %%
display(lesson_tables.team_signs(case))
lesson_tables.team_bands(case)

# %% [markdown] slideshow={"slide_type": "slide"} visual="chart:warning_scores"
# ## De gestileerde waarschuwingsscore combineert de signalen; in de fictieve case licht hij een paar verkopers uit.
#
# De grenzen zijn die van het model: onder 30 groen, 30–60 oranje, boven 60 rood.

# %% [markdown] slideshow={"slide_type": "notes"}
# Score = 100 × Σ gewicht × clip((indicator − drempel) / bereik, 0, 1). Formule, drempels en
# kleurgrenzen zijn gestileerd: een team dat de score echt gebruikt, zou ze op zijn eigen
# gegevens afstemmen. Eén signaal alleen kan misleiden; de score combineert ze.

# %% [markdown] slideshow={"slide_type": "slide"} visual="predict"
# ## Eerst voorspellen.

# %% [markdown] slideshow={"slide_type": "slide"} visual="explorer"
# ## In het model is de score een gemiddelde: wie een signaal weglaat, kan iemands score juist laten stijgen.

# %% [markdown] tags=["predict"] reveals=["alleen gesprekken over niet-salesonderwerpen", "score zonder"]
# ### Verkennen: welke signalen moeten meetellen?
#
# De gelijke gewichten zijn een keuze. Een salesdirecteur die een praatje onschuldig vindt, of
# die vooral op uren let, zou de signalen anders wegen. Met de verkenner kun je dat doen; de
# staven laten zien hoeveel punten elk signaal bijdraagt.
#
# **Eerst voorspellen**, verschuif daarna de schuifregelaars (de tabel hierboven bevat alles
# wat je nodig hebt):
#
# 1. Zet elk gewicht op 0, behalve dat van *gesprekken over niet-salesonderwerpen*. Hoeveel van
#    de uitgelichte verkopers blijven oranje of rood?
# 2. Zet alle gewichten weer op 1 en zet dan alleen *uren bij klanten vlak onder het plafond*
#    op 0. Gaat de score van Fleur B. omhoog of omlaag? (Kijk eerst hoe lang haar gele stuk is.)

# %% tags=["nbval-ignore-output"]
warning_score_explorer(case)

# %%
display(lesson_tables.talk_only(case))
lesson_tables.without_ceiling_sign(case)

# %% [markdown]
# Twee lessen uit de schuifregelaars. Ten eerste vindt geen enkel signaal in zijn eentje de
# verkopers met overservice; ze vallen op omdat meerdere signalen dezelfde kant op wijzen. Ten
# tweede is de score een gemiddelde: laat je een signaal weg waarop iemand *laag* scoort, dan
# gaat zijn score *omhoog*. Wie de gewichten kiest, bepaalt mee wat eruit komt, en dat is nog
# een reden om de kleuren te zien als begin van een gesprek.

# %% [markdown]
# ## Hoge klantgerichtheid is op zich niet het probleem: Sanne K.
#
# Kijk wie er uitgelicht worden. In de gegevens van Koningsvast zijn de drie meest
# klantgerichte verkopers precies de drie die oranje of rood zijn: aan de top van de schaal komt
# overservice hier veel voor. Maar hoge klantgerichtheid is niet *voldoende* voor overservice.
# Sanne K. is de op drie na meest klantgerichte verkoper van het team, en haar score hoort bij
# de laagste.

# %%
lesson_tables.orientation_profiles(case, lesson_tables.flagged(case) + ["Sanne K."])

# %% [markdown]
# De klanten van Sanne zijn ook zeer tevreden. Maar zij besteedt weinig tijd aan klanten die
# haar niet meer kunnen opleveren, houdt het bij haar kleine klanten zuinig en verdient per uur
# veel meer. Het waarschuwingssignaal is dus niet hoge klantgerichtheid als zodanig, maar
# klantgerichtheid op een plek waar die niet kan lonen, en dat is wat de top drie doet.
# (Koningsvast is een fictieve case waarin zo'n contrast bewust is ingebouwd: het gaat om het
# patroon waar je op let, niet om een bevinding.) Samenvattingen van het werk van Homburg,
# Müller & Klarmann geven als boodschap dat je klantgerichtheid beter *afstemt* op de
# verkoopsituatie dan haar zo hoog mogelijk opvoert (onze eigen weergave van secundaire
# samenvattingen, niet de woorden van de auteurs). Deze les trekt dezelfde vraag door tot op de
# enkele klant: hoe klantgericht, en *waar*?

# %% [markdown] slideshow={"slide_type": "slide"}
# ## Hoge klantgerichtheid is op zich niet het probleem; klantgerichtheid waar ze niet kan lonen wel.
#
# Fictieve case: Sanne K. is zeer klantgericht en scoort toch bij de laagsten.

# %% [markdown] slideshow={"slide_type": "notes"}
# Sanne besteedt weinig tijd aan klanten die niet meer kunnen opleveren, houdt kleine klanten
# zuinig en verdient per uur veel meer. Koningsvast is met dit contrast erin opgebouwd: het
# patroon om op te letten, geen bevinding. Samenvattingen van Homburg, Müller & Klarmann geven
# als boodschap: klantgerichtheid afstemmen in plaats van maximaliseren (onze weergave van
# secundaire samenvattingen).

# %% [markdown]
# ### Eén jaar gegevens is niet het hele verhaal
#
# De tabel van Koningsvast beslaat één jaar. Twee geverifieerde onderzoeken waarschuwen ervoor
# klantgerichtheid alleen daarop te beoordelen:
#
# * **Jaramillo & Grisaffe (2009)** volgden verkopers in de directe verkoop over een langere
#   periode: klantgerichtheid verhoogde hun eerste verkopen niet, maar wel de *groei* van hun
#   verkopen. De voordelen kunnen dus later zichtbaar worden.
# * **Wachner, Plouffe & Grégoire (2009)** vonden dat klantgerichtheid alleen loonde als de
#   verkoper ook de verkoopvaardigheden had om haar om te zetten in omzet.
#
# Ga dus, voordat je uren weghaalt bij een zeer klantgerichte verkoper, na of die klanten
# groeien, en of coaching in verkoopvaardigheden de klantgerichtheid kan laten renderen. Een
# waarschuwingsscore opent dat gesprek; hij sluit het niet af.

# %% [markdown]
# ## Waar de tijd heen zou kunnen
#
# Voor elke uitgelichte verkoper: hoeveel uren komen er vrij als elke klant met overservice
# teruggaat naar 1,2 keer de norm van zijn klantklasse (waar signaal 1 begint te tellen), wat
# kosten die uren, en hoe behandelen dezelfde mensen hun *grootste* klanten?

# %%
lesson_tables.hours_to_free(case)

# %% [markdown]
# Lees de kolommen naast elkaar: de uren die kleine klanten met overservice opslokken, zijn een
# flink deel van een jaar, en in sommige portefeuilles krijgen de grootste klanten, die nog
# groeiruimte hebben, tegelijk *minder* dan hun norm. Een kleine klant met overservice en een
# grote klant die te weinig aandacht krijgt, kunnen in dezelfde portefeuille zitten.
#
# **Wanneer het het meest kost.** Het blog waaruit de kit is ontstaan, voegt eraan toe dat
# overservice het meest schaadt als het economisch goed gaat. De reden zijn de alternatieve
# kosten (wat je met die tijd elders had kunnen verdienen): bij sterke vraag staan klanten met
# groeiruimte klaar om meer te kopen, dus elk uur dat opgaat aan een klant die niet meer kan
# opleveren, is omzet die je aan een concurrent laat. In een slappe markt kost datzelfde uur
# minder, omdat er elders minder te winnen valt.
#
# Andere verkopers hebben het omgekeerde probleem: hun A-klanten krijgen veel *minder* uren dan
# de norm, terwijl daar een groot deel van de groeiruimte van het team zit. Dat is
# onderservice, de andere kant van dezelfde vraag hoe je je tijd verdeelt (de regel van gelijke
# meeropbrengst uit les 3). De volgende cel zoekt de twee verkopers van wie de A-klanten
# de minste tijd krijgen.

# %%
lesson_tables.least_time_on_a_accounts(case)

# %% [markdown]
# ## Wanneer extra service geen overservice is
#
# De score wijst patronen aan; bedoelingen ziet hij niet. Uren ver boven de norm kunnen de
# juiste keuze zijn:
#
# * **een nieuwe klant opbouwen** met veel groeiruimte, waar je eerste of tweede kunt worden
#   (les 4): vroeg in de klantlevenscyclus, zolang extra inspanning nog extra omzet oplevert,
#   mag de klant best koning zijn;
# * **maatwerkproducten** verkopen, een strategie met een **hogere prijs** volgen of te maken
#   hebben met **hevige concurrentie**: Homburg, Müller & Klarmann vonden dat het beste niveau van
#   klantgerichtheid juist in die situaties hoger ligt (les 3);
# * **een referentieklant of een strategische partner**, waar de tevredenheid zelf het doel is
#   en het bedrijf daar bewust voor heeft gekozen;
# * **één keer een echt probleem oplossen**, waarna de uren weer normaal worden.
#
# Vraag het de verkoper voordat je conclusies trekt. Het doel is niet minder klantgerichtheid,
# maar klantgerichtheid waar die nog loont.

# %% [markdown] slideshow={"slide_type": "slide"}
# ## Extra service is geen overservice als het een bewuste investering is.
#
# * Een nieuwe klant met veel groeiruimte
# * Waar onderzoek een hoger beste niveau vindt: maatwerkproducten, hogere prijzen, hevige concurrentie
# * Een referentieklant; één keer een echt probleem oplossen

# %% [markdown] slideshow={"slide_type": "notes"}
# De score wijst patronen aan; bedoelingen ziet hij niet. Vraag het de verkoper voordat je
# conclusies trekt. Het doel is niet minder klantgerichtheid, maar klantgerichtheid waar die nog
# loont. De richting van deze omstandigheden die het verband versterken (moderatoren) is de
# bevinding van Homburg, Müller & Klarmann (2011).

# %% [markdown]
# ## Kernpunten
#
# * **Overservice** is inspanning die verder gaat dan wat de waarde of de mogelijkheden van
#   een klant terugbetalen. De vier signalen uit het blog (kleine klanten als grote behandeld,
#   niet-salesgesprekken, onevenredig veel tijd, veel interne verzoeken) en inspanning vlak
#   onder het share-of-wallet-plafond zijn uit klantgegevens te meten; concessies en de trend
#   van tevredenheid tegenover omzet vragen meer.
# * Elk signaal wordt een indicator (uren ÷ norm, aandeel niet-salesgesprekken, …); de
#   **waarschuwingsscore** telt hun afgekapte, gewogen afstanden boven een drempel op.
# * De **kleuren** (groen onder 30, oranje 30–60, rood boven 60) zijn gestileerd en de
#   gewichten sturen de uitkomst: begin er een gesprek mee, geen oordeel.
# * Een **walviscurve** zet klanten op volgorde van winst na kosten om te bedienen en telt die
#   op; het winstgevendste vijfde verdient vaak ruim boven 100% van het totaal; klanten met
#   overservice zitten in de dalende staart.
# * Minder overservice maakt uren vrij voor klanten met **groeiruimte**, vaak de grote klanten
#   die de verkoper zelf laat liggen.
# * In de case worden de meest klantgerichte verkopers uitgelicht, maar hoge klantgerichtheid
#   is niet voldoende voor overservice (Sanne K.): klantgerichtheid op de **verkeerde plek** is
#   het probleem. Eén jaar gegevens kan voordelen missen die later in omzetgroei zichtbaar
#   worden (Jaramillo & Grisaffe 2009), en klantgerichtheid loont alleen met
#   verkoopvaardigheden (Wachner, Plouffe & Grégoire 2009).
#
# **Volgende stap:** de oefeningen in [`exercises/nl/05_warning_signs_of_overservice.ipynb`](../../exercises/nl/05_warning_signs_of_overservice.ipynb). Neem
# daarna de discussievragen mee naar de gegevens van je eigen team.
#
# ## Bronnen
#
# * Anderson, E., & Onyemah, V. (2006). How right should the customer be? *Harvard Business
#   Review*, 84(7/8), 59–67.
# * Franke, G. R., & Park, J.-E. (2006). Salesperson adaptive selling behavior and customer
#   orientation: A meta-analysis. *Journal of Marketing Research*, 43, 693–702.
# * Jaramillo, F., & Grisaffe, D. B. (2009). *Journal of Personal Selling & Sales
#   Management*, 29(2), 167–178.
# * Wachner, T., Plouffe, C. R., & Grégoire, Y. (2009). *Industrial Marketing Management*,
#   38, 32–44.
# * Homburg, C., Müller, M., & Klarmann, M. (2011). When should the customer really be king?
#   On the optimum level of salesperson customer orientation in sales encounters.
#   *Journal of Marketing*, 75(2), 55–74.
# * Walviscurve: de bandbreedtes (bovenste 20% van de klanten, 150–300% van de winst) worden in
#   de cost-to-serve-literatuur vaak genoemd en vaak aan Kaplans werk over klantwinstgevendheid
#   toegeschreven (met Cooper, met Narayanan); uit secundaire bronnen, niet in het origineel
#   nagekeken.
# * De vier gedragingen in "De waarschuwingssignalen" komen uit een blogbericht van een
#   Nederlands salestrainingsbureau van 12 september 2018, het vertrekpunt van deze kit.
