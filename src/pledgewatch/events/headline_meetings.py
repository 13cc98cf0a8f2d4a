"""A headline's meeting of a group of both sides takes its other side from the body.

"Sudanese peace envoys hold second meeting in Addis Ababa": the headline names the envoys of
both Sudans by one adjective, which the dictionary reads as one country, so the meeting had a
source (SDNGOV) and no other party; the story's first sentences say who met whom ("Sudan's envoy
Ali met South Sudan's envoy Deng"). Here, after a document's events are coded, a headline
meeting (CAMEO root 04) whose source is a group (a plural noun) and that names no target
takes the target of its twin in the body: a meeting of one of the first body sentences
(:data:`~pledgewatch.events.headline_twins.TWIN_SENTENCES`), told alike, with the same source
country and a target of another country. A group with no such twin (the story names one side
only) keeps no target: the group is then one side's.
"""

from __future__ import annotations

from collections.abc import Sequence

from pledgewatch.events.headline_twins import headline_window
from pledgewatch.events.types import EventFinding
from pledgewatch.model import FACTUAL_MODALITIES, Sentence

__all__ = ["MEETING_ROOT", "meet_headline_groups_by_body"]

#: CAMEO's root of consulting and meeting.
MEETING_ROOT = "04"


def meet_headline_groups_by_body(
    findings: Sequence[EventFinding], sentences: Sequence[Sentence], headline_end: int
) -> None:
    """Give each headline group meeting of ``findings`` with no target the other party of its
    body twin (in place)."""
    window = headline_window(sentences, headline_end)
    if window is None:
        return
    body = window.body(findings)
    for finding in findings:
        event = finding.event
        if (
            not window.in_headline(event)
            or not event.cameo.startswith(MEETING_ROOT)
            or event.target is not None
            or event.source is None
            or event.source.startswith("---")
            or not _a_group(finding)
        ):
            continue
        twin = next((b for b in body if _other_side_met(event, b.event)), None)
        if twin is None:
            continue
        event.target, event.target_text = twin.event.target, twin.event.target_text
        finding.target = twin.target
        event.why += (
            f"; the group's other side as its twin in the body says ('{twin.event.evidence}'):"
            f" {twin.event.target}"
        )


def _a_group(finding: EventFinding) -> bool:
    """Is the finding's source named by a plural noun ("envoys", "negotiators")?"""
    mention = finding.source
    if mention is None or mention.end <= mention.start:
        return False
    head = finding.sent.doc[mention.end - 1]
    return head.tag_ in ("NNS", "NNPS")


def _other_side_met(headline: object, body: object) -> bool:
    """Is ``body`` a meeting told alike by the headline's source country with another
    country?"""
    source = getattr(headline, "source", None) or ""
    met = getattr(body, "target", None) or ""
    return (
        getattr(body, "cameo", "").startswith(MEETING_ROOT)
        and (getattr(body, "source", None) or "")[:3] == source[:3]
        and bool(met)
        and not met.startswith("---")
        and met[:3] != source[:3]
        and (getattr(body, "modality", None) in FACTUAL_MODALITIES)
        == (getattr(headline, "modality", None) in FACTUAL_MODALITIES)
    )
