"""An act named in a phrase of cause or concession happened before (events51).

Sentences written here (events/circumstance_acts.py ``caused_by_act``, modality.yaml
``cause_phrases``, ``open_determiners``): "would halt trade in response to the shelling of X"
does not make the shelling a future main act: it is asserted, named in passing ("mentioned"),
with no day of its own. "In response to any attack" or "despite the planned launch" names no
known act.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.conftest import coded_events

DAY = dt.date(2015, 8, 21)


def _rows(coder, text: str, code: str) -> list[tuple[str, str, dt.date | None]]:
    return [(e.modality, e.role, e.date) for e in coded_events(coder, text, DAY) if e.cameo == code]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "code"),
    [
        (
            "Seoul would halt trade with Pyongyang in response to the shelling of Baengnyeong "
            "by North Korean artillery.",
            "194",
        ),
        (
            "Tokyo said it would impose sanctions on Iran in response to the seizure of its "
            "tanker by Iranian forces.",
            "1711",
        ),
        (
            "Seoul will resume loudspeaker broadcasts because of the attack on its soldiers.",
            "190",
        ),
        (
            "Seoul would suspend the talks in the wake of the shelling of Baengnyeong by North "
            "Korean artillery.",
            "194",
        ),
    ],
)
def test_a_caused_act_is_done_and_named(coder, text, code) -> None:
    rows = _rows(coder, text, code)
    assert rows, coded_events(coder, text, DAY)
    assert ("asserted", "mentioned", None) in rows, rows
    assert not any(r[1] == "main" or r[0] == "future" for r in rows), rows


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "code"),
    [
        # the governing act keeps its own future reading
        (
            "Seoul would halt trade with Pyongyang in response to the shelling of Baengnyeong "
            "by North Korean artillery.",
            "160",
        ),
    ],
)
def test_the_answering_act_keeps_its_reading(coder, text, code) -> None:
    rows = _rows(coder, text, code)
    assert rows and all(r[1] == "main" for r in rows), rows
    assert any(r[0] in ("future", "hypothetical") for r in rows), rows


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Seoul will respond in kind in response to any shelling of Baengnyeong by North Korean "
        "artillery.",
        "Seoul will hold the drill despite the planned shelling of Baengnyeong by North Korean "
        "artillery.",
    ],
)
def test_an_open_or_planned_act_is_no_known_cause(coder, text) -> None:
    rows = _rows(coder, text, "194")
    assert not any(r[0] == "asserted" for r in rows), rows


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        # decisive where the coded rows may be empty: the noun's own reading, with controls
        ("Seoul will respond in kind in response to any shelling of Baengnyeong.", None),
        ("Seoul will hold the drill despite the planned shelling of Baengnyeong.", None),
        (
            "Seoul will respond in kind in response to the shelling of Baengnyeong.",
            "in response to",
        ),
        ("Seoul will hold the drill despite the shelling of Baengnyeong.", "despite"),
    ],
)
def test_an_open_or_planned_noun_names_no_cause(coder, text, phrase) -> None:
    from pledgewatch.events.circumstance_acts import caused_by_act
    from pledgewatch.events.modality import ModalityCues

    cues = ModalityCues.load()
    noun = next(t for t in coder.nlp(text) if t.lower_ == "shelling")
    found = caused_by_act(
        noun, cues.cause_phrase_sizes, cues.open_determiners, cues.unmade_modifiers
    )
    assert found == phrase, (text, noun.dep_, found)
