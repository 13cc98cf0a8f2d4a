"""Grading phenomena of grader26's demo audit (SEED 53), each in sentences of our own:

- a text named as what the act keeps ("should abide by the armistice", "will stand by the
  accord") is the act's object, not the text the promise is made in: no formality from it;
  "pledged in a joint statement", "under the agreement" still make the clause formal;
- a demand in no named voice of a statement a state publishes (a KCNA statement's "The U.S.
  side must ...") is the statement author's own demand: it asks, first party; the same words
  in a newspaper's report keep no asker;
- a deadline in hours ("within 48 hours") is a deadline, as one in days or weeks.
"""

from __future__ import annotations

import datetime as dt

import pytest

from pledgewatch.events.types import DocContext

pytestmark = pytest.mark.model

DAY = dt.date(2024, 5, 6)


def _graded(text: str, ctx: DocContext | None = None):
    from pledgewatch.coding import context_for_text, shared_coder

    _sentences, events, _flags = shared_coder().code_text(text, ctx or context_for_text(DAY))
    return [e.commitment for e in events if e.commitment is not None]


def _statement(publisher: str) -> DocContext:
    return DocContext(doc_id="t", date=DAY, kind="statement", publisher=publisher)


# -- 1. a text kept is no text the promise is made in ----------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Serbia should abide by the 2013 accord with Kosovo.",
        "Armenia must abide by the ceasefire agreement.",
        "The junta will abide by the peace accord.",
    ],
)
def test_a_text_kept_is_no_formal_source(text):
    graded = _graded(text)
    assert graded, text
    for commitment in graded:
        assert commitment.formality != "formal", (commitment.formality, commitment.why)


@pytest.mark.parametrize(
    "text",
    [
        "Serbia pledged in a joint statement to release the detained journalists.",
        "Under the agreement, Kosovo will withdraw its police from the north.",
    ],
)
def test_a_text_the_promise_is_made_in_stays_formal(text):
    graded = _graded(text)
    assert graded and any(c.formality == "formal" for c in graded), graded


# -- 2. a statement's demand in no named voice is its author's -------------------------------------


@pytest.mark.parametrize(
    ("text", "publisher", "author", "obliged"),
    [
        (
            "The U.S. side must withdraw its warships from our waters within a week.",
            "Korean Central News Agency (KCNA)",
            "PRK",
            "USA",
        ),
        ("Japan should stop its spy flights at once.", "KCNA", "PRK", "JPN"),
    ],
)
def test_a_statements_demand_is_its_authors(text, publisher, author, obliged):
    graded = _graded(text, _statement(publisher))
    demands = [c for c in graded if c.kind == "demand"]
    assert demands, graded
    for demand in demands:
        assert demand.promisor == author, demand.why
        assert (demand.promisee or "").startswith(obliged), demand
        assert demand.first_party, demand.why


def test_a_newspapers_demand_in_no_voice_keeps_no_asker():
    ctx = DocContext(doc_id="t", date=DAY, kind="news", publisher="Reuters")
    graded = _graded("Japan should stop its spy flights at once.", ctx)
    demands = [c for c in graded if c.kind == "demand"]
    assert demands, graded
    assert all(d.promisor is None and not d.first_party for d in demands), demands


def test_a_statements_named_voice_keeps_its_own_demand():
    graded = _graded(
        "The U.S. side must withdraw its warships, a Chinese spokesman said.", _statement("KCNA")
    )
    assert graded and all(c.promisor != "PRK" for c in graded if c.kind == "demand"), graded


# -- 3. a deadline in hours ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "deadline"),
    [
        ("The rebels must free the hostages within 48 hours.", "within 48 hours"),
        ("Serbia will withdraw its troops within three days.", "within three days"),
    ],
)
def test_a_deadline_in_hours_or_days(text, deadline):
    graded = _graded(text)
    assert graded and any(c.deadline == deadline for c in graded), [
        (c.kind, c.deadline) for c in graded
    ]
