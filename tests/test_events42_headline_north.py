"""A headline's bare "North" before a modal is the North of the story (events42).

Sentences written here (actors/country_refs.py ``bare_directional``): "say North must change
behaviour first" names North Korea in a story about it, as "the North" does; a person named
North ("Oliver North will testify") stays no country.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.test_events42_helpers import story_triples

DAY = dt.date(2013, 3, 8)
BODY = "North Korea conducted its third nuclear test last month."


@pytest.mark.model
def test_a_bare_north_before_a_modal_in_a_headline(coder) -> None:
    found = story_triples(coder, BODY, DAY, title="Seoul, Tokyo say North must stop tests first")
    assert ("KORGOV", "PRK", "1056") in found, found


@pytest.mark.model
def test_a_person_named_north_is_no_country(coder) -> None:
    found = story_triples(
        coder, BODY, DAY, title="Colonel Oliver North will testify on Iran arms sales"
    )
    assert not any(source == "PRK" and code == "010" for source, _, code in found), found
