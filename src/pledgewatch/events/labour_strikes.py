"""A strike by workers is a work stoppage (CAMEO 143), not an attack.

The verb "strike" with no object is a blow ("Israel will strike if attacked", "militants
struck at dawn": 190), and the pattern ``strike.v`` codes it so; but when those who strike are
workers, a union, teachers, doctors, farmers or civilians, it is CAMEO 143 ("conduct strike or
boycott"): "the union will strike" is a labour strike in the future, and "the union will strike
if the government cuts wages" then a threat of one (133, as the conditional threats compose
it), not a threat of force (138). A verb of stopping work is in word class ``@walkout``
(word_classes.tsv); the sectors are those of working bodies, word class ``@working_sector``
(labour, education, health; not civilians or farmers, whose "struck at dawn" is as often a
blow); the recoding is the compose.tsv family ``by_workers`` (190 → 143). With any target
("struck a police station", "struck at the convoy", "struck back at the soldiers") or a
source that is no working body (a state, rebels, militants, villagers) nothing changes.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from pledgewatch.events.actor_phrases import Argument
from pledgewatch.events.dependency_roles import OBJECT_DEPS
from pledgewatch.events.lexicon import KEEP, Lexicon

if TYPE_CHECKING:
    from pledgewatch.events.actions import Action

#: The word class of the actor sectors (agents.yaml, lower case) whose stopping work is a strike.
WORKING_SECTORS_CLASS = "@working_sector"


def labour_strike(
    action: Action,
    code: str,
    sources: Sequence[Argument],
    targets: Sequence[Argument],
    lexicon: Lexicon,
) -> tuple[str, str] | None:
    """The strike code and a note for the "why" when ``code`` is a blow struck, with no
    object and at no one, by workers; None otherwise."""
    verb = action.token
    if action.pattern.kind != "verb" or verb.lemma_.lower() not in lexicon.words("@walkout"):
        return None
    working = lexicon.words(WORKING_SECTORS_CLASS)
    if not sources or not all(s.mention.code[3:6].lower() in working for s in sources):
        return None
    if targets or any(c.dep_ in OBJECT_DEPS for c in verb.children):
        return None  # "workers struck a police station", "struck at the police": a blow
    refined = lexicon.compose("by_workers", code)
    if refined is None or refined in (KEEP, code):
        return None
    return refined, f"⇒ {refined} (a strike by '{sources[0].head.text}')"
