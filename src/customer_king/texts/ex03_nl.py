"""Oefenset 3 (afnemende meeropbrengsten), in het Nederlands.

Dezelfde sleutels en {velden} als ex03_en.py; getallen komen binnen als velden die al in
Nederlandse notatie staan (4,5; 20).
"""
LANGUAGE = "nl"

MESSAGES = {
    "ex03.title": "Afnemende meeropbrengsten",
    # --- wat het notebook laat zien ---------------------------------------------------------
    "ex03.situation.title": "Maatwerkproducten, hevige concurrentie (beide moderators op +{level})",
    "ex03.steps.col.step": "Stap in klantgerichtheid (1–7)",
    "ex03.steps.col.extra": "Extra omzet door deze stap (€ per jaar)",
    "ex03.steps.row": "{start} → {end}",
    "ex03.steps.caption": "In het model (basissituatie): wat één punt meer klantgerichtheid oplevert",
    "ex03.profit.title": "Winst als maatwerk duur is",
    "ex03.time.col.cost": "Tijdkosten van klantgerichtheid",
    "ex03.time.col.peak": "Waar de omzet zijn top bereikt (1–7)",
    "ex03.time.row.with": "Elk punt klantgerichtheid kost meer uren per klant (het model)",
    "ex03.time.row.without": "Meer klantgerichtheid kost geen extra uren",
    "ex03.time.caption": "In het model: zonder tijdkosten bereikt de omzet zijn top bovenaan de schaal",
    "ex03.koen.col.account": "Klant",
    "ex03.koen.col.wallet": "Inkoopbudget: inkoop in de productsoort (€ per jaar)",
    "ex03.koen.col.now": "Uren van Koen nu (uur per jaar)",
    "ex03.koen.col.rule": "Uren volgens de regel (uur per jaar)",
    "ex03.koen.caption": ("De klanten van {salesperson}, grootste inkoopbudget eerst: evenveel uren in totaal, "
                          "verdeeld volgens de regel van gelijke meeropbrengst (de responscurve van het model)"),
    # --- vraag 1 ----------------------------------------------------------------------------
    "ex03.q1.prompt": "Tabel: extra omzet door de stap {start} → {end} (€ per jaar)",
    "ex03.q1.hint.1": "Zoek in de tabel de rij voor de stap {start} → {end}.",
    "ex03.q1.wrong.next_step": "Dat is de stap {start} → {end}. Begin bij klantgerichtheid {asked}.",
    "ex03.q1.wrong.previous_step": "Dat is de stap {start} → {end}. Begin bij klantgerichtheid {asked}.",
    # --- vraag 2 ----------------------------------------------------------------------------
    "ex03.q2.prompt": "Grafiek: de eerste stap die omzet kost",
    "ex03.q2.hint.1": "Zoek van links naar rechts de eerste staaf onder de nullijn.",
    "ex03.q2.hint.2": "Geef de score waar de stap begint: het getal vóór de pijl in het label.",
    "ex03.q2.wrong.end_of_step": "Daar eindigt de eerste stap die omzet kost. Geef de score waar hij begint.",
    "ex03.q2.wrong.zero_based": ("Heb je de staven vanaf 0 geteld? Lees liever het label van de stap zelf, "
                                 "onder de staaf."),
    # --- vraag 3 ----------------------------------------------------------------------------
    "ex03.q3.prompt": "Grafiek: top van de winst als maatwerk duur is (1–7)",
    "ex03.q3.hint.1": "Zoek het hoogste punt van de winstcurve en lees de positie af op de horizontale as.",
    "ex03.q3.hint.2": "De rasterlijnen liggen een kwart punt uit elkaar; tel vanaf het dichtstbijzijnde hele getal.",
    "ex03.q3.wrong.sales_peak": ("Daar ongeveer bereikt de *omzet* zijn top. Met hoge kosten voor maatwerk ligt "
                                 "de top van de winst ergens anders: lees de winstcurve af."),
    # --- vraag 4 ----------------------------------------------------------------------------
    "ex03.q4.prompt": "Verkenner: hoe ver hevige concurrentie de top van de omzet verschuift (punten)",
    "ex03.q4.hint.1": ("Zet de schuifregelaar voor concurrentie op +{level} en laat de andere twee op 0; de zin "
                       "onder de schuifregelaars geeft de verschuiving van de top van de omzet."),
    "ex03.q4.hint.2": "De vraag gaat over de verschuiving, niet over waar de top nu ligt.",
    "ex03.q4.wrong.sign": ("Goede grootte, verkeerd teken: hevige concurrentie schuift de top *omhoog*, zoals "
                           "Homburg, Müller & Klarmann vonden."),
    "ex03.q4.wrong.peak_not_shift": ("Daar ligt de top bij hevige concurrentie. De vraag is hoe ver hij is "
                                     "verschoven ten opzichte van de basissituatie."),
    # --- vraag 5 ----------------------------------------------------------------------------
    "ex03.q5.prompt": "Wat de verschuiving door de moderator betekent",
    "ex03.q5.option.A": ("Bij hevige concurrentie moeten verkopers in de praktijk hun klantgerichtheid precies "
                         "zoveel verhogen als de verschuiving die je bij vraag 4 aflas"),
    "ex03.q5.option.B": "Concurrentie maakt van de omgekeerde U een curve die blijft stijgen",
    "ex03.q5.option.C": ("De richting van de verschuiving is een onderzoeksresultaat; de grootte is een "
                         "illustratie van het model"),
    "ex03.q5.option.D": "Zowel de richting als de grootte is geschat door Homburg, Müller & Klarmann (2011)",
    "ex03.q5.wrong.A": ("Zo lees je het getal van het model als een meting. Het model neemt alleen de richting "
                        "van de bevinding over; de groottes komen uit getallen die voor de les gekozen zijn."),
    "ex03.q5.wrong.B": "Ook bij hevige concurrentie heeft de curve een top; die ligt alleen hoger.",
    "ex03.q5.wrong.D": ("Het artikel meldt dat het optimum hoger ligt; deze kit gebruikt geen schatting van "
                        "hoeveel hoger, dus de grootte in de verkenner is een illustratie."),
    # --- vraag 6 ----------------------------------------------------------------------------
    "ex03.q6.prompt": "Voorspel: de tijdkosten uitgezet",
    "ex03.q6.option.A": "De top blijft waar hij is",
    "ex03.q6.option.B": "De omzet stijgt door tot klantgerichtheid 7: geen top binnen de schaal",
    "ex03.q6.option.C": "De omzet daalt bij elke stap",
    "ex03.q6.option.D": "De top schuift naar een lagere klantgerichtheid",
    "ex03.q6.wrong.A": ("De top bestaat omdat elke stap klantgerichtheid uren kost, en daarmee klanten. Haal "
                        "die kosten weg en vraag je af wat de omzet dan nog omlaag trekt."),
    "ex03.q6.wrong.C": ("De share of wallet stijgt nog steeds bij elke stap, en zonder tijdkosten gaat er geen "
                        "klant verloren."),
    "ex03.q6.wrong.D": "Zonder tijdkosten is er niets meer om tegen de extra share af te wegen.",
    # --- vraag 7 ----------------------------------------------------------------------------
    "ex03.q7.prompt": "Tabel: de uren volgens de regel voor de grootste klant van {salesperson}",
    "ex03.q7.hint.1": "De tabel zet het grootste inkoopbudget bovenaan; lees de laatste kolom af.",
    "ex03.q7.wrong.hours_now": ("Dat is wat Koen nu aan de klant besteedt. De vraag is wat de regel hem zou "
                                "geven."),
    "ex03.q7.wrong.equal_split": ("Dat is een gelijke verdeling van zijn uren. De regel geeft verschillende "
                                  "klanten verschillende uren."),
    # --- vraag 8 ----------------------------------------------------------------------------
    "ex03.q8.prompt": "Tabel: klanten van {salesperson} die volgens de regel meer uren krijgen",
    "ex03.q8.hint.1": ("Vergelijk de laatste twee kolommen rij voor rij en tel de rijen waarin de uren volgens "
                       "de regel het grootste getal zijn."),
    "ex03.q8.wrong.fewer": ("Zo tel je de klanten die *minder* uren krijgen (of evenveel). Tel de klanten die "
                            "erop vooruitgaan."),
    # --- vraag 9 ----------------------------------------------------------------------------
    "ex03.q9.prompt": "De regel van gelijke meeropbrengst",
    "ex03.q9.option.A": "Verschuif uren van Y naar X tot het volgende uur bij allebei evenveel oplevert",
    "ex03.q9.option.B": "Geef beide klanten evenveel uren",
    "ex03.q9.option.C": "Verschuif uren van X naar Y, want X krijgt al veel aandacht",
    "ex03.q9.option.D": "Stop helemaal met het bedienen van Y",
    "ex03.q9.wrong.B": ("Gelijke uren negeren wat die uren opleveren; de regel maakt de opbrengst van het "
                        "volgende uur gelijk, niet het aantal uren."),
    "ex03.q9.wrong.C": ("Dan schuif je tijd van waar het volgende uur meer oplevert naar waar het minder "
                        "oplevert, en daalt de totale omzet."),
    "ex03.q9.wrong.D": ("Ook het volgende uur bij Y levert nog iets op. Verschuif uren alleen tot de "
                        "opbrengsten gelijk zijn; Y laten vallen klopt alleen als zelfs het eerste uur daar "
                        "minder oplevert dan het laatste uur elders."),
    # --- voor analisten -----------------------------------------------------------------------
    "ex03.a1.prompt": "Code: extra omzet van de stap {start} → {end}, premiumprijs +{level}",
    "ex03.a1.hint.1": ("model.marginal(model.sales, c, params, step=...) geeft wat één stap oplevert; één punt "
                       "op de schaal 1–7 is model.ONE_POINT in de eenheden van het model."),
    "ex03.a1.hint.2": "De situatie is een set parameters: model.moderated met het niveau voor de premiumprijs.",
    "ex03.a1.wrong.baseline": ("Dat is de basissituatie; de vraag gaat over een bedrijf met een "
                               "premiumprijsstrategie."),
    "ex03.a2.prompt": ("Code: de uren volgens de regel voor de grootste klant met "
                       "saturation_hours={saturation_hours}"),
    "ex03.a2.hint.1": ("model.allocate_hours(wallets, budget, saturation_hours=...) verdeelt het budget; "
                       "wallets is de inkoop in de productsoort, het budget het totaal van zijn huidige uren."),
    "ex03.a2.wrong.table_curve": ("Dat is de responscurve van de tabel. De vraag verandert "
                                  "saturation_hours."),
}
