"""A relative clause with no relative word has its head noun as its object, not its doer.

"the ship the North Koreans had chartered", "an American the North had jailed": a contact
relative clause (no "who", "which", "that") that has a subject of its own and no object or
clause is about its head noun as the object of its verb; the head is no doer, and the act is done
to it ("the diplomat the witnesses say met the rebels", whose verb carries a clause, is about the
diplomat meeting them, not being said). The parser may also mangle such a clause when it follows
an apposition ("Gomes, an American the North had jailed": "American" read as the clause's
subject and "the North" as its apposition).
An apposition that follows its noun with no comma and opens with a determiner of its own ("an
American the North") is no apposition (a close apposition is a bare name: "the poet Kim
Ji-ha"); it is the clause's subject, and the noun before it is the clause's head.

:func:`contact_clause_subject` gives the clause's real subject in that mangled reading, and
:func:`contact_clause_object` the noun the clause's verb acts on;
:mod:`~pledgewatch.events.dependency_roles` reads both for the verb's source and target.
"""

from __future__ import annotations

from typing import Any

__all__ = ["contact_clause_object", "contact_clause_subject"]

#: Words that open a relative clause: a clause with one is no contact clause.
_RELATIVE_WORDS = frozenset({"who", "whom", "whose", "which", "that", "where", "when", "why"})
#: Tags of relative words (wh-determiners, -pronouns, -adverbs).
_RELATIVE_TAGS = frozenset({"WDT", "WP", "WP$", "WRB"})
#: Relations of a verb's own object.
_OBJECTS = frozenset({"dobj", "obj"})
#: Relations of a clause a verb carries: a verb with one says or wants something, and the head
#: noun belongs to that clause, not to the verb as its object.
_CLAUSES = frozenset({"ccomp", "xcomp"})


def _contact_clause(verb: Any) -> Any | None:
    """The subject of ``verb`` when it is an active contact relative clause with a subject and
    no object; None otherwise."""
    if verb.dep_ != "relcl" or any(c.dep_ == "auxpass" for c in verb.children):
        return None
    children = list(verb.children)
    if any(c.lower_ in _RELATIVE_WORDS or c.tag_ in _RELATIVE_TAGS for c in children):
        return None
    if any(c.dep_ in _OBJECTS for c in children):
        return None
    if any(c.dep_ in _CLAUSES for c in children):
        # "the diplomat the witnesses say met the rebels": the head is the doer in the clause
        # said, no object of the saying
        return None
    return next((c for c in children if c.dep_ == "nsubj"), None)


def _misread_apposition(subject: Any) -> Any | None:
    """The "apposition" of ``subject`` that is the clause's real subject ("an American the
    North": "the North"), or None."""
    doc = subject.doc
    for child in subject.children:
        if child.dep_ != "appos" or child.i < subject.i:
            continue
        start = child.left_edge
        between = doc[subject.i + 1 : start.i]
        if start.tag_ == "DT" and not any(t.is_punct for t in between):
            return child
    return None


def contact_clause_subject(verb: Any) -> Any | None:
    """The real subject of a contact relative clause that the parser read as the apposition of
    the clause's head ("an American the North had jailed": "North"), or None."""
    subject = _contact_clause(verb)
    return None if subject is None else _misread_apposition(subject)


def contact_clause_object(verb: Any) -> Any | None:
    """The noun a contact relative clause's verb acts on: its head ("the ship the North Koreans
    had chartered": "ship"), or, in the mangled reading, the noun read as its subject ("an
    American the North had jailed": "American"); None for any other verb."""
    subject = _contact_clause(verb)
    if subject is None:
        return None
    return subject if _misread_apposition(subject) is not None else verb.head
