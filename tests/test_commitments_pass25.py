"""Grading phenomena of pass 25: nouns negated, texts as speakers, a border policed, and the
demo sample of SEED 52, each as a phenomenon written in sentences of our own:

- a "no" on the promised act's object refuses the act ("will hold no talks", "will make no
  concessions"), as "not" on its verb does; on a restraint act it is a promise of restraint
  ("will conduct no further tests"); "talks with no preconditions" refuses nothing;
- "It says ..." after a sentence that names a text and its author is that text's word, formal;
- troops sent to a border to police it ("to the U.S. border to stop the flow of drugs") are a
  promise whoever the border is named after; with a hostile aim, or with no aim at all, a threat;
- an international body speaking of its own act ("NATO said it would ...") is official;
- naval exercises and war drills are military exercises; a signed armistice is a formal text.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.fixture_audits import pledges_of as _pledges
from tests.test_commitments_grader import _graded

pytestmark = pytest.mark.model

DAY = dt.date(2024, 5, 6)


def _of(text, prefix):
    graded = _graded(text, DAY)
    return [c for c in graded if (c.promisor or "").startswith(prefix)], graded


# -- 1. a "no" on the promised act's object --------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "promisor"),
    [
        ("The North will hold no talks with Seoul, a spokesman said.", "PRK"),
        ("North Korea will provide no aid to the rebels.", "PRK"),
        (
            "Iran will make no concessions on its nuclear programme, the foreign minister said.",
            "IRN",
        ),
    ],
)
def test_a_no_on_the_object_refuses_the_act(text, promisor):
    ours, graded = _of(text, promisor)
    assert ours, graded
    for commitment in ours:
        assert commitment.kind == "refusal" and commitment.strength == "refused", commitment
        assert "'no' negates" in " ".join(commitment.why), commitment.why


def test_a_no_on_a_restraint_act_is_a_promise_of_restraint():
    ours, graded = _of("North Korea will conduct no further nuclear tests.", "PRK")
    assert ours and all(c.kind == "promise" and c.strength == "firm" for c in ours), graded
    assert any("promise of restraint" in " ".join(c.why) for c in ours), ours


@pytest.mark.parametrize(
    ("text", "promisor"),
    [
        # the "no" sits on a preposition's object: the talks are promised
        ("Japan will hold talks with no preconditions.", "JPN"),
        ("The North will hold talks with Seoul, a spokesman said.", "PRK"),
    ],
)
def test_a_no_elsewhere_refuses_nothing(text, promisor):
    ours, graded = _of(text, promisor)
    assert ours and all(c.kind == "promise" and c.strength == "firm" for c in ours), graded


# -- 2. a text as the speaker ------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The State Department released a statement on Wednesday. It says North Korea will "
        "allow IAEA inspectors to return.",
        "The firm and broad State Department text says the DPRK agreed to a moratorium. It "
        "says North Korea will allow IAEA inspectors to return.",
    ],
)
def test_it_after_a_text_and_its_author_is_the_texts_formal_word(text):
    ours, graded = _of(text, "PRK")
    allowing = [c for c in ours if c.topic == "iaea_inspections"]
    assert allowing, graded
    for commitment in allowing:
        assert commitment.formality == "formal" and commitment.speaker == "USAGOV", commitment


@pytest.mark.parametrize(
    "text",
    [
        # a text with no author named, a sentence before that names no text
        "The statement was released on Wednesday. It says North Korea will allow IAEA "
        "inspectors to return.",
        "The talks ended on Wednesday. It says North Korea will allow inspectors to return.",
    ],
)
def test_it_after_no_authored_text_stays_reported(text):
    ours, graded = _of(text, "PRK")
    assert ours and all(c.formality == "reported" for c in ours), graded


# -- 3. a border policed -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Mexico will deploy 10,000 troops to the U.S. border to stop the flow of drugs, "
        "President Claudia Sheinbaum said.",
        "Mexico will send 10,000 soldiers to the border with the United States to curb "
        "migration, President Claudia Sheinbaum said.",
    ],
)
def test_troops_sent_to_police_a_border_are_a_promise(text):
    ours, graded = _of(text, "MEX")
    pledges = _pledges(ours)
    assert pledges and all(c.kind == "promise" and c.strength == "firm" for c in pledges), graded
    assert all(c.promisee == "USA" and c.first_party for c in pledges), pledges
    assert any("own ground" in " ".join(c.why) for c in pledges), pledges


@pytest.mark.parametrize(
    "text",
    [
        # a hostile aim beside the policing one; no aim at all (nothing tells it from a
        # massing of troops)
        "Russia will deploy troops to the border with Ukraine to stop smuggling and deter "
        "Kyiv, President Vladimir Putin said.",
        "Russia will deploy 10,000 troops to the border with Ukraine, President Vladimir Putin "
        "said.",
        "Mexico to deploy 10,000 troops to U.S. border, Sheinbaum says",
    ],
)
def test_troops_sent_to_a_border_without_a_policing_aim_stay_a_threat(text):
    graded = _graded(text, DAY)
    assert graded and not _pledges(graded), graded
    assert any("threat: a hostile act to come" in " ".join(c.why) for c in graded), graded


# -- 4. an international body speaking for itself ----------------------------------------------


def test_an_international_body_speaking_of_its_own_act_is_official():
    ours, graded = _of("NATO said it would soon end its air campaign.", "IGOWSTNAT")
    pledges = _pledges(ours)
    assert pledges and all(c.formality == "official" for c in pledges), graded
    assert any("the promisor itself speaking" in " ".join(c.why) for c in pledges), pledges


# -- 5. naval exercises and war drills ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "promisor"),
    [
        # an exercise announced is a show of force (a statement), its topic the exercise
        (
            "Gates said the allies will hold a large naval exercise in the seas off the peninsula.",
            "USA",
        ),
        ("North Korea demanded that the South halt its war drills.", "PRK"),
        ("Japan will hold naval drills with India next month.", "JPN"),
    ],
)
def test_naval_exercises_and_war_drills_are_military_exercises(text, promisor):
    ours, graded = _of(text, promisor)
    assert ours and all(c.topic == "military_exercises" for c in ours), graded


# -- 6. a signed armistice -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "formality"),
    [
        ("The armistice was signed in 1953 by the U.N. Command, North Korea and China.", "formal"),
        # the armistice named, no signing: the reporter's account
        ("North Korea declared the armistice void.", "reported"),
    ],
)
def test_a_signed_armistice_is_a_formal_text(text, formality):
    ours, graded = _of(text, "PRK")
    assert ours and all(c.formality == formality for c in ours), graded


# The stop's second review: the emphatic "no" is a verb with its object, not a verb alone.


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("China will spare no effort to reunify with Taiwan, the ministry said.", "promise"),
        ("Seoul will take no chances with the North's missiles, the minister said.", "promise"),
        ("The United States will leave no troops in Iraq after December, Obama said.", "refusal"),
        ("Seoul will waste no money on the North's projects, the minister said.", "refusal"),
    ],
)
def test_an_emphatic_no_is_a_verb_with_its_object(text: str, kind: str) -> None:
    from tests.test_commitments_grader import _graded

    graded = [c for c in _graded(text) if c.kind in ("promise", "refusal")]
    assert graded and graded[0].kind == kind, graded
