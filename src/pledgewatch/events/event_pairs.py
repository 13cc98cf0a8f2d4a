"""Which of an event's actors pair up, and which of its places are only where it happened.

Moved out of :mod:`pledgewatch.events.extract` unchanged (renamed public), to keep that module
under its size: the venue tests ("talks in Geneva": a place, no party) and the pairing of each
source with each target, symmetric acts both ways (:func:`actor_pairs`).
"""

from __future__ import annotations

from typing import Any

from pledgewatch.events.actor_phrases import Argument
from pledgewatch.events.arguments import LOCATIVE_RELATIONS

__all__ = [
    "MEETING_PLACES",
    "PLACE_CODES",
    "VENUE_CODES",
    "VENUE_ROOTS",
    "a_venue",
    "actor_pairs",
    "one_sided_plan",
    "own_place",
    "shared_intent",
    "venue_code",
]


#: CAMEO roots whose target is a party spoken or met with, never the place of the act: make a
#: statement, appeal, express intent, consult, sign (057), halt or refuse talks ("ended two
#: days of talks in Geneva", 164, 125); a visit (042, 043) is to its place.
VENUE_ROOTS = frozenset({"01", "02", "03", "04"})
VENUE_CODES = frozenset({"057", "125", "164"})
#: CAMEO root of a public statement: anything it is made "at" is where it was made.
STATEMENT_ROOT = "01"
PLACE_CODES = frozenset({"042", "043"})


def own_place(target: Argument, verb: Any) -> bool:
    """Is the target a locative phrase ("in Lima") that hangs on the verb itself?"""
    prep = target.head.head
    return target.relation in LOCATIVE_RELATIONS and prep.dep_ == "prep" and prep.head.i == verb.i


def a_venue(target: Argument, code: str = "") -> bool:
    """Is the target a place where it was said or met: a locative phrase ("in Geneva"), or an
    "at" phrase naming a place, a capital or a thing an actor only qualifies ("at Beijing
    airport", "at a meeting of ASEAN"; not "at the United Nations", where an appeal is made to
    it, unless the act of ``code`` is a statement: "spoke at the United Nations", events51)?"""
    if target.relation in LOCATIVE_RELATIONS:
        return True
    if target.relation != "at":
        return False
    if code[:2] == STATEMENT_ROOT:
        return True  # "said at the United Nations": where it was said, not to whom
    mention = target.mention
    named = mention.start <= target.head.i < mention.end
    place = getattr(mention, "is_location", False) or getattr(mention, "kind", "") == "capital"
    return bool(place) or not named


def venue_code(code: str) -> bool:
    """Is the code one whose locative argument ("in Geneva") is a venue, not a target?"""
    return (code[:2] in VENUE_ROOTS or code[:3] in VENUE_CODES) and code[:3] not in PLACE_CODES


#: Relations of the place where coordinated parties of a symmetric act met ("met at", "on").
MEETING_PLACES = LOCATIVE_RELATIONS | {"at", "on"}


def shared_intent(
    action: Any, content: Any, sources: list[Argument], targets: list[Argument], modality: str
) -> bool:
    """Do two or more parties, and no one else, state an intent to do a two-way act ("the two
    Koreas agreed to hold talks", "Japan and China plan to meet")? Each states it toward the
    other, as when they meet; "X agreed to hold talks with Y" is X's intent alone. A light
    verb's act done ("Israel and Lebanon renewed negotiations") keeps its parties as co-doers,
    the convention of the PLOVER gold records; only its plan ("plan to meet") is an intent."""
    intent = action.family == "intent" or (action.family == "light" and modality == "future")
    return (
        intent
        and content is not None
        and content.pattern.symmetric
        and len(sources) > 1
        and all(target.relation in MEETING_PLACES for target in targets)
    )


#: Readings of an act not done: its plan or prospect is the subject's alone.
_PLANNED = frozenset({"future", "hypothetical"})


def one_sided_plan(
    modality: str, targets: list[Argument], verb: Any, joining_verbs: frozenset[str]
) -> bool:
    """Is a two-way act only planned or possible with a partner named ("Washington will consult
    with Seoul", "the government will work closely with the United States")? The plan is its
    subject's statement alone, as "X agreed to hold talks with Y" is X's intent: no event of
    the partner's. A meeting held ("met with Seoul") is both sides' act, and so is one the
    partner already does that the subject will join (``joining_verbs``: "will join Japan in
    joint drills")."""
    return (
        modality in _PLANNED
        and verb.lemma_.lower() not in joining_verbs
        and any(t.relation not in MEETING_PLACES for t in targets)
    )


def actor_pairs(
    sources: list[Argument], targets: list[Argument], symmetric: bool
) -> list[tuple[Argument | None, Argument | None]]:
    pairs: list[tuple[Argument | None, Argument | None]] = []
    if symmetric and len(sources) > 1 and all(t.relation in MEETING_PLACES for t in targets):
        # "Japan and China held talks in Seoul", "the two leaders met at a garrison", "talked on
        # the sidelines of the forum": the two are the parties, the rest is where they met
        targets = []
    if sources and targets:
        for source in sources:
            for target in targets:
                pairs.append((source, target))
                if symmetric and target.relation not in LOCATIVE_RELATIONS:
                    # "met in Zurich": the place is where they met, not a party that met them
                    pairs.append((target, source))
    elif sources and symmetric and len(sources) > 1:
        pairs = [(a, b) for a in sources for b in sources if a is not b]
    elif sources:
        pairs = [(source, None) for source in sources]
    elif targets:
        pairs = [(None, target) for target in targets]
    else:
        pairs = [(None, None)]  # an actorless event, kept only when the coder is asked to
    return pairs
