"""The other party of a joint act asked for, offered or refused, and a meeting's purpose, from
grader30's demo audits (seeds 57 and 58), in sentences of our own:

- "Egypt had requested the meeting" after "The Arab League met": the meeting's other party;
- "Iran wants a new treaty", "the Cuban side begged for summit talks", "is open to dialogue":
  the state the story names most, other than the asker's;
- "will meet the Greek side again to discuss the islands": the meeting's object is the
  promisee and "to discuss" is the meeting's purpose, no hedge;
- "We cannot accept this offer": the offer the story told before, with its maker.
"""

from __future__ import annotations

import datetime as dt

import pytest

pytestmark = pytest.mark.model

DAY = dt.date(2024, 5, 6)


def _graded(text: str):
    from pledgewatch.coding import context_for_text, shared_coder

    _sentences, events, _flags = shared_coder().code_text(text, context_for_text(DAY))
    return [e for e in events if e.commitment is not None]


def _of(text: str, words: str, kinds=("demand", "offer", "promise", "refusal")):
    return [
        e.commitment
        for e in _graded(text)
        if words in (e.evidence or "") and e.commitment.kind in kinds
    ]


@pytest.mark.parametrize(
    ("text", "words", "promisee"),
    [
        (
            "The Arab League met in emergency session on Friday but adopted no statement. "
            "Egypt had requested the meeting.",
            "Egypt had requested",
            "IGOMEAARL",
        ),
        (
            "Colombian and Venezuelan officials held talks in Bogota on the border. Venezuela "
            "wants a new treaty and an end to the border closures. Colombia wants Venezuela to "
            "stop the raids. Colombia said the raids must end.",
            "Venezuela wants a new treaty",
            "COL",
        ),
        (
            "Cuba said on Monday that officials of the United States had met its officials "
            "secretly. According to the Cuban government, the American side begged for "
            "summit talks. The United States denied it.",
            "begged for summit talks",
            "CUB",
        ),
        (
            "Ethiopia warned Eritrea against new border raids. Eritrea denied the raids. The "
            "Kenyan envoy, who is visiting Nairobi, said Ethiopia was still open to dialogue.",
            "open to dialogue",
            "ERI",
        ),
    ],
)
def test_a_joint_act_asked_for_binds_its_other_party(text, words, promisee):
    graded = _of(text, words)
    assert graded and all((c.promisee or "").startswith(promisee) for c in graded), [
        (c.kind, c.promisor, c.promisee, c.why[-2:]) for c in graded
    ]


def test_a_meeting_again_to_discuss_is_with_its_object_and_unhedged():
    # since grader41 the purpose's twin ("to discuss") is folded into the meeting's row: one
    # sentence, one commitment
    graded = _of("Turkey will meet the Greek side again to discuss the islands.", "Turkey")
    assert len(graded) == 1 and all(
        c.promisee == "GRC" and c.strength == "firm" and not c.hedges for c in graded
    ), [(c.promisee, c.strength, c.hedges) for c in graded]


def test_ready_to_discuss_stays_hedged():
    # a stance on discussing, no meeting promised: the discussion verb still hedges
    graded = _of("Turkey said it is ready to discuss the islands with Greece.", "discuss")
    assert graded and all(c.hedged for c in graded), [(c.strength, c.hedges) for c in graded]


def test_many_party_talks_have_no_one_other_party():
    graded = _of(
        "Japan urged Russia to return to the islands talks. Russia wants the six-party "
        "talks to resume.",
        "six-party",
    )
    assert all(c.promisee in (None, "RUS") for c in graded), [(c.kind, c.promisee) for c in graded]


def test_this_offer_is_the_offer_told_before():
    graded = _of(
        "Venezuela rejected Colombia's offer of mediation on Tuesday. \"We cannot accept "
        'this offer," a Venezuelan minister said.',
        "cannot accept",
        kinds=("refusal",),
    )
    assert graded and all(c.promisee == "COL" for c in graded), [
        (c.promisor, c.promisee) for c in graded
    ]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # a known process ("the talks") binds no one other party, though a meeting was told
        (
            "Iranian and British diplomats met in Oslo on Monday. Iran said it would return to "
            "the talks in the autumn.",
            "would return",
        ),
        # the joint act is what the results are of, not what is promised
        (
            "Chile and Peru held a summit in Lima. Argentina said it would study the results "
            "of the summit.",
            "Argentina said",
        ),
    ],
)
def test_no_meeting_party_for_a_known_process_or_a_part(text: str, words: str) -> None:
    graded = [
        e.commitment
        for e in _graded(text)
        if words in (e.evidence or "") and e.commitment.kind in ("promise", "offer")
    ]
    assert graded, text
    assert all(c.promisee is None for c in graded), graded
