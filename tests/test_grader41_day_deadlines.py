"""The day of a promised act to come is its deadline ("will attend a forum dinner on Saturday",
"will stay until Saturday", "would hold talks on March 3"); a past or present act told with its
day ("met on Monday", "agreed on Monday to ...") gets none: ``day_prepositions`` of
``deadline_cues.yaml``, read by ``commitments.conditions.find_deadline`` (grading audit, seed 65
#7 and outside the draw; grader41). Every sentence is written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from pledgewatch.commitments.deadline_phrases import load_deadline_words

pytestmark = pytest.mark.model

DAY = dt.date(2029, 9, 12)  # a Wednesday


def _deadlines(text: str) -> set[str | None]:
    from pledgewatch.coding import context_for_text, shared_coder

    _sentences, events, _flags = shared_coder().code_text(text, context_for_text(DAY))
    return {
        e.commitment.deadline
        for e in events
        if e.commitment is not None and e.commitment.kind in ("promise", "offer", "demand")
    }


ACTS_TO_COME = [
    (
        "The foreign ministers of Ecuador and Peru will attend a summit dinner on Friday.",
        "on Friday",
    ),
    ("Uruguay said it would hold talks with Argentina on October 9.", "on October 9"),
    (
        "Peru said its envoys would meet Chilean officials on May 2, the day the talks open.",
        "on May 2",
    ),
    ("Peru will continue talks with Ecuador until Friday.", "until Friday"),
]


@pytest.mark.parametrize(("text", "phrase"), ACTS_TO_COME)
def test_the_day_of_an_act_to_come_is_its_deadline(text: str, phrase: str) -> None:
    assert _deadlines(text) == {phrase}


TOLD_WITH_THEIR_DAY = [
    "Paraguay agreed on Monday to resume talks with Uruguay.",
    "Ecuador promised on Tuesday to free the detained Peruvian fishermen.",
    "Peru called on the Bolivian president to resign on Thursday.",
]


@pytest.mark.parametrize("text", TOLD_WITH_THEIR_DAY)
def test_the_day_the_pledge_was_made_is_no_deadline(text: str) -> None:
    assert _deadlines(text) == {None}


def test_a_by_or_next_week_phrase_still_wins_over_the_day() -> None:
    assert _deadlines("Bolivia will hold talks with Chile next week on Monday.") == {"next week"}


def test_the_day_prepositions_are_read_from_the_data_file() -> None:
    assert {"on", "until"} <= load_deadline_words().day_prepositions


def test_one_list_of_auxiliaries_serves_the_day_and_this_week(nlp) -> None:
    """mend24b: the day of an act reads ``ahead_auxiliaries`` through conditions.looks_ahead
    without the infinitive's "to"; the second list ``day_auxiliaries`` is gone."""
    from pledgewatch.commitments.conditions import looks_ahead
    from pledgewatch.commitments.deadline_phrases import default_deadline_words_path
    from pledgewatch.yaml_lists import read_word_yaml

    words = load_deadline_words()
    assert "day_auxiliaries" not in read_word_yaml(default_deadline_words_path())
    doc = nlp("Chile asked Peru to reopen the border.")
    reopen = next(t for t in doc if t.lower_ == "reopen")
    assert looks_ahead(reopen, words)
    assert not looks_ahead(reopen, words, infinitive=False)
