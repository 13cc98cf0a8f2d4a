"""A condemned attack's victim is not whom the condemnation is aimed at: its doer is.

"The two leaders condemned the attack on Taiwan's outpost", "Hanoi protested over the sinking
of its trawler": the target search of the disapproving verb (CAMEO root 11: criticize,
condemn, protest officially) went down into the attack's phrase and took its victim (TWN, or
the protester's own navy) as the one condemned. A condemnation is aimed at whoever did the
attack (CAMEO: "Israel condemned Hamas's rocket attack" is ISR -> HAMAS 111).

:func:`aim_at_attackers` reads the sentence's events: when a disapproval's target lies inside
the phrase of an act of force (a code whose root is in ``@home_kill_code``) that the same verb
governs (its object, or the object of its preposition: "over", "for"), the target becomes the
doers of those acts ("condemned Russia's shelling of Kharkiv": RUS), or no one when no doer is
named. A target outside the attack ("condemned Moscow for the shelling of Kharkiv") is kept.

The same holds for a coercive act (a root of ``@own_side_harm_code``: seizure, arrest) done to
the disapprover's own side (events47): "Vietnam protested the seizure of its fishing boats by
Chinese ships" is aimed at CHN, not at Vietnam's boats. Coercion of another country's people
("condemned the arrest of Russian activists") keeps its reading: the victim there is often
whom the statement stands for, and the disapproval is not the victim's own complaint.
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from pledgewatch.events.extract import RawEvent

__all__ = ["DISAPPROVAL_ROOT", "aim_at_attackers"]

#: CAMEO root of disapproval (criticize, condemn, official complaint).
DISAPPROVAL_ROOT = "11"


def aim_at_attackers(
    events: list[RawEvent],
    kill_roots: frozenset[str],
    own_harm_roots: frozenset[str] = frozenset(),
) -> list[RawEvent]:
    """The events with each disapproval of an attack (a root of ``kill_roots``, or of
    ``own_harm_roots`` when done to the disapprover's own side) aimed at the attack's doers."""
    out: list[RawEvent] = []
    seen: set[tuple[int, str, str | None, str | None]] = set()
    for event in events:
        for aimed in _aimed(event, events, kill_roots | _own_side(event, own_harm_roots)):
            key = (
                aimed.action.token.i,
                aimed.code,
                aimed.source.mention.code if aimed.source else None,
                aimed.target.mention.code if aimed.target else None,
            )
            if aimed is not event and key in seen:
                continue  # two victims of one attack give its doer once
            seen.add(key)
            out.append(aimed)
    return out


def _aimed(event: RawEvent, events: list[RawEvent], kill_roots: frozenset[str]) -> list[RawEvent]:
    verb = event.action.token
    if (
        event.target is None
        or not event.code.startswith(DISAPPROVAL_ROOT)
        or event.action.pattern.kind != "verb"
    ):
        return [event]
    attacks = [
        e
        for e in events
        if e is not event
        and e.code[:2] in kill_roots
        and e.action.token.i != verb.i
        and (governing := _governing_verb(e.action.token)) is not None
        and governing.i == verb.i
    ]
    inside = [a for a in attacks if _within(event.target.head, a.action.token)]
    if not inside:
        return [event]
    doers = [a.source for a in inside if a.source is not None]
    if any(d.mention.code == event.target.mention.code for d in doers):
        return [event]  # "criticized the U.S. strikes on Syria": aimed at the doer already
    doers = [d for d in doers if event.source is None or d.mention is not event.source.mention]
    why = f"{event.why}; '{event.target.mention.text}' is the condemned act's victim"
    if not doers:
        return [dataclasses.replace(event, target=None, why=f"{why}, no doer named")]
    return [
        dataclasses.replace(event, target=d, why=f"{why} ⇒ its doer '{d.head.text}'") for d in doers
    ]


def _own_side(event: RawEvent, own_harm_roots: frozenset[str]) -> frozenset[str]:
    """``own_harm_roots`` when ``event``'s target is of its source's own country (the protester's
    boats, citizens, soldiers), else nothing."""
    if event.source is None or event.target is None:
        return frozenset()
    own = event.source.mention.code[:3]
    if own.startswith("-") or event.target.mention.code[:3] != own:
        return frozenset()
    return own_harm_roots


def _governing_verb(token: Any) -> Any:
    """The nearest verb above an event noun or gerund (through prepositions and conjuncts)."""
    head = token
    for _ in range(8):
        if head.head is head:
            return None
        head = head.head
        if head.pos_ in ("VERB", "AUX"):
            return head
    return None


def _within(token: Any, phrase_head: Any) -> bool:
    return phrase_head.left_edge.i <= token.i <= phrase_head.right_edge.i
