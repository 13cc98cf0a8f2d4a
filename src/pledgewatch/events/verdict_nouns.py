"""Event nouns that say what something is, or what will not be borne: no act of their own.

"Australia's prime minister called the launch a grave threat to his country's security": the
noun "threat" is the verdict the verb of characterising passes on its object (its object
predicate), coded with the verb (criticism, 111); read as an event of its own it made a
spurious threat (130) aimed at the country named in it. :func:`characterising_predicate` tells
such a noun: the object predicate (``dependency_roles.object_predicate``) of a verb with a
characterisation pattern (``verbs.tsv`` child ``=predicate``).

"Manila said it would not tolerate incursions by Chinese vessels": the incursions a speaker
will not bear are no act told as done or not done; read as an event they came out the named
doer's *negated* incursion. :func:`tolerated_noun` tells an event noun that is the object of a
negated verb of bearing (``@tolerance`` in ``word_classes.tsv``: tolerate, condone, ...): "would
not tolerate provocations", "will tolerate no provocations". What one has tolerated ("Seoul had
tolerated the North's provocations for too long") happened, and stays an event: so
:func:`tolerated_acts` vetoes the warning pattern of a verb of bearing that is not refused
(verbs.tsv ``tolerate.v+provocation``, 130; refused, it is a warning read by
events/untolerated_acts.py), which would otherwise take its object noun as its own words.
"""

from __future__ import annotations

from typing import Any

from pledgewatch.events.dependency_roles import object_predicate
from pledgewatch.events.lexicon import Lexicon, Pattern

__all__ = ["WARNING_CODE", "characterising_predicate", "tolerated_acts", "tolerated_noun"]

#: The pseudo-child of a characterisation pattern in verbs.tsv.
_PREDICATE_CHILD = "=predicate"
_OBJECTS = frozenset({"dobj", "obj", "nsubjpass"})
#: Determiners that negate the noun they lead ("will tolerate no provocations").
_NEGATING_DETERMINERS = frozenset({"no"})
#: The code of the warning patterns of verbs of bearing (verbs.tsv tolerate.v+provocation).
WARNING_CODE = "130"


def characterising_predicate(token: Any, lexicon: Lexicon) -> bool:
    """Is the noun ``token`` the object predicate of a verb of characterising?"""
    if token.pos_ not in ("NOUN", "PROPN"):
        return False
    if token.dep_ in ("oprd", "dobj", "ccomp"):
        verb = token.head
    elif token.dep_ == "pobj" and token.head.lower_ == "as":
        verb = token.head.head  # "described the drills as a provocation"
    else:
        return False
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    predicate = object_predicate(verb)
    if predicate is None or predicate.i != token.i:
        return False
    return any(p.child == _PREDICATE_CHILD for p in lexicon.patterns("verb", verb.lemma_.lower()))


def tolerated_noun(token: Any, lexicon: Lexicon) -> bool:
    """Is the noun ``token`` what a negated verb of bearing ("tolerate") will not bear?"""
    if token.pos_ not in ("NOUN", "PROPN") or token.dep_ not in _OBJECTS:
        return False
    verb = token.head
    if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in lexicon.words("@tolerance"):
        return False
    return any(c.dep_ == "neg" for c in verb.children) or any(
        c.dep_ == "det" and c.lower_ in _NEGATING_DETERMINERS for c in token.children
    )


def tolerated_acts(token: Any, pattern: Pattern, lexicon: Lexicon) -> bool:
    """Is ``token`` a verb of bearing fitting a warning pattern that bears the acts, refused
    neither on itself ("not", "never") nor by its object ("will tolerate no provocation")?"""
    if (
        pattern.kind != "verb"
        or pattern.code != WARNING_CODE
        or token.lemma_.lower() not in lexicon.words("@tolerance")
    ):
        return False
    return not any(c.dep_ == "neg" for c in token.children) and not any(
        c.dep_ == "det" and c.lower_ in _NEGATING_DETERMINERS
        for obj in token.children
        for c in obj.children
    )
