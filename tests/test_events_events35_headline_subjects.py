"""A headline's comma-joined names before a plural verb are joint doers ("South Korea, U.S.
begin exercise" is "South Korea and the U.S. begin"), also when the parser hangs the first name
on the verb as a loose modifier (events/headlines.restore_subject_list)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.conftest import coded_events

pytestmark = pytest.mark.model

DAY = dt.date(2010, 7, 25)


@pytest.mark.parametrize(
    ("text", "sources", "root"),
    [
        ("South Korea, U.S. begin joint air drill off west coast", {"KOR", "USA"}, "15"),
        ("Britain, France send warships to the Gulf", {"GBR", "FRA"}, "15"),
        ("Japan, Australia begin naval exercise near Guam", {"JPN", "AUS"}, "15"),
    ],
)
def test_comma_joined_names_are_joint_doers(coder, text, sources, root):
    events = [e for e in coded_events(coder, text, DAY) if e.cameo.startswith(root)]
    assert sources <= {(e.source or "")[:3] for e in events}, events
    # neither is the other's target
    assert not any((e.target or "")[:3] in sources for e in events), events


def test_a_date_before_the_comma_is_no_doer(coder):
    events = coded_events(coder, "Monday, U.S. officials hold talks in Geneva", DAY)
    assert all((e.source or "").startswith("USA") for e in events if e.source), events
