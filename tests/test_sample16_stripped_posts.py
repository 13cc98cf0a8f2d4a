"""A phrase after an apposition's closing comma belongs to the clause: "stripped Jang Song
Thaek, the uncle of leader Kim Jong Un, of all his posts" strips Jang of his posts (172).

verbs.tsv strip.v_of+post: after an apposition the parser hangs the "of"
phrase on the verb, where strip.v+post (object words only) does not see it; the lead's
sixteenth sample, where the purge coded only the expulsion. Sentences written here from the
purges of 2012-2013.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.conftest import coded_triples

DAY = dt.date(2013, 12, 9)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "North Korea on Monday stripped Jang Song Thaek, the uncle of leader Kim Jong Un, "
            "of all his posts.",
            ("PRK", "PRK", "172"),
        ),
        (
            "North Korea on Monday stripped Jang Song Thaek, the uncle of Kim Jong Un, of all his "
            "titles.",
            ("PRK", "PRK", "172"),
        ),
    ],
)
def test_a_phrase_after_an_apposition_is_the_verbs(coder, text, expected) -> None:
    found = coded_triples(coder, text, DAY)
    assert expected in found, found
