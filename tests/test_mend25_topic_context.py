"""A broad topic word that needs its context, and a detainee freed by a pardon (mend25).

An industrial park is the inter-Korean one only where the sentence names Kaesong or both
Koreas (the ``<sentence>`` term group of topics.yaml); elsewhere it is any country's park.
An amnesty or pardon granted to a held person (CAMEO 0841, or the verb "pardon") is a
release of detainees. Sentences written here.
"""

from __future__ import annotations

import pytest

from tests.test_commitments_topics import _pledge_topics

NOT_KOREAN = [
    "Peru and Chile agreed to reopen the Arica industrial complex.",
    "Vietnam agreed to expand the industrial park near Haiphong.",
    "Kenya and Uganda agreed to set up a joint industrial park at the border.",
]

KOREAN = [
    "The two Koreas agreed to reopen the joint industrial park.",
    "North Korea agreed to reopen the industrial complex at Kaesong.",
    "North Korea and South Korea agreed to reopen the industrial park.",
    "Pyongyang promised to keep the Kaesong industrial zone open.",
]

RELEASED = [
    "At the request of Poland, Belarus will grant an amnesty to the jailed opposition activist.",
    "Belarus agreed to pardon the opposition activist at the request of Poland.",
    "Egypt promised to pardon the three reporters next month.",
]


@pytest.mark.model
@pytest.mark.parametrize("text", NOT_KOREAN)
def test_an_industrial_park_elsewhere_is_no_inter_korean_topic(text):
    pledges = _pledge_topics(text)
    assert pledges, text
    assert not any("inter_korean_agreements" in topics for topics in pledges), pledges


@pytest.mark.model
@pytest.mark.parametrize("text", KOREAN)
def test_the_park_with_kaesong_or_both_koreas_named_is(text):
    pledges = _pledge_topics(text)
    assert any("inter_korean_agreements" in topics for topics in pledges), pledges


@pytest.mark.model
@pytest.mark.parametrize("text", RELEASED)
def test_an_amnesty_or_pardon_for_a_held_person_is_a_detainee_release(text):
    pledges = _pledge_topics(text)
    assert any(topics[0] == "detainee_release" for topics in pledges), pledges


def test_a_sentence_group_is_read_from_the_yaml(nlp, tmp_path):
    from pledgewatch.commitments import TopicTaxonomy

    extra = tmp_path / "t.yaml"
    extra.write_text(
        "version: 1\ntopics:\n  harbour:\n    label: H\n    triggers:\n"
        '      - ["harbour", "<sentence> | lisbon"]\n'
    )
    taxonomy = TopicTaxonomy([str(extra)])
    named = nlp("Spain will rebuild the harbour in Lisbon.")
    bare = nlp("Spain will rebuild the harbour in Cadiz.")
    obj = [t for t in named if t.text == "harbour"]
    assert [m.topic for m in taxonomy.match(obj) if m.topic == "harbour"] == ["harbour"]
    obj = [t for t in bare if t.text == "harbour"]
    assert not [m for m in taxonomy.match(obj) if m.topic == "harbour"]
