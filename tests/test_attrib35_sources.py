"""Sources of attributions the parse hides (helper attrib35).

A participle that reports ("..., calling the shelling a provocation") takes the subject of
the clause it hangs on; where the parser made a news dateline a second subject of that
clause ("SEOUL — Lee Myung-bak visited ..."), the subject nearest before the verb speaks,
not the dateline. A reporting participle that describes a noun is that noun's ("a group
backing the plan"), unless the noun is the object of the verb above (what its subject
issues) or the occasion or medium of speaking ("during a speech calling for ...", "much of
the meeting urging ..."): then the clause's subject speaks. A passive cue's source is its
"by" phrase also where the parser hung the phrase on the verb's complement ("was described
as a failure by X"), for the rules and the learned detector's new cues alike; a verb the
tagger took for a noun ("The envoy plans to ...") keeps its subject. Sentences written for
these tests.
"""

from __future__ import annotations

from typing import Any

import pytest

from pledgewatch.commitments.cue_detector import CueDetector
from pledgewatch.commitments.reporting_cues import ReportingCues
from tests.builders import cue_sources

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "SEOUL — Lee Myung-bak visited the border town on Tuesday, calling the shelling a "
            "grave provocation.",
            ("calling", "Lee Myung-bak"),
        ),
        (
            "SEOUL, Nov. 24 (Yonhap) — South Korean President Lee Myung-bak toured Yeonpyeong "
            "Island, vowing a stern response to the attack.",
            ("vowing", "South Korean President Lee Myung-bak"),
        ),
        (
            "The day before, at a meeting in Beijing, Wen Jiabao was just as blunt, urging "
            "both Koreas to show restraint.",
            ("urging", "Wen Jiabao"),
        ),
    ],
)
def test_a_participle_speaks_for_the_subject_after_a_dateline(
    nlp: Any, cues: ReportingCues, detector: CueDetector, text: str, expected: tuple[str, str]
) -> None:
    assert expected in cue_sources(nlp, cues, text, detector)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Seoul gave $2 million to a group backing the reunification plan.",
            ("backing", "a group"),
        ),
        (
            "Tokyo handed $1 million to an organization urging the release of the abductees.",
            ("urging", "an organization"),
        ),
        (
            "Lee answered the critics during a speech calling for new sanctions on Pyongyang.",
            ("calling", "Lee"),
        ),
        (
            "Kim spent much of the meeting urging Beijing to send more food aid.",
            ("urging", "Kim"),
        ),
    ],
)
def test_a_participle_speaks_for_the_noun_it_describes_unless_an_occasion(
    nlp: Any, cues: ReportingCues, detector: CueDetector, text: str, expected: tuple[str, str]
) -> None:
    assert expected in cue_sources(nlp, cues, text, detector)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The talks were described as a failure by most South Korean newspapers.",
            ("described", "most South Korean newspapers"),
        ),
        (
            "The deal was called a betrayal by the opposition leader, Sohn Hak-kyu.",
            ("called", "the opposition leader, Sohn Hak-kyu"),
        ),
        (
            "The North Korean envoy plans to visit Beijing next week.",
            ("plans", "The North Korean envoy"),
        ),
    ],
)
def test_a_by_phrase_on_the_complement_and_a_mistagged_verb_keep_their_source(
    nlp: Any, cues: ReportingCues, detector: CueDetector, text: str, expected: tuple[str, str]
) -> None:
    assert expected in cue_sources(nlp, cues, text, detector)
