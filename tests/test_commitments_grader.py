"""The grader end to end: the issue's two sentences, kinds, grade_all, JSON, events coded
by the event coder when it is installed."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from pledgewatch.commitments import (
    CommitmentGrader,
    finding_for,
    headline_flags,
    mentions_for_names,
    parse_with_headline,
    standalone_findings,
)
from pledgewatch.events.types import DocContext
from pledgewatch.model import Commitment

pytestmark = pytest.mark.model

#: Our own paraphrase of the August 2011 report (a Kremlin spokeswoman on the Medvedev-Kim
#: meeting) and the headline that overstated it.
HEADLINE = "Kim promises moratorium on nuclear tests"
BODY = (
    "A Kremlin spokeswoman said that in the course of the talks North Korea would be ready "
    "to settle the question of imposing a moratorium on testing and producing nuclear missiles. "
    "The two leaders also discussed a gas pipeline."
)
NAMES = [("PRKGOV", "Kim"), ("RUSGOV", "Kremlin"), ("PRK", "North Korea"), ("USA", "Richardson")]


@pytest.fixture(scope="module")
def grader() -> CommitmentGrader:
    return CommitmentGrader()


def medvedev_document(nlp):
    doc = parse_with_headline(nlp, BODY, HEADLINE)
    ctx = DocContext(doc_id="aug2011", date=None, title=HEADLINE, headline_end=len(HEADLINE))
    return doc, ctx, mentions_for_names(doc, NAMES)


@pytest.mark.parametrize("trigger", ["ready", "settle", "imposing", "be"])
def test_the_kremlin_report_is_hedged_conditional_and_third_party(nlp, grader, trigger):
    doc, ctx, mentions = medvedev_document(nlp)
    body = list(doc.sents)[1]
    source = next(m for m in mentions if m.code == "PRK")
    commitment = grader.grade(finding_for(body, trigger, source=source), ctx, mentions)
    assert commitment is not None
    assert commitment.kind == "promise"
    assert commitment.strength == "hedged"
    assert commitment.hedged and commitment.conditional
    assert commitment.conditions == ["in the course of the talks"]
    assert commitment.promisor == "PRK"
    assert commitment.speaker is not None and commitment.speaker.startswith("RUS")
    assert commitment.reporting_verb == "said"
    assert commitment.first_party is False
    assert commitment.formality == "official"  # a spokeswoman's remarks: not formal
    assert commitment.topic == "nuclear_test_moratorium"
    assert commitment.in_headline is False
    data = json.loads(json.dumps(commitment.to_dict()))
    assert data["strength"] == "hedged" and data["conditional"] is True
    for key in ("strength", "conditions", "speaker", "first_party", "formality", "topic",
                "promisor", "promisee"):  # fmt: skip
        assert key in data


def test_the_headline_is_flagged_as_stronger_than_its_story(nlp, grader):
    doc, ctx, mentions = medvedev_document(nlp)
    findings = grader.expand_all(
        standalone_findings(doc, mentions, doc_id="aug2011"), ctx, mentions
    )
    headline = [f for f in findings if f.event.commitment and f.event.commitment.in_headline]
    assert headline and headline[0].event.commitment.strength == "firm"
    flags = headline_flags(findings, ctx)
    assert len(flags) == 1
    flag = flags[0]
    assert flag["kind"] == "headline_overstatement"
    assert flag["topic"] == "nuclear_test_moratorium"
    assert flag["text_a"] == HEADLINE
    assert flag["text_b"].startswith("A Kremlin spokeswoman said")
    assert flag["detail"]["headline_strength"] == "firm"
    assert flag["detail"]["body_strength"] == "hedged"
    assert flag["detail"]["body_conditions"] == ["in the course of the talks"]


@pytest.mark.parametrize(
    "text",
    [
        # our paraphrases of the December 2010 account of a visit to Pyongyang
        "Richardson declared that North Korea will allow IAEA personnel to go to Yongbyon.",
        "Bill Richardson, who is visiting Pyongyang, declared that North Korea will let IAEA "
        "inspectors return to Yongbyon.",
    ],
)
def test_a_visitors_account_is_a_third_party_claim(nlp, grader, text):
    doc = nlp(text)
    mentions = mentions_for_names(doc, NAMES)
    source = next(m for m in mentions if m.code == "PRK")
    trigger = "allow" if "allow" in text else "let"
    ctx = DocContext(doc_id="dec2010", date=None)
    commitment = grader.grade(finding_for(next(doc.sents), trigger, source=source), ctx, mentions)
    assert commitment is not None
    assert commitment.kind == "promise"
    assert commitment.promisor == "PRK"
    assert commitment.first_party is False
    assert commitment.speaker == "USA"
    assert commitment.reporting_verb == "declared"
    assert commitment.formality == "reported"
    assert commitment.topic == "iaea_inspections"
    assert commitment.attribution[0].startswith("USA (")


@pytest.mark.parametrize(
    ("text", "trigger", "cameo", "kind"),
    [
        (
            "The United States demanded that North Korea halt its enrichment.",
            "demanded",
            "100",
            "demand",
        ),
        ("Seoul offered to send rice to the North.", "offered", "030", "offer"),
        ("Pyongyang rejected the call for talks.", "rejected", "120", "refusal"),
        ("North Korea said it will hold talks with Seoul.", "said", "010", "promise"),
        ("North Korea said the talks were useful.", "said", "010", "statement"),
        # a prediction or a verdict on a thing: nobody promised anything
        ("Washington said a launch would be a grave provocation.", "said", "010", "statement"),
        ("The envoys said the talks would resume soon.", "said", "010", "statement"),
        ("Seoul said the measures are not aimed at ordinary people.", "said", "010", "statement"),
        # a polity or group noun stands for an actor the sentence does not name
        ("He said the country would open its border to traders.", "said", "010", "promise"),
        ("She said the allies would not return to the talks.", "said", "010", "refusal"),
        ("North Korea will send a delegation to Seoul.", "send", "042", "promise"),
        # whatever the code, a thing breaks no promise: the launch is no actor
        ("Seoul said a launch would violate the resolutions.", "violate", "128", "statement"),
    ],  # fmt: skip
)
def test_kinds(nlp, grader, text, trigger, cameo, kind):
    finding = finding_for(next(nlp(text).sents), trigger, cameo=cameo)
    commitment = grader.grade(finding, DocContext(doc_id="t", date=None))
    assert commitment is not None
    assert commitment.kind == kind, commitment.why


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Pyongyang never made such a pledge.", "made"),
        ("Seoul did not promise any aid.", "promise"),
    ],
)
def test_a_commitment_never_made_is_none(nlp, grader, text, trigger):
    # the event coder marks the act negated; a past act that did not happen commits no one
    finding = finding_for(next(nlp(text).sents), trigger, cameo="030", modality="negated")
    assert grader.grade(finding, DocContext(doc_id="t", date=None)) is None


@pytest.mark.parametrize(
    ("text", "trigger", "cameo"),
    [
        # the test is the condition of Seoul's warning, not a promise of Pyongyang's
        ("Seoul said the North would pay a price if it conducted a test.", "conducted", "190"),
        ("Unless the North halts its drills, Seoul will cancel the visit.", "halts", "192"),
        # a nominal event under "should" is the subject of a debate, not a pledge
        ("The envoys argued over whether the text should condemn the shelling.", "shelling", "195"),
        # a refusal or an agreement that is only the condition of another's act
        ("If Pyongyang refuses the monitors, Seoul will withhold the aid.", "refuses", "1245"),
        ("If the North agrees to the talks, Seoul will send rice.", "agrees", "030"),
    ],
)
def test_conditions_and_nominal_events_are_no_promises(nlp, grader, text, trigger, cameo):
    # the event coder marks these hypothetical, a forward modality that alone made a promise
    finding = finding_for(next(nlp(text).sents), trigger, cameo=cameo, modality="hypothetical")
    commitment = grader.grade(finding, DocContext(doc_id="t", date=None))
    assert commitment is None or commitment.kind not in ("promise", "offer", "refusal"), (
        commitment.why
    )


@pytest.mark.parametrize(
    ("text", "promisor"),
    [
        # the recipient named inside the subject phrase is not who acts
        ("Officials said the planned rice aid to North Korea will not go ahead.", None),
        # a possessive is
        ("Officials said North Korea's planned aid to the flood victims will go ahead.", "PRK"),
    ],
)
def test_promisor_from_a_subject_phrase(nlp, grader, text, promisor):
    doc = nlp(text)
    sent = next(doc.sents)
    mentions = mentions_for_names(doc, [("PRK", "North Korea")])
    finding = finding_for(sent, "go", cameo="073", modality="future")
    commitment = grader.grade(finding, DocContext(doc_id="t", date=None), mentions)
    assert commitment is not None
    assert commitment.promisor == promisor, commitment.why


def test_an_action_that_is_no_commitment_is_not_graded(nlp, grader):
    finding = finding_for(
        next(nlp("Troops fired shells across the border.").sents), "fired", cameo="195"
    )
    assert grader.grade(finding, DocContext(doc_id="t", date=None)) is None


def test_grade_all_sets_commitments_in_place(nlp, grader):
    doc = nlp("North Korea will free the sailors. Troops fired shells across the border.")
    sents = list(doc.sents)
    findings = [
        finding_for(sents[0], "free", cameo="0353"),
        finding_for(sents[1], "fired", cameo="195", sentence_index=1),
    ]
    grader.grade_all(findings, DocContext(doc_id="t", date=None))
    assert isinstance(findings[0].event.commitment, Commitment)
    assert findings[1].event.commitment is None
    assert any("firm" in w for w in findings[0].event.commitment.why)


def test_commitment_json_round_trip_keeps_the_new_fields():
    commitment = Commitment(
        kind="promise",
        strength="hedged",
        promisor="PRK",
        promisee=None,
        topic="enrichment_freeze",
        topic_text="uranium enrichment",
        conditions=["while talks continue"],
        hedged=True,
        conditional=True,
        hedges=["ready to"],
    )
    assert Commitment.from_dict(commitment.to_dict()) == commitment
    old_row = {k: v for k, v in commitment.to_dict().items() if k not in ("hedged", "conditional")}
    assert Commitment.from_dict(old_row).conditional is True  # derived from the conditions


@pytest.fixture(scope="module")
def coder(nlp):
    events = pytest.importorskip("pledgewatch.events")
    if not hasattr(events, "EventCoder"):
        pytest.skip("pledgewatch.events.EventCoder is not available yet")
    return events.EventCoder(nlp=nlp)


def test_end_to_end_through_the_event_coder(coder, grader):
    title = "Kim Jong Il promises moratorium on nuclear tests"
    ctx = DocContext(
        doc_id="aug2011", date=dt.date(2011, 8, 24), title=title, headline_end=len(title)
    )
    coded = coder.code_text(f"{title}\n\n{BODY}", ctx)
    findings = grader.expand_all(coded.findings, ctx, coded.mentions)
    promises = [
        f.event.commitment
        for f in findings
        if f.event.commitment is not None
        and f.event.commitment.kind == "promise"
        and not f.event.commitment.in_headline
    ]
    test_ban = [c for c in promises if c.topic == "nuclear_test_moratorium"]
    assert test_ban, [f.event.commitment for f in findings]
    commitment = test_ban[0]
    assert commitment.promisor == "PRK"
    assert commitment.strength == "hedged" and commitment.conditional
    assert commitment.speaker is not None and commitment.speaker.startswith("RUS")
    assert commitment.first_party is False
    assert commitment.formality != "formal"
    # the spokeswoman's own 010 statement is not counted as a second promise
    assert len({c.promisor for c in promises}) == 1
    flags = headline_flags(findings, ctx)
    assert [f["topic"] for f in flags] == ["nuclear_test_moratorium"]


def test_end_to_end_visitors_account(coder, grader):
    text = "Richardson declared that North Korea will allow IAEA personnel to go to Yongbyon."
    ctx = DocContext(doc_id="dec2010", date=dt.date(2010, 12, 20))
    coded = coder.code_text(text, ctx)
    findings = grader.expand_all(coded.findings, ctx, coded.mentions)
    graded = [f.event.commitment for f in findings if f.event.commitment is not None]
    promise = next(c for c in graded if c.kind == "promise")
    assert promise.promisor == "PRK"
    assert promise.first_party is False
    assert promise.topic == "iaea_inspections"
    assert promise.formality == "reported"
    assert promise.reporting_verb == "declared"


def test_a_report_of_a_graded_promise_is_the_speakers_statement_with_its_own_chain():
    """'X said that Y will be ready to ...': the promise is Y's (third party, chain X -> Y); the
    'said' event is X's own statement, and its chain ends with X."""
    from pledgewatch.coding import context_for_text, shared_coder

    text = "A Kremlin spokeswoman said North Korea would be ready to halt nuclear tests."
    _sentences, events, _flags = shared_coder().code_text(
        text, context_for_text(dt.date(2011, 8, 24))
    )
    graded = {e.commitment.kind: e.commitment for e in events if e.commitment}
    statement, promise = graded["statement"], graded["promise"]
    assert statement.promisor == "RUSGOV" and statement.attribution == [
        "RUSGOV (Kremlin spokeswoman) said"
    ]
    assert promise.promisor.startswith("PRK") and len(promise.attribution) == 2


def _graded(text: str, date: dt.date = dt.date(2010, 11, 24)) -> list[Commitment]:
    from pledgewatch.coding import context_for_text, shared_coder

    _sentences, events, _flags = shared_coder().code_text(text, context_for_text(date))
    return [e.commitment for e in events if e.commitment is not None]


@pytest.mark.parametrize(
    ("text", "undergone"),
    [
        # another voice's threat: the one who will "pay a price" promised nothing
        (
            '"North Korea will pay a heavy price," President Lee Myung-bak said.',
            "pay a heavy price",
        ),
        ("Seoul said Pyongyang would face serious consequences.", "face serious consequences"),
        # a wait-and-see answer promises nothing
        ('"We will see," the Chinese envoy said.', "see"),
    ],
)
def test_what_the_subject_undergoes_is_no_promise(text, undergone):
    graded = _graded(text)
    assert graded, text
    assert not [c for c in graded if c.kind == "promise"], graded
    # read as such by the grader, or coded as the speaker's threat (13x) by the event coder
    assert any(
        f"undergoes {undergone!r}" in " ".join(c.why) or "CAMEO 13" in " ".join(c.why)
        for c in graded
    ), graded


def test_a_promise_to_act_is_still_one_and_a_reported_quotation_is_quoted():
    graded = _graded('"We will resume the six-party talks," the Chinese envoy said.')
    promise = next(c for c in graded if c.kind == "promise")
    assert promise.quotation is True
    # the envoy's own "said" event, graded on what it reports, is quoted too
    assert all(c.quotation for c in graded), graded
    unquoted = _graded("The Chinese envoy said they would resume the six-party talks.")
    assert unquoted and not any(c.quotation for c in unquoted), unquoted


def test_a_conjoined_clause_keeps_its_own_cues_and_a_failure_is_a_past_fact():
    """ "met ... but failed to agree": the meeting borrows no "agree" from the clause beside
    it, and the agreement that failed is no promise."""
    graded = _graded(
        "The U.N. Security Council met in emergency session on Sunday but failed to agree "
        "on a statement."
    )
    assert not [c for c in graded if c.kind in ("promise", "offer", "refusal")], graded
    # a failure still to come is no past fact
    assert any(c.kind == "promise" for c in _graded("North Korea agreed to resume the talks."))


def test_a_verdict_on_an_actors_act_is_no_promise_of_the_actor():
    """ "a North Korean moratorium would be welcome": the actor only qualifies the thing."""
    graded = _graded(
        "The United States said that a North Korean moratorium on nuclear testing would be "
        "welcome but would not be enough."
    )
    assert graded
    assert not [c for c in graded if c.kind in ("promise", "offer", "refusal")], graded
    # an actor noun as the subject keeps the promise
    kept = _graded("The North Korean envoy said he would be ready to resume the talks.")
    assert any(c.kind == "promise" and (c.promisor or "").startswith("PRK") for c in kept)


def test_what_an_actor_should_not_do_is_a_demand_not_its_refusal():
    graded = _graded("Washington should not return to the six-party talks as a reward.")
    assert not [c for c in graded if c.kind == "refusal"], graded
    demand = next(c for c in graded if c.kind == "demand")
    assert (demand.promisee or "").startswith("USA") and demand.strength == "firm"


def test_a_violation_is_a_deed_not_a_refusal():
    graded = _graded("Seoul said the North's program violated Security Council resolutions.")
    assert not [c for c in graded if c.kind == "refusal"], graded


def test_not_imposing_sanctions_is_restraint():
    graded = _graded("The European Union will not impose new sanctions on Iran for six months.")
    pledge = next(c for c in graded if c.kind in ("promise", "refusal"))
    assert pledge.kind == "promise", pledge


@pytest.mark.parametrize(
    "text",
    [
        "North Korea wants a peace treaty and an end to sanctions.",
        "The State Department said the United States wanted to see North Korea take steps.",
    ],
)
def test_wanting_something_of_others_is_a_demand(text):
    graded = _graded(text)
    assert any(c.kind == "demand" for c in graded), graded
    assert not [c for c in graded if c.kind in ("promise", "offer")], graded


def test_wanting_to_act_oneself_stays_a_promise():
    graded = _graded("North Korea wants to resume the six-party talks.")
    assert any(c.kind == "promise" and c.promisor == "PRK" for c in graded), graded


def test_an_indirect_question_is_no_promise():
    graded = _graded("Washington wants to know whether North Korea is ready to resume the talks.")
    assert not [c for c in graded if c.kind == "promise" and c.promisor == "PRK"], graded


@pytest.mark.parametrize(
    ("text", "why"),
    [
        # an interpreter's "could" is a prediction about the actor
        ("Analysts said North Korea could resume the six-party talks soon.", "prediction"),
        # another country's "could not" is a verdict on the actor, not the actor's refusal
        (
            "The United Nations said North Korea could not scrap the armistice on its own.",
            "a verdict on the actor",
        ),
        # an extraposed verdict ("it would be hard to ...") is no one's promise
        (
            "The U.S. envoy said it would be hard to move forward with the aid.",
            "extraposed verdict",
        ),
    ],
)
def test_speculation_and_verdicts_are_statements(text, why):
    graded = _graded(text)
    assert not [c for c in graded if c.kind in ("promise", "offer", "refusal")], graded
    assert any(why in " ".join(c.why) for c in graded), graded


def test_an_actors_own_could_stays_a_hedged_promise():
    graded = _graded('"We could resume the talks," the North Korean envoy said.')
    promise = next(c for c in graded if c.kind == "promise")
    assert promise.strength == "hedged" and (promise.promisor or "").startswith("PRK")


def test_a_reported_refusal_is_aimed_at_its_object_not_the_audience():
    graded = _graded(
        '"We will not reward North Korea for its provocations," Secretary of State Hillary '
        "Clinton told reporters."
    )
    refusal = next(c for c in graded if c.kind == "refusal")
    assert (refusal.promisor or "").startswith("USA") and refusal.promisee == "PRK", refusal


def test_a_verdict_on_a_situation_is_a_statement():
    graded = _graded(
        '"If North Korea is prepared to take concrete steps, that would be a positive first '
        'step," State Department spokeswoman Victoria Nuland told reporters.'
    )
    assert not [c for c in graded if c.kind in ("promise", "offer", "refusal")], graded


def test_an_announced_hostile_act_is_a_threat_and_restraint_stays_a_promise():
    threat = _graded("North Korea will carry out a third nuclear test.")
    assert threat and not [c for c in threat if c.kind == "promise"], threat
    assert any("threat" in " ".join(c.why) for c in threat), threat
    restraint = _graded("North Korea will not conduct further nuclear tests.")
    assert any(c.kind == "promise" and c.topic == "nuclear_test_moratorium" for c in restraint)


@pytest.mark.parametrize(
    "text",
    [
        "Seoul hopes that North Korea will return to the talks.",
        "China hopes the consultations will help ease tension, the spokesman said.",
    ],
)
def test_a_hope_about_others_is_no_pledge(text):
    graded = _graded(text)
    assert graded, text
    assert not [c for c in graded if c.kind in ("promise", "offer", "refusal")], graded


def test_a_report_of_another_actors_promise_stays_its_promise():
    graded = _graded("Seoul said North Korea would return to the talks.")
    assert any(c.kind == "promise" and c.promisor == "PRK" for c in graded), graded


@pytest.mark.parametrize(
    "text",
    [
        "Kerry said that if Kim Jong Un decided to launch a missile, he would be choosing to "
        "ignore the entire world.",
        "Seoul said that if Pyongyang resumed the talks, it would receive food aid.",
        # the report's own voice
        "If Pyongyang is serious, it would repeat the offer in its own name.",
    ],
)
def test_another_voices_if_x_acts_x_would_is_no_pledge_of_x(text):
    graded = _graded(text, dt.date(2013, 4, 10))
    assert graded, text
    assert not [c for c in graded if c.kind in ("promise", "offer", "refusal")], graded


@pytest.mark.parametrize(
    "text",
    [
        # conditioned on what the actor receives, or on another's act: a claimed pledge
        "Richardson said North Korea would allow inspectors back if it received fuel oil.",
        "Richardson said North Korea would allow inspectors back if the United States "
        "lifted sanctions.",
    ],
)
def test_a_claimed_conditional_pledge_stays_a_pledge(text):
    graded = _graded(text, dt.date(2010, 12, 20))
    promise = next(c for c in graded if c.kind == "promise")
    assert promise.promisor == "PRK" and promise.conditional, promise


def test_a_quoted_must_on_another_actor_is_the_speakers_demand():
    graded = _graded(
        '"North Korea’s words must be followed by actions," State Department spokesman P.J. '
        "Crowley told reporters in Washington."
    )
    demand = next(c for c in graded if c.kind == "demand")
    assert (demand.promisor or "").startswith("USA") and demand.promisee == "PRK", demand
    assert not [c for c in graded if c.kind == "promise"], graded


def test_each_of_several_speakers_demands():
    """Whether the coder or the grader reads the demand (here "North" is no known actor)."""
    graded = _graded("U.S., Japan, South Korea say North must change behaviour first")
    demanders = {(c.promisor or "")[:3] for c in graded if c.kind == "demand"}
    assert demanders == {"USA", "JPN", "KOR"}, graded


def test_retaliation_announced_is_a_threat_and_speculation_is_no_pledge():
    threat = _graded("North Korea said it would take retaliatory measures.")
    assert threat and not [c for c in threat if c.kind == "promise"], threat
    guess = _graded("North Korea could resume the six-party talks next month.")
    assert guess and not [c for c in guess if c.kind == "promise"], guess
    assert any("report's own voice" in " ".join(c.why) for c in guess), guess


def test_an_act_given_as_a_reason_is_not_refused():
    """ "would not reward Pyongyang for returning": the return is no refusal of Pyongyang's."""
    graded = _graded(
        "Clinton said the United States would not reward Pyongyang only for returning to the talks."
    )
    refusals = [c for c in graded if c.kind == "refusal"]
    assert refusals and all((c.promisor or "").startswith("USA") for c in refusals), graded


@pytest.mark.parametrize(
    "text",
    [
        # the "not" of a hoped-for clause with its own subject refuses nothing
        "Tokyo said it hoped the death would not harm peace on the Korean peninsula.",
        # a negated rejection is no refusal
        "The South Korean military did not rule out an attack by North Korea.",
    ],
)
def test_negations_that_refuse_nothing(text):
    graded = _graded(text, dt.date(2011, 12, 19))
    assert graded, text
    assert not [c for c in graded if c.kind == "refusal"], graded


def test_the_one_who_promises_is_bound_whoever_the_promise_is_about():
    graded = _graded(
        "Kim Jong Un promised that the people would not have to tighten their belts again.",
        dt.date(2012, 4, 15),
    )
    promise = next(c for c in graded if c.kind == "promise")
    assert promise.promisor == "PRKGOV", promise


def test_being_held_responsible_is_undergone():
    graded = _graded('"The North will be responsible for all the consequences," Seoul said.')
    assert graded and not [c for c in graded if c.kind == "promise"], graded


def test_restarting_what_a_freeze_stops_is_an_announced_intent_not_a_refusal():
    graded = _graded("North Korea said it would restart the Yongbyon reactor.", dt.date(2013, 4, 2))
    # the restart is an event of its own (150, future) since stop 20; an announced restart is
    # an intent (a statement), no refusal of the freeze (grader41)
    pledges = [c for c in graded if c.topic == "yongbyon_activities"]
    assert pledges and all(c.kind == "statement" for c in pledges), pledges
    assert not any(c.strength == "refused" for c in pledges), pledges
    talks = _graded("North Korea will resume talks on a nuclear test moratorium.")
    assert any(c.kind == "promise" for c in talks), talks


def test_a_participle_of_its_own_past_is_no_commitment_and_a_threat_needs_a_doer():
    from pledgewatch.coding import context_for_text, shared_coder

    text = (
        "King will also raise the case of Eddie Jun, an American businessman detained in the "
        "North since last year."
    )
    _sentences, events, _flags = shared_coder().code_text(
        text, context_for_text(dt.date(2011, 5, 24))
    )
    detention = next(e for e in events if e.cameo.startswith("17"))
    assert detention.commitment is None, detention.commitment
    violation = _graded("Any such launch would clearly violate Security Council resolutions.")
    assert violation and not any("threat:" in " ".join(c.why) for c in violation), violation


@pytest.mark.parametrize(
    "text",
    [
        "North Korea's National Defence Commission vows a higher-level nuclear test aimed at "
        "the United States.",
        "Pyongyang vowed retaliation against Seoul.",
    ],
)
def test_a_vowed_hostile_act_is_a_threat_not_a_promise(text):
    graded = _graded(text)
    assert graded and not [c for c in graded if c.kind in ("promise", "offer")], graded


def test_there_will_be_no_x_is_the_speakers_refusal():
    graded = _graded('"There will be no rewards for provocations," Obama said on Sunday.')
    refusals = [c for c in graded if c.kind == "refusal"]
    assert refusals, graded
    assert (refusals[0].promisor or "").startswith("USA"), refusals


def test_what_others_will_be_allowed_to_do_is_not_their_promise():
    graded = _graded("U.S. companies will be allowed to invest in the country.")
    assert graded and all(c.kind == "statement" for c in graded), graded
    assert any("permitted by others" in " ".join(c.why) for c in graded), graded


def test_an_exchange_condition_is_its_phrase_not_the_whole_purpose_clause():
    graded = _graded(
        "Iran reached an interim deal on Sunday to curb its nuclear program in return for "
        "limited sanctions relief."
    )
    conditions = [cond for c in graded for cond in c.conditions]
    assert conditions, graded
    assert all(cond.startswith("in return for") for cond in conditions), conditions


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Pyongyang proposed talks with Seoul on Friday.", "offer"),
        ("North Korea proposed military talks to the South.", "offer"),
        ("North Korea proposed that the South withdraw its warships.", "demand"),
    ],
)
def test_a_proposal_one_takes_part_in_is_an_offer(text, kind):
    graded = _graded(text)
    assert [c.kind for c in graded if c.promisor and c.promisor.startswith("PRK")] == [kind]


def test_a_warning_about_consequences_is_no_demand():
    graded = _graded("He said the United States had warned the North about the consequences.")
    assert graded and not [c for c in graded if c.kind == "demand"], graded


def test_an_infinitive_of_purpose_is_voiced_by_who_says_its_clause():
    graded = _graded(
        "The U.S. side said it had no hostile intent. It said the United States will take steps "
        "to improve relations."
    )
    improve = [c for c in graded if "relations" in (c.topic_text or "")]
    assert improve, graded
    assert all(c.speaker == "USA" and c.first_party for c in improve), improve


def test_a_negated_state_is_a_description_not_a_refusal():
    graded = _graded("The U.S. side said it does not have hostile intent toward the DPRK.")
    assert graded and not [c for c in graded if c.kind == "refusal"], graded
    refusal = _graded("Seoul said it will not hold talks with the North.")
    assert any(c.kind == "refusal" for c in refusal), refusal


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # a record summarised, no one promise
        ("Since 2010 North Korea has made many offers and few lasting commitments.", "statement"),
        # what was offered is said: an offer
        ("North Korea made several offers of talks last week.", "offer"),
        ("North Korea made an offer to resume talks.", "offer"),
        ("North Korea made a promise to return the remains.", "promise"),
    ],
)
def test_commitment_nouns_after_a_light_verb(text, kind):
    graded = _graded(text)
    kinds = {c.kind for c in graded if (c.promisor or "").startswith("PRK")}
    assert kinds == {kind}, graded


def test_a_refusal_without_a_negation_is_refused():
    graded = _graded("China vetoed a Security Council resolution on Syria on Thursday.")
    refusals = [c for c in graded if c.kind == "refusal"]
    assert refusals and all(c.strength == "refused" for c in refusals), graded


def test_a_one_word_clause_is_a_misparse_and_keeps_its_topic():
    """The headline parse makes "remains" a verb hung on "agree"; the topic is still read."""
    graded = _graded("U.S., North Korea agree to resume search for war remains")
    assert graded and all(c.topic == "remains_recovery" for c in graded), graded


@pytest.mark.parametrize(
    "text",
    [
        # declining to speak is no comment, nothing refused
        "The ministry declined to comment.",
        "The North Korean envoy declined to give details.",
        # an aim told in the past is an explanation
        "The government's purpose was to confirm the North's responsible attitude, a ministry "
        "spokesman said.",
    ],
)
def test_no_comment_and_a_past_aim_are_statements(text):
    graded = _graded(text)
    assert graded and all(c.kind == "statement" for c in graded), graded


def test_refusing_to_act_stays_a_refusal_and_in_return_is_a_condition():
    graded = _graded("North Korea refused to allow the inspectors in.")
    assert any(c.kind == "refusal" for c in graded), graded
    # refusing to discuss is refusing talks, not a "no comment"
    graded = _graded("North Korea refused to discuss its nuclear program.")
    assert any(c.kind == "refusal" for c in graded), graded
    graded = _graded("In return, the United States will provide 240,000 tons of food aid.")
    assert [c.conditions for c in graded if c.kind == "promise"] == [["In return"]], graded


def test_calling_a_commitment_into_question_is_no_promise():
    graded = _graded(
        "A launch would call into question the DPRK's commitment to its other undertakings."
    )
    assert graded and not [c for c in graded if c.kind in ("promise", "offer")], graded
    graded = _graded("It would call into question the DPRK's commitment to its undertakings.")
    assert graded and not [c for c in graded if c.kind in ("promise", "offer")], graded


@pytest.mark.parametrize(
    "text",
    [
        # resisting a search is defiance of the law (128), no refusal in words
        "The crew of 35 resisted the search, officials said.",
        # a report verb negated with "never" tells what was not said, it refuses nothing
        "Kim Jong Il never announced a moratorium himself.",
    ],
)
def test_defiance_and_silence_are_no_refusals(text):
    graded = _graded(text, dt.date(2011, 9, 1))
    assert graded and not [c for c in graded if c.kind == "refusal"], graded


def test_they_in_one_persons_quote_is_not_that_person():
    graded = _graded('"They agreed to let the inspectors back," Richardson says in Beijing')
    promises = [c for c in graded if c.kind == "promise"]
    assert promises and all(c.promisor is None for c in promises), graded


def test_what_a_relative_clause_promised_is_its_antecedent():
    graded = _graded(
        "Officials met to discuss how to monitor the 240,000 tons of food aid that Washington "
        "has promised."
    )
    promises = [c for c in graded if c.kind == "promise"]
    assert promises and promises[0].topic == "food_aid", graded


@pytest.mark.parametrize(
    "text",
    [
        # a response in force to provocation is paid back, whatever the code of "respond"
        '"We will respond sternly to any further provocation," a Defense Ministry spokesman '
        "told reporters in Seoul.",
        "The South Korean military said it would react strongly to any attack.",
    ],
)
def test_a_forceful_response_announced_is_a_threat(text):
    graded = _graded(text)
    assert graded and not [c for c in graded if c.kind in ("promise", "offer")], graded
    assert any("threat" in " ".join(c.why) for c in graded), graded


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # a friendly response is still a promise
        ("North Korea said it would respond positively to the proposal.", "promise"),
        # restraint in response is no threat
        ("Seoul said it would not respond to the provocation with force.", "promise"),
    ],
)
def test_a_response_without_force_stays_a_pledge(text, kind):
    graded = _graded(text)
    assert [c for c in graded if c.kind == kind], graded


def test_wanting_to_be_treated_is_asked_of_others():
    graded = _graded("Pyongyang has said it is willing to talk but wants to be recognised.")
    demands = [c for c in graded if c.kind == "demand"]
    assert demands and (demands[0].promisor or "").startswith("PRK"), graded
    # the willingness to talk stays its hedged promise
    assert [c for c in graded if c.kind == "promise" and c.topic == "talks"], graded


@pytest.mark.parametrize(
    "text",
    [
        "Obama is expected to mention North Korea in his speech on Tuesday.",
        "The foreign minister will speak at the United Nations next week.",
    ],
)
def test_what_an_actor_will_say_is_no_pledge(text):
    graded = _graded(text)
    assert graded and not [c for c in graded if c.kind in ("promise", "offer")], graded
    assert any("only speaks" in " ".join(c.why) for c in graded), graded


def test_no_comment_ahead_is_silence_and_no_talks_ahead_is_a_refusal():
    silent = _graded("The ministry will not comment on the talks.")
    assert silent and all(c.kind == "statement" for c in silent), silent
    refused = _graded('"We will not discuss the six-party talks," the official told reporters.')
    refusals = [c for c in refused if c.kind == "refusal"]
    assert refusals and refusals[0].topic == "six_party_talks", refused
    # in the past, not discussing something is silence (no commitment at all)
    past = _graded("The minister did not discuss the inspectors.")
    assert not [c for c in past if c.kind == "refusal"], past


def test_accepting_an_offer_is_a_promise_not_an_offer():
    graded = _graded("The North Korean government has accepted the offer of talks.")
    assert graded and not [c for c in graded if c.kind == "offer"], graded
    assert [c for c in graded if c.kind == "promise" and (c.promisor or "")[:3] == "PRK"], graded


def test_another_voice_describing_an_actor_is_no_pledge():
    graded = _graded(
        "President Lee Myung-bak said North Korea would be the biggest loser of its own "
        "provocations."
    )
    assert graded and not [c for c in graded if c.kind in ("promise", "offer")], graded
    assert any("description" in " ".join(c.why) for c in graded), graded


@pytest.mark.parametrize(
    ("text", "promised"),
    [
        # agreeing on a view of a situation promises nothing
        (
            '"We agreed that the situation on the peninsula is grave," President Lee Myung-bak '
            "told reporters.",
            False,
        ),
        ("Seoul and Washington agreed that the nuclear program cannot be tolerated.", False),
        ("Seoul and Tokyo agreed that North Korea's nuclear program cannot be tolerated.", False),
        # agreeing on what the parties will do does
        (
            '"We agreed that we will hold talks next month," President Lee Myung-bak told '
            "reporters.",
            True,
        ),
    ],
)
def test_agreeing_on_a_view_is_no_promise(text, promised):
    graded = _graded(text)
    promises = [c for c in graded if c.kind == "promise"]
    assert graded and bool(promises) == promised, graded


@pytest.mark.parametrize(
    "text",
    [
        # another's account of inspectors' access: the host is bound to let them in
        "Richardson said the inspectors of the International Atomic Energy Agency could visit "
        "the Yongbyon complex.",
        "The envoy said IAEA inspectors would return to North Korea.",
    ],
)
def test_inspectors_access_is_the_hosts_to_grant(text):
    graded = _graded(text, dt.date(2010, 12, 21))
    pledges = [c for c in graded if c.kind == "promise"]
    assert pledges, graded
    assert all((c.promisor or "")[:3] == "PRK" for c in pledges), pledges
    assert all((c.promisee or "").startswith("IGOUNOIAE") for c in pledges), pledges
    assert any("host" in " ".join(c.why) for c in pledges), pledges


def test_the_inspecting_body_offering_its_own_inspectors_stays_its_offer():
    graded = _graded("The IAEA said it was ready to send inspectors back to North Korea.")
    assert [c for c in graded if (c.promisor or "").startswith("IGOUNOIAE")], graded


@pytest.mark.parametrize(
    "text",
    [
        "Analysts in Seoul said the comments signaled that Pyongyang would not give up its "
        "nuclear weapons easily.",
        "Analysts said North Korea would return to the talks.",
        "Experts believe North Korea will return to the talks next year.",
    ],
)
def test_an_interpreters_reading_is_no_pledge_or_refusal(text):
    graded = _graded(text, dt.date(2011, 3, 22))
    assert graded and not [c for c in graded if c.kind in ("promise", "offer", "refusal")], graded


def test_a_diplomats_account_stays_a_third_party_claim():
    graded = _graded("Diplomats said North Korea would allow the inspectors to return.")
    assert [c for c in graded if c.kind == "promise" and (c.promisor or "")[:3] == "PRK"], graded


def test_an_invitation_to_talks_is_an_offer():
    graded = _graded(
        "The United States has invited North Korea's First Vice Foreign Minister Kim Kye Gwan "
        "to New York for talks.",
        dt.date(2011, 7, 18),
    )
    offers = [c for c in graded if c.kind == "offer"]
    assert offers and (offers[0].promisor or "").startswith("USA"), graded


def test_a_conjoined_clause_keeps_its_condition_to_itself():
    graded = _graded(
        "Washington should insist on all four steps, but it should also be ready to offer "
        "food aid if Pyongyang moves.",
        dt.date(2011, 7, 27),
    )
    by_topic = {c.topic: c for c in graded}
    assert by_topic["food_aid"].conditions == ["if Pyongyang moves"], graded
    insist = [c for c in graded if c.topic != "food_aid"]
    assert insist and all(not c.conditions for c in insist), graded


def test_a_conjunct_that_is_the_condition_stays_the_condition():
    graded = _graded(
        "North Korea agreed to a moratorium on tests and to IAEA monitoring, but only while "
        "productive dialogues continue.",
        dt.date(2012, 2, 29),
    )
    promises = [c for c in graded if c.kind == "promise"]
    assert promises and all(c.conditions for c in promises), graded


@pytest.mark.parametrize(
    "text",
    [
        "Analysts in Seoul said Pyongyang would not give up its nuclear weapons easily.",
        "The UN said North Korea could not scrap the armistice on its own.",
    ],
)
def test_a_refusal_read_as_no_one_s_keeps_no_refused_strength(text):
    """The ledger reads a refused strength as a retraction, so a demoted refusal has none."""
    graded = _graded(text, dt.date(2013, 3, 8))
    assert graded and all(c.kind != "refusal" for c in graded), graded
    assert all(c.strength != "refused" for c in graded if c.kind == "statement"), graded


def test_a_condition_starts_at_its_cue_and_they_is_not_a_singular_promisor():
    graded = _graded(
        "North Korea is ready to meet anyone, anytime and anywhere, if they have a genuine "
        "desire for improved relations.",
        dt.date(2011, 1, 5),
    )
    promises = [c for c in graded if c.kind == "promise"]
    assert promises, graded
    assert promises[0].conditions == ["if they have a genuine desire for improved relations"], (
        promises
    )


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        ("Seoul said it would study the results of the summit.", "other"),
        # "the details of X" stays about X
        (
            "North Korea will discuss the details of a moratorium on nuclear tests.",
            "nuclear_test_moratorium",
        ),
    ],
)
def test_what_an_event_left_behind_is_no_topic(text, topic):
    graded = _graded(text, dt.date(2011, 8, 24))
    pledges = [c for c in graded if c.kind == "promise"]
    assert pledges and pledges[0].topic == topic, graded


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "President Park Geun-hye said she would not tolerate any action that threatens the "
            "lives of the people.",
            "statement",
        ),
        # not accepting a proposal is a refusal
        ("President Park Geun-hye said she would not accept the proposal.", "refusal"),
    ],
)
def test_not_tolerating_warns_and_not_accepting_refuses(text, kind):
    graded = _graded(text, dt.date(2013, 2, 25))
    kinds = {c.kind for c in graded if (c.promisor or "").startswith("KOR")}
    assert kind in kinds and (kind == "refusal" or "refusal" not in kinds), graded


def test_an_act_under_a_pledged_not_is_restraint_not_refusal():
    graded = _graded(
        "Under the deal, North Korea pledged not to halt operations again by withdrawing workers.",
        dt.date(2013, 8, 14),
    )
    assert graded and not [c for c in graded if c.kind == "refusal"], graded
    assert all(c.kind == "promise" for c in graded if (c.promisor or "")[:3] == "PRK"), graded


def test_what_evidence_showed_is_an_inference_not_a_pledge():
    graded = _graded(
        "The Leap Day agreement failed, but it showed that Pyongyang will sign a moratorium "
        "under some conditions.",
        dt.date(2012, 12, 14),
    )
    assert graded and not [c for c in graded if c.kind in ("promise", "offer")], graded


def test_a_named_actor_signalling_is_its_account():
    graded = _graded("North Korea signaled that it would return to the six-party talks.")
    assert [c for c in graded if c.kind == "promise" and (c.promisor or "")[:3] == "PRK"], graded


@pytest.mark.parametrize(
    ("text", "kind", "topic"),
    [
        # a participle's words ("aimed to") are the noun's, no cue of the verb above
        (
            "Chief Cabinet Secretary Osamu Fujimura said the purchase aimed to ensure stable "
            "management of the islands.",
            "statement",
            None,
        ),
        # ... while a present participle keeps its words for the topic
        (
            "Japan demanded that the North conduct no further launches using ballistic missile "
            "technology.",
            "demand",
            "missile_launch_moratorium",
        ),
    ],
)
def test_a_participle_of_a_noun_lends_no_cue(text, kind, topic):
    graded = _graded(text, dt.date(2012, 9, 11))
    found = [c for c in graded if c.kind == kind]
    assert found and not [c for c in graded if c.kind == "promise"], graded
    assert topic is None or found[0].topic == topic, found


@pytest.mark.parametrize(
    ("text", "threat"),
    [
        (
            "North Korea said it would answer with tough measures, including an all-out war, "
            "if the enemies dare to retaliate.",
            True,
        ),
        ("Seoul said it would respond with food aid if the North returned to talks.", False),
    ],
)
def test_answering_with_force_is_a_threat(text, threat):
    graded = _graded(text, dt.date(2010, 5, 20))
    pledges = [c for c in graded if c.kind == "promise"]
    threats = [c for c in graded if "threat" in " ".join(c.why)]
    assert bool(threats) == threat and bool(pledges) != threat, graded


def test_a_clause_without_a_topic_takes_its_purpose_infinitives():
    graded = _graded(
        '"We are not in a situation to discuss the six-party talks," a senior official in '
        "Seoul told reporters."
    )
    refusals = [c for c in graded if c.kind == "refusal"]
    assert refusals and refusals[0].topic == "six_party_talks", graded


def test_judging_by_actions_is_a_stance():
    graded = _graded("White House says it will judge North Korea by actions", dt.date(2013, 6, 17))
    assert graded and not [c for c in graded if c.kind in ("promise", "offer")], graded


def test_addressing_concerns_stays_a_promise():
    graded = _graded("Clinton said the United States would address the concerns of its allies.")
    assert [c for c in graded if c.kind == "promise"], graded


@pytest.mark.parametrize(
    ("text", "promised"),
    [
        # a decision told in an earlier sentence, named here without its content
        ("Kim Yang Gon announced the decision after visiting the complex.", False),
        ("North Korea announced the decision to reopen the complex.", True),
        # a proposal told earlier, announced here: no demand or offer of its own
        ("China's envoy announced the proposal at a news conference.", False),
    ],
)
def test_an_intent_noun_without_its_content_promises_nothing_here(text, promised):
    graded = _graded(text, dt.date(2013, 4, 8))
    pledged = [c for c in graded if c.kind in ("promise", "offer", "demand")]
    assert graded and bool(pledged) == promised, graded


@pytest.mark.parametrize(
    ("text", "promised"),
    [
        # why a thing was done: no undertaking
        (
            "Colonels of North Korea and South Korea met for two days to prepare defense talks.",
            False,
        ),
        # an act agreed to, or one still to come, keeps its promise
        ("North Korea agreed to hold talks to ease tension.", True),
        # (a trip on a named day is a schedule: tests/test_commitments_pass18.py)
        ("Kerry will travel to Beijing next month to ask China for help.", True),
    ],
)
def test_the_aim_of_a_past_act_is_no_promise(text, promised):
    graded = _graded(text, dt.date(2011, 2, 9))
    talks = [c for c in graded if c.kind == "promise"]
    assert bool(talks) == promised, graded
    if not promised:
        assert any("aim of a past act" in " ".join(c.why) for c in graded), graded


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        # a want inside a condition asks nothing; the advice around it is the demand
        ("If North Korea wants credit for a moratorium, it should announce one.", False),
        # a want in a relative clause describes who wants it
        ("The report shows a North Korean regime that wants attention and leverage.", False),
        ("North Korea wants a peace treaty and an end to sanctions.", True),
    ],
)
def test_a_want_asks_only_in_its_own_clause(text, wanted):
    graded = _graded(text, dt.date(2011, 8, 26))
    assert graded, text  # each sentence is graded: only who asks what changes
    wants = [c for c in graded if c.kind == "demand" and (c.promisor or "").startswith("PRK")]
    assert bool(wants) == wanted, graded


def test_the_advice_around_a_conditional_want_is_the_demand():
    graded = _graded(
        "If North Korea wants credit for a moratorium, it should announce one.",
        dt.date(2011, 8, 26),
    )
    asked = [c for c in graded if c.kind == "demand" and (c.promisee or "").startswith("PRK")]
    assert asked and all(c.promisor is None for c in asked), graded


def test_a_want_in_a_relative_clause_is_described_not_asked():
    graded = _graded(
        "The report shows a North Korean regime that wants attention and leverage.",
        dt.date(2011, 8, 26),
    )
    assert any("relative clause" in " ".join(c.why) for c in graded), graded


@pytest.mark.parametrize(
    "text",
    [
        # a threat to abandon is no abandoning: the ledger reads "refused" as a retraction
        "North Korea threatens to scrap the armistice over the drills.",
        "North Korea has threatened to scrap the armistice several times.",
    ],
)
def test_a_threat_to_abandon_an_agreement_refuses_nothing(text):
    graded = _graded(text, dt.date(2013, 3, 5))
    assert graded and all(c.strength != "refused" for c in graded), graded
    assert not [c for c in graded if c.kind == "refusal"], graded


def test_a_report_of_anothers_refusal_is_no_refusal_of_the_speaker():
    graded = _graded("Richardson said North Korea would not give up its nuclear weapons.")
    refusals = [c for c in graded if c.strength == "refused"]
    assert refusals and all((c.promisor or "").startswith("PRK") for c in refusals), graded


def test_a_conditional_threat_to_abandon_keeps_its_condition_not_a_refusal():
    graded = _graded(
        "North Korea threatens to scrap the armistice if the drills go ahead.", dt.date(2013, 3, 5)
    )
    assert graded and all(c.strength != "refused" for c in graded), graded
    assert any(c.strength == "conditional" for c in graded), graded
