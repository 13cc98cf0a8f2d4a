"""Event phenomena of the grader's and the ledger's coder findings (issue 3, events29), with
sentences written here.

A headline's act takes the date its body tells it on: "U.S., North Korea discuss monitoring of
food aid" (present, dated by its report) is the meeting the body dates "on Wednesday", so its
event takes that day; a headline with no twin in the first body sentences keeps the report's
date. Promising someone to do something is the promisor's intent aimed at the promisee, no
appeal to them. Cutting one's own emissions, output or spending is no sanction, whatever the
words before the head noun ("greenhouse gas"). Not renouncing force, or refusing to, is a
threat to use it toward the place it is over (138, asserted). The people a state's forces kill
at home, with no other country named, are that state's people, as the protesters it arrests
are; where another country is named for them, theirs. A headline's "X to V" is its future,
also before a trailing "Y says", and that "says" tells nothing to X.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.conftest import assert_coded, coded_events, coded_readings, coded_triples

#: A Thursday: "on Wednesday" is the day before, "on Monday" three days before.
REPORT_DAY = dt.date(2012, 3, 8)


def _coded_document(coder, headline: str, body: str):
    from pledgewatch.events import DocContext

    text = f"{headline}\n\n{body}"
    ctx = DocContext(doc_id="t", date=REPORT_DAY, headline_end=len(headline))
    return [f.event for f in coder.code_text(text, ctx).findings]


def _headline_dates(coder, headline: str, body: str, cameo: str) -> set[dt.date | None]:
    return {
        e.date
        for e in _coded_document(coder, headline, body)
        if e.cameo == cameo and e.evidence_start < len(headline)
    }


@pytest.mark.model
@pytest.mark.parametrize(
    ("headline", "body", "cameo", "expected"),
    [
        (
            "U.S., North Korea discuss monitoring of food aid in Beijing",
            "U.S. and North Korean officials met in Beijing on Wednesday to discuss the"
            " monitoring of food aid. The talks ended without agreement.",
            "040",
            dt.date(2012, 3, 7),
        ),
        (
            "North Korea fires missile",
            "SEOUL -- North Korea said it would hold talks with the South. North Korea fired a"
            " short-range missile into the sea on Tuesday, officials said.",
            "150",
            dt.date(2012, 3, 6),
        ),
        (
            "Japan protests to China over boat seizure",
            "Japan lodged a protest with China on Monday over the seizure of a fishing boat.",
            "114",
            dt.date(2012, 3, 5),
        ),
    ],
)
def test_a_headline_takes_its_body_twins_date(coder, headline, body, cameo, expected) -> None:
    assert _headline_dates(coder, headline, body, cameo) == {expected}


@pytest.mark.model
@pytest.mark.parametrize(
    ("headline", "body", "cameo"),
    [
        # no twin in the body: the report's date
        (
            "North Korea fires missile",
            "South Korea said on Tuesday it would hold talks with Japan.",
            "150",
        ),
        # a twin of another doer is no twin
        (
            "Japan protests to China over boat seizure",
            "South Korea lodged a protest with China on Monday over the seizure of a boat.",
            "114",
        ),
        # the body's act of another family on that day is no twin
        (
            "North Korea fires missile",
            "North Korea held talks with China on Tuesday.",
            "150",
        ),
        # a statement dated by what it tells (a month) is no twin of the headline's saying
        (
            "North Korea says it will boycott talks",
            "North Korea also said South Korean officials had met its officials secretly last"
            " month.",
            "010",
        ),
        # a fact is not dated after its report: the statement is not dated by the launch
        (
            "North Korea says satellite launch set for April",
            "North Korea said the satellite would be launched between April 12 and 16.",
            "010",
        ),
    ],
)
def test_a_headline_without_a_twin_keeps_the_reports_date(coder, headline, body, cameo) -> None:
    assert _headline_dates(coder, headline, body, cameo) == {REPORT_DAY}


@pytest.mark.model
def test_the_twins_date_is_explained(coder) -> None:
    events = _coded_document(
        coder,
        "U.S., North Korea discuss monitoring of food aid in Beijing",
        "U.S. and North Korean officials met in Beijing on Wednesday.",
    )
    headline = [e for e in events if e.evidence_start == 0 and e.cameo == "040"]
    assert headline and all("twin in the body" in e.why for e in headline), headline
    assert all(e.date_precision == "day" for e in headline), headline


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        (
            "India has promised Bangladesh to keep supplying onions.",
            ("IND", "BGD", "030"),
            ("IND", "BGD", "020"),
        ),
        (
            "India has promised Bangladesh to send food aid.",
            ("IND", "BGD", "0333"),
            ("IND", "BGD", "0233"),
        ),
        (
            "The United States pledged Seoul to defend it against any attack.",
            ("USA", "KORGOV", "032"),
            ("USA", "KORGOV", "022"),
        ),
    ],
)
def test_a_promise_to_someone_is_the_promisors_intent(coder, text, expected, absent) -> None:
    assert_coded(coded_triples(coder, text, REPORT_DAY), expected, absent)


@pytest.mark.model
def test_wanting_someone_to_act_is_still_an_appeal(coder) -> None:
    found = coded_triples(coder, "Washington urged Beijing to keep supplying rice.", REPORT_DAY)
    assert ("USAGOV", "CHNGOV", "020") in found, found


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Australia will cut its greenhouse gas emissions by 43 percent.",
        "Iran cut its fuel consumption by a fifth.",
        "Germany will cut gas emissions by 40 percent by 2030.",
        "Russia will cut its oil output by 500,000 barrels a day.",
    ],
)
def test_cutting_ones_own_measure_is_no_sanction(coder, text) -> None:
    found = coded_triples(coder, text, REPORT_DAY)
    assert not any(code.startswith("16") for _, _, code in found), found


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russia cut its gas supplies to Ukraine.", ("RUS", "UKR", "162")),
        ("The United States cut its aid to Egypt.", ("USA", "EGY", "162")),
        ("Russia halted its gas deliveries to Ukraine.", ("RUS", "UKR", "163")),
    ],
)
def test_cutting_what_goes_to_another_is_still_a_sanction(coder, text, expected) -> None:
    assert expected in coded_triples(coder, text, REPORT_DAY)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        (
            "China will never renounce the use of force over Taiwan.",
            ("CHN", "TWN", "138", "asserted"),
            ("CHN", "TWN", "120", "negated"),
        ),
        (
            "Beijing has not renounced the use of force against Taiwan.",
            ("CHNGOV", "TWN", "138", "asserted"),
            ("CHNGOV", "TWN", "120", "negated"),
        ),
        (
            "China refused to renounce military action against Taiwan.",
            ("CHN", "TWN", "138", "asserted"),
            ("CHN", "TWN", "120", "asserted"),
        ),
    ],
)
def test_a_force_not_renounced_is_a_threat(coder, text, expected, absent) -> None:
    assert_coded(coded_readings(coder, text, REPORT_DAY), expected, absent)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # renouncing force is still renouncing it
        ("Libya renounced the use of force.", ("LBY", "?", "120", "asserted")),
        # not giving up weapons is no threat of force
        ("North Korea will not abandon its nuclear weapons.", ("PRK", "?", "0873", "negated")),
    ],
)
def test_renouncing_force_or_weapons_keeps_its_reading(coder, text, expected) -> None:
    found = coded_readings(coder, text, REPORT_DAY)
    assert expected in found, found
    assert not any(code == "138" for _, _, code, _ in found), found


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        (
            "Syrian security forces have killed about 2,000 people.",
            ("SYRMIL", "SYRCVL", "190"),
            ("SYRMIL", "---CVL", "190"),
        ),
        (
            "Yemeni police killed 12 people in the capital.",
            ("YEMCOP", "YEMCVL", "190"),
            ("YEMCOP", "---CVL", "190"),
        ),
    ],
)
def test_people_killed_at_home_are_the_states(coder, text, expected, absent) -> None:
    assert_coded(coded_triples(coder, text, REPORT_DAY), expected, absent)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        # a place of another country named for them: theirs
        ("Israeli forces killed 20 people in Gaza.", "ISRMIL", "PSECVL"),
        # another country named in the sentence before
        (
            "Russian troops entered the Ukrainian city of Kherson. Russian soldiers killed 30"
            " people there.",
            "RUSMIL",
            None,
        ),
    ],
)
def test_people_killed_where_another_country_is_named_are_not_the_killers(
    coder, text, source, target
) -> None:
    killed = [e for e in coded_events(coder, text, REPORT_DAY) if e.cameo.startswith("19")]
    assert killed, killed
    assert all(not (e.target or "").startswith(source[:3]) for e in killed), killed
    if target is not None:
        assert any(e.target == target for e in killed), killed


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        (
            "Mexico to deploy 10,000 troops to U.S. border, Sheinbaum says",
            ("MEX", "USA", "154", "future"),
            ("MEX", "USA", "154", "reported"),
        ),
        (
            "Japan to send envoy to Seoul, Abe says",
            ("JPN", "KORGOV", "042", "future"),
            ("JPN", "KORGOV", "042", "reported"),
        ),
        (
            "Japan to send envoy to Seoul",
            ("JPN", "KORGOV", "042", "future"),
            ("JPN", "KORGOV", "042", "asserted"),
        ),
    ],
)
def test_a_headline_infinitive_is_future(coder, text, expected, absent) -> None:
    found = coded_readings(coder, text, dt.date(2025, 2, 3))
    assert_coded(found, expected, absent)
    # the trailing "says" told nothing to the infinitive's subject
    assert not any(code == "010" and target != "?" for _, target, code, _ in found), found


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the clause after the verb: the object is told to act
        ("Obama urged Congress to act.", ("USAELI", "---LEG", "020", "asserted")),
        # a to-infinitive with no subject of its own is no headline future
        ("Japan agreed to send an envoy to Seoul.", ("JPN", "KORGOV", "036", "asserted")),
    ],
)
def test_other_infinitives_keep_their_readings(coder, text, expected) -> None:
    found = coded_readings(coder, text, dt.date(2025, 2, 3))
    assert expected in found, found
