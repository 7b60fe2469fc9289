"""The results tables of the lessons, one function each, so a lesson shows a table
with one short call and never a ``print`` of programme output.

Lessons 1-3 read the teaching model (:mod:`.model_tables`); lessons 4-5 read the
fictional case company (:mod:`.case_tables`). Each function computes from the
model or the case data, formats with :mod:`customer_king.tables` and takes its
headings from the message catalogue. ``folded=True`` returns the table folded
behind a "check your prediction" line: the reveal of a predict moment.
"""
from .model_tables import (cost_to_serve_by_orientation, moderator_peaks,
                           next_hour_two_accounts, peak_and_top, product_of_two_parts,
                           profit_peak_by_customization_cost, returns_per_step,
                           smallest_dropped_first, split_of_hours, five_account_plans, FIVE_WALLETS, step_changes,
                           time_per_account, two_salespeople, variants_and_peaks)
from .case_tables import (case_overview, ceiling_sensitivity, hours_and_headroom_by_share,
                          near_ceiling_counts, headroom_overview, top_headroom_accounts,
                          wallet_allocation, wallet_allocation_on_median, warning_signs,
                          tier_benchmarks, overserved_by_salesperson, whale_summary,
                          worked_example, team_signs, team_bands, talk_only, without_ceiling_sign,
                          orientation_profiles, hours_to_free, least_time_on_a_accounts, flagged)

__all__ = [name for name in dir() if not name.startswith("_")]
