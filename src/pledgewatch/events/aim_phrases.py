"""Whom an act is aimed at, as a participle says: "sanctions aimed at North Korea's leadership".

A participle of aiming (the lexicon's ``@aim_participle``: aimed, directed, targeting, targeted)
on an act's noun names the act's target: "announced new sanctions aimed at North Korea's
leadership", "imposed measures targeting Iranian banks", "a campaign directed against the
opposition". :func:`aimed_objects` gives the participle's object ("targeting X") or the object of
its "at"/"against"/"toward" phrase ("aimed at X") for the trigger noun or the trigger verb's
objects; the argument finder makes them the target, but a country-less one ("an attack targeting
non-Muslims") never displaces a target that names a country ("... in Kenya").
:func:`aim_on_an_act` says when such a participle is no act of its own: it hangs on a noun the
lexicon knows as an act or a measure ("sanctions", "measures", "an attack"), not on an agent
("militants targeting civilians" do target them).

What an act was meant as names its target too (:func:`meant_for_objects`): "flew B-2 bombers
over South Korea in a show of force against North Korea", "sent a carrier to the Yellow Sea as a
warning to Pyongyang": an "in"/"as" phrase on the act's verb whose noun is one of the lexicon's
``@aim_noun`` (show, warning, message, signal) gives the object of that noun's "against"/"to"/
"at" phrase, or of one on its "of" object ("a show of force against X"); the place the act
passed over or reached is then no target (the fifteenth sample).
"""

from __future__ import annotations

from typing import Any

from pledgewatch.events.dependency_roles import (
    OBJECT_DEPS,
    PASSIVE_SUBJECT_DEPS,
    TARGET_PREPS,
    prep_objects,
)
from pledgewatch.events.lexicon import Lexicon

__all__ = ["aim_on_an_act", "aim_participles", "aimed_objects", "meant_for_objects"]

#: Prepositions through which a past participle of aiming names the target ("aimed at").
AIM_PREPOSITIONS = frozenset({"at", "against", "toward", "towards", "on"})


#: Prepositions on an act's verb that say what the act was meant as ("in a show of force").
MEANT_AS_PREPOSITIONS = frozenset({"in", "as"})
#: Prepositions of such a noun that name whom it was meant for ("a warning to", "against").
MEANT_FOR_PREPOSITIONS = frozenset({"against", "to", "at", "toward", "towards"})


def meant_for_objects(verb: Any, nouns: frozenset[str]) -> list[tuple[Any, str, int]]:
    """(token, relation, rank) for whom the act of ``verb`` was meant for, as an "in"/"as"
    phrase with one of ``nouns`` (``@aim_noun``) says: "in a show of force against X", "as a
    warning to X"; [] when there is none."""
    found: list[tuple[Any, str, int]] = []
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ not in MEANT_AS_PREPOSITIONS:
            continue
        for noun in prep_objects(prep):
            if noun.lemma_.lower() not in nouns:
                continue
            # the noun's own phrases, and those of its "of" object ("a show of force against")
            holders = [noun] + [
                g
                for of in noun.children
                if of.dep_ == "prep" and of.lower_ == "of"
                for g in prep_objects(of)
            ]
            for holder in holders:
                for child in holder.children:
                    if child.dep_ == "prep" and child.lower_ in MEANT_FOR_PREPOSITIONS:
                        found.extend((p, child.lower_, 0) for p in prep_objects(child))
    return found


def aim_participles(noun: Any, aims: frozenset[str]) -> list[Any]:
    """The participles of aiming (lemmas ``aims``) that modify ``noun``."""
    return [
        child
        for child in noun.children
        if child.dep_ == "acl" and child.tag_ in ("VBN", "VBG") and child.lemma_.lower() in aims
    ]


def aimed_objects(
    trigger: Any, noun_trigger: bool, aims: frozenset[str]
) -> list[tuple[Any, str, int]]:
    """(token, relation, rank) for whom the participles of aiming on the act's noun name: on
    the trigger itself when it is a noun, else on the trigger verb's objects ("imposed measures
    targeting X"). The participle's own places come after its objects ("an attack targeting
    non-Muslims in Kenya": Kenya), so that a country-less object does not hide a country."""
    holders = (
        [trigger]
        if noun_trigger
        else [c for c in trigger.children if c.dep_ in OBJECT_DEPS | PASSIVE_SUBJECT_DEPS]
    )
    found: list[tuple[Any, str, int]] = []
    for noun in holders:
        for participle in aim_participles(noun, aims):
            for child in participle.children:
                if child.dep_ in OBJECT_DEPS:
                    found.append((child, "against", 0))  # "targeting Iranian banks"
                if child.dep_ != "prep":
                    continue
                if participle.tag_ == "VBN" and child.lower_ in AIM_PREPOSITIONS:
                    found.extend((p, "against", 0) for p in prep_objects(child))  # "aimed at"
                # "... in Kenya", "at a mall in Kenya's capital": places, nested ones too
                found.extend(
                    (p, p.head.lower_, 2 + TARGET_PREPS[p.head.lower_])
                    for p in child.subtree
                    if p.dep_ == "pobj" and p.head.lower_ in TARGET_PREPS
                )
    return sorted(found, key=lambda item: item[2])


def aim_on_an_act(token: Any, lexicon: Lexicon) -> bool:
    """Is ``token`` a participle of aiming on a noun the lexicon knows as an act or a measure
    ("sanctions targeting X", "an attack aimed at Y")? Then it says whom that act is aimed at
    and is no act of its own."""
    if token.dep_ != "acl" or token.lemma_.lower() not in lexicon.words("@aim_participle"):
        return False
    noun = token.head
    lemma = noun.lemma_.lower()
    return noun.pos_ == "NOUN" and (
        lexicon.has("noun", lemma)
        or lemma in lexicon.words("@sanction")
        or noun.lower_ in lexicon.words("@sanction")
    )
