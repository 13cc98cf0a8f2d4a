"""Targets a sentence names outside an act's own arguments.

The argument finder takes an act's target from its object and prepositions. Some sentences
name the party an act is aimed at elsewhere, and the row is left with no target though the
reader knows it:

* **a sanction's object named as a bare actor noun.** "The Council should target the companies
  that finance the program": the pattern target.v+sanctionable is matched on "companies", which
  it reads as the thing aimed at (only its owner, "Iranian companies", is taken as an actor).
  When that leaves a sanction (163) with no target, the object phrase itself is the target
  (---BUS), as "imposed sanctions on the companies" has it.
* **a measure held out on a condition.** "Tokyo said it would consider sanctions if Iran went
  ahead": the sanctions are aimed at whoever must not go ahead, the subject of the "if"/"unless"
  clause (as for a threat: "threatened to strike unless X withdrew"). Read when the act's
  object is a sanction word (word class ``@sanction``) or the act itself is hostile (14x, 16x to
  20x) and it has no target. A condition that the measure does not answer names no target:
  "would impose sanctions if the EU agreed to do the same", "will consider sanctions if China
  asks it to", "... if the Council failed to act" (the condition's verb is one of
  ``@unanswered_condition``: a partner agreeing, asking, approving or failing to act), unless
  the measure is an easing (08x), which answers just such a step ("would lift sanctions if Iran
  agreed to halt enrichment").
* **an agreement at someone's request.** "Syria agreed at the request of Russia": the
  agreement answers the requester, who is its target; and the request (020, coded on the noun
  "request" with the requester as source) is addressed to the one who agreed. Request nouns
  are the word class ``@request_noun``, the prepositions opening them ``@request_preposition``;
  only agreements (03x) are read.
* **what is seized or frozen, owned by someone.** "North Korea froze buildings owned by the
  South Korean government", "seized property belonging to Iranian banks": the object names its
  owner in a participle of ownership (``@owning_verb``: own, belong) with "by" or "to"; a hostile
  act (14x, 16x to 20x) on it with no target of its own is aimed at that owner (events55).
* **sanctions ordered beside a condemnation.** "The Council condemned Iran's missile test and
  imposed new sanctions": the sanctions coordinated with a condemnation by the same source
  fall on the condemned party when the sentence names no other.

An event that has a target keeps it. A target found here is noted in the event's "why".
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING, Any

from pledgewatch.events.condemned_attacks import DISAPPROVAL_ROOT
from pledgewatch.events.conditional_threats import (
    HOSTILE_ROOTS,
    condition_word,
    unanswered_condition,
)
from pledgewatch.events.dependency_roles import OBJECT_DEPS, np_words

if TYPE_CHECKING:
    from pledgewatch.events.actor_phrases import Argument
    from pledgewatch.events.arguments import ArgumentFinder
    from pledgewatch.events.extract import RawEvent
    from pledgewatch.events.lexicon import Lexicon

__all__ = ["lend_named_targets"]

#: The sanction code (CAMEO 163, impose embargo, boycott or sanctions).
SANCTION_CODE = "163"
#: The CAMEO root of agreements (030 express intent to cooperate, 03x), read at a request.
AGREEMENT_ROOT = "03"
#: The CAMEO root of yielding (081 ease sanctions, 08x): it answers a party's agreeing.
EASING_ROOT = "08"
#: The CAMEO root of a request (020 make an appeal or request, 02x).
REQUEST_ROOT = "02"


def lend_named_targets(
    events: list[RawEvent], roles: ArgumentFinder, lexicon: Lexicon
) -> list[RawEvent]:
    """``events`` with the targets the sentence names outside their arguments (module doc)."""
    out: list[RawEvent] = []
    for event in events:
        out.extend(_with_targets(event, _found_targets(event, roles, lexicon)))
    _address_requests(out, lexicon)
    _sanctions_beside_condemnations(out)
    return out


def _found_targets(
    event: RawEvent, roles: ArgumentFinder, lexicon: Lexicon
) -> tuple[list[Argument], str]:
    """The targets found for a target-less event and a note saying how, or ([], "")."""
    if event.target is not None or event.role in ("frame", "mentioned"):
        return [], ""
    token = event.trigger
    sources = [event.source] if event.source is not None else []
    if event.code == SANCTION_CODE:
        found = _not_sources(roles.resolve(_objects(token)), sources)
        if found:
            return found, "the sanctioned object"
    sanction_words = lexicon.words("@sanction")
    measure = any(np_words(obj) & sanction_words for obj, _ in _objects(token))
    if (
        (measure or event.code[:2] in HOSTILE_ROOTS)
        and condition_word(token) is not None
        and (event.code.startswith(EASING_ROOT) or not unanswered_condition(token, lexicon))
    ):
        found = roles.condition_subjects(
            token, "threaten", sources, unanswered=event.code.startswith(EASING_ROOT)
        )
        if found:
            return found, "the condition's doer"
    if event.code[:2] in HOSTILE_ROOTS:
        found = _not_sources(roles.resolve(_named_owners(token, lexicon)), sources)
        if found:
            return found, "the owner of what it is done to"
    if event.code.startswith(AGREEMENT_ROOT):
        found = _not_sources(roles.resolve(_requesters(token, lexicon)), sources)
        if found:
            return found, "the requester"
    return [], ""


def _with_targets(event: RawEvent, found: tuple[list[Argument], str]) -> list[RawEvent]:
    targets, note = found
    if not targets:
        return [event]
    return [
        dataclasses.replace(
            event,
            target=target,
            why=f"{event.why}; target {target.describe()} ({note})",
            tokens=[*event.tokens, target.head],
        )
        for target in targets
    ]


def _objects(token: Any) -> list[tuple[Any, str]]:
    return [(c, "dobj") for c in token.children if c.dep_ in OBJECT_DEPS]


def _named_owners(token: Any, lexicon: Lexicon) -> list[tuple[Any, str]]:
    """The owners an object of ``token`` names in a participle of ownership: "buildings [owned
    by X]", "property [belonging to X]"."""
    owning = lexicon.words("@owning_verb")
    return [
        (pobj, "owner")
        for obj, _ in _objects(token)
        for participle in obj.children
        if participle.dep_ == "acl" and participle.lemma_.lower() in owning
        for prep in participle.children
        if prep.dep_ in ("agent", "prep") and prep.lower_ in ("by", "to")
        for pobj in prep.children
        if pobj.dep_ == "pobj"
    ]


def _not_sources(found: list[Argument], sources: list[Argument]) -> list[Argument]:
    own = {s.mention.code for s in sources}
    return [a for a in found if a.mention.code not in own]


def _request_nouns(token: Any, lexicon: Lexicon) -> list[Any]:
    """The request nouns of "at the request of X" on ``token``."""
    nouns = lexicon.words("@request_noun")
    prepositions = lexicon.words("@request_preposition")
    return [
        pobj
        for prep in token.children
        if prep.dep_ == "prep" and prep.lower_ in prepositions
        for pobj in prep.children
        if pobj.dep_ == "pobj" and pobj.lemma_.lower() in nouns
    ]


def _requesters(token: Any, lexicon: Lexicon) -> list[tuple[Any, str]]:
    """The "of" (or possessive) phrases of a request noun on ``token``: who asked."""
    found: list[tuple[Any, str]] = []
    for noun in _request_nouns(token, lexicon):
        for child in noun.children:
            if child.dep_ == "poss":
                found.append((child, "poss"))
            elif child.dep_ == "prep" and child.lower_ == "of":
                found.extend((p, "of") for p in child.children if p.dep_ == "pobj")
    return found


def _address_requests(events: list[RawEvent], lexicon: Lexicon) -> None:
    """A request noun's own event (020 by the requester, no target) is addressed to whoever
    agreed at that request."""
    for agreement in events:
        if not agreement.code.startswith(AGREEMENT_ROOT) or agreement.source is None:
            continue
        nouns = {n.i for n in _request_nouns(agreement.trigger, lexicon)}
        for event in events:
            if (
                event.trigger.i in nouns
                and event.code.startswith(REQUEST_ROOT)
                and event.target is None
                and event.source is not None
                and event.source.mention.code != agreement.source.mention.code
            ):
                event.target = agreement.source
                event.why = f"{event.why}; target {agreement.source.describe()} (who agreed)"


def _sanctions_beside_condemnations(events: list[RawEvent]) -> None:
    """A target-less sanction coordinated with a condemnation (11x) by the same source takes
    the condemnation's target."""
    for event in events:
        if event.code != SANCTION_CODE or event.target is not None or event.source is None:
            continue
        token = event.trigger
        partners = {token.head.i} if token.dep_ == "conj" else set()
        partners |= {c.i for c in token.children if c.dep_ == "conj"}
        for other in events:
            if (
                other.trigger.i in partners
                and other.code.startswith(DISAPPROVAL_ROOT)
                and other.role == "main"
                and other.target is not None
                and other.source is not None
                and other.source.mention.code == event.source.mention.code
            ):
                event.target = other.target
                event.why = f"{event.why}; target {other.target.describe()} (the condemned)"
                break
