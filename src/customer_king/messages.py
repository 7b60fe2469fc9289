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
``MESSAGES["en"]`` below (with ``lesson_text.py``) is the English catalogue; every
other language lives in the package ``texts/``: one module per part and language,
``texts/<part>_<lang>.py``, each defining ``LANGUAGE = "xx"`` and
``MESSAGES = {key: template}`` (the Dutch core is ``texts/core_nl.py``, lesson 6
``texts/own_data_nl.py``, the lesson tables ``texts/lessons_nl.py``).  They are found
by name and merged here; a key defined twice in one language stops the import.

1. Add ``texts/<part>_xx.py`` files translating the English keys.  Keep every
   ``{field}`` of the English template (format specs such as ``{share:.0%}`` too):
   ``tests/test_catalogue.py`` checks that each language has every English key with
   the same fields, and no key the English lacks.
2. Add the language's decimal and thousands separators to ``NUMBER_FORMAT``.
   Numbers are never typed into a template: ``text`` writes every ``{x:.1f}`` or
   ``{n:,.0f}`` field with the language's separators, ``format_number`` and the
   ``tables`` helpers do the same for numbers formatted in code.
3. That is all: a key not translated yet shows in English (the test suite, though,
   insists that a shipped language is complete).
"""

from __future__ import annotations

import contextlib
import math
import os
import string
import threading
from typing import Iterator, Sequence

from .lesson_text import MESSAGES_EN as _LESSON_TEXT_EN
from .texts import catalogue as _text_modules

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
        # the last two items of a list in a sentence ("'a', 'b' and 'c'"), see joined()
        "list_and": "{rest} and {last}",
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
        "read_separators": "I read {text} as {value}.",
        "read_separators_alternative": "I read {text} as {value}, not as {alternative}.",
        "read_comma_tuple": "Without quotes, Python splits {typed} into {count} numbers; I read it as one number, '{typed}'.",
        "read_not_whole": "{answer} is not a whole number; this question asks for a count or a position.",
        # --- predictable slips (hints for misconceptions) --------------------
        "slip_sign": "Right size, wrong sign: does the value go up or down?",
        "slip_factor_100": (
            "A factor of 100 off: a fraction and a percentage differ by 100. Check which of the "
            "two the question asks for."
        ),
        "slip_scale_score": (
            "Your answer looks like the model's 0–1 scale; the question asks for the 1–7 scale "
            "that the plots and the explorer show."
        ),
        "slip_scale_points": (
            "Your answer looks like a difference on the model's 0–1 scale; the question asks for "
            "points on the 1–7 scale (one point is a sixth of the 0–1 scale)."
        ),
        "slip_zero_based": (
            "One too few: did you count from 0, as Python does? Here the first one is number 1."
        ),
        "slip_minus_one": (
            "That looks like new ÷ old, the ratio. A change is that ratio minus 1: no change is 0."
        ),
        "slip_step": (
            "That looks like the change divided by the size of the step, a rate per unit. The "
            "question asks for what the whole step adds."
        ),
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
        "multi_unknown": "There is no option {given}: choose from {letters}, with commas between letters, e.g. {example}.",
        "multi_unknown_text": (
            "I could not match {given} to an option. Give the letters with commas between them, e.g. {example}, "
            "choosing from {letters}."
        ),
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
        # --- answers file (download my answers / load them into a fresh copy) --------
        "answers.download": "Download my answers",
        "answers.upload": "Load answers file",
        "answers.kept": (
            "Your answers live in this notebook and in this session. On Binder the session and every "
            "file in it are deleted after about 10 minutes without activity: download your answers "
            "before a break ({count} so far), and load the file into a fresh copy to carry on."
        ),
        "answers.none_yet": "No answers yet: the file will hold each answer you check.",
        "answers.loaded_title": "Answers loaded from {source}",
        "answers.loaded": "{count} answers are back in this session, with the progress below.",
        "answers.loaded_cells": (
            "They are not in the cells yet: a question cell that still shows `...` keeps the loaded "
            "answer when you run it. To see them in the notebook, type each line into its cell:"
        ),
        "answers.stand_in": "{question}: the loaded answer {answer} still counts (replace the `...` to change it).",
        "answers.not_json": "{source} is not an answers file of this kit (it is not JSON text). Choose the .json file you downloaded.",
        "answers.not_ours": "{source} is not an answers file of this kit. Choose the file that \"Download my answers\" saved.",
        "answers.other_set": (
            "{source} holds answers for exercise set {found}, but this notebook is {expected}. "
            "Open the notebook {found}, or choose the file for {expected}."
        ),
        "answers.newer_format": "{source} was written by a newer version of the kit (format {found}); update the kit to load it.",
        "answers.missing_file": "There is no file {source}. Give the path of the answers file, e.g. \"my-answers-01_customer_orientation.json\".",
        "answers.unknown_question": "{question} is not a question of this set any more: skipped.",
        "analyst_title": "For analysts (optional)",
        "analyst_summary": (
            "Optional: {done} of {total} done, {not_yet} not yet, {not_tried} not tried "
            "(points: {points} of {max_points}). The set counts as done without them."
        ),
        "col_analyst": "For analysts",
        "analyst_cell": "{done} of {total}",
        "kit_analyst_summary": "For analysts (optional): {done} of {total} done.",
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
            "In the model: at orientation <b>{score:.1f}</b> of 7, each account takes <b>{hours:.1f} hours</b> a year, "
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
            "In the model: at orientation <b>{score:.2f}</b> of 7, satisfaction is <b>{satisfaction:.1f}</b> of 7 and "
            "sales are <b>€{sales:.1f} million</b> a year: {covered:.0f} accounts served, each buying "
            "{share:.0%} of its needs from you. {where}"
        ),
        # below the peak the readout does not say where the peak is: the lesson asks that first
        "readout_before_peak": "Here each step up still sells more: keep going and watch the sales curve.",
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
            "In the model, in this situation sales peak at orientation <b>{sales_peak:.2f}</b> (baseline "
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
        # the amount on a headroom bar, in € million
        "label_bar_millions": "€{value:.1f} m",
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
            "The model's warning score: <b>Red</b> (above 60): {red}<br><b>Amber</b> (30–60): {amber}<br>Green: the other {green} "
            "<br><i>The bands are stylized: a prompt for a conversation, not a verdict.</i>"
        ),
        "readout_nobody": "nobody",
        "readout_no_weights": "Every weight is 0, so nothing is scored: give at least one sign a weight.",
        # ---- lesson figures (customer_king.plots, one function per picture)
        "label_sales_model": "sales (model)",
        "axis_in_the_model": "{axis} · in the model",
        "label_sales_peak_short": "sales peak",
        "label_your_score": "your score",
        "axis_sales_millions_a_year": "Sales (€ million a year)",
        "title_score_on_model": "Your score on the stylized model",
        "label_share_of_wallet": "share of wallet",
        "label_ceiling_short": "ceiling",
        "axis_share_per_account_percent": "Share of wallet per account (%)",
        "title_share_rises": "Each account buys more from you",
        "label_wallet_served": "wallet served",
        "label_all_accounts_in_territory": "all accounts in the territory",
        "axis_wallet_served_millions": "Wallet served (€ million per year)",
        "title_reach_falls": "But you reach less of the market",
        "title_satisfaction": "Satisfaction",
        "title_sales": "Sales",
        "axis_step": "Orientation step (1–7)",
        "axis_extra_satisfaction": "Extra satisfaction (points)",
        "title_extra_satisfaction": "Satisfaction: up, by less each step",
        "axis_extra_sales_millions": "Extra sales (€ million per year)",
        "title_extra_sales": "Sales: up by less, then down",
        "label_cost_at_seven": "€{cost:,} at 7",
        "legend_customization_cost": "customization cost",
        "axis_cost_to_serve_millions": "Cost to serve (€ million per year)",
        "title_cost_rises": "Cost to serve rises",
        "title_profit_peaks_earlier": "So profit peaks earlier",
        "label_profit": "profit",
        "axis_hours_per_year": "Hours per year",
        "title_hours_per_account_plan": "Hours per account",
        "axis_next_hour_euros": "Sales won by the next hour (€)",
        "title_next_hour": "What the next hour is worth",
        "axis_account_wallet": "Account (yearly wallet)",
        "label_ceiling_two_lines": "~{ceiling:.0%} ceiling\n(rule of thumb)",
        "axis_case_share_of_spend": "Koningsvast's share of the customer's category spend",
        "axis_number_of_accounts": "Number of accounts",
        "title_share_spread": "Shares of wallet spread widely, and almost all stop short of 80%",
        "label_share_of_hours": "share of all account-manager hours",
        "label_share_of_headroom": "share of all headroom (€)",
        "axis_case_current_share": "Koningsvast's current share of the customer's wallet",
        "axis_percentage_of_total": "Percentage of the total",
        "title_hours_against_headroom": "Hours against headroom, by current share of wallet",
        "axis_accounts_by_headroom": "Accounts, ranked from most to least headroom",
        "axis_share_of_all_headroom": "Share of all headroom (%)",
        "title_headroom_concentration": "How concentrated is the headroom?",
        "label_other_accounts": "other accounts",
        "label_over_tier_benchmark": "2.2× the tier benchmark or more",
        "label_tier_benchmark": "tier {tier}\nbenchmark",
        "axis_hours_per_year_log": "Hours per year (log scale)",
        "title_small_accounts_big_hours": "Small accounts with big-account hours",
        "axis_accounts_by_profit": "Accounts, ranked from most to least profitable",
        "axis_cumulative_profit": "Cumulative profit (% of total)",
        "label_cumulative_profit": "cumulative profit",
        "label_overserved_accounts": "over-served accounts",
        "label_top_fifth_profit": "top 20% of accounts:\n{share:.0%} of profit",
        "label_whale_peak": "peak: {share:.0%}",
        "title_whale_overserved": "The whale curve: most over-served accounts sit on its tail",
        # ---- lesson 06: your own accounts (customer_king.own_data)
        "own_data.error_intro_one": "I could not read {name}: 1 problem.",
        "own_data.error_intro_many": "I could not read {name}: {count} problems.",
        "own_data.error_more": "... and {count} more problem(s) of the same kinds.",
        "own_data.error_fix": "Fix these in your spreadsheet, save it again (CSV) and reload. Your file was not changed.",
        "own_data.where_row_col": "Row {row}, column {letter} '{header}'",
        "own_data.where_row": "Row {row}",
        "own_data.where_col": "Column {letter} '{header}'",
        "own_data.where_file": "The file",
        "own_data.not_found": "there is no file at {path}: check the name and the folder",
        "own_data.is_folder": "{path} is a folder, not a file",
        "own_data.unreadable_file": "the file could not be opened ({error})",
        "own_data.empty_file": "the file is empty (0 bytes)",
        "own_data.blank_file": "the file contains only blank lines",
        "own_data.too_big": (
            "the file is {size:.0f} MB; the kit reads account lists up to {limit:.0f} MB. "
            "Export only the accounts and columns you need"
        ),
        "own_data.too_many_rows": (
            "the file has {count:,} accounts (data rows); the kit reads up to {limit:,}. "
            "Export one team or region at a time"
        ),
        "own_data.too_many_lines": (
            "the file has {count:,} lines; the kit reads up to {limit:,} accounts. "
            "Export one team or region at a time"
        ),
        "own_data.xlsx": (
            "this is an Excel workbook (.xlsx), not a CSV file: in Excel choose "
            "File > Save As > 'CSV UTF-8' (or 'CSV (semicolon)') and load that file"
        ),
        "own_data.xls": (
            "this is an old Excel workbook (.xls), not a CSV file: in Excel choose "
            "File > Save As > 'CSV UTF-8' and load that file"
        ),
        "own_data.pdf": "this is a PDF document, not a CSV file: export the list from your CRM or spreadsheet as CSV",
        "own_data.zip": "this is a compressed (zip) file: unpack it and load the CSV file inside",
        "own_data.binary": (
            "this does not look like a text (CSV) file: it contains binary data "
            "(for example byte {offset}). Export the list as CSV"
        ),
        "own_data.bad_utf8_bom": "the file says it is UTF-8 but byte {offset} is not valid UTF-8; save it again as 'CSV UTF-8'",
        "own_data.one_column": (
            "I found only one column; expected columns separated by commas, semicolons or tabs "
            "(the header I read was '{header}')"
        ),
        "own_data.header_only": "the file has a header but no accounts below it",
        "own_data.missing_required": (
            "no column for {meaning} (required). Name a column one of: {english} "
            "(English) or {dutch} (Dutch)"
        ),
        "own_data.duplicate_column": (
            "columns {first} and {second} both look like {meaning}; keep one, or rename the other"
        ),
        "own_data.too_many_values": (
            "this row has {count} values but the header has {expected} columns; "
            "is there a separator inside a value (e.g. a decimal comma in a comma-separated file)? "
            "Put such values in quotes"
        ),
        "own_data.empty_required": "is empty; expected {what}",
        "own_data.not_a_number": "expected {what}, found '{raw}'",
        "own_data.percent_in_money": "expected an amount, found a percentage '{raw}'",
        "own_data.mixed_decimals": (
            "mixes decimal styles: decimal comma in row(s) {comma_rows} (e.g. '{comma_example}') and "
            "decimal point in row(s) {point_rows} (e.g. '{point_example}'); use one style in a column"
        ),
        "own_data.negative": "is {value:,.2f}; {meaning} cannot be negative",
        "own_data.zero_spend": "is 0; the customer's category spend must be more than 0 (it includes our sales)",
        "own_data.sales_above_spend": (
            "our sales ({sales:,.0f}) are above the customer's category spend ({spend:,.0f}) in column "
            "{spend_letter}; the category spend is the customer's whole wallet, including what it buys from us"
        ),
        "own_data.share_above_one": "is {percent:.0f} %; a share cannot be above 100 %",
        "own_data.satisfaction_outside": (
            "is {value:g}, outside the {low:g}-{high:g} scale; if you use another scale, put it in "
            "the header, e.g. 'satisfaction (0-100)'"
        ),
        "own_data.margin_above_sales": (
            "gross margin ({margin:,.0f}) is above our sales ({sales:,.0f}) in column {sales_letter}; "
            "the margin is sales minus the cost of goods"
        ),
        "own_data.what_money": "an amount in euros such as 12500 or 12,500.00",
        "own_data.what_number": "a number such as 12,5",
        "own_data.what_count": "a whole number such as 3",
        "own_data.what_share": "a share such as 35% or 0,35",
        "own_data.what_score": "a score such as 5,5",
        "own_data.what_text": "a name",
        # notes
        "own_data.note_encoding_bom": "Read as UTF-8 (with a byte-order mark, as Excel writes it).",
        "own_data.note_encoding_utf16": "Read as UTF-16 text (Excel's 'Unicode text' format).",
        "own_data.note_encoding_cp1252": "Read as Windows-1252 text (an Excel export that is not UTF-8).",
        "own_data.note_encoding_latin1": "Read as Latin-1 text (not UTF-8).",
        "own_data.note_encoding_mixed": (
            "Read as UTF-8, but {count} byte(s) were not UTF-8 (the first on line {line} of the file): they were "
            "read as Windows-1252 characters ({chars}). The file mixes two encodings, often from text pasted in "
            "from another program; check those cells."
        ),
        "own_data.note_delimiter": "Columns separated by {delimiter}; decimal {decimal}.",
        "own_data.note_sep_line": "Skipped Excel's 'sep=' line at the top.",
        "own_data.note_title_rows": "Skipped {count} line(s) above the header (row {header_row} is the header).",
        "own_data.note_total_row": "Left out row {row} ('{label}'): it looks like a total, not an account.",
        "own_data.note_total_rows": "Left out {count} rows that look like totals or subtotals, not accounts: {rows}.",
        "own_data.total_row_item": "row {row} ('{label}')",
        "own_data.note_ignored_columns": "Ignored column(s) the kit does not use: {columns}.",
        "own_data.note_id_as_account": "No account-name column, so the account number ({header}) names the accounts.",
        "own_data.note_missing_optional": "No column for {meaning}: {analysis} is off. Add a column '{english}' (or '{dutch}') to switch it on.",
        "own_data.note_empty_cells": "Column {letter} '{header}': {count} empty cell(s); those accounts are left out where {meaning} is needed.",
        "own_data.note_percent_header": "Column {letter} '{header}' holds percentages (the header says so); read as fractions (35 % = 0.35).",
        "own_data.note_percent_cells": "Column {letter} '{header}' uses % signs; read as fractions (35 % = 0.35).",
        "own_data.note_percent_guess": (
            "Column {letter} '{header}' has values above 1 (median {median:g}), so it was read as percentages "
            "(35 = 35 % = 0.35). If that is wrong, write the shares as fractions."
        ),
        "own_data.note_thousands": "Column {letter} '{header}' is in thousands (the header says so); multiplied by 1,000.",
        "own_data.note_scale_header": "Satisfaction is on a {low:g}-{high:g} scale (from the header).",
        "own_data.note_scale_default": "Satisfaction read on the kit's 1-7 scale; if yours differs, write it in the header, e.g. 'satisfaction (1-5)'.",
        "own_data.note_scale_ten": "Satisfaction has values above 7, so it was read on a 0-10 scale; write the scale in the header to be sure.",
        "own_data.note_ambiguous": (
            "Column {letter} '{header}': values such as '{example}' could be read two ways; "
            "read as {value:g} because this file uses a decimal {decimal}."
        ),
        "own_data.note_duplicate_accounts": (
            "{count} account name(s) appear more than once (e.g. '{example}' in rows {rows}); "
            "they are kept as separate rows."
        ),
        "own_data.note_duplicate_ids": (
            "{count} customer number(s) appear more than once (e.g. '{example}' in rows {rows}). If a number "
            "is the same account twice, its spend and sales count twice: remove the copy."
        ),
        "own_data.note_derived_tier": "No tier column: tiers were derived from category spend (A = top 12 %, B = next 38 %, C = the rest), as in the case company.",
        "own_data.note_blank_rows": "Skipped {count} blank row(s).",
        # meanings of the columns (used in notes and errors)
        "own_data.meaning_account": "the account (customer name)",
        "own_data.meaning_account_id": "the account number",
        "own_data.meaning_salesperson": "the salesperson",
        "own_data.meaning_tier": "the account tier or segment",
        "own_data.meaning_category_spend_eur": "the customer's category spend",
        "own_data.meaning_our_sales_eur": "our sales",
        "own_data.meaning_hours_per_year": "hours spent",
        "own_data.meaning_non_sales_share": "the non-sales share of contact time",
        "own_data.meaning_internal_requests": "internal requests",
        "own_data.meaning_satisfaction": "satisfaction",
        "own_data.meaning_gross_margin_eur": "gross margin",
        "own_data.meaning_cost_to_serve_eur": "cost to serve",
        "own_data.analysis_hours": "the warning signs about hours and the suggested shift of hours",
        "own_data.analysis_non_sales": "the non-sales-talk warning sign",
        "own_data.analysis_requests": "the internal-requests warning sign",
        "own_data.analysis_satisfaction": "the satisfaction-versus-share picture",
        "own_data.analysis_margin": "weighing headroom by margin (and, with cost to serve, the whale curve)",
        "own_data.analysis_cost": "the whale curve (with gross margin)",
        "own_data.analysis_salesperson": "the warning score per salesperson (your list counts as one person)",
        "own_data.analysis_tier": "tiers from your own segments (they are derived from spend instead)",
        # analyses
        "own_data.unavailable": "{what} is off: {why}",
        "own_data.why_columns": "add column(s) {columns} to switch it on.",
        "own_data.why_no_rows": "no account has all of {columns} filled in.",
        "own_data.why_no_profit": "the accounts' total profit (gross margin minus cost to serve) is not positive, so the curve has no 100 %.",
        "own_data.why_no_hours": "the hours add up to 0.",
        "own_data.what_whale": "The whale curve",
        "own_data.what_warning": "The warning score",
        "own_data.what_hours": "The suggested shift of hours",
        "own_data.whole_list": "(whole list)",
        "own_data.col_account": "account",
        "own_data.col_share": "share of wallet",
        "own_data.col_headroom": "headroom €",
        "own_data.col_margin_rate": "margin rate",
        "own_data.col_within_reach": "margin within reach €",
        "own_data.col_hours": "hours now",
        "own_data.col_suggested": "model suggests",
        "own_data.col_change": "change",
        "own_data.col_group": "who",
        "own_data.col_score": "score",
        "own_data.col_band": "band",
        "own_data.col_drivers": "driven by",
        "own_data.col_accounts": "accounts",
        "own_data.title_priorities": "Where more orientation still pays: top {top} of {n} accounts",
        "own_data.title_priorities_no_margin": "Where more orientation still pays (by headroom): top {top} of {n} accounts",
        "own_data.title_warning": "Over-service warning score per {by} (0-100, stylized)",
        "own_data.title_hours": "Suggested shift of hours (stylized model): the {top} biggest moves",
        "own_data.by_salesperson": "salesperson",
        "own_data.by_account": "account",
        "own_data.note_priorities": (
            "Margin within reach = headroom to the {ceiling:.0%} ceiling x the account's margin rate: "
            "the extra contribution the account could still give if you won it up to the ceiling."
        ),
        "own_data.note_priorities_no_margin": "Without a gross-margin column every euro of headroom counts the same.",
        "own_data.note_priorities_median_rate": "{count} account(s) without sales or margin use the list's median margin rate ({rate:.0%}).",
        "own_data.note_signs_used": "Signs scored from your columns: {signs}.",
        "own_data.note_signs_off": "Not scored: {signs}.",
        "own_data.note_single_salesperson": "Only one salesperson, so internal requests cannot be compared with a team median.",
        "own_data.note_hours": (
            "Same {budget:,.0f} hours in total, shared by the equal-marginal-return rule: every account that gets time "
            "ends with the same value of one more hour (€{lam:,.0f}). The response curve is the kit's assumption "
            "(saturation after about {sat:.0f} h), not an estimate from your data."
        ),
        "own_data.note_hours_left_out": "{count} account(s) without hours are left out.",
        "own_data.sign_hours_vs_tier": "hours vs tier",
        "own_data.sign_time_on_small_accounts": "time on small accounts",
        "own_data.sign_non_sales_share": "non-sales talk",
        "own_data.sign_internal_requests": "internal requests",
        "own_data.sign_effort_near_ceiling": "effort near the ceiling",
        "own_data.sign_concessions_without_premium": "concessions without a premium",
        "own_data.sign_satisfaction_minus_sales_trend": "satisfaction up, sales flat",
        "own_data.band_green": "green",
        "own_data.band_amber": "amber",
        "own_data.band_red": "red",
        "own_data.band_unknown": "no data",
        "own_data.none": "none",
        "own_data.axis_spend": "Customer's category spend (€ thousand a year, log scale)",
        "own_data.axis_share": "Our share of wallet",
        "own_data.axis_within_reach": "Margin within reach (€ thousand a year)",
        "own_data.axis_headroom": "Headroom (€ thousand a year)",
        "own_data.axis_score": "Warning score (0-100, stylized)",
        "own_data.axis_accounts_pct": "Accounts, most profitable first (%)",
        "own_data.axis_profit_pct": "Cumulative profit (% of total)",
        "own_data.axis_hours": "Hours a year",
        "own_data.title_sow": "Each dot is one of your accounts",
        "own_data.title_whale": "Whale curve: top 20 % of accounts earn {top:.0%} of profit",
        "own_data.label_ceiling": "ceiling {ceiling:.0%}",
        "own_data.label_now": "now",
        "own_data.label_suggested": "model suggests",
        "own_data.label_amber": "amber from 30",
        "own_data.label_red": "red above 60",
        "own_data.summary": "{name}: {n} accounts; columns found: {columns}.",
        # one column of that list: the header as the file writes it, then what the kit reads it as
        "own_data.summary_column": "{header} as '{meaning}'",
        "own_data.upload_description": "Your CSV file",
        "own_data.upload_hint": "Choose a CSV file (comma, semicolon or tab separated). It stays on this machine or in your Binder session.",
        "own_data.upload_loaded": "Loaded <b>{name}</b>: {n} accounts. The analysis is below; to use it in the cells further down run <code>accounts = uploader.accounts</code>.",
        "own_data.forget_done": (
            "Forgotten: {names}. The outputs of this cell are cleared. To clear the pictures and tables of "
            "the other cells too, use the menu Edit > Clear Outputs of All Cells (or Kernel > Restart Kernel "
            "and Clear Outputs of All Cells), then save the notebook before you share it."
        ),
        "own_data.forget_nothing": "nothing of yours was loaded",
    },
}

# Decimal separator and thousands separator per language.
# The lessons' tables and units are kept in their own file; one catalogue all the same.
MESSAGES["en"].update(_LESSON_TEXT_EN)


def _merge_text_modules() -> None:
    """Add the per-part, per-language files of ``texts/``; a key defined twice stops the import."""
    for lang, table in _text_modules().items():
        known = MESSAGES.setdefault(lang, {})
        twice = known.keys() & table.keys()
        if twice:
            raise ValueError(f"catalogue keys defined twice for {lang!r}: {', '.join(sorted(twice))}")
        known.update(table)


_merge_text_modules()

NUMBER_FORMAT: dict[str, tuple[str, str]] = {
    "en": (".", ","),
    "nl": (",", "."),
}

_chosen_language: str | None = None
# ``language()`` blocks are per thread: the batch grader grades notebooks of different
# languages side by side (``--jobs``), each thread in its notebook's language.
_block = threading.local()


def _normalise(code: object) -> str | None:
    """'nl_NL.UTF-8', 'NL', 'nl-BE' -> 'nl'; anything unusable -> None."""
    if not isinstance(code, str):
        return None
    base = code.strip().lower().replace("-", "_").split(".")[0].split("_")[0]
    return base if base in MESSAGES else None


def get_language() -> str:
    """The language in effect: the innermost ``language()`` block of this thread, else
    set_language's choice, else the environment, else English."""
    inner = getattr(_block, "stack", None)
    if inner:
        return inner[-1]
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
    """Use a language inside a ``with`` block only, in this thread only (the grader,
    tests); ``None`` keeps the language in effect."""
    chosen = get_language() if code is None else (_normalise(code) or DEFAULT_LANGUAGE)
    stack = _block.__dict__.setdefault("stack", [])
    stack.append(chosen)
    try:
        yield chosen
    finally:
        stack.pop()


def separators(code: str | None = None) -> tuple[str, str]:
    """(decimal, thousands) of ``code``, or of the language in effect: ('.', ',') / (',', '.')."""
    return NUMBER_FORMAT.get(code or get_language(), NUMBER_FORMAT[DEFAULT_LANGUAGE])


def in_local_style(plain: str, decimal_thousands: tuple[str, str] | None = None) -> str:
    """A number Python wrote ('1,234.5') in the given or current language's style ('1.234,5').

    The separators trade places through a stand-in, so that ',' and '.' can swap.
    """
    decimal, thousands = decimal_thousands or separators()
    return plain.replace(",", "\0").replace(".", decimal).replace("\0", thousands)


class _LocalFormatter(string.Formatter):
    """``str.format`` that writes numeric fields with the current language's separators:
    ``{share:.1f}`` gives 3.6 in English and 3,6 in Dutch, ``{n:,.0f}`` 1,200 / 1.200."""

    def __init__(self, decimal: str, thousands: str) -> None:
        self._decimal, self._thousands = decimal, thousands

    def format_field(self, value: object, format_spec: str) -> str:
        shown = super().format_field(value, format_spec)
        if (self._decimal, self._thousands) == (".", ",") or isinstance(value, bool) \
                or not isinstance(value, (int, float)):
            return shown
        return in_local_style(shown, (self._decimal, self._thousands))


def text(key: str, /, **fields: object) -> str:
    """The sentence ``key`` in the current language, with ``fields`` filled in.

    Never raises: falls back to English, and as a last resort to the bare key.
    """
    lang = get_language()
    english = MESSAGES[DEFAULT_LANGUAGE].get(key)
    formatter = _LocalFormatter(*separators(lang))
    for template in (MESSAGES.get(lang, {}).get(key), english):
        if template is None:
            continue
        try:
            return formatter.format(template, **fields)
        except (KeyError, IndexError, ValueError, AttributeError, TypeError):
            continue
    if english is not None:
        return english
    return key


def joined(items: Sequence[str]) -> str:
    """Items in a sentence in the current language: 'a', 'a and b', 'a, b and c' (en),
    'a, b en c' (nl)."""
    items = [str(item) for item in items]
    if len(items) < 2:
        return "".join(items)
    return text("list_and", rest=", ".join(items[:-1]), last=items[-1])


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
    decimal, thousands = separators()
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
    return in_local_style(plain, (decimal, thousands))
