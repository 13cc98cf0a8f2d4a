"""A commitment read in a printed statement's own voice is its issuer's (stop 25, the lead).

voice53 made "The talks are dead. There will be no more talks" in a foreign ministry's
statement the issuer's acts (164). The grader then judged "the talks are dead" a verdict on a
thing (no actor its subject) and gave "there will be no more talks" no speaker, a third party's
claim; so the ledger read the North's renunciation of the six-party talks as nobody's. Now the
issuer is the speaker, first party, and its earlier pledge to talk is retracted on the day. The
stories are written for this test."""

from __future__ import annotations

from pathlib import Path

import pytest

import pledgewatch
from pledgewatch.api import Workspace

pytestmark = pytest.mark.model

PLEDGE = """---
date: 2011-03-10
publisher: Tehran Times
---
Iran ready to resume nuclear talks

Iran said on Thursday that it was ready to return to the nuclear talks with the six powers.
"""

STATEMENT = """---
date: 2011-06-02
publisher: Iranian Foreign Ministry
kind: statement
---
Foreign Ministry statement

TEHRAN -- The Iranian Foreign Ministry issued the following statement on Thursday:

The Geneva talks are dead. There will be no more talks on the nuclear issue.
"""

#: The same words as a newspaper's own: nobody's act.
COMMENT = """---
date: 2011-06-02
publisher: Gulf Daily
---
Comment

The Geneva talks are dead. There will be no more talks on the nuclear issue.
"""


def _store(tmp_path: Path, *texts: str) -> Workspace:
    folder = tmp_path / "docs"
    folder.mkdir()
    for n, text in enumerate(texts):
        (folder / f"{n}.md").write_text(text, encoding="utf-8")
    pw = pledgewatch.open(str(tmp_path / "pw.db"))
    pw.ingest([str(folder)])
    pw.code()
    return pw


def test_the_statement_speaks_for_its_issuer_and_retracts_its_pledge(tmp_path):
    pw = _store(tmp_path, PLEDGE, STATEMENT)
    said = pw.commitments()
    refusal = said[(said.kind == "refusal") & (said.date.astype(str) == "2011-06-02")]
    assert not refusal.empty
    assert set(refusal.speaker) == {"IRNGOV"}
    assert refusal.first_party.all()
    pledge = pw.ledger(actor="IRN", as_of="2011-12-31").set_index("id").loc["IRN:talks"]
    assert str(pledge.retracted_on) == "2011-06-02"
    assert "retraction by the promisor" in [e["role"] for e in pledge.evidence]


def test_a_newspapers_own_verdict_is_nobodys_act(tmp_path):
    pw = _store(tmp_path, PLEDGE, COMMENT)
    events = pw.events()
    assert "164" not in set(events.cameo)
    pledge = pw.ledger(actor="IRN", as_of="2011-12-31").set_index("id").loc["IRN:talks"]
    assert pledge.retracted_on is None or str(pledge.retracted_on) in ("None", "NaT", "nan")
