"""The decks' and handouts' own words (their "chrome"), per language: kickers, labels, headings, notes.

A dictionary here, not the message catalogue: these strings are written into slides/ and
slides/nl/ by the build and never reach a learner's kernel. What a learner also sees (the
demo questions and answers, the tables of model numbers) lives in the catalogue
(``customer_king/texts/demos_*.py``) and is read from there.

Also here: the words a lesson source uses for its fixed parts (``**Why this matters.**``,
``## Key points`` …), which the slide tools look for when they read a lesson of that edition.
"""
from __future__ import annotations

import re

CHROME: dict[str, dict[str, str]] = {
    "en": {
        "html_lang": "en",
        "kit_title": "Is your customer king?",
        # what a lesson source calls its fixed parts
        "lesson.why": "Why this matters",
        "lesson.time": "Time",
        "lesson.objectives": "Learning objectives",
        "lesson.key_points": "key points",
        "lesson.references": "references",
        "lesson.next": "**Next",
        "lesson.start_here": "What this kit is",
        "exercise.discuss": r"Discuss with your neighbour",
        # the decks
        "deck.masterclass_title": "{kit} · masterclass",
        "deck.generated": "Generated from content/lessons/ by `make slides`; edit the lesson, not this file.",
        "title.kicker": "{kit} · Topic {number} of 5",
        "title.notes": "<p>Open with the question behind this topic.</p><p>{why}</p><p>Time: {time}</p>",
        "demo.switch": ("<p><b>Switch to the live demo.</b> Presenter mode (<code>make present</code>): open "
                        "presenter/{board}; fall-back: notebooks/{stem}.ipynb in JupyterLab, Run All.</p>"),
        "demo.set": "<li>Set “{label}” to {value}.</li>",
        "demo.start": "<li>Start “{label}” at {value}.</li>",
        "demo.read_aloud": ("<li>Read the question aloud; everybody writes a guess down. Take three or four answers; "
                            "do not say who is right yet.</li>"),
        "demo.move": "<li>Move “{label}” to {value}, one step at a time.</li>",
        "demo.expected": "<p><b>Expected ({basis}):</b> {answer}</p>",
        "demo.then": "<p><b>Then:</b> {then}</p>",
        "explorer.caption": "Explorer set to {settings}.",
        "explorer.setting": "“{label}” at {value}",
        "explorer.says": "<p><b>The explorer says:</b> {readout}</p><p>Picture drawn by {explorer}() with {settings}.</p>",
        "question.notes": ("<p>Ask the room to write a guess down before anybody sees the answer. Take three "
                           "or four answers; do not say who is right yet.</p>"),
        "exercise.headline": "Your turn: answer the exercises, then compare with your neighbour.",
        "exercise.statement": "{count} graded questions, instant feedback, a hint when an answer is not yet right.",
        "exercise.statement_with_analyst": ("{count} graded questions (and {analyst} optional ones for analysts), "
                                            "instant feedback, a hint when an answer is not yet right."),
        "exercise.open": ("<p>Participants open exercises/{stem}.ipynb, replace <code>...</code> with an answer "
                          "and run <code>check(...)</code>.</p>"),
        "exercise.discuss_prompt": "<p><b>Discussion prompt:</b> {prompt}</p>",
        "exercise.walk": ("<p>Walk the room. Most 'not yet' answers come from units (hours versus accounts, fractions "
                          "versus percentages): point at the hint rather than giving the answer. If a kernel dies: "
                          "Kernel → Restart Kernel and Run All Cells.</p>"),
        "references": "References",
        "references.notes": ("<p>Point to the references for anyone who wants the papers. Findings come "
                             "from these; the model's numbers do not.</p>"),
        # the masterclass
        "mc.kicker": "Masterclass",
        "mc.question": "How much should a salesperson put the customer first?",
        "mc.agenda": "Five topics, each with a prediction, a live demo and exercises.",
        "mc.agenda.notes": ("<p>The agenda with timings is in trainer/GUIDE.md. Each topic: a short input, a live demo "
                            "with a prediction from the room, then exercises.</p>"),
        "mc.split": "The research gives the shape; a teaching model gives illustrative numbers.",
        "mc.split.table": ('<table class="plain"><thead><tr><th>From research</th><th>From the teaching model</th></tr>'
                           "</thead><tbody><tr><td>Sales: an inverted U</td><td>where the peak lies</td></tr>"
                           "<tr><td>Satisfaction keeps rising</td><td>how fast</td></tr>"
                           "<tr><td>Which way situations move the peak</td><td>how far</td></tr></tbody></table>"),
        "mc.split.notes": ("<p>Say this once, clearly, and come back to it: Homburg, Müller &amp; Klarmann (2011) found "
                           "the inverted U for sales, the continuously positive effect on customer attitudes and the "
                           "direction of three moderators. Every number on these slides that comes from the kit's "
                           "stylized model says so; its shape follows the research, its numbers are illustrations.</p>"),
        "mc.debrief": "Debrief: where is your own team on the curve?",
        "mc.debrief.items": ("<li>Before or past the peak?</li>"
                             "<li>Which accounts get more time than their potential justifies?</li>"
                             "<li>What will you stop doing on Monday, and what will you keep?</li>"),
        "mc.debrief.notes": ("<p>Ten minutes. One answer per table for each question; collect on a flip chart. Close by "
                             "repeating the core message: customer orientation keeps pleasing customers, but its effect "
                             "on sales is an inverted U (Homburg, Müller &amp; Klarmann 2011), so calibrate it to "
                             "product, price strategy and competition.</p>"),
        # the handouts
        "handout.title": "Handout · {title}",
        "handout.kicker": "{kit} · Topic {number} of 5 · handout",
        "handout.key_points": "Key points",
        "handout.numbers_rule": "The Wallet Allocation Rule in numbers",
        "handout.numbers_model": "The model in numbers",
        "handout.rule_note": (" The Wallet Allocation Rule is Keiningham et al.'s published rule, not the teaching "
                              "model; its evidence comes from consumers."),
        "handout.try_it": "Try it",
        "handout.answer_below": "Answer below, at the foot of the page.",
        "handout.answers": "Answers",
        "handout.note": ("The figures and numbers come from the kit's <b>stylized teaching model</b>: its shape follows "
                         "the\nresearch, its numbers are illustrations.{rule_note} Notebook: notebooks/{stem}.ipynb ·\n"
                         "exercises: exercises/{stem}.ipynb."),
        "handout.references": "References",
        # the slide charts (slide_charts.py); numbers arrive already written in the edition's style
        "chart.euro": "€{amount}",
        "chart.orientation_short": "Orientation (1–7)",
        "chart.stylized_model": "Stylized model",
        "chart.01.drop": "4 → 6: −{share} of accounts",
        "chart.01.corner": "Stylized model, {hours} selling hours",
        "chart.02.satisfaction": "Satisfaction (1–7)",
        "chart.02.satisfaction_title": "Satisfaction keeps rising",
        "chart.sales_millions": "Sales (€ million)",
        "chart.02.sales_title": "Sales peak at {peak}",
        "chart.03.step": "One more step of orientation",
        "chart.03.extra_sales": "Extra sales (€ million)",
        "chart.03.loses": "from here a step loses sales",
        "chart.03.sales_peak": "sales peak {peak}",
        "chart.03.profit": "Profit, % of its peak",
        "chart.03.cost_legend": "Customization cost per account",
        "chart.03.moderator_axis": "Sales peak (orientation, 1–7), each moderator at +1",
        "chart.03.moderator_corner": "Direction: research · sizes: stylized model",
        "chart.04.ceiling": "ceiling ~{ceiling}: a rule of thumb",
        "chart.04.share": "Share of wallet (%)",
        "chart.04.equal_split": "equal split",
        "chart.04.rank_axis": "Your rank among the customer's {n} suppliers",
        "chart.04.expected_share": "Expected share (%)",
        "chart.04.rule": "Wallet Allocation Rule (Keiningham et al. 2011)",
        "chart.05.score_axis": "Warning score (0–100)",
        "chart.05.corner": "Stylized score, fictional case data",
        "chart.05.top": "top 20% of accounts earn {share} of profit",
        "chart.05.accounts_axis": "Accounts, most profitable first (%)",
        "chart.05.profit_axis": "Cumulative profit (%)",
        "chart.05.case_data": "Fictional case data",
    },
    "nl": {
        "html_lang": "nl",
        "kit_title": "Is jouw klant koning?",
        "lesson.why": "Waarom dit ertoe doet",
        "lesson.time": "Tijd",
        "lesson.objectives": "Leerdoelen",
        "lesson.key_points": "kernpunten",
        "lesson.references": "bronnen",
        "lesson.next": "**Volgende",
        "lesson.start_here": "Wat deze kit is",
        "exercise.discuss": r"Bespreek (?:het )?met je buur",
        "deck.masterclass_title": "{kit} · masterclass",
        "deck.generated": ("Gemaakt uit content/lessons/nl/ door `make slides`; pas de les aan, niet dit bestand."),
        "title.kicker": "{kit} · Onderwerp {number} van 5",
        "title.notes": "<p>Open met de vraag achter dit onderwerp.</p><p>{why}</p><p>Tijd: {time}</p>",
        "demo.switch": ("<p><b>Schakel over naar de live demo.</b> Presentatiemodus (<code>make present TAAL=nl</code>): "
                        "open presenter/nl/{board}; reserve: notebooks/nl/{stem}.ipynb in JupyterLab, Run All.</p>"),
        "demo.set": "<li>Zet “{label}” op {value}.</li>",
        "demo.start": "<li>Begin met “{label}” op {value}.</li>",
        "demo.read_aloud": ("<li>Lees de vraag hardop voor; iedereen schrijft een schatting op. Haal drie of vier "
                            "antwoorden op; zeg nog niet wie gelijk heeft.</li>"),
        "demo.move": "<li>Schuif “{label}” naar {value}, stap voor stap.</li>",
        "demo.expected": "<p><b>Verwacht ({basis}):</b> {answer}</p>",
        "demo.then": "<p><b>Daarna:</b> {then}</p>",
        "explorer.caption": "Verkenner ingesteld op {settings}.",
        "explorer.setting": "“{label}” op {value}",
        "explorer.says": ("<p><b>De verkenner zegt:</b> {readout}</p><p>Beeld getekend door {explorer}() met "
                          "{settings}.</p>"),
        "question.notes": ("<p>Laat iedereen een schatting opschrijven voordat iemand het antwoord ziet. Haal drie of "
                           "vier antwoorden op; zeg nog niet wie gelijk heeft.</p>"),
        "exercise.headline": "Jouw beurt: maak de oefeningen en vergelijk daarna met je buur.",
        "exercise.statement": "{count} beoordeelde vragen, direct feedback, een tip als een antwoord nog niet klopt.",
        "exercise.statement_with_analyst": ("{count} beoordeelde vragen (en {analyst} optionele voor analisten), "
                                            "direct feedback, een tip als een antwoord nog niet klopt."),
        "exercise.open": ("<p>Deelnemers openen exercises/nl/{stem}.ipynb, vervangen <code>...</code> door een "
                          "antwoord en voeren <code>check(...)</code> uit.</p>"),
        "exercise.discuss_prompt": "<p><b>Gespreksvraag:</b> {prompt}</p>",
        "exercise.walk": ("<p>Loop rond. De meeste 'nog niet'-antwoorden komen door eenheden (uren tegenover klanten, "
                          "fracties tegenover procenten): wijs op de tip in plaats van het antwoord te geven. Valt een "
                          "kernel weg: Kernel → Restart Kernel and Run All Cells.</p>"),
        "references": "Bronnen",
        "references.notes": ("<p>Wijs op de bronnen voor wie de artikelen wil lezen. De bevindingen komen daaruit; "
                             "de getallen van het model niet.</p>"),
        "mc.kicker": "Masterclass",
        "mc.question": "Hoeveel moet een verkoper de klant op de eerste plaats zetten?",
        "mc.agenda": "Vijf onderwerpen, elk met een voorspelling, een live demo en oefeningen.",
        "mc.agenda.notes": ("<p>De agenda met tijden staat in trainer/HANDLEIDING.md. Elk onderwerp: een korte inleiding, "
                            "een live demo met een voorspelling uit de zaal, daarna oefeningen.</p>"),
        "mc.split": "Het onderzoek geeft de vorm; een lesmodel geeft getallen ter illustratie.",
        "mc.split.table": ('<table class="plain"><thead><tr><th>Uit het onderzoek</th><th>Uit het lesmodel</th></tr>'
                           "</thead><tbody><tr><td>Omzet: een omgekeerde U</td><td>waar de top ligt</td></tr>"
                           "<tr><td>Tevredenheid blijft stijgen</td><td>hoe snel</td></tr>"
                           "<tr><td>Welke kant omstandigheden de top op schuiven</td><td>hoe ver</td></tr></tbody></table>"),
        "mc.split.notes": ("<p>Zeg dit één keer duidelijk en kom er steeds op terug: Homburg, Müller &amp; Klarmann (2011) "
                           "vonden de omgekeerde U voor de omzet, het blijvend positieve effect op de houding van de "
                           "klant en de richting van drie moderatoren. Elk getal op deze slides dat uit het gestileerde "
                           "model van de kit komt, zegt dat; de vorm volgt het onderzoek, de getallen zijn illustraties."
                           "</p>"),
        "mc.debrief": "Nabespreking: waar staat jouw eigen team op de curve?",
        "mc.debrief.items": ("<li>Voor of voorbij de top?</li>"
                             "<li>Welke klanten krijgen meer tijd dan hun potentieel rechtvaardigt?</li>"
                             "<li>Waar stop je maandag mee, en wat houd je vast?</li>"),
        "mc.debrief.notes": ("<p>Tien minuten. Eén antwoord per tafel op elke vraag; verzamel ze op een flip-over. Sluit af "
                             "met de kernboodschap: klantgerichtheid blijft klanten tevreden maken, maar het effect op de "
                             "omzet is een omgekeerde U (Homburg, Müller &amp; Klarmann 2011), dus stem haar af op "
                             "product, prijsstrategie en concurrentie.</p>"),
        "handout.title": "Hand-out · {title}",
        "handout.kicker": "{kit} · Onderwerp {number} van 5 · hand-out",
        "handout.key_points": "Kernpunten",
        "handout.numbers_rule": "De Wallet Allocation Rule in getallen",
        "handout.numbers_model": "Het model in getallen",
        "handout.rule_note": (" De Wallet Allocation Rule is de gepubliceerde regel van Keiningham e.a., niet het "
                              "lesmodel; het bewijs komt uit consumentenmarkten."),
        "handout.try_it": "Probeer het",
        "handout.answer_below": "Het antwoord staat onderaan de pagina.",
        "handout.answers": "Antwoorden",
        "handout.note": ("De figuren en getallen komen uit het <b>gestileerde lesmodel</b> van de kit: de vorm volgt het\n"
                         "onderzoek, de getallen zijn illustraties.{rule_note} Notebook: notebooks/nl/{stem}.ipynb ·\n"
                         "oefeningen: exercises/nl/{stem}.ipynb."),
        "handout.references": "Bronnen",
        "chart.euro": "€ {amount}",
        "chart.orientation_short": "Klantgerichtheid (1–7)",
        "chart.stylized_model": "Gestileerd model",
        "chart.01.drop": "4 → 6: −{share} klanten",
        "chart.01.corner": "Gestileerd model, {hours} verkoopuren",
        "chart.02.satisfaction": "Tevredenheid (1–7)",
        "chart.02.satisfaction_title": "Tevredenheid blijft stijgen",
        "chart.sales_millions": "Omzet (€ miljoen)",
        "chart.02.sales_title": "Omzet bereikt zijn top bij {peak}",
        "chart.03.step": "Eén stap meer klantgerichtheid",
        "chart.03.extra_sales": "Extra omzet (€ miljoen)",
        "chart.03.loses": "vanaf hier kost een stap omzet",
        "chart.03.sales_peak": "top omzet {peak}",
        "chart.03.profit": "Winst, % van de eigen top",
        "chart.03.cost_legend": "Maatwerkkosten per klant",
        "chart.03.moderator_axis": "Top van de omzet (klantgerichtheid, 1–7), elke moderator op +1",
        "chart.03.moderator_corner": "Richting: onderzoek · grootte: gestileerd model",
        "chart.04.ceiling": "plafond ~{ceiling}: een vuistregel",
        "chart.04.share": "Share of wallet (%)",
        "chart.04.equal_split": "gelijke verdeling",
        "chart.04.rank_axis": "Jouw positie onder de {n} leveranciers van de klant",
        "chart.04.expected_share": "Verwacht aandeel (%)",
        "chart.04.rule": "Wallet Allocation Rule (Keiningham e.a. 2011)",
        "chart.05.score_axis": "Waarschuwingsscore (0–100)",
        "chart.05.corner": "Gestileerde score, fictieve casegegevens",
        "chart.05.top": "top 20% van de klanten levert {share} van de winst",
        "chart.05.accounts_axis": "Klanten, meest winstgevend eerst (%)",
        "chart.05.profit_axis": "Cumulatieve winst (%)",
        "chart.05.case_data": "Fictieve casegegevens",
    },
}


def chrome(language: str, key: str, **fields: object) -> str:
    """The deck text ``key`` in ``language``, fields filled in; a missing key is an error (never English by accident)."""
    template = CHROME[language][key]
    return template.format(**fields) if fields else template


def slider_value(value: float, language: str) -> str:
    """A slider setting as the notes say it: 4, 0.8 (en) / 0,8 (nl)."""
    text = f"{value:g}"
    return text.replace(".", ",") if language == "nl" else text


# Presenter mode's own words (the index page, a dashboard's head). The demo questions, card
# titles and "what it shows" lines are the catalogue's (texts/demos_*.py).
PRESENTER: dict[str, dict[str, str]] = {
    "en": {
        "title": "Live demo · {card}",
        "start_here": "Start here",
        "topic": "Topic {number} · {title}",
        "back": "← All demos",
        "model_note": "Stylized teaching model: its shape follows the research, its numbers are illustrations.",
        "rule_note": ("Keiningham et al.'s published Wallet Allocation Rule, not the teaching model; "
                      "its evidence comes from consumers."),
        "basis.rule": "Published rule",
        "basis.model": "Teaching model",
        "index.heading": "Is your customer king? Live demos",
        "index.how": ("Open a demo, ask the room its question, then move a slider: click its handle, "
                      "then the arrow keys (one step per press)."),
        "index.title": "Live demos · Is your customer king?",
    },
    "nl": {
        "title": "Live demo · {card}",
        "start_here": "Begin hier",
        "topic": "Onderwerp {number} · {title}",
        "back": "← Alle demo's",
        "model_note": "Gestileerd lesmodel: de vorm volgt het onderzoek, de getallen zijn illustraties.",
        "rule_note": ("De gepubliceerde Wallet Allocation Rule van Keiningham e.a., niet het lesmodel; "
                      "het bewijs komt uit consumentenmarkten."),
        "basis.rule": "Gepubliceerde regel",
        "basis.model": "Lesmodel",
        "index.heading": "Is jouw klant koning? Live demo's",
        "index.how": ("Open een demo, stel de zaal de vraag en beweeg dan een schuifregelaar: klik op het "
                      "schuifje en gebruik de pijltjestoetsen (één stap per druk)."),
        "index.title": "Live demo's · Is jouw klant koning?",
        # Dutch runs about 15% longer than English: the same cards, set a little tighter so the
        # index still fits 1280x720 and 1024x768 (tests/browser/test_presenter.py measures it).
        "index.css": (".kit-index { font-size: 14px; line-height: 1.22; } .kit-card { padding: 5px 10px; gap: 2px; }\n"
                      ".kit-card h3 { font-size: 18px; } .kit-index h1 { font-size: 26px; }\n"
                      ".kit-index .kit-how { font-size: 14px; margin-bottom: 4px; } .kit-topics { gap: 6px 8px; }\n"
                      "@media (max-width: 1100px) {\n  .kit-index, .kit-index .kit-how { font-size: 13px; }\n"
                      "  .kit-card { padding: 4px 7px; } .kit-topic h2 { font-size: 14px; }\n}\n"),
    },
}


def presenter_text(language: str, key: str, **fields: object) -> str:
    template = PRESENTER[language][key]
    return template.format(**fields) if fields else template


# Presenter mode's hidden comments (the dashboard's code cell, the pages' style sheets), per
# language: each English comment as dashboards.py writes it, and what an edition writes
# instead. A comment without its translation stops the edition's build (never English by accident).
CODE_COMMENTS: dict[str, dict[str, str]] = {
    "nl": {
        "# Presenter mode: the picture drawn larger than in a lesson (type for the back row),\n"
        "# at most {width} px wide (a 1024-px screen); the page's style shrinks it where the\n"
        "# screen is shorter.":
        "# Presentatiemodus: het beeld groter dan in een les (letters voor de achterste rij),\n"
        "# hoogstens {width} px breed (een scherm van 1024 px); de opmaak van de pagina maakt\n"
        "# het kleiner waar het scherm minder hoog is.",
        "/* Every box from the page down to the explorer is a flex column: the explorer gets the height\n"
        "   the title leaves, and its picture the height the sliders leave. */":
        "/* Elk vak van de pagina tot en met de verkenner is een flexkolom: de verkenner krijgt de hoogte\n"
        "   die de titel overlaat, zijn beeld de hoogte die de schuifregelaars overlaten. */",
        "/* Sliders: 18-px labels in one column as wide as the longest label (--kit-label, set per\n"
        "   dashboard; capped, a longer label wraps), so the tracks still start in one line; the\n"
        "   tracks (--kit-track) as long as the screen allows. */":
        "/* Schuifregelaars: labels van 18 px in één kolom zo breed als het langste label (--kit-label,\n"
        "   per dashboard; begrensd, een langer label loopt door), zodat de banen op één lijn beginnen;\n"
        "   de banen (--kit-track) zo lang als het scherm toelaat. */",
        "/* The readout under the sliders, as wide as the page (few lines), unless the dashboard says\n"
        "   otherwise (a tall column of sliders leaves room beside it on a wide screen). */":
        "/* De uitlezing onder de schuifregelaars, zo breed als de pagina (weinig regels), tenzij het\n"
        "   dashboard iets anders zegt (naast een hoge kolom schuifregelaars is op een breed scherm plek). */",
        "/* One box per topic, one card per dashboard inside it: four cards to a row. */":
        "/* Eén vak per onderwerp, daarin één kaart per dashboard: vier kaarten op een rij. */",
        "/* two lines each: the cards' tops stay in line */":
        "/* elk twee regels: de bovenkanten van de kaarten blijven op één lijn */",
    },
}


def comments_in(language: str, text: str, **fields: object) -> str:
    """``text`` with every hidden comment in ``language`` (English: unchanged)."""
    if language == "en":
        return text
    swaps = CODE_COMMENTS[language]
    comment = re.compile(r"(?s:/\*.*?\*/)|(?:^# [^\n]*\n?)+", re.M)

    def swap(match: re.Match) -> str:
        found = match[0]
        key = found.rstrip("\n")
        fill = (lambda t: t.format(**fields)) if fields else (lambda t: t)  # noqa: E731
        templates = {fill(english): fill(dutch) for english, dutch in swaps.items()}
        if key not in templates:
            raise KeyError(f"no {language} translation in chrome.CODE_COMMENTS for the comment {key!r}")
        return templates[key] + found[len(key):]
    return comment.sub(swap, text)
