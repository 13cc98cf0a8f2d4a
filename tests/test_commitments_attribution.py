"""Attribution: the speaker, the reporting verb, chains of reporting, first/third party,
anonymous sources, quotation versus paraphrase."""

from __future__ import annotations

import pytest

from pledgewatch.commitments import (
    CommitmentGrader,
    finding_for,
    mentions_for_names,
    parse_with_headline,
)
from pledgewatch.commitments.attribution import ReportingCues, find_attributions
from pledgewatch.events.types import DocContext

pytestmark = pytest.mark.model

NAMES = [
    ("PRK", "North Korea"),
    ("PRK", "Pyongyang"),
    ("PRKGOV", "Kim Jong Un"),
    ("RUSGOV", "Russian officials"),
    ("RUSGOV", "Kremlin"),
    ("KORMED", "Yonhap"),
    ("USAGOV", "State Department"),
    ("---GOV", "officials"),
]


@pytest.fixture(scope="module")
def grader() -> CommitmentGrader:
    return CommitmentGrader()


def grade(nlp, grader, text, trigger, ctx=None):
    doc = parse_with_headline(nlp, text)
    mentions = mentions_for_names(doc, NAMES)
    sent = next(doc.sents)
    source = next(
        (m for m in mentions if m.text in ("North Korea", "Pyongyang") and m.start < doc[0].i + 40),
        None,
    )
    finding = finding_for(sent, trigger, source=source)
    return grader.grade(finding, ctx or DocContext(doc_id="t", date=None), mentions)


def test_two_levels_of_reporting(nlp, grader):
    commitment = grade(
        nlp,
        grader,
        "Yonhap reported that Russian officials said North Korea would allow inspectors back.",
        "allow",
    )
    assert commitment is not None
    assert commitment.speaker == "RUSGOV"
    assert commitment.reporting_verb == "said"
    assert commitment.attribution == [
        "KORMED (Yonhap) reported",
        "RUSGOV (Russian officials) said",
        "PRK (North Korea) would allow",
    ]
    assert commitment.first_party is False
    assert commitment.strength == "firm"  # "would" is the reported "will"


def test_an_outsider_relaying_the_promisors_words_makes_it_third_party(nlp, grader):
    # The promisor is named as the one who promised, but the reader hears it from Russia.
    commitment = grade(
        nlp,
        grader,
        "Russian officials said North Korea had promised them it would let inspectors return.",
        "let",
    )
    assert commitment is not None
    assert commitment.promisor == "PRK"
    assert commitment.first_party is False
    assert any("RUSGOV" in level for level in commitment.attribution)


def test_speaker_of_the_promisors_own_country_is_first_party(nlp, grader):
    commitment = grade(
        nlp, grader, "Kim Jong Un said North Korea will halt its missile launches.", "halt"
    )
    assert commitment is not None
    assert commitment.speaker == "PRKGOV"
    assert commitment.first_party is True
    assert commitment.attribution[0] == "PRKGOV (Kim Jong Un) said"


def test_a_pronoun_promisor_is_the_speaker(nlp, grader):
    commitment = grade(
        nlp, grader, "Pyongyang said it will return the remains of the soldiers.", "return"
    )
    assert commitment is not None
    assert commitment.promisor == "PRK"
    assert commitment.first_party is True


def test_according_to(nlp, grader):
    commitment = grade(
        nlp,
        grader,
        "North Korea will resume the talks next week, according to the State Department.",
        "resume",
    )
    assert commitment is not None
    assert commitment.speaker == "USAGOV"
    assert commitment.reporting_verb == "according to"
    assert commitment.first_party is False


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("North Korea reportedly agreed to return the remains.", "agreed"),
        ("Officials said North Korea will allow the inspectors back.", "allow"),
        ("Sources said Pyongyang would release the fishermen.", "release"),
        ("It is understood that North Korea will freeze its enrichment.", "freeze"),
        ("North Korea is said to be ready to resume talks.", "resume"),
    ],
)
def test_anonymous_sources(nlp, grader, text, trigger):
    commitment = grade(nlp, grader, text, trigger)
    assert commitment is not None
    assert commitment.anonymous is True, commitment.why
    assert commitment.formality == "anonymous"
    assert commitment.first_party is False


def test_quotation_versus_paraphrase(nlp, grader):
    quoted = grade(
        nlp,
        grader,
        '"We will never give up our nuclear deterrent," the Pyongyang spokesman said.',
        "give",
    )
    paraphrase = grade(
        nlp, grader, "The spokesman said North Korea will never give up its deterrent.", "give"
    )
    assert quoted is not None and paraphrase is not None
    assert quoted.quotation is True
    assert paraphrase.quotation is False
    assert quoted.strength == paraphrase.strength == "refused"


def test_quoted_as_saying(nlp, grader):
    commitment = grade(
        nlp,
        grader,
        "Kim Jong Un was quoted as saying that North Korea will stop nuclear tests.",
        "stop",
    )
    assert commitment is not None
    assert commitment.speaker == "PRKGOV"
    assert commitment.first_party is True


def test_own_statement_without_speaker_is_first_party(nlp, grader):
    doc = nlp("North Korea will suspend its nuclear tests.")
    mentions = mentions_for_names(doc, NAMES)
    finding = finding_for(next(doc.sents), "suspend", source=mentions[0])
    kcna = DocContext(doc_id="t", date=None, kind="statement", publisher="KCNA")
    own = grader.grade(finding, kcna, mentions)
    assert own is not None
    assert own.first_party is True
    assert own.formality == "formal"
    us = DocContext(doc_id="t", date=None, kind="statement", publisher="State Department")
    other = grader.grade(finding, us, mentions)
    assert other is not None
    assert other.first_party is False  # the US account of a North Korean pledge
    assert other.formality == "formal"


def test_find_attributions_in_a_sentence(nlp):
    doc = nlp("The senator, a veteran negotiator, said the talks would fail.")
    found = find_attributions(next(doc.sents), ReportingCues.default())
    assert len(found) == 1
    attribution = found[0]
    assert doc[attribution.cue[0] : attribution.cue[1]].text == "said"
    assert attribution.source is not None
    assert doc[attribution.source[0] : attribution.source[1]].text == (
        "The senator, a veteran negotiator,"
    )
    assert attribution.content is not None
    assert doc[attribution.content[0] : attribution.content[1]].text == "the talks would fail"
