"""Oefenset 2 (tevredenheid tegenover verkoopresultaten), in het Nederlands.

Dezelfde sleutels en {velden} als ex02_en.py; getallen komen binnen als velden die al
in Nederlandse notatie staan (6,5; 80).
"""
LANGUAGE = "nl"

MESSAGES = {
    "ex02.title": "Tevredenheid tegenover verkoopresultaten",
    # --- de tabel met het mechanisme ------------------------------------------------------
    "ex02.mechanism.orientation": "Klantgerichtheid (1–7)",
    "ex02.mechanism.satisfaction": "Tevredenheid (1–7)",
    "ex02.mechanism.share": "Share of wallet per bediende klant (%)",
    "ex02.mechanism.accounts": "Bediende klanten",
    "ex02.mechanism.wallet": "Inkoopbudget van de bediende klanten (€ miljoen per jaar)",
    "ex02.mechanism.sales": "Omzet (€ miljoen per jaar)",
    "ex02.mechanism.caption": "In het model: omzet = share of wallet × inkoopbudget van de bediende klanten",
    # --- de teamtabel -------------------------------------------------------------------------
    "ex02.team.salesperson": "Verkoper",
    "ex02.team.accounts": "Klanten",
    "ex02.team.satisfaction": "Gemiddelde tevredenheid van de klanten (1–7)",
    "ex02.team.sales": "Omzet (€ per jaar)",
    "ex02.team.profit": "Winst na kosten van bediening (€ per jaar)",
    "ex02.team.caption": "Koningsvast (het verzonnen casusbedrijf), één rij per verkoper",
    # --- Deel A: de curves ---------------------------------------------------------------------
    "ex02.q1.prompt": "Grafiek: waar de omzet in het model zijn top bereikt (1–7)",
    "ex02.q1.hint.1": ("Zoek het hoogste punt van de omzetcurve (rechtergrafiek) en lees de positie af "
                       "op de horizontale as."),
    "ex02.q1.hint.2": "De curve is vlak bij de top; de rasterlijnen om de halve punt helpen bij het aflezen.",
    "ex02.q1.wrong.satisfaction_top": ("Bij klantgerichtheid {top} is de tevredenheid het hoogst "
                                       "(linkergrafiek). De vraag gaat over omzet."),
    # --- Deel B: het mechanisme (vraag 2-4 delen de eerste tip) ------------------------------------
    "ex02.change_hint": ("Een verandering in procenten is (nieuw − oud) ÷ oud: neem de rij voor {end} als nieuw "
                         "en de rij voor {start} als oud, in de kolom die de vraag noemt."),
    "ex02.q2.prompt": "Tabel: verandering in share of wallet per bediende klant van {start} naar {end} (%)",
    "ex02.q2.hint.2": "De verandering is positief: controleer het teken van je antwoord.",
    "ex02.q2.wrong.sign": ("Goede grootte, verkeerd teken: de share of wallet per bediende klant is hoger "
                           "bij {end} dan bij {start}."),
    "ex02.q3.prompt": "Tabel: verandering inkoopbudget bediende klanten van {start} naar {end} (%)",
    "ex02.q3.hint.2": "De verandering is negatief: controleer het teken van je antwoord.",
    "ex02.q3.wrong.sign": ("Goede grootte, verkeerd teken: het inkoopbudget van de bediende klanten is lager "
                           "bij {end} dan bij {start}."),
    "ex02.q4.prompt": "Tabel: verandering in omzet van {start} naar {end} (%)",
    "ex02.q4.hint.2": "De verandering is negatief: controleer het teken van je antwoord.",
    "ex02.q4.wrong.sign": "Goede grootte, verkeerd teken: de omzet is lager bij {end} dan bij {start}.",
    "ex02.q4.wrong.added": ("Het lijkt erop dat je de twee veranderingen van vraag 2 en 3 hebt opgeteld. Lees de "
                            "omzetkolom zelf: omzet is een product, dus de veranderingen tellen niet op."),
    "ex02.q5.prompt": "Waarom de omzet in het model na de top daalt",
    "ex02.q5.option.A": "Klanten worden minder tevreden bij hoge klantgerichtheid",
    "ex02.q5.option.B": "De share of wallet daalt bij hoge klantgerichtheid",
    "ex02.q5.option.C": ("De share of wallet blijft stijgen, maar te langzaam om het inkoopbudget goed te maken "
                         "van de klanten die niet meer bediend worden"),
    "ex02.q5.option.D": "Het plafond van {ceiling}% wordt precies bij de top bereikt",
    "ex02.q5.why.A": ("In het model daalt de tevredenheid nooit; die blijft stijgen tot en met {top}. De omzet "
                      "daalt om een andere reden."),
    "ex02.q5.why.B": ("Kijk naar de kolom share of wallet: die daalt in het model nooit, maar kruipt naar "
                      "het plafond."),
    "ex02.q5.why.D": ("De share of wallet blijft bij elke klantgerichtheid onder het plafond; de top komt waar "
                      "de winst in share het verlies aan bediend inkoopbudget niet meer dekt."),
    # --- Deel C: het casusbedrijf --------------------------------------------------------------
    "ex02.q6.prompt": "Teamtabel: wiens klanten het meest tevreden zijn",
    "ex02.q6.hint.1": ("Vergelijk de kolom gemiddelde tevredenheid; de tabel toont twee decimalen, genoeg om "
                       "ze uit elkaar te houden."),
    "ex02.q6.why": "Vergelijk de kolom gemiddelde tevredenheid nog eens: iemands klanten scoren gemiddeld hoger.",
    "ex02.q7.prompt": "Teamtabel: winst van de verkoper met de meest tevreden klanten (€)",
    "ex02.q7.hint.1": ("Zoek de verkoper van vraag 6 op in de tabel en lees de winstkolom af "
                       "(na de kosten van bediening)."),
    "ex02.q7.wrong.sales": ("Dat is de omzetkolom. Winst is wat overblijft na de kosten van bediening: de "
                            "laatste kolom."),
    "ex02.q7.wrong.most_profitable": ("Dat is de winst van de meest winstgevende verkoper van het team, niet van "
                                      "degene met de meest tevreden klanten (vraag 6)."),
    "ex02.q7.wrong.unit": ("De grootte lijkt te kloppen, de eenheid niet: geef het antwoord in euro's, zoals de "
                           "tabel het laat zien."),
    "ex02.q8.prompt": "Teamtabel: verkopers van wie de klanten samen verlies maken",
    "ex02.q8.hint.1": "Tel de rijen met een negatieve winst (een minteken) in de laatste kolom.",
    "ex02.q8.wrong.one_short": ("Eén te weinig: tel elke rij met een minteken in de winstkolom, "
                                "van de eerste rij tot de laatste."),
    # --- Deel D: de verkenner --------------------------------------------------------------------
    "ex02.q9.prompt": "Verkenner: omzet onder de top bij klantgerichtheid {score} (€ miljoen)",
    "ex02.q9.hint.1": ("Zet de schuifregelaar op {score}; de zin onder de schuifregelaar zegt hoeveel "
                       "lager de omzet is dan bij de top."),
    "ex02.q9.hint.2": "Geef het bedrag in € miljoen, zoals de uitlezing doet, zonder minteken.",
    "ex02.q9.wrong.sign": ("De vraag is hoeveel *lager* de omzet is: geef het bedrag zonder minteken."),
    "ex02.q9.wrong.unit": ("De grootte lijkt te kloppen, de eenheid niet: geef het bedrag in € miljoen, zoals "
                           "de zin onder de schuifregelaar het schrijft."),
    # --- Deel E: het onderzoek ----------------------------------------------------------------------
    "ex02.q10.prompt": "Tevredenheid in de bonus",
    "ex02.q10.option.A": ("Ze beloont klantgerichtheid voorbij de omzettop, waar de tevredenheid nog stijgt maar "
                          "de omzet daalt"),
    "ex02.q10.option.B": "Geen: tevredenheid voorspelt share of wallet sterk",
    "ex02.q10.option.C": "Verkopers gaan harder op de verkoop drukken, dus de tevredenheid daalt",
    "ex02.q10.option.D": "Tevredenheid is in B2B niet betrouwbaar te meten",
    "ex02.q10.why.B": ("Het onderzoek zegt het omgekeerde: het verband tussen tevredenheid en share of wallet is "
                       "significant maar zwak, en in een consumentenvoorbeeld, dat van Walmart, steeg de "
                       "tevredenheid terwijl de omzet daalde."),
    "ex02.q10.why.C": "Een tevredenheidsbonus trekt de andere kant op: naar méér klantgerichtheid, niet minder.",
    "ex02.q10.why.D": ("Dat beweerde de les niet; het gaat erom wat tevredenheid doet voorbij de top, "
                       "niet hoe je haar meet."),
    "ex02.q11.prompt": "Arslanagić-Kalajdžić et al. (2020)",
    "ex02.q11.option.A": "De relatietevredenheid steeg gestaag met de klantgerichtheid die de klanten ervoeren",
    "ex02.q11.option.B": "Ervaren klantgerichtheid hing niet samen met relatietevredenheid",
    "ex02.q11.option.C": "De relatietevredenheid daalde bij elk niveau van klantgerichtheid",
    "ex02.q11.option.D": ("De relatietevredenheid volgde een omgekeerde U: ze steeg met de ervaren "
                          "klantgerichtheid en daalde daarna"),
    "ex02.q11.why.A": ("Dat is het patroon dat Homburg, Müller & Klarmann vonden voor de houding van de klant; "
                       "dit onderzoek vond in zijn setting een andere vorm."),
    "ex02.q11.why.B": "Het onderzoek vond wel degelijk een verband; de vorm ervan is het punt.",
    "ex02.q11.why.C": "Niet bij elk niveau: denk aan de vorm die de les beschreef.",
    # --- voor analisten -------------------------------------------------------------------------------
    "ex02.a1.prompt": "Code: verandering in de omzet van het model van {start} naar {end}",
    "ex02.a1.hint.1": ("Zet beide scores om met model.from_seven_point, bereken model.sales voor elk, en neem "
                       "nieuw ÷ oud − 1."),
    "ex02.a2.prompt": "Code: correlatie tevredenheid en winst per klant",
    "ex02.a2.hint.1": ("Eén waarde per klant: de kolom satisfaction en cases.account_profit; de "
                       "correlatiecoëfficiënt is np.corrcoef(x, y)[0, 1]."),
}
