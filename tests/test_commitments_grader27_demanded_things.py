"""A thing demanded in a relative clause ("the apology that Seoul demands") is asked of the
same one as "Seoul demands an apology from Pyongyang": the subject of the verb that gives or
withholds the thing, or a "from" of the thing or of the verb (grader27, issue 2). Sentences of
our own."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.test_commitments_grader import _graded

pytestmark = pytest.mark.model

DAY = dt.date(2014, 3, 10)


def _demands(text):
    return [c for c in _graded(text, DAY) if c.kind == "demand"]


@pytest.mark.parametrize(
    ("text", "demander", "asked"),
    [
        # the telling with the thing as object: the reference the others must agree with
        ("Seoul demanded an apology from Pyongyang.", "KORGOV", "PRKGOV"),
        ("Pyongyang has refused to make the apology that Seoul demands.", "KORGOV", "PRKGOV"),
        ("Pyongyang rejected the apology that Seoul demanded from it.", "KORGOV", "PRKGOV"),
        ("Tokyo has not offered the apology Seoul demands.", "KORGOV", "JPNGOV"),
        ("Pyongyang still has not made the apology that Seoul demanded.", "KORGOV", "PRKGOV"),
        ("Tokyo never paid the compensation that Seoul demanded.", "KORGOV", "JPNGOV"),
        ("The aid workers found the ransom that Seoul demanded from Tokyo.", "KORGOV", "JPNGOV"),
    ],
)
def test_the_one_asked_for_a_thing_demanded(text, demander, asked):
    demands = [c for c in _demands(text) if c.promisor == demander]
    assert demands, _demands(text)
    assert all(c.promisee == asked for c in demands), demands


@pytest.mark.parametrize(
    "text",
    [
        # one who only backs the thing demanded is not asked for it
        "China backed the apology that Seoul demands.",
        "Washington welcomed the compensation that Seoul demanded.",
    ],
)
def test_a_bystander_of_the_thing_demanded_is_not_asked(text):
    demands = [c for c in _demands(text) if c.promisor == "KORGOV"]
    assert demands, _demands(text)
    assert all(c.promisee is None for c in demands), demands


def test_a_requests_of_names_the_one_who_asks():
    # a noun's "of" is the one asking ("at the request of Japan"), not the one asked
    graded = _graded("The council met behind closed doors at the request of Japan.", DAY)
    assert all(c.promisee != "JPNGOV" and c.promisee != "JPN" for c in graded), graded
