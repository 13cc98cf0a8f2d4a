"""Prepositional phrases the small parser hangs on the verb that belong to the noun before them.

"The two leaders met near the border with Russia": the parser attaches "with Russia" to "met",
which makes Russia a party to the meeting (``meet.v_with``), though the phrase only says whose
border it is. :func:`restore_frontier_with` gives such a "with" phrase back to the noun of
frontier (word class ``@frontier``: border, frontier, boundary) that ends the phrase just before
it ("near the border", "along the frontier"), so the argument finder reads it as the place's
("fired shells near the border with Turkey" keeps Turkey as the ground force is aimed at, through
the "near" phrase; the meeting names no party).

"Seoul dismissed the North's talks offer": the parser hangs the possessive on the first noun of
the compound ("the North's talks"), though an English possessive scopes over the whole nominal
(the offer is the North's). :func:`restore_possessor_scope` moves it to the compound's head, so
the offer's owner is the target of its rejection. The same phrase is often misread as a clause,
"offer" a present-tense verb with "talks" its compound dependent (or the object, still tagged a
verb): a verb has no compound dependent, so :func:`restore_compound_noun` makes it the noun it
is, the object of the verb before it. All three run in the coder before events are read.
"""

from __future__ import annotations

from typing import Any

from pledgewatch.events.lexicon import Lexicon

__all__ = ["restore_compound_noun", "restore_frontier_with", "restore_possessor_scope"]


def restore_frontier_with(span: Any, lexicon: Lexicon) -> bool:
    """Re-attach a verb's "with" phrase to the frontier noun right before it; True when the
    parse was changed."""
    frontiers = lexicon.words("@frontier")
    changed = False
    for prep in span:
        if prep.dep_ != "prep" or prep.lower_ != "with" or prep.i == span.start:
            continue
        noun = prep.doc[prep.i - 1]
        verb = prep.head
        if (
            noun.lower_ not in frontiers
            or noun.dep_ != "pobj"
            or verb.pos_ not in ("VERB", "AUX")
            or noun.head.head.i != verb.i
        ):
            continue
        prep.head = noun
        changed = True
    return changed


def restore_possessor_scope(span: Any) -> bool:
    """Move a possessive from the first noun of a compound to the compound's head ("the
    North's [talks offer]", "China's [nuclear test site]"); True when the parse was changed."""
    changed = False
    for owner in span:
        if owner.dep_ != "poss" or owner.pos_ not in ("PROPN", "NOUN"):
            continue
        modifier = owner.head
        head = modifier
        for _ in range(4):
            if head.dep_ != "compound" or head.head.i <= head.i:
                break
            head = head.head
        if head.i == modifier.i or head.pos_ not in ("NOUN", "PROPN"):
            continue
        owner.head = head
        changed = True
    return changed


#: Dependents only a clause has: a "verb" with one of them is a verb.
_CLAUSE_DEPS = frozenset({"nsubj", "nsubjpass", "aux", "auxpass", "mark", "dobj", "neg"})


def restore_compound_noun(span: Any) -> bool:
    """Make a present-tense "verb" with a noun compound dependent and no clause of its own
    the object noun it is ("dismissed the North's talks offer"); True when changed."""
    changed = False
    for token in span:
        # the parser sometimes already makes it the object ("dismisses North's talks offer as
        # propaganda": dobj) but leaves it tagged a verb, which the readers then take for one
        if token.tag_ not in ("VBP", "VBZ", "VB") or token.dep_ not in ("ccomp", "xcomp", "dobj"):
            continue
        children = list(token.children)
        verb = token.head
        if (
            not any(c.dep_ == "compound" and c.i < token.i for c in children)
            or any(c.dep_ in _CLAUSE_DEPS for c in children)
            or verb.pos_ != "VERB"
            or verb.i > token.i
            or any(c.dep_ == "dobj" and c.i != token.i for c in verb.children)
        ):
            continue
        token.pos_ = "NOUN"
        token.tag_ = "NNS" if token.tag_ == "VBZ" else "NN"
        token.dep_ = "dobj"
        changed = True
    return changed
