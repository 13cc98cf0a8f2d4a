"""The attribution finder on the phenomena of the PolNeAR dev errors (helper attrib26).

The learned detector's additions inside a quotation opened earlier in the paragraph (the
quoted speaker's own words, left to the outer report as the rules' cues already are),
quotations signed with a dash the tokenizer splits off a no-break space or glues to the
closing mark, and "citing X", whose source is the one who cites. Sentences written for
these tests.
"""

from __future__ import annotations

from typing import Any

import pytest

from pledgewatch.commitments.attribution_spans import AttributionSpan, find_attributions
from pledgewatch.commitments.cue_detector import CueDetector
from pledgewatch.commitments.reporting_cues import ReportingCues

pytestmark = pytest.mark.model


def found(
    nlp: Any, cues: ReportingCues, text: str, detector: CueDetector | None = None
) -> list[tuple[str, str | None, str | None]]:
    """(cue, source, content) texts of every attribution found in ``text``."""
    doc = nlp(text)
    spans: list[AttributionSpan] = [
        f for sent in doc.sents for f in find_attributions(sent, cues, detector)
    ]

    def words(r: tuple[int, int] | None) -> str | None:
        return doc[r[0] : r[1]].text if r is not None else None

    return [(doc[f.cue[0] : f.cue[1]].text, words(f.source), words(f.content)) for f in spans]


QUOTED = (
    "The senator spoke for an hour.\n\n"
    "“We fought for this bill for two years. Then the governor vetoed it and blamed the "
    "unions for the delay. We lamented the loss,” she said.\n"
)


@pytest.mark.parametrize(
    ("text", "blamed"),
    [
        (QUOTED, False),  # inside the quotation opened two sentences before: hers
        (QUOTED.replace("“", "").replace("”", ""), True),  # the reporter's own sentence
    ],
)
def test_detector_adds_nothing_inside_an_earlier_quotation(
    nlp: Any, cues: ReportingCues, detector: CueDetector, text: str, blamed: bool
) -> None:
    cues_found = [cue for cue, _, _ in found(nlp, cues, text, detector)]
    assert ("blamed" in cues_found) is blamed


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a no-break space after the dash is a token of its own
        (
            "“We need better schools for our kids.”\n―\u00a0Maria T. Lopez.\n",
            ("―", "Maria T. Lopez"),
        ),
        # the closing mark and the dash read as one token
        ("We asked readers.\n\n“Nobody listens to us.”― Ann Bell\n", ("”―", "Ann Bell")),
    ],
)
def test_dash_signature_spacing(
    nlp: Any, cues: ReportingCues, detector: CueDetector, text: str, expected: tuple[str, str]
) -> None:
    for model in (None, detector):
        assert expected in [(c, s) for c, s, _ in found(nlp, cues, text, model)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The court blocked the merger, citing a risk to consumers.",
            ("citing", "The court", "a risk to consumers"),
        ),
        (
            "The union endorsed the mayor on Friday, citing her record on wages.",
            ("citing", "The union", "her record on wages"),
        ),
        (
            "Citing a new poll, the governor said crime had fallen.",
            ("Citing", "the governor", "a new poll"),
        ),
    ],
)
def test_citing_is_the_citers_statement(
    nlp: Any, cues: ReportingCues, text: str, expected: tuple[str, str, str]
) -> None:
    attributions = found(nlp, cues, text)
    assert expected in attributions
    assert [a[0] for a in attributions].count(expected[0]) == 1  # once, not twice


def test_according_to_still_names_its_object(nlp: Any, cues: ReportingCues) -> None:
    attributions = found(nlp, cues, "The deal is off, according to two officials.")
    assert ("according to", "two officials") in [(c, s) for c, s, _ in attributions]
