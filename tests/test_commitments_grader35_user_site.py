"""The site an inspection's purposes name is read with the grader's own topics (brief grader35):
a user's ``--topics`` file that names a site of one party the shipped taxonomy does not know
binds that party in another's account of inspectors' access, as a shipped site does (grader32's
host rule), in sentences of our own. Without the file the inspecting body stays the promisor.
"""

from __future__ import annotations

import datetime as dt

import pytest

pytestmark = pytest.mark.model

DAY = dt.date(2024, 5, 6)

#: A user's topics file: Yongbyon's activities also under the name of its reprocessing plant.
USER_TOPICS = """\
# a user's topics: the Yongbyon site under another name
topics:
  yongbyon_activities:
    label: Nuclear activities at Yongbyon
    triggers:
      - ["radiochemical laborator*"]
      - ["yongbyon"]
"""

TEXTS = [
    "Washington and Pyongyang published their texts of the accord on Friday. The U.S. text "
    "says IAEA inspectors will return to verify the shutdown of the radiochemical laboratory.",
    "Washington and Pyongyang published their texts of the accord on Friday. The U.S. text "
    "says IAEA inspectors will return to monitor the freeze and to confirm the shutdown of the "
    "radiochemical laboratory.",
]


def _inspection_promisors(coder, text: str) -> set[str | None]:
    from pledgewatch.coding import context_for_text

    _sentences, events, _flags = coder.code_text(text, context_for_text(DAY))
    return {
        e.commitment.promisor
        for e in events
        if e.commitment is not None
        and e.commitment.kind == "promise"
        and e.commitment.topic == "iaea_inspections"
    }


@pytest.fixture(scope="module")
def user_coder(tmp_path_factory):
    """A coder with the user's topics file, sharing the loaded spaCy pipeline."""
    from pledgewatch.coding import Coder, CoderOptions, shared_coder

    path = tmp_path_factory.mktemp("topics") / "my_topics.yaml"
    path.write_text(USER_TOPICS, encoding="utf-8")
    options = CoderOptions(topic_paths=(str(path),))
    return Coder(options, nlp=shared_coder().events.nlp)


@pytest.mark.parametrize("text", TEXTS)
def test_a_users_site_binds_its_host(text, user_coder):
    assert _inspection_promisors(user_coder, text) == {"PRK"}


@pytest.mark.parametrize("text", TEXTS)
def test_without_the_users_topics_the_body_stays(text):
    from pledgewatch.coding import shared_coder

    assert _inspection_promisors(shared_coder(), text) == {"IGOUNOIAE"}
