"""The words of what is promised, as users read them in a commitment.

A commitment shows its verb group ("would be ready to settle", in the reporting chain) and the
promised action's text (``topic_text`` when no taxonomy topic matches): the trigger's clause
from the trigger on, without its conditions, or, after a verb of asking or allowing, the
object with its infinitive ("Myanmar to end military cooperation with North Korea"). An object
that is a relative pronoun is read as the noun it stands for ("the rules that it has already
accepted": the rules, not "that").
"""

from __future__ import annotations

from spacy.tokens import Token

from pledgewatch.commitments.clause import CommitmentClause
from pledgewatch.commitments.strength import StrengthReading
from pledgewatch.events.dependency_roles import RELATIVE_PRONOUNS
from pledgewatch.events.types import EventFinding


def verb_group(clause: CommitmentClause) -> str:
    """The promise's verb group: "would be ready to settle", "will allow"."""
    words = set(clause.chain)
    for token in clause.chain:
        words |= {c for c in token.children if c.dep_ in ("aux", "auxpass", "neg", "prt")}
    ordered = sorted(words, key=lambda t: t.i)
    return " ".join(t.text for t in ordered)


def action_text(finding: EventFinding, clause: CommitmentClause, reading: StrengthReading) -> str:
    """The promised action's words: the trigger's clause from the trigger on; for a verb of
    asking or allowing with an object and an infinitive ("urged Myanmar to end military
    cooperation", "allow inspectors to return"), the object with its infinitive."""
    controlled = object_and_infinitive(finding.trigger)
    if controlled:
        return controlled
    if finding.object_text:
        return antecedent_text(finding.trigger, finding.object_text) or finding.object_text
    trigger: Token = finding.trigger
    start = trigger if trigger.i in clause.scope else clause.head
    words = [
        t
        for t in clause.scope_tokens()
        if t.i >= start.i and t.i not in reading.condition_tokens and not t.is_punct
    ]
    if not words:
        return trigger.text
    doc = trigger.doc
    return one_line(doc[words[0].i : words[-1].i + 1].text)


def object_and_infinitive(trigger: Token) -> str | None:
    """ "Myanmar to end military cooperation with North Korea" in "urged Myanmar to end
    ...": the object of an object-control verb and the infinitive it is asked to do."""
    obj = next((c for c in trigger.children if c.dep_ == "dobj"), None)
    if obj is None:
        return None
    infinitive = next(
        (c for c in trigger.children if c.dep_ in ("xcomp", "ccomp") and c.i > obj.i), None
    )
    if infinitive is None or not any(
        c.dep_ == "aux" and c.lower_ == "to" for c in infinitive.children
    ):
        return None
    doc = trigger.doc
    return one_line(doc[obj.left_edge.i : infinitive.right_edge.i + 1].text)


def one_line(text: str) -> str:
    """Words as one line, without the punctuation or the paragraph break that ended them."""
    return " ".join(text.split()).strip(" ,;.")


def antecedent_text(trigger: Token, object_text: str) -> str | None:
    """The noun phrase a relative clause's object pronoun stands for ("the rules [that it
    has already accepted]" -> "the rules"), without the clause; None when the object is no
    relative pronoun or the trigger heads no relative clause."""
    if object_text.strip().lower() not in RELATIVE_PRONOUNS or trigger.dep_ != "relcl":
        return None
    clause = {t.i for t in trigger.subtree}
    words = [t for t in trigger.head.subtree if t.i not in clause and not t.is_punct]
    if not words:
        return None
    return one_line(" ".join(t.text for t in sorted(words, key=lambda t: t.i)))
