"""Oefenset 5 (waarschuwingssignalen voor overservice), in het Nederlands: vragen, opties,
tips, uitleg bij foute opties, kopjes en bijschriften van de tabellen.

Dezelfde sleutels en ``{placeholders}`` als ``ex05_en.py``; getallen vult de set in, in
Nederlandse notatie (2,2 keer; 75%).
"""
LANGUAGE = "nl"

MESSAGES = {
    "ex05.title": "Waarschuwingssignalen voor overservice",
    # --- eenheden van de waarde van een signaal ---------------------------------------
    "ex05.unit.percent": "{value}%",
    "ex05.unit.points": "{value} punten",
    "ex05.unit.times": "{value} keer",
    # --- de vijf meetbare signalen, in gewone woorden -----------------------------------
    "ex05.sign.hours_vs_tier": "Uren per klant ten opzichte van de norm van zijn klantklasse",
    "ex05.sign.time_on_small_accounts": "Aandeel van de uren bij kleine klanten (C) min hun aandeel in het potentieel",
    "ex05.sign.non_sales_share": "Aandeel van de contacttijd in gesprekken over niet-salesonderwerpen",
    "ex05.sign.internal_requests": "Interne verzoeken om service per klant ten opzichte van de mediaan van het team",
    "ex05.sign.effort_near_ceiling": "Aandeel van de uren bij klanten met al {ceiling} share of wallet of meer",
    # --- de tabellen -------------------------------------------------------------------
    "ex05.benchmarks.col.tier": "Klantklasse",
    "ex05.benchmarks.col.accounts": "Klanten",
    "ex05.benchmarks.col.benchmark": "Norm (uren per klant per jaar)",
    "ex05.benchmarks.row": "Klasse {tier}",
    "ex05.benchmarks.caption": (
        "Normen per klantklasse: de mediaan van de uren per klant in elke klasse (fictieve casusgegevens)"
    ),
    "ex05.sample.col.account": "Klant",
    "ex05.sample.col.tier": "Klantklasse",
    "ex05.sample.col.spend": "Inkoop van de klant in de productsoort (€ per jaar)",
    "ex05.sample.col.hours": "Uren per jaar",
    "ex05.sample.caption": "Vijf klanten van {person}",
    "ex05.overserved.col.salesperson": "Verkoper",
    "ex05.overserved.col.accounts": "Klanten",
    "ex05.overserved.col.overserved": "Klanten met overservice ({full} keer de norm van de klantklasse of meer)",
    "ex05.overserved.caption": "Klanten met overservice per verkoper",
    "ex05.thresholds.col.sign": "Signaal",
    "ex05.thresholds.col.start": "Telt mee vanaf",
    "ex05.thresholds.col.full": "Telt volledig mee vanaf",
    "ex05.thresholds.caption": (
        "De vijf meetbare signalen (de drempels zijn illustraties van de kit, geen onderzoeksresultaten)"
    ),
    "ex05.other_rep.col.sign": "Signaal",
    "ex05.other_rep.col.value": "Waarde bij deze verkoper",
    "ex05.other_rep.caption": "Een verkoper bij een andere groothandel (verzonnen)",
    "ex05.talk.account": "Klant {number}",
    "ex05.talk.col.account": "Klant",
    "ex05.talk.col.hours": "Uren per jaar",
    "ex05.talk.col.share": "Aandeel van de contacttijd in gesprekken over niet-salesonderwerpen",
    "ex05.talk.caption": "Vier klanten van een andere, verzonnen verkoper",
    "ex05.freed.col.salesperson": "Verkoper",
    "ex05.freed.col.freed": "Uren die per jaar vrijkomen",
    "ex05.freed.col.budget": "Urenbudget per jaar",
    "ex05.freed.caption": "Als elke klant met overservice teruggaat naar {allowed} keer de norm van zijn klantklasse",
    "ex05.whale.title": "Walviscurve van Koningsvast (fictieve casusgegevens)",
    # --- vraag 1 -------------------------------------------------------------------------
    "ex05.q1.prompt": "{account}: uren tegenover de klassenorm (keer)",
    "ex05.q1.hint.1": "Deel de uren van de klant door de norm van zijn eigen klantklasse.",
    "ex05.q1.hint.2": "Zoek eerst op in welke klantklasse de klant valt: elke klasse heeft een eigen norm.",
    "ex05.q1.wrong.other_tier": (
        "Je hebt de norm van een andere klantklasse gebruikt. Je vergelijkt elke klant met de norm van "
        "zijn eigen klasse."
    ),
    "ex05.q1.wrong.inverted": (
        "Je hebt de norm gedeeld door de uren van de klant. De verhouding zegt hoeveel keer de norm de "
        "klant krijgt: de uren van de klant komen boven de deelstreep."
    ),
    # --- vraag 2 -------------------------------------------------------------------------
    "ex05.q2.prompt": "Aandeel van de klanten van {person} met overservice",
    "ex05.q2.hint.1": "Deel haar klanten met overservice door alle klanten die zij bedient.",
    "ex05.q2.hint.2": "Gebruik alleen haar eigen rij in de tabel.",
    "ex05.q2.wrong.team_part": (
        "Dat is haar deel van alle klanten met overservice in het team. De vraag gaat over haar eigen "
        "portefeuille: deel door de klanten die zij bedient."
    ),
    "ex05.q2.wrong.complement": "Dat is het aandeel van haar klanten *zonder* overservice.",
    "ex05.q2.wrong.inverted": "Je hebt andersom gedeeld: haar klanten met overservice komen boven de deelstreep.",
    # --- vraag 3 -------------------------------------------------------------------------
    "ex05.q3.prompt": "Waarschuwingsscore, verkoper andere groothandel (0–100)",
    "ex05.q3.hint.1": (
        "Per signaal: hoe ver ligt de waarde voorbij het punt waar het signaal begint mee te tellen, als "
        "deel van de afstand tot het punt waar het volledig meetelt? Onder dat beginpunt levert het "
        "niets op; voorbij volledig levert het zijn volle deel op en niet meer."
    ),
    "ex05.q3.hint.2": (
        "Met vijf signalen die even zwaar wegen, levert elk signaal hooguit een vijfde van de 100 punten "
        "op. Tel op wat elk signaal oplevert."
    ),
    "ex05.q3.wrong.no_clipping": (
        "Je hebt de signalen niet begrensd: onder zijn drempel levert een signaal niets op (nooit minder) "
        "en voorbij volledig gewicht hooguit zijn volle deel (nooit meer)."
    ),
    "ex05.q3.wrong.no_range": (
        "Je hebt genomen hoe ver elke waarde voorbij de drempel ligt, maar niet als deel van de afstand "
        "tot volledig gewicht. Deel door de afstand tussen de twee kolommen van de tabel met drempels."
    ),
    "ex05.q3.wrong.seven_signs": (
        "Je hebt het gewicht over zeven signalen verdeeld. Hier worden er maar vijf gemeten, en de score "
        "verdeelt het gewicht over de signalen waarvan gegevens zijn."
    ),
    "ex05.q3.wrong.sum": (
        "Je hebt de signalen elk met volledig gewicht opgeteld. Met vijf gelijke gewichten telt elk "
        "signaal voor een vijfde: de score loopt van 0 tot 100."
    ),
    "ex05.q3.wrong.factor_100": "Je zit er een factor 100 naast: de score loopt van 0 tot 100, niet van 0 tot 1.",
    # --- vraag 4 -------------------------------------------------------------------------
    "ex05.q4.prompt": "Aandeel niet-salesgesprekken (vier klanten, naar uren)",
    "ex05.q4.hint.1": (
        "Het signaal gaat over *tijd*: het aandeel niet-salesgesprekken bij een klant telt mee naar "
        "verhouding van de uren die je daar besteedt."
    ),
    "ex05.q4.hint.2": "Vermenigvuldig het aandeel van elke klant met zijn uren, tel op en deel door alle uren samen.",
    "ex05.q4.wrong.plain_mean": (
        "Dat is het gewone gemiddelde, waarin een klant van {small} uur even zwaar telt als een klant van "
        "{large} uur. Weeg elke klant naar zijn uren."
    ),
    "ex05.q4.wrong.hours": (
        "Dat lijken de *uren* aan niet-salesgesprekken. De vraag gaat over een aandeel van alle uren."
    ),
    # --- vraag 5 -------------------------------------------------------------------------
    "ex05.q5.prompt": "Lees de grafiek af: hoogte van de top van de walviscurve (%)",
    "ex05.q5.hint.1": "Zoek het hoogste punt van de curve en lees de hoogte af op de verticale as.",
    "ex05.q5.hint.2": "De stippellijn ligt op 100% van de totale winst; de top ligt daar ruim boven.",
    "ex05.q5.wrong.dashed_line": (
        "100% is de stippellijn, waar de curve *eindigt*: bij de totale winst. De top is het hoogste "
        "punt, voordat de verliesgevende klanten de curve weer omlaag trekken."
    ),
    "ex05.q5.wrong.fraction": "De grootte klopt, maar geef het antwoord in procenten, zoals op de as.",
    # --- vraag 6 -------------------------------------------------------------------------
    "ex05.q6.prompt": "Wat het dalende deel van de walviscurve betekent",
    "ex05.q6.option.A": "De klanten rechts leveren verlies op na de kosten om ze te bedienen",
    "ex05.q6.option.B": "De klanten rechts kopen minder dan de andere klanten",
    "ex05.q6.option.C": "Koningsvast als geheel maakt verlies",
    "ex05.q6.option.D": "De gegevens van die klanten ontbreken",
    "ex05.q6.why.B": (
        "Een lage omzet alleen laat de curve niet dalen: elke klant met een positieve winst telt er nog "
        "bij op. De curve daalt alleen waar de winst negatief is, na de kosten van bediening."
    ),
    "ex05.q6.why.C": (
        "De curve eindigt op 100% van een positieve totale winst. Het bedrijf verdient geld; sommige "
        "klanten geven daar een deel van weg."
    ),
    "ex05.q6.why.D": "Elke klant zit in de curve; de daling is echte winst die weglekt, geen ontbrekende gegevens.",
    # --- vraag 7 -------------------------------------------------------------------------
    "ex05.q7.prompt": "Alleen inzet dicht bij het plafond: wie is oranje of rood?",
    "ex05.q7.hint.1": (
        "Zet de andere vier schuifregelaars voor de gewichten op 0 en laat *uren bij klanten dicht bij "
        "het plafond* op 1 staan; de zin onder de schuifregelaars noemt de namen in rood en in oranje."
    ),
    "ex05.q7.hint.2": (
        "Lees de namen af na je laatste aanpassing: een gewicht dat je per ongeluk op 1 liet staan, telt "
        "nog mee."
    ),
    # --- vraag 8 -------------------------------------------------------------------------
    "ex05.q8.prompt": "{person}: vrijgekomen uren als aandeel van zijn urenbudget",
    "ex05.q8.hint.1": (
        "Vergelijk de uren die hij zou vrijmaken met zijn urenbudget per jaar: welk deel van het budget "
        "is dat?"
    ),
    "ex05.q8.hint.2": "Gebruik zijn rij in de tabel, en de kolom met het budget voor het hele jaar.",
    "ex05.q8.wrong.inverted": (
        "Je hebt het budget gedeeld door de vrijgekomen uren. De vrijgekomen uren komen boven de "
        "deelstreep: zij zijn het deel, het budget is het geheel."
    ),
    "ex05.q8.wrong.complement": (
        "Dat is het deel van zijn budget dat blijft waar het is; de vraag gaat over het deel dat vrijkomt."
    ),
    # --- vraag 9 -------------------------------------------------------------------------
    "ex05.q9.prompt": "Waarom Sanne K. groen is",
    "ex05.q9.option.A": "Haar klanten zijn minder tevreden, dus bij haar valt niets te overbedienen",
    "ex05.q9.option.B": "Ze heeft minder verkoopuren dan de anderen",
    "ex05.q9.option.C": "De score negeert klantgerichtheid, dus hij ziet haar niet",
    "ex05.q9.option.D": "Ze steekt haar extra tijd in klanten met groeiruimte en houdt kleine klanten zuinig bediend",
    "ex05.q9.why.A": (
        "Haar klanten horen bij de meest tevreden van het team. Bij overservice gaat het om waar de uren "
        "naartoe gaan, niet om hoe tevreden klanten zijn."
    ),
    "ex05.q9.why.B": (
        "Ze heeft een voltijdbudget, zoals het grootste deel van het team; het verschil zit in hoe ze de "
        "uren *besteedt*."
    ),
    "ex05.q9.why.C": (
        "Klopt, klantgerichtheid is geen van de signalen, maar daar gaat het juist om: kijk waar haar uren "
        "naartoe gaan, en welke signalen daardoor zouden oplichten."
    ),
    # --- vraag 10 ------------------------------------------------------------------------
    "ex05.q10.prompt": "Wanneer zijn extra uren geen overservice?",
    "ex05.q10.option.A": "Een klant met {share} share of wallet, waar de inkoper het wekelijkse bezoek gezellig vindt",
    "ex05.q10.option.B": "Een kleine klant waar de inkoper een goede vriend is",
    "ex05.q10.option.C": (
        "Een nieuwe klant met een groot inkoopbudget, waar je al tweede bent onder zijn leveranciers"
    ),
    "ex05.q10.option.D": "Een klant die elke week om spoedleveringen vraagt",
    "ex05.q10.why.A": (
        "Dicht bij het plafond winnen extra uren geen groter aandeel meer; het bezoek is gezellig, maar "
        "het is precies de inzet dicht bij het plafond die het vijfde signaal aanwijst."
    ),
    "ex05.q10.why.B": (
        "Dat is relationele inzet die de klant niet terugbetaalt: een kleine klant die de tijd van een "
        "grote klant krijgt, hoe aardig de inkoper ook is."
    ),
    "ex05.q10.why.D": (
        "Wekelijkse spoedorders zijn het signaal van de interne verzoeken. Dat los je misschien één keer "
        "op; je hoeft er niet eeuwig voor klaar te staan."
    ),
    # --- voor analisten -------------------------------------------------------------------
    "ex05.a1.prompt": "Analisten: klanten op {full} keer hun klassenorm of meer",
    "ex05.a1.hint.1": (
        "Norm = de mediaan van de uren in elke klantklasse. Deel de uren van elke klant door de norm van "
        "zijn eigen klasse en tel de verhoudingen op of boven volledig gewicht."
    ),
    "ex05.a1.hint.2": (
        "Een dict van klantklasse naar mediane uren, per klant opgezocht, geeft één norm per klant."
    ),
    "ex05.a1.wrong.mean_benchmark": (
        "Je hebt het gemiddelde aantal uren per klantklasse als norm genomen. Een paar klanten met heel "
        "veel uren trekken het gemiddelde omhoog; de norm in de les is de mediaan."
    ),
    "ex05.a1.wrong.from_threshold": (
        "Je hebt geteld vanaf waar het signaal *begint* mee te tellen; de vraag gaat over de klanten waar "
        "het volledig meetelt."
    ),
    "ex05.a2.prompt": "Analisten: {person}, aandeel niet-salesgesprekken naar uren",
    "ex05.a2.hint.1": (
        "Selecteer haar klanten met een masker en neem dan het gemiddelde van het aandeel "
        "niet-salesgesprekken, met de uren als gewichten."
    ),
    "ex05.a2.hint.2": "`np.average` heeft een argument `weights=`.",
    "ex05.a2.wrong.plain_mean": (
        "Dat is het gewone gemiddelde, waarin een klant van {small} uur even zwaar telt als een klant van "
        "{large} uur. Weeg elke klant naar zijn uren."
    ),
    "ex05.a3.prompt": "Analisten: aantal klanten tot de top van de walviscurve",
    "ex05.a3.hint.1": (
        "Sorteer de winsten van hoog naar laag, tel ze gaandeweg op en zoek waar het lopende totaal het "
        "hoogst is: de klanten tot daar zijn de klanten die winst toevoegen."
    ),
    "ex05.a3.wrong.zero_based": (
        "`np.argmax` geeft een *positie*, geteld vanaf 0; het aantal klanten tot en met die positie is "
        "één meer."
    ),
    "ex05.a4.prompt": "Analisten: uren die {person} vrijmaakt bij overservice",
    "ex05.a4.hint.1": (
        "Neem voor elk van haar klanten met overservice (het signaal op volledig gewicht) de uren boven "
        "{allowed} keer de norm van de klantklasse; tel ze op."
    ),
    "ex05.a4.hint.2": "`overservice.excess_hours` geeft voor elke klant de uren boven {allowed} keer de norm.",
    "ex05.a4.wrong.all_accounts": (
        "Je hebt de uren boven {allowed} keer de norm bij *al* haar klanten geteld; de vraag gaat alleen "
        "over de klanten met overservice."
    ),
    "ex05.a4.wrong.to_benchmark": (
        "Je hebt de klanten teruggebracht naar de norm zelf; de vraag staat {allowed} keer de norm toe, "
        "waar het signaal begint mee te tellen."
    ),
}
