""" "Deal with" is a relation only when it is ended (mend23b).

Sentences written here (verbs.tsv deal.v_with, flag ``also_handling``; word class
``@direct_dealing``; events/ceased_verbs.py, events/ended_dealings.py): "deal with X" coded a
consultation (040), but "deal with" is as often handling a foe ("vowed to deal firmly with the
militants" became a promise to talk to them, 036). The pattern now matches only a verb ended by
"no longer" / "no more" or "never ... again", where ending the dealings is breaking off relations
(164), plainly negated ("would not deal with X", a negated consultation as before), or done
directly ("will deal directly with X", 040 as before).
"""

from __future__ import annotations

import datetime as dt

import pytest

from pledgewatch.events.ceased_verbs import HANDLING_FLAG, ceasing_stated, only_handling
from tests.conftest import assert_coded, coded_readings

DAY = dt.date(2008, 11, 12)
DIRECT = frozenset({"directly", "bilaterally"})


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        (  # handling militants: no talks promised
            "Moscow vowed to deal firmly with the militants.",
            None,
            ("RUSGOV", "---UAF", "036", "asserted"),
        ),
        (
            "The army will deal with the insurgents by force.",
            None,
            ("---MIL", "---REB", "040", "future"),
        ),
        (  # ended dealings are still a halt of relations
            "North Korea said it would no longer deal with the South Korean government.",
            ("PRK", "KORGOV", "164", "future"),
            None,
        ),
        (
            "Syria said it would never deal with Israel again.",
            ("SYR", "ISR", "164", "future"),
            None,
        ),
        (  # direct dealings are still talks
            "Japan will deal directly with Taiwan on fishing rights.",
            ("JPN", "TWN", "040", "future"),
            None,
        ),
        (  # a refusal to deal stays a negated consultation
            "Syria said it would not deal with the Israeli government.",
            ("SYR", "ISRGOV", "040", "negated"),
            None,
        ),
    ],
)
def test_deal_with_codes_only_when_ended(coder, text, expected, absent) -> None:
    found = coded_readings(coder, text, DAY)
    if expected is not None:
        assert_coded(found, expected, absent)
    else:
        assert absent not in found, found


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "ended", "handling"),
    [
        ("Hanoi will no longer deal with the rebels.", True, False),
        ("Hanoi would never deal with the rebels again.", True, False),
        ("Hanoi would never deal with the rebels.", False, False),  # refused
        ("Hanoi will not deal with the rebels.", False, False),
        ("Hanoi will deal directly with the rebels.", False, False),
        ("Hanoi will deal with the rebels directly on land rights.", False, False),
        ("Hanoi will deal with the rebels.", False, True),
        ("Hanoi will deal harshly with the rebels.", False, True),
    ],
)
def test_a_handling_pattern_needs_an_ending_a_refusal_or_directness(
    nlp, text, ended, handling
) -> None:
    verb = next(t for t in nlp(text) if t.lemma_ == "deal")
    assert ceasing_stated(verb) is ended
    assert only_handling(frozenset({HANDLING_FLAG}), verb, DIRECT) is handling
    assert only_handling(frozenset(), verb, DIRECT) is False
