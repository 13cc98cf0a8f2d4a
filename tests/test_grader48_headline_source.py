"""A headline's voice is that of the body statement whose words it abbreviates (grader48, found
re-coding the demo after the seed-48 demands audit): "Tokyo says Beijing must change behaviour
first" summarises the minister's "said that China must change its behaviour before the talks
can resume" (official), even when those fuller words give the body a topic the headline lacks
and another body demand of the headline's topic is only the reporter's account
(``commitments.headline_voice``). Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

pytestmark = pytest.mark.model

DAY = dt.date(2014, 6, 2)


def _headline_formalities(title: str, body: str) -> set[tuple[str, str]]:
    from pledgewatch.coding import context_for_text, shared_coder

    ctx = context_for_text(DAY, title=title)
    _sentences, events, _flags = shared_coder().code_text(f"{title}\n\n{body}", ctx)
    return {
        (c.kind, c.formality)
        for e in events
        if (c := e.commitment) is not None and c.in_headline and c.kind == "demand"
    }


@pytest.mark.parametrize(
    ("title", "body", "expected"),
    [
        (
            "Tokyo says Beijing must change behaviour first",
            "Japan's foreign minister said on Monday that China must change its behaviour "
            "before the six-party talks can resume. Japanese lawmakers asked the United States "
            "to press Beijing harder.",
            {("demand", "official")},
        ),
    ],
)
def test_a_headline_speaks_in_the_voice_of_the_body_words_it_abbreviates(
    title: str, body: str, expected: set[tuple[str, str]]
) -> None:
    assert _headline_formalities(title, body) == expected
