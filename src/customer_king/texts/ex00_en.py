"""Exercise set 0 (the warm-up in the start notebook), in English."""
LANGUAGE = "en"

MESSAGES = {
    "ex00.title": "Start here: warm-up",
    "ex00.accounts.prompt": "Accounts served with {budget} hours at {hours} hours each",
    "ex00.accounts.hint.1": "Divide the hours available by the hours each account takes.",
    "ex00.accounts.wrong.factor_ten": "Close, but a factor of ten off: count the zeros in {budget}.",
    "ex00.accounts.wrong.multiplied": ("It looks as if you multiplied; divide the hours available by the hours "
                                       "per account."),
}
