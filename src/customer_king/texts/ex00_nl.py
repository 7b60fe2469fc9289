"""Oefenset 0 (de opwarmer in het startnotebook), in het Nederlands."""
LANGUAGE = "nl"

MESSAGES = {
    "ex00.title": "Begin hier: opwarmer",
    "ex00.accounts.prompt": "Bediende klanten met {budget} uur, {hours} uur per klant",
    "ex00.accounts.hint.1": "Deel de beschikbare uren door het aantal uren dat elke klant kost.",
    "ex00.accounts.wrong.factor_ten": "Bijna, maar een factor tien ernaast: tel de nullen in {budget}.",
    "ex00.accounts.wrong.multiplied": ("Het lijkt erop dat je hebt vermenigvuldigd; deel de beschikbare uren door "
                                       "de uren per klant."),
}
