"""The warm-up check in the start notebook: one question, to show how checks work."""
from ..checks import ExerciseSet, NumberQuestion, answered, factor_off
from ._shared import num, t

BUDGET_HOURS = 1200
HOURS_PER_ACCOUNT = 4


def build() -> ExerciseSet:
    numbers = dict(budget=num(BUDGET_HOURS), hours=num(HOURS_PER_ACCOUNT))
    return ExerciseSet("00_start_here", t("ex00.title"), [
        NumberQuestion(
            "accounts", BUDGET_HOURS / HOURS_PER_ACCOUNT, kind="integer", rel_tol=0,
            prompt=t("ex00.accounts.prompt", **numbers),
            hints=(t("ex00.accounts.hint.1"),),
            misconceptions=[
                (factor_off(10), t("ex00.accounts.wrong.factor_ten", **numbers)),
                (answered(BUDGET_HOURS * HOURS_PER_ACCOUNT), t("ex00.accounts.wrong.multiplied")),
            ],
        ),
    ])
