"""The attribution finder on the phenomena of the PolNeAR dev errors (helper attrib25).

Quotations signed with a dash and a name, editorial labels before a colon, the clause of
a cue before an adverbial phrase, a trailing parenthetical report holding what it
reports, infinitives after an object (object control), verbs of appearance, and orders.
Sentences written for these tests; the rules alone (no cue detector).
"""

from __future__ import annotations

from typing import Any

import pytest

from pledgewatch.commitments.attribution_spans import AttributionSpan, find_attributions
from pledgewatch.commitments.reporting_cues import ReportingCues

pytestmark = pytest.mark.model


def found(nlp: Any, cues: ReportingCues, text: str) -> list[tuple[str, str | None]]:
    """(cue, source) texts of every attribution the rules find in ``text``."""
    doc = nlp(text)
    spans: list[AttributionSpan] = [f for sent in doc.sents for f in find_attributions(sent, cues)]

    def words(r: tuple[int, int] | None) -> str | None:
        return doc[r[0] : r[1]].text if r is not None else None

    return [(doc[f.cue[0] : f.cue[1]].text, words(f.source)) for f in spans]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # readers' voices: the dash after the closing mark, or opening the next line
        (
            "We asked readers for their views.\n\n"
            "“The mayor has let this town down.” ― Dana Whitfield\n",
            ("―", "Dana Whitfield"),
        ),
        (
            "“I will vote for the other candidate.”\n― Omar P. Lindqvist.\n",
            ("―", "Omar P. Lindqvist"),
        ),
        ("“Nobody asked us.” — Ann Lee\n\nThe vote is on Monday.", ("—", "Ann Lee")),
    ],
)
def test_dash_signature_is_an_attribution(
    nlp: Any, cues: ReportingCues, text: str, expected: tuple[str, str]
) -> None:
    assert expected in found(nlp, cues, text)


@pytest.mark.parametrize(
    "text",
    [
        "PORTLAND ― The council voted on Monday to close the bridge.",  # a dateline
        "The council met on Monday ― and nobody came.",  # a dash inside a line
    ],
)
def test_dash_without_signature_is_none(nlp: Any, cues: ReportingCues, text: str) -> None:
    assert not any(cue in ("―", "—") for cue, _ in found(nlp, cues, text))


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Correction: An earlier version of this article misstated the date of the vote.", None),
        ("Source: The city budget office.", None),
        ("TAPPER: Do you think the governor will sign the bill?", "TAPPER"),
    ],
)
def test_editorial_label_names_no_speaker(
    nlp: Any, cues: ReportingCues, text: str, speaker: str | None
) -> None:
    labels = [source for cue, source in found(nlp, cues, text) if cue == ":"]
    assert labels == ([speaker] if speaker else [])


def test_clause_before_adverbial_phrase_is_the_content(nlp: Any, cues: ReportingCues) -> None:
    # the infinitive is what was decided, so the report inside it is not one of its own
    text = "The FBI decided after a lengthy investigation not to recommend charges against her."
    assert found(nlp, cues, text) == [("decided", "The FBI")]


def test_parenthetical_report_holds_the_clause_it_hangs_on(nlp: Any, cues: ReportingCues) -> None:
    text = "The talks, the minister noted, had failed because the rebels refused to attend."
    assert found(nlp, cues, text) == [("noted", "the minister")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The senator forced the banker to admit that the bank had failed its customers.",
            ("admit", "the banker"),
        ),
        (
            "The crisis led the French minister to fear a new recession.",
            ("fear", "the French minister"),
        ),
    ],
)
def test_infinitive_after_an_object_is_the_objects(
    nlp: Any, cues: ReportingCues, text: str, expected: tuple[str, str]
) -> None:
    assert expected in found(nlp, cues, text)


def test_appearance_has_no_holder_without_to_phrase(nlp: Any, cues: ReportingCues) -> None:
    text = "The governor seems to have changed her mind about the tax."
    assert found(nlp, cues, text) == [("seems", None)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Consider a gap year before college.", []),
        ("Tell the voters the truth about the deficit.", []),
        (
            "The governor said she would consider a gap year for the budget.",
            [("said", "The governor")],
        ),
    ],
)
def test_orders_report_nothing(
    nlp: Any, cues: ReportingCues, text: str, expected: list[tuple[str, str]]
) -> None:
    assert found(nlp, cues, text) == expected


def test_the_cue_detector_keeps_a_signed_quotation(nlp: Any, cues: ReportingCues) -> None:
    """The learned detector never saw a dash signature: it has no say over a punctuation cue
    (before, it dropped every one the rules found)."""
    from pledgewatch.commitments.cue_detector import CueDetector

    doc = nlp(
        "We asked readers for their views.\n\n"
        "“The mayor has let this town down.” ― Dana Whitfield\n"
    )
    detector = CueDetector.load()
    spans = [f for sent in doc.sents for f in find_attributions(sent, cues, detector)]
    assert ("―", "Dana Whitfield") in [
        (doc[f.cue[0] : f.cue[1]].text, doc[f.source[0] : f.source[1]].text if f.source else None)
        for f in spans
    ]
