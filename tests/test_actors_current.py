"""Actors of news of the 2020s: leaders by date, dated and shared organisation names, agent
phrases after coups, and the group references "his hosts", "flew from Missouri", "the army said".

Sentences written for these tests (wire style); none is taken from an evaluation set.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import yaml

from pledgewatch.actors import ActorMatcher, load_actor_dictionary
from pledgewatch.errors import ConfigError

D = dt.date


def found(matcher, doc, day=None) -> list[tuple[str, str]]:
    return [(m.code, m.text) for m in matcher.find_in_doc(doc, day)]


@pytest.mark.parametrize(
    ("text", "day", "code"),
    [
        # the same name codes by the document's date
        ("Biden spoke to reporters.", D(2023, 4, 26), "USAGOV"),
        ("Biden spoke to reporters.", D(2019, 6, 1), "USAELI"),
        ("Trump spoke to reporters.", D(2018, 6, 12), "USAGOV"),
        ("Trump spoke to reporters.", D(2022, 11, 15), "USAELI"),
        ("Trump spoke to reporters.", D(2025, 3, 1), "USAGOV"),
        ("Assad spoke to reporters.", D(2024, 6, 1), "SYRGOV"),
        ("Assad spoke to reporters.", D(2025, 3, 1), "SYRELI"),
        ("Jolani spoke to reporters.", D(2024, 6, 1), "SYRREB"),
        ("Ahmed al-Sharaa spoke to reporters.", D(2025, 2, 1), "SYRGOV"),
        ("Hemedti spoke to reporters.", D(2020, 1, 10), "SDNGOV"),
        ("Hemedti spoke to reporters.", D(2024, 1, 10), "SDNREB"),
        ("Netanyahu spoke to reporters.", D(2022, 1, 10), "ISRLEG"),
        ("Netanyahu spoke to reporters.", D(2023, 1, 10), "ISRGOV"),
        ("Stoltenberg spoke to reporters.", D(2020, 1, 10), "IGOWSTNAT"),
        ("Stoltenberg spoke to reporters.", D(2025, 6, 1), "NORGOV"),
        ("Rutte spoke to reporters.", D(2025, 6, 1), "IGOWSTNAT"),
        ("Moon Jae-in spoke to reporters.", D(2019, 6, 1), "KORGOV"),
        ("Yoon Suk Yeol spoke to reporters.", D(2025, 6, 1), "KORELI"),
        ("Zelenskiy spoke to reporters.", D(2022, 3, 1), "UKRGOV"),
        ("Tiani spoke to reporters.", D(2023, 8, 1), "NERGOV"),
        ("Goita spoke to reporters.", D(2024, 8, 1), "MLIGOV"),
        ("Pezeshkian spoke to reporters.", D(2024, 9, 1), "IRNGOV"),
        ("Raisi spoke to reporters.", D(2024, 9, 1), "IRNELI"),  # died 2024-05-19
        # shared short names: who held office on the date
        ("President Marcos spoke to reporters.", D(1985, 11, 5), "PHLGOV"),
        ("President Marcos spoke to reporters.", D(2023, 10, 1), "PHLGOV"),
        ("President Lee spoke to reporters.", D(2010, 5, 1), "KORGOV"),
        ("President Lee spoke to reporters.", D(2025, 8, 15), "KORGOV"),
        ("Vance spoke to reporters.", D(1992, 5, 1), "IGOUNO"),
        ("Vance spoke to reporters.", D(2025, 5, 1), "USAGOV"),
    ],
)
def test_leaders_of_the_2020s_code_by_date(matcher, blank, text, day, code):
    assert found(matcher, blank(text), day)[0][0] == code


@pytest.mark.parametrize(
    ("text", "day", "person"),
    [
        ("President Marcos spoke to reporters.", D(1985, 11, 5), "'Ferdinand Marcos'"),
        ("President Marcos spoke to reporters.", D(2023, 10, 1), "'Ferdinand Marcos Jr.'"),
        (
            "Philippine President Ferdinand Marcos Jr. said.",
            D(2023, 10, 1),
            "'Ferdinand Marcos Jr.'",
        ),
        ("President Lee spoke to reporters.", D(2010, 5, 1), "'Lee Myung-bak'"),
        ("President Lee spoke to reporters.", D(2025, 8, 15), "'Lee Jae-myung'"),
    ],
)
def test_a_shared_name_says_which_person_it_chose(matcher, blank, text, day, person):
    mention = matcher.find_in_doc(blank(text), day)[0]
    assert mention.code.endswith("GOV")
    assert person in mention.why


@pytest.mark.parametrize(
    ("text", "day", "expected"),
    [
        # RSF: Sudan's Rapid Support Forces in a story naming Sudan, state force until the war
        ("The RSF shelled El Fasher.", D(2024, 5, 12), ("SDNREB", "RSF")),
        ("The RSF dispersed protesters in Khartoum.", D(2019, 6, 3), ("SDNMIL", "RSF")),
        ("Rapid Support Forces fighters looted shops.", D(2022, 1, 1), ("SDNMIL", None)),
        # ... and Reporters Without Borders elsewhere
        (
            "RSF condemned the arrest of two reporters in Algeria.",
            D(2019, 4, 18),
            ("NGOMED", "RSF"),
        ),
        ("RSF condemned the arrest of two reporters.", D(2024, 4, 18), ("NGOMED", "RSF")),
        # the context is the whole document: a later sentence names Sudan
        (
            "RSF seize another town. Fighting spread across Darfur.",
            D(2024, 1, 5),
            ("SDNREB", "RSF"),
        ),
        # SDF: Syria's Kurdish-led forces near Syria, Japan's forces otherwise
        ("The SDF handed over Raqqa.", D(2025, 2, 1), ("SYRREB", "SDF")),
        ("The SDF joined drills off Okinawa.", D(2025, 2, 1), ("JPNMIL", "SDF")),
        # a group that became the government
        ("HTS fighters entered Aleppo.", D(2024, 11, 30), ("SYRREB", None)),
        ("HTS said it would dissolve.", D(2025, 1, 5), ("SYRGOV", "HTS")),
        ("The Tigray People's Liberation Front signed.", D(2022, 11, 2), ("ETHREB", None)),
        ("The Arakan Army seized Lashio.", D(2024, 8, 3), ("MMRREB", "Arakan Army")),
    ],
)
def test_dated_and_shared_organisation_names(matcher, blank, text, day, expected):
    code, mention = expected
    hits = found(matcher, blank(text), day)
    assert hits[0][0] == code
    if mention is not None:
        assert hits[0][1] == mention


def test_a_dated_organisation_and_its_context_can_come_from_a_user_file(tmp_path: Path, blank):
    path = tmp_path / "mine.yaml"
    organisations = [
        {
            "code": "AFGREB",
            "names": ["Northern Front"],
            "roles": [{"code": "AFGGOV", "from": "2030-01-01"}],
        },
        {"code": "NGOHRI", "names": ["NF"]},
        {"code": "AFGREB", "names": ["NF"], "context": ["AFG"]},
    ]  # fmt: skip
    path.write_text(yaml.safe_dump({"organisations": organisations}), encoding="utf-8")
    matcher = ActorMatcher(load_actor_dictionary(extra_paths=[path]))

    def code(text: str, day: dt.date) -> str:
        return matcher.find_in_doc(blank(text), day)[0].code

    assert code("Northern Front fighters advanced.", D(2029, 1, 1)) == "AFGREB"
    assert code("Northern Front fighters advanced.", D(2031, 1, 1)) == "AFGGOV"
    assert code("NF advanced in Kabul.", D(2029, 1, 1)) == "AFGREB"
    assert code("NF published a report.", D(2029, 1, 1)) == "NGOHRI"


def test_a_context_must_be_a_country_code(tmp_path: Path):
    path = tmp_path / "bad.yaml"
    bad = {"organisations": [{"code": "AFGREB", "names": ["NF"], "context": ["Afghanistan"]}]}
    path.write_text(yaml.safe_dump(bad), encoding="utf-8")
    with pytest.raises(ConfigError, match="context"):
        load_actor_dictionary(extra_paths=[path])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Niger's transitional government said.", [("NERGOV", "Niger's transitional government")]),
        (
            "Yemen's internationally recognised government said.",
            [("YEMGOV", "Yemen's internationally recognised government")],
        ),
        # a backer is not the owner: the militias are not Iranian
        ("Iranian-backed militias attacked.", [("IRN", "Iranian"), ("---UAF", "militias")]),
        ("The Zaporizhzhia nuclear plant lost power.", [("UKR", "Zaporizhzhia nuclear plant")]),
    ],
)
def test_agent_phrases_of_coups_and_wars(matcher, blank, text, expected):
    assert [(m.code, m.text) for m in matcher.find(blank(text), D(2024, 6, 1))] == expected


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an agent noun the tagger reads as an adjective still joins the phrase
        (
            "Myanmar's military government extended the emergency.",
            ("MMRGOV", "Myanmar's military government"),
        ),
        (
            "Malian military officials said the convoy was attacked.",
            ("MLIMIL", "Malian military officials"),
        ),
    ],
)
def test_an_adjective_agent_before_an_agent_noun_joins_the_phrase(matcher, nlp, text, expected):
    assert expected in found(matcher, nlp(text), D(2024, 6, 1))


def test_with_no_date_the_body_before_a_name_chooses_the_role(matcher, blank):
    titled = matcher.find(blank("NATO Secretary General Jens Stoltenberg called Erdogan."))
    assert titled[0].code == "IGOWSTNAT"
    assert "the role of 'NATO'" in titled[0].why
    # alone, with no date, the latest role
    assert matcher.find(blank("Stoltenberg called Erdogan."))[0].code == "NORGOV"


def test_the_military_government_is_the_story_s_country(matcher, blank):
    text = "French troops began leaving Niger. The military government had demanded it."
    assert ("NERGOV", "military government") in found(matcher, blank(text), D(2023, 12, 4))


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "his hosts": the government of the country the visitor is in
        (
            "Blinken arrived in Riyadh on Monday. His hosts pledged to press for a ceasefire.",
            ("SAUGOV", "His hosts"),
        ),
        ("Kim Jong Un visited Moscow. His hosts gave him a car.", ("RUSGOV", "His hosts")),
        # the place a force set out from gives its country
        ("Seven B-2 bombers flew from Missouri and struck three sites.", ("USAMIL", "bombers")),
        # an appositive agent takes the country of its anchor
        (
            "Juan Guaido, the opposition leader, called for new elections.",
            ("VENOPP", "opposition leader"),
        ),
        # "the army" as the subject of its own clause: the country of the subject before it
        ("Israeli jets struck targets in Gaza overnight, the army said.", ("ISRMIL", "army")),
    ],
)
def test_group_references_resolved(matcher, nlp, text, expected):
    assert expected in found(matcher, nlp(text), D(2024, 1, 8))


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "unresolved"),
    [
        # coming back from a country does not make troops its own
        ("Troops returning from Iraq were greeted in Texas.", "Troops"),
        # someone else's army: the object of an appeal
        ("The United States urged the army to return to barracks.", "army"),
        # the subject before has no country: whose military?
        ("The Defense Ministry said the military would respond firmly.", "military"),
        # no possessive pronoun, no host
        ("The hosts of the summit were not named.", None),
    ],
)
def test_group_references_left_alone(matcher, nlp, text, unresolved):
    mentions = found(matcher, nlp(text), D(2024, 1, 8))
    if unresolved is not None:
        assert (next(code for code, words in mentions if words == unresolved))[:3] == "---"
    assert not any(words.lower().endswith("hosts") for _, words in mentions)
