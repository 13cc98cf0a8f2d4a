"""Whether a verb of dealing is a relation: ended, refused or done directly, not handling.

"deal with X" is a consultation (040) in "will deal directly with North Korea", and ended in
"would no longer deal with X" breaks off relations with X (events/ended_dealings.py); but in
"vowed to deal harshly with separatists" or "will deal with the rebels by force" it is handling
a foe, no consultation. Such patterns carry the flag ``also_handling`` (verbs.tsv), and the
pattern chooser (events/actions.py) keeps one only on a verb that is ended (:func:`ceasing_stated`:
"no longer", "no more", "never ... again"), plainly negated ("will not deal with the Lee
government": a refusal, kept as a negated act) or done directly (an adverb of word class
``@direct_dealing``: "directly", "bilaterally"). Read on the parse before any modality is, and
kept apart from events/ended_dealings.py, which reads modality, so the chooser can import it.
"""

from __future__ import annotations

from collections.abc import Collection
from typing import Any

__all__ = ["AGAIN_WORDS", "CEASING_ADVERBS", "HANDLING_FLAG", "ceasing_stated", "only_handling"]

#: The pattern flag of a verb that also means handling a problem or a foe (verbs.tsv).
HANDLING_FLAG = "also_handling"
#: Adverbs that with a negation of their own end an act ("no longer", "no more"); modality.py
#: reads them too.
CEASING_ADVERBS = frozenset({"longer", "more"})
#: Adverbs that make "never" a ceasing ("would never deal with X again").
AGAIN_WORDS = frozenset({"again", "anymore"})


def ceasing_stated(verb: Any) -> bool:
    """Is ``verb`` ended on the parse: "no longer" / "no more" on it ("no" hangs on the adverb,
    or both hang on the verb), or "never" with "again" / "anymore"?"""
    children = list(verb.children)
    if any(
        c.dep_ == "advmod"
        and c.lower_ in CEASING_ADVERBS
        and any(g.lower_ == "no" for g in c.children)
        for c in children
    ):
        return True
    words = {c.lower_ for c in children}
    if "no" in words and words & CEASING_ADVERBS:
        return True
    return "never" in words and bool(words & AGAIN_WORDS)


def only_handling(flags: Collection[str], verb: Any, direct: Collection[str]) -> bool:
    """Is a pattern with ``flags`` on ``verb`` mere handling, no relation: flagged
    ``also_handling``, and neither ended, nor plainly negated, nor done directly (an adverb in
    ``direct``, the words of ``@direct_dealing``)?"""
    if HANDLING_FLAG not in flags or ceasing_stated(verb):
        return False
    if any(c.dep_ == "neg" for c in verb.children):
        return False
    # the adverb may hang on a phrase after the party: "deal with Kyiv directly on gas prices"
    near = [*verb.children, *(g for c in verb.children if c.dep_ == "prep" for g in c.children)]
    return not any(t.dep_ == "advmod" and t.lower_ in direct for t in near)
