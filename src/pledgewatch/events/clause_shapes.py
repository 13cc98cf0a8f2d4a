"""Shapes of a clause that decide how far a modality reaches (read by events/modality.py).

Moved out of modality.py unchanged (events45), then taught embedded questions: a reason or
time adjunct that escapes the clause's negation or modal ("would not reward X for violating
resolutions"), a content clause the parser hung as an adverbial one ("reported only that ..."),
a parenthetical report (", officials said"), and a subordinate clause or embedded question that
keeps its own negation ("did not say whether Moscow would halt the drills").
"""

from __future__ import annotations

from typing import Any

__all__ = [
    "SOURCING_PARTICIPLES",
    "adjunct_of_reason",
    "parenthetical",
    "subordinate_clause",
    "that_clause",
]

#: Prepositions whose gerund tells why or since when something is (not) done: what it names
#: is a given, not under the clause's negation, modal or future ("would not reward North Korea
#: for violating resolutions", "will punish X for attacking", "has not fired since signing").
_REASON_PREPS = frozenset({"for", "despite", "over", "since", "because"})
#: ... of them, those whose event noun is also a given: "will not resume aid because of the
#: shelling", "did not protest over the seizure" ("voted for sanctions" is no reason; "failed
#: to reach a deal after hours of talks" was tried with "after" too: right, but the
#: ConfliBERT dev set then lost one record, whose class the talks took over).
_REASON_NOUN_PREPS = frozenset({"despite", "over", "since", "because"})
#: A time adjunct escapes only the negation: "did not speak after meeting the envoy" (the
#: meeting happened), but "will sign after consulting X" is still future.
_TIME_PREPS = frozenset({"after"})
_GIVEN_BLOCKS = frozenset({"negated", "future", "hypothetical", "recommended"})
_NEGATION_ONLY = frozenset({"negated"})


def adjunct_of_reason(token: Any) -> frozenset[str]:
    """The modalities of the clause above that do not reach ``token`` when ``token`` is the
    preposition of a reason or time adjunct on the path from a gerund (or, after some, an
    event noun) below it: the violation in "would not reward X for violating resolutions"
    happened."""
    word = token.lower_
    if token.dep_ != "prep" or word not in _REASON_PREPS | _TIME_PREPS:
        return frozenset()
    blocks = _NEGATION_ONLY if word in _TIME_PREPS else _GIVEN_BLOCKS
    for child in token.children:
        if child.dep_ == "pcomp" and child.tag_ == "VBG":
            return blocks
        if child.dep_ == "pcomp" and child.lower_ == "of" and word == "because":
            return blocks  # "because of the shelling"
        if child.dep_ == "pobj" and word in _REASON_NOUN_PREPS:
            return blocks
    return frozenset()


#: Participles that name where a report comes from (", citing officials", ", quoting a
#: spokesman"): a report even with no subject of their own.
SOURCING_PARTICIPLES = frozenset({"cite", "quote"})


def that_clause(clause: Any) -> bool:
    """Is an adverbial clause a content clause the parser misread ("the agency reported only
    that Richardson had held talks": "only that" hung as an adverbial clause): marked by "that"
    alone, not "so that", "now that", "such that"?"""
    marks = {c.lower_ for c in clause.children if c.dep_ == "mark"}
    return marks == {"that"} and not any(
        c.lower_ in ("so", "now", "such", "in") for c in clause.children if c.i < clause.i
    )


def parenthetical(verb: Any) -> bool:
    """Is a reporting verb after the event set off as a parenthetical (", officials said",
    '," he said', "-- Seoul said")? A content clause of the event's own verb is not: "said
    it would respond strongly" (no report of the saying), "said that it would ..."."""
    if any(c.dep_ == "mark" or (c.dep_ == "aux" and c.tag_ == "MD") for c in verb.children):
        return False
    if (
        verb.tag_ == "VBG"
        and verb.lemma_.lower() not in SOURCING_PARTICIPLES
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
    ):
        return False  # "imposed sanctions, accusing X of Y": the doer's own adjunct, no report
    start = verb.left_edge.i
    return start > verb.sent.start and verb.doc[start - 1].is_punct


def subordinate_clause(token: Any, question_marks: frozenset[str] = frozenset()) -> bool:
    """An adverbial clause opened by a subordinating word ("if", "because", "after"), or a
    content clause opened by one of ``question_marks`` (an embedded question: "did not say
    whether Moscow would halt the drills", "would not say if it would retaliate")."""
    if token.dep_ == "advcl":
        return any(c.dep_ == "mark" for c in token.children)
    return token.dep_ in ("ccomp", "xcomp") and any(
        c.dep_ == "mark" and c.lower_ in question_marks for c in token.children
    )
