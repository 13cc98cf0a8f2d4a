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

from collections.abc import Callable
from typing import Any

from pledgewatch.nlp.dates import is_month_or_weekday

__all__ = ["date_of_telling", "foreign_date_spans", "forward_spans"]

#: Words opening a phrase or clause that names the act a span of time runs from.
SINCE_WORDS = frozenset({"since"})
#: Words that make an event one of a count running from a "since" act ("the first talks since").
COUNTING_WORDS = frozenset({"first", "only", "second", "third", "last", "latest"})
#: Dependency labels of a clause modifying a noun ("a summit that begins on Monday").
NOUN_CLAUSES = frozenset({"relcl", "acl"})
_OBJECTS = frozenset({"dobj", "obj", "nsubjpass", "attr"})
#: Verbs of scheduling, whose clause on an object dates the act planned, not the trigger.
SCHEDULING_VERBS = frozenset({"plan", "schedule", "set", "slate", "expect", "due"})
#: Verbs of phase, whose infinitive is the act itself, dated with it ("began to withdraw on
#: Monday").
PHASE_VERBS = frozenset({"begin", "start", "continue", "resume", "cease", "stop", "keep"})


def foreign_date_spans(trigger: Any) -> list[tuple[int, int]]:
    """Character ranges (start, end) in the document text of the phrases in ``trigger``'s
    sentence whose dates are another act's: "since" phrases and clauses, the clause a verb
    trigger tells or intends, clauses on a noun other than the trigger or its object, and a
    schedule on its object ("talks planned for Wednesday"), each only when the trigger is outside
    it."""
    sentence = trigger.sent
    own_objects = {c.i for c in trigger.children if c.dep_ in _OBJECTS}
    spans: list[tuple[int, int]] = []
    for token in sentence:
        if token.lower_ in SINCE_WORDS and token.dep_ in ("prep", "mark", "advmod"):
            scope = token if token.dep_ != "mark" else token.head
            if scope.head.i == trigger.i and not _counted(trigger):
                continue  # "detained since last year": the state began then, with the act
        elif _own_content_clause(token, trigger) or (
            token.dep_ in NOUN_CLAUSES
            and token.pos_ in ("VERB", "AUX")
            and token.head.i != trigger.i
            and (token.head.i not in own_objects or _scheduled(token))
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


#: Words that turn a time expression toward what is still to come ("later this week", "next
#: month", "the coming weeks"): such a time dates an intended act, never one that happened.
FORWARD_WORDS = frozenset({"later", "next", "coming", "upcoming", "forthcoming"})


def forward_spans(trigger: Any) -> list[tuple[int, int]]:
    """Character ranges of the time phrases in ``trigger``'s sentence that look forward ("later
    this week", "next month", "in the coming days"): the caller passes them as foreign for an
    act that happened ("has invited him for talks later this week": the invitation is of the
    story's day, the talks of later in the week)."""
    spans: list[tuple[int, int]] = []
    for token in trigger.sent:
        if token.lower_ not in FORWARD_WORDS or token.i == trigger.i:
            continue
        following = [t for t in token.doc[token.i + 1 : token.i + 3] if t.sent == token.sent]
        if not any(t.lower_ in _TIME_UNITS or is_month_or_weekday(t.text) for t in following):
            continue  # "the next step", "later, he said": no time
        last = following[-1]
        spans.append((token.idx, last.idx + len(last.text)))
    return spans


#: Nouns of a span of time a forward word can turn ahead ("next week", "later this month").
_TIME_UNITS = frozenset(
    {"day", "days", "week", "weeks", "weekend", "month", "months", "year", "years", "this"}
)


def date_of_telling(text: str, trigger: Any, date: Any, date_at: Callable[[Any], Any]) -> Any:
    """The date of an act told in a clause ("said on Tuesday that it would attend the talks"):
    ``date`` (as read from the sentence) when its expression lies in the act's own clause or no
    verb tells the act; else the telling verb's date (``date_at`` that verb): a date phrase
    hanging on "said" dates the saying, and a pledge with no date of its own was made then,
    not on the next Tuesday a future act would look to."""
    telling = _telling_verb(trigger)
    if telling is None or not date.text:
        return date
    clause = list(_clause_of(trigger, telling).subtree)
    told = text[clause[0].idx : clause[-1].idx + len(clause[-1].text)]
    return date if date.text in told else date_at(telling)


def _telling_verb(trigger: Any) -> Any:
    """The verb whose told clause (a that-clause, not an infinitive) holds ``trigger``."""
    token = trigger
    while token.head.i != token.i:
        if token.dep_ == "ccomp" and _own_content_clause(token, token.head):
            return token.head  # not "is expected to meet next week": an infinitive looks ahead
        if token.dep_ not in ("conj", "aux", "xcomp", "dobj", "prep", "pobj", "amod", "compound"):
            return None
        token = token.head
    return None


def _clause_of(trigger: Any, telling: Any) -> Any:
    """The head of the clause under ``telling`` that holds ``trigger``."""
    token = trigger
    while token.head.i != telling.i:
        token = token.head
    return token


def _own_content_clause(token: Any, trigger: Any) -> bool:
    """Is ``token`` the head of the clause a verb trigger tells or intends ("announced that it
    would launch a satellite in mid-April", "vowed to carry out a test next month")? Its dates
    are the told act's: the announcement and the vow are the report's. An infinitive after a
    verb of phase ("began to shell the island on Tuesday") is the act itself and keeps its date,
    as one after a passive of looking ahead ("is expected to meet next week")."""
    if token.head.i != trigger.i or trigger.pos_ not in ("VERB", "AUX"):
        return False
    if token.pos_ not in ("VERB", "AUX"):
        return False  # "declared the armistice void on March 11": a small clause is the act
    if token.dep_ == "ccomp":
        return True
    return (
        token.dep_ == "xcomp"
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)
        and trigger.lemma_.lower() not in PHASE_VERBS
        # "is expected / scheduled to meet next week": a passive of looking ahead tells when
        and not any(c.dep_ == "auxpass" for c in trigger.children)
    )


def _scheduled(clause: Any) -> bool:
    """Is a clause on the trigger's object a schedule ("called off talks planned for Wednesday",
    "cancelled a visit scheduled for May")? It dates the act planned, not the calling off; other
    clauses on the object tell the same act on ("fired a missile that landed on Tuesday")."""
    return clause.lemma_.lower() in SCHEDULING_VERBS


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
