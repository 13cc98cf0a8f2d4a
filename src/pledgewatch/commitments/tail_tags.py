"""A closing "..., X said" that the parser hung on the last noun or on the main verb.

"The United States will provide $100 million to support the Haiti mission, Secretary of State
Antony Blinken said at the United Nations": the parser reads "Blinken said ..." as a relative
clause of "mission" (no relative pronoun, a comma before it), so the reporting chain, which
climbs from the promise to the verbs above it, never meets the speaker, and the promise reads
as the reporter's own (third party, formality "reported"); "France will provide 50 million
euros ..., Foreign Minister Jean-Noel Barrot said at the United Nations" is parsed as two
conjoined clauses with no "and", to the same effect. :func:`misparsed_tail_tag` finds
such a tag under a sentence's main clause so that the chain can take it as its innermost
level (:func:`~pledgewatch.commitments.attribution.reporting_chain`). From the audit "promises
from everywhere, a second set" (stop 21, benchmarks/RESULTS.md).
"""

from __future__ import annotations

from spacy.tokens import Token

from pledgewatch.commitments.reporting_cues import ReportingCues
from pledgewatch.events.dependency_roles import RELATIVE_PRONOUNS

#: Tags of a tensed verb: a tag is told in a tense ("said", "says").
TENSED_TAGS = frozenset({"VBD", "VBZ", "VBP"})
#: Words that open a true relative clause ("the mission, which officials said ..."): the
#: event coder's relative pronouns and the relative words that are no pronoun of a role.
RELATIVE_WORDS = RELATIVE_PRONOUNS | {"whose", "where", "when"}


def misparsed_tail_tag(head: Token, cues: ReportingCues) -> Token | None:
    """The speech verb of a closing "..., X said" parsed as a relative clause of a noun in the
    main clause ``head`` heads, or as a clause conjoined to it with no conjunction, or None.
    The tag must follow a comma, have a subject of its own that is no relative word, report
    no clause of its own, and close the sentence."""
    if head.dep_ != "ROOT":
        return None
    sent = head.sent
    words = [t for t in sent if not t.is_punct and not t.is_space]
    if not words:
        return None
    last = words[-1].i
    for verb in head.subtree:
        if verb.tag_ not in TENSED_TAGS or not cues.is_speech(verb):
            continue
        if verb.dep_ == "conj":
            # "X will provide ..., Barrot said" read as a second clause: with no "and"/"but"
            if verb.head.i != head.i or any(
                c.dep_ == "cc" and head.i < c.i < verb.i for c in head.children
            ):
                continue
        elif verb.dep_ != "relcl":
            continue
        start = verb.left_edge.i
        if start == 0 or verb.doc[start - 1].text != ",":
            continue
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        if not subjects or any(s.lower_ in RELATIVE_WORDS for s in subjects):
            continue
        if any(c.lower_ in RELATIVE_WORDS and c.i < verb.i for c in verb.subtree):
            continue
        if any(c.dep_ in ("ccomp", "xcomp") for c in verb.children):
            continue
        if verb.right_edge.i >= last:
            return verb
    return None
