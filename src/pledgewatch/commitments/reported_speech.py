"""Who said what in a text: every attribution (source, cue, content) with its character spans.

The grader asks "who says this promise?" for one clause at a time; an analyst reading a
report often wants the whole picture first: every source in it, the word that marks the
report ("said", "according to", "warned", "Kim:") and what is attributed. This is the
attribution finder the PolNeAR benchmark measures (:func:`find_attributions`, the rules
revised by the learned cue detector), run over a text with the full spaCy parse.
"""

from __future__ import annotations

import functools
from dataclasses import asdict, dataclass
from typing import Any

from pledgewatch.commitments.attribution_spans import find_attributions
from pledgewatch.commitments.cue_detector import MODEL_PATH, CueDetector
from pledgewatch.commitments.reporting_cues import ReportingCues
from pledgewatch.nlp.pipeline import load_pipeline


@dataclass(frozen=True, slots=True)
class ReportedSpeech:
    """One attribution: the sentence it is in and each part as text with [start, end)
    character offsets into the whole text (``source`` and ``content`` may be missing)."""

    sentence: int
    cue: str
    cue_span: tuple[int, int]
    source: str | None
    source_span: tuple[int, int] | None
    content: str | None
    content_span: tuple[int, int] | None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@functools.lru_cache(maxsize=1)
def _detector() -> CueDetector | None:
    return CueDetector.load() if MODEL_PATH.is_file() else None


def reported_speech(text: str, *, learned: bool = True) -> list[ReportedSpeech]:
    """Every attribution in ``text``, in order; ``learned=False`` uses the rules alone."""
    doc = load_pipeline()(text)
    cues = ReportingCues.default()
    detector = _detector() if learned else None
    found: list[ReportedSpeech] = []
    for number, sent in enumerate(doc.sents):
        for item in find_attributions(sent, cues, detector):
            found.append(
                ReportedSpeech(
                    sentence=number,
                    cue=_text(doc, item.cue),
                    cue_span=_chars(doc, item.cue),
                    source=_text(doc, item.source) if item.source else None,
                    source_span=_chars(doc, item.source) if item.source else None,
                    content=_text(doc, item.content) if item.content else None,
                    content_span=_chars(doc, item.content) if item.content else None,
                )
            )
    return found


#: Punctuation trimmed from the edges of a shown part (", the talks will resume.").
_EDGE_PUNCTUATION = frozenset({",", ";", ":", ".", "-", "—", "–"})  # noqa: RUF001


def _chars(doc: Any, tokens: tuple[int, int]) -> tuple[int, int]:
    start, end = tokens
    while end - start > 1 and (doc[start].text in _EDGE_PUNCTUATION or doc[start].is_space):
        start += 1
    while end - start > 1 and (doc[end - 1].text in _EDGE_PUNCTUATION or doc[end - 1].is_space):
        end -= 1
    last = doc[end - 1]
    return doc[start].idx, last.idx + len(last.text)


def _text(doc: Any, tokens: tuple[int, int]) -> str:
    start, end = _chars(doc, tokens)
    return doc.text[start:end]
