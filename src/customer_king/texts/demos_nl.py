"""De live demo's in het Nederlands: vragen, vervolgstappen, antwoorden, tabellen, kaarten.

Dezelfde sleutels als ``demos_en.py``; getallen komen al in Nederlandse notatie binnen
(``demos.number``: 3,6 en € 16,5 miljoen).
"""
LANGUAGE = "nl"

MESSAGES = {
    "demo.basis.model": "gestileerd model",
    "demo.basis.rule": "de gepubliceerde Wallet Allocation Rule van Keiningham e.a., niet het lesmodel",
    "demo.basis.case": "gestileerd model, fictieve casegegevens",
    "demo.expected": "Verwacht ({basis}): {answer}",
    "demo.predict_first": "**Eerst voorspellen.** {question} Schrijf je schatting op en beweeg dan de schuifregelaar.",
    "demo.01.question": ("Een verkoper met klantgerichtheid 4 gaat naar 6. Daalt het aantal klanten dat hij kan "
                         "bedienen (a) met ongeveer een tiende, (b) met ongeveer een kwart, (c) met ongeveer de helft?"),
    "demo.01.then": "Zet daarna de verkoopuren 300 uur hoger: wat levert minder administratie op elk niveau op?",
    "demo.02.question": ("Klantgerichtheid gaat van 1 naar 7. Waar bereikt de omzet zijn top, en wat doet de "
                         "klanttevredenheid daarna?"),
    "demo.02.then": "Stop bij de top en ga dan één stap verder: de tevredenheid stijgt nog, de omzet daalt.",
    "demo.03.question": ("De producten worden maatwerk. Moet het beste niveau van klantgerichtheid omhoog, "
                         "omlaag of blijven waar het is?"),
    "demo.03.then": "Zet alles terug en probeer dan premiumprijs en concurrentie, één voor één, en daarna alle drie.",
    "demo.04.question": ("Een klant koopt bij vijf leveranciers en jij komt binnen als nummer 4. Op welk aandeel "
                         "kun je rekenen: (a) ongeveer een vijfde, (b) ongeveer een achtste, (c) minder dan een tiende?"),
    "demo.04.then": "Open daarna de demo over groeiruimte en zet het plafond van {ceiling} naar {demo_ceiling}.",
    "demo.05.question": ("We tellen inzet vlak onder het plafond niet meer mee. Stijgt of daalt de score van de "
                         "gesignaleerde verkoper die daar het laagst scoort?"),
    "demo.05.then": ("Zet daarna elk gewicht op 0, behalve gesprekken over niet-salesonderwerpen: "
                     "wie blijft oranje of rood?"),
    "demo.01.answer": ("De uren per klant stijgen van {h4} naar {h6}; het aantal bediende klanten daalt van "
                       "{a4} naar {a6}, een daling van {drop}."),
    "demo.02.answer": ("De omzet bereikt zijn top bij ongeveer {peak} van 7 ({peak_sales}); bij 7 is die {sales_7}, "
                       "tegen {sales_1} bij 1. De tevredenheid blijft stijgen: {sat_peak} bij de top, {sat_7} bij 7."),
    "demo.03.answer": ("Het scherm toont de top van de omzet bij {moved} van 7 en die van de winst bij {moved_profit} "
                       "(basis: {base} en {base_profit}). Elk van de andere moderatoren op +1 schuift de top van de "
                       "omzet ook omhoog: {shifts}. In elk geval ligt de top van de winst in het model op of onder "
                       "die van de omzet."),
    "demo.03.shift": "{label} {peak}",
    "demo.04.answer": ("Volgens de regel kun je als nummer 4 van 5 leveranciers rekenen op {s4} van het inkoopbudget, "
                       "tegen {equal} bij een gelijke verdeling; stijg je naar nummer 3, dan krijg je {s3}, "
                       "nummer 5 krijgt {s5}."),
    "demo.05.answer": ("Nu gesignaleerd: {changes}. De score is een gemiddelde: {lowest}, van hen het laagst op dat "
                       "signaal, stijgt, want dat lage signaal trekt het gemiddelde niet meer omlaag."),
    "demo.05.change": "{name} {before} → {after}",
    "demo.list_separator": "; ",
    "demo.euro_millions": "€ {amount} miljoen",
    "demo.euro_m": "€\u00a0{amount}\u00a0mln",  # no break inside a table cell
    "demo.moderator.individualized": "maatwerkproducten",
    "demo.moderator.premium_price": "premiumprijs",
    "demo.moderator.competition": "hevige concurrentie",
    "demo.preset.baseline": "basis",
    "demo.preset.individualized products": "maatwerkproducten",
    "demo.preset.premium price strategy": "premiumprijsstrategie",
    "demo.preset.high competitive intensity": "hevige concurrentie",
    "demo.band.green": "groen",
    "demo.band.amber": "oranje",
    "demo.band.red": "rood",
    "demo.table.01.caption": "Tijd per klant en bediende klanten, {hours} verkoopuren",
    "demo.table.01.header": "Klantgerichtheid|Uren per klant|Bediende klanten",
    "demo.table.02.caption": "De tevredenheid blijft stijgen; de omzet bereikt een top",
    "demo.table.02.header": "Klantgerichtheid|Tevredenheid (1–7)|Omzet|Klanten|Share of wallet",
    "demo.table.02.peak": "{peak} (top)",
    "demo.table.03.caption": "Waar de top ligt (elke moderator op +1, de andere op 0)",
    "demo.table.03.header": "Situatie|Top omzet (1–7)|Top winst (1–7)",
    "demo.table.04.caption": "Wallet Allocation Rule: verwacht share of wallet per positie",
    "demo.table.04.header": "Aantal leveranciers",
    "demo.table.04.rank": "Positie {rank}",
    "demo.table.05.caption": "Waarschuwingsscore van de accountmanagers van Koningsvast (top 6, gelijke gewichten)",
    "demo.table.05.header": "Accountmanager|Score (0–100)|Kleur",
    "demo.card.warm_up_explorer.title": "Zo werkt een schuifregelaar",
    "demo.card.warm_up_explorer.shows": "Eén schuifregelaar, één curve: bediende klanten = beschikbare uren / uren per klant.",
    "demo.card.time_cost_explorer.title": "Klantgerichtheid kost tijd",
    "demo.card.time_cost_explorer.shows": "Klantgerichtheid kost tijd: meer uren per klant, minder bediende klanten.",
    "demo.card.satisfaction_sales_explorer.title": "Tevredenheid tegenover omzet",
    "demo.card.satisfaction_sales_explorer.shows": "De tevredenheid blijft stijgen; de omzet bereikt een top en daalt dan.",
    "demo.card.moderator_explorer.title": "Wat het beste niveau verschuift",
    "demo.card.moderator_explorer.shows": "De drie moderatoren van Homburg, Müller & Klarmann (2011) verschuiven het optimum.",
    "demo.card.wallet_allocation_explorer.title": "De Wallet Allocation Rule",
    "demo.card.wallet_allocation_explorer.shows": "De Wallet Allocation Rule: welk aandeel je positie als leverancier oplevert.",
    "demo.card.headroom_explorer.title": "Groeiruimte onder een plafond voor share of wallet",
    "demo.card.headroom_explorer.shows": "Groeiruimte per klant en per klantklasse bij een gekozen plafond.",
    "demo.card.warning_score_explorer.title": "De waarschuwingsscore",
    "demo.card.warning_score_explorer.shows": "Weeg de vijf meetbare waarschuwingssignalen; zie wie oranje of rood wordt.",
    "demo.ask_room": "Vraag eerst de zaal",
    "demo.follow_up": "Vervolg",
    "demo.follow_up.headroom": "na “{lead}”: zet het plafond van {ceiling} naar {demo_ceiling}.",
    "demo.warm_up": "Opwarmer",
    "demo.warm_up.text": "laat de zaal zien hoe een schuifregelaar beweegt, met de muis en met de pijltjestoetsen.",
    "demo.try": "Probeer",
    "demo.try.text": "beweeg één schuifregelaar tegelijk.",
}
