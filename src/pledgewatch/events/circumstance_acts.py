"""An earlier act named as the circumstance of another: "after the shelling", "over the sinking".

"Japan asked the Council to take action against China over the seizure of its boat", "Russia
urged both sides to show restraint after the shelling of the town": the nominal event in such a
phrase is not the appeal's content, nor news of the story's day. It is the background the act
answers, and it happened before: the appeal's modality ("recommended", "future") is not its own,
and the date phrase of the main clause ("on Tuesday asked") is the appeal's, not its.

:func:`circumstance_act` tells such a noun: a definite event noun (a determiner such as "the" or
"this", or a possessive) that is the object of a circumstance preposition
(``circumstance_prepositions`` in ``modality.yaml``: after, following, over, since) with no
modifier saying it has not happened (``unmade_modifiers``: "after the planned launch"). "over"
counts only on a verb ("took action over the seizure"), not on a noun, where it more often names
a topic ("talks over a withdrawal", "a dispute over the deployment").
A circumstance of an act still to come is no known past act: "Seoul will resume aid after the
meeting of the two leaders" (a modal on the verb the preposition hangs on, or on the verb that
verb is the infinitive of) tells the meeting as no more done than the resumption.
The modality reader reads such a noun as asserted (reported when framed), and the coder dates
it by its own phrase only, else with no day (``date_scopes.undated_pluperfect``).

:func:`redressed_act` tells the same of the act a redress is for (events45): "demanded that
Ankara apologize for the downing of the jet", "must take responsibility for the shelling" (a
definite event noun after ``redress_prepositions`` on one of ``redress_words`` in
``modality.yaml``). It was done before, however the redress is asked for, unless an
``unmade_modifiers`` word says it is still to come ("responsibility for the planned
withdrawal"); the extractor names it ("mentioned"), as it does an event noun that is a verb's
object. The phrase may hang on the verb whose object is the redress word ("pay compensation for
the sinking"); paying "for" an act with no such object funds it ("will pay for the
deployment"): "pay" is no redress word.

:func:`caused_by_act` tells the act a cause or concession phrase names (events51): "South Korea
would halt trade in response to the sinking of its corvette", "went ahead with the drill despite
threats from the North" (``cause_phrases`` in ``modality.yaml``, matched as the words right
before the noun's phrase). What an act answers or defies was done before it, so unlike "after
the meeting" no modal of the governing clause makes it ahead; an indefinite noun counts
("despite threats"), one opened by an ``open_determiners`` word ("in response to any attack")
or an ``unmade_modifiers`` one does not.

:func:`answered_act` tells the act a verb of answering answers (sample17): "North Korea said it
would not react to the South's live-fire drill", "did not respond to Seoul's offer" (a definite
event noun in the "to" phrase of one of ``answering_verbs`` in ``modality.yaml``). The answer may
be denied or still to come; the act answered was done before it, and took neither the answer's
negation nor its "would".
"""

from __future__ import annotations

from collections.abc import Collection
from typing import Any

__all__ = ["answered_act", "caused_by_act", "circumstance_act", "redressed_act"]

#: Determiners of a noun phrase that names one known event ("the test", "this launch").
_DEFINITE_DETERMINERS = frozenset({"the", "this", "that", "these", "those"})
#: Prepositions that name a circumstance only when they hang on a verb (see the module doc).
_ON_VERBS_ONLY = frozenset({"over"})
#: Relations of a verb's object that may be the redress ("pay compensation for").
_OBJECT_DEPS = frozenset({"dobj", "obj"})
#: The preposition of the act a verb of answering answers ("react to the drill").
_ANSWERED_PREPOSITIONS = frozenset({"to"})
#: The Penn tag of a modal auxiliary ("will", "would", "could"): the verb's act is still ahead.
_MODAL_TAG = "MD"


def _ahead(verb: Any) -> bool:
    """Is ``verb`` (or the verb it is the infinitive of) governed by a modal ("will resume")?"""
    while True:
        if any(c.dep_ in ("aux", "auxpass") and c.tag_ == _MODAL_TAG for c in verb.children):
            return True
        if verb.dep_ != "xcomp" or verb.head is verb:
            return False
        verb = verb.head


def circumstance_act(
    trigger: Any, prepositions: Collection[str], unmade: Collection[str]
) -> str | None:
    """The circumstance preposition ``trigger`` (a noun) is the definite object of, or None."""
    preposition = _governing_preposition(trigger, prepositions)
    if preposition is None:
        return None
    word = preposition.lower_
    if word in _ON_VERBS_ONLY and preposition.head.pos_ not in ("VERB", "AUX"):
        return None
    if _ahead(preposition.head):
        return None  # "will resume aid after the meeting": the meeting may be ahead too
    return word if _one_known_act(trigger, unmade) else None


def caused_by_act(
    trigger: Any,
    phrases: Collection[tuple[str, int]],
    open_words: Collection[str],
    unmade: Collection[str],
) -> str | None:
    """The cause or concession phrase (one of ``phrases``, each with its number of words, split
    when the cues load) right before the phrase of the noun ``trigger`` ("in response to [the
    sinking of X]", "despite [threats from Y]"), or None."""
    if not phrases or trigger.pos_ not in ("NOUN", "PROPN") or trigger.dep_ != "pobj":
        return None
    start = trigger.left_edge.i
    doc = trigger.doc
    for phrase, size in phrases:
        if start < size or doc[start - size : start].text.lower() != phrase:
            continue
        children = list(trigger.children)
        if any(c.dep_ in ("det", "amod") and c.lower_ in open_words for c in children):
            return None  # "in response to any attack": none known
        if any(c.dep_ in ("amod", "compound") and c.lower_ in unmade for c in children):
            return None  # "despite the planned launch": not done yet
        return phrase
    return None


def redressed_act(
    trigger: Any,
    prepositions: Collection[str],
    redress_words: Collection[str],
    unmade: Collection[str] = (),
) -> str | None:
    """The preposition ``trigger`` (a noun) is the definite object of when it names what an
    apology, compensation, punishment or responsibility is for ("demanded that Ankara apologize
    for the downing of the jet"), or None. Such an act was done before, even when the redress
    is only demanded ("must apologize"), so no modal of the clause makes it ahead; but one of
    the ``unmade`` modifiers does ("responsibility for the planned withdrawal")."""
    preposition = _governing_preposition(trigger, prepositions)
    if preposition is None:
        return None
    word = preposition.lower_
    holder = preposition.head
    # "pay compensation for the sinking", "sought an apology for the attack": the phrase hangs
    # on the verb whose object is the redress
    objects = [c for c in holder.children if c.dep_ in _OBJECT_DEPS]
    if not any(t.lemma_.lower() in redress_words for t in (holder, *objects)):
        return None
    return word if _one_known_act(trigger, unmade) else None


def answered_act(
    trigger: Any, answering_verbs: Collection[str], unmade: Collection[str] = ()
) -> str | None:
    """ "to" when ``trigger`` (a noun) is the definite object of the "to" phrase of a verb of
    answering ("would not react to the South's drill"), else None."""
    preposition = _governing_preposition(trigger, _ANSWERED_PREPOSITIONS)
    if preposition is None or preposition.head.lemma_.lower() not in answering_verbs:
        return None
    return preposition.lower_ if _one_known_act(trigger, unmade) else None


def _governing_preposition(trigger: Any, prepositions: Collection[str]) -> Any:
    """The preposition (one of ``prepositions``) whose object the noun ``trigger`` is, or None."""
    if not prepositions or trigger.pos_ not in ("NOUN", "PROPN") or trigger.dep_ != "pobj":
        return None
    preposition = trigger.head
    if (
        preposition.dep_ != "prep"
        or preposition.lower_ not in prepositions
        or preposition.head is preposition
    ):
        return None
    return preposition


def _one_known_act(trigger: Any, unmade: Collection[str]) -> bool:
    """Does ``trigger`` name one known act: definite ("the", "this", a possessive) and not
    said to be still to come ("the planned launch")?"""
    children = list(trigger.children)
    definite = any(
        c.dep_ == "det" and c.lower_ in _DEFINITE_DETERMINERS or c.dep_ == "poss" for c in children
    )
    if not definite:
        return False  # "after any attack", "over an invasion": not one known act
    # "after the planned launch": not done yet
    return not any(c.dep_ in ("amod", "compound") and c.lower_ in unmade for c in children)
