"""The newer word lists of the deadline, told-act and reporting-cue loaders are read through
``yaml_lists.word_list``: a bare string ("ahead_auxiliaries: will") is a ConfigError naming
the key, not a set of letters (review22 #9)."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from pledgewatch.errors import ConfigError


def _copy_with(source: Path, tmp_path: Path, key: str, value: object) -> Path:
    data = yaml.safe_load(source.read_text(encoding="utf-8"))
    data[key] = value
    target = tmp_path / source.name
    target.write_text(yaml.safe_dump(data), encoding="utf-8")
    return target


@pytest.mark.parametrize(
    "key", ["ahead_this_period", "ahead_auxiliaries", "perfect_auxiliaries", "plan_nouns"]
)
def test_a_bare_string_in_the_deadline_words_is_refused(tmp_path: Path, key: str) -> None:
    from pledgewatch.commitments.deadline_phrases import (
        default_deadline_words_path,
        load_deadline_words,
    )

    path = _copy_with(default_deadline_words_path(), tmp_path, key, "will")
    with pytest.raises(ConfigError, match=key):
        load_deadline_words(str(path))


@pytest.mark.parametrize("key", ["speech_event_verbs", "poll_nouns", "poll_result_verbs"])
def test_a_bare_string_in_the_reporting_cues_is_refused(tmp_path: Path, key: str) -> None:
    from pledgewatch.commitments.lexicon import data_path
    from pledgewatch.commitments.reporting_cues import ReportingCues

    path = _copy_with(data_path("reporting_verbs.yaml"), tmp_path, key, "poll")
    with pytest.raises(ConfigError, match=key):
        ReportingCues.load(path)


@pytest.mark.parametrize("key", ["test_words", "tested_kinds", "testing_verbs"])
def test_a_bare_string_in_the_told_acts_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, key: str
) -> None:
    from pledgewatch.commitments import told_acts
    from pledgewatch.commitments.lexicon import data_path

    path = _copy_with(data_path(told_acts.TOLD_ACTS_FILE), tmp_path, key, "test")
    monkeypatch.setattr(told_acts, "data_path", lambda _name: path)
    told_acts.told_act_words.cache_clear()
    try:
        with pytest.raises(ConfigError, match=key):
            told_acts.told_act_words()
    finally:
        told_acts.told_act_words.cache_clear()


def test_the_shipped_lists_load() -> None:
    from pledgewatch.commitments.deadline_phrases import load_deadline_words
    from pledgewatch.commitments.reporting_cues import ReportingCues
    from pledgewatch.commitments.told_acts import told_act_words

    assert "to" in load_deadline_words().ahead_auxiliaries
    assert "poll" in ReportingCues.default().poll_nouns
    assert "test" in told_act_words().test_words
