"""The party a condition is set on: "it" in "... sanctions against X if it did not stop ...".

A threat, an offer or a sanction with an "if" or "unless" clause sets the condition on the party
it is aimed at: "The resolution threatened sanctions against the government of Bashar al-Assad if
it did not stop using heavy weapons" ("it" is Assad's government), "The plan would lift sanctions
on Iran if it halts enrichment". When the main clause's subject is no actor that could be the
pronoun (a resolution, a plan, a text), salience's usual choice, the last fitting subject of an
earlier sentence, is too often the other side of the story (here Russia, which vetoed the
resolution). :func:`conditioned_party` gives the pronoun the last fitting actor of the main
clause outside the condition instead. Kept apart from :mod:`pledgewatch.actors.salience`, which
calls it, so that module stays small.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace

from spacy.tokens import Token

from pledgewatch.actors.mention import ActorMatch
from pledgewatch.actors.seen import NOT_COUNTRIES, SUBJECT_DEPS, Seen
from pledgewatch.nlp.condition_clauses import condition_mark

__all__ = ["conditioned_party", "last_main_clause_actor"]


def conditioned_party(
    pronoun: Token, current: Sequence[Seen], accept: Callable[[ActorMatch], bool]
) -> Seen | None:
    """The actor of the main clause a condition's subject pronoun stands for, when the main
    clause's subject is no fitting actor; None otherwise."""
    clause = pronoun.head
    if pronoun.dep_ not in SUBJECT_DEPS or condition_mark(clause) is None:
        return None
    main = clause.head
    subjects = [c for c in main.children if c.dep_ in SUBJECT_DEPS]
    if not subjects:
        return None
    for seen in current:
        head = seen.mention.head
        if accept(seen.mention) and any(s.left_edge.i <= head <= s.right_edge.i for s in subjects):
            return None  # "Israel will strike if it is attacked": the subject, as usual
    found = last_main_clause_actor(
        pronoun, current, lambda seen: accept(seen.mention) and not seen.mention.is_location
    )
    if found is None or found.mention.country != "---":
        return found
    return _with_owner(found, pronoun, current)


def last_main_clause_actor(
    pronoun: Token, current: Sequence[Seen], fits: Callable[[Seen], bool]
) -> Seen | None:
    """The last actor seen before ``pronoun`` that ``fits`` and stands in the main clause its
    condition clause (the pronoun's head) hangs on, outside that condition; None if none."""
    clause = pronoun.head
    main = clause.head
    inside = range(clause.left_edge.i, clause.right_edge.i + 1)
    found = None
    for seen in current:
        head = seen.mention.head
        if (
            seen.mention.end <= pronoun.i
            and main.left_edge.i <= head <= main.right_edge.i
            and head not in inside
            and fits(seen)
        ):
            found = seen
    return found


def _with_owner(found: Seen, pronoun: Token, current: Sequence[Seen]) -> Seen:
    """ "the government of Bashar al-Assad": a country-less body takes the country of the actor
    its "of" phrase names (SYRGOV), as the event coder composes it."""
    doc = pronoun.doc
    head = doc[found.mention.head] if 0 <= found.mention.head < len(doc) else None
    if head is None:
        return found
    owners = [
        p
        for prep in head.children
        if prep.dep_ == "prep" and prep.lower_ == "of"
        for p in prep.children
        if p.dep_ == "pobj"
    ]
    for seen in current:
        country = seen.mention.country
        if (
            country
            and country not in NOT_COUNTRIES
            and any(seen.mention.start <= p.i < seen.mention.end for p in owners)
        ):
            code = country + (found.mention.sector or "")
            why = f"{found.mention.why}; of '{seen.mention.text}' = {code}"
            mention = replace(found.mention, code=code, country=country, why=why)
            return Seen(found.sentence, mention, found.subject, found.depth)
    return found
