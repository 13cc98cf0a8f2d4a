"""Strength grading: firm, hedged, conditional, refused; conditions as text; deadlines."""

from __future__ import annotations

import pytest

from pledgewatch.commitments import CommitmentGrader, finding_for, mentions_for_names
from pledgewatch.events.types import DocContext
from pledgewatch.model import Commitment

pytestmark = pytest.mark.model

CTX = DocContext(doc_id="t", date=None)


@pytest.fixture(scope="module")
def grader() -> CommitmentGrader:
    return CommitmentGrader()


def grade(nlp, grader: CommitmentGrader, text: str, trigger: str, cameo: str | None = None):
    doc = nlp(text)
    sent = next(doc.sents)
    mentions = mentions_for_names(doc, [("PRK", "North Korea"), ("PRK", "Pyongyang")])
    # as the event coder does, the actor subject of the sentence is the event's source
    source = next(
        (
            m
            for m in mentions
            if any(t.dep_ in ("nsubj", "nsubjpass") for t in doc[m.start : m.end])
        ),
        None,
    )
    return grader.grade(finding_for(sent, trigger, cameo=cameo, source=source), CTX, mentions)


FIRM = [
    ("North Korea will freeze its uranium enrichment program.", "freeze"),
    ("Pyongyang agreed to halt long-range missile launches.", "agreed"),
    ("The government pledged to release the detained fishermen.", "pledged"),
    ("The defence ministry committed to withdraw two brigades from the border.", "committed"),
    ("The minister promised grain shipments to the flooded provinces.", "promised"),
    ("North Korea said it would allow the inspectors back.", "allow"),  # back-shifted will
    ("Pyongyang made a pledge to return the remains of US soldiers.", "made"),  # no "efforts"
]


@pytest.mark.parametrize(("text", "trigger"), FIRM)
def test_firm_promises(nlp, grader, text, trigger):
    commitment = grade(nlp, grader, text, trigger)
    assert commitment is not None
    assert commitment.strength == "firm", commitment.why
    assert not commitment.hedged and not commitment.conditional


HEDGED = [
    ("North Korea could resume the talks next month.", "resume", "could"),
    ("Pyongyang is ready to consider a freeze of its nuclear tests.", "consider", "ready to"),
    (
        "The two sides are willing in principle to reopen the liaison office.",
        "reopen",
        "in principle",
    ),
    (
        "North Korea will try to resolve the question of returning the remains.",
        "returning",
        "resolve the question of",
    ),
    ("The junta may release some political prisoners.", "release", "may"),
    ("Pyongyang hopes to restart family reunions in the spring.", "restart", "hopes"),
    ("The council will explore a ceasefire along the river.", "explore", "explore"),
    ("North Korea would allow inspectors into Yongbyon.", "allow", "would"),  # not reported
    ("Pyongyang will make efforts to return the remains.", "return", "make efforts"),
]


@pytest.mark.parametrize(("text", "trigger", "cue"), HEDGED)
def test_hedged_promises(nlp, grader, text, trigger, cue):
    commitment = grade(nlp, grader, text, trigger)
    assert commitment is not None
    assert commitment.strength == "hedged", commitment.why
    assert commitment.hedged
    assert any(cue.split()[0] in h.lower() for h in commitment.hedges), commitment.hedges


CONDITIONAL = [
    (
        "North Korea will return to the talks if the drills are cancelled.",
        "return",
        "if the drills are cancelled",
    ),
    (
        "Pyongyang will freeze enrichment provided that sanctions are eased.",
        "freeze",
        "provided that sanctions are eased",
    ),
    (
        "North Korea will resume the six-party talks once sanctions are lifted.",
        "resume",
        "once sanctions are lifted",
    ),
    (
        "The North will keep the moratorium as long as the dialogue goes on.",
        "keep",
        "as long as the dialogue goes on",
    ),
    (
        "Pyongyang agreed to suspend launches on condition that the exercises stop.",
        "agreed",
        "on condition that the exercises stop",
    ),
    (
        "North Korea will shut the reactor in return for heavy fuel oil.",
        "shut",
        "in return for heavy fuel oil",
    ),
    (
        "North Korea will observe the freeze while constructive talks continue.",
        "observe",
        "while constructive talks continue",
    ),
    (
        "In the course of the negotiations, Pyongyang will halt its missile tests.",
        "halt",
        "In the course of the negotiations",
    ),
    (
        "North Korea will suspend its launches during the negotiations.",
        "suspend",
        "during the negotiations",
    ),
]


@pytest.mark.parametrize(("text", "trigger", "condition"), CONDITIONAL)
def test_conditional_promises_keep_the_condition_text(nlp, grader, text, trigger, condition):
    commitment = grade(nlp, grader, text, trigger)
    assert commitment is not None
    assert commitment.strength == "conditional", commitment.why
    assert commitment.conditional
    assert condition in commitment.conditions, commitment.conditions


def test_during_without_talks_is_no_condition(nlp, grader):
    # "during" makes a condition only of talks that may stop, not of a time span
    commitment = grade(
        nlp, grader, "North Korea will release the sailors during the holiday.", "release"
    )
    assert commitment is not None
    assert commitment.conditions == []
    assert commitment.strength == "firm"


def test_a_contrastive_not_on_a_noun_is_no_refusal(nlp, grader):
    # "action, not words" negates no promise: the contrast is between two nouns
    commitment = grade(nlp, grader, "Pyongyang wants to see aid, not promises.", "wants")
    assert commitment is not None
    assert commitment.strength != "refused", commitment.why
    assert commitment.kind != "refusal"


def test_while_without_talks_is_no_condition(nlp, grader):
    commitment = grade(
        nlp,
        grader,
        "North Korea will release the sailors while Japan keeps its sanctions.",
        "release",
    )
    assert commitment is not None
    assert commitment.conditions == []
    assert commitment.strength == "firm"


REFUSED = [
    ("North Korea will never give up its nuclear deterrent.", "give", "never"),
    ("Pyongyang rejected the proposal for inspections.", "rejected", "reject"),
    ("The North refused to allow inspectors into the country.", "refused", "refuse"),
    ("Pyongyang said it is no longer bound by the armistice agreement.", "bound", "no longer"),
    ("North Korea will not allow the inspectors to return.", "allow", "not"),
    ("North Korea will withdraw from the six-party talks.", "withdraw", "withdraw"),
]


@pytest.mark.parametrize(("text", "trigger", "cue"), REFUSED)
def test_refusals(nlp, grader, text, trigger, cue):
    commitment = grade(nlp, grader, text, trigger)
    assert commitment is not None
    assert commitment.strength == "refused", commitment.why
    assert commitment.kind == "refusal"
    assert any(cue in w for w in commitment.why), commitment.why


PAST_FACTS = [
    ("North Korea did not send a delegation to the ceremony.", "send", "010"),
    ("Pyongyang has not shipped the promised coal.", "shipped", "010"),
    ("North Korea never signed the protocol.", "signed", "057"),
]


@pytest.mark.parametrize(("text", "trigger", "cameo"), PAST_FACTS)
def test_a_negated_past_fact_is_no_refusal(nlp, grader, text, trigger, cameo):
    """What did not happen refuses nothing; the same verb with "will not" does."""
    commitment = grade(nlp, grader, text, trigger, cameo=cameo)
    assert commitment is None or commitment.kind != "refusal", commitment.why
    assert commitment is None or commitment.strength != "refused", commitment.why
    future = text.replace("did not send", "will not send").replace(
        "has not shipped", "will not ship"
    )
    if future != text:
        trigger_now = {"send": "send", "shipped": "ship"}[trigger]
        refusal = grade(nlp, grader, future, trigger_now, cameo=cameo)
        assert refusal is not None and refusal.kind == "refusal", refusal and refusal.why


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Pyongyang promised that farmers would not lose their land.", "promised"),
        ("Pyongyang pledged that its troops would never cross the line.", "pledged"),
    ],
)
def test_a_promise_that_something_will_not_happen_is_no_refusal(nlp, grader, text, trigger):
    # the negation is inside what was promised; the promise verb itself is not negated
    commitment = grade(nlp, grader, text, trigger)
    assert commitment is not None
    assert commitment.kind == "promise", commitment.why
    assert commitment.strength == "firm", commitment.why


def test_a_negated_restraint_is_a_firm_promise(nlp, grader):
    commitment = grade(
        nlp, grader, "North Korea will not conduct further nuclear tests.", "conduct"
    )
    assert commitment is not None
    assert commitment.strength == "firm"
    assert commitment.kind == "promise"
    assert commitment.topic == "nuclear_test_moratorium"


def test_hedged_and_conditional_is_graded_hedged_with_both_flags(nlp, grader):
    commitment = grade(
        nlp,
        grader,
        "If the sanctions are eased, North Korea may consider a freeze of enrichment.",
        "consider",
    )
    assert commitment is not None
    assert commitment.strength == "hedged"
    assert commitment.hedged and commitment.conditional
    assert commitment.conditions == ["If the sanctions are eased"]
    data = commitment.to_dict()
    assert data["hedged"] is True and data["conditional"] is True
    assert Commitment.from_dict(data) == commitment


def test_deadline(nlp, grader):
    commitment = grade(
        nlp, grader, "North Korea will dismantle the test site by the end of May.", "dismantle"
    )
    assert commitment is not None
    assert commitment.deadline == "by the end of May"


@pytest.mark.model
def test_a_condition_the_parser_made_the_head_is_still_the_condition(nlp, grader):
    """The parser hangs "They are ready to meet anyone" as a ccomp on the if-clause's verb."""
    from pledgewatch.commitments.conditions import find_conditions

    doc = nlp(
        "They are ready to meet anyone, anytime and anywhere, if they have a genuine desire "
        "for improved relations."
    )
    meet = next(t for t in doc if t.lower_ == "meet")
    assert doc[meet.head.head.i].head.lower_ == "have", "the parse this test is about changed"
    found = find_conditions(grader.clause_of(meet), grader.strength_cues)
    assert [text for text, _ in found] == ["if they have a genuine desire for improved relations"]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "conditional"),
    [
        (
            "North Korea agreed to reopen the complex, four months after it pulled out its "
            "workers.",
            False,
        ),
        ("North Korea will reopen the complex after sanctions are lifted.", True),
        ("North Korea will reopen the complex when the drills end.", True),
    ],
)
def test_a_clause_in_the_past_is_a_fact_not_a_condition(nlp, grader, text, conditional):
    found = grade(nlp, grader, text, "reopen")
    assert bool(found.conditions) == conditional, found


@pytest.mark.parametrize(
    "text",
    [
        "North Korea declared the armistice void on Monday as the drills began.",
        "Pyongyang declared the 1992 agreement null and void.",
    ],
)
def test_declaring_an_agreement_void_is_a_refusal_not_a_report(nlp, grader, text):
    commitment = grade(nlp, grader, text, "declared", cameo="1246")
    assert commitment is not None and commitment.kind == "refusal", commitment
    assert commitment.promisor == "PRK", commitment


def test_a_copula_less_report_still_reports(nlp, grader):
    commitment = grade(
        nlp, grader, "Kremlin says North Korea ready to consider a moratorium", "says", "010"
    )
    assert commitment is not None and commitment.promisor == "PRK", commitment


def test_at_once_is_no_condition_and_once_a_clause_is(nlp, grader):
    urgent = grade(nlp, grader, "North Korea must withdraw the measures at once.", "withdraw")
    assert urgent is not None and urgent.conditions == [], urgent
    later = grade(
        nlp, grader, "North Korea will return to talks once sanctions are lifted.", "return"
    )
    assert later is not None and later.conditions == ["once sanctions are lifted"], later


def test_a_refusal_taken_away_leaves_the_weakest_other_grade():
    from types import SimpleNamespace

    from pledgewatch.commitments.strength import strength_without_refusal

    def graded(hedged: bool, conditional: bool):
        return SimpleNamespace(hedged=hedged, conditional=conditional)

    assert strength_without_refusal(graded(True, True)) == "hedged"
    assert strength_without_refusal(graded(False, True)) == "conditional"
    assert strength_without_refusal(graded(False, False)) == "firm"
