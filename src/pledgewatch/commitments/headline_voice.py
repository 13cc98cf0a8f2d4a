"""A headline's commitment is graded from the body statement it summarises.

A headline is the outlet's summary of its story, in no voice of its own: "U.S., Japan, South
Korea say North must change behaviour first" reports the ministers' statement the body gives
("The foreign ministers ... said that North Korea must change its behaviour"). So its
formality is the formality of the body's commitment of the same kind by the same promisor (the
same topic first), and a party the headline leaves unnamed (a bare "North" the coder cannot
place) is the one the body names. A headline whose story has no such commitment is the outlet's
own account: ``reported``. Runs after every finding of the document is graded
(:meth:`~pledgewatch.commitments.grader.CommitmentGrader.grade_all`).

A headline too short to name its topic ("ready to consider moratorium", "no longer bound by
nuclear deal": topic ``other``) takes the topics of its body twin, the body commitment of the
same kind and promisor whose topic words hold the headline act's first common noun
("moratorium"), or of the same verb when both name an agreement ("bound by nuclear deal"), and
its promisee when it names none: the body says what the
headline abbreviates (grader43, seed 67 #7 and #16).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from spacy.tokens import Token

from pledgewatch.commitments.headline import same_promisor
from pledgewatch.commitments.story_promisees import story_promisee_words
from pledgewatch.commitments.topics import FALLBACK_TOPIC
from pledgewatch.events.types import DocContext, EventFinding
from pledgewatch.model import Commitment

#: the kinds a headline summarises from its body
_KINDS = ("promise", "offer", "demand", "refusal")


def read_headlines_from_body(findings: Sequence[EventFinding], ctx: DocContext) -> None:
    """Set each headline commitment's formality from the body statement it summarises."""
    if ctx.headline_end <= 0:
        return
    body_findings = [
        f
        for f in findings
        if f.sent.start_char >= ctx.headline_end and f.event.commitment is not None
    ]
    for finding in findings:
        claim = finding.event.commitment
        if claim is None or finding.sent.start_char >= ctx.headline_end or claim.kind not in _KINDS:
            continue
        _topic_from_body_twin(claim, finding.trigger, body_findings)
        source = _body_source(claim, finding.trigger, body_findings)
        if source is None:
            if claim.formality != "reported":
                claim.formality = "reported"
                claim.why.append(
                    "formality reported: a headline is the outlet's summary, and no body "
                    "sentence states it"
                )
            continue
        if source.formality != claim.formality:
            claim.formality = source.formality
            claim.why.append(
                f"formality {source.formality}: the headline summarises the body's statement"
            )


def _body_source(
    claim: Commitment, trigger: Token, body: Sequence[EventFinding]
) -> Commitment | None:
    """The body commitment the headline summarises: same kind and promisor; first the one
    whose sentence holds a noun of the headline's act ("must change behaviour first": the
    ministers' "must change its behaviour before six-party talks can resume", whatever topic
    the body's fuller words gave it, grader48), then the same topic, then any."""
    same = [
        (f, c)
        for f in body
        if (c := f.event.commitment) is not None
        and c.kind == claim.kind
        and claim.promisor
        and c.promisor
        and same_promisor(claim.promisor, c.promisor)
    ]
    nouns = {t.lemma_.lower() for t in trigger.subtree if t.pos_ == "NOUN" and not t.is_stop}
    worded = [c for f, c in same if nouns & {t.lemma_.lower() for t in f.sent}]
    on_topic = [c for _f, c in same if c.topic == claim.topic]
    found = worded or on_topic or [c for _f, c in same]
    return found[0] if found else None


def _topic_from_body_twin(claim: Commitment, trigger: Token, body: Sequence[EventFinding]) -> None:
    """Give a headline commitment of no taxonomy topic its body twin's topics (and promisee,
    when it has none), in place with the reason in ``why``."""
    if claim.topic != FALLBACK_TOPIC or not claim.promisor:
        return
    twins = [
        f
        for f in body
        if (c := f.event.commitment) is not None
        and c.kind == claim.kind
        and c.topic != FALLBACK_TOPIC
        and c.promisor
        and same_promisor(claim.promisor, c.promisor)
    ]
    found = _twin_by_noun(trigger, twins) or _twin_by_agreement(trigger, twins)
    if found is None:
        return
    twin, word = found
    claim.topic, claim.topic_text = twin.topic, twin.topic_text
    claim.other_topics = [dict(t) for t in twin.other_topics]
    claim.why.append(f"topic {twin.topic}: the body's twin tells what the headline's {word!r} is")
    if not claim.promisee and twin.promisee:
        claim.promisee = twin.promisee
        claim.why.append(f"promisee: {twin.promisee}, as the body's twin")


def _twin_by_noun(trigger: Token, twins: Sequence[EventFinding]) -> tuple[Commitment, str] | None:
    """The twin whose topic words hold the headline act's first common noun that any twin's
    do ("consider moratorium during talks": "moratorium" before "talks")."""
    nouns = [t for t in trigger.subtree if t.pos_ == "NOUN" and not t.is_stop]
    for noun in nouns:
        for finding in twins:
            twin = finding.event.commitment
            if twin is not None and _names(twin.topic_text, noun):
                return twin, noun.text
    return None


def _twin_by_agreement(
    trigger: Token, twins: Sequence[EventFinding]
) -> tuple[Commitment, str] | None:
    """The twin of the same verb when both name an agreement ("no longer bound by nuclear
    deal", "no longer bound by its agreement with ... to suspend tests")."""
    nouns = story_promisee_words().agreement_nouns
    own = next((t for t in trigger.subtree if t.lower_ in nouns), None)
    if own is None:
        return None
    for finding in twins:
        twin = finding.event.commitment
        if twin is None or finding.trigger.lemma_.lower() != trigger.lemma_.lower():
            continue
        if any(t.lower_ in nouns for t in finding.trigger.subtree):
            return twin, own.text
    return None


def _names(text: str, noun: Token) -> bool:
    words = set(re.findall(r"[a-z]+", text.lower()))
    return noun.lower_ in words or noun.lemma_.lower() in words
