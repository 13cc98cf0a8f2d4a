"""Help one is thanked for was given to the one who thanks: "Erdogan thanked Greece for sending
rescue teams" is Greek aid to Turkey.

The parser hangs what one is thanked for on "for" as a gerund ("for sending", "for helping");
the argument finder gives the gerund the thanked one as its subject (Greece sent the teams), but
the gerund names no one it was sent to, so the aid had no target. Gratitude names the one who
benefited: with no other target named, the act is aimed at the subject of the verb of thanking
(the lexicon's ``@thanking``: thank). Praising or blaming someone for an act says nothing about
whom it was done to ("praised Norway for helping refugees"), so only thanking counts.
"""

from __future__ import annotations

from typing import Any

__all__ = ["thanking_verb"]


def thanking_verb(token: Any, thanking: frozenset[str]) -> Any | None:
    """The verb of thanking whose "for" phrase ``token`` is ("thanked Greece for *sending*
    rescue teams"), or None."""
    prep = token.head
    if token.dep_ != "pcomp" or prep.lower_ != "for" or prep.dep_ != "prep":
        return None
    verb = prep.head
    return verb if verb.lemma_.lower() in thanking else None
