"""A state military's bombers that strike are aircraft, not suicide bombers.

CAMEO's line between 18 ASSAULT (unconventional violence) and 19 FIGHT turns on the doer: a
"bomber" (word class ``@unconventional_agent``) who kills is a suicide bomber, 18x. But
"American bombers struck three Iranian nuclear sites" are B-2 aircraft, which the coder read as
unconventional violence (180). Bombers are aircraft (``@aircraft``) when the act is already an
aerial one (195) or when a state's military (an actor code with sector MIL) strikes with them
through a verb of aerial attack (word class ``@aerial_attack``: strike, hit, pound, bomb, raid):
"Russian bombers struck Kharkiv" 190. "Palestinian bombers killed 20 people" and "Taliban
bombers attacked a police station" stay unconventional (180): killing and attacking are what
suicide bombers do, and a rebel's bombers are no air force.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from pledgewatch.events.actor_phrases import Argument
    from pledgewatch.events.lexicon import Lexicon

__all__ = ["bombers_are_aircraft"]


def bombers_are_aircraft(lexicon: Lexicon, code: str, verb: Any, sources: list[Argument]) -> bool:
    """Whether bombers among the doers of ``verb`` (coded ``code``) are aircraft."""
    if code.startswith("195"):
        return True
    return verb.lemma_.lower() in lexicon.words("@aerial_attack") and any(
        s.mention.code[3:6] == "MIL" for s in sources
    )
