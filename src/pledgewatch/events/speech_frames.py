"""Where a reporting frame's content is when it is not a verb's clausal complement.

"Said" takes what it reports as its complement clause. Two other frames carry their content
elsewhere on the parse, and the reporting-frame rules of :mod:`pledgewatch.events.extract`
(an obligation is a demand or an appeal, "told X that it must", claimed acts) should still
reach it:

* a light verb delivering a speech noun ("issued a statement that North Korea must stop",
  "sent a message to Seoul that it must apologise", "sent a letter threatening to cut
  funding"): the content is the noun's that-clause or participle, or the clause the parser hung
  on the verb instead (verbs.tsv ``*.v+speech``, word class ``@speech_noun``);
* a verb of judgement ("concluded that ...", "found that ..."), which reports only a finite
  clause (verbs.tsv child ``=clause``) and otherwise keeps its own senses ("concluded an
  agreement", "found him guilty").

And a speech-act noun of its own (a warning, a threat) issued with a that-clause the parser hung
on the verb ("issued a warning to Pyongyang that it would respond") takes that clause as its
content, so that one warning is one event.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from pledgewatch.events.dependency_roles import OBJECT_DEPS
from pledgewatch.events.lexicon import SPEECH_ACT_FAMILIES

if TYPE_CHECKING:
    from pledgewatch.events.actions import Action
    from pledgewatch.events.lexicon import Lexicon, Pattern


def noun_clauses(noun: Any) -> list[Any]:
    """The that-clauses a noun carries as its content ("a reminder [that it must cooperate]",
    "a warning [that China would pay]"); a relative clause ("a statement that condemned the
    attack", where "that" is the subject) is none."""
    return [
        c
        for c in noun.children
        if c.dep_ in ("acl", "relcl", "ccomp")
        and c.pos_ in ("VERB", "AUX")
        and any(g.dep_ == "mark" and g.lower_ == "that" for g in c.children)
    ]


def speech_noun_clauses(verb: Any, speech_nouns: frozenset[str]) -> list[Any]:
    """The content clauses of a verb's speech-noun object ("issued a statement [that X must
    stop]"): the noun's that-clause, or the that-clause the parser hung on the verb itself
    ("sent a message to Seoul [that it must apologise]" read as the verb's ccomp); [] when
    the verb has no such object."""
    objects = [c for c in verb.children if c.dep_ in OBJECT_DEPS and _lemma(c) in speech_nouns]
    if not objects:
        return []
    clauses = [clause for noun in objects for clause in noun_clauses(noun)]
    clauses += [c for c in verb.children if c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX")]
    return clauses


def speech_noun_participles(verb: Any, speech_nouns: frozenset[str]) -> list[Any]:
    """The participles that say what a verb's speech-noun object does ("sent a letter
    [threatening to pull funding]", "issued a statement [condemning the test]"): the noun's
    content, whose doer is the verb's subject. The parser may hang it on the verb ("sent a
    letter to the WHO [threatening ...]", an adverbial participle after the noun)."""
    nouns = [c for c in verb.children if c.dep_ in OBJECT_DEPS and _lemma(c) in speech_nouns]
    if not nouns:
        return []
    on_noun = [c for noun in nouns for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBG"]
    on_verb = [
        c for c in verb.children if c.dep_ == "advcl" and c.tag_ == "VBG" and c.i > nouns[0].i
    ]
    return on_noun + on_verb


def speech_noun_of_something(verb: Any, pattern: Pattern, speech_nouns: frozenset[str]) -> bool:
    """Is the pattern a light verb's speech-noun frame (family say, an object word required)
    whose noun has an "of" phrase ("sent a note of protest", "made a declaration of war")?
    Then the "of" phrase says what the note is, and the noun is no frame of a clause."""
    if pattern.family != "say" or not pattern.requires:
        return False
    return any(
        c.dep_ in OBJECT_DEPS
        and _lemma(c) in speech_nouns
        and any(p.dep_ == "prep" and p.lower_ == "of" for p in c.children)
        for c in verb.children
    )


def best_pattern_but_speech(
    lexicon: Lexicon, lemmas: list[str], children: set[str], words: set[str], is_actor: bool
) -> Pattern | None:
    """The most specific verb pattern that fits and is no reporting frame: "sent a letter of
    protest" is a protest, not a statement whose clause is reported."""
    return lexicon.best_pattern(
        "verb", lemmas, children, words, is_actor, accept=lambda p: p.family != "say"
    )


def finite_clause(clause: Any) -> bool:
    """A finite content clause with a subject of its own ("found [that the ship was sunk]",
    "concluded [the US must pay]"); not an infinitive or a small clause ("found [him guilty]",
    "found [Gaddafi hiding in a pipe]")."""
    if clause.pos_ not in ("VERB", "AUX"):
        return False
    if any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children):
        return False
    if not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in clause.children):
        return False
    tensed = ("VBD", "VBZ", "VBP", "MD")
    return (
        clause.tag_ in tensed
        or any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children)
        or any(c.dep_ in ("aux", "auxpass") and c.tag_ in tensed for c in clause.children)
    )


def clause_to_speech_noun(action: Action) -> None:
    """ "Seoul issued a warning to Pyongyang that it would respond": the parser hangs the
    that-clause on the verb, but it is what the warning says. With one speech-act noun (a
    threat, a warning, ... with contents of its own to take) as the verb's object among its
    contents, the verb's clausal contents move under the noun, so that one warning is one
    event (composed with its content), not the noun's event and the clause's besides."""
    nouns = [
        c
        for c in action.contents
        if c.pattern.kind == "noun"
        and c.family in SPEECH_ACT_FAMILIES
        and c.token.head.i == action.token.i
        and c.token.dep_ in OBJECT_DEPS
    ]
    if len(nouns) != 1:
        return
    noun = nouns[0]
    clauses = [
        c for c in action.contents if c.token.head.i == action.token.i and c.token.dep_ == "ccomp"
    ]
    for clause in clauses:
        action.contents.remove(clause)
        clause.governor = noun
        noun.contents.append(clause)


def _lemma(token: Any) -> str:
    return str(token.lemma_).lower()
