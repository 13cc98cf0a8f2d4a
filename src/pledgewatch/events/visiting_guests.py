"""A "visiting" guest is on a visit to whoever receives them: the guest visits the host (042).

"North Korea showed a visiting American scientist its new enrichment plant" coded nothing: the
participle "visiting" modifies the guest and has neither subject nor object, so the visit pattern
(visit.v, 042) found no visitor and the visit was dropped as one with no visitor
(:func:`pledgewatch.events.visits.no_visit`). A present participle of "visit" that modifies a
noun (``amod``) names its visitor in that noun ("a visiting American scientist": USA), and when
that noun is the object of a verb whose subject is an actor ("North Korea showed ...", "Iran
received ..."), that subject is the host: the visit is guest → host, 042. A guest of the host's
own country ("a visiting North Korean official" shown around by Pyongyang) is no visit and is
left to :func:`~pledgewatch.events.visits.no_visit`; a "visiting" guest with no host in the
clause ("a visiting delegation said"), or whose host's act is only wanted, refused or negated
("refused to meet Jordan's visiting king": the host's verb is a complement of another, or
"did not receive"), is left as it was: the visit is told only as the host's act is.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from pledgewatch.events.actor_phrases import Argument
from pledgewatch.events.dependency_roles import OBJECT_DEPS

if TYPE_CHECKING:
    from pledgewatch.events.actions import Action

__all__ = ["visiting_guest"]

#: The lemma whose present participle makes its noun a guest.
_VISIT_LEMMA = "visit"
#: Dependencies by which the guest is what a host does something to ("showed X", "gave X").
_GUEST_DEPS = frozenset(OBJECT_DEPS) | {"dative", "iobj"}


def visiting_guest(action: Action, roles: Any) -> tuple[list[Argument], list[Argument]] | None:
    """(guests, hosts) of a "visiting" participle whose noun is received by an actor; None
    otherwise. ``roles`` is the argument finder (``resolve``, ``verb_sources``)."""
    token = action.token
    if action.pattern.kind != "verb" or token.lemma_.lower() != _VISIT_LEMMA:
        return None
    if token.tag_ != "VBG" or token.dep_ != "amod":
        return None
    guest = token.head
    host_verb = guest.head
    if guest.dep_ not in _GUEST_DEPS or host_verb.pos_ not in ("VERB", "AUX"):
        return None
    if host_verb.dep_ == "xcomp" or any(c.dep_ == "neg" for c in host_verb.children):
        return None  # "refused to meet the visiting king", "did not receive": no stay told
    guests = roles.resolve([(guest, "visitor")])
    hosts = roles.verb_sources(host_verb)
    if not guests or not hosts:
        return None
    return guests, hosts
