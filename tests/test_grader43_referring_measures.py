""" "Its measures", "these measures" in a story about one matter point back at it: they take the
story's dominant topic, as "property" does (``measure`` in ``referring_nouns`` of
``story_topics.yaml``; grading audit seed 67 #2, grader43); measures named by their content
("new health measures") point nowhere. Sentences written for these tests."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def nlp():
    from pledgewatch.nlp.pipeline import load_pipeline

    return load_pipeline()


def _matter(nlp, text: str, clause: str) -> list[str]:
    """The story's words the clause's nouns point back at (``story_matter_words``)."""
    from pledgewatch.commitments.story_topics import story_matter_words
    from pledgewatch.commitments.topics import default_taxonomy

    doc = nlp(text)
    sentence = next(s for s in doc.sents if clause in s.text)
    return [t.text for t in story_matter_words(list(sentence), default_taxonomy())]


@pytest.mark.parametrize(
    "clause",
    [
        '"Chile must withdraw its unilateral measures at once," a Bolivian spokesman said.',
        '"These measures are not aimed at the people of Bolivia," the envoy told reporters.',
    ],
)
def test_the_measures_point_back_at_the_storys_matter(nlp, clause: str) -> None:
    story = (
        "The Security Council adopted new sanctions on Bolivia on Monday. The sanctions target "
        f"its banks. {clause}"
    )
    assert _matter(nlp, story, clause[1:12])


def test_measures_named_by_their_content_point_nowhere(nlp) -> None:
    story = (
        "The Security Council adopted new sanctions on Bolivia on Monday. The sanctions target "
        "its banks. Chile will take new health measures against the virus."
    )
    assert _matter(nlp, story, "health measures") == []
