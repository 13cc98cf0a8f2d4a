"""Goods that arrive are aid delivered, not a visit.

"U.S.-funded flood relief arrives in Pyongyang", "The first shipment of U.S. food aid arrived in
North Korea": the arrival verbs' pattern (``arrive.v_in``, 042) reads a traveller visiting a
place, so the relief was coded a visit and kept a pledge of talks. When the one arriving is
aid or goods sent (the words of its phrase, a shipment's "of" object included, meet ``@aid`` or
``@relief_goods`` of ``data/lexicon/word_classes.tsv``), the act is the aid given to the place
it reaches: humanitarian aid (073) where relief goods are named, aid (070) otherwise. "A
shipment arrived" says not of what, and stays as it was.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from pledgewatch.events.dependency_roles import np_words
from pledgewatch.events.lexicon import Lexicon, Pattern

#: CAMEO codes of a traveller's arrival (a visit) that goods arriving are not.
ARRIVAL_CODES = frozenset({"042"})
HUMANITARIAN_AID = "073"
AID = "070"


def arrived_goods(verb: Any, pattern: Pattern, lexicon: Lexicon) -> Pattern:
    """``pattern`` recoded as aid delivered when the verb's subject is aid or goods sent."""
    if pattern.code not in ARRIVAL_CODES:
        return pattern
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    words: set[str] = set()
    for subject in subjects:
        words |= np_words(subject)
    relief = lexicon.words("@relief_goods")
    if not words & (lexicon.words("@aid") | relief):
        return pattern
    code = HUMANITARIAN_AID if words & (relief | {"relief"}) else AID
    return replace(pattern, id=f"{pattern.id}(goods)", code=code)
