"""A clause that names its matter by a word referring back takes what it refers to (grader36,
seed 61's group 3; ``topics.yaml`` ``named_before_as``, ``story_topics.yaml``):

- a bare "the truce" after the story named an armistice is that armistice
  (armistice_compliance), not a ceasefire of its own; with words of its own ("the Gaza truce")
  or with no armistice named before it stays a ceasefire;
- "one" standing for the indefinite noun before it ("credit for a ceasefire ... announce one")
  takes that noun's topic, or that of the noun's fuller naming earlier in the story ("a
  moratorium" -> "a moratorium on nuclear tests");
- "the joint committee", "our companies' property" with no words of content take the story's
  dominant topic (the referring nouns of grader34, extended);
- a verification act with no topic of its own coordinated with another ("announce one and
  invite monitors") takes the other act's topic.

Stories written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

pytestmark = pytest.mark.model

DAY = dt.date(2024, 5, 6)


def _topics(title: str, body: str, evidence: str, cameo: str | None = None) -> set[str]:
    from pledgewatch.coding import context_for_text, shared_coder

    text = f"{title}\n\n{body}"
    _sentences, events, _flags = shared_coder().code_text(text, context_for_text(DAY, title=title))
    return {
        e.commitment.topic
        for e in events
        if e.commitment is not None
        and evidence in (e.evidence or "")
        and (cameo is None or e.cameo == cameo)
    }


ARMISTICE = (
    "Eritrea scraps 2000 armistice with Ethiopia",
    "Eritrea declared the 2000 armistice with Ethiopia void on Monday. Eritrea's state radio "
    "said the truce was completely nullified from Monday.",
)
NO_ARMISTICE = (
    "Eritrea scraps deal with Ethiopia",
    "Eritrea accused Ethiopia of shelling its border posts on Monday. Eritrea's state radio "
    "said the truce was completely nullified from Monday.",
)
OWN_WORDS = (
    "Gaza truce ends",
    "Israel and Egypt recalled the 1979 armistice talks on Monday. Hamas said the Gaza truce "
    "was completely nullified from Monday.",
)
MORATORIUM = (
    "What Musharraf did and did not promise",
    "Musharraf promised Bush a moratorium on nuclear tests, his office said. If Pakistan wants "
    "credit for a moratorium, it should announce one in its own name and invite monitors.",
)
CEASEFIRE = (
    "Peru and its rebels",
    "Peru's army fought the rebels again on Sunday. If Peru wants credit for a ceasefire, it "
    "should announce one and invite observers.",
)


@pytest.mark.parametrize(
    ("story", "evidence", "cameo", "topic"),
    [
        (ARMISTICE, "truce", None, "armistice_compliance"),
        (NO_ARMISTICE, "truce", None, "ceasefire"),
        (OWN_WORDS, "truce", None, "ceasefire"),
        # the announcement (010) and the invitation of monitors (0862)
        (MORATORIUM, "announce", "010", "nuclear_test_moratorium"),
        (MORATORIUM, "invite", "0862", "nuclear_test_moratorium"),
        (CEASEFIRE, "announce", "010", "ceasefire"),
        (CEASEFIRE, "invite", "0862", "ceasefire"),
    ],
)
def test_a_word_referring_back_takes_what_it_refers_to(story, evidence, cameo, topic):
    assert _topics(*story, evidence, cameo) == {topic}


REUNIONS = (
    "Georgia and Abkhazia agree to resume family reunions",
    "Georgia and Abkhazia agreed on Friday to resume reunions of families split by the war. "
    "Families split by the war will meet at the Inguri bridge in May. The joint committee will "
    "hold its first meeting soon, officials said.",
)
ASSETS = (
    "Venezuela imposes sanctions on Colombian companies",
    "Venezuela imposed sanctions on Colombian companies on Monday. The sanctions freeze the "
    'accounts of six firms in Caracas. "We will take all possible steps to protect our '
    "companies' property,\" a Colombian ministry spokesman said.",
)


@pytest.mark.parametrize(
    ("story", "evidence", "cameo", "topic"),
    [
        (REUNIONS, "officials", "010", "family_reunions"),
        (ASSETS, "protect", "061", "sanctions"),
    ],
)
def test_a_committee_or_property_of_the_storys_subject_takes_its_topic(
    story, evidence, cameo, topic
):
    assert _topics(*story, evidence, cameo) == {topic}


NUMBER = (
    "Peru and its rebels",
    "Peru's army fought the rebels again on Sunday. Peru should free one of the hostages and "
    "invite observers.",
)


def test_one_of_is_no_substitute_and_observers_watch_the_act_they_are_invited_to():
    # "one of the hostages" is a part, not "one" standing for a noun: its own topic, which
    # the observers invited with it share
    assert _topics(*NUMBER, "free one", "0841") == {"detainee_release"}
    assert _topics(*NUMBER, "invite", "0862") == {"detainee_release"}
