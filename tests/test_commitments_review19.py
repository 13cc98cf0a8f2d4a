"""Review 19 (part B), the word lists: the lists a rule reads live in the data files and the
relative words come from the event coder's one list, so extending the data extends the rule.
The behaviour rows of the review's findings are in the feature files (test_commitments_news21,
test_commitments_demanders_voice, test_commitments_pass22)."""

from __future__ import annotations

import pytest

from pledgewatch.commitments import restraint, story_acts, tail_tags, told_acts, trigger_shapes
from pledgewatch.commitments.joint_parties import second_readings_data
from pledgewatch.commitments.lexicon import data_path, load_yaml
from pledgewatch.errors import ConfigError
from pledgewatch.events.dependency_roles import RELATIVE_PRONOUNS


def test_the_harm_verbs_are_the_data_files():
    shipped = {str(w) for w in second_readings_data()["harm_verbs"]}
    assert {"be", "pose"} <= shipped
    assert restraint.harm_verbs() == shipped
    assert not hasattr(restraint, "HARM_VERBS")


def test_the_launch_kind_window_is_the_data_files():
    raw = load_yaml(str(data_path(told_acts.TOLD_ACTS_FILE)))["launch_kind_window"]
    assert told_acts.told_act_words().launch_kind_window == tuple(raw) == (2, 6)
    assert not hasattr(story_acts, "_LAUNCH_KIND_WINDOW")


@pytest.mark.parametrize("value", [[2], [2, "six"], "2, 6"])
def test_a_malformed_launch_kind_window_names_the_file_and_key(value):
    with pytest.raises(ConfigError, match="told_acts.yaml: launch_kind_window"):
        told_acts._window(value, "launch_kind_window")


def test_the_relative_words_extend_the_event_coders_list():
    assert RELATIVE_PRONOUNS <= tail_tags.RELATIVE_WORDS
    assert {"whose", "where", "when"} <= tail_tags.RELATIVE_WORDS
    # the object pronouns are the coder's, but the subject "who"
    assert RELATIVE_PRONOUNS - {"who"} == trigger_shapes.RELATIVE_OBJECTS
