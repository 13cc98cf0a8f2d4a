"""The grader's speakers: the reporting chain the commitment grader walks, with the rules
alone and with the learned cue detector consulted where the rules find no report level.

Sentences are written for these tests (none come from an evaluation set).
"""

from __future__ import annotations

import pytest

from pledgewatch.commitments import (
    CommitmentGrader,
    finding_for,
    mentions_for_names,
    parse_with_headline,
)
from pledgewatch.commitments.attribution import reporting_chain
from pledgewatch.commitments.cue_detector import CueDetector
from pledgewatch.commitments.grader import USE_CUE_MODEL
from pledgewatch.events.types import DocContext

pytestmark = pytest.mark.model

NAMES = [
    ("PRK", "North Korea"),
    ("PRK", "Pyongyang"),
    ("PRKGOV", "North Korean diplomat"),
    ("USALEG", "senator"),
    ("USAGOV", "President Barack Obama"),
    ("KORMED", "state news agency"),
    ("RUSGOV", "foreign ministry"),
]


@pytest.fixture(scope="module")
def with_model() -> CommitmentGrader:
    return CommitmentGrader(cue_model=True)


@pytest.fixture(scope="module")
def rules_only() -> CommitmentGrader:
    return CommitmentGrader(cue_model=False)


def token(nlp, text: str, word: str):
    doc = nlp(text)
    return next(t for t in doc if t.text == word)


def chain(grader: CommitmentGrader, tok) -> list[str]:
    return [level.describe() for level in grader.attribution_of(tok).levels]


def grade(nlp, grader: CommitmentGrader, text: str, trigger: str):
    doc = parse_with_headline(nlp, text)
    mentions = mentions_for_names(doc, NAMES)
    sent = next(doc.sents)
    source = next((m for m in mentions if m.text in ("North Korea", "Pyongyang")), None)
    finding = finding_for(sent, trigger, source=source)
    return grader.grade(finding, DocContext(doc_id="t", date=None), mentions)


def test_the_switch_loads_the_detector_only_when_asked(with_model, rules_only):
    assert isinstance(with_model.cue_detector, CueDetector)
    assert rules_only.cue_detector is None
    assert CommitmentGrader().cue_detector is not None if USE_CUE_MODEL else True


@pytest.mark.parametrize("verb", ["lamented", "quipped", "surmised", "bragged", "griped"])
def test_the_detector_gives_a_speaker_to_a_cue_the_lexicon_lacks(nlp, with_model, rules_only, verb):
    tok = token(nlp, f"The senator {verb} that the regime would never give up its weapons.", "give")
    assert chain(rules_only, tok) == []  # not a reporting verb of the lexicon
    assert chain(with_model, tok) == [f"senator {verb}"]
    speaker = with_model.attribution_of(tok).speaker
    assert speaker is not None and speaker.speaker_token.text == "senator"


def test_a_new_cue_makes_a_promise_third_party(nlp, with_model, rules_only):
    text = "The senator bragged that North Korea would allow the inspectors back."
    before = grade(nlp, rules_only, text, "allow")
    after = grade(nlp, with_model, text, "allow")
    assert before is not None and after is not None
    assert before.speaker is None and before.first_party is False
    assert after.speaker == "USALEG" and after.first_party is False
    assert after.attribution[0] == "USALEG (senator) bragged"


def test_the_promisors_own_voice_found_by_the_detector_is_first_party(nlp, with_model):
    text = "A North Korean diplomat boasted that Pyongyang would halt its missile launches."
    commitment = grade(nlp, with_model, text, "halt")
    assert commitment is not None
    assert commitment.promisor == "PRK"
    assert commitment.speaker == "PRKGOV"
    assert commitment.first_party is True


def test_the_detector_is_not_run_where_the_rules_found_a_level(nlp, with_model, monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError("the detector ran although the rules found a level")

    monkeypatch.setattr(CueDetector, "governing_cue", refuse)
    tok = token(nlp, "The senator said that the regime would give up its weapons.", "give")
    assert chain(with_model, tok) == ["senator said"]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # "press" is no report of what follows "because", nor "announce" of what an
        # if-, after- or once-clause says
        (
            "Tokyo should also press its neighbour, because Moscow's silence emboldens the regime.",
            "emboldens",
        ),
        ("If the North wants credit, it should announce a moratorium in its own name.", "wants"),
        ("The envoy will announce the aid after the North stops its tests.", "stops"),
        ("Seoul would declare victory once the North freezes its enrichment.", "freezes"),
    ],
)
def test_an_adverbial_clause_is_not_reported_by_the_verb_above(nlp, with_model, text, word):
    assert chain(with_model, token(nlp, text, word)) == []


def test_a_clause_without_any_report_stays_without_a_speaker(nlp, with_model):
    tok = token(nlp, "North Korea will allow the inspectors to return next month.", "allow")
    assert with_model.attribution_of(tok).levels == []


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        # a reporting as-clause on the promise's clause
        (
            "As the state news agency reported, North Korea will allow inspectors to return.",
            "allow",
            ["state news agency reported"],
        ),
        # a subjectless reporting verb takes the subject of the clause it hangs on
        (
            "The foreign ministry issued a statement saying Pyongyang would freeze enrichment.",
            "freeze",
            ["foreign ministry saying"],
        ),
        (
            "President Barack Obama visited Seoul and warned that a launch would deepen isolation.",
            "deepen",
            ["President Barack Obama warned"],
        ),
        (
            "The envoy ended the meeting by saying that the North would return to the talks.",
            "return",
            ["envoy saying"],
        ),
        # the second of two conjoined promises is reported by the same tag as the first
        (
            "Pyongyang will halt its launches and will admit the inspectors, the senator said.",
            "admit",
            ["senator said"],
        ),
        (
            "The senator said North Korea would resume the talks and free two detainees.",
            "free",
            ["senator said"],
        ),
        # a conjoined report is no report of the first clause's reporter
        (
            "The senator said little, and President Barack Obama pledged new aid.",
            "pledged",
            [],
        ),
    ],
)
def test_rule_chain_speakers(nlp, rules_only, text, word, expected):
    assert chain(rules_only, token(nlp, text, word)) == expected


def test_an_obligation_in_an_infinitive_is_no_report_by_its_subject(nlp, rules_only):
    # "it will have to guarantee that ...": North Korea is obliged, not reporting
    tok = token(nlp, "The North will have to guarantee that the park is safe.", "is")
    speakers = [lvl.speaker_token for lvl in rules_only.attribution_of(tok).levels]
    assert all(s is None for s in speakers)


def test_an_as_clause_of_time_is_no_report(nlp, rules_only):
    tok = token(nlp, "The talks stalled as Seoul said that aid would wait.", "stalled")
    assert chain(rules_only, tok) == []


def test_reporting_chain_takes_the_detector_as_an_option(nlp):
    from pledgewatch.commitments.reporting_cues import ReportingCues

    cues = ReportingCues.default()
    tok = token(nlp, "The senator quipped that the regime would never give up its weapons.", "give")
    head = CommitmentGrader(cue_model=False).clause_of(tok).head
    assert reporting_chain(head, (), cues) == []
    levels = reporting_chain(head, (), cues, detector=CueDetector.load())
    assert [lvl.verb for lvl in levels] == ["quipped"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the parser made the quotation's tag a sentence of its own
        (
            '"We will allow the inspectors back. Nobody can stop that!" he told reporters.',
            ["he told"],
        ),
        ('"We will allow the inspectors back." The envoy left.', []),  # no speech verb
        ("We will allow the inspectors back. He told reporters.", []),  # no quotation
        ('"We will allow the inspectors back." he told reporters that it was true.', []),
    ],
)
def test_a_quotation_tag_in_the_next_sentence(nlp, rules_only, text, expected):
    assert chain(rules_only, token(nlp, text, "allow")) == expected


# -- clause boundaries: a finite content clause of a noun or preposition is its own clause --


@pytest.mark.parametrize(
    ("text", "word", "head"),
    [
        # a finite clause with its own subject, the content of a noun or a preposition
        ("Kim voiced confidence that the talks would resume soon.", "resume", "resume"),
        ("Officials were unsure about whether they would change the plan.", "change", "change"),
        ("The envoy had no doubt that the North would keep its word.", "keep", "keep"),
        # infinitives and participles have no subject or tense of their own: one clause
        ("Seoul agreed to allow inspectors into the site.", "allow", "agreed"),
        ("North Korea will be ready to resolve the issue.", "resolve", "be"),
        ("The ministry unveiled a plan to build new reactors.", "build", "unveiled"),
        ("Congress passed a bill designed to curb the sanctions.", "curb", "passed"),
    ],
)
def test_a_finite_content_clause_is_a_clause_of_its_own(nlp, with_model, text, word, head):
    clause = with_model.clause_of(token(nlp, text, word))
    assert clause.head.text == head
    assert clause.content_clause is (head == word)


@pytest.mark.parametrize(
    ("text", "word", "speaker", "level"),
    [
        (
            "The senator voiced confidence that North Korea would return to the talks.",
            "return",
            "USALEG",
            "USALEG (senator) voiced",
        ),
        (
            "The foreign ministry expressed hope that Pyongyang would freeze its enrichment.",
            "freeze",
            "RUSGOV",
            "RUSGOV (foreign ministry) expressed",
        ),
    ],
)
def test_the_verb_above_a_noun_content_clause_is_its_report(
    nlp, with_model, text, word, speaker, level
):
    commitment = grade(nlp, with_model, text, word)
    assert commitment is not None
    assert commitment.promisor == "PRK"  # the content clause's own subject
    assert commitment.speaker == speaker
    assert commitment.first_party is False
    assert commitment.attribution[0] == level
    # a hope or a confidence voiced in the past is no back-shifted "will": still hedged
    assert commitment.strength == "hedged"


def test_the_promisors_own_confidence_is_first_party(nlp, with_model):
    text = "A North Korean diplomat voiced confidence that Pyongyang would halt its launches."
    commitment = grade(nlp, with_model, text, "halt")
    assert commitment is not None
    assert (commitment.promisor, commitment.speaker) == ("PRK", "PRKGOV")
    assert commitment.first_party is True


@pytest.mark.parametrize(
    ("text", "word", "strength", "chain_words"),
    [
        # the promise verb and its infinitive stay one commitment clause with their cues
        ("North Korea agreed to allow the inspectors back.", "allow", "firm", ["allow", "agreed"]),
        (
            "North Korea will be ready to resolve the question of the inspections.",
            "resolve",
            "hedged",
            ["resolve", "ready", "be"],
        ),
        # a reporting verb's that-clause is still back-shifted reported speech
        (
            "The senator said in a statement that North Korea would halt its tests.",
            "halt",
            "firm",
            ["halt"],
        ),
        ("The senator said that North Korea would return to the talks.", "return", "firm", None),
    ],
)
def test_promise_clauses_keep_their_strength_cues(
    nlp, with_model, text, word, strength, chain_words
):
    commitment = grade(nlp, with_model, text, word)
    assert commitment is not None and commitment.strength == strength
    if chain_words is not None:
        clause = with_model.clause_of(token(nlp, text, word))
        assert [t.text for t in clause.chain] == chain_words
