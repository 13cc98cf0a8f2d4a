"""A speaker's second act of speech the parser conjoins to a copula it reported ("said the drill
was defensive and urged X ...") is the speaker's, not the copula subject's
(events/past_conjuncts.restore_speaker_conjunct)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.conftest import coded_events

pytestmark = pytest.mark.model

DAY = dt.date(2010, 7, 25)


@pytest.mark.parametrize(
    ("text", "source", "target", "root"),
    [
        (
            "Japan's defense ministry said the patrol was routine and urged Beijing not to "
            "overreact.",
            "JPN",
            "CHN",
            "02",
        ),
        (
            "The Chinese spokesman said the situation was tense and urged Seoul to show restraint.",
            "CHN",
            "KOR",
            "02",
        ),
        (
            "The French foreign minister said the blockade was illegal and urged Moscow to "
            "lift it.",
            "FRA",
            "RUS",
            "02",
        ),
    ],
)
def test_the_speakers_conjoined_act_is_the_speakers(coder, text, source, target, root):
    events = [e for e in coded_events(coder, text, DAY) if e.cameo.startswith(root)]
    assert any(
        (e.source or "").startswith(source) and (e.target or "").startswith(target) for e in events
    ), events


@pytest.mark.parametrize(
    "text",
    [
        # no act of speech: what the drills do is told, not done by the speaker
        "Seoul said the drills were routine and posed no threat to Pyongyang.",
    ],
)
def test_a_conjoined_act_that_is_no_speech_stays(coder, text):
    events = coded_events(coder, text, DAY)
    assert not any((e.source or "").startswith("KOR") and e.cameo.startswith("13") for e in events)


def test_the_repair_rehangs_on_the_reporting_verb(nlp):
    from pledgewatch.events.past_conjuncts import restore_speaker_conjunct

    doc = nlp("The ministry said the exercise was defensive and urged Pyongyang to stay calm.")
    assert restore_speaker_conjunct(doc[:], {"say"}, frozenset({"urge"}))
    urged = next(t for t in doc if t.lower_ == "urged")
    assert urged.head.lower_ == "said"
    # a reporting verb outside the list, or a verb outside the speech acts: unchanged
    doc = nlp("The ministry said the exercise was defensive and urged Pyongyang to stay calm.")
    assert not restore_speaker_conjunct(doc[:], {"say"}, frozenset({"demand"}))
