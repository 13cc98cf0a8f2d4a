"""Targets a sentence names outside the act's own arguments (events46, events/named_targets.py).

Sentences written here: a sanction aimed at a bare "companies" or "banks" object, a measure held
out on an "if" condition (its doer is the target), an agreement "at the request of" a country
(the requester is its target, and the request is addressed to the one who agreed), and
sanctions ordered beside a condemnation (they fall on the condemned party).
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.conftest import assert_coded, coded_triples

DAY = dt.date(2012, 5, 1)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        (  # the object with a relative clause is the sanctioned party
            "The Security Council should target the companies that supply missile parts.",
            ("IGOUNO", "---BUS", "163"),
            ("IGOUNO", "?", "163"),
        ),
        (
            "The European Union targeted the banks that finance the program.",
            ("IGOEUREEC", "---BUS", "163"),
            ("IGOEUREEC", "?", "163"),
        ),
        (  # a country-owned object keeps its owner
            "The European Union targeted Iranian banks.",
            ("IGOEUREEC", "IRNBUS", "163"),
            None,
        ),
    ],
)
def test_a_sanctions_bare_object_is_its_target(coder, text, expected, absent) -> None:
    assert_coded(coded_triples(coder, text, DAY), expected, absent)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        (
            "Canada said it would consider sanctions if Iran went ahead.",
            ("CAN", "IRN", "014"),
            ("CAN", "?", "014"),
        ),
        (
            "Australia will weigh new sanctions if Fiji delays the elections again.",
            ("AUS", "FJI", "014"),
            ("AUS", "?", "014"),
        ),
        (  # no measure held out: the condition names no target
            "Canada said it would consider the proposal if Iran went ahead.",
            ("CAN", "?", "014"),
            ("CAN", "IRN", "014"),
        ),
    ],
)
def test_a_measure_held_out_on_a_condition_aims_at_its_doer(coder, text, expected, absent) -> None:
    assert_coded(coded_triples(coder, text, DAY), expected, absent)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        (
            "The report says Myanmar agreed at the request of China, and only while talks "
            "continue.",
            ("MMR", "CHN", "030"),
            ("MMR", "?", "030"),
        ),
        (  # the request is addressed to the one who agreed
            "The report says Myanmar agreed at the request of China, and only while talks "
            "continue.",
            ("CHN", "MMR", "020"),
            ("CHN", "?", "020"),
        ),
        (
            "Serbia agreed at the urging of Russia to resume the talks.",
            ("SRB", "RUS", "030"),
            None,
        ),
    ],
)
def test_an_agreement_at_a_request_answers_the_requester(coder, text, expected, absent) -> None:
    assert_coded(coded_triples(coder, text, DAY), expected, absent)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        (  # ordering sanctions is imposing them, on the condemned party
            "The Security Council condemned Iran's missile launch on Friday and ordered "
            "tighter sanctions.",
            ("IGOUNO", "IRN", "163"),
            ("IGOUNO", "?", "100"),
        ),
        (
            "The European Union condemned Belarus's crackdown and imposed new sanctions.",
            ("IGOEUREEC", "BLR", "163"),
            ("IGOEUREEC", "?", "163"),
        ),
        (  # a named target stays
            "The European Union condemned the crackdown and ordered new sanctions against Syria.",
            ("IGOEUREEC", "SYR", "163"),
            ("IGOEUREEC", "SYR", "100"),
        ),
        (  # ordering an asset freeze is imposing it
            "Britain ordered an asset freeze on Belarusian officials.",
            ("GBR", "BLRGOV", "163"),
            ("GBR", "BLRGOV", "100"),
        ),
        (  # ordering troops to act stays a demand
            "The general ordered the Malian troops to withdraw.",
            ("?", "MLIMIL", "100"),
            None,
        ),
    ],
)
def test_sanctions_ordered_beside_a_condemnation(coder, text, expected, absent) -> None:
    assert_coded(coded_triples(coder, text, DAY), expected, absent)
