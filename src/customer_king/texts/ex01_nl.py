"""Oefenset 1 (klantgerichtheid): elke zin die de set laat zien, in het Nederlands.

Dezelfde sleutels en {velden} als ex01_en.py; getallen komen binnen als velden die al
in Nederlandse notatie staan (1.500, 5,5).
"""
LANGUAGE = "nl"

MESSAGES = {
    "ex01.title": "Klantgerichtheid",
    # --- de tabel met de tijdkosten ---------------------------------------------------
    "ex01.table.orientation": "Klantgerichtheid (1–7)",
    "ex01.table.hours": "Uren per klant (uur per jaar)",
    "ex01.table.served": "Bediende klanten (van de {n})",
    "ex01.table.territory": "Deel van het rayon bediend (%)",
    "ex01.table.caption": "In het model: een verkoper met {hours} verkoopuren per jaar",
    # --- gedeeld door vraag 4-6 ---------------------------------------------------------
    "ex01.table_hint": "Zoek in de tabel de rij voor klantgerichtheid {score}, en dan de kolom die de vraag noemt.",
    "ex01.wrong.row_off": "Dat is de rij voor klantgerichtheid {row}; de vraag gaat over {score}.",
    # --- Deel A: het begrip ---------------------------------------------------------------
    "ex01.q1.prompt": "Wat klantgerichtheid is",
    "ex01.q1.option.A": "Hoe vriendelijk en prettig de verkoper met klanten omgaat",
    "ex01.q1.option.B": "Het deel van de inkoop van een klant dat naar het bedrijf van de verkoper gaat",
    "ex01.q1.option.C": "Hoe tevreden de klant is over de verkoper",
    "ex01.q1.option.D": ("De mate waarin de verkoper in een verkoopgesprek de behoeften van een klant achterhaalt "
                         "en daarnaar handelt"),
    "ex01.q1.why.A": ("Vriendelijkheid kan erbij horen, maar de kern is behoeften vinden en invullen, "
                      "in elke fase van het gesprek."),
    "ex01.q1.why.B": ("Dat is share of wallet (les 4): een uitkomst waar klantgerichtheid toe kan leiden, "
                      "niet het gedrag zelf."),
    "ex01.q1.why.C": ("Tevredenheid is het oordeel van de klant, een uitkomst; klantgerichtheid is wat de "
                      "verkoper doet."),
    "ex01.q2.prompt": "De vijf fasen van een verkoopgesprek",
    "ex01.q2.option.A": "De behoeften en problemen van de klant in kaart brengen",
    "ex01.q2.option.B": "Koud bellen naar nieuwe prospects",
    "ex01.q2.option.C": "Het aanbod presenteren en demonstreren",
    "ex01.q2.option.D": "Bezwaren behandelen",
    "ex01.q2.option.E": "Onderhandelen, met de belangen van de klant voor ogen",
    "ex01.q2.option.F": "De factuur sturen en de betaling innen",
    "ex01.q2.option.G": "De verkoop afsluiten",
    "ex01.q2.why.B": "Prospectie komt vóórdat er een verkoopgesprek met deze klant is.",
    "ex01.q2.why.F": "Factureren komt als het gesprek voorbij is; de fasen eindigen bij het besluit.",
    "ex01.q2.hint.1": ("Vijf van de zeven horen erbij: elke fase speelt zich af binnen één gesprek met een klant "
                       "die een aankoop overweegt, van de behoefte begrijpen tot het besluit."),
    "ex01.q3.prompt": "Functioneel of relationeel",
    "ex01.q3.option.A": "Relationele klantgerichtheid",
    "ex01.q3.option.B": "Functionele klantgerichtheid",
    "ex01.q3.option.C": "Verkoopgerichtheid",
    "ex01.q3.why.B": ("Functionele klantgerichtheid lost de taak van de klant op: behoefteanalyse, het aanbod "
                      "laten passen. Niets hiervan raakt die taak."),
    "ex01.q3.why.C": "Verkoopgerichtheid drukt op de verkoop; dit gedrag bouwt aan de relatie.",
    # --- Deel B: de tijd die het kost -------------------------------------------------------
    "ex01.q4.prompt": "Tabel: uren per klant bij klantgerichtheid {score}",
    "ex01.q4.wrong.served": "Dat is het aantal bediende klanten; de vraag gaat over uren.",
    "ex01.q5.prompt": "Tabel: bediende klanten bij klantgerichtheid {score}",
    "ex01.q5.wrong.territory": ("Dat is het hele rayon; bij deze klantgerichtheid reiken de uren niet zo ver."),
    "ex01.q5.wrong.hours": "Dat zijn de uren per klant; de vraag is hoeveel klanten.",
    "ex01.q6.prompt": "Tabel: deel van het rayon bediend bij klantgerichtheid {score}",
    "ex01.q6.hint.2": "De laatste kolom geeft het deel meteen, als percentage.",
    "ex01.q6.wrong.not_served": ("Dat is het deel dat *niet* bediend wordt: de klanten waar de verkoper geen "
                                 "tijd voor heeft."),
    "ex01.q7.prompt": "Tabel: verandering bediende klanten van {start} naar {end} (%)",
    "ex01.q7.hint.1": ("Een verandering in procenten is (nieuw − oud) ÷ oud: neem de bediende klanten bij {end} "
                       "en bij {start} uit de tabel."),
    "ex01.q7.hint.2": "Bij {end} worden minder klanten bediend dan bij {start}, dus de verandering is negatief.",
    "ex01.q7.wrong.sign": ("Goede grootte, verkeerd teken: bij {end} worden minder klanten bediend dan bij "
                           "{start}, dus de verandering is een daling."),
    "ex01.q7.wrong.divided_by_new": ("Je hebt gedeeld door het aantal bij {end}. Een verandering meet je vanaf "
                                     "waar je begint: deel door het aantal bij {start}."),
    "ex01.q8.prompt": "Tabel: eerste klantgerichtheid met minder dan {limit} klanten",
    "ex01.q8.hint.1": ("Loop de kolom bediende klanten af vanaf klantgerichtheid 1 en stop bij de eerste rij "
                       "onder de {limit}."),
    "ex01.q8.wrong.row_above": ("Dat is de rij erboven: die bedient nog {limit} klanten of meer. Geef "
                                "de klantgerichtheid van de eerste rij onder de {limit}."),
    "ex01.q9.prompt": "Verkenner: klanten bij klantgerichtheid {score}, {budget} verkoopuren",
    "ex01.q9.hint.1": ("Zet de schuifregelaar voor klantgerichtheid op {score} en die voor verkoopuren op "
                       "{budget}, en lees dan de zin boven de grafiek."),
    "ex01.q9.hint.2": "Beide schuifregelaars tellen: die voor de uren begint bij het standaardbudget.",
    "ex01.q9.wrong.default_budget": ("Dat is het aantal bij het standaardbudget. Zet de schuifregelaar voor "
                                     "verkoopuren ook op {budget}."),
    # --- Deel C: het onderzoek ----------------------------------------------------------------
    "ex01.q10.prompt": "Franke & Park (2006)",
    "ex01.q10.option.A": "Een sterk positief verband met objectieve verkoopcijfers",
    "ex01.q10.option.B": "Een negatief verband bij elke soort prestatiemaat",
    "ex01.q10.option.C": "Een verband vooral als verkopers hun eigen prestatie beoordeelden",
    "ex01.q10.option.D": "Het keek niet naar prestaties",
    "ex01.q10.why.A": "Tegenover objectieve verkoopcijfers lag de gemiddelde correlatie dicht bij nul.",
    "ex01.q10.why.B": "De verbanden waren niet negatief; ze lagen dicht bij nul, behalve bij zelfbeoordelingen.",
    "ex01.q10.why.D": ("Prestaties waren juist wat de meta-analyse vergeleek, naar de manier waarop ze "
                       "gemeten waren."),
    "ex01.q11.prompt": "Homburg, Müller & Klarmann (2011)",
    "ex01.q11.option.A": "Verkoopresultaten en klanttevredenheid blijven allebei stijgen met klantgerichtheid",
    "ex01.q11.option.B": "Verkoopresultaten volgen een omgekeerde U; de houding van de klant blijft verbeteren",
    "ex01.q11.option.C": "De houding van de klant volgt een omgekeerde U; verkoopresultaten blijven stijgen",
    "ex01.q11.option.D": "Klantgerichtheid hangt met geen van beide samen",
    "ex01.q11.why.A": ("Dat is het gangbare idee dat het onderzoek ter discussie stelde: een van de twee bleef "
                       "niet stijgen."),
    "ex01.q11.why.C": ("Andersom: klanten bleven het steeds meer waarderen; de verkoopresultaten bereikten "
                       "een top."),
    "ex01.q11.why.D": "Beide verbanden waren er; alleen hun vorm verschilde.",
    # --- voor analisten -------------------------------------------------------------------------
    "ex01.a1.prompt": "Code: klanten bij klantgerichtheid {score} met {budget} uur",
    "ex01.a1.hint.1": ("De functies van het model verwachten klantgerichtheid tussen 0 en 1: zet de score eerst "
                       "om met model.from_seven_point."),
    "ex01.a1.hint.2": ("Een ander budget is een andere set parameters: dataclasses.replace op model.DEFAULT, "
                       "doorgegeven aan model.accounts_covered."),
    "ex01.a1.wrong.default_budget": ("Dat rekent met het standaardbudget; de vraag geeft de verkoper "
                                     "{budget} uur."),
    "ex01.a2.prompt": "Code: klantgerichtheid (1–7) met precies {target} klanten",
    "ex01.a2.hint.1": ("Het aantal bediende klanten daalt gestaag als de klantgerichtheid stijgt, dus je kunt "
                       "zoeken: probeer een score, vergelijk met {target} en halveer het interval (of reken een "
                       "fijn raster van scores door)."),
    "ex01.a2.hint.2": "Geef het antwoord op de schaal van 1 tot 7: zet terug om met model.to_seven_point.",
}
