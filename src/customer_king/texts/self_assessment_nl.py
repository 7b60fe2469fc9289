"""Dutch statements and errors of the lesson-1 self-assessment; English twin
``self_assessment_en.py``."""

LANGUAGE = "nl"

MESSAGES: dict[str, str] = {
    "sa.item.situation_changing": "Voordat ik iets voorstel, vraag ik hoe de situatie van de klant aan het veranderen is.",
    "sa.item.what_matters_most": "Ik kan van elk van mijn belangrijkste klanten de twee of drie dingen noemen die voor hen het zwaarst wegen.",
    "sa.item.leave_out_features": "Ik laat eigenschappen weg die voor deze klant niet van belang zijn.",
    "sa.item.fits_their_process": "Ik laat klanten zien hoe een aanbod in hun eigen proces past, niet alleen wat het doet.",
    "sa.item.ask_behind_objection": "Als een klant een bezwaar maakt, vraag ik eerst wat erachter zit.",
    "sa.item.objections_as_obstacles": "Ik zie de meeste bezwaren als obstakels waar ik snel langs moet.",
    "sa.item.terms_that_work": "In een onderhandeling zoek ik naar voorwaarden die ook voor het bedrijf van de klant werken.",
    "sa.item.poor_fit_deal": "Ik ga akkoord met een deal waarvan ik weet dat die slecht bij de klant past, als hij deze maand rond komt.",
    "sa.item.what_they_need_to_decide": "Ik geef klanten wat ze nodig hebben om te beslissen, ook als de order daardoor later komt.",
    "sa.item.deadlines_to_push": "Ik gebruik deadlines om klanten tot tekenen te bewegen.",
    "sa.item.small_accounts_time": "Ik geef kleine klanten evenveel tijd als grote.",
    "sa.item.unrelated_topics": "Veel van mijn tijd met klanten gaat op aan onderwerpen die niets te maken hebben met wat ze bij ons kopen.",
    "sa.item.special_requests": (
        "Ik vraag collega's om speciale leveringen of maatwerk zonder na te gaan "
        "of de klant daarvoor betaalt."
    ),
    "sa.error_not_a_list": "Geef je antwoorden als een lijst van {count} gehele getallen van 1 tot en met 7.",
    "sa.error_count": "Er zijn {count} uitspraken; je gaf {given} antwoorden.",
    "sa.error_answer": "Antwoord {number} is {answer}: gebruik een geheel getal van 1 tot en met 7.",
}
