"""Grading phenomena of promises from everywhere (stop 19, helper grader19), sentences our own.

An audit of 50 wire-style sentences of 2015-2026 news beyond Korea (``fixtures/promises19.jsonl``,
each with the expected kind, strength, promisor, promisee, first party, formality, topic and
condition written before it was graded; 10 more, ``"set": "fresh"``, written after the fixes)
found these phenomena on the grader's side: topics a user of any region needs (elections,
defence spending, tariffs, climate finance, recognition; prisoner swaps, caps on enrichment,
attacks forgone, embassies reopened, a weapon not sought); a speaker who asks not to be named;
a "would" told under a past verb with "according to" between; an official named by name with
no country written, or a text of the promisor's own, speaking for the promisor; a deliberation
verb whose doer is the one the promise lets act ("allow women to work and study"); going back
on a decision; an infinitive of committing misparsed after a place ("committed at the Vilnius
summit to spend"); an act put before the promised one by "before" + gerund.
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

FIXTURE = Path(__file__).parent / "fixtures" / "promises19.jsonl"
DAY = dt.date(2024, 5, 6)
CTX = DocContext(doc_id="t", date=DAY)


@pytest.fixture(scope="module")
def grader() -> CommitmentGrader:
    return CommitmentGrader()


# -- 1. topics for any government's promises -------------------------------------------------

TOPIC_CASES = [
    ("Mali's junta promised to hold elections by February 2024.", "promised", "elections"),
    ("The army pledged a swift return to civilian rule.", "pledged", "elections"),
    ("Germany will raise its defence spending to 3.5 percent.", "raise", "defence_spending"),
    ("Poland pledged to spend 4 percent of GDP on defence.", "pledged", "defence_spending"),
    ("Washington will cut tariffs on Chinese goods to 30 percent.", "cut", "tariffs"),
    ("Beijing agreed to a truce in the trade war.", "agreed", "tariffs"),
    ("Rich nations promised to double adaptation finance by 2025.", "promised", "climate_finance"),
    ("The bloc pledged to cut emissions by 55 percent.", "pledged", "climate_finance"),
    ("Kyiv will never recognise the annexation of Crimea.", "recognise", "recognition"),
    ("Russia and Ukraine agreed to swap 1,000 prisoners each.", "agreed", "detainee_release"),
    ("Kyiv proposed a prisoner exchange.", "proposed", "detainee_release"),
    ("Iran agreed to cap uranium enrichment at 3.67 percent.", "agreed", "enrichment_freeze"),
    # a verb of attack negated is read from the coded event (review 18), so a trigger with no
    # CAMEO code of its own is told by the noun: tests/test_commitments_topics.py holds the
    # coded "Russia will not attack Ukrainian energy facilities for 30 days"
    ("Moscow pledged a moratorium on attacks on energy facilities.", "pledged", "ceasefire"),
    ("The two leaders committed to ending the war.", "committed", "ceasefire"),
    ("Riyadh agreed to reopen its embassy in Tehran.", "agreed", "security_assurances"),
    ("Iran will never seek a nuclear weapon.", "seek", "denuclearization"),
]


@pytest.mark.parametrize(("text", "trigger", "topic"), TOPIC_CASES)
def test_topics_for_any_government(nlp, grader, text, trigger, topic):
    finding = finding_for(next(nlp(text).sents), trigger)
    commitment = grader.grade(finding, CTX)
    assert commitment is not None
    assert topic in _topic_ids(commitment), grader.topics_for(finding)


NOT_TOPIC_CASES = [
    # a need recognised is no diplomatic recognition
    ("Seoul recognised the need to resume talks.", "recognised", "recognition"),
    # a weapon sought and not forgone, an attack made, a war waged: none is a pledge of these
    ("Iran will seek nuclear weapons.", "seek", "denuclearization"),
    ("Russia will attack the energy grid.", "attack", "ceasefire"),
    ("The committee will study the electoral college.", "study", "elections"),
    # spending on schools is no defence spending
    ("Seoul will spend more on schools.", "spend", "defence_spending"),
]


@pytest.mark.parametrize(("text", "trigger", "topic"), NOT_TOPIC_CASES)
def test_words_that_are_not_those_topics(nlp, grader, text, trigger, topic):
    finding = finding_for(next(nlp(text).sents), trigger)
    commitment = grader.grade(finding, CTX)
    assert commitment is not None
    assert topic not in _topic_ids(commitment), grader.topics_for(finding)


def test_an_act_before_the_promised_one_is_no_topic_of_it():
    text = (
        "Niger's military rulers will hold a national dialogue before setting a date for "
        "elections, junta leader Abdourahamane Tiani said."
    )
    pledges = _pledges(_graded(text, dt.date(2024, 8, 26)))
    assert pledges and all(c.topic == "talks" for c in pledges), pledges
    # the elections promised themselves keep their topic
    pledges = _pledges(_graded("Mali's junta said it would hold elections in 2024.", DAY))
    assert pledges and pledges[0].topic == "elections", pledges


def test_an_infinitive_of_committing_after_a_place_is_what_is_promised():
    text = "NATO allies committed at the Vilnius summit to spend 2 percent of GDP on defence."
    pledges = _pledges(_graded(text, dt.date(2023, 7, 11)))
    assert pledges and pledges[0].topic == "defence_spending", pledges
    assert "spend" in pledges[0].topic_text, pledges


# -- 2. who speaks: a withheld name, an unplaced official, a joint text -----------------------


@pytest.mark.parametrize(
    "text",
    [
        "Israel will free 30 prisoners, an Israeli official said on condition of anonymity.",
        "An Israeli official, who asked not to be named, said Israel would free 30 prisoners.",
    ],
)
def test_a_speaker_who_withholds_his_name_is_anonymous(text):
    pledges = [c for c in _pledges(_graded(text, DAY)) if c.promisor == "ISR"]
    assert pledges, text
    assert all(c.formality == "anonymous" and c.anonymous for c in pledges), pledges
    assert not any(c.first_party for c in pledges), pledges


def test_a_named_office_of_a_known_country_stays_official():
    pledges = _pledges(_graded("Israel will free 30 prisoners, an Israeli official said.", DAY))
    assert pledges and pledges[0].formality == "official" and pledges[0].first_party, pledges


@pytest.mark.parametrize(
    ("text", "promisor"),
    [
        ("Mali will hold elections in 2024, Prime Minister Abdoulaye Maiga said.", "MLI"),
        # the story so far names the promisor's country only (review 18, our own)
        (
            "Egypt opened the Rafah crossing on Monday. Foreign Minister Sameh Shoukry said "
            "Egypt will keep the crossing open.",
            "EGY",
        ),
        # a pronoun bound to the promisor
        (
            "Qatar will host the talks, Foreign Minister Majed al-Ansari said, adding that it "
            "will not expel the negotiators.",
            "QAT",
        ),
        (
            "The Taliban will allow women to work and study, spokesman Zabihullah Mujahid told a "
            "news conference in Kabul.",
            "AFG",
        ),
    ],
)
def test_a_government_voice_with_no_country_written_is_the_promisors(text, promisor):
    pledges = [c for c in _pledges(_graded(text, DAY)) if (c.promisor or "").startswith(promisor)]
    assert pledges and all(c.first_party for c in pledges), pledges


@pytest.mark.parametrize(
    "text",
    [
        # a voice of another country, named with it
        "IAEA chief Rafael Grossi said Iran had told him it would allow inspectors back.",
        "U.S. Trade Representative Robert Lighthizer said China agreed to buy more U.S. goods.",
        # unnamed officials of no country stay anonymous
        "Officials said Iran would allow inspectors back.",
        # an office with no name and no country: in Seoul's copy it is Seoul's, whoever
        # promised (tests/test_commitments_attribution.py holds the convention)
        "China will never give in to U.S. tariff blackmail, the commerce ministry said.",
        "Iran will allow inspectors back, the spokeswoman said.",
    ],
)
def test_another_countrys_voice_or_an_anonymous_one_stays_third_party(text):
    pledges = [c for c in _pledges(_graded(text, DAY)) if (c.promisor or "")[:3] in ("IRN", "CHN")]
    assert pledges and not any(c.first_party for c in pledges), pledges


@pytest.mark.parametrize(
    ("text", "promisor"),
    [
        # review 18: a named official with no country written who names a country as the
        # promise's subject may be any country's (Bayramov is Azerbaijan's)
        ("Foreign Minister Jeyhun Bayramov said Armenia will withdraw its troops.", "ARM"),
        (
            "Deputy Foreign Minister Sergei Ryabkov said the United States will withdraw its "
            "troops from Syria.",
            "USA",
        ),
        ("Spokesman Kim Myong Chol said South Korea will halt the military drills.", "KOR"),
        # our own: the story has named two countries by the time a voice the dictionaries do
        # not know speaks (a minister of a fictitious name: Armenia's could say it as well)
        (
            "Azerbaijan will not sign the peace treaty until Armenia changes its constitution, "
            "Foreign Minister Elvin Gasimli said.",
            "AZE",
        ),
        ("Foreign Minister Ahmed Khan said Egypt will reopen its embassy in Doha.", "EGY"),
        # the promise told first: Syria is named before the voice, which may be Syria's (or,
        # as here, a third country's: Ryabkov is Russia's)
        (
            "The United States will withdraw its troops from Syria, Deputy Foreign Minister "
            "Sergei Ryabkov said.",
            "USA",
        ),
    ],
)
def test_an_unplaced_voice_naming_a_country_as_the_doer_is_no_ones_own(text, promisor):
    pledges = [c for c in _pledges(_graded(text, DAY)) if (c.promisor or "").startswith(promisor)]
    assert pledges, text
    assert not any(c.first_party for c in pledges), pledges
    assert any("third party" in " ".join(c.why) for c in pledges), pledges


@pytest.mark.parametrize(
    "text",
    [
        "Saudi Arabia and Iran agreed to restore diplomatic relations, according to a joint "
        "statement issued in Beijing.",
        "Saudi Arabia and Iran agreed in a joint statement to reopen their embassies.",
        "China pledged in a statement to cut tariffs on American goods.",
    ],
)
def test_a_text_of_the_promisors_own_is_first_party(text):
    pledges = _pledges(_graded(text, dt.date(2023, 3, 10)))
    assert pledges and all(c.first_party and c.formality == "formal" for c in pledges), pledges


def test_a_paraphrase_with_no_text_stays_third_party():
    pledges = _pledges(_graded("China pledged to cut tariffs on American goods.", DAY))
    assert pledges and not pledges[0].first_party, pledges


# -- 3. strength: a back-shifted "would", another's deliberation, a decision reversed --------


def test_would_under_a_past_verb_with_according_to_between_is_firm():
    text = (
        "Taliban leaders assured U.S. negotiators that they would not let Afghanistan be used "
        "for attacks on the United States, according to two officials."
    )
    pledges = _pledges(_graded(text, dt.date(2021, 8, 25)))
    assert pledges and pledges[0].strength == "firm", pledges
    assert pledges[0].formality == "anonymous", pledges


@pytest.mark.parametrize(
    ("text", "strength"),
    [
        ("The Taliban will allow women to work and study.", "firm"),
        ("Seoul will let experts examine the site.", "firm"),
        # the promisor's own deliberation hedges
        ("Japan agreed to study the proposal.", "hedged"),
        ("Seoul said it would consider the offer.", "hedged"),
    ],
)
def test_a_deliberation_verb_hedges_only_the_promisors_own_act(text, strength):
    pledges = _pledges(_graded(text, DAY))
    assert pledges and pledges[0].strength == strength, pledges


@pytest.mark.parametrize(
    "text",
    [
        "The Taliban reversed its decision to reopen secondary schools for girls.",
        "Israel backtracked on its promise to allow aid into Gaza.",
    ],
)
def test_going_back_on_a_decision_or_promise_is_a_refusal(text):
    graded = _graded(text, DAY)
    assert graded and all(c.kind != "promise" for c in graded), graded
    assert any(c.kind == "refusal" and c.strength == "refused" for c in graded), graded


def test_urging_another_to_reverse_is_still_a_demand():
    graded = _graded("Seoul urged Pyongyang to reverse its decision to close the complex.", DAY)
    assert any(c.kind == "demand" and c.promisor == "KORGOV" for c in graded), graded


# -- 4. the audit itself ---------------------------------------------------------------------


def audit_score(part: str = "audit") -> tuple[int, list[str]]:
    """The audit's score on this set (:func:`tests.fixture_audits.promise_audit_score`)."""
    return promise_audit_score(_graded, FIXTURE, part)


def test_the_promise_audit_keeps_its_score():
    """45 of 50 after this pass (43 as drawn); 9 of 10 fresh. The misses are in
    benchmarks/RESULTS.md ("### Commitments — 2026-11-30, promises from everywhere")."""
    right, wrong = audit_score("audit")
    assert right >= 45, wrong
    right, wrong = audit_score("fresh")
    assert right >= 9, wrong
