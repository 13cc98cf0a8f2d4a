"""The event coder: who did what to whom, when, in CAMEO and PLOVER codes, with evidence and why.

::

    from pledgewatch.events import EventCoder, DocContext
    coder = EventCoder()
    coded = coder.code_text(text, DocContext(doc_id="d1", date=date))
    for finding in coded.findings:
        print(finding.event.cameo, finding.event.source, finding.event.target, finding.event.why)
"""

from pledgewatch.events.coder import CodedText, EventCoder
from pledgewatch.events.codetable import CodeInfo, CodeTable
from pledgewatch.events.conventions import cameo_view
from pledgewatch.events.lexicon import Lexicon
from pledgewatch.events.types import DocContext, EventFinding

__all__ = [
    "CodeInfo",
    "CodeTable",
    "CodedText",
    "DocContext",
    "EventCoder",
    "EventFinding",
    "Lexicon",
    "cameo_view",
]
