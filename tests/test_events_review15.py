"""The review of the eighteenth pass (issue 3): rules of that pass that read too much.

Each table holds the wrong readings the review found (and a few more of the same phenomenon)
beside the readings the rule was written for, which must still hold: the venue of two sides'
talks is a place, not a party met "with" or visited; a return "from" somewhere is no visit
there; "it" of a condition is the other party only of a threat; a strike "at" someone is a
blow; an agentless retelling takes an earlier doer only for the same single victim; a plan made
in the past is no future act; a dateline's country is found in its last part too. Sentences
written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from pledgewatch.actors.datelines import dateline_country
from pledgewatch.actors.dictionary import load_actor_dictionary
from pledgewatch.events import DocContext, EventCoder
from tests.conftest import assert_coded, coded_readings, coded_triples

DAY = dt.date(2013, 6, 1)


def codes(coder: EventCoder, text: str) -> set[tuple[str, str, str]]:
    return coded_triples(coder, text, DAY)


def readings(coder: EventCoder, text: str) -> set[tuple[str, str, str, str]]:
    """(source, target, code, modality) of every event of ``text``."""
    return coded_readings(coder, text, DAY)


# Finding 1: only a place reached "to", "at" or "in" is the venue of two sides' talks
@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        # a party met "with", as an object, or visited is no venue
        (
            "The United States and South Korea will hold talks with North Korea.",
            ("KOR", "PRK", "046"),
            None,
        ),
        (
            "The United States and South Korea will hold talks with North Korea.",
            ("USA", "PRK", "046"),
            None,
        ),
        ("Japan and China will hold talks with South Korea.", ("CHN", "KOR", "046"), None),
        (
            "U.S. and Russian diplomats met North Korean envoys in Beijing.",
            ("USAGOV", "PRKGOV", "040"),
            ("USAGOV", "CHNGOV", "040"),
        ),
        (
            "French and German diplomats met Iranian negotiators in Vienna.",
            ("FRAGOV", "IRNGOV", "040"),
            None,
        ),
        (
            "American and Chinese envoys visited Pyongyang.",
            ("USAGOV", "PRKGOV", "042"),
            ("USAGOV", "?", "042"),
        ),
        (
            "Russian and Chinese envoys visited Seoul.",
            ("RUSGOV", "KORGOV", "042"),
            ("RUSGOV", "?", "042"),
        ),
        # what the rule is for: two sides going to one place meet there
        (
            "U.S. and Russian negotiators will return to Geneva for talks.",
            ("USAGOV", "?", "046"),
            ("USAGOV", "CHE", "046"),
        ),
    ],
)
def test_a_venue_is_a_place_not_a_party(coder: EventCoder, text, expected, absent) -> None:
    assert_coded(codes(coder, text), expected, absent)


# Finding 2: returning "from" a place is no visit to it
@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        ("Kim Jong Un returned to Pyongyang from Beijing on Wednesday.", None, "CHNGOV"),
        ("Putin returned to Moscow from Minsk.", None, "BLR"),
        ("The Chinese envoy returned to Beijing from Seoul on Friday.", None, "KORGOV"),
        # the host is the "to" object
        (
            "The Chinese envoy returned to Seoul from Pyongyang on Friday.",
            ("CHNGOV", "KORGOV", "042"),
            "PRKGOV",
        ),
        ("US troops returned to Iraq.", ("USAMIL", "IRQ", "042"), None),
        # refugees and defectors go home or flee: they visit no host (nineteenth pass)
        ("Defectors returned to North Korea.", None, "PRK"),
        ("Refugees returned to Syria.", None, "SYR"),
    ],
)
def test_a_return_from_a_place_is_no_visit_there(coder: EventCoder, text, expected, absent) -> None:
    found = codes(coder, text)
    if expected is not None:
        assert expected in found, found
    assert not [c for c in found if c[2] == "042" and c[1] == absent], found


def _pronoun_code(coder: EventCoder, text: str) -> str:
    coded = coder.code_text(text, DocContext(doc_id="t", date=DAY))
    return next(m.code for m in coded.mentions if m.text.lower() == "it")


# Finding 3: "it" of a condition is the other party only of a threat
@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "code"),
    [
        # no threat: "it" is the subject, as ever
        ("Seoul will send rice to Pyongyang unless it runs short of stocks.", "KORGOV"),
        ("Japan will resume talks with China unless it faces new protests at home.", "JPN"),
        (
            "The United States will sign the deal with Iran if it does not face opposition in "
            "Congress.",
            "USA",
        ),
        ("Russia will ship grain to Egypt unless it runs short of wheat.", "RUS"),
        # a threat: the threatened party
        ("Turkey will cut ties with Israel unless it apologizes.", "ISR"),
        ("Israel will cut ties with Turkey unless it apologizes.", "TUR"),
        ("The United States will impose sanctions on Iran unless it stops enrichment.", "IRN"),
        ("Japan will take action against China if it does not withdraw its ships.", "CHN"),
    ],
)
def test_only_a_threat_sets_its_condition_on_the_other_party(
    coder: EventCoder, text: str, code: str
) -> None:
    assert _pronoun_code(coder, text) == code


@pytest.mark.model
def test_no_bogus_event_of_the_other_party(coder: EventCoder) -> None:
    text = (
        "The United States will sign the deal with Iran if it does not face opposition in Congress."
    )
    assert not [c for c in codes(coder, text) if c[1] == "IRN" and c[2] == "120"]


# Finding 6: a strike at someone is a blow, and civilians or farmers striking are no workers
@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Civilians struck at the convoy with stones.", None),
        ("Students struck at the police with stones.", ("---EDU", "---COP", "190")),
        ("Farmers struck back at the soldiers.", ("---AGR", "---MIL", "190")),
        ("Villagers struck at dawn, killing two soldiers.", None),
        ("Workers struck at the riot police with stones.", ("---LAB", "---COP", "190")),
        ("Teachers struck back at the troops.", ("---EDU", "---MIL", "190")),
    ],
)
def test_a_strike_at_someone_is_no_labour_strike(coder: EventCoder, text, expected) -> None:
    found = codes(coder, text)
    assert not [c for c in found if c[2] == "143"], found
    if expected is not None:
        assert expected in found, found


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The union will strike.", ("---LAB", "?", "143", "future")),
        ("The teachers' union will strike next week.", ("---LAB", "?", "143", "future")),
        ("Teachers struck on Monday over pay.", ("---EDU", "?", "143", "asserted")),
        ("Doctors will strike next week.", ("---HLH", "?", "143", "future")),
    ],
)
def test_workers_stopping_work_still_strike(coder: EventCoder, text, expected) -> None:
    assert expected in readings(coder, text)


# Finding 7: the same target code is not the same victim
@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "retold"),
    [
        (
            "Israeli troops killed two Palestinians in Gaza. Three Palestinians were killed "
            "near Rafah on Tuesday.",
            ("?", "PSE", "190"),
        ),
        (
            "Russian troops killed two Ukrainians near Kharkiv. Four Ukrainians were killed in "
            "Kherson.",
            ("?", "UKR", "190"),
        ),
        (
            "Syrian forces shelled Homs. Rebels said Homs was shelled again on Friday from "
            "rebel-held hills.",
            ("?", "SYR", "194"),
        ),
        ("Russian forces shelled Aleppo. Aleppo was shelled again on Sunday.", ("?", "SYR", "194")),
    ],
)
def test_another_victim_is_another_act(coder: EventCoder, text: str, retold) -> None:
    assert retold in codes(coder, text)


@pytest.mark.model
def test_one_named_victim_retold_keeps_the_doer(coder: EventCoder) -> None:
    found = codes(
        coder, "North Korea executed Jang Song Thaek. Jang was executed on Thursday, KCNA said."
    )
    executions = [c for c in found if c[2] == "1823"]
    assert executions and all(c[0] == "PRK" for c in executions), found


# Finding 8: a plan made in the past is no future act
@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("North Korea planned the attack on the Cheonan.", ("PRK", "KORMIL", "190", "asserted")),
        (
            "Kim Jong Un planned the shelling of Yeonpyeong Island.",
            ("PRKGOV", "KOR", "194", "asserted"),
        ),
        ("China planned the blockade of Taiwan.", ("CHN", "TWN", "191", "asserted")),
        ("Iran prepared the missile launch last year.", ("IRN", "?", "150", "asserted")),
        # still planning: the act is to come
        (
            "The European Union is preparing its own oil embargo.",
            ("IGOEUREEC", "?", "163", "future"),
        ),
        ("North Korea is planning a nuclear test.", ("PRK", "?", "150", "future")),
        ("Russia is planning an attack on Kyiv.", ("RUS", "UKRGOV", "190", "future")),
        ("North Korea will prepare a missile launch.", ("PRK", "?", "150", "future")),
    ],
)
def test_a_past_plan_is_no_future_act(coder: EventCoder, text: str, expected) -> None:
    found = readings(coder, text)
    assert expected in found, found


# Finding 10: a dateline's country from its last part; an unknown place leaves the text's
@pytest.fixture(scope="module")
def dictionary():
    return load_actor_dictionary()


@pytest.mark.parametrize(
    ("place", "country"),
    [
        ("Nusa Dua, Indonesia", "IDN"),
        ("Panmunjom, South Korea", "KOR"),
        ("Sharm el-Sheikh, Egypt", "EGY"),
        ("Dandong, China", "CHN"),
        # as before: the whole place, its first part, none
        ("Seoul", "KOR"),
        ("Yangon, Myanmar", "MMR"),
        ("United Nations", None),
        ("Nowhere Springs", None),
    ],
)
def test_dateline_country_of_city_and_country(dictionary, place: str, country) -> None:
    assert dateline_country(dictionary, place) == country


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "place", "code"),
    [
        ("Shots were fired, the Defense Ministry said.", "Nusa Dua, Indonesia", "IDNGOV"),
        # an unknown place: the dateline is read from the text
        (
            "SEOUL, March 11 (Yonhap) -- Missiles were fired, the Defense Ministry said.",
            "Nowhere Springs",
            "KORGOV",
        ),
    ],
)
def test_an_unknown_place_leaves_the_texts_dateline(matcher, nlp, text, place, code) -> None:
    mentions = matcher.find_in_doc(nlp(text), DAY, place=place)
    assert [m.code for m in mentions if m.text == "Defense Ministry"] == [code]
