"""A protest lodged by a state is an official complaint (CAMEO 114), noun or verb alike.

"China protested to Tokyo" was coded 114 through ``protest.v_to``, but "drawing a protest from
China", "South Korea protested the visit" and "Japan's protest" were coded 140, a demonstration,
which is what crowds do. CAMEO's 114 ("complain officially") is the protest of a state or its
government; 14x is civilians in the street. An event coded exactly 140 (the plain protest; the
specific 141-145 forms are street acts) whose every source is a state (a country named as one, not
its people: "Chinese" plural stays) or a body of an official sector (word class
``@official_sector``: government) is recoded 114. With no source, or a source that is not a state
("students", "villagers", "activists"), nothing changes.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from pledgewatch.events.actor_phrases import Argument
from pledgewatch.events.lexicon import Lexicon

if TYPE_CHECKING:
    from pledgewatch.events.actions import Action

__all__ = ["official_protest"]

#: The plain protest (a demonstration) and the official complaint it is when a state protests.
DEMONSTRATION_CODE = "140"
OFFICIAL_COMPLAINT_CODE = "114"
#: The word class of the actor sectors (agents.yaml, lower case) that speak for a state.
OFFICIAL_SECTORS_CLASS = "@official_sector"


def official_protest(
    action: Action, code: str, sources: Sequence[Argument], lexicon: Lexicon
) -> tuple[str, str] | None:
    """The official complaint code and a note for the "why" when a protest's every source is
    a state or its government; None otherwise."""
    if code != DEMONSTRATION_CODE or not sources:
        return None
    official = lexicon.words(OFFICIAL_SECTORS_CLASS)
    if not all(_a_state(s, official) for s in sources):
        return None
    return (
        OFFICIAL_COMPLAINT_CODE,
        f"⇒ {OFFICIAL_COMPLAINT_CODE} (a protest by the state '{sources[0].head.text}')",
    )


def _a_state(argument: Argument, official: frozenset[str]) -> bool:
    """A country named as a state ("China", not "Chinese") or an official body of one."""
    mention = argument.mention
    code = mention.code or ""
    if getattr(mention, "plural", False):
        return False  # "thousands of Chinese protested": its people
    if getattr(mention, "kind", None) == "country" and len(code) == 3:
        return True
    return len(code) >= 6 and code[3:6].lower() in official
