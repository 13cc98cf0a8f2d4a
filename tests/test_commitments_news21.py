"""Grading phenomena of promises from everywhere, a second set (stop 21, helper grader21).

An audit of 40 wire-style sentences of our own from 2015-2026 news not in promises19
(``fixtures/promises21.jsonl``: Red Sea shipping, Congo and Rwanda, Serbia and Kosovo, the ELN,
Tigray, Haiti, Syria, Belarus, loss and damage, debt relief, vaccines, OPEC+, central banks,
Windsor, AUKUS, Japan and Korea, India and China, Guyana and Venezuela), each with the expected
reading written before it was graded, and 10 fresh ones written after the fixes
(``"set": "fresh"``), found these phenomena on the grader's side: the month "May" read as the
modal; a body's session on a day ("The UN Security Council will meet on Friday") and its aim
read as pledges; attacks halted with words between, vaccines given, climate damage paid for,
disengagement, force or threats forgone, as topics; "will not be a threat" read as a refusal; a
"would" under a past "agreed that" read as a hedge; a contract to buy signed read as a pledge;
an opposition voice read as the government's own; a joint statement spoken by "the leaders"
read as a third party's.
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

FIXTURE = Path(__file__).parent / "fixtures" / "promises21.jsonl"
DAY = dt.date(2024, 5, 6)
CTX = DocContext(doc_id="t", date=DAY)


@pytest.fixture(scope="module")
def grader() -> CommitmentGrader:
    return CommitmentGrader()


# -- 1. strength: a month is no modal, a "would" under a past "agreed that" -------------------


@pytest.mark.parametrize(
    ("text", "trigger", "strength"),
    [
        ("Norway will double its aid to Sudan from May.", "double", "firm"),
        ("Iraq will raise oil exports in May and June.", "raise", "firm"),
        # the modal still hedges
        ("Norway may double its aid to Sudan.", "double", "hedged"),
    ],
)
def test_the_month_may_is_no_hedge(nlp, grader, text, trigger, strength):
    commitment = grader.grade(finding_for(next(nlp(text).sents), trigger), CTX)
    assert commitment is not None and commitment.strength == strength, commitment


@pytest.mark.parametrize(
    "text",
    [
        "Ethiopia and Eritrea agreed that they would reopen the border crossings.",
        "The two governments pledged that they would release all detainees by June.",
    ],
)
def test_would_under_a_past_verb_of_committing_is_firm(text):
    pledges = _pledges(_graded(text, DAY))
    assert pledges and all(c.strength == "firm" for c in pledges), pledges


def test_a_deliberation_under_agreed_that_still_hedges():
    text = "Ethiopia and Eritrea agreed that they would consider reopening the border."
    pledges = _pledges(_graded(text, DAY))
    assert pledges and all(c.strength == "hedged" for c in pledges), pledges


# -- 2. a body's session on a day, and its aim, are the day's programme ----------------------


@pytest.mark.parametrize(
    "text",
    [
        "The UN Security Council will meet on Tuesday.",
        "The UN General Assembly will meet on Thursday to discuss the famine in Sudan.",
    ],
)
def test_a_bodys_session_on_a_day_is_no_pledge(text):
    graded = _graded(text, DAY)
    assert not _pledges(graded), graded
    assert any("a schedule in the report's own voice" in " ".join(c.why) for c in graded), graded


@pytest.mark.parametrize(
    "text",
    [
        # a spokesman's announcement is an intent, as for a meeting with someone
        "The UN Security Council said it will meet on Tuesday.",
        # with no day, a plan ("next week" included: tests/test_commitments_pass17.py)
        "The UN Security Council will meet to discuss the famine in Sudan.",
    ],
)
def test_an_announced_or_undated_session_stays_a_promise(text):
    assert _pledges(_graded(text, DAY)), _graded(text, DAY)


# -- 3. topics ---------------------------------------------------------------------------------

TOPIC_CASES = [
    ("The militia will halt its attacks on commercial shipping.", "halt", "ceasefire"),
    ("The rebels agreed to stop targeting civilian aircraft.", "agreed", "ceasefire"),
    ("Japan will donate two million vaccine doses to Vietnam.", "donate", "humanitarian_aid"),
    ("The bloc will not pay compensation for climate damage.", "pay", "climate_finance"),
    ("Both armies will complete disengagement by Friday.", "complete", "troop_withdrawal"),
    ("Paris will consult with Berlin and Rome next week.", "consult", "talks"),
    ("The two ministers will confer with their Japanese counterpart.", "confer", "talks"),
    ("Russia agreed to return the fishermen.", "return", "detainee_release"),
    ("Iran will not be a threat to the region.", "be", "security_assurances"),
    (
        "The two states pledged never to use force against each other.",
        "pledged",
        "security_assurances",
    ),
]


@pytest.mark.parametrize(("text", "trigger", "topic"), TOPIC_CASES)
def test_topics_of_the_second_set(nlp, grader, text, trigger, topic):
    finding = finding_for(next(nlp(text).sents), trigger)
    commitment = grader.grade(finding, CTX)
    assert commitment is not None
    assert topic in _topic_ids(commitment), grader.topics_for(finding)


@pytest.mark.parametrize(
    ("text", "trigger", "topic"),
    [
        # a halt that is no attack halted
        ("The strike will halt production at the plant.", "halt", "ceasefire"),
        # attacks that are not the halting verb's own object (review 19)
        ("Washington will halt aid to militias targeting civilians.", "halt", "ceasefire"),
        ("The United States will stop funding groups attacking aid convoys.", "stop", "ceasefire"),
        ("The United States will end sanctions targeting Iranian oil.", "end", "ceasefire"),
        # fishermen returning on their own, an honour conferred (review 19)
        (
            "Fishermen will return to the island next week, the governor said.",
            "return",
            "detainee_release",
        ),
        (
            "South Korea will confer an honorary doctorate on the former president.",
            "confer",
            "talks",
        ),
        # vaccines bought, not given
        ("Japan will buy two million vaccine doses.", "buy", "humanitarian_aid"),
        # a threat not denied
        ("Iran will respond to any threat.", "respond", "security_assurances"),
    ],
)
def test_words_that_are_not_those_topics(nlp, grader, text, trigger, topic):
    commitment = grader.grade(finding_for(next(nlp(text).sents), trigger), CTX)
    assert commitment is None or topic not in _topic_ids(commitment)


# -- 4. a harm denied of oneself is a promise of restraint ----------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # graded on the speech verb's content ("'not' negates 'be'": a refusal)
        "Iran will never pose a danger to its neighbours, President Masoud Pezeshkian said.",
        # coded as a negated threat to Kosovo (CAMEO 130), graded a statement
        "Serbia will not be a threat to Kosovo, President Aleksandar Vucic said.",
        "North Korea will not threaten the South, the official news agency said.",
    ],
)
def test_a_harm_denied_of_oneself_is_a_promise_of_restraint(text):
    graded = _graded(text, DAY)
    pledges = _pledges(graded)
    assert pledges and all(c.kind == "promise" and c.strength == "firm" for c in pledges), graded
    assert any("promise of restraint: no" in " ".join(c.why) for c in pledges), graded
    assert all(c.topic == "security_assurances" for c in pledges), pledges


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Serbia will not recognise Kosovo, the Serbian president said.", "refusal"),
        # the negation is the tolerating's: no threat is denied
        ("Seoul said it would not tolerate any threat.", None),
        # what is so, no pledge
        ("Iran is not a threat to anyone, the foreign minister said.", None),
    ],
)
def test_a_refusal_or_a_warning_is_no_restraint(text, kind):
    graded = _graded(text, DAY)
    assert not any("promise of restraint" in " ".join(c.why) for c in graded), graded
    if kind:
        assert [c for c in graded if c.kind == kind], graded


# -- 5. a purchase signed is a transaction done ---------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "India signed a contract on Friday to buy 26 Rafale jets from France.",
        "Egypt has signed a deal to purchase two submarines from Germany.",
    ],
)
def test_a_purchase_signed_is_no_pledge(text):
    graded = _graded(text, DAY)
    assert not _pledges(graded), graded
    assert any("a transaction done" in " ".join(c.why) for c in graded), graded


@pytest.mark.parametrize(
    "text",
    [
        # an agreement whose content is an act of policy
        "India signed an agreement with France to cut tariffs on wine.",
        # a purchase to come is a stated plan
        "India will buy 26 Rafale jets from France, the defence ministry said.",
    ],
)
def test_an_act_of_policy_signed_or_a_purchase_to_come_stays_a_pledge(text):
    assert _pledges(_graded(text, DAY)), _graded(text, DAY)


# -- 6. who speaks: the opposition, the parties' joint statement -----------------------------


def test_an_opposition_voice_is_no_statement_of_the_governments_own():
    text = "Caracas will free all political prisoners, a Venezuelan opposition leader said."
    pledges = [c for c in _pledges(_graded(text, DAY)) if (c.promisor or "").startswith("VEN")]
    assert pledges and not any(c.first_party for c in pledges), pledges


def test_a_government_voice_of_the_same_country_stays_first_party():
    text = "Venezuela will free all political prisoners, a Venezuelan government spokesman said."
    pledges = [c for c in _pledges(_graded(text, DAY)) if (c.promisor or "").startswith("VEN")]
    assert pledges and all(c.first_party for c in pledges), pledges


def test_a_joint_statement_spoken_by_the_parties_is_their_own():
    text = (
        "Japan and the Philippines will help Vietnam patrol the South China Sea, the three "
        "leaders said in a joint statement."
    )
    pledges = [c for c in _pledges(_graded(text, DAY)) if c.promisor in ("JPN", "PHL")]
    assert len(pledges) == 2 and all(c.first_party for c in pledges), pledges


def test_a_joint_statement_of_others_about_one_country_stays_third_party():
    text = "Spain will join the fighter project, the two leaders said in a joint statement."
    pledges = [c for c in _pledges(_graded(text, DAY)) if (c.promisor or "").startswith("ESP")]
    assert pledges and not any(c.first_party for c in pledges), pledges


@pytest.mark.parametrize(
    "text",
    [
        # a text named by its place (the place read as the host's government, ERIGOV)
        "Ethiopia and Eritrea agreed to reopen their embassies, according to the Asmara "
        "declaration.",
        "Armenia and Azerbaijan will open the border, according to the Washington text.",
    ],
)
def test_a_text_named_by_its_place_is_the_parties_own(text):
    pledges = _pledges(_graded(text, DAY))
    assert len(pledges) == 2 and all(c.first_party for c in pledges), pledges


def test_a_named_text_about_one_country_stays_a_third_partys():
    text = "Russia will withdraw its troops, according to the Minsk agreement."
    pledges = [c for c in _pledges(_graded(text, DAY)) if c.promisor == "RUS"]
    assert pledges and not any(c.first_party for c in pledges), pledges


@pytest.mark.parametrize(
    ("text", "promisor"),
    [
        # "said" parsed as a relative clause of "mission"
        (
            "The United States will provide $50 million to support the Kenyan-led mission, "
            "Secretary of State Antony Blinken said at the United Nations.",
            "USA",
        ),
        # "said" parsed as a clause conjoined to "send", with no "and"
        (
            "Britain will send 500 more troops to Estonia, British Defence Secretary John Healey "
            "said at NATO headquarters.",
            "GBR",
        ),
    ],
)
def test_a_closing_tag_the_parser_hung_below_still_speaks(text, promisor):
    graded = [c for c in _graded(text, DAY) if c.promisor == promisor]
    assert graded and all(c.first_party and c.formality == "official" for c in graded), graded


def test_a_true_relative_clause_is_no_speaker_of_the_promise():
    text = "Japan will send rice to the region, which officials said was hungry."
    pledges = [c for c in _pledges(_graded(text, DAY)) if c.promisor == "JPN"]
    assert pledges and not pledges[0].first_party and pledges[0].formality == "reported"


# -- 7. a condition on another side of the same country, troops offered or on a mission ------


@pytest.mark.parametrize(
    "text",
    [
        "The FARC will extend the truce if the government releases its fighters, a senior "
        "rebel commander said.",
        "The Colombian government will extend the truce if the ELN frees its hostages, a "
        "senior rebel commander said.",
    ],
)
def test_a_condition_on_the_other_side_of_one_country_keeps_the_pledge(text):
    pledges = [c for c in _pledges(_graded(text, DAY)) if (c.promisor or "").startswith("COL")]
    assert pledges and all(c.strength == "conditional" for c in pledges), _graded(text, DAY)


def test_a_condition_on_the_promisors_own_act_stays_an_account():
    """Another voice's "if X does A, X would B" (tests/test_commitments_grader.py has more)."""
    text = "Seoul said that if Pyongyang resumed the talks, it would receive food aid."
    graded = _graded(text, DAY)
    assert not [c for c in _pledges(graded) if c.promisor == "PRK"], graded


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Rwanda will send troops to join the UN peacekeeping mission in South Sudan.", "promise"),
        ("Chad offered to send troops to Mali.", "offer"),
    ],
)
def test_troops_offered_or_sent_on_a_mission_are_a_pledge(text, kind):
    graded = _graded(text, DAY)
    assert [c for c in graded if c.kind == kind], graded


@pytest.mark.parametrize(
    "text",
    [
        "Russia will send troops to the border with Ukraine.",
        "Russia sent troops to the peacekeeping mission last year.",
        # the mission word in the aim or in a condition, not where the troops go (review 19)
        "China will deploy warships near Taiwan to shadow the multinational naval exercise.",
        "Russia will send troops to the border after the UN peacekeeping mission leaves.",
    ],
)
def test_a_deployment_with_no_mission_or_done_is_no_pledge(text):
    assert not _pledges(_graded(text, DAY)), _graded(text, DAY)


# -- 8. the audit itself ---------------------------------------------------------------------


def audit_score(part: str = "audit") -> tuple[int, list[str]]:
    """The audit's score on this set (:func:`tests.fixture_audits.promise_audit_score`)."""
    return promise_audit_score(_graded, FIXTURE, part)


def test_the_second_promise_audit_keeps_its_score():
    """The floors of benchmarks/RESULTS.md ("### Commitments — 2026-11-30, promises from
    everywhere, a second set"), where the misses are listed."""
    right, wrong = audit_score("audit")
    assert right >= 35, wrong
    right, wrong = audit_score("fresh")
    assert right >= 9, wrong
