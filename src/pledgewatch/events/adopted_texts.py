"""What an adopted text does, its adopter does: a resolution's relative clause is main news.

"The Security Council adopted a resolution that condemned the launch and expanded sanctions":
the condemnation and the sanctions are the Council's acts of that day, done by adopting the
text, not background told in passing as a relative clause usually is ("an American who had
been detained"). :func:`adopted_text_act` says when a trigger sits in a relative clause on a
text (word class ``@sanctioning_text``: resolution, decree, law, bill) that is the direct
object of a verb of enacting (``@enacting``: adopt, pass, approve; drafting or tabling
one is no act of the body); the extractor then keeps its role "main".
"""

from __future__ import annotations

from typing import Any

from pledgewatch.events.dependency_roles import OBJECT_DEPS
from pledgewatch.events.lexicon import Lexicon

__all__ = ["adopted_text_act"]

#: Relations a trigger may hang by below the relative clause's verb: its objects, their
#: conjuncts and modifiers ("condemned the launch and expanded sanctions", "expanded" an amod).
_INSIDE = frozenset({"dobj", "obj", "conj", "amod", "compound", "prep", "pobj", "cc"})
#: The longest path walked up to the relative clause.
_STEPS = 6


def adopted_text_act(token: Any, lexicon: Lexicon) -> bool:
    """Is ``token`` in a relative clause on a text that a verb of adopting has as its object
    ("adopted a resolution that condemned X")?"""
    texts = lexicon.words("@sanctioning_text")
    enacting = lexicon.words("@enacting")
    for _ in range(_STEPS):
        if token.dep_ == "relcl":
            text = token.head
            return (
                text.lemma_.lower() in texts
                and text.dep_ in OBJECT_DEPS
                and text.head.lemma_.lower() in enacting
            )
        if token.dep_ not in _INSIDE or token.head is token:
            return False
        token = token.head
    return False
