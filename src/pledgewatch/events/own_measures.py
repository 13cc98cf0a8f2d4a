"""Words that look like acts and are none: cutting one's own emissions is no sanction.

A verb pattern matches the words of its object phrase, modifiers too, so "will cut its
greenhouse gas emissions by 43 percent" fitted ``cut.v+electricity`` ("gas") and came out a
sanction (163) with no one sanctioned. What is cut there is a measure of the doer's own activity
(word class ``@own_measure``: emissions, output, production, spending, consumption, budget ...):
events26 wrote ``cut.v+oil_output`` for "cut its oil output"; here the phenomenon is read off
the object's head, whatever its modifiers, for any sanction pattern (CAMEO 16, reduce
relations): the head is an own measure, owned by no one but the doer ("its", "their", the
subject's own name, or no owner: "cut emissions by 40 percent"), and no party is named for it
("cut its oil exports to Europe" and "cut Iran's oil output" keep their sanction).

:func:`not_an_act` gathers the trigger vetoes of the action finder that need no more than the
token and its pattern: a vulnerability ("left it open to attack"; "open to talks" is
readiness for them, events/adjective_patterns.py), a participle of place
("drills surrounding Taiwan"), a participle of aiming on an act ("sanctions aimed at X",
:mod:`pledgewatch.events.aim_phrases`) and such a cut.
"""

from __future__ import annotations

from typing import Any

from pledgewatch.events.adjective_patterns import adjective_pattern
from pledgewatch.events.aim_phrases import aim_on_an_act
from pledgewatch.events.dependency_roles import exposed_to
from pledgewatch.events.lexicon import Lexicon, Pattern
from pledgewatch.events.participial_prepositions import as_preposition
from pledgewatch.events.verdict_nouns import (
    characterising_predicate,
    tolerated_acts,
    tolerated_noun,
)
from pledgewatch.nlp.dates import is_month_or_weekday

#: Prepositions that name a party of a cut ("cut supplies to Ukraine", "for Europe").
PARTY_PREPOSITIONS = frozenset({"to", "for", "against", "on", "from"})
#: CAMEO's root of reducing relations (sanctions, cuts in aid, embargoes).
SANCTION_ROOT = "16"


def not_an_act(token: Any, pattern: Pattern, lexicon: Lexicon) -> bool:
    """Is ``token``, which fits ``pattern``, no act after all?"""
    return (
        (exposed_to(token, lexicon.words("@exposure")) and not _welcomed(token, lexicon))
        or as_preposition(token, lexicon.words("@located_act"))
        or cut_of_own_measure(token, pattern, lexicon)
        or aim_on_an_act(token, lexicon)
        # "called the launch a grave threat", "will not tolerate provocations": no act
        or (pattern.kind == "noun" and characterising_predicate(token, lexicon))
        or (pattern.kind == "noun" and tolerated_noun(token, lexicon))
        # "had tolerated the provocations": no warning, and the provocations stay an act
        or tolerated_acts(token, pattern, lexicon)
        # "announces a missile test in March": the month, not a protest march (events52)
        or (pattern.kind == "noun" and is_month_or_weekday(token.text))
        # "the deterrent was justified": a judgement of the thing, no one justifying it
        or ("judged" in pattern.flags and judged_state(token))
    )


def judged_state(token: Any) -> bool:
    """Is ``token`` a passive participle with no agent ("was justified")?"""
    return (
        token.tag_ == "VBN"
        and any(c.dep_ == "auxpass" for c in token.children)
        and not any(c.dep_ == "agent" for c in token.children)
    )


def _welcomed(token: Any, lexicon: Lexicon) -> bool:
    """ "open to talks": the adjective is readiness for the act (an adjective pattern with its
    preposition fits, verbs.tsv open.a+to), no exposure to it ("open to attack")."""
    adjective = token.head.head if token.dep_ == "pobj" else None
    return adjective is not None and adjective_pattern(lexicon, adjective) is not None


def cut_of_own_measure(token: Any, pattern: Pattern, lexicon: Lexicon) -> bool:
    """Is ``token`` a sanction pattern whose object is the doer's own measure ("cut its
    greenhouse gas emissions")?"""
    if not (pattern.code or "").startswith(SANCTION_ROOT):
        return False
    objects = [c for c in token.children if c.dep_ in ("dobj", "nsubjpass")]
    if len(objects) != 1 or objects[0].lemma_.lower() not in lexicon.words("@own_measure"):
        return False
    if any(c.dep_ in ("prep", "dative") and c.lower_ in PARTY_PREPOSITIONS for c in token.children):
        return False
    return _owned_by_doer(objects[0], token, lexicon.words("@own_possessive"))


def _owned_by_doer(head: Any, verb: Any, own_possessives: frozenset[str]) -> bool:
    """Is ``head`` owned by the verb's subject (a possessive pronoun, "its output", counts) or
    by no one?"""
    owners = [c for c in head.children if c.dep_ == "poss"]
    if not owners:
        return True
    subjects = {c.lower_ for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")}
    for ancestor in verb.ancestors:  # "vowed to cut its output": the subject of the governor
        subjects |= {c.lower_ for c in ancestor.children if c.dep_ == "nsubj"}
    return all(
        owner.lower_ in own_possessives or owner.lower_ in subjects or _same_name(owner, subjects)
        for owner in owners
    )


def _same_name(owner: Any, subjects: set[str]) -> bool:
    """ "Russia's output" after "Russia": the owner's name is the subject's head word."""
    return any(t.lower_ in subjects for t in owner.subtree if t.dep_ != "case")
