"""Talks broken off: a refusal when the party says so or announces it, a deed when told after.

An event coded 164 (halt negotiations) is a refusal by the code's kind (``cameo_kinds`` in
``strength_cues.yaml``, grader42, audit_ledger31 status #17): "would no longer hold talks on
denuclearization" (an act to come), and "The six-party talks are dead" in a party's own
statement, refuse the talks. But a walk-out told after it by another ("The delegation walked out
of the meeting, the ministry said") is a deed: the ledger weighs it against the pledge to talk as
an act, and graded as a refusal it would read as the party's words taking the pledge back. So a
164 refusal stands when its words refuse (a refusal cue: "pulled out", "no longer"), when the act
is still to come, or when the party speaks in its own voice (its speaker, or with no speaker
the document's author, is of the party's country); otherwise it is no commitment. Negated ("will
not break off the talks") it refuses nothing: a statement.
"""

from __future__ import annotations

from pledgewatch.commitments.clause_analysis import ClauseAnalysis
from pledgewatch.commitments.formality import FormalityCues, country_of, document_author
from pledgewatch.events.types import DocContext, EventFinding

#: The CAMEO code of breaking off negotiations.
BREAK_OFF = "164"


def own_break_off(
    kind: str | None,
    finding: EventFinding,
    analysis: ClauseAnalysis,
    ctx: DocContext,
    cues: FormalityCues,
) -> str | None:
    """``kind``, unless it is a refusal only by the 164 code: then a refusal when the party
    says or announces the break, a statement when negated, else None (a deed told after)."""
    event = finding.event
    if kind != "refusal" or not (event.cameo or "").startswith(BREAK_OFF):
        return kind
    reading = analysis.reading
    if event.modality == "negated":
        reading.why.append("a negated break-off ('will not break off the talks'): no refusal")
        reading.refusal_cues.clear()
        return "statement"
    if reading.refusal_cues or event.modality == "future":
        return kind
    own = country_of(event.source)
    speaker = analysis.attribution.speaker
    if speaker is not None:
        voice = country_of(speaker.speaker_code)
    else:
        author = document_author(ctx, cues)
        voice = author.country if author and author.kind != "media" else None
    if own and voice == own:
        return kind
    reading.why.append("talks broken off, told by another after the act: a deed, no refusal")
    return None
