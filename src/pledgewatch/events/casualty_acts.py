"""An attack named as what people died in: its victims are its target, and it is the one told.

"Forty Greek sailors died in the sinking near Crete", "Twelve soldiers were killed in the
bombing near Srinagar": the attack noun (or gerund) is the object of an "in" (or "during")
phrase on a verb of dying or being hurt (the lexicon's ``@casualty_verb``: died, perished, were
killed, were wounded; those of ``@dying_verb`` count in the active voice too), and the phrase
hung on the noun names only where it happened, so the argument finder took the place ("near
Crete": Greece) for the attack's target. The ones who
died or were hurt are whom the attack was done to: :func:`casualty_victims` gives the dying
verb's subject, which the argument finder makes the target in place of the place (when the
dead have a country, or the other targets are only places: "three people were killed in the
attack on the Indian embassy" keeps the embassy).

Such an attack named with "the" ("died in the April 2 sinking") is the one the story told
before ("A Turkish torpedo sank the Greek warship"): :func:`casualty_act_named_again` lets
:class:`~pledgewatch.events.anaphoric_acts.AnaphoricActs` give it that act's doer, as it does
for "the launch" as a subject, from anywhere before in the story (the casualties are often
told last, paragraphs after the attack). An attack with no doer told before keeps no source.
The killing itself ("Two marines were killed in the barrage", no killer named) is that attack's
act too: :func:`attack_died_in` gives the definite noun its "in" phrase names, whatever its word
("the barrage" after "artillery shelled the island"), and ``AnaphoricActs`` the doer of the
latest act of force told before it (saying54).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from pledgewatch.events.dependency_roles import is_passive

if TYPE_CHECKING:
    from pledgewatch.events.lexicon import Lexicon

__all__ = [
    "CASUALTY_PREPOSITIONS",
    "attack_died_in",
    "casualty_act_named_again",
    "casualty_victims",
    "casualty_words",
]

#: Prepositions that tie a death or a wound to the act it happened in.
CASUALTY_PREPOSITIONS = frozenset({"in", "during"})


def casualty_words(lexicon: Lexicon) -> tuple[frozenset[str], frozenset[str]]:
    """The lexicon's verbs of dying or hurt (``@casualty_verb``) and, of those, the ones that
    count in any voice (``@dying_verb``), as the functions here take them."""
    return lexicon.words("@casualty_verb"), lexicon.words("@dying_verb")


def _dying_verb(
    trigger: Any, casualty_verbs: frozenset[str], dying_verbs: frozenset[str]
) -> Any | None:
    """The verb of dying or hurt whose "in"/"during" phrase holds ``trigger``, or None; one of
    ``dying_verbs`` (``@dying_verb``: "died", "perished") in any voice, the others passive."""
    prep = trigger.head
    if trigger.dep_ != "pobj" or prep.lower_ not in CASUALTY_PREPOSITIONS:
        return None
    verb = prep.head
    lemma = verb.lemma_.lower()
    if verb.pos_ not in ("VERB", "AUX") or lemma not in casualty_verbs:
        return None
    if lemma not in dying_verbs and not is_passive(verb):
        return None  # "killed three in the attack": the killer is named, no victim subject
    return verb


def casualty_victims(
    trigger: Any, casualty_verbs: frozenset[str], dying_verbs: frozenset[str]
) -> list[tuple[Any, str]]:
    """Those who died or were hurt in the act ``trigger`` names, as (token, relation) pairs:
    the subject of the dying verb whose "in" phrase holds it; [] when there is none."""
    verb = _dying_verb(trigger, casualty_verbs, dying_verbs)
    if verb is None:
        return []
    return [
        (c, "dobj") for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < trigger.i
    ]


def casualty_act_named_again(
    trigger: Any, casualty_verbs: frozenset[str], dying_verbs: frozenset[str]
) -> bool:
    """Is ``trigger`` a definite attack noun people died in ("died in the sinking", "were
    killed in the March 26 attack"): the act told before, whose doer it takes?"""
    if _dying_verb(trigger, casualty_verbs, dying_verbs) is None:
        return False
    dets = {c.lower_ for c in trigger.children if c.dep_ == "det"}
    # "the sinking", "the April 2 sinking"; a possessive names a doer of its own
    return "the" in dets and not any(c.dep_ == "poss" for c in trigger.children)


def attack_died_in(
    verb: Any, casualty_verbs: frozenset[str], dying_verbs: frozenset[str]
) -> Any | None:
    """The definite noun of the "in"/"during" phrase of ``verb``, a verb of dying or hurt with
    no killer named ("were killed in the barrage"), or None."""
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ not in CASUALTY_PREPOSITIONS:
            continue
        for noun in prep.children:
            if noun.dep_ == "pobj" and casualty_act_named_again(noun, casualty_verbs, dying_verbs):
                return noun
    return None
