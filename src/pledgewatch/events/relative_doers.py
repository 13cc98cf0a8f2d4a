"""The doer of an event noun named in its relative clause: "the test that North Korea
conducted" (events51).

"China condemned the nuclear test that North Korea conducted on Tuesday": the noun "test" has
no doer in its own phrase (no possessive, no "by"), so it was dropped and the condemnation had
no one to be aimed at. A relative clause on the noun whose verb only does the act it is the
object of (a pattern of the light family with its particle: "conducted", "carried out",
"staged", whatever else they code), with the relative pronoun or nothing as its object,
names the doer as its subject, as "North Korea conducted the test" would (:func:`doing_verb`;
the older reading, :func:`pledgewatch.events.joined_acts.subject_does_object`, covers
"carried out the attack").
A verb that is an act of its own ("the test that Japan condemned") or that codes nothing
("the test that experts detected") names no doer.

:func:`aim_at_condemned_doers` then aims a disapproval (CAMEO root 11) that names no target at
the doer of the event noun it has as its object ("condemned the test that X conducted": X),
as "condemned X's test" already reads; :func:`done_by_relative` reads such a noun as done when
its relative clause is in the past ("would break the promise that Pyongyang made": asserted,
not the governing clause's future).
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING, Any

from pledgewatch.events.condemned_sanctioned import DISAPPROVAL_ROOT
from pledgewatch.events.dependency_roles import OBJECT_DEPS
from pledgewatch.events.joined_acts import subject_does_object
from pledgewatch.events.lexicon import Lexicon
from pledgewatch.events.modality import ModalityReading
from pledgewatch.events.past_tellings import told_as_done

if TYPE_CHECKING:
    from pledgewatch.events.extract import RawEvent

__all__ = ["aim_at_condemned_doers", "doing_verb", "done_by_relative", "told_by_relative"]

#: Relations of a relative clause's subject.
_SUBJECT_DEPS = ("nsubj",)
#: Tags of a relative pronoun that may be the clause's object ("that", "which").
_RELATIVE_TAGS = ("WDT", "WP", "IN")


def doing_verb(lexicon: Lexicon, noun: Any) -> Any:
    """The verb whose subject did the act of the event noun ``noun`` ("carried out the attack",
    "the test that North Korea conducted"), or None."""
    if subject_does_object(lexicon, noun):
        return noun.head
    return _relative_doer(lexicon, noun)


def told_by_relative(lexicon: Lexicon, noun: Any) -> bool:
    """Does a relative clause on ``noun`` tell its act done by a doer of its own ("the promise
    that Pyongyang made")? Such a noun is an act of its own even as the object a verb's pattern
    was matched on: "would break the promise that Pyongyang made" is a breach (128) and names
    the promise made (030), not the breach alone."""
    return _relative_doer(lexicon, noun) is not None


def _relative_doer(lexicon: Lexicon, noun: Any) -> Any:
    """The first relative clause on ``noun`` whose verb only does the noun's act ("the test
    that North Korea conducted": "conducted"), or None."""
    return next((v for v in noun.children if v.dep_ == "relcl" and _only_does(lexicon, v)), None)


def done_by_relative(lexicon: Lexicon, noun: Any, reading: ModalityReading) -> ModalityReading:
    """``reading``, or an asserted one when the noun's relative clause tells its act done in
    the past with no modal or negation ("would break the promise that Pyongyang made": the
    promise was made, whatever becomes of it)."""
    for verb in noun.children:
        if verb.dep_ != "relcl" or not _only_does(lexicon, verb):
            continue
        auxiliaries = [c for c in verb.children if c.dep_ in ("aux", "auxpass", "neg")]
        if told_as_done(verb) and not any(a.tag_ == "MD" or a.dep_ == "neg" for a in auxiliaries):
            if reading.modality == "reported":
                return ModalityReading("reported", verb.lower_)
            return ModalityReading("asserted", verb.lower_)
    return reading


def _only_does(lexicon: Lexicon, verb: Any) -> bool:
    """Does the relative clause ``verb`` only do its antecedent's act: a light verb (with its
    particle) with a subject and no object but the relative pronoun?"""
    if not any(c.dep_ in _SUBJECT_DEPS for c in verb.children):
        return False
    objects = [c for c in verb.children if c.dep_ in OBJECT_DEPS]
    if any(o.tag_ not in _RELATIVE_TAGS for o in objects):
        return False  # "the summit that made the decision": its own object
    children = {c.lower_ for c in verb.children}
    patterns = lexicon.patterns("verb", verb.lemma_.lower())
    # a light verb's coded patterns ("conducted a missile test": 150) are the same act done
    return any(p.family == "light" and (not p.child or p.child in children) for p in patterns)


def aim_at_condemned_doers(events: list[RawEvent]) -> list[RawEvent]:
    """The events, with each target-less disapproval aimed at the doer of the event noun that
    is its verb's object ("condemned the test that X conducted": X), when there is one."""
    out: list[RawEvent] = []
    for event in events:
        if (
            event.code.startswith(DISAPPROVAL_ROOT)
            and event.target is None
            and event.source is not None
        ):
            doers = [
                e.source
                for e in events
                if e.source is not None
                and e.trigger.head.i == event.trigger.i
                and e.trigger.i != event.trigger.i
                and e.trigger.dep_ in OBJECT_DEPS
                and e.source.mention.code != event.source.mention.code
            ]
            if doers:
                why = f"{event.why}; aimed at the doer of '{doers[0].head.text}''s act"
                event = dataclasses.replace(event, target=doers[0], why=why)
        out.append(event)
    return out
