"""The lead's sixth sample's misses (events38), with sentences written here.

A withdrawal of "all of its workers" (a quantifier's "of" phrase) pulls out the source's own
people, no target, as "its workers" already did; a plural pronoun after conjoined doers is all of
them ("Lee and Obama said they would not tolerate ..."); an execution of a person is a killing
by physical assault (1823), not an arrest (173), and a plan executed is no event; restarting,
resuming or reactivating one's own reactor, enrichment or weapons work is a show of military
power (150, the reverse of 0873's halting it), done on one's own ground (no target there), and
an announced restart is that act with future modality.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.conftest import coded_readings, coded_triples

DAY = dt.date(2013, 6, 1)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        # one's own people pulled out: no target among them; the other country's place is it
        (
            "North Korea said it would withdraw all of its workers from the Kaesong zone.",
            ("PRK", "?", "166"),
            ("PRK", "PRKLAB", "166"),
        ),
        (
            "North Korea pulled all of its employees out of the Kaesong zone.",
            ("PRK", "?", "166"),
            ("PRK", "PRKLAB", "166"),
        ),
        (
            "Italy withdrew most of its staff from Libya.",
            ("ITA", "LBY", "166"),
            ("ITA", "ITALAB", "166"),
        ),
        # someone else's people expelled stay the target
        (
            "Britain expelled all of the Iranian diplomats.",
            ("GBR", "IRNGOV", "166"),
            None,
        ),
    ],
)
def test_own_people_withdrawn_are_no_target(coder, text, expected, absent) -> None:
    found = coded_triples(coder, text, DAY)
    assert expected in found, found
    if absent is not None:
        assert absent not in found, found


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "day", "expected"),
    [
        (
            "Lee Myung-bak and Barack Obama said in Seoul that they would not accept "
            "Iran as a nuclear state.",
            dt.date(2012, 3, 25),
            {("KORGOV", "IRN", "030"), ("USAGOV", "IRN", "030")},
        ),
        (
            "Japan and South Korea said they would resume talks with North Korea.",
            dt.date(2012, 6, 1),
            {("JPN", "PRK", "046"), ("KOR", "PRK", "046")},
        ),
    ],
)
def test_a_plural_pronoun_after_joint_doers_is_all_of_them(coder, text, day, expected) -> None:
    found = coded_triples(coder, text, day)
    assert expected <= found, found


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "day", "expected", "absent"),
    [
        (
            "Iran executed two political prisoners on Thursday.",
            dt.date(2014, 2, 20),
            ("IRN", "---CVL", "1823"),
            ("IRN", "---CVL", "173"),
        ),
        (
            "Saudi Arabia executed a Nigerian man convicted of drug smuggling.",
            dt.date(2015, 4, 1),
            ("SAU", "NGA", "1823"),
            ("SAU", "NGA", "173"),
        ),
    ],
)
def test_an_execution_is_a_killing(coder, text, day, expected, absent) -> None:
    found = coded_triples(coder, text, day)
    assert expected in found, found
    assert absent not in found, found


@pytest.mark.model
def test_a_plan_executed_is_no_event(coder) -> None:
    found = coded_triples(coder, "The army executed its plan to retake the town.", DAY)
    assert not any(code in ("173", "1823") for _, _, code in found), found


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "day", "expected"),
    [
        (
            "North Korea announced it would restart the reactor at Yongbyon.",
            dt.date(2013, 4, 2),
            ("PRK", "?", "150", "future"),
        ),
        (
            "Iran announced it would resume uranium enrichment at Natanz.",
            dt.date(2006, 1, 10),
            ("IRN", "?", "150", "future"),
        ),
        (
            "North Korea said it had reactivated its nuclear facilities.",
            dt.date(2003, 2, 5),
            ("PRK", "?", "150", "reported"),
        ),
        # the place that names the plant is no target, and no one's stand-in for the doer
        (
            "North Korea warned the South. It said on Monday that it would restart the "
            "Yongbyon reactor.",
            dt.date(2013, 4, 2),
            ("PRK", "?", "150", "future"),
        ),
        (
            "North Korea restarted the reactor at Yongbyon.",
            dt.date(2013, 9, 1),
            ("PRK", "?", "150", "asserted"),
        ),
    ],
)
def test_restarting_weapons_work_is_a_show_of_power(coder, text, day, expected) -> None:
    found = coded_readings(coder, text, day)
    assert expected in found, found
    assert not any(src == "?" and code == "150" for src, _, code, _ in found), found


@pytest.mark.model
def test_resumed_factory_operations_stay_cooperation(coder) -> None:
    found = coded_triples(coder, "South Korea resumed operations at the joint factory.", DAY)
    assert not any(code == "150" for _, _, code in found), found


@pytest.mark.model
def test_a_drill_in_another_s_waters_keeps_its_target(coder) -> None:
    found = coded_triples(coder, "North Korea held a drill in South Korean waters.", DAY)
    assert ("PRK", "KOR", "150") in found, found
