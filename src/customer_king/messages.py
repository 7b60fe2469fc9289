"""Every learner-facing sentence of the answer checks, in one place per language.

How it works
------------
``MESSAGES[language][key]`` is a ``str.format`` template.  Code never writes
a sentence itself; it calls ``text(key, **fields)``, which formats the template
of the current language.  ``format_number`` writes numbers the way the current
language does (0.8 in English, 0,8 in Dutch).

The current language is the one given to ``set_language``; until that is
called it is read from the environment variable ``CUSTOMER_KING_LANG``
(default ``"en"``).  Nothing here ever raises on a learner's behalf:

* an unknown language falls back to English,
* a key missing from a language falls back to the English sentence,
* a translated template that does not format (a typo in a ``{field}``) falls
  back to the English one.

Adding a language (for example completing the Dutch edition)
-------------------------------------------------------------
1. Add (or extend) a dict ``MESSAGES["xx"]`` with some or all of the English
   keys, translated.  Keep every ``{field}`` of the English template; the test
   suite checks that a translation uses no field the English one lacks.
2. Add the language's decimal and thousands separators to ``NUMBER_FORMAT``.
3. That is all: keys you have not translated yet show in English.

The ``"nl"`` dict below is deliberately partial: it proves the fallback.
"""

from __future__ import annotations

import contextlib
import math
import os
from typing import Iterator

DEFAULT_LANGUAGE = "en"
ENV_VARIABLE = "CUSTOMER_KING_LANG"

MESSAGES: dict[str, dict[str, str]] = {
    "en": {
        # --- the three states of one answer --------------------------------
        "status_correct": "Correct",
        "status_not_yet": "Not yet",
        "status_unanswered": "Not answered yet",
        "hint_label": "Hint",
        "points_note": "(Points: {points} of {max_points}.)",
        # --- answers that are not answers yet -------------------------------
        "placeholder": "You left the `...` placeholder: replace it with your answer.",
        "none": (
            "Your answer is `None`. Did you forget to assign a value, "
            "or to `return` it from your function?"
        ),
        "empty_text": "Your answer is empty text: write your answer between the quotes.",
        "no_answer": "No answer was given for this question.",
        "got_function": (
            "Your answer is the function `{name}` itself, not its result: "
            "did you forget to call it, as in `{name}(...)`?"
        ),
        # --- answers that cannot be read as the kind asked for ---------------
        "unreadable": "I could not read your answer (it is of type `{type}`).",
        "check_broken": (
            "Sorry: this check could not work out the expected answer ({error}). "
            "This is not your mistake; please tell your instructor."
        ),
        "expected_number_got_text": "I expected a number, got text {text}.",
        "expected_number_got_bool": (
            "I expected a number, got `{value}` (a yes/no value, not a number)."
        ),
        "expected_number_got_many": "I expected one number, got {count} values.",
        "expected_number_got_empty": "I expected one number, got an empty collection with no values.",
        "expected_number_got_dict": "I expected a number, got a dictionary.",
        "expected_number_got_complex": "I expected a real number, got the complex number {value}.",
        "expected_number_got_other": "I expected a number, got a value of type `{type}`.",
        "too_large": "Your answer is too large for me to work with as a number.",
        "nan": (
            "Your answer is NaN ('not a number'). That usually comes from "
            "dividing 0 by 0 or from missing data: check your calculation."
        ),
        "infinite": (
            "Your answer is infinite. That usually comes from dividing by zero: "
            "check your calculation."
        ),
        # --- number questions ------------------------------------------------
        "number_right": "{value} is right.",
        "number_too_high": "{value} is too high.",
        "number_too_low": "{value} is too low.",
        "number_close": (
            "{value} is close, but not close enough: I accept answers within "
            "{tolerance} of the exact value."
        ),
        "read_percent_sign": "I read {text} as {value}.",
        "read_as_percent": "I read {answer} as {answer}% = {value}.",
        "read_rounded": "I rounded {answer} to {value}.",
        "read_separators": "I read {text} as {value}.",
        "read_separators_alternative": "I read {text} as {value}, not as {alternative}.",
        # --- choice questions ------------------------------------------------
        "choice_right": "{letter} is right.",
        "choice_wrong": "{letter} is not the best answer.",
        "choice_unknown": "There is no option {given}: choose one of {letters}.",
        "choice_expected_letter": "I expected one letter, such as {example}, got {what}.",
        "choice_one_only": "Choose just one option; you gave {count}: {given}.",
        "multi_right": "You picked exactly the right options.",
        "multi_summary": (
            "You picked {right} of the {total} options that fit, "
            "plus {wrong} that do not fit."
        ),
        "multi_unknown": "There is no option {given}: choose from {letters}.",
        "multi_expected_letters": "I expected letters such as {example}, got {what}.",
        # --- array questions -------------------------------------------------
        "array_right": "All {count} values are right.",
        "array_wrong_count": "I expected {expected} values, got {got}.",
        "array_wrong_shape": "I expected a table of {expected} values, got one of {got}.",
        "array_wrong_shape_flat": "I expected {expected} values in one row, got a table of {got}.",
        "array_got_single": "I expected {expected} values, got a single number.",
        "array_got_text": "I expected {expected} numbers, got text {text}.",
        "array_got_other": "I expected {expected} numbers, got a value of type `{type}`.",
        "array_text_values": "I expected numbers, but your values contain text, such as {example}.",
        "array_bool_values": "I expected numbers, got yes/no (True/False) values.",
        "array_other_values": "I expected numbers, but some of your values are not numbers.",
        "array_ragged": "Your rows have different lengths, so I could not read them as a table.",
        "array_partial": "{matching} of {count} values match.",
        "array_first_mismatch": "The first one that does not is at position {position} (counting from 0).",
        "array_nan": "{count} of your values are NaN ('not a number') or infinite.",
        # --- parts of sentences ----------------------------------------------
        "describe_text": "text {text}",
        "describe_number": "the number {value}",
        "describe_bool": "`{value}` (a yes/no value)",
        "describe_dict": "a dictionary",
        "describe_values": "{count} values",
        "describe_empty": "an empty collection",
        "describe_none": "`None`",
        "describe_placeholder": "the `...` placeholder",
        "describe_type": "a value of type `{type}`",
        "list_or": "{items} or {last}",
        # --- exercise sets ---------------------------------------------------
        "unknown_question": "There is no question {given} in this set. The questions are: {ids}.",
        "question_id_not_text": "A question id is text, such as 'q1'; got {what}. The questions are: {ids}.",
        "progress_title": "Progress: {title}",
        "state_done": "done",
        "state_not_yet": "not yet",
        "state_not_tried": "not tried",
        "tries_one": "1 try",
        "tries_many": "{count} tries",
        "col_question": "Question",
        "col_state": "Status",
        "col_points": "Points",
        "col_tries": "Tries",
        "col_set": "Exercise set",
        "col_prompt": "About",
        "progress_summary": (
            "{done} of {total} done, {not_yet} not yet, {not_tried} not tried. "
            "Points: {points} of {max_points}."
        ),
        "progress_all_done": (
            "All done: every question is correct. Well done! Points: {points} of {max_points}."
        ),
        "progress_empty": "This set has no questions.",
        "kit_title": "Workshop progress",
        "sets_one": "1 loaded set",
        "sets_many": "{count} loaded sets",
        "kit_empty": "No exercise sets have been loaded yet.",
        "kit_summary": (
            "{done} of {total} questions done in {sets}, {not_yet} not yet, "
            "{not_tried} not tried. Points: {points} of {max_points}."
        ),
        "kit_all_done": (
            "All done: every question in {sets} is correct. Well done! "
            "Points: {points} of {max_points}."
        ),
        # ---- explorers: slider labels (with units), axes, readouts
        "slider_orientation": "Customer orientation (1–7)",
        "slider_time_budget": "Selling hours per year (h)",
        "slider_hours_per_account": "Hours per account per year (h)",
        "axis_hours_per_account": "Hours per account per year",
        "axis_accounts_covered": "Accounts served",
        "title_hours_per_account": "Each account takes longer",
        "title_accounts_covered": "So fewer accounts are served",
        "label_hours_per_account": "hours per account",
        "label_accounts_covered": "accounts served",
        "label_accounts_in_territory": "all {n} accounts in the territory",
        "readout_time_cost": (
            "At orientation <b>{score:.1f}</b> of 7, each account takes <b>{hours:.1f} hours</b> a year, "
            "so {budget:,.0f} hours serve <b>{covered:.0f}</b> of your {n} accounts."
        ),
        "readout_warm_up": (
            "At <b>{hours:.0f} hours</b> per account, {budget:,.0f} hours a year serve "
            "<b>{accounts:.0f} accounts</b>."
        ),
        # ---- lesson 02/03
        "axis_satisfaction": "Customer satisfaction (1–7)",
        "axis_sales_millions": "Sales (€ million per year)",
        "axis_profit_millions": "Profit (€ million per year)",
        "title_satisfaction_rises": "Satisfaction keeps rising",
        "title_sales_peak": "Sales peak, then fall",
        "label_satisfaction": "satisfaction",
        "label_sales": "sales",
        "label_beyond_peak": "past the\nsales peak",
        "label_sales_peak": "peak at {score:.1f}:\n€{sales:.1f} million",
        "readout_satisfaction_sales": (
            "At orientation <b>{score:.2f}</b> of 7, satisfaction is <b>{satisfaction:.1f}</b> of 7 and "
            "sales are <b>€{sales:.1f} million</b> a year: {covered:.0f} accounts served, each buying "
            "{share:.0%} of its needs from you. {where}"
        ),
        "readout_before_peak": (
            "Sales peak at orientation {peak:.1f} (€{peak_sales:.1f} million): up to there, more "
            "orientation still sells more."
        ),
        "readout_at_peak": "This is about where sales peak: orientation {peak:.1f}, €{peak_sales:.1f} million.",
        "readout_past_peak": (
            "You are past the sales peak at {peak:.1f}: satisfaction is {extra_satisfaction:.1f} points "
            "higher than there, but sales are <b>€{lost:.1f} million lower</b>."
        ),
        "slider_individualized": "Individualized products (level: −1 standard … +1 tailor-made)",
        "slider_premium_price": "Premium-price strategy (level: −1 low price … +1 premium)",
        "slider_competition": "Competitive intensity (level: −1 weak … +1 fierce)",
        "title_sales_moderated": "Sales: where is the peak?",
        "title_profit_moderated": "Profit: where is the peak?",
        "label_baseline": "baseline (all levels 0)",
        "label_your_situation": "your situation",
        "readout_moderators": (
            "In this situation sales peak at orientation <b>{sales_peak:.2f}</b> (baseline "
            "{base_sales_peak:.2f}, a shift of <b>{sales_shift:+.2f}</b> points) and profit at "
            "<b>{profit_peak:.2f}</b> (baseline {base_profit_peak:.2f}, <b>{profit_shift:+.2f}</b>). "
            "The <i>direction</i> of each shift is the finding of Homburg, Müller &amp; Klarmann (2011); "
            "its <i>size</i> is only the model's illustration."
        ),
        # ---- lesson 04/05
        "slider_n_suppliers": "Suppliers the customer buys from (count)",
        "slider_supplier_rank": "Your rank in the customer's eyes (1 = favourite)",
        "axis_supplier_rank": "Supplier, as the customer ranks them",
        "axis_expected_share": "Expected share of wallet",
        "label_supplier_rank": "#{rank}",
        "title_wallet_allocation": "Wallet Allocation Rule: what each rank can expect",
        "label_ceiling_rule_of_thumb": "~{ceiling:.0%} preferred-supplier ceiling (rule of thumb)",
        "label_equal_split": "equal split: {share:.0%} each",
        "readout_wallet_allocation": (
            "A customer with <b>{n}</b> supplier(s): as number <b>{rank}</b> you can expect about "
            "<b>{share:.0%}</b> of the wallet, €{euros:,.0f} of every €{wallet:,.0f} it spends in the "
            "category (an equal split would be {equal:.0%}; the favourite gets {top:.0%})."
        ),
        "readout_rank_capped": "The customer uses only {n} supplier(s), so rank {rank} does not exist: showing rank {n}.",
        "slider_share_ceiling": "Share-of-wallet ceiling you assume (fraction of the customer's spend)",
        "axis_category_spend_thousands": "Customer's category spend (€ thousand per year, log scale)",
        "axis_share_of_wallet": "Our share of wallet",
        "axis_headroom_millions": "Headroom (€ million per year)",
        "title_accounts_and_ceiling": "Each dot is one account",
        "title_headroom_by_tier": "Headroom to the ceiling, by tier",
        "label_ceiling": "- - ceiling {ceiling:.0%}",
        "label_tier": "{tier} accounts",
        "label_headroom_at_80": "at the 80% rule of thumb",
        "label_headroom_now": "at your ceiling",
        "readout_headroom": (
            "With a ceiling of <b>{ceiling:.0%}</b>, the {n} accounts could buy <b>€{total:.1f} million</b> "
            "more a year from Koningsvast (sales now: €{sales:.1f} million)."
        ),
        "readout_headroom_change": "That is <b>{change:+.0%}</b> against the {baseline_ceiling:.0%} rule of thumb.",
        "readout_headroom_where": (
            "<b>{at_ceiling}</b> accounts are already at or above the ceiling (red dots); the {top_tier} "
            "accounts hold {top_tier_share:.0%} of the headroom."
        ),
        "slider_weight_hours_vs_tier": "Weight: hours against the tier benchmark (0 = ignore)",
        "slider_weight_time_on_small_accounts": "Weight: time on small (C) accounts (0 = ignore)",
        "slider_weight_non_sales_share": "Weight: non-sales talk (0 = ignore)",
        "slider_weight_internal_requests": "Weight: internal requests (0 = ignore)",
        "slider_weight_effort_near_ceiling": "Weight: hours on accounts near the ceiling (0 = ignore)",
        "sign_hours_vs_tier": "hours vs tier benchmark",
        "sign_time_on_small_accounts": "time on small accounts",
        "sign_non_sales_share": "non-sales talk",
        "sign_internal_requests": "internal requests",
        "sign_effort_near_ceiling": "effort near the ceiling",
        "legend_signs": "points from each sign",
        "axis_warning_score": "Over-service warning score (0–100, stylized)",
        "label_band_amber": "amber from 30",
        "label_band_red": "red above 60",
        "label_score_band": "{score:.0f} {band}",
        "band_green": "green",
        "band_amber": "amber",
        "band_red": "red",
        "band_unknown": "no data",
        "readout_warning_bands": (
            "<b>Red</b> (above 60): {red}<br><b>Amber</b> (30–60): {amber}<br>Green: the other {green} "
            "<br><i>The bands are stylized: a prompt for a conversation, not a verdict.</i>"
        ),
        "readout_nobody": "nobody",
        "readout_no_weights": "Every weight is 0, so nothing is scored: give at least one sign a weight.",
    },
    # A partial Dutch edition: untranslated keys fall back to English.
    "nl": {
        "status_correct": "Goed",
        "status_not_yet": "Nog niet",
        "status_unanswered": "Nog niet beantwoord",
        "hint_label": "Tip",
        "placeholder": "Je hebt de plaatshouder `...` laten staan: vervang die door je antwoord.",
        "none": (
            "Je antwoord is `None`. Ben je vergeten een waarde toe te kennen, "
            "of die met `return` terug te geven?"
        ),
        "expected_number_got_text": "Ik verwachtte een getal, maar kreeg tekst {text}.",
        "number_right": "{value} klopt.",
        "number_too_high": "{value} is te hoog.",
        "number_too_low": "{value} is te laag.",
        "state_done": "klaar",
        "state_not_yet": "nog niet",
        "state_not_tried": "niet geprobeerd",
    },
}

# Decimal separator and thousands separator per language.
NUMBER_FORMAT: dict[str, tuple[str, str]] = {
    "en": (".", ","),
    "nl": (",", "."),
}

_chosen_language: str | None = None


def _normalise(code: object) -> str | None:
    """'nl_NL.UTF-8', 'NL', 'nl-BE' -> 'nl'; anything unusable -> None."""
    if not isinstance(code, str):
        return None
    base = code.strip().lower().replace("-", "_").split(".")[0].split("_")[0]
    return base if base in MESSAGES else None


def available_languages() -> tuple[str, ...]:
    """The language codes that have (at least some) messages."""
    return tuple(MESSAGES)


def get_language() -> str:
    """The language in effect: set_language's choice, else the environment, else English."""
    if _chosen_language is not None:
        return _chosen_language
    return _normalise(os.environ.get(ENV_VARIABLE, DEFAULT_LANGUAGE)) or DEFAULT_LANGUAGE


def set_language(code: str | None) -> str:
    """Choose the language of all feedback; return the language now in effect.

    ``None`` goes back to the environment variable.  An unknown code is not an
    error: the checks then speak English.
    """
    global _chosen_language
    _chosen_language = None if code is None else (_normalise(code) or DEFAULT_LANGUAGE)
    return get_language()


@contextlib.contextmanager
def language(code: str | None) -> Iterator[str]:
    """Use a language inside a ``with`` block only (handy in tests)."""
    global _chosen_language
    before = _chosen_language
    try:
        yield set_language(code)
    finally:
        _chosen_language = before


def text(key: str, **fields: object) -> str:
    """The sentence ``key`` in the current language, with ``fields`` filled in.

    Never raises: falls back to English, and as a last resort to the bare key.
    """
    lang = get_language()
    english = MESSAGES[DEFAULT_LANGUAGE].get(key)
    for template in (MESSAGES.get(lang, {}).get(key), english):
        if template is None:
            continue
        try:
            return template.format(**fields)
        except (KeyError, IndexError, ValueError, AttributeError, TypeError):
            continue
    if english is not None:
        return english
    return key


def format_number(value: float, digits: int = 6) -> str:
    """A number as the current language writes it, without scientific notation
    for everyday sizes: 16500000 -> '16,500,000' (en) / '16.500.000' (nl);
    0.8 -> '0.8' / '0,8'.  Deterministic; never raises."""
    try:
        x = float(value)
    except (TypeError, ValueError, OverflowError):
        return str(value)
    if math.isnan(x):
        return "NaN"
    if math.isinf(x):
        return "infinity" if x > 0 else "-infinity"
    decimal, thousands = NUMBER_FORMAT.get(get_language(), NUMBER_FORMAT[DEFAULT_LANGUAGE])
    if x == 0:
        return "0"
    if abs(x) >= 1e15 or abs(x) < 1e-4:
        plain = f"{x:.{digits}g}"  # scientific notation, as Python writes it
        return plain.replace(".", decimal)
    if abs(x) >= 1000:
        plain = f"{x:,.2f}"
    else:
        # `digits` significant digits, then drop trailing zeros.
        magnitude = math.floor(math.log10(abs(x)))
        decimals = max(0, digits - 1 - magnitude)
        plain = f"{x:.{decimals}f}"
    if "." in plain:
        plain = plain.rstrip("0").rstrip(".")
    if plain in ("-0", ""):
        plain = "0"
    # Swap separators through a stand-in so that ',' and '.' can trade places.
    return plain.replace(",", "\0").replace(".", decimal).replace("\0", thousands)
