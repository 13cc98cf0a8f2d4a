"""A state's force against protesters is repression (CAMEO 175), not a fight between sides.

CAMEO's 19 FIGHT is force between armed parties; its 175 ("use tactics of violent repression")
is what police, soldiers or security forces do to a crowd. The verb patterns cannot see who used
the force on whom, so "police used weapons against protesters" or "troops fired on
demonstrators" came out 190, while "police used tear gas against protesters" (a pattern of its
own) was 175. Here, after the pattern has coded the act: fighting (compose.tsv family
``on_protesters``: 190, 193 small arms) whose source is a state's force (police, military,
intelligence, government) and whose target is protesters (word class ``@protester``) is 175.
Rebels against soldiers, artillery or air strikes, and protesters' own violence (145, recoded
earlier) are left as they are.
"""

from __future__ import annotations

from collections.abc import Sequence

from pledgewatch.actors.seen import STATE_FORCE_SECTORS
from pledgewatch.events.actor_phrases import Argument
from pledgewatch.events.dependency_roles import np_words
from pledgewatch.events.lexicon import KEEP, Lexicon


def repression_of_protesters(
    code: str, sources: Sequence[Argument], targets: Sequence[Argument], lexicon: Lexicon
) -> tuple[str, str] | None:
    """The repression code and a note for the "why" when ``code`` is fighting by a state's
    force against protesters; None otherwise."""
    if not code.startswith("19") or not sources or not targets:
        return None
    if not all(s.mention.code[3:6] in STATE_FORCE_SECTORS for s in sources):
        return None
    protesters = lexicon.words("@protester")
    cue = next(
        (w for t in targets for w in sorted(np_words(t.head)) if w in protesters),
        None,
    )
    if cue is None:
        return None
    refined = lexicon.compose("on_protesters", code)
    if refined in (None, KEEP) or refined == code:
        return None
    assert refined is not None
    return refined, f"⇒ {refined} (a state's force against protesters: '{cue}')"
