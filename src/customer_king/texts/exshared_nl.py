"""Wat alle oefensets delen (exercise_sets/__init__.py, display.py), in het Nederlands."""
LANGUAGE = "nl"

MESSAGES = {
    # load("...") met een naam die geen set is: misschien een tikfout.
    "exshared.unknown_set": "er is geen oefenset die {name!r} heet; wel deze: {names}",
    # een waarde die een tabel niet als getal kan schrijven (niet eindig)
    "exshared.no_value": "–",
    # de eenheid achter een percentage in een tabelcel ("27,0 %")
    "exshared.percent": "{value} %",
    # hele euro's in een tabelcel: in het Nederlands een (vaste) spatie na het teken, zoals in
    # de lessen ("€ 822.509", "−€ 1.200"); de vaste spatie houdt teken en bedrag op één regel
    "exshared.eur": "{minus}€\u00a0{amount}",
}
