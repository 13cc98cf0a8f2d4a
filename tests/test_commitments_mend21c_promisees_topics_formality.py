"""The reviewer's findings on stop 21 (mend21c), in sentences of our own: an outlet told is no
promisee; a pair's joint act makes each the other's promisee only on an agreement or plan; a
Council resolution whose phrase names another topic is no sanction, nor "observers" a verb of
keeping; only a ruling party's paper is a state organ; a text not yet made is cited by none;
and the word-list loaders refuse a list that is not one.
"""

from __future__ import annotations

import datetime as dt

import pytest

DAY = dt.date(2024, 5, 6)


def _events(text: str):
    from pledgewatch.coding import context_for_text, shared_coder

    sentences, events, _flags = shared_coder().code_text(text, context_for_text(DAY))
    return sentences, events


def _pledges(text: str) -> set[tuple[str | None, str | None]]:
    """(promisor country, promisee country) of each pledge of the text's last sentence."""
    sentences, events = _events(text)
    last = f"{sentences[-1].doc_id}:{sentences[-1].index}"
    return {
        ((e.commitment.promisor or "")[:3] or None, (e.commitment.promisee or "")[:3] or None)
        for e in events
        if e.commitment is not None
        and e.commitment.kind not in ("statement", "demand")
        and e.sentence_id == last
    }


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "not_promisee"),
    [
        # an outlet interviewing the speaker is no party of the pledge
        ("Erdogan told CNN that Turkey would never give up its claim.", "USA"),
        ("Lula told the BBC that Brazil was ready to resume beef exports.", "GBR"),
        # a joint pledge or purchase about a third state's thing is no pact with each other
        ("Canada and Australia pledged to rebuild Sudan's water network.", "AUS"),
        ("Spain and Italy agreed to buy Algeria's spare gas next winter.", "ITA"),
    ],
)
def test_no_party_from_an_outlet_told_or_a_joint_act_on_no_agreement(text, not_promisee):
    found = _pledges(text)
    assert found
    assert not_promisee not in {promisee for _promisor, promisee in found}


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a state told is the promisee
        (
            "Erdogan told Chancellor Olaf Scholz that Turkey would resume grain exports.",
            ("TUR", "DEU"),
        ),
        # a pair agreeing on a plan: each partner's promisee is the other
        (
            "Britain and Norway agreed on a plan to clear Libya's sea mines by next year.",
            ("GBR", "NOR"),
        ),
    ],
)
def test_a_state_told_and_a_pair_plan_stay(text, expected):
    assert expected in _pledges(text)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "sanctions"),
    [
        # the resolution's phrase names another topic: that topic's
        ("Iran said it would implement the Security Council resolution on Yemen's truce.", False),
        # a state keeping the Council's resolutions on another state keeps its measures
        ("China said it would implement the Security Council resolutions on North Korea.", True),
        # "observers" is no verb of keeping; "observe" is
        ("Serbia said it would send observers to check the resolution on Kosovo.", False),
        ("Serbia said it would observe the Security Council resolution on Kosovo.", True),
    ],
)
def test_a_resolution_on_another_topic_is_no_sanction(text, sanctions):
    from pledgewatch.coding import context_for_text, shared_coder

    _s, events, _flags = shared_coder().code_text(text, context_for_text(DAY))
    grades = [e.commitment for e in events if e.commitment is not None]
    assert grades
    assert (grades[-1].topic == "sanctions") is sanctions


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "formality"),
    [
        # a party's paper is a state organ only as the ruling party's
        ("The opposition party's newspaper said Kenya would cut fuel taxes.", "reported"),
        ("The Labour party newspaper said Britain would cut fuel taxes.", "reported"),
        ("Laos's ruling party newspaper said the army would leave the border town.", "formal"),
        # a text not made yet binds no one: no cited agreement
        ("Under a proposed deal, the rebels would free ten hostages.", None),
        ("Under a planned pact, Chad would free ten hostages.", None),
        ("Under the deal, Chad would free ten hostages.", "formal"),
    ],
)
def test_only_a_ruling_partys_paper_and_a_made_text_are_formal(text, formality):
    from pledgewatch.coding import context_for_text, shared_coder

    _s, events, _flags = shared_coder().code_text(text, context_for_text(DAY))
    found = {e.commitment.formality for e in events if e.commitment is not None}
    assert found
    if formality is None:
        assert "formal" not in found
    else:
        assert found == {formality}


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("verbs: tell\n", "must be a list of words"),
        ("other: [tell]\n", "must be a list of words"),
        ("verbs: [tell, 3]\n", "must be a list of words"),
    ],
)
def test_a_word_list_that_is_no_list_of_words_is_refused(tmp_path, text, message):
    from pledgewatch.errors import ConfigError
    from pledgewatch.yaml_lists import read_word_yaml, word_list

    path = tmp_path / "words.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError, match=message):
        word_list(read_word_yaml(path), "verbs", str(path))


def test_the_shipped_story_lists_load_as_words():
    from pledgewatch.commitments.story_promisees import story_promisee_words
    from pledgewatch.commitments.story_topics import story_topic_words

    assert "tell" in story_promisee_words().address_verbs
    assert "these" in story_topic_words().referring_determiners
