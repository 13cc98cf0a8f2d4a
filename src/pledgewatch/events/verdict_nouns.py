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
not tolerate provocations", "will tolerate no provocations". The refusal is a warning only when
it looks ahead: a modal ("will", "would", "cannot") or the present ("Japan does not tolerate
provocations"); a past refusal ("Seoul did not tolerate the North's provocations last year") is
history, and its provocations happened. What one has tolerated, or did not tolerate ("Seoul had
tolerated the North's provocations for too long") happened, and stays an event: so
:func:`tolerated_acts` vetoes the warning pattern of a verb of bearing that is not refused
(verbs.tsv ``tolerate.v+provocation``, 130; refused, it is a warning read by
events/untolerated_acts.py), which would otherwise take its object noun as its own words.
"""

from __future__ import annotations

from typing import Any

from pledgewatch.events.dependency_roles import object_predicate
from pledgewatch.events.lexicon import Lexicon, Pattern

__all__ = [
    "WARNING_CODE",
    "characterising_predicate",
    "looks_ahead",
    "tolerated_acts",
    "tolerated_noun",
]

#: The pseudo-child of a characterisation pattern in verbs.tsv.
_PREDICATE_CHILD = "=predicate"
_OBJECTS = frozenset({"dobj", "obj", "nsubjpass"})
#: Determiners that negate the noun they lead ("will tolerate no provocations").
_NEGATING_DETERMINERS = frozenset({"no"})
#: The code of the warning patterns of verbs of bearing (verbs.tsv tolerate.v+provocation).
WARNING_CODE = "130"
#: Penn tags of a verb or auxiliary that looks ahead: a modal, the present ("does not tolerate").
_AHEAD_TAGS = frozenset({"MD", "VBZ", "VBP"})
#: Links of a verb to the verb that carries its tense ("is not going to tolerate").
_TENSE_CARRIERS = frozenset({"xcomp"})


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


def looks_ahead(verb: Any) -> bool:
    """Is the verb of bearing ``verb`` said of now or of what is to come (a modal or present
    auxiliary, or a present verb), through the verbs it is the infinitive of?"""
    while True:
        auxiliaries = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
        finite = [a for a in auxiliaries if a.tag_ != "TO"]
        if finite:
            return any(a.tag_ in _AHEAD_TAGS for a in finite)
        if verb.tag_ in _AHEAD_TAGS:
            return True
        if verb.dep_ not in _TENSE_CARRIERS or verb.head is verb:
            return False
        verb = verb.head


def _refused(verb: Any, obj: Any | None) -> bool:
    """Is the verb of bearing ``verb`` refused ahead: negated on itself ("will not tolerate"),
    on the verb it is the infinitive of ("is not going to tolerate") or by its object ``obj``
    ("will tolerate no provocation"), and said of now or what is to come?"""
    negated = _negated_through_infinitives(verb) or (
        obj is not None
        and any(c.dep_ == "det" and c.lower_ in _NEGATING_DETERMINERS for c in obj.children)
    )
    return negated and looks_ahead(verb)


def _negated_through_infinitives(verb: Any) -> bool:
    """A "not" on ``verb`` or on a verb above it whose infinitive it is ("is not going to")."""
    while True:
        if any(c.dep_ == "neg" for c in verb.children):
            return True
        if verb.dep_ not in _TENSE_CARRIERS or verb.head is verb:
            return False
        verb = verb.head


def tolerated_noun(token: Any, lexicon: Lexicon) -> bool:
    """Is the noun ``token`` what a negated verb of bearing ("tolerate") will not bear?"""
    if token.pos_ not in ("NOUN", "PROPN") or token.dep_ not in _OBJECTS:
        return False
    verb = token.head
    if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in lexicon.words("@tolerance"):
        return False
    return _refused(verb, token)


def tolerated_acts(token: Any, pattern: Pattern, lexicon: Lexicon) -> bool:
    """Is ``token`` a verb of bearing fitting a warning pattern that bears the acts, refused
    neither on itself ("not", "never") nor by its object ("will tolerate no provocation"; the
    subject's "no" is no refusal), or refused only in the past ("did not tolerate")?"""
    if (
        pattern.kind != "verb"
        or pattern.code != WARNING_CODE
        or token.lemma_.lower() not in lexicon.words("@tolerance")
    ):
        return False
    objects = [c for c in token.children if c.dep_ in _OBJECTS] or [None]
    return not any(_refused(token, obj) for obj in objects)
