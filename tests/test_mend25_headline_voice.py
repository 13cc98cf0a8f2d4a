"""A statement a news agency prints for another body speaks in that body's voice (mend25).

A document whose kind is a statement takes its publisher as the voice of its agentless
verdicts and fates (events/statement_voice.py); where the headline names a body of the
publisher's country speaking ("KPA General Staff warns ..."), that body is the voice.
A headline naming no speaker, or one of another country, leaves the publisher.
Sentences written here.
"""

from __future__ import annotations

import datetime as dt

import pytest

from pledgewatch.events import DocContext

DAY = dt.date(2016, 3, 7)
BODY = "The United States will be wholly responsible for all the consequences."


def _fate_sources(coder, headline: str) -> set[str | None]:
    text = f"{headline}\n\n{BODY}"
    ctx = DocContext(
        doc_id="t",
        date=DAY,
        kind="statement",
        publisher="Korean Central News Agency (KCNA)",
        headline_end=len(headline),
    )
    findings = coder.code_text(text, ctx).findings
    return {
        f.event.source
        for f in findings
        if f.event.target == "USA" and f.sent.start_char > len(headline)
    }


@pytest.mark.model
@pytest.mark.parametrize(
    ("headline", "voice"),
    [
        # the headline names the army's command speaking: its voice
        ("KPA General Staff warns of stern response to joint drills", "PRKMIL"),
        # no speaker named, or a speaker of another country: the agency's state
        ("Joint drills begin near the border", "PRKGOV"),
        ("Japan warns of stern response to missile launches", "PRKGOV"),
    ],
)
def test_the_body_the_headline_names_speaking_is_the_voice(coder, headline, voice) -> None:
    assert _fate_sources(coder, headline) == {voice}


@pytest.mark.model
def test_with_no_headline_the_first_line_names_the_voice(coder) -> None:
    text = f"The KPA General Staff warned of a stern response to the joint drills.\n\n{BODY}"
    ctx = DocContext(
        doc_id="t", date=DAY, kind="statement", publisher="Korean Central News Agency (KCNA)"
    )
    findings = coder.code_text(text, ctx).findings
    fates = {f.event.source for f in findings if f.event.target == "USA" and f.sent.start_char > 0}
    assert fates == {"PRKMIL"}
