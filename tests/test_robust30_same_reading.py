"""An earlier reading of a source stored before raw hashes is recognised with the readers' own
page-furniture rule (:func:`pledgewatch.ingest.page_furniture.strip_page_furniture`) applied to
its pages (its blank-line blocks, where the earlier readers put page breaks), not with a looser
rule of its own: a line that recurs inside the text, or a number line amid it, is content, and
an old text that differs from the new one by such lines is another document."""

from __future__ import annotations

import pytest

from pledgewatch.ingest.hashing import same_reading

# Made-up paged briefs: "MONITOR Page N" heads each page, "Monitor - N" foots it.
PAGED = (
    "MONITOR  Page 1\nSeoul proposed talks.\nTokyo agreed.\nMonitor - 1\n\n"
    "MONITOR  Page 2\nHanoi sent an envoy.\nManila waited.\nMonitor - 2\n\n"
    "MONITOR  Page 3\nDelhi stayed away.\nJakarta voted.\nMonitor - 3"
)
PAGED_NEW = (
    "Seoul proposed talks. Tokyo agreed. Hanoi sent an envoy. Manila waited. "
    "Delhi stayed away. Jakarta voted."
)


@pytest.mark.parametrize(
    ("old_title", "old_text", "new_text", "same"),
    [
        # running header and footer on every page, page breaks as blank lines: furniture
        (None, PAGED, PAGED_NEW, True),
        # the old title was the first page's header
        (
            "MONITOR  Page 1",
            PAGED.split("\n", 1)[1],
            PAGED_NEW,
            True,
        ),
        # a page number alone at the foot of a page
        (
            None,
            "Seoul proposed talks.\nTokyo agreed.\n\n- 2 -",
            "Seoul proposed talks. Tokyo agreed.",
            True,
        ),
        # a line recurring inside one page, away from its top and bottom: content
        (
            None,
            "Seoul spoke.\nTokyo spoke.\nRound 1 ended.\nHanoi spoke.\nRound 2 ended.\n"
            "Delhi spoke.\nManila spoke.",
            "Seoul spoke. Tokyo spoke. Hanoi spoke. Delhi spoke. Manila spoke.",
            False,
        ),
        # a number line amid a page: content (a figure), not a page number
        (
            None,
            "Seoul spoke.\nTokyo spoke.\n12\nHanoi spoke.\nDelhi spoke.",
            "Seoul spoke. Tokyo spoke. Hanoi spoke. Delhi spoke.",
            False,
        ),
        # a line recurring on two of five pages only: not on half of them
        (
            None,
            "Seoul a.\nNote 1\n\nTokyo b.\nNote 2\n\nHanoi c.\n\nDelhi d.\n\nManila e.",
            "Seoul a. Tokyo b. Hanoi c. Delhi d. Manila e.",
            False,
        ),
    ],
)
def test_same_reading_uses_the_page_furniture_rule(old_title, old_text, new_text, same):
    assert same_reading(old_title, old_text, None, new_text) is same
