"""A headline's commitment is graded from the body statement it summarises.

A headline is the outlet's summary of its story, in no voice of its own: "U.S., Japan, South
Korea say North must change behaviour first" reports the ministers' statement the body gives
("The foreign ministers ... said that North Korea must change its behaviour"). So its
formality is the formality of the body's commitment of the same kind by the same promisor (the
same topic first), and a party the headline leaves unnamed (a bare "North" the coder cannot
place) is the one the body names. A headline whose story has no such commitment is the outlet's
own account: ``reported``. Runs after every finding of the document is graded
(:meth:`~pledgewatch.commitments.grader.CommitmentGrader.grade_all`).
"""

from __future__ import annotations

from collections.abc import Sequence

from pledgewatch.commitments.headline import same_promisor
from pledgewatch.events.types import DocContext, EventFinding
from pledgewatch.model import Commitment

#: the kinds a headline summarises from its body
_KINDS = ("promise", "offer", "demand", "refusal")


def read_headlines_from_body(findings: Sequence[EventFinding], ctx: DocContext) -> None:
    """Set each headline commitment's formality from the body statement it summarises."""
    if ctx.headline_end <= 0:
        return
    body = [
        f.event.commitment
        for f in findings
        if f.sent.start_char >= ctx.headline_end and f.event.commitment is not None
    ]
    for finding in findings:
        claim = finding.event.commitment
        if claim is None or finding.sent.start_char >= ctx.headline_end or claim.kind not in _KINDS:
            continue
        source = _body_source(claim, body)
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


def _body_source(claim: Commitment, body: Sequence[Commitment]) -> Commitment | None:
    """The body commitment the headline summarises: same kind and promisor, same topic first."""
    same = [
        c
        for c in body
        if c.kind == claim.kind
        and claim.promisor
        and c.promisor
        and same_promisor(claim.promisor, c.promisor)
    ]
    on_topic = [c for c in same if c.topic == claim.topic]
    found = on_topic or same
    return found[0] if found else None
