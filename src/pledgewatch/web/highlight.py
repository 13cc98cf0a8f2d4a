"""Cut a document's text into segments so its events' evidence spans can be highlighted.

Events carry character offsets into ``Document.coding_text``; several events often share one
sentence and spans may overlap, so the text is cut at every span boundary and each piece lists
the events covering it. The pieces are plain text: the template escapes them, so a document that
contains markup is shown as text, never interpreted.
"""

from __future__ import annotations

from dataclasses import dataclass

from pledgewatch.web.models import Segment


@dataclass(frozen=True)
class Span:
    """An event's evidence in the text, with what the highlight should say about it."""

    start: int
    end: int
    event_id: str
    quad: int | None
    commitment: bool
    reason: str


def locate_span(
    text: str, start: int | None, end: int | None, evidence: str | None
) -> tuple[int, int] | None:
    """The evidence span: the stored offsets when they fit the text, else where the text occurs."""
    if start is not None and end is not None and 0 <= start < end <= len(text):
        return start, end
    if evidence:
        found = text.find(evidence)
        if found >= 0:
            return found, found + len(evidence)
    return None


def _strongest_quad(spans: list[Span]) -> int | None:
    """Conflict outranks cooperation and material outranks verbal, as an analyst reads it."""
    rank = {4: 4, 3: 3, 2: 2, 1: 1}
    quads = [s.quad for s in spans if s.quad in rank]
    return max(quads, key=lambda q: rank[q]) if quads else None


def segment_text(
    text: str,
    spans: list[Span],
    *,
    focus: tuple[int, int] | None = None,
    headline_end: int = 0,
) -> list[Segment]:
    """Cut ``text`` at every span, focus and headline boundary; annotate each piece."""
    length = len(text)
    cuts = {0, length}
    usable = [s for s in spans if 0 <= s.start < s.end <= length]
    for span in usable:
        cuts.update((span.start, span.end))
    if focus is not None:
        cuts.update(min(max(0, edge), length) for edge in focus)
    if 0 < headline_end < length:
        cuts.add(headline_end)
    ordered = sorted(cuts)
    segments: list[Segment] = []
    for left, right in zip(ordered, ordered[1:], strict=False):
        if left == right:
            continue
        covering = [s for s in usable if s.start <= left and right <= s.end]
        segments.append(
            Segment(
                text=text[left:right],
                event_ids=[s.event_id for s in covering],
                quad=_strongest_quad(covering),
                commitment=any(s.commitment for s in covering),
                focus=focus is not None and focus[0] <= left and right <= focus[1],
                reasons=" · ".join(dict.fromkeys(s.reason for s in covering if s.reason)),
                headline=right <= headline_end,
            )
        )
    return segments
