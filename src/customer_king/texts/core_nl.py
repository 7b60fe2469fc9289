"""Dutch core of the catalogue: the checks' feedback, progress, answers file, explorers,
lesson figures and lesson 6 (own data).  The English twin is ``MESSAGES["en"]`` in
``messages.py``; terms follow ``docs/glossary-nl.md``.  Numbers inside ``{field:.1f}``
are written Dutch-style by ``messages.text`` (3,6 and 1.200), so none is typed here."""

LANGUAGE = "nl"

MESSAGES: dict[str, str] = {
    # --- de drie toestanden van een antwoord
    "status_correct": "Goed",
    "status_not_yet": "Nog niet",
    "status_unanswered": "Nog niet beantwoord",
    "hint_label": "Tip",
    "points_note": "(Punten: {points} van {max_points}.)",
    # de laatste twee dingen van een opsomming in een zin ("'a', 'b' en 'c'"), zie joined()
    "list_and": "{rest} en {last}",
    # --- antwoorden die nog geen antwoord zijn
    "placeholder": "Je hebt de plaatshouder `...` laten staan: vervang die door je antwoord.",
    "none": (
        "Je antwoord is `None`. Ben je vergeten een waarde toe te kennen, "
        "of die met `return` terug te geven uit je functie?"
    ),
    "empty_text": "Je antwoord is lege tekst: zet je antwoord tussen de aanhalingstekens.",
    "no_answer": "Voor deze vraag is geen antwoord gegeven.",
    "got_function": (
        "Je antwoord is de functie `{name}` zelf, niet de uitkomst ervan: "
        "ben je vergeten hem aan te roepen, zoals in `{name}(...)`?"
    ),
    # --- antwoorden die niet te lezen zijn als wat er gevraagd wordt
    "unreadable": "Ik kon je antwoord niet lezen (het is van het type `{type}`).",
    "check_broken": (
        "Sorry: deze controle kon het verwachte antwoord niet bepalen ({error}). "
        "Dat ligt niet aan jou; meld het je trainer."
    ),
    "expected_number_got_text": "Ik verwachtte een getal, maar kreeg tekst {text}.",
    "expected_number_got_bool": (
        "Ik verwachtte een getal, maar kreeg `{value}` (een ja/nee-waarde, geen getal)."
    ),
    "expected_number_got_many": "Ik verwachtte één getal, maar kreeg {count} waarden.",
    "expected_number_got_empty": "Ik verwachtte één getal, maar kreeg een lege verzameling zonder waarden.",
    "expected_number_got_dict": "Ik verwachtte een getal, maar kreeg een dictionary.",
    "expected_number_got_complex": "Ik verwachtte een reëel getal, maar kreeg het complexe getal {value}.",
    "expected_number_got_other": "Ik verwachtte een getal, maar kreeg een waarde van het type `{type}`.",
    "too_large": "Je antwoord is te groot om er als getal mee te rekenen.",
    "nan": (
        "Je antwoord is NaN ('not a number', geen getal). Dat komt meestal door "
        "0 gedeeld door 0 of door ontbrekende gegevens: controleer je berekening."
    ),
    "infinite": (
        "Je antwoord is oneindig. Dat komt meestal door delen door nul: "
        "controleer je berekening."
    ),
    # --- getalvragen
    "number_right": "{value} klopt.",
    "number_too_high": "{value} is te hoog.",
    "number_too_low": "{value} is te laag.",
    "number_close": (
        "{value} zit in de buurt, maar niet dichtbij genoeg: ik keur antwoorden goed die "
        "hooguit {tolerance} van de exacte waarde afliggen."
    ),
    "read_percent_sign": "Ik lees {text} als {value}.",
    "read_as_percent": "Ik lees {answer} als {answer}% = {value}.",
    "read_separators": "Ik lees {text} als {value}.",
    "read_separators_alternative": "Ik lees {text} als {value}, niet als {alternative}.",
    "read_comma_tuple": "Zonder aanhalingstekens leest Python {typed} als {count} losse getallen; ik lees het als één getal, '{typed}'.",
    "read_not_whole": "{answer} is geen geheel getal; deze vraag vraagt om een aantal of een positie.",
    # --- voorspelbare vergissingen
    "slip_sign": "Goede grootte, verkeerd teken: gaat de waarde omhoog of omlaag?",
    "slip_factor_100": (
        "Een factor 100 ernaast: een fractie en een percentage verschillen een factor 100. "
        "Kijk welke van de twee de vraag wil."
    ),
    "slip_scale_score": (
        "Je antwoord lijkt op de 0–1-schaal van het model; de vraag gaat over de schaal 1–7 "
        "die de grafieken en de verkenner laten zien."
    ),
    "slip_scale_points": (
        "Je antwoord lijkt een verschil op de 0–1-schaal van het model; de vraag vraagt om "
        "punten op de schaal 1–7 (één punt is een zesde van de 0–1-schaal)."
    ),
    "slip_zero_based": (
        "Eén te weinig: telde je vanaf 0, zoals Python doet? Hier is de eerste nummer 1."
    ),
    "slip_minus_one": (
        "Dat lijkt op nieuw ÷ oud, de verhouding. Een verandering is die verhouding min 1: "
        "geen verandering is 0."
    ),
    "slip_step": (
        "Dat lijkt op de verandering gedeeld door de grootte van de stap, een tempo per eenheid. "
        "De vraag wil weten wat de hele stap oplevert."
    ),
    # --- meerkeuzevragen
    "choice_right": "{letter} klopt.",
    "choice_wrong": "{letter} is niet het beste antwoord.",
    "choice_unknown": "Er is geen optie {given}: kies een van {letters}.",
    "choice_expected_letter": "Ik verwachtte één letter, zoals {example}, maar kreeg {what}.",
    "choice_one_only": "Kies maar één optie; je gaf er {count}: {given}.",
    "multi_right": "Je hebt precies de goede opties gekozen.",
    "multi_summary": (
        "Je koos {right} van de {total} opties die passen, "
        "plus {wrong} die niet passen."
    ),
    "multi_unknown": "Er is geen optie {given}: kies uit {letters}, met komma's tussen de letters, bijvoorbeeld {example}.",
    "multi_unknown_text": (
        "Ik kon {given} niet aan een optie koppelen. Geef de letters met komma's ertussen, "
        "bijvoorbeeld {example}, en kies uit {letters}."
    ),
    "multi_expected_letters": "Ik verwachtte letters zoals {example}, maar kreeg {what}.",
    # --- reeksen van getallen
    "array_right": "Alle {count} waarden kloppen.",
    "array_wrong_count": "Ik verwachtte {expected} waarden, maar kreeg er {got}.",
    "array_wrong_shape": "Ik verwachtte een tabel van {expected} waarden, maar kreeg er een van {got}.",
    "array_wrong_shape_flat": "Ik verwachtte {expected} waarden op één rij, maar kreeg een tabel van {got}.",
    "array_got_single": "Ik verwachtte {expected} waarden, maar kreeg één getal.",
    "array_got_text": "Ik verwachtte {expected} getallen, maar kreeg tekst {text}.",
    "array_got_other": "Ik verwachtte {expected} getallen, maar kreeg een waarde van het type `{type}`.",
    "array_text_values": "Ik verwachtte getallen, maar tussen je waarden staat tekst, zoals {example}.",
    "array_bool_values": "Ik verwachtte getallen, maar kreeg ja/nee-waarden (True/False).",
    "array_other_values": "Ik verwachtte getallen, maar een deel van je waarden zijn geen getallen.",
    "array_ragged": "Je rijen zijn niet even lang, dus ik kon ze niet als tabel lezen.",
    "array_partial": "{matching} van de {count} waarden kloppen.",
    "array_first_mismatch": "De eerste die niet klopt staat op positie {position} (tellend vanaf 0).",
    "array_nan": "{count} van je waarden zijn NaN (geen getal) of oneindig.",
    # --- zinsdelen
    "describe_text": "tekst {text}",
    "describe_number": "het getal {value}",
    "describe_bool": "`{value}` (een ja/nee-waarde)",
    "describe_dict": "een dictionary",
    "describe_values": "{count} waarden",
    "describe_empty": "een lege verzameling",
    "describe_none": "`None`",
    "describe_placeholder": "de plaatshouder `...`",
    "describe_type": "een waarde van het type `{type}`",
    "list_or": "{items} of {last}",
    # --- oefeningen
    "unknown_question": "Er is geen vraag {given} in deze oefening. De vragen zijn: {ids}.",
    "question_id_not_text": "Een vraagnummer is tekst, zoals 'q1'; ik kreeg {what}. De vragen zijn: {ids}.",
    "progress_title": "Voortgang: {title}",
    "state_done": "klaar",
    "state_not_yet": "nog niet",
    "state_not_tried": "niet geprobeerd",
    "tries_one": "1 poging",
    "tries_many": "{count} pogingen",
    "col_question": "Vraag",
    "col_state": "Stand",
    "col_points": "Punten",
    "col_tries": "Pogingen",
    "col_set": "Oefening",
    "col_prompt": "Waarover",
    "progress_summary": (
        "{done} van {total} klaar, {not_yet} nog niet, {not_tried} niet geprobeerd. "
        "Punten: {points} van {max_points}."
    ),
    "progress_all_done": (
        "Alles klaar: elke vraag is goed. Goed gedaan! Punten: {points} van {max_points}."
    ),
    "progress_empty": "Deze oefening heeft geen vragen.",
    # --- antwoordenbestand
    "answers.download": "Download mijn antwoorden",
    "answers.upload": "Antwoordenbestand laden",
    "answers.kept": (
        "Je antwoorden staan in dit notebook en in deze sessie. Op Binder worden de sessie en alle "
        "bestanden erin na ongeveer 10 minuten zonder activiteit gewist: download je antwoorden "
        "voor een pauze (tot nu toe {count}) en laad het bestand in een verse kopie om verder te gaan."
    ),
    "answers.none_yet": "Nog geen antwoorden: het bestand krijgt elk antwoord dat je laat controleren.",
    "answers.loaded_title": "Antwoorden geladen uit {source}",
    "answers.loaded": "{count} antwoorden zijn terug in deze sessie, met de voortgang hieronder.",
    "answers.loaded_cells": (
        "Ze staan nog niet in de cellen: een vraagcel die nog `...` toont, houdt het geladen "
        "antwoord als je hem uitvoert. Wil je ze in het notebook zien, typ dan elke regel in zijn cel:"
    ),
    "answers.stand_in": "{question}: het geladen antwoord {answer} telt nog (vervang de `...` om het te wijzigen).",
    "answers.not_json": "{source} is geen antwoordenbestand van deze kit (het is geen JSON-tekst). Kies het .json-bestand dat je hebt gedownload.",
    "answers.not_ours": "{source} is geen antwoordenbestand van deze kit. Kies het bestand dat \"Download mijn antwoorden\" heeft opgeslagen.",
    "answers.other_set": (
        "{source} bevat antwoorden voor oefening {found}, maar dit notebook is {expected}. "
        "Open het notebook {found}, of kies het bestand voor {expected}."
    ),
    "answers.newer_format": "{source} is geschreven door een nieuwere versie van de kit (formaat {found}); werk de kit bij om het te laden.",
    "answers.missing_file": "Er is geen bestand {source}. Geef het pad van het antwoordenbestand, bijvoorbeeld \"my-answers-01_customer_orientation.json\".",
    "answers.unknown_question": "{question} is geen vraag meer van deze oefening: overgeslagen.",
    "analyst_title": "Voor analisten (optioneel)",
    "analyst_summary": (
        "Optioneel: {done} van {total} klaar, {not_yet} nog niet, {not_tried} niet geprobeerd "
        "(punten: {points} van {max_points}). De oefening telt ook zonder deze vragen als klaar."
    ),
    "col_analyst": "Voor analisten",
    "analyst_cell": "{done} van {total}",
    "kit_analyst_summary": "Voor analisten (optioneel): {done} van {total} klaar.",
    "kit_title": "Voortgang in de workshop",
    "sets_one": "1 geladen oefening",
    "sets_many": "{count} geladen oefeningen",
    "kit_empty": "Er zijn nog geen oefeningen geladen.",
    "kit_summary": (
        "{done} van {total} vragen klaar in {sets}, {not_yet} nog niet, "
        "{not_tried} niet geprobeerd. Punten: {points} van {max_points}."
    ),
    "kit_all_done": (
        "Alles klaar: elke vraag in {sets} is goed. Goed gedaan! "
        "Punten: {points} van {max_points}."
    ),
    # ---- verkenners: schuifregelaars (met eenheden), assen, uitleesteksten
    "slider_orientation": "Klantgerichtheid (1–7)",
    "slider_time_budget": "Verkoopuren per jaar (u)",
    "slider_hours_per_account": "Uren per klant per jaar (u)",
    "axis_hours_per_account": "Uren per klant per jaar",
    "axis_accounts_covered": "Bediende klanten",
    "title_hours_per_account": "Elke klant kost meer tijd",
    "title_accounts_covered": "Dus bedien je minder klanten",
    "label_hours_per_account": "uren per klant",
    "label_accounts_covered": "bediende klanten",
    "label_accounts_in_territory": "alle {n} klanten in het rayon",
    "readout_time_cost": (
        "In het model: bij klantgerichtheid <b>{score:.1f}</b> van 7 kost elke klant <b>{hours:.1f} uur</b> per jaar, "
        "dus bedienen {budget:,.0f} uur <b>{covered:.0f}</b> van je {n} klanten."
    ),
    "readout_warm_up": (
        "Bij <b>{hours:.0f} uur</b> per klant bedienen {budget:,.0f} uur per jaar "
        "<b>{accounts:.0f} klanten</b>."
    ),
    # ---- les 02/03
    "axis_satisfaction": "Klanttevredenheid (1–7)",
    "axis_sales_millions": "Omzet (€ miljoen per jaar)",
    "axis_profit_millions": "Winst (€ miljoen per jaar)",
    "title_satisfaction_rises": "De tevredenheid blijft stijgen",
    "title_sales_peak": "De omzet bereikt een top en daalt dan",
    "label_satisfaction": "tevredenheid",
    "label_sales": "omzet",
    "label_beyond_peak": "voorbij de\nomzettop",
    "label_sales_peak": "top bij {score:.1f}:\n€ {sales:.1f} miljoen",
    "readout_satisfaction_sales": (
        "In het model: bij klantgerichtheid <b>{score:.2f}</b> van 7 is de tevredenheid <b>{satisfaction:.1f}</b> van 7 en "
        "de omzet <b>€ {sales:.1f} miljoen</b> per jaar: {covered:.0f} bediende klanten, die elk "
        "{share:.0%} van hun behoefte bij jou kopen. {where}"
    ),
    # onder de top zegt de uitleesregel niet waar de top ligt: dat vraagt de les eerst
    "readout_before_peak": "Hier levert elke stap omhoog nog meer omzet op: schuif verder en kijk naar de omzetcurve.",
    "readout_at_peak": "Hier zit je ongeveer op de omzettop: klantgerichtheid {peak:.1f}, € {peak_sales:.1f} miljoen.",
    "readout_past_peak": (
        "Je bent voorbij de omzettop bij {peak:.1f}: de tevredenheid is {extra_satisfaction:.1f} punt "
        "hoger dan daar, maar de omzet is <b>€ {lost:.1f} miljoen lager</b>."
    ),
    "slider_individualized": "Maatwerkproducten (−1 standaard … +1 maatwerk)",
    "slider_premium_price": "Premiumprijsstrategie (−1 lage prijs … +1 premium)",
    "slider_competition": "Concurrentie (−1 zwak … +1 hevig)",
    "title_sales_moderated": "Omzet: waar ligt de top?",
    "title_profit_moderated": "Winst: waar ligt de top?",
    "label_baseline": "basis (alle niveaus 0)",
    "label_your_situation": "jouw situatie",
    "readout_moderators": (
        "In het model ligt de omzettop hier bij klantgerichtheid <b>{sales_peak:.2f}</b> (basis "
        "{base_sales_peak:.2f}, verschuiving <b>{sales_shift:+.2f}</b>) en de winsttop bij "
        "<b>{profit_peak:.2f}</b> (basis {base_profit_peak:.2f}, <b>{profit_shift:+.2f}</b>). "
        "De <i>richting</i> is de bevinding van Homburg, Müller &amp; Klarmann (2011); "
        "de <i>grootte</i> alleen een illustratie van het model."
    ),
    # ---- les 04/05
    "slider_n_suppliers": "Leveranciers waar de klant bij koopt (aantal)",
    "slider_supplier_rank": "Jouw positie in de ogen van de klant (1 = favoriet)",
    "axis_supplier_rank": "Leverancier, in de volgorde van de klant",
    "axis_expected_share": "Verwachte share of wallet",
    "label_supplier_rank": "#{rank}",
    "title_wallet_allocation": "Wallet Allocation Rule: wat elke positie kan verwachten",
    "label_ceiling_rule_of_thumb": "plafond voor een preferred supplier van ~{ceiling:.0%} (vuistregel)",
    "label_equal_split": "gelijke verdeling: elk {share:.0%}",
    "readout_wallet_allocation": (
        "Een klant met <b>{n}</b> leverancier(s): als nummer <b>{rank}</b> kun je ongeveer "
        "<b>{share:.0%}</b> van het inkoopbudget verwachten, € {euros:,.0f} van elke € {wallet:,.0f} die de klant "
        "in de productsoort uitgeeft (bij een gelijke verdeling {equal:.0%}; de favoriet krijgt {top:.0%})."
    ),
    "readout_rank_capped": "De klant gebruikt maar {n} leverancier(s), dus positie {rank} bestaat niet: ik toon positie {n}.",
    "slider_share_ceiling": "Plafond voor share of wallet dat je aanneemt (deel van de inkoop van de klant)",
    "axis_category_spend_thousands": "Inkoop in de productsoort (€ duizend per jaar, log-schaal)",
    "axis_share_of_wallet": "Onze share of wallet",
    "axis_headroom_millions": "Groeiruimte (€ miljoen per jaar)",
    # het bedrag op een staaf met groeiruimte, in € miljoen
    "label_bar_millions": "€ {value:.1f} mln",
    "title_accounts_and_ceiling": "Elke stip is één klant",
    "title_headroom_by_tier": "Groeiruimte per klantklasse",
    "label_ceiling": "- - plafond {ceiling:.0%}",
    "label_tier": "{tier}-klanten",
    "label_headroom_at_80": "bij de vuistregel van 80%",
    "label_headroom_now": "bij jouw plafond",
    "readout_headroom": (
        "Met een plafond van <b>{ceiling:.0%}</b> zouden de {n} klanten <b>€ {total:.1f} miljoen</b> "
        "per jaar meer bij Koningsvast kunnen kopen (omzet nu: € {sales:.1f} miljoen)."
    ),
    "readout_headroom_change": "Dat is <b>{change:+.0%}</b> ten opzichte van de vuistregel van {baseline_ceiling:.0%}.",
    "readout_headroom_where": (
        "<b>{at_ceiling}</b> klanten zitten al op of boven het plafond (rode stippen); de {top_tier}-"
        "klanten hebben {top_tier_share:.0%} van de groeiruimte."
    ),
    "slider_weight_hours_vs_tier": "Gewicht: uren tegenover de norm (0 = uit)",
    "slider_weight_time_on_small_accounts": "Gewicht: tijd op kleine (C-)klanten (0 = uit)",
    "slider_weight_non_sales_share": "Gewicht: niet-salesgesprekken (0 = uit)",
    "slider_weight_internal_requests": "Gewicht: interne verzoeken (0 = uit)",
    "slider_weight_effort_near_ceiling": "Gewicht: uren vlak onder het plafond (0 = uit)",
    "sign_hours_vs_tier": "uren tegenover de norm",
    "sign_time_on_small_accounts": "tijd op kleine klanten",
    "sign_non_sales_share": "niet-salesgesprekken",
    "sign_internal_requests": "interne verzoeken",
    "sign_effort_near_ceiling": "inzet dicht bij het plafond",
    "legend_signs": "punten per signaal",
    "axis_warning_score": "Waarschuwingsscore voor overservice (0–100, gestileerd)",
    "label_band_amber": "oranje vanaf 30",
    "label_band_red": "rood boven 60",
    "label_score_band": "{score:.0f} {band}",
    "band_green": "groen",
    "band_amber": "oranje",
    "band_red": "rood",
    "band_unknown": "geen gegevens",
    "readout_warning_bands": (
        "De waarschuwingsscore van het model: <b>Rood</b> (boven 60): {red}<br><b>Oranje</b> (30–60): {amber}<br>Groen: de andere {green} "
        "<br><i>De grenzen zijn gestileerd: een aanleiding voor een gesprek, geen oordeel.</i>"
    ),
    "readout_nobody": "niemand",
    "readout_no_weights": "Elk gewicht is 0, dus er wordt niets gescoord: geef minstens één signaal een gewicht.",
    # ---- grafieken van de lessen (customer_king.plots)
    "label_sales_model": "omzet (model)",
    "axis_in_the_model": "{axis} · in het model",
    "label_sales_peak_short": "omzettop",
    "label_your_score": "jouw score",
    "axis_sales_millions_a_year": "Omzet (€ miljoen per jaar)",
    "title_score_on_model": "Jouw score in het gestileerde model",
    "label_share_of_wallet": "share of wallet",
    "label_ceiling_short": "plafond",
    "axis_share_per_account_percent": "Share of wallet per klant (%)",
    "title_share_rises": "Elke klant koopt meer bij jou",
    "label_wallet_served": "bediend inkoopbudget",
    "label_all_accounts_in_territory": "alle klanten in het rayon",
    "axis_wallet_served_millions": "Bediend inkoopbudget (€ miljoen per jaar)",
    "title_reach_falls": "Maar je bereikt minder van de markt",
    "title_satisfaction": "Tevredenheid",
    "title_sales": "Omzet",
    "axis_step": "Stap in klantgerichtheid (1–7)",
    "axis_extra_satisfaction": "Extra tevredenheid (punten)",
    "title_extra_satisfaction": "Tevredenheid: omhoog, steeds minder",
    "axis_extra_sales_millions": "Extra omzet (€ miljoen per jaar)",
    "title_extra_sales": "Omzet: minder erbij, daarna omlaag",
    "label_cost_at_seven": "€ {cost:,} bij 7",
    "legend_customization_cost": "kosten van maatwerk",
    "axis_cost_to_serve_millions": "Kosten om te bedienen (€ miljoen per jaar)",
    "title_cost_rises": "De kosten om te bedienen stijgen",
    "title_profit_peaks_earlier": "Dus bereikt de winst eerder zijn top",
    "label_profit": "winst",
    "axis_hours_per_year": "Uren per jaar",
    "title_hours_per_account_plan": "Uren per klant",
    "axis_next_hour_euros": "Omzet van het volgende uur (€)",
    "title_next_hour": "Wat het volgende uur waard is",
    "axis_account_wallet": "Klant (inkoopbudget per jaar)",
    "label_ceiling_two_lines": "plafond ~{ceiling:.0%}\n(vuistregel)",
    "axis_case_share_of_spend": "Aandeel van Koningsvast in de inkoop van de klant in de productsoort",
    "axis_number_of_accounts": "Aantal klanten",
    "title_share_spread": "De share of wallet loopt sterk uiteen, en bijna overal blijft hij onder 80%",
    "label_share_of_hours": "aandeel in alle uren van de accountmanagers",
    "label_share_of_headroom": "aandeel in alle groeiruimte (€)",
    "axis_case_current_share": "Huidige share of wallet van Koningsvast bij de klant",
    "axis_percentage_of_total": "Percentage van het totaal",
    "title_hours_against_headroom": "Uren tegenover groeiruimte, naar huidige share of wallet",
    "axis_accounts_by_headroom": "Klanten, van meeste naar minste groeiruimte",
    "axis_share_of_all_headroom": "Aandeel in alle groeiruimte (%)",
    "title_headroom_concentration": "Hoe geconcentreerd is de groeiruimte?",
    "label_other_accounts": "andere klanten",
    "label_over_tier_benchmark": "2,2× de norm van de klantklasse of meer",
    "label_tier_benchmark": "norm\nklasse {tier}",
    "axis_hours_per_year_log": "Uren per jaar (logaritmische schaal)",
    "title_small_accounts_big_hours": "Kleine klanten met de uren van grote klanten",
    "axis_accounts_by_profit": "Klanten, van meest naar minst winstgevend",
    "axis_cumulative_profit": "Cumulatieve winst (% van het totaal)",
    "label_cumulative_profit": "cumulatieve winst",
    "label_overserved_accounts": "klanten met overservice",
    "label_top_fifth_profit": "top 20% van de klanten:\n{share:.0%} van de winst",
    "label_whale_peak": "top: {share:.0%}",
    "title_whale_overserved": "De walviscurve: de meeste klanten met overservice zitten in de staart",
    "axis_orientation": "Klantgerichtheid (1–7)",
    "answers.the_file": "het bestand",
}
