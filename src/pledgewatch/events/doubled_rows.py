"""One act told by two words of one clause is one row.

"Egypt summoned the Israeli ambassador to protest" codes the summons (114) and, through the
purpose infinitive, the protest by the state (114 again): the same act with the same parties,
told once as the deed and once as its aim. "Paris would keep the door open to negotiations"
codes the idiom on "keep" (036) and the adjective "open to negotiations" (036 again). Each is
one event, as PETRARCH codes one event per verb phrase; a second row would count the act twice.

Here an event whose trigger hangs (through at most :data:`MAX_STEPS` dependency steps) under
another event's trigger, with the same CAMEO code, the same source and the same target, is
dropped; the governing word's event stays, with its own modality ("would keep" is
hypothetical). A different code ("shelled the town, killing eight": 194 and 190) or other
parties ("summoned the ambassador to protest the killing of its guards": the protest's target
is other) keep both rows. Events of a frame ("said"), of background clauses or named in
passing are not merged into anything: only main and consequence rows are compared, and a
reporting verb's row never absorbs what it reports. A meeting's purpose ("met to discuss")
keeps its row (:data:`KEPT_ROOTS`): it carries the meeting's agenda.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from pledgewatch.events.extract import RawEvent

__all__ = ["drop_doubled_rows"]

#: How far below the governing trigger a doubled trigger may hang ("summoned ... to protest":
#: one step, advcl; "keep the door open to ...": one step, oprd).
MAX_STEPS = 2
#: CAMEO roots whose purpose rows stay: "will meet next week to discuss the aid" keeps its
#: "discuss" row (040, consequence), which the commitment grader reads as the meeting's agenda
#: (commitments pass17: the promise is talks, the aid no topic of its own).
KEPT_ROOTS = frozenset({"04"})
#: Roles whose rows tell the clause's own act (a "frame", "mentioned" or "background" row is
#: another act or none).
_OWN_ROLES = frozenset({"main", "consequence"})


def _key(event: RawEvent) -> tuple[str, str | None, str | None]:
    source = event.source.mention.code if event.source is not None else None
    target = event.target.mention.code if event.target is not None else None
    return event.code, source, target


def _governors(token: Any) -> list[int]:
    """Indices of the words ``token`` hangs under, nearest first, up to :data:`MAX_STEPS`; a
    coordinated verb is a clause of its own ("attacked X and attacked it again": two acts)."""
    found: list[int] = []
    for _ in range(MAX_STEPS):
        if token.head.i == token.i or token.dep_ == "conj":
            break
        token = token.head
        found.append(token.i)
    return found


def drop_doubled_rows(events: list[RawEvent]) -> list[RawEvent]:
    """``events`` without the rows that repeat, under a governing trigger, that trigger's
    event (same code, source and target)."""
    by_trigger: dict[int, set[tuple[str, str | None, str | None]]] = {}
    for event in events:
        # a reporting verb's row is the saying, not the act it reports ("said she would
        # respond": the response is another act, whatever its code)
        if event.role in _OWN_ROLES and event.action.family != "say":
            by_trigger.setdefault(event.trigger.i, set()).add(_key(event))
    kept: list[RawEvent] = []
    for event in events:
        key = _key(event)
        doubled = (
            event.role in _OWN_ROLES
            and key[0][:2] not in KEPT_ROOTS
            and any(key in by_trigger.get(i, set()) for i in _governors(event.trigger))
        )
        if not doubled:
            kept.append(event)
    return kept
