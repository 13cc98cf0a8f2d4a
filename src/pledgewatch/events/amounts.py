"""Sums and measures in object position: "500 million euros in military aid", "240,000 metric
tons of nutritional assistance".

The parser makes the measure the verb's object and hangs what is measured below it ("tons"
←dobj "provide", "assistance" ←pobj "of" ← "tons"). The verb's pattern is matched on the
measured words (:func:`pledgewatch.events.dependency_roles.np_words` reads the "of" object), so
the measured event noun is the verb's object in all but the parse: it belongs to that verb, not
to an event of its own with no source.
"""

from __future__ import annotations

from typing import Any

from pledgewatch.events.dependency_roles import OBJECT_DEPS


def is_amount(noun: Any) -> bool:
    """Is the noun a sum or a measure with its number ("500 million euros", "$200 million",
    "240,000 tons")?"""
    return noun.tag_ in ("CD", "$") or any(
        c.dep_ in ("nummod", "quantmod") or c.tag_ in ("CD", "$") for c in noun.children
    )


def governor_through_amount(prep: Any) -> Any:
    """The word a prepositional phrase belongs to, looking through a measured object: for the
    "of" of "provided 240,000 tons of aid" the verb "provided", else the preposition's head."""
    head = prep.head
    if prep.lower_ == "of" and head.dep_ in OBJECT_DEPS and is_amount(head):
        return head.head
    return head


def measured_nouns(noun: Any) -> list[Any]:
    """What a measure measures: for "240,000 tons of food aid" the noun "aid"; nothing for a
    noun that is no measure. A light verb's prepositional object ("would go ahead with 240,000
    tons of food aid") carries its event in what it measures."""
    if not is_amount(noun):
        return []
    return [
        p
        for prep in noun.children
        if prep.dep_ == "prep" and prep.lower_ == "of"
        for p in prep.children
        if p.dep_ == "pobj"
    ]
