"""Date expressions that belong to another act than the event being dated.

The coder dates an event by the date expression nearest its trigger. Two kinds of phrase carry
the date of something else: a "since" phrase or clause, which names the earlier act a count runs
from ("held their first talks since 2008 on Wednesday" are talks of Wednesday, not of 2008; "the
first meeting since the death of Kim Jong Il in December" is no December meeting; but a "since"
on the event itself, uncounted, dates its start: "detained since last year"), and a
relative clause on a noun other than the event's trigger and its object ("arrived in Seoul for a
summit that begins on Monday": the summit begins on Monday, the arrival is the report's). The
clause on the trigger's own object is the same act told on ("fired a missile that landed in the
sea on Tuesday": fired on Tuesday), and a phrase holding the trigger is the event's own.
:func:`foreign_date_spans` gives the character ranges whose date expressions the date resolver
(``pledgewatch.nlp.dates.date_for_span``) must not use for this event.
"""

from __future__ import annotations

from typing import Any

from pledgewatch.nlp.dates import is_month_or_weekday

__all__ = ["foreign_date_spans"]

#: Words opening a phrase or clause that names the act a span of time runs from.
SINCE_WORDS = frozenset({"since"})
#: Words that make an event one of a count running from a "since" act ("the first talks since").
COUNTING_WORDS = frozenset({"first", "only", "second", "third", "last", "latest"})
#: Dependency labels of a clause modifying a noun ("a summit that begins on Monday").
NOUN_CLAUSES = frozenset({"relcl", "acl"})
_OBJECTS = frozenset({"dobj", "obj", "nsubjpass", "attr"})


def foreign_date_spans(trigger: Any) -> list[tuple[int, int]]:
    """Character ranges (start, end) in the document text of the phrases in ``trigger``'s
    sentence whose dates are another act's: "since" phrases and clauses, and clauses on a noun
    other than the trigger or its object, each only when the trigger is outside it."""
    sentence = trigger.sent
    own_objects = {c.i for c in trigger.children if c.dep_ in _OBJECTS}
    spans: list[tuple[int, int]] = []
    for token in sentence:
        if token.lower_ in SINCE_WORDS and token.dep_ in ("prep", "mark", "advmod"):
            scope = token if token.dep_ != "mark" else token.head
            if scope.head.i == trigger.i and not _counted(trigger):
                continue  # "detained since last year": the state began then, with the act
        elif (
            token.dep_ in NOUN_CLAUSES
            and token.pos_ in ("VERB", "AUX")
            and token.head.i != trigger.i
            and token.head.i not in own_objects
        ):
            scope = token
        else:
            continue
        words = list(scope.subtree)
        if any(w.i == trigger.i for w in words):
            continue
        if token.lower_ in SINCE_WORDS and not any(_is_time_word(w) for w in words):
            # "since the death of Kim Jong Il in December": the parser hangs the act's date on
            # the main verb; a since-phrase naming an act takes the date phrase right after it
            words.extend(_date_phrase_after(words[-1], trigger))
        first, last = words[0], words[-1]
        spans.append((min(first.idx, token.idx), last.idx + len(last.text)))
    return spans


def _counted(trigger: Any) -> bool:
    """Is the trigger (or its object) counted from the "since" act ("the first visit since
    2002", "held their first talks since 2008"): then that act is an earlier one, not this
    event's start?"""
    nouns = [trigger, *(c for c in trigger.children if c.dep_ in _OBJECTS)]
    return any(
        c.dep_ in ("amod", "advmod") and c.lower_ in COUNTING_WORDS
        for noun in nouns
        for c in noun.children
    )


def _is_time_word(word: Any) -> bool:
    """A number, a month or a weekday: a "since" phrase holding one names a time ("since
    2008", "since Monday"), not an act."""
    return (word.like_num and word.lower_ not in COUNTING_WORDS) or is_month_or_weekday(word.text)


def _date_phrase_after(last: Any, trigger: Any) -> list[Any]:
    """The "in" phrase that starts right after ``last`` and holds a time word ("in December",
    "in 2010"), unless it holds the trigger; else nothing."""
    doc = last.doc
    following = last.i + 1
    if following >= len(doc) or doc[following].dep_ != "prep" or doc[following].lower_ != "in":
        return []  # "since the shelling on Wednesday": a day is more often the main act's
    phrase = list(doc[following].subtree)
    if any(w.i == trigger.i for w in phrase) or not any(_is_time_word(w) for w in phrase):
        return []
    return phrase
