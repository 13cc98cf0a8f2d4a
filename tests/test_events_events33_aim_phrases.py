"""A participle of aiming on an act's noun names the act's target ("sanctions aimed at X",
"measures targeting Y", "a campaign directed against Z"); a country-less object does not hide a
place with a country; a visit in a "during" phrase after the verb is the clause subject's."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.conftest import coded_events

pytestmark = pytest.mark.model

DAY = dt.date(2010, 8, 30)


@pytest.mark.parametrize(
    ("text", "source", "target", "root"),
    [
        (
            "Washington unveiled fresh sanctions aimed at Pyongyang's arms trade.",
            "USA",
            "PRK",
            "16",
        ),
        ("The European Union adopted measures targeting Syrian oil firms.", "IGO", "SYR", "16"),
        (
            "Britain imposed restrictions directed against Iranian shipping lines.",
            "GBR",
            "IRN",
            "16",
        ),
        ("Seoul announced measures aimed at North Korean trading companies.", "KOR", "PRK", "16"),
        ("Canada announced sanctions targeted at Russian banks.", "CAN", "RUS", "16"),
    ],
)
def test_the_aimed_at_object_is_the_target(coder, text, source, target, root):
    events = [e for e in coded_events(coder, text, DAY) if e.cameo.startswith(root)]
    assert any(
        (e.target or "").startswith(target)
        and (source is None or (e.source or "").startswith(source))
        for e in events
    ), events


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen carried out an attack targeting churchgoers at a market in Kenya.",
        "Rebels claimed an assault targeting aid workers at a camp in Kenya's north.",
    ],
)
def test_a_countryless_aimed_object_keeps_the_place_with_a_country(coder, text):
    events = coded_events(coder, text, DAY)
    assert any((e.target or "").startswith("KEN") for e in events), events


def test_a_participle_of_aiming_on_a_measure_is_no_act_of_its_own(coder):
    text = "Washington imposed measures targeting Iranian banks."
    events = coded_events(coder, text, DAY)
    assert all(e.source for e in events), events  # no sourceless "targeting" event


def test_aiming_by_an_agent_is_still_an_act(coder):
    events = coded_events(coder, "Militants targeting police killed three officers.", DAY)
    assert any(e.cameo.startswith("19") for e in events), events


@pytest.mark.parametrize(
    ("text", "visitor", "host"),
    [
        (
            "Clinton unveiled new sanctions aimed at Pyongyang during a visit to Seoul.",
            "USA",
            "KOR",
        ),
        ("Lavrov praised the talks during a visit to Beijing.", "RUS", "CHN"),
    ],
)
def test_a_visit_after_the_verb_is_the_subjects(coder, text, visitor, host):
    visits = [e for e in coded_events(coder, text, DAY) if e.cameo == "042"]
    assert any(
        (e.source or "").startswith(visitor) and (e.target or "").startswith(host) for e in visits
    ), visits


@pytest.mark.parametrize(
    "text",
    [
        "Carter did not meet the leader during the trip to Pyongyang.",
        "Russia said Iran was ready to discuss a freeze during talks.",
    ],
)
def test_no_scene_after_a_negated_verb_or_for_talks(coder, text):
    visits = [e for e in coded_events(coder, text, DAY) if e.cameo in ("042", "046")]
    assert all(e.modality != "negated" for e in visits if e.source), visits
    assert not any(e.cameo == "046" and e.source and not e.target for e in visits), visits
