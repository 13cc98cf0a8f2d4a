"""What the grader reads off one commitment clause, shared by the steps that judge it.

:class:`ClauseAnalysis` bundles the clause (:mod:`pledgewatch.commitments.clause`), its
reporting chain, its strength reading, its topics and the action's text, so that the
modules deciding a commitment's kind (:mod:`pledgewatch.commitments.no_pledge`,
:mod:`pledgewatch.commitments.obligations`) see one record rather than five arguments.
:func:`acting_mention` tells which actor a subject phrase names as the one acting.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from spacy.tokens import Token

from pledgewatch.commitments.attribution import Attribution, mention_for
from pledgewatch.commitments.clause import CommitmentClause
from pledgewatch.commitments.strength import StrengthReading
from pledgewatch.commitments.topics import TopicMatch
from pledgewatch.model import ActorMention


@dataclass(slots=True)
class ClauseAnalysis:
    """One commitment clause as the grader read it."""

    clause: CommitmentClause
    attribution: Attribution
    reading: StrengthReading
    topics: list[TopicMatch]
    action_text: str


#: Prepositions inside a subject phrase that name who receives or suffers, not who acts:
#: "the planned food aid to North Korea cannot go forward" is no promise of North Korea's.
RECIPIENT_PREPOSITIONS = frozenset({"to", "for", "toward", "towards", "against", "into", "on"})


def acting_mention(subject: Token, mentions: Sequence[ActorMention]) -> ActorMention | None:
    """The actor a subject phrase names as the one acting, or None when its only actor sits
    in a recipient phrase ("aid to North Korea")."""
    found = mention_for(subject, mentions)
    if found is None or found.start <= subject.i < found.end:
        return found
    token = subject.doc[found.start]
    while token.i != subject.i and token.head.i != token.i:
        if token.dep_ == "pobj" and token.head.lower_ in RECIPIENT_PREPOSITIONS:
            return None
        token = token.head
    return found
