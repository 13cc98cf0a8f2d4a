"""Rejection by idiom: "talks were out of the question", "the offer is a non-starter".

The speaker who calls a thing out of the question, off the table, a non-starter or not an option
rejects it (CAMEO 12x, composed with the thing's own code: talks 125, aid 122, an offer 127), and
the thing itself is not coded as done; "not out of the question" and "still an option" reject
nothing and leave it possible. Sentences written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from pledgewatch.events import EventCoder
from pledgewatch.events.lexicon import Lexicon
from tests.conftest import coded_tuples


def coded(coder: EventCoder, text: str) -> set[tuple[str, str, str, str]]:
    return coded_tuples(coder, text, dt.date(2012, 3, 1), "idioms")


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        # a reported idiom: the speaker rejects the subject's event
        (
            "Tokyo said negotiations with Beijing were out of the question.",
            {("JPN", "CHN", "125", "asserted")},
            {("---", "CHN", "046", "asserted"), ("JPN", "---", "010", "asserted")},
        ),
        (
            "Resuming food aid is off the table, a French official said.",
            {("FRA", "---", "1223", "asserted")},
            {("---", "---", "070", "asserted")},
        ),
        (
            "Sanctions relief is not an option, the Canadian foreign minister said.",
            {("CAN", "---", "122", "asserted")},
            set(),
        ),
        (
            "Berlin said new talks with Minsk were no longer on the table.",
            {("DEU", "BLR", "125", "asserted")},
            {("---", "BLR", "046", "asserted")},
        ),
        # an object predicate of a verb of characterising
        (
            "Ankara called the Greek proposal unacceptable.",
            {("TUR", "GRC", "120", "asserted")},
            {("TUR", "GRC", "111", "asserted")},
        ),
        (
            "Madrid described the Moroccan offer as a non-starter.",
            {("ESP", "MAR", "127", "asserted")},
            set(),
        ),
        # with no speaker, the rejection has no source; the talks are still not held
        (
            "Talks with Caracas are out of the question.",
            {("---", "VEN", "125", "asserted")},
            {("---", "VEN", "046", "asserted")},
        ),
    ],
)
def test_an_idiom_of_rejection_rejects_its_subject(
    coder: EventCoder, text: str, expected: set, absent: set
) -> None:
    found = coded(coder, text)
    assert expected <= found, found
    assert not (absent & found), found


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "possible"),
    [
        # the other polarity rejects nothing: the thing is possible, not done
        (
            "Tokyo said negotiations with Beijing were not out of the question.",
            ("---", "CHN", "046", "hypothetical"),
        ),
        (
            "Rome said new talks with Tunis were still on the table.",
            ("---", "TUN", "046", "hypothetical"),
        ),
    ],
)
def test_a_negated_idiom_leaves_the_thing_possible(
    coder: EventCoder, text: str, possible: tuple
) -> None:
    found = coded(coder, text)
    assert possible in found, found
    assert not any(code.startswith("12") for _, _, code, _ in found), found


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "did not rule out" stays a negated rejection, "ruled out" a rejection
        ("Tokyo did not rule out negotiations with Beijing.", ("JPN", "CHN", "125", "negated")),
        ("Tokyo ruled out negotiations with Beijing.", ("JPN", "CHN", "125", "asserted")),
        # "unacceptable" of a done act is criticism, not a refusal
        ("Seoul called the missile launch by Pyongyang unacceptable.", None),
    ],
)
def test_ruling_out_and_criticism_are_unchanged(
    coder: EventCoder, text: str, expected: tuple | None
) -> None:
    found = coded(coder, text)
    if expected is not None:
        assert expected in found, found
    else:
        assert not any(code.startswith("12") for _, _, code, _ in found), found


def test_the_idiom_table_reads_and_checks() -> None:
    lexicon = Lexicon.default()
    phrases = {idiom.phrase: idiom for idiom in lexicon.rejection_idioms}
    assert phrases["out of the question"].rejects
    assert not phrases["option"].rejects  # only "not an option" rejects
    assert phrases["unacceptable"].subject_class == "@proposal"
    # longest phrase first, so "on the table" is tried before anything shorter it starts with
    lengths = [len(idiom.phrase) for idiom in lexicon.rejection_idioms]
    assert lengths == sorted(lengths, reverse=True)
