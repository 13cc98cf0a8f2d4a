"""A word list of ``second_readings.yaml`` written as a plain value (``dealing_verbs: buy``) was
read as its letters {b, u, y}, silently turning the rule off; it is a ConfigError naming the file
(review of stop 25). An absent key stays an empty list."""

from __future__ import annotations

import pytest

from pledgewatch.commitments import joint_parties
from pledgewatch.errors import ConfigError


@pytest.fixture
def fresh_lists(monkeypatch):
    joint_parties.second_readings_words.cache_clear()
    yield monkeypatch
    joint_parties.second_readings_words.cache_clear()


def test_a_plain_value_is_refused_naming_the_file(fresh_lists):
    fresh_lists.setattr(joint_parties, "second_readings_data", lambda: {"dealing_verbs": "buy"})
    with pytest.raises(ConfigError, match=r"second_readings\.yaml.*`dealing_verbs` must be a list"):
        joint_parties.second_readings_words("dealing_verbs")


def test_a_list_is_read_and_an_absent_key_is_empty(fresh_lists):
    fresh_lists.setattr(joint_parties, "second_readings_data", lambda: {"dealing_verbs": ["Buy"]})
    assert joint_parties.second_readings_words("dealing_verbs") == frozenset({"buy"})
    assert joint_parties.second_readings_words("no_such_list") == frozenset()
