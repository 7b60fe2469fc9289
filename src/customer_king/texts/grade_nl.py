"""Dutch text of the batch grader (``customer_king.grade``); English twin ``grade_en.py``."""

LANGUAGE = "nl"

MESSAGES: dict[str, str] = {
    # ---- de stand van een notebook
    "grade.graded": "nagekeken",
    "grade.with_errors": "nagekeken, met fouten: {where} gaf {message}{more}; de andere cellen zijn uitgevoerd",
    "grade.more_cells_one": " (en nog 1 cel)",
    "grade.more_cells_many": " (en nog {count} cellen)",
    "grade.answers_before_graded": "de antwoorden van daarvoor zijn nagekeken",
    "grade.no_answers_before": "daarvoor was nog geen antwoord gegeven",
    "grade.timed_out": "niet uitgevoerd: tijdslimiet ({limit}) bereikt in {where}; {graded}",
    "grade.kernel_died": "niet uitgevoerd: de kernel is gecrasht in {where}; {graded}",
    "grade.not_collected": "niet uitgevoerd: de antwoorden konden na de laatste cel niet worden opgehaald ({error})",
    "grade.snapshot_unfinished": (
        "niet uitgevoerd: de antwoorden konden na de laatste cel niet worden opgehaald "
        "(de momentopname van de nakijker werd niet afgemaakt)"
    ),
    "grade.check_redefined": "check is in het notebook opnieuw gedefinieerd (genegeerd: de nakijker controleert de antwoorden zelf)",
    "grade.empty_file": "niet uitgevoerd: het bestand is leeg",
    "grade.not_utf8": "niet uitgevoerd: geen notebook (het bestand is geen UTF-8-tekst)",
    "grade.invalid_json": "niet uitgevoerd: geen geldig notebook (ongeldige JSON: {error})",
    "grade.invalid_notebook": "niet uitgevoerd: geen geldig notebook ({error})",
    "grade.unreadable": "niet uitgevoerd: het bestand kon niet worden gelezen ({error})",
    "grade.could_not_run": "niet uitgevoerd: {error}",
    "grade.set_broken": "niet nagekeken: de oefening {key} van de kit laadt niet ({error})",
    "grade.no_code_cells": "niet uitgevoerd: het notebook heeft geen codecellen",
    "grade.no_variable": "geen antwoordvariabele bekend voor {questions}",
    "grade.symlink": "niet uitgevoerd: het bestand is een symbolische link (niet gevolgd: die kan overal heen wijzen)",
    "grade.too_large": "niet uitgevoerd: het bestand is groter dan {limit} MB",
    "grade.duplicate": "dubbel: {key} is meer dan eens ingeleverd (ook {others}); {status}",
    "grade.stopped_before": "niet uitgevoerd: het nakijken is gestopt (Ctrl-C) voor dit notebook",
    "grade.stopped": "niet uitgevoerd: het nakijken is gestopt (Ctrl-C)",
    "grade.not_run": "niet uitgevoerd: {why}",
    "grade.changed_kit": "dit notebook, of een dat tegelijk liep, heeft de geïnstalleerde bestanden van de kit gewijzigd ({files})",
    "grade.kit_changed_meanwhile": "de geïnstalleerde bestanden van de kit zijn gewijzigd ({files}) terwijl dit notebook liep",
    "grade.flagged": "gemarkeerd: {why}; controleer het zelf; {status}",
    "grade.not_of_kit": "geen oefennotebook van deze kit",
    "grade.not_of_kit_other_set": "{not_of_kit} (het is voor oefening {key}; deze kit heeft: {keys})",
    "grade.not_of_kit_unknown": "{not_of_kit} (geen oefening gevonden in de naam, de metadata of de code)",
    "grade.problem_not_of_kit": "{problem}; {not_of_kit}",
    # ---- het feedbackbestand
    "grade.feedback_title": "Feedback voor {participant}",
    "grade.not_graded": "Dit notebook kon niet worden nagekeken: {status}.",
    "grade.file": "Bestand: {file}",
    "grade.note": "Let op: {status}.",
    "grade.points": "Punten: {points} van {max_points}.",
    "grade.analyst_points": "Voor analisten (optioneel, niet in de punten hierboven): {points} van {max_points}.",
    "grade.all_right": "Alle vragen goed. Goed gedaan!",
    "grade.main_part_right": "Elke vraag van het hoofddeel goed. Goed gedaan!",
    "grade.right": "Goed:",
    "grade.look_again": "Om nog eens naar te kijken:",
    "grade.analyst_question": "{label} (voor analisten, optioneel)",
    "grade.partial_points": " ({points} van {max_points} punten)",
    # ---- de samenvatting van de run (voor de trainer)
    "grade.summary_notebooks": "Notebooks: {count} in {seconds:.1f} s ({each:.1f} s per notebook)",
    "grade.summary_graded": "  nagekeken: {graded} (met fouten in een cel: {with_errors})",
    "grade.summary_failed": "  niet uitgevoerd: {count}",
    "grade.summary_timed_out": "  tijdslimiet bereikt: {count}",
    "grade.summary_not_of_kit": "  geen oefennotebook van deze kit: {count}",
    "grade.summary_duplicates": "  dubbel (zelfde deelnemer en oefening meer dan eens): {count}",
    "grade.summary_flagged": "  gemarkeerd (de bestanden van de kit veranderden terwijl ze liepen): {count}",
    "grade.summary_not_run": "  niet uitgevoerd (gestopt): {count}",
    "grade.sandboxed": "In een sandbox: ja (bubblewrap: alleen-lezen bestandssysteem, geen netwerk)",
    "grade.not_sandboxed": (
        "In een sandbox: NEE — het nakijken liep niet in een sandbox: {reason}. "
        "Elk notebook liep met jouw rechten; kijk onbetrouwbare bestanden na in een wegwerpcontainer."
    ),
    # ---- de eigen regels van het commando
    "grade.cli_set_broken": "waarschuwing: oefening {key} laadt niet: {error}",
    "grade.cli_not_sandboxed": "Let op: het nakijken loopt NIET in een sandbox ({reason}).",
    "grade.cli_none_found": "Geen notebooks gevonden in {folder}.",
    "grade.cli_moved_aside": "{output} bestaat al, dus de cijferlijst staat ernaast als {written} (gebruik --overwrite om hem te vervangen).",
    "grade.cli_gradebook": "Cijferlijst: {path}",
    "grade.cli_feedback_one": "Feedback: {count} bestand in {folder}",
    "grade.cli_feedback_many": "Feedback: {count} bestanden in {folder}",
    "grade.cli_import_file": "Importbestand: {path}",
    # ---- waarom er geen sandbox is, en een kit die niet te herstellen was
    "grade.sandbox_exit_code": "afsluitcode {code}",
    "grade.sandbox_off": "uitgezet (--no-sandbox of {variable})",
    "grade.sandbox_linux_only": "bubblewrap werkt alleen op Linux",
    "grade.sandbox_missing": "bubblewrap (bwrap) is niet geïnstalleerd",
    "grade.sandbox_broken": "bubblewrap werkt hier niet ({problem})",
    "grade.kit_not_restored": "de geïnstalleerde bestanden van de kit zijn gewijzigd ({files}) en konden niet worden hersteld; installeer de kit opnieuw en kijk daarna de rest na",
}
