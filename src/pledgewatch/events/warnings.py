"""Warnings: a threat aimed at whoever will suffer, or a pessimistic comment on a situation.

CAMEO codes a warning by what it is about. "Lee warned that North Korea would face
consequences", "Japan warned that China would regret it": the content clause says what an actor
will suffer (a *fate*: pay a price, face consequences, suffer retribution, regret, be held
responsible), so the warning is a threat (13x) aimed at that actor, not an event of the actor's
("China would regret" is no regret of China's). The same holds for a speech act that reports
such a fate ('"North Korea will pay a heavy price," Lee said': Lee's threat aimed at the
North) and for a vow ("vowed that the attackers would pay"). "The UN warned that famine was
spreading": a warning about a situation, with no actor in the clause and nothing in it that
anyone would inflict (no act of force, no retribution), is a pessimistic comment (012), as
PETRARCH's dictionary codes warnings of disasters and crises. A warning of war, of a response
or of an attack ("warned that the drills could lead to war") stays a threat; a warning that
fighting under way will grow ("the fighting could lead to a wider war", "the violence may
spread"), with no doer named, is again a comment: no one is threatened with anything new.

The words come from ``word_classes.tsv``: ``@fate`` (verbs whose subject suffers their object),
``@retribution`` (what is inflicted in return), ``@rue`` (verbs of being sorry), ``@accountable``
("held responsible"), ``@accountability`` ("bear the responsibility for the consequences"),
``@warning`` (verbs of warning).
"""

from __future__ import annotations

from typing import Any

from pledgewatch.events.codetable import ARMED_FORCE_ROOTS
from pledgewatch.events.dependency_roles import (
    OBJECT_DEPS,
    PASSIVE_SUBJECT_DEPS,
    is_passive,
)
from pledgewatch.events.lexicon import Lexicon

#: The pessimistic comment (CAMEO 012) a warning about a situation is.
PESSIMISM_CODE = "012"
#: The unspecified threat (CAMEO 130) a warning of someone's fate is.
THREAT_CODE = "130"
#: Adverbs that make paying or suffering a fate by themselves ("will pay dearly").
_FATE_ADVERBS = frozenset({"dearly", "heavily"})
#: CAMEO roots of force and coercion: a warning whose clause names one is a threat.
_FORCE_ROOTS = frozenset({"13", "15", "16", "17", "18", "19", "20"})
#: Determiners of fighting under way ("the fighting"); "any attack", "a new war" are not yet.
_UNDER_WAY_DETERMINERS = frozenset({"the", "this", "that", "these", "those"})
#: Adjectives of an act not yet done ("further attacks", "foreign intervention").
_NOT_YET = frozenset({"further", "new", "future", "fresh", "foreign", "another", "more"})


def fate_verb(clause: Any, lexicon: Lexicon, prospective: frozenset[str]) -> Any:
    """The verb of the fate a clause foretells, or None: "Russia [would pay] a heavy price",
    "will [face] consequences", "will [regret] it", "would be [held] responsible", "will
    [pay] for this", and through a causative, "would make the North [pay] a price", "vowed to
    make Ukraine [pay]". Only a clause with a future or conditional auxiliary
    (``prospective``) or a to-infinitive: "Russia paid a heavy price" tells what happened."""
    if clause.pos_ not in ("VERB", "AUX"):
        return None
    infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children)
    if not infinitive and not any(
        c.dep_ in ("aux", "auxpass") and c.lower_ in prospective for c in clause.children
    ):
        return None
    if clause.lemma_.lower() in _CAUSATIVES:
        caused = [
            c
            for c in clause.children
            if c.dep_ in ("ccomp", "xcomp") and any(g.dep_ == "nsubj" for g in c.children)
        ]
        return next((c for c in caused if suffers_fate(c, lexicon)), None)
    return clause if suffers_fate(clause, lexicon) else None


#: Verbs that make their complement's subject do or suffer it ("make the North pay").
_CAUSATIVES = frozenset({"make", "force"})


def suffers_fate(verb: Any, lexicon: Lexicon) -> bool:
    """Does the verb say its subject suffers retribution (see :func:`fate_verb`)? Also read
    by the commitment grader: what a subject suffers is no promise of its own."""
    lemma = verb.lemma_.lower()
    if lemma in lexicon.words("@rue"):
        return True  # "will regret", "will rue the day"
    if lemma == "be" and any(
        c.dep_ == "acomp" and (c.lower_ == "sorry" or c.lower_ in lexicon.words("@accountable"))
        for c in verb.children
    ):
        return True  # "will be sorry", "will be responsible for all the consequences"
    if is_passive(verb):
        # "would be held responsible / accountable"
        predicates = [c for c in verb.children if c.dep_ in ("oprd", "acomp", "ccomp", "xcomp")]
        words = {g.lower_ for c in predicates for g in c.subtree}
        return bool(words & lexicon.words("@accountable"))
    if lemma not in lexicon.words("@fate"):
        return False
    retribution = lexicon.words("@retribution")
    for child in verb.children:
        if child.dep_ in OBJECT_DEPS and child.lemma_.lower() in retribution:
            return True  # "pay a heavy price", "face serious consequences"
        if child.dep_ in OBJECT_DEPS and _answers_for(child, lexicon, retribution):
            return True  # "will bear the responsibility for all the consequences"
        if child.dep_ == "advmod" and child.lower_ in _FATE_ADVERBS:
            return True  # "will pay dearly"
        if child.dep_ == "prep" and child.lower_ == "for" and lemma == "pay":
            return True  # "will pay for this"
    return False


def _answers_for(noun: Any, lexicon: Lexicon, retribution: frozenset[str]) -> bool:
    """Is ``noun`` answering for retribution ("the responsibility for all the consequences")?"""
    if noun.lemma_.lower() not in lexicon.words("@accountability"):
        return False
    return any(
        prep.dep_ == "prep"
        and prep.lower_ == "for"
        and any(p.dep_ == "pobj" and p.lemma_.lower() in retribution for p in prep.children)
        for prep in noun.children
    )


def fate_subjects(verb: Any) -> list[Any]:
    """The subject tokens of a fate's verb (who will suffer), with their conjuncts."""
    deps = PASSIVE_SUBJECT_DEPS | {"nsubj"}
    out = [c for c in verb.children if c.dep_ in deps]
    for subject in list(out):
        out.extend(c for c in subject.children if c.dep_ == "conj")
    return out


def warned_clauses(verb: Any) -> list[Any]:
    """The clauses a speech-act verb warns, vows or says ("warned [that X would pay]",
    "vowed [to make X pay]")."""
    return [c for c in verb.children if c.dep_ in ("ccomp", "xcomp") and c.pos_ in ("VERB", "AUX")]


def situation_warning(verb: Any, lexicon: Lexicon, has_actor: Any) -> bool:
    """Is the warning verb's content a situation rather than a threat: no direct object, a
    content clause (or "of" phrase) with no actor as its subject and nothing in it that is
    force or retribution ("warned that famine was spreading", "warned of a humanitarian
    catastrophe")? ``has_actor(token)`` says whether a token names an actor."""
    if verb.lemma_.lower() not in lexicon.words("@warning"):
        return False
    if any(c.dep_ in OBJECT_DEPS or c.dep_ in ("dative", "iobj") for c in verb.children):
        return False  # "warned North Korea that ...": a warning to someone
    contents = warned_clauses(verb)
    contents += [
        p
        for c in verb.children
        if c.dep_ == "prep" and c.lower_ in ("of", "about")
        for p in c.children
        if p.dep_ == "pobj"
    ]
    if not contents:
        return False
    for content in contents:
        if content.pos_ in ("VERB", "AUX"):
            subjects = [
                c for c in content.children if c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj")
            ]
            if any((s.pos_ == "PRON" and s.lower_ != "it") or has_actor(s) for s in subjects):
                return False  # someone will do or suffer something
            if _escalation(content, subjects, lexicon, has_actor):
                continue  # "the fighting could lead to a wider war": no one's act foretold
        if any(_forceful(token, lexicon) for token in content.subtree):
            return False  # "could lead to war", "a harsh response": what someone would do
    return True


def _escalation(content: Any, subjects: list[Any], lexicon: Lexicon, has_actor: Any) -> bool:
    """Does the clause foretell only that force already under way will grow ("the fighting
    could spread into a wider war", "the violence may escalate")? Its subject is an act of
    force with no doer named (no owner, no "by"), and nothing in it is retribution, so no one
    is threatened with anything new ("the attacks would bring a harsh response" is a threat)."""
    nouns = [s for s in subjects if s.pos_ == "NOUN"]
    if not nouns or not all(_fighting(s, lexicon) for s in nouns):
        return False  # "the drills could lead to war": a show of force is one side's act
    if any(
        c.dep_ == "poss" or has_actor(c) or (c.dep_ == "prep" and c.lower_ == "by")
        for s in nouns
        for c in s.children
    ):
        return False  # "Israel's strikes", "Russian shelling", "the strikes by X": someone's act
    if any(
        (c.dep_ == "det" and c.lower_ not in _UNDER_WAY_DETERMINERS)
        or (c.dep_ == "amod" and c.lower_ in _NOT_YET)
        for s in nouns
        for c in s.children
    ):
        return False  # "any provocation would lead to war": an act not yet done, a deterrent
    return not any(
        token.lemma_.lower() in lexicon.words("@retribution")
        or token.lower_ in lexicon.words("@retribution")
        for token in content.subtree
    )


def _fighting(token: Any, lexicon: Lexicon) -> bool:
    """Is the noun fighting itself (CAMEO 18-20: "fighting", "violence", "clashes", "war")?"""
    patterns = lexicon.patterns("noun", token.lemma_.lower())
    return any((p.code or "")[:2] in ARMED_FORCE_ROOTS for p in patterns)


def _forceful(token: Any, lexicon: Lexicon) -> bool:
    """Is the word retribution or an act of force or coercion ("war", "attack", "response")?"""
    lemma = token.lemma_.lower()
    if lemma in lexicon.words("@retribution") or token.lower_ in lexicon.words("@retribution"):
        return True
    if token.pos_ in ("NOUN", "PROPN"):
        patterns = lexicon.patterns("noun", lemma)
    elif token.pos_ == "VERB":
        patterns = lexicon.patterns("verb", lemma)
    else:
        return False
    return any((p.code or "")[:2] in _FORCE_ROOTS or p.family == "threaten" for p in patterns)
