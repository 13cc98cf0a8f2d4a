"""Negations of a commitment clause: what a "not", "never" or "no" refuses, or does not.

Moved out of :mod:`pledgewatch.commitments.strength` (pass 25) with one reading added: a "no"
on the promised act's object refuses the act as a "not" on its verb does ("The North will hold
no talks with Seoul", "will provide no aid", "will make no concessions" are refusals, as "will
not hold talks" is; "will conduct no further tests" a promise of restraint). The coder already
marks such an event negated; the grader used to skip a negation sitting on a noun. A verb and
object whose "no" is emphasis, not refusal ("will spare no effort", "will leave no stone
unturned", "will waste no time"), are ``emphatic_no_objects`` in ``strength_cues.yaml``
("will leave no troops in Iraq" refuses); "will give no
details" (a silence object) refuses nothing either.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from pledgewatch.commitments.clause import CommitmentClause, in_subject_complement

if TYPE_CHECKING:
    from pledgewatch.commitments.strength import StrengthCues, StrengthReading

#: The determiner that negates the noun it sits on ("no talks", "no further tests").
_NO = "no"
#: Dependencies by which a noun is the clause verb's object ("hold no talks") or its passive
#: subject ("no talks will be held").
_OBJECT_DEPS = ("dobj", "nsubjpass")


def object_negations(
    clause: CommitmentClause, cues: StrengthCues, allowed: set[int]
) -> list[tuple[str, Token]]:
    """("no", verb) for each "no" on the object of a verb of the clause: "will hold no talks"
    negates "hold". Not on an object of a preposition ("talks with no preconditions"), nor of
    an emphatic verb ("spare no effort"), nor a silence object ("will give no details")."""
    found: list[tuple[str, Token]] = []
    for token in clause.sent:
        if token.lower_ != _NO or token.dep_ != "det" or token.i not in allowed:
            continue
        noun = token.head
        verb = noun.head
        if (
            noun.dep_ not in _OBJECT_DEPS
            or verb.i not in allowed
            or verb.pos_ not in ("VERB", "AUX")
        ):
            continue
        if (
            f"{verb.lemma_.lower()} {noun.lemma_.lower()}" in cues.emphatic_no_objects
            or noun.lemma_.lower() in cues.silence_objects
        ):
            continue
        found.append((token.text, verb))
    return found


def _past_fact(verb: Token, cues: StrengthCues) -> bool:
    """A negated verb in the past or perfect ("did not meet", "has not shipped", "never
    made"), with no future or modal auxiliary ("would not give up" is a refusal)."""
    auxiliaries = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(a.tag_ == "MD" for a in auxiliaries):
        return False
    if any(a.lower_ in cues.past_fact_aux for a in auxiliaries):
        return True
    return not auxiliaries and verb.tag_ == "VBD"


def _refused_ahead(verb: Token, cues: StrengthCues) -> bool:
    """ "will not discuss the talks": a modal puts the silence ahead, a choice that refuses."""
    if verb.lemma_.lower() not in cues.refused_when_negated_ahead:
        return False
    return any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children)


def read_negation(
    clause: CommitmentClause,
    cues: StrengthCues,
    allowed: set[int],
    reading: StrengthReading,
    kind: str | None,
) -> None:
    """Read the clause's negations into ``reading``: a refusal ("will not hold talks", "will
    hold no talks"), a promise of restraint ("will not conduct further tests", "promised
    that farmers would not lose their land"), or nothing refused (a past fact, silence, a
    warning, a state, a contrast of nouns)."""
    sent = clause.sent
    doc = sent.doc
    negations = [
        (match.text, match.tokens[0].head)
        for match in cues.strength.find(sent, allowed=allowed, labels=("negation",))
    ] + object_negations(clause, cues, allowed)
    for negation_word, negated in negations:
        if negated.i not in allowed:
            continue
        if negated.pos_ in ("NOUN", "PROPN", "PRON"):
            # "wants to see action, not words": a contrast of two nouns negates no action
            reading.why.append(f"contrastive {negation_word!r} on {negated.text!r}: no refusal")
            continue
        if negated.lemma_.lower() in cues.silence and not _refused_ahead(negated, cues):
            # "did not mention inspectors" says nothing was said: no promise, no refusal
            reading.why.append(f"negated report verb {negated.text!r}: silence, not a refusal")
            # "never" is also a refusal word: "Kim never announced one" refuses nothing
            reading.refusal_cues = [
                c for c in reading.refusal_cues if c.lower() != negation_word.lower()
            ]
            continue
        if negated.lemma_.lower() in cues.warning_when_negated:
            # "she would not tolerate any action that threatens the people": a warning
            reading.warning = f"{negation_word} {negated.text}"
            reading.why.append(f"'{reading.warning}': a warning to others, not a refusal")
            reading.refusal_cues = [
                c for c in reading.refusal_cues if c.lower() != negation_word.lower()
            ]
            continue
        if negated.lemma_.lower() in cues.states:
            # "does not have hostile intent": a description of a state, nothing refused
            reading.why.append(f"negated state {negated.text!r}: a description, not a refusal")
            reading.refusal_cues = [
                c for c in reading.refusal_cues if c.lower() != negation_word.lower()
            ]
            continue
        trigger = clause.trigger
        promiser = trigger if trigger.lemma_.lower() in cues.promise_verbs else None
        if promiser is None:
            # "pledged not to halt operations by withdrawing workers": the trigger (the
            # withdrawal) sits under the negated act inside what a promise verb promises
            promiser = next(
                (a for a in negated.ancestors if a.lemma_.lower() in cues.promise_verbs), None
            )
            if promiser is not None and not promiser.is_ancestor(trigger):
                promiser = None
        if negated.i != trigger.i and promiser is not None and promiser.is_ancestor(negated):
            # "promised that farmers would not lose their land": what was promised is that
            # something will not happen, a promise of restraint; the promise is not negated
            reading.restraint = True
            reading.why.append(f"negation {negation_word!r} inside what {promiser.text!r} promises")
            reading.refusal_cues = [
                c for c in reading.refusal_cues if c.lower() != negation_word.lower()
            ]
            continue
        if in_subject_complement(negated, clause.head):
            # "Tokyo hoped the death would not harm peace": the "not" is the hoped-for
            # clause's, which has a subject of its own; nothing is refused
            reading.why.append(f"negation {negation_word!r} inside a clause with its own subject")
            reading.refusal_cues = [
                c for c in reading.refusal_cues if c.lower() != negation_word.lower()
            ]
            continue
        reading.negated = True
        if _past_fact(negated, cues):
            # "Carter did not meet Kim" tells what did not happen, it refuses nothing
            reading.why.append(
                f"negated past fact {negation_word!r} {negated.text!r}: not a refusal"
            )
            reading.past_fact = True
            # "never" is also a refusal word, but "never signed" tells a past fact
            reading.refusal_cues = [
                c for c in reading.refusal_cues if c.lower() != negation_word.lower()
            ]
            return
        if kind == "demand" and negated not in clause.chain:
            reading.why.append(f"negated demand content {negation_word!r} {negated.text!r}")
            return
        objects = [negated] + [
            c for c in negated.children if c.dep_ in ("xcomp", "dobj", "ccomp", "prt")
        ]
        restraint_tokens = set()
        for token in objects:
            restraint_tokens |= {token.i}
            restraint_tokens |= {c.i for c in token.children if c.dep_ == "prt"}
        window = doc[min(restraint_tokens) : max(restraint_tokens) + 1]
        hits = [
            m for m in cues.restraint.find(window) if {t.i for t in m.tokens} & restraint_tokens
        ]
        if hits and negated.lemma_.lower() in cues.halting_verbs and negated not in hits[0].tokens:
            # "would never stop enriching uranium": the halt is refused, the activity goes on
            reading.refusal_cues.append(f"{negation_word} {negated.text}")
            reading.why.append(f"refusal: {negation_word!r} negates halting {hits[0].text!r}")
        elif hits:
            reading.restraint = True
            reading.why.append(
                f"negated restraint action {negation_word!r} {hits[0].text!r}: "
                "a promise of restraint"
            )
            # "never" is also a refusal word; a promise of restraint is not a refusal
            reading.refusal_cues = [
                c for c in reading.refusal_cues if c.lower() != negation_word.lower()
            ]
        else:
            reading.refusal_cues.append(f"{negation_word} {negated.text}")
            reading.why.append(f"refusal: {negation_word!r} negates {negated.text!r}")
        return
