"""Quotation marks typed inconsistently, editorial labels, "according to" over a verb
(helper attrib33).

A quotation opened with a curly mark and closed with a straight one ('“We will win," she
said'), or closed with an opening curly mark glued to its last word ('“Not yet,“ he said'),
is closed: the speech verb after it is a report, not quoted words; so is one whose closing
mark the tokenizer glued to the next word ('over,"Maria Lopez said'). In the two-apostrophe
style of some papers ("''...''") the same mark opens and closes, so it is counted like a
straight mark: a report inside such a quotation is the quoted speaker's own. "BREAKING:",
"Byline:" and "h/t:" are editorial labels, no speakers. The learned detector adds no cue
at the verb an "according to X" of the rules hangs on: the account is X's, and the rules
already leave that verb to it. Sentences written for these tests.
"""

from __future__ import annotations

from typing import Any

import pytest

from pledgewatch.commitments.cue_detector import CueDetector
from pledgewatch.commitments.reporting_cues import ReportingCues
from tests.builders import cue_sources

pytestmark = pytest.mark.model


def detected(nlp: Any, cues: ReportingCues, detector: CueDetector, text: str) -> list[Any]:
    """(cue, source) texts of the rules revised by the learned detector."""
    return cue_sources(nlp, cues, text, detector)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('“We will finish the bridge by spring," the mayor said.', ("said", "the mayor")),
        (
            '“The plan is sound," the treasurer said on Monday. "We have the money."',
            ("said", "the treasurer"),
        ),
        ("“Not this year,“ the senator said. “Maybe next year.”", ("said", "the senator")),
        ("“Not this year,“ the senator said.", ("said", "the senator")),
    ],
)
def test_a_quotation_closed_by_another_mark_is_closed(
    nlp: Any, cues: ReportingCues, text: str, expected: tuple[str, str]
) -> None:
    assert expected in cue_sources(nlp, cues, text)


@pytest.mark.parametrize(
    "text",
    [
        '"The count is not over,"Maria Lopez said in a statement.',
        '“The count is not over,"Maria Lopez said in a statement.',
    ],
)
def test_a_closing_mark_glued_to_the_speaker_closes(
    nlp: Any, cues: ReportingCues, text: str
) -> None:
    # the tokenizer keeps 'over,"Maria' as one word: the source still ends at the name
    found = cue_sources(nlp, cues, text)
    assert any(cue == "said" and (source or "").endswith("Maria Lopez") for cue, source in found)


@pytest.mark.parametrize(
    ("text", "expected", "not_expected"),
    [
        (
            "Ms. Lopez added: ''The mayor promised that the clinic would stay open. "
            "She told us so.''",
            ("added", "Ms. Lopez"),
            ("told", "She"),
        ),
        (
            "''The vote is close,'' the chairman said, ''and we need every delegate.''",
            ("said", "the chairman"),
            None,
        ),
    ],
)
def test_two_apostrophes_open_and_close(
    nlp: Any,
    cues: ReportingCues,
    text: str,
    expected: tuple[str, str],
    not_expected: tuple[str, str] | None,
) -> None:
    found = cue_sources(nlp, cues, text)
    assert expected in found
    assert not_expected not in found


@pytest.mark.parametrize(
    "text",
    [
        "BREAKING: Senate passes the budget bill after a long night.",
        "Byline: The Associated Press",
        "h/t: The Hill.",
    ],
)
def test_editorial_labels_name_no_speaker(nlp: Any, cues: ReportingCues, text: str) -> None:
    assert ":" not in [cue for cue, _ in cue_sources(nlp, cues, text)]


@pytest.mark.parametrize(
    ("text", "verb", "source"),
    [
        (
            '"We will not back down," the governor told reporters, according to a pool report.',
            "told",
            "a pool report",
        ),
        ("The senator praised the plan, according to two aides.", "praised", "two aides"),
        (
            "The senator warned aides that the bill would fail, according to a person in the room.",
            "warned",
            "a person in the room",
        ),
    ],
)
def test_the_detector_leaves_the_verb_under_according_to(
    nlp: Any, cues: ReportingCues, detector: CueDetector, text: str, verb: str, source: str
) -> None:
    found = detected(nlp, cues, detector, text)
    assert verb not in [cue for cue, _ in found]
    assert ("according to", source) in [(cue.lower(), held) for cue, held in found]
