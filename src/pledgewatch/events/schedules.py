"""A present-tense verb with a time still to come is a schedule: the act is future, not done.

News English tells what is planned in the simple present with a time ahead: "Kim Kye Gwan
arrives in New York this week", "The envoy visits Beijing next month", "Talks resume on Monday"
(in a story, the next such day). Such an act has not happened when the story is written; read
as asserted it would be counted among the deeds. Here a trigger in the simple present (tag VBZ
or VBP, no auxiliary of its own) with a time phrase of its own -- a bare noun-phrase adverbial
("this week", "next month", "tomorrow") or an "on"/"in"/"within" phrase ("on Monday", "in the
coming days") -- holding one of the modality cues' ``schedule_time_words`` (tomorrow, next,
coming, a weekday; "this" only before a ``schedule_time_units`` noun: week, month) is future.
A bare weekday is a schedule only with ``schedule_weekday_markers`` in its phrase ("next
Sunday") or a verb of travel or meeting (``schedule_weekday_verbs``: "visits Beijing on Monday");
"fires a missile on Sunday" in a story is as likely the Sunday just gone. A headline's present
tells what happened, with a time or not ("North Korea fires a missile on Sunday", "Xi Jinping
meets North Korean envoy": :func:`pledgewatch.events.headlines.in_headline`), and a past tense
("arrived on Monday") is left as it is.
"""

from __future__ import annotations

from typing import Any, NamedTuple

from pledgewatch.events.headlines import in_headline

__all__ = ["ScheduleWords", "scheduled"]

_PRESENT_TAGS = frozenset({"VBZ", "VBP"})
#: Words that name a time only with a unit after them ("this week", not "this plan").
_UNIT_BOUND = frozenset({"this"})


class ScheduleWords(NamedTuple):
    """The modality cues' word lists of a schedule (data/lexicon/modality.yaml)."""

    time_words: frozenset[str]
    units: frozenset[str]
    prepositions: frozenset[str]
    weekdays: frozenset[str]
    weekday_markers: frozenset[str]
    weekday_verbs: frozenset[str]


def scheduled(trigger: Any, words: ScheduleWords) -> str | None:
    """The time phrase that makes the present-tense ``trigger`` a schedule, or None."""
    if trigger.tag_ not in _PRESENT_TAGS or not words.time_words:
        return None
    if any(c.dep_ in ("aux", "auxpass") for c in trigger.children) or in_headline(trigger):
        return None
    for child in trigger.children:
        if child.dep_ == "npadvmod" or (
            child.dep_ == "prep" and child.lower_ in words.prepositions
        ):
            phrase = list(child.subtree)
            for token in phrase:
                word = token.lower_
                if word not in words.time_words:
                    continue
                if word in _UNIT_BOUND and token.head.lemma_.lower() not in words.units:
                    continue
                if word in words.weekdays and not _weekday_scheduled(trigger, phrase, words):
                    continue
                return " ".join(t.text for t in phrase)
    return None


def _weekday_scheduled(trigger: Any, phrase: list[Any], words: ScheduleWords) -> bool:
    """ "visits Beijing on Monday", "fires a missile next Sunday": a weekday that makes a
    schedule (a verb of travel or meeting, or "next"/"coming" in its phrase)."""
    return trigger.lemma_.lower() in words.weekday_verbs or any(
        t.lower_ in words.weekday_markers for t in phrase
    )
