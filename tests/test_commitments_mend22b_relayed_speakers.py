"""A relayed promise keeps a speaker: the level above gives it only when that level's speaker
has a code ("Ana Ruiz said ..." has none, so the promise verb's own subject stays); "him" and
"her" (``person_pronouns`` of ``relayed_promises.yaml``) cannot stand for a speaker whose
mention has a bare country code (``commitments.relayed_promises``, review22 #8). Sentences
written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.builders import promises_of

DAY = dt.date(2031, 4, 9)


def _promise(text: str) -> tuple[str | None, str | None, str | None]:
    """(promisor, promisee, speaker) of the one promise of ``text``."""
    found = promises_of(text, DAY)
    assert len(found) == 1, found
    c = found[0]
    return c.promisor, c.promisee, c.speaker


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Jorge Paz said that Chile had assured him it would reopen the port.",
            ("CHL", None, "CHL"),
        ),
        (
            "Marta Gil said Ecuador had promised her it would return the seized boats.",
            ("ECU", None, "ECU"),
        ),
    ],
)
def test_an_uncoded_relayer_keeps_the_promisors_speaker(text: str, expected: tuple) -> None:
    assert _promise(text) == expected


def test_a_bare_country_code_is_no_one_person() -> None:
    import spacy

    from pledgewatch.commitments.relayed_promises import _one_speaker
    from pledgewatch.model import ActorMention

    doc = spacy.blank("en")("Peru said so")
    doc[0].tag_ = "NNP"
    assert not _one_speaker(doc[0], [ActorMention("PER", "Peru", 0, 1, "country")])
    assert _one_speaker(doc[0], [ActorMention("PERGOV", "Peru", 0, 1, "agent")])


def test_the_person_pronouns_are_data() -> None:
    from pledgewatch.commitments.relayed_promises import relayed_promise_words

    words = relayed_promise_words()
    assert words.person_pronouns == {"him", "her"}
    assert words.person_pronouns <= words.hearer_pronouns
