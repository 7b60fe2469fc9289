"""Oefenset 4 (share of wallet), in het Nederlands.

Dezelfde sleutels en {velden} als ex04_en.py; getallen komen binnen als velden die al in
Nederlandse notatie staan ({ceiling} is het plafond in procenten: 80; {slider_from}: 0,80).
Percentages in zinnen zonder spatie (80%), zoals de woordenlijst voorschrijft.
"""
LANGUAGE = "nl"

MESSAGES = {
    "ex04.title": "Share of wallet: je aandeel in de inkoop",
    # --- hoe de set posities en aantallen noemt (de vragen over de Wallet Allocation Rule) ----
    # rangtelwoorden in cijfers (4e, 3e): de voortgangstabel toont dezelfde getallen als de Engelse
    "ex04.ordinal.1": "1e", "ex04.ordinal.2": "2e", "ex04.ordinal.3": "3e", "ex04.ordinal.4": "4e",
    "ex04.ordinal.5": "5e", "ex04.ordinal.6": "6e", "ex04.ordinal.7": "7e",
    "ex04.cardinal.2": "twee", "ex04.cardinal.3": "drie", "ex04.cardinal.4": "vier", "ex04.cardinal.5": "vijf",
    "ex04.cardinal.6": "zes", "ex04.cardinal.7": "zeven",
    # --- wat het notebook laat zien ---------------------------------------------------------
    "ex04.totals.col.amount": "Totaal",
    "ex04.totals.row.accounts": "Klanten",
    "ex04.totals.row.spend": "Totale inkoop van de klanten in de productsoort (€ per jaar)",
    "ex04.totals.row.sales": "Gekocht bij Koningsvast (€ per jaar)",
    "ex04.totals.caption": "Koningsvast, alle klanten samen (fictieve casegegevens, één jaar)",
    "ex04.sample.col.letter": "Letter",
    "ex04.sample.col.account": "Klant",
    "ex04.sample.col.tier": "Klantklasse",
    "ex04.sample.col.spend": "Inkoop in de productsoort (€\u00a0per\u00a0jaar)",
    "ex04.sample.col.sales": "Gekocht bij Koningsvast (€\u00a0per\u00a0jaar)",
    "ex04.sample.caption": "Zes klanten van Koningsvast (fictieve casegegevens, één jaar)",
    # --- vraag 1 ----------------------------------------------------------------------------
    "ex04.q1.prompt": "Share of wallet van Koningsvast in het totale inkoopbudget",
    "ex04.q1.hint.1": ("Share of wallet is wat klanten bij jou kopen, gedeeld door wat ze in de productsoort "
                       "inkopen. Voor alle klanten samen gebruik je de twee totalen uit de tabel."),
    "ex04.q1.hint.2": ("Een share of wallet kan nooit groter zijn dan het hele inkoopbudget: het kleinste "
                       "totaal staat boven de deelstreep."),
    "ex04.q1.wrong.upside_down": ("Je hebt de inkoop gedeeld door de omzet. Share of wallet is andersom: wat de "
                                  "klanten bij Koningsvast kopen, gedeeld door alles wat ze inkopen."),
    "ex04.q1.wrong.others": ("Dat is het aandeel van de *andere* leveranciers. De vraag is wat Koningsvast "
                             "binnenhaalt."),
    "ex04.q1.wrong.mean_of_shares": ("Dat is het gemiddelde van de shares van de afzonderlijke klanten, waarin "
                                     "een piepkleine klant even zwaar telt als de grootste. De vraag gaat over "
                                     "het aandeel in alle euro's: deel de twee totalen."),
    "ex04.q1.wrong.factor_100": ("Je zit er een factor 100 naast. Geef een fractie van 1 of een percentage, "
                                 "geen percentage dat nog eens door 100 gedeeld is."),
    # --- vraag 2 ----------------------------------------------------------------------------
    "ex04.q2.prompt": "Groeiruimte bij {ceiling}%: {account} (€)",
    "ex04.q2.hint.1": ("Groeiruimte is hoeveel de inkoop van een klant bij jou onder het plafond blijft, in "
                       "euro's. Reken eerst uit wat de klant bij het plafond bij jou zou kopen en trek daar "
                       "af wat hij nu koopt."),
    "ex04.q2.hint.2": ("Het plafond is een deel van de hele inkoop van de klant in de productsoort, niet van "
                       "wat hij nu bij jou koopt."),
    "ex04.q2.wrong.whole_wallet": ("Dat is de ruimte tot 100% van het inkoopbudget. Inkopers houden een tweede "
                                   "leverancier aan: stop bij het plafond van {ceiling}%."),
    "ex04.q2.wrong.at_ceiling": ("Dat is wat de klant bij het plafond bij Koningsvast zou kopen. Groeiruimte is "
                                 "wat overblijft na wat hij nu al koopt."),
    "ex04.q2.wrong.ceiling_of_sales": ("Je nam het plafond van wat de klant bij Koningsvast koopt. Het plafond "
                                       "is een deel van de hele inkoop van de klant in de productsoort."),
    "ex04.q2.wrong.sign": ("De grootte klopt, het teken niet: groeiruimte is wat er nog te winnen valt, dus "
                           "nooit negatief."),
    "ex04.q2.wrong.unit": ("De cijfers lijken te kloppen, de eenheid niet: geef het volledige bedrag in euro's, "
                           "niet in duizenden of miljoenen."),
    # --- vraag 3 ----------------------------------------------------------------------------
    "ex04.q3.prompt": "Welke van de zes klanten heeft de meeste groeiruimte?",
    "ex04.q3.hint.1": ("Reken de groeiruimte van elke klant uit in euro's: wat hij bij het plafond zou kopen, "
                       "min wat hij nu koopt (nooit minder dan niets)."),
    "ex04.q3.wrong.A": ("Het grootste inkoopbudget is niet vanzelf de meeste ruimte: deze klant koopt er al "
                        "een groot deel van bij Koningsvast. Reken uit hoeveel euro er onder het plafond "
                        "overblijft."),
    "ex04.q3.wrong.B": ("Het laagste aandeel is niet vanzelf de meeste ruimte: groeiruimte is in euro's, en "
                        "een groter inkoopbudget met een middelmatig aandeel kan meer overlaten. Vergelijk de "
                        "euro's."),
    "ex04.q3.wrong.C": ("Deze klant koopt al meer dan {ceiling}% van zijn inkoop bij Koningsvast: bij het "
                        "plafond valt er niets meer te winnen."),
    "ex04.q3.wrong.E": ("Deze klant zit dicht bij het plafond en zijn inkoopbudget is klein: er blijft heel "
                        "weinig over."),
    "ex04.q3.wrong.F": ("Een middelgroot inkoopbudget met een middelmatig aandeel: enige ruimte, maar vergelijk "
                        "het met de grotere inkoopbudgetten in de tabel."),
    # --- vraag 4 ----------------------------------------------------------------------------
    "ex04.q4.prompt": "Plafond van {lower}%: welk deel van de groeiruimte verdwijnt?",
    "ex04.q4.hint.1": ("Zet de schuifregelaar van {slider_from} op {slider_to} en lees de zin boven de figuur: "
                       "die vergelijkt het nieuwe totaal met het totaal bij de vuistregel van {ceiling}%."),
    "ex04.q4.hint.2": "De vraag is hoeveel er *verdwijnt*, als deel van de groeiruimte bij {ceiling}%.",
    "ex04.q4.wrong.sign": ("De uitlezing geeft de verandering, en dat is een daling; de vraag is hoeveel er "
                           "verdwijnt: geef het als een positief deel."),
    "ex04.q4.wrong.eighth": ("Tien punten zijn een achtste van het plafond, maar groeiruimte is wat er "
                             "overblijft *na* de huidige omzet, een veel kleiner getal. Lees de verandering af "
                             "in de uitlezing."),
    "ex04.q4.wrong.tenth": ("Tien procentpunten share zijn geen tien procent van de groeiruimte: de groeiruimte "
                            "is wat er overblijft na de huidige omzet. Lees de verandering af in de uitlezing."),
    "ex04.q4.wrong.slider": ("Dat is het plafond dat je met de schuifregelaar hebt ingesteld. De vraag is "
                             "hoeveel van de groeiruimte verdwijnt."),
    "ex04.q4.wrong.remains": ("Dat is het deel van de groeiruimte dat bij {lower}% *overblijft*; de vraag is "
                              "hoeveel er verdwijnt."),
    "ex04.q4.wrong.millions": ("Dat lijkt het verlies in miljoenen euro's. De vraag is welk deel van de "
                               "groeiruimte bij {ceiling}% dat is."),
    # --- vraag 5 ----------------------------------------------------------------------------
    "ex04.q5.prompt": "Grafiek: klanten met samen de helft van de groeiruimte",
    "ex04.q5.hint.1": ("Zoek 50% op de verticale as, ga naar rechts tot de curve en dan omlaag naar het "
                       "aantal klanten."),
    "ex04.q5.hint.2": "De curve passeert 50% ruim vóór het midden van de horizontale as: lees af waar.",
    "ex04.q5.wrong.half_accounts": ("Dat is de helft van de *klanten*. De curve laat zien hoeveel van de "
                                    "*groeiruimte* de klanten met de meeste ruimte samen hebben: lees af waar "
                                    "hij 50% passeert."),
    # --- vraag 6 ----------------------------------------------------------------------------
    "ex04.q6.prompt": "Wallet Allocation Rule: de {rank_ordinal} van {suppliers} leveranciers",
    "ex04.q6.hint.1": ("Zet de eerste schuifregelaar op het aantal leveranciers en de tweede op jouw positie. "
                       "Jouw staaf heeft de andere kleur, en de zin onder de schuifregelaars geeft het aandeel."),
    "ex04.q6.hint.2": ("Positie 1 is de favoriet van de klant, dus de {rank_ordinal} van {suppliers} staat "
                       "bijna onderaan: verwacht minder dan bij een gelijke verdeling."),
    "ex04.q6.wrong.equal_split": ("Dat is een gelijke verdeling (de stippellijn). De regel geeft leveranciers "
                                  "met een hogere positie meer en die met een lagere positie minder."),
    "ex04.q6.wrong.mirror_rank": ("Dat is het aandeel van de {mirror_ordinal} leverancier: positie 1 is de "
                                  "favoriet, dus tel van boven af."),
    "ex04.q6.wrong.last": ("Dat is het aandeel van de laatste leverancier. Controleer de schuifregelaar voor je "
                           "positie."),
    "ex04.q6.wrong.first_factor": ("Je hebt de tweede factor van de regel weggelaten, die het inkoopbudget "
                                   "verdeelt over alle leveranciers die de klant gebruikt. Lees de staaf in de "
                                   "verkenner af."),
    # --- vraag 7 ----------------------------------------------------------------------------
    "ex04.q7.prompt": "Groei van de verwachte share, van {rank_ordinal} naar {better_ordinal} van {suppliers} (%)",
    "ex04.q7.hint.1": ("Lees de verwachte share af als nummer {rank} en als nummer {better} van "
                       "{suppliers_word} leveranciers. Een groei in procenten vergelijkt het verschil met waar "
                       "je begint."),
    "ex04.q7.hint.2": "Groei in procenten: de nieuwe share gedeeld door de oude, min één.",
    "ex04.q7.wrong.ratio": ("Dat is de nieuwe share gedeeld door de oude: hoeveel keer zoveel. De groei is die "
                            "verhouding min één."),
    "ex04.q7.wrong.points": ("Dat is het verschil in procentpunten. De vraag is hoeveel je share groeit *ten "
                             "opzichte van wat je had*."),
    "ex04.q7.wrong.wrong_base": ("Je vergeleek het verschil met de share als nummer {better}. Groei meet je ten "
                                 "opzichte van waar je begint: nummer {rank}."),
    # --- vraag 8 ----------------------------------------------------------------------------
    "ex04.q8.prompt": "Wat het plafond van ~{ceiling}% is",
    "ex04.q8.option.A": "Wat de Wallet Allocation Rule de favoriet van twee leveranciers geeft",
    "ex04.q8.option.B": ("Een empirische wet: onderzoek toont dat inkopers één leverancier nooit meer dan "
                         "{ceiling}% gunnen"),
    "ex04.q8.option.C": ("Een vuistregel uit de praktijk: inkopers houden een tweede leverancier aan voor "
                         "risicospreiding, onafhankelijkheid en concurrentie"),
    "ex04.q8.option.D": "Een wettelijke grens aan hoeveel één leverancier mag leveren",
    "ex04.q8.wrong.A": ("De regel geeft de favoriet van twee leveranciers twee derde, geen {ceiling}%. Ze wijzen "
                        "dezelfde kant op, maar de {ceiling}% heeft een andere bron."),
    "ex04.q8.wrong.B": ("We kennen geen onderzoek dat zo'n wet heeft gemeten, en bij contracten met één "
                        "leverancier ligt het aandeel hoger. Waar zou een rond getal als dit dan vandaan "
                        "kunnen komen?"),
    "ex04.q8.wrong.D": ("Niets verbiedt een inkoper om alles bij één leverancier te kopen; velen kiezen daar om "
                        "eigen redenen niet voor."),
    # --- vraag 9 ----------------------------------------------------------------------------
    "ex04.q9.prompt": "Share van {share}%: waar gaan je extra uren heen?",
    "ex04.q9.option.A": "Houd de relatie gezond, maar steek de extra uren in klanten met meer groeiruimte",
    "ex04.q9.option.B": "Ga vaker langs: een tevreden klant gunt je nog meer",
    "ex04.q9.option.C": "Stop met bezoeken: de klant is binnen en heeft geen aandacht meer nodig",
    "ex04.q9.option.D": "Geef korting om de share naar 100% te duwen",
    "ex04.q9.wrong.B": ("Bij {share}% zit de klant dicht bij het plafond dat inkopers aanhouden: meer "
                        "tevredenheid levert zelden de laatste paar punten op. De extra uren renderen daar "
                        "weinig."),
    "ex04.q9.wrong.C": ("Een klant met {share}% is waardevol en het behouden waard; de vraag gaat alleen over "
                        "*extra* inspanning, niet over verwaarlozen."),
    "ex04.q9.wrong.D": ("Inkopers houden bewust een tweede leverancier aan (risico, onafhankelijkheid, "
                        "concurrentie); met korting geef je marge weg zonder dat te veranderen."),
    # --- vraag 10 ---------------------------------------------------------------------------
    "ex04.q10.prompt": "Tevredenheid omhoog, positie gelijk: wat doet de share?",
    "ex04.q10.option.A": "Je share stijgt naar verhouding mee met de hogere tevredenheid",
    "ex04.q10.option.B": ("Waarschijnlijk verandert er weinig: de share volgt je positie onder de leveranciers, "
                          "en je bent nog steeds derde"),
    "ex04.q10.option.C": "Je share moet dalen, omdat de regel tevredenheid negeert",
    "ex04.q10.option.D": ("De Wallet Allocation Rule bewijst dat een hogere tevredenheid altijd een hogere share "
                          "oplevert"),
    "ex04.q10.wrong.A": ("Het verband tussen absolute tevredenheid en share of wallet is zwak: de bedenkers van "
                         "de regel noemen het te zwak om op te sturen. (Hun bewijs komt van consumenten; een "
                         "B2B-onderzoek vond een positief verband dat geen rechte lijn is.)"),
    "ex04.q10.wrong.C": ("Niets in het onderzoek zegt dat de share daalt als de tevredenheid stijgt; hij hoeft "
                         "alleen niet te stijgen."),
    "ex04.q10.wrong.D": ("De regel koppelt *positie* aan share, en de hoge correlatie zit er deels in doordat "
                         "hij met posities werkt; over het verhogen van tevredenheid bewijst hij niets."),
    # --- voor analisten -----------------------------------------------------------------------
    "ex04.a1.prompt": "Analisten: totale groeiruimte bij het plafond van {ceiling}% (€)",
    "ex04.a1.hint.1": ("De groeiruimte per klant is het plafond maal de inkoop in de productsoort min onze "
                       "omzet, met nul als ondergrens; reken hem per klant uit en tel dan op."),
    "ex04.a1.hint.2": "`np.maximum(..., 0)` zet elke klant op minimaal nul; `cases.headroom` doet hetzelfde.",
    "ex04.a1.wrong.no_floor": ("Bijna, maar een paar klanten zitten al boven het plafond, en in jouw som "
                               "streept hun negatieve groeiruimte de ruimte van andere klanten weg. Zet eerst "
                               "elke klant op minimaal nul en tel dan op."),
    "ex04.a1.wrong.at_ceiling": ("Dat is wat de klanten bij het plafond bij Koningsvast zouden kopen. Trek af "
                                 "wat ze al kopen."),
    "ex04.a1.wrong.whole_wallet": ("Dat is de ruimte tot 100% van elk inkoopbudget. Inkopers houden een tweede "
                                   "leverancier aan: gebruik het plafond van {ceiling}%."),
    "ex04.a1.wrong.unit": ("De cijfers lijken te kloppen, de eenheid niet: geef het antwoord in euro's, niet in "
                           "duizenden of miljoenen."),
    "ex04.a2.prompt": "Analisten: gemiddelde share of wallet over de klanten",
    "ex04.a2.hint.1": ("Hier telt elke klant één keer mee, hoe klein ook: reken eerst de share van elke klant "
                       "uit en neem dan het gemiddelde."),
    "ex04.a2.hint.2": "`cases.share_of_wallet(acc)` geeft één share per klant.",
    "ex04.a2.wrong.total_over_total": ("Dat is het aandeel in alle euro's (totaal gedeeld door totaal), waarin "
                                       "grote klanten het zwaarst wegen. Hier telt elke klant één keer: neem "
                                       "het gemiddelde van de shares van de afzonderlijke klanten."),
    "ex04.a2.wrong.median": "Dat is de share van de middelste klant (de mediaan); de vraag is het gemiddelde.",
}
