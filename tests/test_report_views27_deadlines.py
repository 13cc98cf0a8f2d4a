"""Pledge deadlines in the briefing: a pledge whose promisor named a deadline lists it beside
its status ("due by D ("wording", said D0)"), cited to the statement that named it; a lapsed
pledge has its own badge. The story is :func:`tests.test_web_views27_deadlines.deadline_story`.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from pledgewatch.report import gather_briefing, write_briefing
from pledgewatch.store import open_store
from tests.test_web_views27_deadlines import DUE, LATE, PLEDGE, SAID, WORDING, deadline_story


@pytest.fixture(scope="module")
def url(tmp_path_factory: pytest.TempPathFactory) -> str:
    url = f"sqlite:///{tmp_path_factory.mktemp('brief') / 'story.db'}"
    with open_store(url) as store:
        deadline_story(store)
    return url


def test_the_briefing_cites_the_words_that_named_the_deadline(url: str) -> None:
    with open_store(url) as store:
        briefing = gather_briefing(
            store, actor="PRK", since=dt.date(2011, 1, 1), until=LATE, checklist=None
        )
    line = next(line for line in briefing.pledges if line.pledge.id == PLEDGE)
    assert line.pledge.status == "lapsed"
    assert line.pledge.deadline is not None and line.pledge.deadline.day == DUE
    assert line.deadline_source is not None
    cited = {source.number: source.doc_id for source in briefing.sources}
    assert cited[line.deadline_source] == line.pledge.deadline.evidence.doc_id
    # the quote of a lapsed pledge is the sentence whose deadline passed
    assert line.quote is not None and WORDING in line.quote.text
    # a pledge that named no deadline cites none: the U.S. food aid the North accepted
    # (filed on the U.S. offer since ledger28, so read in the United States' briefing)
    others = [line for line in briefing.pledges if line.pledge.id != PLEDGE]
    with open_store(url) as store:
        offerer = gather_briefing(
            store, actor="USA", since=dt.date(2011, 1, 1), until=LATE, checklist=None
        )
    others += offerer.pledges
    assert others and all(line.deadline_source is None for line in others)


@pytest.mark.parametrize(
    ("fmt", "expected"),
    [
        ("html", f"due by <b>{DUE}</b> (“{WORDING}”, said {SAID})"),
        ("md", f"lapsed; due by {DUE} (“{WORDING}”, said {SAID})"),
    ],
)
def test_both_memos_show_the_deadline(url: str, tmp_path: Path, fmt: str, expected: str) -> None:
    with open_store(url) as store:
        path = write_briefing(
            store,
            tmp_path / f"brief.{fmt}",
            actor="PRK",
            since=dt.date(2011, 1, 1),
            until=LATE,
            checklist=None,
            fmt=fmt,
        )
    text = path.read_text(encoding="utf-8")
    assert expected in text
    if fmt == "html":
        assert 'class="badge status-lapsed">lapsed<' in text
        assert ".status-lapsed {" in text  # the stylesheet travels inside the memo
