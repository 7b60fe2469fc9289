"""English statements and errors of the lesson-1 self-assessment (``self_assessment.py``).
The form's headings and stage names are ``sa.*`` keys of ``lesson_text.py``."""

LANGUAGE = "en"

MESSAGES: dict[str, str] = {
    "sa.item.situation_changing": "Before I propose anything, I ask how the customer's situation is changing.",
    "sa.item.what_matters_most": "I can name the two or three things that matter most to each of my main customers.",
    "sa.item.leave_out_features": "I leave out features that do not matter to this particular customer.",
    "sa.item.fits_their_process": "I show customers how an offer fits their own process, not only what it does.",
    "sa.item.ask_behind_objection": "When a customer objects, I first ask what lies behind the objection.",
    "sa.item.objections_as_obstacles": "I treat most objections as obstacles to get past quickly.",
    "sa.item.terms_that_work": "In a negotiation I look for terms that also work for the customer's business.",
    "sa.item.poor_fit_deal": "I agree to a deal I know fits the customer poorly if it closes this month.",
    "sa.item.what_they_need_to_decide": "I give customers what they need to decide, even when that delays the order.",
    "sa.item.deadlines_to_push": "I use deadlines to push customers to sign.",
    "sa.item.small_accounts_time": "I give small accounts as much time as large ones.",
    "sa.item.unrelated_topics": "Much of my time with customers goes on topics unrelated to what they buy from us.",
    "sa.item.special_requests": (
        "I ask colleagues for special deliveries or custom work without checking "
        "whether the account pays for it."
    ),
    "sa.error_not_a_list": "Give your answers as a list of {count} whole numbers from 1 to 7.",
    "sa.error_count": "There are {count} statements; you gave {given} answers.",
    "sa.error_answer": "Answer {number} is {answer}: use a whole number from 1 to 7.",
}
