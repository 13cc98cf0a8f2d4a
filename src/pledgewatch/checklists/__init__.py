"""Precondition checklists: a YAML list of required pledges and actions, evaluated at a date.

::

    from pledgewatch.checklists import evaluate_checklist, load_checklist
    result = evaluate_checklist(store, load_checklist("allied-preconditions-2011"), "2012-04-14")
    result.to_dict()   # {"as_of", "checklist", "items": [{"id", "label", "status", ...}]}

``schema`` holds the file format and loading, ``evaluate`` the evaluation against the ledger.
"""

from pledgewatch.checklists.evaluate import (
    CONTRADICTED,
    ITEM_STATUSES,
    MET,
    NOT_MET,
    PLEDGED,
    ChecklistResult,
    ItemResult,
    evaluate_checklist,
    evaluations_frame,
    requirement_gaps,
)
from pledgewatch.checklists.schema import (
    Checklist,
    ChecklistItem,
    PledgeRequirement,
    load_checklist,
    shipped_checklists,
)

__all__ = [
    "CONTRADICTED",
    "Checklist",
    "ChecklistItem",
    "ChecklistResult",
    "ITEM_STATUSES",
    "ItemResult",
    "MET",
    "NOT_MET",
    "PLEDGED",
    "PledgeRequirement",
    "evaluate_checklist",
    "evaluations_frame",
    "load_checklist",
    "requirement_gaps",
    "shipped_checklists",
]
