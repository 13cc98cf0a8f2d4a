"""Whether a country mention names its people or its state (moved from ``actions.py``).

The verb patterns of :mod:`pledgewatch.events.actions` tell "defending Serbs" (a people, as
"defending civilians") from "the AU suspended Niger" (a state, as a member): a country named by
its plural demonym is its people, a country named otherwise its state.
"""

from __future__ import annotations

from typing import Any

__all__ = ["a_people", "a_state"]


def a_people(mention: Any) -> bool:
    """A country's people named by its plural demonym ("Serbs", "Americans"), not its state."""
    return bool(
        mention is not None
        and getattr(mention, "kind", None) == "country"
        and getattr(mention, "plural", False)
    )


def a_state(mention: Any) -> bool:
    """A country named as a state ("Niger", not "Nigeriens")."""
    return bool(
        mention is not None
        and getattr(mention, "kind", None) == "country"
        and not getattr(mention, "plural", False)
    )
