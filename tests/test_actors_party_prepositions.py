"""The prepositions whose object is a party to a verb's act are one list (mend21b).

The headline's country references (actors/country_refs.py) and the pair names ("called on both
Koreas", actors/pairs.py) read the same ``PARTY_PREPOSITIONS``, "toward" included.
"""

from __future__ import annotations

import pytest

from pledgewatch.actors import country_refs, pairs


def test_one_list_of_party_prepositions() -> None:
    assert pairs.PARTY_PREPOSITIONS is country_refs.PARTY_PREPOSITIONS
    assert not hasattr(pairs, "_PARTY_PREPOSITIONS")
    assert not hasattr(country_refs, "_PARTY_PREPOSITIONS")


@pytest.mark.parametrize("word", ["with", "against", "on", "to", "toward", "towards"])
def test_party_prepositions(word: str) -> None:
    assert word in country_refs.PARTY_PREPOSITIONS
