"""An arrival "on his trip to X" is one visit: the trip noun is the arrival told again.

"Putin arrived in Dalian by train on Tuesday on his third trip to China": the verb of arriving
is a visit (042) to its place, and "trip to China" a second one, a nominal visit with no doer.
A user saw two half-events (RUSGOV -> ? from a city the dictionary does not know, and ? -> CHN)
where there is one visit, RUSGOV -> CHN. :func:`join_trip_arrivals` gives the arrival the trip's
destination when it has no target of its own, and drops the trip's events: a visit noun (042,
043) hung by "on" on a verb whose own events are visits.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from pledgewatch.events.extract import RawEvent

__all__ = ["join_trip_arrivals"]

#: CAMEO codes of a visit (make a visit, host a visit).
_VISIT_CODES = frozenset({"042", "043"})
#: The preposition that tells the journey an arrival is part of ("on his trip to China").
_JOURNEY_PREPOSITION = "on"


def join_trip_arrivals(events: list[RawEvent]) -> list[RawEvent]:
    """``events`` with each trip noun of an arrival merged into the arrival's visit."""
    dropped: set[int] = set()
    for noun_event in events:
        verb = _arrival_verb(noun_event)
        if verb is None:
            continue
        visits = [e for e in events if e.trigger.i == verb.i and e.code[:3] in _VISIT_CODES]
        if not visits:
            continue
        dropped.add(id(noun_event))
        target = noun_event.target
        if target is None:
            continue
        for visit in visits:
            if visit.target is None:
                visit.target = target
                visit.tokens.append(target.head)
                visit.why += f"; the trip's destination '{target.mention.text}'"
    return [e for e in events if id(e) not in dropped]


def _arrival_verb(event: RawEvent) -> Any:
    """The verb a visit noun is hung on by "on", or None."""
    token = event.trigger
    if event.action.pattern.kind != "noun" or event.code[:3] not in _VISIT_CODES:
        return None
    prep = token.head
    if token.dep_ != "pobj" or prep.lower_ != _JOURNEY_PREPOSITION or prep.dep_ != "prep":
        return None
    verb = prep.head
    return verb if verb.pos_ in ("VERB", "AUX") else None
