"""Event phenomena of the thirtieth pass (issue 3), each with sentences written here.

Keeping an agreement "no longer" renounces it (127, asserted, toward its other party when named);
"military action" is force (190) and not ruling it out is a threat of it (138), as not renouncing
force is; a person who became a European Commissioner codes the EU (IGOEUREEC) on dates after;
a court that rules a party violated something finds it liable (116); an international court is
no court of the country it sits in; a place of the doer's own country where it acts ("at
Yongbyon") is no target, except of force or protest.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.conftest import assert_coded, coded_readings, coded_triples

DAY = dt.date(2020, 5, 1)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        (
            "Pyongyang said it would no longer abide by the armistice.",
            ("PRKGOV", "?", "127", "asserted"),
            ("PRKGOV", "?", "030", "negated"),
        ),
        (
            "Iran will no longer honor the agreement with the United States.",
            ("IRN", "USA", "127", "asserted"),
            ("IRN", "USA", "030", "negated"),
        ),
        # keeping it stays keeping it; a plain refusal is left to the modality reader
        (
            "Iran said it would abide by the agreement.",
            ("IRN", "?", "030", "future"),
            ("IRN", "?", "127", "asserted"),
        ),
        (
            "Pyongyang said it would not abide by the armistice.",
            ("PRKGOV", "?", "030", "negated"),
            ("PRKGOV", "?", "127", "asserted"),
        ),
    ],
)
def test_an_agreement_kept_no_longer_is_renounced(coder, text, expected, absent) -> None:
    assert_coded(coded_readings(coder, text, DAY), expected, absent)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        (
            "Russia would not rule out military action against Ukraine, the Kremlin said.",
            ("RUS", "UKR", "138", "asserted"),
            ("RUS", "UKR", "120", "negated"),
        ),
        (
            "Turkey did not rule out military action in Syria.",
            ("TUR", "SYR", "138", "asserted"),
            None,
        ),
        # ruling it out is rejecting it; taking it is force
        ("Iran ruled out military action.", ("IRN", "?", "120", "asserted"), None),
        (
            "Turkey took military action against Kurdish militants.",
            ("TUR", "---UAF", "190", "asserted"),
            None,
        ),
    ],
)
def test_military_action_not_ruled_out_is_a_threat(coder, text, expected, absent) -> None:
    assert_coded(coded_readings(coder, text, DAY), expected, absent)


@pytest.mark.model
def test_action_with_no_force_is_no_event(coder) -> None:
    assert coded_triples(coder, "The government took action against corruption.", DAY) == set()


@pytest.mark.model
@pytest.mark.parametrize(
    ("date", "code"),
    [(dt.date(2020, 5, 1), "IGOEUREEC"), (dt.date(2012, 5, 1), "LVAGOV")],
)
def test_a_commissioner_codes_the_eu_in_office(coder, date, code) -> None:
    text = "Valdis Dombrovskis said the bloc would act."
    assert (code, "?", "010") in coded_triples(coder, text, date)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        (
            "The European Court of Human Rights ruled that Switzerland had violated the rights "
            "of elderly women.",
            ("---JUD", "CHE", "116"),
            None,
        ),
        (
            "The Supreme Court ruled that Israel breached international law.",
            ("---JUD", "ISR", "116"),
            None,
        ),
        # not a finding against anyone: negated, or no violation at all
        (
            "The court ruled that the government of Poland had not violated the constitution.",
            ("---JUD", "?", "010"),
            ("---JUD", "POLGOV", "116"),
        ),
        # a monitor that finds a violation is no court
        (
            "A UN panel found that North Korea had violated sanctions.",
            ("PRK", "?", "128"),
            ("IGOUNO", "PRK", "116"),
        ),
    ],
)
def test_a_court_finding_a_violation_finds_liable(coder, text, expected, absent) -> None:
    assert_coded(coded_triples(coder, text, DAY), expected, absent)


@pytest.mark.model
def test_a_ruling_with_no_violation_is_no_event(coder) -> None:
    assert coded_triples(coder, "The court ruled that the election was valid.", DAY) == set()


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        (
            "An international tribunal in The Hague ruled against China.",
            ("---JUD", "CHN", "116"),
            ("NLDJUD", "CHN", "116"),
        ),
        (
            "An international court in Geneva ruled against Russia.",
            ("---JUD", "RUS", "116"),
            ("CHEJUD", "RUS", "116"),
        ),
        # a court of the place it sits in stays that country's
        ("A court in Seoul ruled against the company.", ("KORJUD", "---BUS", "116"), None),
    ],
)
def test_an_international_court_is_no_court_of_its_seat(coder, text, expected, absent) -> None:
    assert_coded(coded_triples(coder, text, DAY), expected, absent)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("An international tribunal in Sudan ruled.", "---JUD"),
        ("A court in Sudan ruled.", "SDNJUD"),
    ],
)
def test_an_international_agent_takes_no_country_of_its_seat(nlp, text, code) -> None:
    from tests.conftest import matched_mentions

    assert code in {c for _, c in matched_mentions(nlp, text, DAY)}


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        # a place of the doer's own country where the act is done is no party to it
        (
            "North Korea agreed to carry out a moratorium on nuclear tests and nuclear "
            "activities at Yongbyon.",
            ("PRK", "?", "0356"),
            ("PRK", "PRK", "0356"),
        ),
        (
            "Iran will suspend uranium enrichment at Natanz.",
            ("IRN", "?", "0873"),
            ("IRN", "IRN", "0873"),
        ),
        # force and protest in one's own country are aimed at it
        ("Syrian forces fired at Homs.", ("SYRMIL", "SYR", "190"), None),
        ("Iraqi Kurds demonstrated in Kirkuk.", ("IRQ", "IRQ", "141"), None),
        # another country's place stays the target
        (
            "North Korea fired artillery at Yeonpyeong Island.",
            ("PRK", "KOR", "194"),
            None,
        ),
    ],
)
def test_an_own_place_is_no_target(coder, text, expected, absent) -> None:
    assert_coded(coded_triples(coder, text, DAY), expected, absent)
