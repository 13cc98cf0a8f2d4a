"""Whose voice a bare "state media" is, and bare "ministers" after the group named before
(events27), with sentences written here.

A state medium named with no country ("state media said", "state television reported") is the
state whose acts or words its reported clause tells, else the story's state when the document
already heard that state's government or media speak; never the dateline's country alone, and
---GOV when nothing decides. "The ministers", "the three envoys", a bare "Ministers" are the
group last named with that noun (each member), so met in a capital they are not the host's
government; named nowhere before, they keep the place's country.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.conftest import coded_triples

DAY = dt.date(2013, 3, 12)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        # North Korean media in a Seoul story: the story's state, whose voice was heard before
        (
            "SEOUL, March 5 (AFP) -- North Korea said on Tuesday it would scrap the armistice. "
            "State media said the decision was final.",
            ("PRKGOV", "?", "010"),
            ("KORGOV", "?", "010"),
        ),
        # ... and the doer of the reported clause, in the same Seoul dispatch
        (
            "SEOUL, March 5 (AFP) -- North Korean leader Kim Jong Un inspected artillery units "
            "on the border, state media said.",
            ("PRKGOV", "?", "010"),
            ("KORGOV", "?", "010"),
        ),
        # Chinese state media in a Beijing story that heard Beijing speak
        (
            "BEIJING, May 2 (Reuters) -- China said on Monday it would hold talks with Vietnam. "
            "State television said the talks would open in Hanoi.",
            ("CHNGOV", "?", "010"),
            ("---GOV", "?", "010"),
        ),
        # Iranian state TV whose reported clause is about Iran
        (
            "Iran test-fired a new ballistic missile on Sunday, state television reported.",
            ("IRNGOV", "?", "010"),
            ("---GOV", "?", "010"),
        ),
        (
            "The official news agency said Syrian troops had retaken the town.",
            ("SYRGOV", "?", "010"),
            ("---GOV", "?", "010"),
        ),
        # the leader of the story's state, dead two days before, still tells whose media speak
        (
            "North Korean leader Kim Jong Il has died of a heart attack, the Korean Central News "
            'Agency said. State television called his youngest son, Kim Jong Un, the "great '
            'successor".',
            ("PRKGOV", "PRKGOV", "010"),
            ("---GOV", "PRKGOV", "010"),
        ),
    ],
)
def test_a_bare_state_medium_speaks_for_the_state_its_story_tells(
    coder, text, expected, absent
) -> None:
    found = coded_triples(coder, text, DAY)
    assert expected in found, found
    assert absent not in found, found


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        # nothing decides: no guess
        "State media said the talks were useful.",
        # a Seoul dateline alone is no voice for the North's media
        "SEOUL, March 5 (AFP) -- State media said the satellite would lift off next week.",
        # nor a Beijing one
        "BEIJING, May 2 (Reuters) -- State media said the typhoon had passed the coast.",
    ],
)
def test_a_state_medium_nothing_decides_stays_unknown(coder, text) -> None:
    found = coded_triples(coder, text, DAY)
    assert ("---GOV", "?", "010") in found, found
    assert not any(s in ("KORGOV", "CHNGOV") for s, _, _ in found), found


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        (
            "The foreign ministers of Japan, South Korea and the United States met in Bali on "
            "Friday. The ministers asked China to press North Korea.",
            {("JPNGOV", "CHN", "020"), ("KORGOV", "CHN", "020"), ("USAGOV", "CHN", "020")},
            ("---GOV", "CHN", "020"),
        ),
        # a bare "Ministers" in a capital after the group: the group, not the host
        (
            "Foreign ministers of France and Germany met on Monday. Ministers gathered in "
            "Brussels on Tuesday.",
            {("FRAGOV", "DEUGOV", "040"), ("DEUGOV", "FRAGOV", "040")},
            ("BELGOV", "?", "040"),
        ),
        (
            "Negotiators from Iran and the United States resumed talks in Vienna. The negotiators "
            "agreed to meet again next week.",
            # the two agreeing to meet intend it with each other (shared_intent, 2026-12-02)
            {("IRNGOV", "USAGOV", "036"), ("USAGOV", "IRNGOV", "036")},
            ("---GOV", "?", "036"),
        ),
        # a clause on the group's noun names no member
        (
            "The foreign ministers of Japan and China, who condemned Iran on Monday, met in "
            "Tokyo. The ministers urged Russia to help.",
            {("JPNGOV", "RUS", "023"), ("CHNGOV", "RUS", "023")},
            ("IRN", "RUS", "023"),
        ),
        # a group that is one body
        (
            "European Union foreign ministers agreed on Monday to ban imports of Iranian oil. The "
            "ministers also froze the assets of Iran's central bank.",
            {("IGOEUREEC", "IRNGOV", "163")},
            ("---GOV", "IRNGOV", "163"),
        ),
        # "the three ministers", then "they": each of the three
        (
            "The foreign ministers of the United States, Japan and South Korea met on Monday. The "
            "three ministers condemned the attack. They also said the talks were useless.",
            {
                ("USAGOV", "?", "111"),
                ("JPNGOV", "?", "111"),
                ("KORGOV", "?", "111"),
                ("USAGOV", "?", "010"),
                ("JPNGOV", "?", "010"),
                ("KORGOV", "?", "010"),
            },
            ("---GOV", "?", "111"),
        ),
    ],
)
def test_bare_ministers_are_the_group_named_before(coder, text, expected, absent) -> None:
    found = coded_triples(coder, text, DAY)
    assert expected <= found, found
    assert absent not in found, found


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        # "X was prepared to meet Y", parsed as a passive: X is ready to meet (036, the lead's
        # mend: the adjective's intent, as in the row below), not a meeting held (040)
        (
            "The spokesman said Japanese Prime Minister Shinzo Abe was prepared to meet President "
            "Xi Jinping at the summit.",
            ("JPNGOV", "CHNGOV", "036"),
            ("JPNGOV", "CHNGOV", "040"),
        ),
        # parsed as an adjective, it keeps its intent (036)
        (
            "The spokesman said Indian Prime Minister Manmohan Singh was prepared to meet "
            "President Asif Ali Zardari at the summit.",
            ("INDGOV", "PAKGOV", "036"),
            ("---GOV", "PAKGOV", "036"),
        ),
    ],
)
def test_the_one_prepared_to_act_is_its_doer(coder, text, expected, absent) -> None:
    found = coded_triples(coder, text, DAY)
    assert expected in found, found
    assert absent not in found, found


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        # named nowhere before: a country has many ministers, so the place's (tests/
        # test_events_roles.py pins this one)
        "Ministers gathered in Brussels on Tuesday.",
        # another noun than the group's
        "The foreign ministers of Japan, South Korea and the United States met in Bali on "
        "Friday. Envoys gathered in Brussels on Saturday.",
    ],
)
def test_ministers_with_no_group_named_keep_the_place(coder, text) -> None:
    found = coded_triples(coder, text, DAY)
    assert ("BELGOV", "?", "040") in found, found
