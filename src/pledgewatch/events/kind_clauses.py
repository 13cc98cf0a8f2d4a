"""A relative clause on "any X" describes a kind of act, not an act anyone did.

"Seoul will not tolerate any action that threatens its people", "Russia will punish any
country that attacks its ships": the clause says what the acts to be punished or not tolerated
would be; no one has threatened or attacked. Read as an act, "threatens its people" became a
threat with no doer, aimed at the people (a row of its own beside the speaker's warning). Here
the verb of such a clause is no act: a relative clause in the present (or with a modal, "that
would harm") on a noun opened by a word of ``open_determiners`` (``data/lexicon/modality.yaml``:
"any", "every", "no"). A clause in the past ("any ship that attacked the port") may tell an act
done, and is left to the coder.
"""

from __future__ import annotations

from typing import Any

__all__ = ["describes_a_kind"]

#: Tags of a verb (or its auxiliary) in the present, or a modal.
_OPEN_TAGS = frozenset({"VBZ", "VBP", "MD"})


def describes_a_kind(token: Any, open_determiners: frozenset[str]) -> bool:
    """Is ``token`` the verb of a present or modal relative clause on a noun opened by one of
    ``open_determiners`` ("any action that threatens ...")?"""
    if token.dep_ != "relcl":
        return False
    auxiliaries = [c for c in token.children if c.dep_ in ("aux", "auxpass")]
    tags = {token.tag_, *(a.tag_ for a in auxiliaries)}
    if not tags & _OPEN_TAGS or "VBD" in tags:
        return False
    return any(c.dep_ == "det" and c.lower_ in open_determiners for c in token.head.children)
