"""Dutch text of lesson 6, your own accounts (``customer_king.own_data``): errors,
notes, tables and charts.  English twin: the ``own_data.*`` keys of ``MESSAGES["en"]``
in ``messages.py``.  Kept apart from ``core_nl.py`` only to keep both files short."""

LANGUAGE = "nl"

MESSAGES: dict[str, str] = {
    "own_data.error_intro_one": "Ik kon {name} niet lezen: 1 probleem.",
    "own_data.error_intro_many": "Ik kon {name} niet lezen: {count} problemen.",
    "own_data.error_more": "... en nog {count} probleem/problemen van dezelfde soort.",
    "own_data.error_fix": "Los deze op in je spreadsheet, sla hem opnieuw op (CSV) en laad hem opnieuw. Je bestand is niet gewijzigd.",
    "own_data.where_row_col": "Rij {row}, kolom {letter} '{header}'",
    "own_data.where_row": "Rij {row}",
    "own_data.where_col": "Kolom {letter} '{header}'",
    "own_data.where_file": "Het bestand",
    "own_data.not_found": "er staat geen bestand op {path}: controleer de naam en de map",
    "own_data.is_folder": "{path} is een map, geen bestand",
    "own_data.unreadable_file": "het bestand kon niet worden geopend ({error})",
    "own_data.empty_file": "het bestand is leeg (0 bytes)",
    "own_data.blank_file": "het bestand bevat alleen lege regels",
    "own_data.too_big": (
        "het bestand is {size:.0f} MB; de kit leest klantenlijsten tot {limit:.0f} MB. "
        "Exporteer alleen de klanten en kolommen die je nodig hebt"
    ),
    "own_data.too_many_rows": (
        "het bestand heeft {count:,} klanten (gegevensrijen); de kit leest er hooguit {limit:,}. "
        "Exporteer één team of regio tegelijk"
    ),
    "own_data.too_many_lines": (
        "het bestand heeft {count:,} regels; de kit leest hooguit {limit:,} klanten. "
        "Exporteer één team of regio tegelijk"
    ),
    "own_data.xlsx": (
        "dit is een Excel-werkmap (.xlsx), geen CSV-bestand: kies in Excel "
        "Bestand > Opslaan als > 'CSV UTF-8' (of 'CSV (puntkomma)') en laad dat bestand"
    ),
    "own_data.xls": (
        "dit is een oude Excel-werkmap (.xls), geen CSV-bestand: kies in Excel "
        "Bestand > Opslaan als > 'CSV UTF-8' en laad dat bestand"
    ),
    "own_data.pdf": "dit is een pdf-document, geen CSV-bestand: exporteer de lijst als CSV uit je CRM of spreadsheet",
    "own_data.zip": "dit is een gecomprimeerd (zip-)bestand: pak het uit en laad het CSV-bestand dat erin zit",
    "own_data.binary": (
        "dit lijkt geen tekstbestand (CSV): er staan binaire gegevens in "
        "(bijvoorbeeld byte {offset}). Exporteer de lijst als CSV"
    ),
    "own_data.bad_utf8_bom": "het bestand zegt UTF-8 te zijn, maar byte {offset} is geen geldige UTF-8; sla het opnieuw op als 'CSV UTF-8'",
    "own_data.one_column": (
        "ik vond maar één kolom; ik verwachtte kolommen gescheiden door komma's, puntkomma's of tabs "
        "(de kopregel die ik las was '{header}')"
    ),
    "own_data.header_only": "het bestand heeft een kopregel, maar geen klanten eronder",
    "own_data.missing_required": (
        "geen kolom voor {meaning} (verplicht). Geef een kolom een van deze namen: {english} "
        "(Engels) of {dutch} (Nederlands)"
    ),
    "own_data.duplicate_column": (
        "de kolommen {first} en {second} lijken allebei {meaning}; houd er één, of geef de andere een andere naam"
    ),
    "own_data.too_many_values": (
        "deze rij heeft {count} waarden, maar de kopregel heeft {expected} kolommen; "
        "staat er een scheidingsteken in een waarde (bijvoorbeeld een decimale komma in een bestand met komma's als scheiding)? "
        "Zet zulke waarden tussen aanhalingstekens"
    ),
    "own_data.empty_required": "is leeg; verwacht: {what}",
    "own_data.not_a_number": "verwacht: {what}, gevonden: '{raw}'",
    "own_data.percent_in_money": "verwacht: een bedrag, gevonden: een percentage '{raw}'",
    "own_data.mixed_decimals": (
        "mengt decimale notaties: decimale komma in rij(en) {comma_rows} (bijvoorbeeld '{comma_example}') en "
        "decimale punt in rij(en) {point_rows} (bijvoorbeeld '{point_example}'); gebruik één notatie per kolom"
    ),
    "own_data.negative": "is {value:,.2f}; {meaning} kan niet negatief zijn",
    "own_data.zero_spend": "is 0; de inkoop van de klant in de productsoort moet meer dan 0 zijn (onze omzet zit erin)",
    "own_data.sales_above_spend": (
        "onze omzet ({sales:,.0f}) is hoger dan de inkoop van de klant in de productsoort ({spend:,.0f}) in kolom "
        "{spend_letter}; die inkoop is het hele inkoopbudget van de klant, inclusief wat hij bij ons koopt"
    ),
    "own_data.share_above_one": "is {percent:.0f} %; een aandeel kan niet boven 100 % liggen",
    "own_data.satisfaction_outside": (
        "is {value:g}, buiten de schaal {low:g}-{high:g}; gebruik je een andere schaal, zet die dan in "
        "de kopregel, bijvoorbeeld 'tevredenheid (0-100)'"
    ),
    "own_data.margin_above_sales": (
        "de brutomarge ({margin:,.0f}) is hoger dan onze omzet ({sales:,.0f}) in kolom {sales_letter}; "
        "de marge is de omzet min de inkoopwaarde"
    ),
    "own_data.what_money": "een bedrag in euro's, zoals 12500 of 12.500,00",
    "own_data.what_number": "een getal, zoals 12,5",
    "own_data.what_count": "een geheel getal, zoals 3",
    "own_data.what_share": "een aandeel, zoals 35% of 0,35",
    "own_data.what_score": "een score, zoals 5,5",
    "own_data.what_text": "een naam",
    # opmerkingen
    "own_data.note_encoding_bom": "Gelezen als UTF-8 (met een byte-order mark, zoals Excel die schrijft).",
    "own_data.note_encoding_utf16": "Gelezen als UTF-16-tekst (de indeling 'Unicode-tekst' van Excel).",
    "own_data.note_encoding_cp1252": "Gelezen als Windows-1252-tekst (een Excel-export die geen UTF-8 is).",
    "own_data.note_encoding_latin1": "Gelezen als Latin-1-tekst (geen UTF-8).",
    "own_data.note_encoding_mixed": (
        "Gelezen als UTF-8, maar {count} byte(s) waren geen UTF-8 (de eerste op regel {line} van het bestand): die zijn "
        "gelezen als Windows-1252-tekens ({chars}). Het bestand mengt twee coderingen, vaak door tekst die uit een "
        "ander programma is geplakt; controleer die cellen."
    ),
    "own_data.note_delimiter": "Kolommen gescheiden door {delimiter}; decimaalteken: {decimal}.",
    "own_data.note_sep_line": "De regel 'sep=' van Excel bovenaan overgeslagen.",
    "own_data.note_title_rows": "{count} regel(s) boven de kopregel overgeslagen (rij {header_row} is de kopregel).",
    "own_data.note_total_row": "Rij {row} ('{label}') weggelaten: die lijkt een totaal, geen klant.",
    "own_data.note_total_rows": "{count} rijen weggelaten die op totalen of subtotalen lijken, niet op klanten: {rows}.",
    "own_data.total_row_item": "rij {row} ('{label}')",
    "own_data.note_ignored_columns": "Kolom(men) genegeerd die de kit niet gebruikt: {columns}.",
    "own_data.note_id_as_account": "Geen kolom met klantnamen, dus het klantnummer ({header}) geeft de klanten een naam.",
    "own_data.note_missing_optional": "Geen kolom voor {meaning}: {analysis} staat uit. Voeg een kolom '{english}' (of '{dutch}') toe om het aan te zetten.",
    "own_data.note_empty_cells": "Kolom {letter} '{header}': {count} lege cel(len); die klanten vallen weg waar {meaning} nodig is.",
    "own_data.note_percent_header": "Kolom {letter} '{header}' bevat percentages (dat zegt de kopregel); gelezen als fracties (35 % = 0,35).",
    "own_data.note_percent_cells": "Kolom {letter} '{header}' gebruikt %-tekens; gelezen als fracties (35 % = 0,35).",
    "own_data.note_percent_guess": (
        "Kolom {letter} '{header}' heeft waarden boven 1 (mediaan {median:g}), dus ik las ze als percentages "
        "(35 = 35 % = 0,35). Klopt dat niet, schrijf de aandelen dan als fracties."
    ),
    "own_data.note_thousands": "Kolom {letter} '{header}' is in duizenden (dat zegt de kopregel); vermenigvuldigd met 1.000.",
    "own_data.note_scale_header": "Tevredenheid staat op een schaal {low:g}-{high:g} (uit de kopregel).",
    "own_data.note_scale_default": "Tevredenheid gelezen op de schaal 1-7 van de kit; wijkt die van jou af, zet hem dan in de kopregel, bijvoorbeeld 'tevredenheid (1-5)'.",
    "own_data.note_scale_ten": "Tevredenheid heeft waarden boven 7, dus ik las haar op een schaal 0-10; zet de schaal in de kopregel om zeker te zijn.",
    "own_data.note_ambiguous": (
        "Kolom {letter} '{header}': waarden zoals '{example}' zijn op twee manieren te lezen; "
        "gelezen als {value:g}, omdat dit bestand een decimale {decimal} gebruikt."
    ),
    "own_data.note_duplicate_accounts": (
        "{count} klantnaam/-namen komen meer dan eens voor (bijvoorbeeld '{example}' in rij {rows}); "
        "ze blijven als aparte rijen staan."
    ),
    "own_data.note_duplicate_ids": (
        "{count} klantnummer(s) komen meer dan eens voor (bijvoorbeeld '{example}' in rij {rows}). Is een nummer "
        "twee keer dezelfde klant, dan tellen de inkoop en de omzet dubbel: verwijder de kopie."
    ),
    "own_data.note_derived_tier": "Geen kolom met klantklasse: de klassen zijn afgeleid uit de inkoop in de productsoort (A = de grootste 12 %, B = de volgende 38 %, C = de rest), zoals bij het casebedrijf.",
    "own_data.note_blank_rows": "{count} lege rij(en) overgeslagen.",
    # betekenis van de kolommen
    "own_data.meaning_account": "de klant (klantnaam)",
    "own_data.meaning_account_id": "het klantnummer",
    "own_data.meaning_salesperson": "de verkoper",
    "own_data.meaning_tier": "de klantklasse of het segment",
    "own_data.meaning_category_spend_eur": "de inkoop van de klant in de productsoort",
    "own_data.meaning_our_sales_eur": "onze omzet",
    "own_data.meaning_hours_per_year": "de bestede uren",
    "own_data.meaning_non_sales_share": "het aandeel niet-salesgesprekken in de contacttijd",
    "own_data.meaning_internal_requests": "de interne verzoeken",
    "own_data.meaning_satisfaction": "de tevredenheid",
    "own_data.meaning_gross_margin_eur": "de brutomarge",
    "own_data.meaning_cost_to_serve_eur": "de kosten om te bedienen",
    "own_data.analysis_hours": "de waarschuwingssignalen over uren en de voorgestelde verschuiving van uren",
    "own_data.analysis_non_sales": "het waarschuwingssignaal over niet-salesgesprekken",
    "own_data.analysis_requests": "het waarschuwingssignaal over interne verzoeken",
    "own_data.analysis_satisfaction": "het beeld van tevredenheid tegenover share of wallet",
    "own_data.analysis_margin": "het wegen van groeiruimte naar marge (en, met de kosten om te bedienen, de walviscurve)",
    "own_data.analysis_cost": "de walviscurve (met brutomarge)",
    "own_data.analysis_salesperson": "de waarschuwingsscore per verkoper (je lijst telt als één persoon)",
    "own_data.analysis_tier": "klantklassen uit je eigen segmenten (ze worden nu afgeleid uit de inkoop)",
    # analyses
    "own_data.unavailable": "{what} staat uit: {why}",
    "own_data.why_columns": "voeg kolom(men) {columns} toe om het aan te zetten.",
    "own_data.why_no_rows": "geen enkele klant heeft {columns} allemaal ingevuld.",
    "own_data.why_no_profit": "de totale winst van de klanten (brutomarge min kosten om te bedienen) is niet positief, dus de curve heeft geen 100 %.",
    "own_data.why_no_hours": "de uren tellen op tot 0.",
    "own_data.what_whale": "De walviscurve",
    "own_data.what_warning": "De waarschuwingsscore",
    "own_data.what_hours": "De voorgestelde verschuiving van uren",
    "own_data.whole_list": "(hele lijst)",
    "own_data.col_account": "klant",
    "own_data.col_share": "share of wallet",
    "own_data.col_headroom": "groeiruimte €",
    "own_data.col_margin_rate": "margepercentage",
    "own_data.col_within_reach": "bereikbare marge €",
    "own_data.col_hours": "uren nu",
    "own_data.col_suggested": "voorstel model",
    "own_data.col_change": "verschil",
    "own_data.col_group": "wie",
    "own_data.col_score": "score",
    "own_data.col_band": "kleur",
    "own_data.col_drivers": "vooral door",
    "own_data.col_accounts": "klanten",
    "own_data.title_priorities": "Waar meer klantgerichtheid nog loont: top {top} van {n} klanten",
    "own_data.title_priorities_no_margin": "Waar meer klantgerichtheid nog loont (naar groeiruimte): top {top} van {n} klanten",
    "own_data.title_warning": "Waarschuwingsscore voor overservice per {by} (0-100, gestileerd)",
    "own_data.title_hours": "Voorgestelde verschuiving van uren (gestileerd model): de {top} grootste verschuivingen",
    "own_data.by_salesperson": "verkoper",
    "own_data.by_account": "klant",
    "own_data.note_priorities": (
        "Bereikbare marge = groeiruimte tot het plafond van {ceiling:.0%} × het margepercentage van de klant: "
        "de extra bijdrage die de klant nog kan leveren als je hem tot het plafond wint."
    ),
    "own_data.note_priorities_no_margin": "Zonder kolom met brutomarge telt elke euro groeiruimte even zwaar.",
    "own_data.note_priorities_median_rate": "{count} klant(en) zonder omzet of marge krijgen het mediane margepercentage van de lijst ({rate:.0%}).",
    "own_data.note_signs_used": "Signalen gescoord uit je kolommen: {signs}.",
    "own_data.note_signs_off": "Niet gescoord: {signs}.",
    "own_data.note_single_salesperson": "Maar één verkoper, dus de interne verzoeken zijn niet te vergelijken met een mediaan van het team.",
    "own_data.note_hours": (
        "Dezelfde {budget:,.0f} uur in totaal, verdeeld volgens de regel van gelijke meeropbrengst: elke klant die tijd krijgt, "
        "eindigt met dezelfde waarde van één uur extra (€ {lam:,.0f}). De responscurve is een aanname van de kit "
        "(verzadiging na ongeveer {sat:.0f} uur), geen schatting uit jouw gegevens."
    ),
    "own_data.note_hours_left_out": "{count} klant(en) zonder uren zijn weggelaten.",
    "own_data.sign_hours_vs_tier": "uren tegenover klantklasse",
    "own_data.sign_time_on_small_accounts": "tijd op kleine klanten",
    "own_data.sign_non_sales_share": "niet-salesgesprekken",
    "own_data.sign_internal_requests": "interne verzoeken",
    "own_data.sign_effort_near_ceiling": "inzet dicht bij het plafond",
    "own_data.sign_concessions_without_premium": "concessies zonder meerprijs",
    "own_data.sign_satisfaction_minus_sales_trend": "tevredenheid omhoog, omzet vlak",
    "own_data.band_green": "groen",
    "own_data.band_amber": "oranje",
    "own_data.band_red": "rood",
    "own_data.band_unknown": "geen gegevens",
    "own_data.none": "geen",
    "own_data.axis_spend": "Inkoop in de productsoort\n(€ duizend per jaar, log-schaal)",
    "own_data.axis_share": "Onze share of wallet",
    "own_data.axis_within_reach": "Bereikbare marge (€ duizend per jaar)",
    "own_data.axis_headroom": "Groeiruimte (€ duizend per jaar)",
    "own_data.axis_score": "Waarschuwingsscore (0-100, gestileerd)",
    "own_data.axis_accounts_pct": "Klanten, meest winstgevende eerst (%)",
    "own_data.axis_profit_pct": "Cumulatieve winst (% van het totaal)",
    "own_data.axis_hours": "Uren per jaar",
    "own_data.title_sow": "Elke stip is een van jouw klanten",
    "own_data.title_whale": "Walviscurve: de top 20% van de klanten verdient {top:.0%} van de winst",
    "own_data.label_ceiling": "plafond {ceiling:.0%}",
    "own_data.label_now": "nu",
    "own_data.label_suggested": "voorstel model",
    "own_data.label_amber": "oranje vanaf 30",
    "own_data.label_red": "rood boven 60",
    "own_data.summary": "{name}: {n} klanten; gevonden kolommen: {columns}.",
    # één kolom uit die lijst: de kop zoals het bestand hem schrijft, dan wat de kit erin leest
    "own_data.summary_column": "{header} als '{meaning}'",
    "own_data.upload_description": "Jouw CSV-bestand",
    "own_data.upload_hint": "Kies een CSV-bestand (gescheiden door komma's, puntkomma's of tabs). Het blijft op deze computer of in je Binder-sessie.",
    "own_data.upload_loaded": "<b>{name}</b> geladen: {n} klanten. De analyse staat hieronder; gebruik hem in de cellen verderop met <code>accounts = uploader.accounts</code>.",
    "own_data.forget_done": (
        "Vergeten: {names}. De uitvoer van deze cel is gewist. Wil je ook de grafieken en tabellen van "
        "de andere cellen wissen, kies dan in het menu Edit > Clear Outputs of All Cells (of Kernel > Restart Kernel "
        "and Clear Outputs of All Cells) en sla het notebook op voordat je het deelt."
    ),
    "own_data.forget_nothing": "er was niets van jou geladen",
    # ---- uit de code hierheen verplaatst
    "own_data.delimiter_semicolons": "puntkomma's",
    "own_data.delimiter_commas": "komma's",
    "own_data.delimiter_tabs": "tabs",
    "own_data.delimiter_bars": "verticale strepen",
    "own_data.decimal_comma": "komma",
    "own_data.decimal_point": "punt",
    "own_data.no_header": "{letter} (geen kopregel)",
    "own_data.whale_summary": (
        "Walviscurve over {n} klanten: de top 20% verdient {top:.0%} van de totale winst "
        "(€ {profit:,.0f}); klanten die geld kosten: {losing}."
    ),
    "own_data.the_uploaded_file": "het geüploade bestand",
}
