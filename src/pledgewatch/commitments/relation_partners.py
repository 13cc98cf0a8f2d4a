"""A pledge to improve relations that names no other party is made to the story's partner.

"The Chilean side promised to provide Bolivia with 20,000 tons of wheat. ... It said Chile will
take steps to improve relations and to expand exchanges in culture and sports": relations and
exchanges are between two, and the sentence leaves the second to the story. The other party is
the promisee of the promisor's nearest earlier pledge or statement in the story that has a
state for promisee (Bolivia), when the pledge's own act is one of ``relation_nouns``
(``second_readings.yaml``) with no "with X" of its own (grading audit seed 67 #4, grader43).
Read once every finding of a document is graded.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from pledgewatch.commitments.formality import country_of
from pledgewatch.commitments.joint_parties import STATELESS, second_readings_words
from pledgewatch.events.types import EventFinding
from pledgewatch.model import PLEDGE_KINDS

#: Prepositions that name the other party of relations ("relations with Bolivia").
_PARTNER_PREPOSITIONS = ("with", "between", "toward", "towards")


def address_relations_to_partner(findings: Sequence[EventFinding]) -> None:
    """Set the missing promisee of each pledge to improve relations to the promisor's nearest
    earlier partner in the story (in place, with its reason in ``why``)."""
    for index, finding in enumerate(findings):
        commitment = finding.event.commitment
        if commitment is None or commitment.kind not in PLEDGE_KINDS or commitment.promisee:
            continue
        own = country_of(commitment.promisor)
        if own is None or not _bare_relations(finding.trigger):
            continue
        partner = _earlier_partner(findings[:index], own)
        if partner is None:
            continue
        commitment.promisee = partner
        commitment.why.append(
            f"promisee: {partner}, the other party of {commitment.promisor}'s pledge before:"
            " relations are between the two"
        )


def _bare_relations(trigger: Token) -> bool:
    """The act's clause holds a relation noun, and no relation noun names its other party."""
    nouns = second_readings_words("relation_nouns")
    found = [t for t in trigger.subtree if t.lower_ in nouns and t.pos_ == "NOUN"]
    return bool(found) and not any(
        c.dep_ == "prep" and c.lower_ in _PARTNER_PREPOSITIONS for t in found for c in t.children
    )


def _earlier_partner(before: Sequence[EventFinding], own: str) -> str | None:
    """The state promisee of the nearest earlier commitment whose promisor is of ``own``."""
    for finding in reversed(before):
        earlier = finding.event.commitment
        if earlier is None or country_of(earlier.promisor) != own or not earlier.promisee:
            continue
        country = country_of(earlier.promisee)
        if country is not None and country != own and country not in STATELESS:
            return earlier.promisee
    return None
