"""A clause that names its matter only by a word pointing back at the story takes the story's
topic (grader34, seed 60's groups 3 and 4; ``story_topics.yaml``, ``commitments/story_topics``):

- a referring noun with a determiner or possessive and no content of its own ("the rules it has
  already accepted", "Iran's words", "the council's response") takes the story's dominant topic,
  when one topic is named by more of the story's sentences than any other;
- an agreement signed with no topic of its own ("signed a three-point accord at the end of their
  fourth round of talks") takes the topics of the story's lead when the lead tells an agreement,
  not `talks` from the round of talks it ended.

Stories written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

pytestmark = pytest.mark.model

DAY = dt.date(2024, 5, 6)


def _topics(title: str, body: str, evidence: str) -> set[str]:
    from pledgewatch.coding import context_for_text, shared_coder

    text = f"{title}\n\n{body}"
    _sentences, events, _flags = shared_coder().code_text(text, context_for_text(DAY, title=title))
    return {
        e.commitment.topic
        for e in events
        if e.commitment is not None and evidence in (e.evidence or "")
    }


SANCTIONS = (
    "New sanctions will not stop Bolivia's next test",
    "The Security Council adopted new sanctions on Bolivia on Monday. The sanctions target its "
    "banks. Each new resolution adds names to a sanctions list, but enforcement depends on "
    "Chile. Chile should enforce the rules that it has already accepted.",
)
INSPECTORS = (
    "Iran agrees to let IAEA inspectors return",
    "Iran agreed to let IAEA inspectors return to the Fordow site, the envoy said. Iran will "
    "allow the IAEA inspectors back within a month, he said. \"Iran's words must be followed "
    'by actions," a State Department spokesman told reporters.',
)
RESPONSE = (
    "Council expands sanctions on Venezuela after missile test",
    "The Security Council expanded sanctions on Venezuela on Tuesday after its missile test. "
    "The new sanctions freeze the assets of four banks. Brazil's envoy said the council's "
    "response should be prudent and balanced.",
)
ACCORD = (
    "Armenia and Azerbaijan agree to pull troops back from the border",
    "Armenia and Azerbaijan agreed on Tuesday to withdraw their troops from the disputed "
    "border, a month after clashes killed 12 soldiers. The two sides signed a three-point "
    "accord at the end of their fourth round of talks.",
)


@pytest.mark.parametrize(
    ("story", "evidence", "topic"),
    [
        (SANCTIONS, "accepted", "sanctions"),
        (INSPECTORS, "spokesman", "iaea_inspections"),
        (RESPONSE, "envoy said", "sanctions"),
        (ACCORD, "signed", "troop_withdrawal"),
    ],
)
def test_a_noun_pointing_back_takes_the_storys_topic(story, evidence, topic):
    assert _topics(*story, evidence) == {topic}


NO_SUBJECT = (
    "Chilean official criticises Peru",
    "Chile sent food aid to Haiti on Monday. Peru held talks with Bolivia on fishing rights. "
    '"Peru\'s words must be followed by actions," a Chilean official said.',
)
OWN_TOPIC = (
    "Armenia and Azerbaijan agree to pull troops back from the border",
    "Armenia and Azerbaijan agreed on Tuesday to withdraw their troops from the disputed "
    "border. The two sides signed an accord on a prisoner exchange at the end of their talks.",
)
UNRELATED_LEAD = (
    "Bolivia tests a missile",
    "Bolivia tested a missile on Monday, the army said. Bolivia and Peru signed a three-point "
    "accord at the end of their fourth round of talks.",
)


@pytest.mark.parametrize(
    ("story", "evidence", "topic"),
    [
        # no topic dominates: one aid sentence, one talks sentence
        (NO_SUBJECT, "official said", "other"),
        # the accord names its own matter
        (OWN_TOPIC, "signed", "detainee_release"),
        # a lead that tells no agreement gives the accord nothing
        (UNRELATED_LEAD, "signed", "talks"),
    ],
)
def test_the_story_gives_no_topic_it_does_not_clearly_have(story, evidence, topic):
    assert _topics(*story, evidence) == {topic}
