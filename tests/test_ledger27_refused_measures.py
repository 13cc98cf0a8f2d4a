"""Ledger27: a refusal of measures that fall on a country (sanctions) is about the promisor
itself unless its own sentence names the country they fall on; the rest of its report names the
measures' sponsors, not its object. A refusal of aid stays about its recipient, a promise on
sanctions still reads its report. Every sentence is written for these tests."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from pledgewatch.ledger import load_topic_actions
from pledgewatch.ledger.grouping import candidates_from_row

#: The events of a report on Syria (late 2011): the League's vote, Turkey's asset freeze (coded
#: with no target), Damascus's rejection (the refusal itself, ``r:3:0``), a meeting in Cairo.
SYRIA_REPORT = [
    ("r:1:0", "r:1", "IGOARB", "SYRGOV", "163", "the League voted sanctions on Damascus"),
    ("r:2:0", "r:2", "TURGOV", None, "163", "Turkey froze the assets"),
    ("r:3:0", "r:3", "SYRGOV", "IGOARB", "120", "Syria rejected the sanctions"),
    ("r:4:0", "r:4", "TURGOV", "EGYGOV", "040", "ministers met in Cairo"),
]


def _row(
    promisor: str,
    topic: str,
    kind: str,
    *,
    promisee: str | None = "IGOARB",
    sentence_events: tuple[tuple[str, str | None, str], ...] = (),
) -> tuple[dict[str, Any], dict[str, list[Any]]]:
    """A commitment row (event ``r:3:0`` of sentence ``r:3``) and its report's parties, with
    ``sentence_events`` (source, target, CAMEO) added to the refusal's own sentence."""
    parties = [(eid, sid, src, tgt, cameo) for eid, sid, src, tgt, cameo, _text in SYRIA_REPORT]
    parties += [
        (f"r:3:{n}", "r:3", src, tgt, cameo)
        for n, (src, tgt, cameo) in enumerate(sentence_events, 1)
    ]
    refused = kind == "refusal"
    row = {
        "event_id": "r:3:0",
        "doc_id": "r",
        "sentence_id": "r:3",
        "kind": kind,
        "strength": "refused" if refused else "firm",
        "promisor": promisor,
        "promisee": promisee,
        "topic": topic,
        "topic_text": topic.replace("_", " "),
        "first_party": True,
        "formality": "official",
        "date": dt.date(2011, 11, 28),
        "evidence": "rejected" if refused else "would send",
        "sentence_text": None,
        "data": {},
    }
    return row, {"r": parties}


@pytest.mark.parametrize(
    ("promisor", "topic", "kind", "promisee", "sentence_events", "expected"),
    [
        # "Syria rejected the League's sanctions": measures on Syria; Turkey (an asset freeze
        # told elsewhere in the report) sponsors them, it is not what the refusal is about
        ("SYRGOV", "sanctions", "refusal", "IGOARB", (), "SYR:sanctions@SYR"),
        # no promisee at all: the same
        ("SYRGOV", "sanctions", "refusal", None, (), "SYR:sanctions@SYR"),
        # "rejected the sanctions Ankara imposed on it": its sentence aims them at Syria
        (
            "SYRGOV",
            "sanctions",
            "refusal",
            None,
            (("TURGOV", "SYRGOV", "163"),),
            "SYR:sanctions@SYR",
        ),
        # "Russia rejected the League's sanctions on Syria": the sentence names their target
        (
            "RUSGOV",
            "sanctions",
            "refusal",
            "IGOARB",
            (("IGOARB", "SYRGOV", "163"),),
            "RUS:sanctions@SYR",
        ),
        # a promisee that is a country is the object, as for any mention
        ("RUSGOV", "sanctions", "refusal", "SYRGOV", (), "RUS:sanctions@SYR"),
        # a meeting in the sentence names no target of measures
        (
            "SYRGOV",
            "sanctions",
            "refusal",
            None,
            (("SYRGOV", "IRNGOV", "040"),),
            "SYR:sanctions@SYR",
        ),
        # a refusal of aid is about its recipient, read in the report as before ("Turkey would
        # not send aid" in a report on Syria)
        ("TURGOV", "humanitarian_aid", "refusal", None, (), "TUR:humanitarian_aid@SYR"),
        # "China refused to back the sanctions": the report's sanctions fall on Syria, not on
        # the refuser
        ("CHNGOV", "sanctions", "refusal", None, (), "CHN:sanctions@SYR"),
        # a promise on sanctions still reads its report: the League's sanctions on Syria
        ("TURGOV", "sanctions", "promise", None, (), "TUR:sanctions@SYR"),
    ],
)
def test_the_object_of_a_refusal_of_measures(
    promisor: str,
    topic: str,
    kind: str,
    promisee: str | None,
    sentence_events: tuple[tuple[str, str | None, str], ...],
    expected: str,
) -> None:
    row, parties = _row(promisor, topic, kind, promisee=promisee, sentence_events=sentence_events)
    found = candidates_from_row(row, load_topic_actions(), parties=parties)
    assert len(found) == 1
    candidate = found[0]
    key = f"{candidate.promisor}:{candidate.topic}@{candidate.object_country}"
    assert key == expected


@pytest.mark.parametrize(
    ("topic", "expected"),
    [("sanctions", True), ("food_aid", False), ("humanitarian_aid", False), ("talks", False)],
)
def test_which_topics_read_refusals_as_about_the_promisor(topic: str, expected: bool) -> None:
    assert load_topic_actions().refusals_about_promisor(topic) is expected
