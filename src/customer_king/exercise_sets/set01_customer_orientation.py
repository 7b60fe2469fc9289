"""Exercise set 1: customer orientation — the concept, the time it takes, the research."""
from .. import model
from ..checks import (ChoiceQuestion, ExerciseSet, MultiSelectQuestion, NumberQuestion,
                      answered)

ORIENTATION_SCORE = 5  # the score the model questions ask about


def _c() -> float:
    return model.from_seven_point(ORIENTATION_SCORE)


def _hours() -> float:
    return model.hours_per_account(_c())


def _served() -> float:
    return model.accounts_covered(_c())


def _fraction_served() -> float:
    return _served() / model.DEFAULT.n_accounts


def _hours_if_score_used_as_c() -> float:
    # The slip of passing 5 straight in: the model would refuse it, but a learner
    # computing by hand gets 4 * (1 + 4 * 25).
    p = model.DEFAULT
    return p.base_hours * (1 + p.hours_growth * ORIENTATION_SCORE ** 2)


def _hours_if_divided_by_seven() -> float:
    return model.hours_per_account(ORIENTATION_SCORE / 7)


CONVERT_HINT = ("The model's functions take orientation between 0 and 1. Convert the score first: "
                "model.from_seven_point(5).")


def build() -> ExerciseSet:
    return ExerciseSet("01_customer_orientation", "Customer orientation", [
        ChoiceQuestion(
            "q1",
            {"A": "How friendly and pleasant the salesperson is with customers",
             "B": "The degree to which the salesperson finds out a customer's needs and acts to meet them",
             "C": "The share of a customer's purchases that goes to the salesperson's company",
             "D": "How satisfied the customer is with the salesperson"},
            "B",
            prompt="What customer orientation is",
            why_wrong={
                "A": "Friendliness can be part of it, but the core is finding and meeting needs, "
                     "through every stage of the encounter.",
                "C": "That is share of wallet (lesson 4): an outcome orientation may lead to, not the behaviour.",
                "D": "Satisfaction is the customer's judgement, an outcome; orientation is what the salesperson does.",
            },
        ),
        MultiSelectQuestion(
            "q2",
            {"A": "Identifying the customer's needs and problems",
             "B": "Presenting and demonstrating the offer",
             "C": "Cold-calling new prospects",
             "D": "Dealing with objections",
             "E": "Sending the invoice and collecting payment",
             "F": "Closing the sale"},
            {"A", "B", "D", "F"},
            prompt="The stages of a sales encounter",
            why_wrong={
                "C": "Prospecting happens before there is a sales encounter with this customer.",
                "E": "Invoicing comes after the encounter is over; the five stages end with closing.",
            },
            hints=("Four of the six belong: the stages run from understanding the need to the decision.",),
        ),
        ChoiceQuestion(
            "q3",
            {"A": "Functional customer orientation",
             "B": "Relational customer orientation",
             "C": "Selling orientation"},
            "B",
            prompt="Functional or relational",
            why_wrong={
                "A": "Functional orientation solves the customer's task: needs analysis, fitting the offer. "
                     "Nothing here touches the task.",
                "C": "A selling orientation pushes for the sale; this behaviour builds the relationship.",
            },
        ),
        NumberQuestion(
            "q4", _hours, rel_tol=0.01,
            prompt="Hours per account at orientation 5",
            hints=(CONVERT_HINT, "model.hours_per_account(model.from_seven_point(5))"),
            misconceptions=[
                (answered(_hours_if_score_used_as_c), CONVERT_HINT),
                (answered(_hours_if_divided_by_seven),
                 "The scale starts at 1, not 0: orientation 5 is (5 - 1) / 6 of the way, "
                 "which is what model.from_seven_point computes."),
            ],
        ),
        NumberQuestion(
            "q5", _served, rel_tol=0.01,
            prompt="Accounts served at orientation 5",
            hints=("Use model.accounts_covered with the converted orientation.",
                   "It equals 1,200 hours divided by the hours per account from question 4."),
            misconceptions=[
                (answered(lambda: model.DEFAULT.time_budget / _hours_if_score_used_as_c()), CONVERT_HINT),
                (answered(model.DEFAULT.n_accounts),
                 "400 is the whole territory; with 11 hours per account the budget does not stretch that far."),
            ],
        ),
        NumberQuestion(
            "q6", _fraction_served, rel_tol=0.01, kind="share",
            prompt="Fraction of the territory served at orientation 5",
            hints=("Divide the accounts served (question 5) by the 400 accounts in the territory.",),
            misconceptions=[
                (answered(lambda: 1 - _fraction_served()),
                 "That is the fraction *not* served: the accounts the salesperson has no time for."),
            ],
        ),
        ChoiceQuestion(
            "q7",
            {"A": "A strong positive link with objective sales figures",
             "B": "A link mainly when salespeople rated their own performance",
             "C": "A negative link in every kind of performance measure",
             "D": "It did not look at performance"},
            "B",
            prompt="Franke & Park (2006)",
            why_wrong={
                "A": "Against objective sales the average correlation was close to zero.",
                "C": "The links were not negative; they were near zero except for self-ratings.",
                "D": "Performance was exactly what the meta-analysis compared, by how it was measured.",
            },
        ),
        ChoiceQuestion(
            "q8",
            {"A": "Sales and customer satisfaction both keep rising with customer orientation",
             "B": "Sales follow an inverted U; customers' attitudes keep improving",
             "C": "Customers' attitudes follow an inverted U; sales keep rising",
             "D": "Customer orientation has no link with either"},
            "B",
            prompt="Homburg, Müller & Klarmann (2011)",
            why_wrong={
                "A": "That is the popular belief the study questioned: one of the two did not keep rising.",
                "C": "The other way round: the customers kept liking it more; sales were the ones to peak.",
                "D": "Both links were there; their shapes differed.",
            },
        ),
    ])
