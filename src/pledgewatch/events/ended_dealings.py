"""Dealing with a party no longer is breaking off relations with it: a halt, not a negated act.

"North Korea said it would no longer deal with the government of Lee Myung-bak", "... would no
longer cooperate with South Korea" were a negated consultation or cooperation (040, 050 negated,
which the record keeps as no event) or, for "deal with", no event at all. Ending a relation one
had is what CAMEO codes as reducing relations (16: "halt negotiations" 164, "reduce relations"
160), as "would halt talks with Seoul" is: the ``halt`` family composes the act (compose.tsv).
Read here, after the pattern has coded the act: an act of consultation or cooperation (roots in
``_RELATION_ROOTS``) ended by "no longer" / "no more" (or "never ... again") on its own verb,
with a party it is done with (a direct object, or a "with" / "to" phrase). Its modality is the
statement's without the negation: future after "will"/"would", else asserted, as a called-off
act's (events/called_off_acts.py). A plain negation ("did not talk to X") stays a negated act;
so does an act halting does not code ("would no longer visit X": halt + 042 = none). Ending is
one side's act: the extractor no longer codes a symmetric pattern both ways once so read.

"deal with" is also handling a problem or a foe ("vowed to deal harshly with separatists"), no
consultation: its pattern (flag ``also_handling``) is kept only on a verb ended, refused or done
directly (events/ceased_verbs.py).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from pledgewatch.events.called_off_acts import unnegated_reading
from pledgewatch.events.ceased_verbs import ceasing_stated
from pledgewatch.events.dependency_roles import OBJECT_DEPS
from pledgewatch.events.lexicon import KEEP, Lexicon
from pledgewatch.events.modality import ModalityReading
from pledgewatch.events.renounced_bonds import CEASING_CUES

if TYPE_CHECKING:
    from pledgewatch.events.actions import Action

__all__ = ["dealings_ended"]

#: CAMEO roots of relations one keeps with a party: consult (04), cooperate diplomatically
#: (05) or materially (06).
_RELATION_ROOTS = frozenset({"04", "05", "06"})
#: Prepositions of the party a relation is kept with ("deal with X", "talk to X").
_PARTY_PREPS = frozenset({"with", "to"})


def dealings_ended(
    action: Action, code: str, reading: ModalityReading, lexicon: Lexicon
) -> tuple[str, ModalityReading, str] | None:
    """The halt code, its reading and a note for the "why" when ``action`` keeps a relation
    with a party "no longer"; None otherwise."""
    if code[:2] not in _RELATION_ROOTS or action.pattern.kind != "verb":
        return None
    verb = action.token
    if reading.modality != "negated" or not _ceasing(reading.cue, verb):
        return None
    if not any(
        c.dep_ in OBJECT_DEPS or (c.dep_ == "prep" and c.lower_ in _PARTY_PREPS)
        for c in verb.children
    ):
        return None
    halted = lexicon.compose("halt", code)
    if halted is None or halted == KEEP or not halted.startswith("16"):
        return None
    after = unnegated_reading(verb, reading.cue)
    return halted, after, f"relation kept '{reading.cue}' ⇒ halt {halted}"


def _ceasing(cue: str | None, verb: object) -> bool:
    """ "no longer", "no more" (the modality cue), or "never ... again" on the verb."""
    return cue in CEASING_CUES or (cue == "never" and ceasing_stated(verb))
