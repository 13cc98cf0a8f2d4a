"""A speaker saying an agreement or talks will be void declares their end: its own act.

"The army said the truce would become invalid on May 5", "Tehran said the accord will be void":
the content clause is a verdict on an ended thing (a linking verb, an agreement or talks as its
subject, a verdict such as "invalid", "null and void", "over" as its predicate), and it has no
verb of the lexicon, so the saying was coded as a bare statement (010) and the act inside it was
lost. What the speaker does is what a statement printed in its own voice does with the same
words (:mod:`pledgewatch.events.declared_ends`): it renounces the agreement (127) or breaks off
the talks (164). Here the frame's statement is recoded as that act, aimed at the other party the
ended thing names ("the talks with Seoul"), coded ``future`` and dated, as the statement was, by
the saying (the day the verdict names, "on May 5", is when it takes effect: the commitment's
deadline). The grader binds the sayer to it (:mod:`pledgewatch.commitments.issuer_voice`).

Only a verdict said to come (a future auxiliary, or "would" under the past saying: "would
become invalid"); a hedged one ("could be void") and a present one ("said the talks are dead":
an assessment as often as a declaration) are left as said, and so is a speaker of no country
("analysts said the truce would be void": a forecast, not a party ending it). The verdict
words, the ended classes and the back-shifted "would" are ``data/lexicon/declared_ends.yaml``'s,
the future auxiliaries ``modality.yaml``'s. A verdict that is a halt idiom ("said the talks will
be over") is read before this, by :mod:`pledgewatch.events.idioms`.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Any

from pledgewatch.events.declared_ends import DeclaredEnds, other_parties
from pledgewatch.events.modality import LINKING_VERBS, ModalityReading

if TYPE_CHECKING:
    from pledgewatch.events.actions import Action
    from pledgewatch.events.actor_phrases import ActorIndex, Argument
    from pledgewatch.events.extract import RawEvent

__all__ = ["said_end"]


def said_end(
    frame: Action, said: list[RawEvent], ends: DeclaredEnds, actors: ActorIndex | None
) -> list[RawEvent] | None:
    """The frame's statements recoded as the end the speaker declares in its content clause,
    or None when the content is no such verdict (or the statement has no speaker)."""
    if not said or any(e.source is None or not e.code.startswith("01") for e in said):
        return None
    if any(e.source is not None and e.source.mention.code.startswith("---") for e in said):
        return None  # "analysts said the truce would be void": a forecast, no party's act
    for verb in _content_verbs(frame.token):
        cue = _ahead(verb, ends.said_ahead_aux)
        ended = ends.ended_by(verb) if cue is not None else None
        if ended is None:
            continue
        thing, code, words = ended
        source = said[0].source
        assert source is not None  # checked above
        others: list[Argument | None] = [*other_parties(thing, source, actors)]
        why = f"; says '{thing.text} {verb.text} {words}' ⇒ declares its end {code}"
        return [
            replace(
                event,
                code=code,
                target=other,
                modality=ModalityReading("future", cue),
                role="main",
                why=event.why + why,
                tokens=[*event.tokens, verb, thing],
            )
            for event in said[:1]
            for other in (others or [event.target])
        ]
    return None


def _content_verbs(frame_verb: Any) -> list[Any]:
    """The linking verbs of the frame's content clauses (and of clauses joined to them)."""
    found: list[Any] = []
    for clause in frame_verb.children:
        if clause.dep_ != "ccomp":
            continue
        for verb in [clause, *(c for c in clause.children if c.dep_ == "conj")]:
            if verb.lemma_.lower() in LINKING_VERBS and verb.pos_ in ("AUX", "VERB"):
                found.append(verb)
    return found


def _ahead(verb: Any, ahead: frozenset[str]) -> str | None:
    """The auxiliary that puts ``verb`` ahead ("would", "will"), or None (none, or a hedge).
    ``ahead``: the future auxiliaries, with "would" and "'d", which under a past "said" are
    the future of then, not a hedge (:attr:`DeclaredEnds.said_ahead_aux`)."""
    auxiliaries = [c.lower_ for c in verb.children if c.dep_ == "aux"]
    if len(auxiliaries) != 1 or auxiliaries[0] not in ahead:
        return None
    return auxiliaries[0]
