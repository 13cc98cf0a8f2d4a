"""Grading phenomena of the third set's leftovers and the demo sample of SEED 51 (pass 24).

The held-back misses of "promises from everywhere, a third set" (``fixtures/promises28.jsonl``)
and a fresh demo sample, each as a phenomenon written in sentences of our own:

- a party's own campaign or coalition text ("promised in its election manifesto", "pledged in
  its platform") is the party's formal word, first party;
- a title of an office with no office word ("Governor Andrew Bailey said", "Mayor Yuriko Koike
  said") and an office that speaks ("Lee's office said") are official;
- foreign troops not let stay ("will not allow French troops to remain") are a troop withdrawal;
- a show of force on one's own ground, with no foreign target, told by the doer's side ("Panama
  will reinforce its southern border with 1,000 police officers") is a promise, not a threat;
- a trip told in the present with its day ("John Kerry travels to Beijing on Friday") is the
  report's schedule, no pledge.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from tests.fixture_audits import pledges_of as _pledges
from tests.test_commitments_grader import _graded

pytestmark = pytest.mark.model

DAY = dt.date(2024, 5, 6)


def _of(text, prefix):
    graded = _graded(text, DAY)
    return [c for c in _pledges(graded) if (c.promisor or "").startswith(prefix)], graded


# -- 1. a party's own campaign text ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "promisor"),
    [
        ("The Labour Party pledged in its manifesto to build 1.5 million homes.", "GBR"),
        ("Germany's Social Democrats promised in their election platform to raise the pay.", "DEU"),
        ("Britain's Conservatives pledged in their election programme to cut immigration.", "GBR"),
        ("Sweden's government promised in its platform to build two new reactors.", "SWE"),
    ],
)
def test_a_partys_campaign_text_is_its_own_formal_word(text, promisor):
    pledges, graded = _of(text, promisor)
    assert pledges, graded
    for commitment in pledges:
        assert commitment.formality == "formal" and commitment.first_party, commitment
        assert "own text" in " ".join(commitment.why), commitment.why


@pytest.mark.parametrize(
    ("text", "formality"),
    [
        # the manifesto is what is promised, not the text it is promised in
        ("The Labour Party will publish its manifesto next week.", "reported"),
        # a man's platform is where he speaks, no text of commitments
        (
            "The United States will send more weapons to Ukraine, President Donald Trump said "
            "on his social media platform.",
            "official",
        ),
    ],
)
def test_other_manifestos_and_platforms_are_no_text(text, formality):
    pledges = _pledges(_graded(text, DAY))
    assert pledges and all(c.formality == formality for c in pledges), pledges


# -- 2. a title of an office speaks officially -------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The Bank of England will keep interest rates on hold, Governor Andrew Bailey said.",
        "Japan will lift its export curbs, Mayor Yuriko Koike said.",
        "Seoul will send rice to the North, Lee's office said.",
    ],
)
def test_a_title_of_an_office_is_official(text):
    pledges = _pledges(_graded(text, DAY))
    assert pledges and all(c.formality == "official" for c in pledges), pledges


def test_a_former_governor_is_a_private_account():
    text = "The Bank of England will keep interest rates on hold, a former governor said."
    pledges = _pledges(_graded(text, DAY))
    assert pledges and all(c.formality == "reported" for c in pledges), pledges


# -- 3. foreign troops not let stay --------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Mali's junta will not allow French troops to remain in the country.",
        "Iraq will not let foreign forces stay on its soil, the prime minister said.",
    ],
)
def test_troops_not_let_stay_are_a_withdrawal(text):
    pledges = _pledges(_graded(text, DAY))
    assert pledges and all(c.topic == "troop_withdrawal" for c in pledges), pledges


@pytest.mark.parametrize(
    "text",
    [
        "The army will not allow the protesters to stay in the square.",
        "Poland will not force the refugees to leave.",
    ],
)
def test_others_not_let_stay_are_no_withdrawal(text):
    graded = _graded(text, DAY)
    assert graded and all(c.topic != "troop_withdrawal" for c in graded), graded


# -- 4. a show of force on one's own ground ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "promisor"),
    [
        (
            "Panama will reinforce its southern border with 1,000 police officers, the "
            "government said.",
            "PAN",
        ),
        (
            "Guatemala will deploy 3,000 soldiers to its southern border to stop migrants, "
            "President Bernardo Arevalo said.",
            "GTM",
        ),
    ],
)
def test_a_show_of_force_at_home_is_a_promise(text, promisor):
    pledges, graded = _of(text, promisor)
    assert pledges and all(c.kind == "promise" and c.strength == "firm" for c in pledges), graded
    assert any("own ground" in " ".join(c.why) for c in pledges), pledges


@pytest.mark.parametrize(
    "text",
    [
        # a foreign target, a country named at the ground, another's account, no ground at all
        "Russia will deploy troops to the border with Ukraine to deter Kyiv.",
        "Venezuela will deploy troops to its border with Guyana, President Nicolas Maduro said.",
        "Mexico will deploy troops to its northern border, a U.S. official said.",
        "Russia will deploy its troops, President Vladimir Putin said.",
    ],
)
def test_a_show_of_force_aimed_elsewhere_stays_a_threat(text):
    graded = _graded(text, DAY)
    assert graded and not _pledges(graded), graded
    assert any("threat: a hostile act to come" in " ".join(c.why) for c in graded), graded


# -- 5. a trip told in the present ---------------------------------------------------------------


def test_a_trip_in_the_present_with_its_day_is_a_schedule():
    graded = _graded("Secretary of State John Kerry travels to Beijing on Friday.", DAY)
    assert graded and not _pledges(graded), graded
    assert any("schedule" in " ".join(c.why) for c in graded), graded


def test_a_trip_planned_stays_a_promise():
    text = "Secretary of State John Kerry will travel to Beijing next month."
    assert _pledges(_graded(text, DAY)), _graded(text, DAY)


# -- 6. the third set's leftovers, as written in its fixture --------------------------------------


@pytest.mark.parametrize(
    ("row_id", "field"),
    [
        ("p28-12", "formality"),  # "promised in its election manifesto"
        ("p28-12", "first_party"),
        ("p28-16", "formality"),  # "Governor Haruhiko Kuroda said"
        ("p28-28", "topic"),  # "will not allow French troops to stay"
        ("p28-34", "kind"),  # "will immediately reinforce its northern border"
    ],
)
def test_the_third_sets_leftovers_read_as_written(row_id, field):
    row = next(r for r in _fixture_rows() if r["id"] == row_id)
    expect = row["expect"]
    graded = _graded(row["text"], dt.date.fromisoformat(row["date"]))
    ours = [c for c in _pledges(graded) if (c.promisor or "").startswith(expect["promisor"])]
    assert ours and all(getattr(c, field) == expect[field] for c in ours), graded


def test_the_third_audit_gains_the_border():
    """The floors of benchmarks/RESULTS.md ("### Commitments — 2026-11-30, the third set's
    leftovers"): 23 of the audit's 30 (22 before), 9 of the 10 held back."""
    from tests.test_commitments_news28 import audit_score

    right, wrong = audit_score("audit")
    assert right >= 23, wrong
    right, wrong = audit_score("held")
    assert right >= 9, wrong


def _fixture_rows() -> list[dict]:
    fixture = Path(__file__).parent / "fixtures" / "promises28.jsonl"
    return [json.loads(line) for line in fixture.read_text(encoding="utf-8").splitlines()]
