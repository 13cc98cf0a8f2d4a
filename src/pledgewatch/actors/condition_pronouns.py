"""The other party a condition names: "Turkey will cut ties with Israel unless it apologizes".

A threat made on a condition sets the condition on whom it threatens (a main clause with a
punitive or hostile verb or object, the dictionary's ``threat_words``: "cut ties", "impose
sanctions", not "send rice" or "resume talks", whose "it" stays their subject): "X will cut
ties with Y unless it apologizes", "X will impose sanctions on Y unless it stops enrichment",
"... if it does not withdraw": "it" is Y, the one who must act to avoid the threatened act, not
the subject X, which salience's usual choice (the last fitting subject) gives. This holds for an
"unless" clause, or an "if" clause whose verb is negated, hung on a main clause that is not
itself negated ("North Korea will not give up its weapons unless it receives guarantees" keeps
North Korea) and that names another fitting actor besides its subject; the condition's pronoun
must be its verb's active subject ("Israel will strike Gaza if it is attacked" keeps Israel).
The other party is the last fitting actor of the main clause outside its subject and outside the
condition, not a place where something is done ("held talks in Cairo"). Reads the parse only;
:mod:`pledgewatch.actors.conditions` (the party of a condition whose main subject is no actor)
is tried first, and this rule second, by :mod:`pledgewatch.actors.salience`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from spacy.tokens import Token

from pledgewatch.actors.conditions import conditioned_party, last_main_clause_actor
from pledgewatch.actors.mention import ActorMatch
from pledgewatch.actors.seen import SUBJECT_DEPS, Seen
from pledgewatch.nlp.condition_clauses import condition_mark
from pledgewatch.nlp.prepositions import LOCATIVE_RELATIONS

__all__ = ["condition_party", "threatened_party"]

#: A mark that sets a condition whatever its polarity ("unless it apologizes").
_UNLESS = "unless"
#: Prepositions of a place an act is done at, which is no party to it ("talks in Cairo", "at").
_PLACE_PREPS = LOCATIVE_RELATIONS | {"at"}


def condition_party(
    pronoun: Token,
    current: Sequence[Seen],
    accept: Callable[[ActorMatch], bool],
    threat_words: frozenset[str],
) -> Seen | None:
    """The party a condition's subject pronoun stands for: the main clause's actor when its
    subject is none (:func:`~pledgewatch.actors.conditions.conditioned_party`), else the other
    party of a threat (:func:`threatened_party`); None when neither applies."""
    return conditioned_party(pronoun, current, accept) or threatened_party(
        pronoun, current, accept, threat_words
    )


def threatened_party(
    pronoun: Token,
    current: Sequence[Seen],
    accept: Callable[[ActorMatch], bool],
    threat_words: frozenset[str],
) -> Seen | None:
    """The main clause's other party a condition's subject pronoun stands for; None when the
    condition is none of a threat's (see the module docstring): a main clause whose verb or
    direct object is none of ``threat_words`` threatens no one."""
    clause = pronoun.head
    if pronoun.dep_ != "nsubj":
        return None
    mark = condition_mark(clause)
    negated = any(c.dep_ == "neg" for c in clause.children)
    if mark is None or (mark != _UNLESS and not negated):
        return None
    main = clause.head
    if any(c.dep_ == "neg" for c in main.children) or not _threatens(main, threat_words):
        return None
    subjects = [c for c in main.children if c.dep_ in SUBJECT_DEPS]
    if not subjects:
        return None
    in_subject = [range(s.left_edge.i, s.right_edge.i + 1) for s in subjects]

    def fits(seen: Seen) -> bool:
        head = seen.mention.head
        return (
            not any(head in span for span in in_subject)
            and accept(seen.mention)
            and not _a_place_of_the_act(pronoun.doc[head])
        )

    return last_main_clause_actor(pronoun, current, fits)


def _threatens(main: Token, threat_words: frozenset[str]) -> bool:
    """Is the main clause's verb, or its direct object, a punitive or hostile act ("will cut
    ties", "will impose sanctions", "will take action")?"""
    words = [main] + [c for c in main.children if c.dep_ == "dobj"]
    return any(w.lemma_.lower() in threat_words or w.lower_ in threat_words for w in words)


def _a_place_of_the_act(token: Token) -> bool:
    """Is the token the object of a place preposition ("talks in [Cairo]")?"""
    prep = token.head
    return token.dep_ == "pobj" and prep.dep_ == "prep" and prep.lower_ in _PLACE_PREPS
