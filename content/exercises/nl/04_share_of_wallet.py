# ---
# jupyter:
#   jupytext:
#     text_representation:
#       extension: .py
#       format_name: percent
# ---

# %% [markdown]
# # Oefeningen 4: share of wallet
#
# | | |
# |---|---|
# | **Tijd** | 20 minuten (plus het optionele deel voor analisten) |
# | **Hoort bij** | les [`notebooks/nl/04_share_of_wallet.ipynb`](../../notebooks/nl/04_share_of_wallet.ipynb) |
# | **Vragen** | 10 met beoordeling, te beantwoorden uit wat je ziet (geen code schrijven); 2 optioneel voor analisten; 1 om te bespreken |
#
# **Zo werkt het.** Voer de cellen van boven naar beneden uit (Shift + Enter). Bij elke vraag
# hoort een tabel, een grafiek of een verkenner; lees de waarde af die je nodig hebt, of reken
# hem uit met een rekenmachine, zet hem op de plaats van de `...` en voer de cel uit.
# `check(...)` zegt meteen of het goed is; zo niet, dan krijg je een tip, en bij de volgende
# poging een gerichtere. Typ getallen zoals je ze schrijft: `0,44`, `0.44`, `44,3` en `367776`
# werken allemaal, en tussen aanhalingstekens ook `"44%"`. Bij een keuzevraag typ je de letter
# (`C`). De laatste cel van het hoofddeel toont je voortgang. Kom je er niet uit? Vergelijk met
# [`solutions/nl/04_share_of_wallet.ipynb`](../../solutions/nl/04_share_of_wallet.ipynb), maar pas *nadat* je het zelf hebt geprobeerd.
#
# De gegevens zijn van **Koningsvast**, het verzonnen casebedrijf van de kit: de getallen
# komen uit de gegevensgenerator van de kit (met vaste startwaarde), niet van een echt bedrijf.

# %%
from customer_king.messages import set_language
set_language("nl")  # tabellen, grafieken en feedback in het Nederlands
from customer_king.checks import A, B, C, D, E, F
from customer_king.answers_file import AnswersFile
from customer_king.exercise_sets import load, set04_share_of_wallet as sheet
from customer_king.explorers import headroom_explorer, wallet_allocation_explorer

check = load("04_share_of_wallet")
# Onthoudt elk antwoord dat je controleert, voor "Download mijn antwoorden" onderaan
# (Binder wist sessies die stilliggen).
answers = AnswersFile(check)

# %% [markdown]
# ## Deel A: share of wallet en groeiruimte
#
# **Share of wallet** is het aandeel van jouw bedrijf in wat de klant in een productsoort
# inkoopt. De klanten van Koningsvast samen, over één jaar:

# %%
sheet.totals()

# %% [markdown]
# **Vraag 1.** Welk deel van de totale inkoop van al zijn klanten in de productsoort, samen
# genomen, haalt Koningsvast binnen? Elke euro telt even zwaar. Een fractie van 1 (zoals
# `0,25`) of een percentage (`25%`) is allebei goed; drie cijfers is nauwkeurig genoeg.

# %%
answer_q1 = 0.443  # SOLUTION
check("q1", answer_q1)

# %% [markdown] tags=["solution"]
# **Waar je kijkt.** De tabel met totalen: € 13.285.923 gekocht bij Koningsvast van de
# € 30.003.200 die in de productsoort is ingekocht, en 13.285.923 / 30.003.200 ≈ 0,443 (44,3%).
# Als je de totalen deelt, telt elke euro even zwaar, dus tellen de grote klanten het zwaarst;
# het gemiddelde van de shares van de afzonderlijke klanten (optionele vraag a2) beantwoordt
# een andere vraag: hoe de gemiddelde *klant* eruitziet.

# %% [markdown]
# Nu zes afzonderlijke klanten. **Groeiruimte** is wat een klant onder het plafond nog bij jou
# zou kunnen kopen: plafond × de inkoop van de klant in de productsoort − wat hij nu bij jou
# koopt, en nooit minder dan niets. Neem als plafond **80%**, de vuistregel uit de praktijk
# uit de les.

# %%
sheet.sample_accounts()

# %% [markdown]
# **Vraag 2.** Wat is de groeiruimte van **Denkamp Precisietechniek B.V.**, in euro per jaar
# (het volledige getal, niet afgerond op duizenden)?

# %%
answer_q2 = 367776  # SOLUTION
check("q2", answer_q2)

# %% [markdown] tags=["solution"]
# **Waar je kijkt.** Rij B van de tabel met zes klanten: de klant koopt voor € 524.800 in de
# productsoort in en daarvan € 52.064 bij Koningsvast. Bij het plafond van 80% zou hij
# 0,8 × € 524.800 = € 419.840 bij Koningsvast kunnen kopen, dus valt er nog
# € 419.840 − € 52.064 = € 367.776 te winnen. Het plafond geldt voor de hele inkoop van de
# klant, niet voor de omzet van vandaag.

# %% [markdown]
# **Vraag 3.** Welke van de zes klanten in de tabel heeft de **meeste** groeiruimte? Typ de
# letter van de rij (de naam van de klant, geplakt, werkt ook).

# %%
sheet.options("q3")

# %%
answer_q3 = D  # SOLUTION
check("q3", answer_q3)

# %% [markdown] tags=["solution"]
# **Waarom D.** Reken voor elke rij plafond × inkoop − omzet uit: Havstede (A), de grootste
# inkoop, koopt daar al twee derde van bij Koningsvast en heeft nog ongeveer € 333.000 over;
# Denkamp (B), het laagste aandeel, ongeveer € 368.000; Bordijk (C) zit boven het plafond, dus
# niets; Wesstede (D), een grote inkoop met een middelmatig aandeel, ongeveer € 402.000, het
# meest; Velhorst (E) en Elddijk (F) veel minder. De grootste inkoop of het laagste aandeel
# alleen vertelt je niet waar de euro's zitten.

# %% [markdown]
# ## Deel B: hoeveel hangt af van het plafond?
#
# De verkenner hieronder toont elke klant (stippen) en de groeiruimte per klantklasse (staven)
# bij het plafond op de schuifregelaar. De zin boven de figuur geeft het totaal.

# %% [markdown]
# **Lees het af in de verkenner.** In les 4 voorspelde je hoeveel van de totale groeiruimte
# verdwijnt als het echte plafond 70% is in plaats van 80%. Zet de schuifregelaar van 0,80 op
# 0,70 en lees de zin boven de figuur.

# %% tags=["nbval-ignore-output"]
headroom_explorer()

# %% [markdown]
# **Vraag 4.** Welk deel van de totale groeiruimte bij 80% verdwijnt er bij een plafond van
# 70%? (Een fractie of een percentage; lees het af in de verkenner.)

# %%
answer_q4 = 0.27  # SOLUTION
check("q4", answer_q4)

# %% [markdown] tags=["solution"]
# **Waar je kijkt.** Met de schuifregelaar op 0,70 vergelijkt de zin boven de figuur het nieuwe
# totaal met de vuistregel van 80%: ongeveer −27%, een daling van ongeveer 0,27. Tien punten
# van het plafond af halen kost veel meer dan een tiende van de groeiruimte, omdat groeiruimte
# is wat er overblijft *na* de huidige omzet: de tien punten gaan van dat veel kleinere getal
# af.

# %% [markdown]
# De volgende grafiek zet de klanten op volgorde van meeste naar minste groeiruimte (bij 80%)
# en toont hoeveel van alle groeiruimte de eerste *k* klanten samen hebben.

# %%
sheet.draw_headroom_curve()

# %% [markdown]
# **Vraag 5.** Ongeveer hoeveel klanten hebben samen de **helft** van alle groeiruimte? (Op een
# paar klanten nauwkeurig is goed.)

# %%
answer_q5 = 36  # SOLUTION
check("q5", answer_q5)

# %% [markdown] tags=["solution"]
# **Waar je kijkt.** Ga vanaf 50% op de verticale as naar rechts tot de curve en dan omlaag: hij
# passeert bij ongeveer 36 klanten, van de 302. Een kleine groep grote klanten heeft de helft
# van de groeiruimte, en daar kan extra klantgerichtheid nog omzet opleveren.

# %% [markdown]
# ## Deel C: de vierde of vijfde leverancier
#
# De **Wallet Allocation Rule** is een gepubliceerde regel van Keiningham, Aksoy, Buoye & Cooil
# (*Harvard Business Review*, 2011; de formule kennen we uit een secundaire weergave van het
# artikel): het aandeel dat een leverancier kan verwachten, volgt uit zijn positie onder de
# leveranciers waar een klant bij koopt. De verkenner rekent die regel uit; het is niet het
# lesmodel van de kit. Bedenk wel dat de regel gebouwd is op een panel van meer dan 17.000
# *consumenten*: hem toepassen op zakelijke inkoop, zoals hier, is een aanname.

# %% [markdown]
# **Lees het af in de verkenner.** Een klant koopt bij vijf leveranciers en jij zou binnenkomen
# als nummer 4. Zet de eerste schuifregelaar op 5 en de tweede op 4.

# %% tags=["nbval-ignore-output"]
wallet_allocation_explorer()

# %% [markdown]
# **Vraag 6.** Welk deel van het inkoopbudget kan de vierde van vijf leveranciers volgens de
# regel verwachten?

# %%
answer_q6 = 0.13  # SOLUTION
check("q6", answer_q6)

# %% [markdown] tags=["solution"]
# **Waar je kijkt.** Met 5 leveranciers en positie 4 heeft jouw staaf (de andere kleur) het
# label 13%, en de zin onder de schuifregelaars zegt hetzelfde: € 13.333 van elke € 100.000.
# Dat is minder dan de 20% die een gelijke verdeling zou geven (de stippellijn).

# %% [markdown]
# **Vraag 7.** Klim nu één plaats: zet de schuifregelaar voor je positie op 3. Met hoeveel
# procent **groeit** je verwachte share ten opzichte van nummer 4?

# %%
answer_q7 = 0.5  # SOLUTION
check("q7", answer_q7)

# %% [markdown] tags=["solution"]
# **Zo reken je het uit.** Als nummer 3 van 5 toont de verkenner 20% (€ 20.000 van € 100.000),
# als nummer 4 ongeveer 13% (€ 13.333). De groei vergelijkt het verschil met waar je begint:
# 20.000 / 13.333 − 1 = 0,5, een groei van 50%. (Het verschil, ongeveer 7 procentpunten, is
# niet de groei; en 1,5 is hoeveel *keer* zoveel, voordat je de 1 eraf haalt.)

# %% [markdown]
# ## Deel D: wat het betekent
#
# **Vraag 8.** Wat is het "plafond van ~80%" voor de share of wallet van een preferred supplier
# (voorkeursleverancier)?

# %%
sheet.options("q8")

# %%
answer_q8 = C  # SOLUTION
check("q8", answer_q8)

# %% [markdown]
# **Vraag 9.** Een van je klanten koopt 78% van zijn inkoop in de productsoort bij jou, en de
# inkoper is zeer tevreden. Je hebt dit kwartaal wat uren over. Wat is het beste advies?

# %%
sheet.options("q9")

# %%
answer_q9 = A  # SOLUTION
check("q9", answer_q9)

# %% [markdown]
# **Vraag 10.** Een klant koopt bij drie leveranciers en zet jou op de derde plaats. Na een jaar
# extra aandacht is zijn tevredenheid over jou gestegen, maar je staat nog steeds derde. Wat
# mag je op grond van het onderzoek naar share of wallet verwachten?

# %%
sheet.options("q10")

# %%
answer_q10 = B  # SOLUTION
check("q10", answer_q10)

# %% [markdown] tags=["solution"]
# **Waarom deze antwoorden.** Het plafond (vraag 8) is een vuistregel uit de inkooppraktijk
# (een verdeling van 80/20 of 70/30 tussen een hoofdleverancier en een reserveleverancier),
# geen empirische wet: we kennen geen onderzoek dat zo'n grens heeft gemeten, en bij contracten
# met één leverancier ligt het aandeel hoger. Dicht bij het plafond (vraag 9) houden extra uren
# een klant op peil, maar laten ze hem weinig groeien; ze leveren meer op waar de groeiruimte
# zit. En omdat de share meer volgt uit je positie ten opzichte van de andere leveranciers dan
# uit de absolute tevredenheid (vraag 10), verschuift er weinig bij een tevredenere klant die
# je nog steeds derde zet. Dat bewijs komt vooral van consumenten (het panel achter de regel;
# een onderzoek onder 79.543 consumenten naar relatieve positie); voor zakelijke klanten vonden
# Keiningham, Perkins-Munn & Evans een positief verband tussen tevredenheid en share dat geen
# rechte lijn is.

# %% [markdown]
# ## Bespreek met je buurman of buurvrouw (telt niet mee)
#
# Denk aan je grootste klant. Welk deel van zijn inkoop heb jij, en hoe weet je hoe groot die
# totale inkoop is? Wie zijn de andere leveranciers, en waarom houdt de inkoper ze aan: risico,
# prijsdruk, gewoonte, of iets wat alleen zij kunnen? Wat zou het kosten om één plaats te
# stijgen in de rangorde van de inkoper, en is dat meer waard dan dezelfde uren elders?

# %% [markdown]
# ## Je voortgang

# %%
check.progress()

# %% [markdown]
# ## Voor analisten (optioneel)
#
# Voor het hoofddeel heb je geen code nodig. Reken je graag, dan werken deze twee vragen
# rechtstreeks op de casegegevens: `acc` bevat per kolom één numpy-array, met één waarde per
# klant (zie `src/customer_king/data/DATA_DICTIONARY.md`). Hun voortgang telt apart.

# %%
import numpy as np

from customer_king import cases

acc = cases.load_case().accounts
spend = acc["category_spend_eur"]  # totale inkoop van elke klant in de productsoort (€ per jaar)
sales = acc["our_sales_eur"]  # wat elke klant bij Koningsvast kocht (€ per jaar)

# %% [markdown]
# **Vraag a1.** De totale groeiruimte van alle klanten bij het plafond van 80%, in euro. Zet
# elke klant op minimaal nul: een paar klanten zitten boven het plafond.

# %%
total_headroom = np.maximum(0.8 * spend - sales, 0).sum()  # SOLUTION
check("a1", total_headroom)

# %% [markdown]
# **Vraag a2.** De **gemiddelde** share of wallet over de klanten, waarbij elke klant één keer
# telt. Vergelijk het met je antwoord op vraag 1.

# %%
mean_share = cases.share_of_wallet(acc).mean()  # SOLUTION
check("a2", mean_share)

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
