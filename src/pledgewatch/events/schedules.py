"""A present-tense verb with a time still to come is a schedule: the act is future, not done.

News English tells what is planned in the simple present with a time ahead: "Kim Kye Gwan
arrives in New York this week", "The envoy visits Beijing next month", "Talks resume on Monday"
(in a story, the next such day). Such an act has not happened when the story is written; read
as asserted it would be counted among the deeds. Here a trigger in the simple present (tag VBZ
or VBP, no auxiliary of its own) with a time phrase of its own -- a bare noun-phrase adverbial
("this week", "next month", "tomorrow") or an "on"/"in"/"within" phrase ("on Monday", "in the
coming days") -- holding one of the modality cues' ``schedule_time_words`` (tomorrow, next,
coming, a weekday; "this" only before a ``schedule_time_units`` noun: week, month) is future.
A headline's present with no time ("Xi Jinping meets North Korean envoy") and a past tense
("arrived on Monday") are left as they are.
"""

from __future__ import annotations

from typing import Any

__all__ = ["scheduled"]

_PRESENT_TAGS = frozenset({"VBZ", "VBP"})
_TIME_PREPOSITIONS = frozenset({"on", "in", "within", "later"})
#: Words that name a time only with a unit after them ("this week", not "this plan").
_UNIT_BOUND = frozenset({"this"})


def scheduled(trigger: Any, time_words: frozenset[str], units: frozenset[str]) -> str | None:
    """The time word that makes the present-tense ``trigger`` a schedule, or None."""
    if trigger.tag_ not in _PRESENT_TAGS or not time_words:
        return None
    if any(c.dep_ in ("aux", "auxpass") for c in trigger.children):
        return None
    for child in trigger.children:
        if child.dep_ == "npadvmod" or (
            child.dep_ == "prep" and child.lower_ in _TIME_PREPOSITIONS
        ):
            for token in child.subtree:
                word = token.lower_
                if word not in time_words:
                    continue
                if word in _UNIT_BOUND and token.head.lemma_.lower() not in units:
                    continue
                return " ".join(t.text for t in child.subtree)
    return None
