"""Grading phenomena of promises from everywhere, a third set (stop 23, helper grader23).

An audit of 40 wire-style sentences of our own from 2014-2026 news on every continent
(``fixtures/promises28.jsonl``: climate and aid pledges, ceasefire and hostage deals, campaign
promises, central banks and debt, treaty signings, conditional offers, refusals, pledges told by
others or by unnamed sources, headline and body pairs), each with its expected reading written
before it was graded; 30 scored and fixed on, 10 held back (``"set": "held"``) and scored once
after the fixes. With the demo sample of SEED 50 it found these phenomena on the grader's side:
a hindrance forgone ("will not block the talks") read as a refusal; a source of a known side
("Egyptian security sources said") read as an official; a text signed ("signed a memorandum
under which ...") read as the reporter's account; a need foretold ("would need weeks to
restore production") read as a promise; mediation, money to a loss and damage facility and
captured soldiers released, as topics; the words of a concession ("despite its export ban") read
as the topic. Also the first party of a demand, decided once after its demander is settled
(:func:`pledgewatch.commitments.first_party.decide_first_party`): one why line, never rewritten.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from pledgewatch.commitments import CommitmentGrader, finding_for
from pledgewatch.events.types import DocContext
from tests.fixture_audits import pledges_of as _pledges
from tests.fixture_audits import promise_audit_score
from tests.fixture_audits import topic_ids as _topic_ids
from tests.test_commitments_grader import _graded

pytestmark = pytest.mark.model

FIXTURE = Path(__file__).parent / "fixtures" / "promises28.jsonl"
DAY = dt.date(2024, 5, 6)
CTX = DocContext(doc_id="t", date=DAY)


@pytest.fixture(scope="module")
def grader() -> CommitmentGrader:
    return CommitmentGrader()


def _of(graded, prefix):
    return [c for c in _pledges(graded) if (c.promisor or "").startswith(prefix)]


# -- 1. a hindrance forgone is a promise of restraint -----------------------------------------


@pytest.mark.parametrize(
    ("text", "promisor"),
    [
        ("Austria will not block the new sanctions package, Chancellor Karl Nehammer said.", "AUT"),
        ("Slovakia will not veto the start of membership talks with Moldova.", "SVK"),
    ],
)
def test_a_hindrance_forgone_is_a_promise_not_a_refusal(text, promisor):
    pledges = _of(_graded(text, DAY), promisor)
    assert pledges and all(c.kind == "promise" and c.strength == "firm" for c in pledges), pledges
    assert any("forgone" in " ".join(c.why) for c in pledges), pledges


@pytest.mark.parametrize(
    "text",
    [
        # no verb of hindering: refusals
        "Turkey will not ratify Sweden's membership, President Tayyip Erdogan said.",
        "Hungary will not release the frozen funds to Ukraine.",
    ],
)
def test_other_negated_acts_stay_refusals(text):
    pledges = _pledges(_graded(text, DAY))
    assert pledges and all(c.kind == "refusal" for c in pledges), pledges


# -- 2. a source is nameless, whatever its side ------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Egypt will reopen the border crossing on Sunday, Egyptian security sources said.",
        "Kenya will send more police officers to Haiti, Kenyan government sources told Reuters.",
    ],
)
def test_a_source_of_a_known_side_is_anonymous(text):
    pledges = _pledges(_graded(text, DAY))
    assert pledges and all(c.anonymous and c.formality == "anonymous" for c in pledges), pledges


def test_an_official_of_a_known_side_stays_official():
    pledges = _pledges(_graded("Israel will free 30 prisoners, an Israeli official said.", DAY))
    assert pledges and all(not c.anonymous and c.formality == "official" for c in pledges)


@pytest.mark.parametrize(
    ("text", "formality"),
    [
        # the head of an international bank, the headline's "PM"
        (
            "The World Bank will lend Kenya $1 billion, Managing Director Anna Bjerde said.",
            "official",
        ),
        ("Italy won't send troops to Ukraine, PM says", "official"),
        # a former head recounts: a private account
        ("The World Bank will lend Kenya $1 billion, a former managing director said.", "reported"),
    ],
)
def test_heads_of_banks_and_the_headlines_pm_speak_officially(text, formality):
    pledges = _pledges(_graded(text, DAY))
    assert pledges and all(c.formality == formality for c in pledges), pledges


# -- 3. a text signed is formal ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "promisor"),
    [
        ("Ecuador and Peru signed an agreement on Monday to build a bridge on the border.", "ECU"),
        # the act promised under the text: the relative clause's noun is the text
        ("Ghana and Togo signed a memorandum under which Togo will extradite the suspects.", "TGO"),
    ],
)
def test_a_signed_text_is_formal(text, promisor):
    pledges = _of(_graded(text, DAY), promisor)
    assert pledges and all(c.formality == "formal" for c in pledges), pledges


@pytest.mark.parametrize(
    "text",
    [
        # no text signed yet
        "Peru will sign the agreement next week.",
        # a truce is no text
        "Israel and Hamas agreed to a truce under which Hamas will free ten hostages.",
    ],
)
def test_a_signing_to_come_or_no_text_stays_reported(text):
    pledges = _pledges(_graded(text, DAY))
    assert pledges and all(c.formality == "reported" for c in pledges), pledges


# -- 4. a need foretold is no pledge -----------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The airlines said they would need months to restore their schedules.",
        "Ukraine will need more air defence systems, President Volodymyr Zelensky said.",
    ],
)
def test_a_need_foretold_is_a_statement(text):
    graded = _graded(text, DAY)
    assert not _pledges(graded), graded
    assert any("tells a need to come" in " ".join(c.why) for c in graded), graded


@pytest.mark.parametrize(
    "text",
    [
        "Ukraine will restore its power grid within months, President Volodymyr Zelensky said.",
        "Chile will meet the needs of the refugees, the government said.",
    ],
)
def test_an_act_to_come_stays_a_promise(text):
    assert _pledges(_graded(text, DAY)), _graded(text, DAY)


def test_an_obligation_imposed_on_another_is_no_need(nlp, grader):
    text = "France will require all airlines to cut their emissions."
    commitment = grader.grade(finding_for(next(nlp(text).sents), "require"), CTX)
    assert commitment is not None and commitment.kind == "promise", commitment


# -- 5. topics ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "trigger", "topic"),
    [
        ("Qatar offered to mediate between the two governments.", "offered", "talks"),
        ("Norway is ready to act as a mediator between the army and the rebels.", "ready", "talks"),
        (
            "Ireland will give 10 million euros to the loss and damage facility.",
            "give",
            "climate_finance",
        ),
        ("The rebels agreed to release the captured soldiers.", "agreed", "detainee_release"),
    ],
)
def test_topics_of_the_third_set(nlp, grader, text, trigger, topic):
    finding = finding_for(next(nlp(text).sents), trigger)
    commitment = grader.grade(finding, CTX)
    assert commitment is not None
    assert topic in _topic_ids(commitment), grader.topics_for(finding)


@pytest.mark.parametrize(
    ("text", "trigger", "topic"),
    [
        # what the promise stands against is no topic of it
        (
            "Vietnam will keep exporting rice to the Philippines despite its new tariffs.",
            "keep",
            "tariffs",
        ),
        (
            "Brazil will keep importing Russian diesel in spite of the sanctions.",
            "keep",
            "sanctions",
        ),
        # soldiers withdrawn are no detainees
        ("Fiji will withdraw its soldiers from the Golan Heights.", "withdraw", "detainee_release"),
        # an insurer's money for damage is no climate money
        (
            "The insurer will pay 5 million dollars for loss and damage to the harbour.",
            "pay",
            "climate_finance",
        ),
    ],
)
def test_words_that_are_not_those_topics(nlp, grader, text, trigger, topic):
    finding = finding_for(next(nlp(text).sents), trigger)
    commitment = grader.grade(finding, CTX)
    assert commitment is not None
    assert topic not in _topic_ids(commitment), grader.topics_for(finding)


def test_a_concession_keeps_the_promises_own_topic(nlp, grader):
    text = "Vietnam will cut its tariffs on rice despite the drought."
    commitment = grader.grade(finding_for(next(nlp(text).sents), "cut"), CTX)
    assert commitment is not None and "tariffs" in _topic_ids(commitment), commitment


# -- 6. first party, decided once --------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ('"Iran must free the tanker," the British foreign secretary told reporters.', "demand"),
        ("Washington should insist that inspectors return to the site.", "demand"),
        ("Seoul said Tokyo must apologise for the remarks.", "demand"),
        ("Chile will hold a referendum in May, President Gabriel Boric said.", "promise"),
    ],
)
def test_the_why_has_one_reading_of_the_first_party(text, kind):
    graded = [c for c in _graded(text, DAY) if c.kind == kind]
    assert graded, _graded(text, DAY)
    for commitment in graded:
        lines = [w for w in commitment.why if w.startswith(("first party", "third party"))]
        assert len(lines) == 1, commitment.why
        assert lines[0].startswith("first party") == commitment.first_party, commitment.why


def test_the_demanders_first_party_is_read_for_the_demander():
    """Seoul's demand in China's account is third party; Obama's own words are first."""
    text = "Chinese state media said Seoul had insisted that Tokyo apologise."
    demands = [c for c in _graded(text, DAY) if c.kind == "demand"]
    assert demands and all(not c.first_party for c in demands), demands
    assert all("third party: CHN" in " ".join(c.why) for c in demands), demands


# -- 7. the audit itself -----------------------------------------------------------------------


def audit_score(part: str = "audit") -> tuple[int, list[str]]:
    """The audit's score on this set (:func:`tests.fixture_audits.promise_audit_score`)."""
    return promise_audit_score(_graded, FIXTURE, part)


def test_the_third_promise_audit_keeps_its_score():
    """The floors of benchmarks/RESULTS.md ("### Commitments — 2026-11-30, promises from
    everywhere, a third set"), where the misses are listed."""
    right, wrong = audit_score("audit")
    assert right >= 22, wrong
    right, wrong = audit_score("held")
    assert right >= 9, wrong
