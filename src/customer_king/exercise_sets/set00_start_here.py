"""The warm-up check in the start notebook: one question, to show how checks work."""
from ..checks import ExerciseSet, NumberQuestion, answered, factor_off

BUDGET_HOURS = 1200
HOURS_PER_ACCOUNT = 4


def build() -> ExerciseSet:
    return ExerciseSet("00_start_here", "Start here: warm-up", [
        NumberQuestion(
            "accounts", BUDGET_HOURS / HOURS_PER_ACCOUNT, kind="integer", rel_tol=0,
            prompt="Accounts served with 1,200 hours at 4 hours each",
            hints=("Divide the hours available by the hours each account takes.",),
            misconceptions=[
                (factor_off(10), "Close, but a factor of ten off: count the zeros in 1,200."),
                (answered(BUDGET_HOURS * HOURS_PER_ACCOUNT),
                 "It looks as if you multiplied; divide the hours available by the hours per account."),
            ],
        ),
    ])
