"""Formality: formal statements, official remarks, reported accounts, anonymous sources."""

from __future__ import annotations

import pytest

from pledgewatch.commitments import CommitmentGrader, finding_for, mentions_for_names
from pledgewatch.commitments.formality import FormalityCues, country_of
from pledgewatch.events.types import DocContext

NAMES = [
    ("PRK", "North Korea"),
    ("PRKGOV", "Foreign Ministry"),
    ("PRKMED", "KCNA"),
    ("USAGOV", "Bill Richardson"),
    ("KORMED", "Yonhap"),
    ("CHNGOV", "Chinese envoy"),
]
NEWS = DocContext(doc_id="t", date=None, kind="news", publisher="Reuters")


@pytest.fixture(scope="module")
def grader() -> CommitmentGrader:
    return CommitmentGrader()


def grade(nlp, grader, text, trigger, ctx=NEWS):
    doc = nlp(text)
    mentions = mentions_for_names(doc, NAMES)
    source = next((m for m in mentions if m.code == "PRK"), None)
    return grader.grade(finding_for(next(doc.sents), trigger, source=source), ctx, mentions)


CASES = [
    # formal: a statement, a state news agency, a joint statement, an agreement text
    (
        "The Foreign Ministry said in a statement that North Korea will halt the tests.",
        "halt",
        "formal",
    ),
    ("KCNA said North Korea will allow the inspectors to return.", "allow", "formal"),
    # a state's news agency described rather than named is formal too
    (
        "North Korea's state news agency said North Korea will allow the inspectors to return.",
        "allow",
        "formal",
    ),
    (
        "The joint statement said North Korea will abandon its nuclear programs.",
        "abandon",
        "formal",
    ),
    ("Under the agreement, North Korea will shut down the reactor.", "shut", "formal"),
    # official: a spokesman, a press conference
    (
        "A Foreign Ministry spokesman told reporters North Korea will resume talks.",
        "resume",
        "official",
    ),
    (
        "The Chinese envoy told a press conference that North Korea will return to talks.",
        "return",
        "official",
    ),
    # an official's remarks to reporters after talks or a meeting are still official
    (
        '"North Korea will resume the dialogue," a Foreign Ministry spokesman told reporters '
        "after the talks.",
        "resume",
        "official",
    ),
    (
        "North Korea will resume the dialogue, the Chinese envoy said after meeting the minister.",
        "resume",
        "official",
    ),
    # reported: an interview, a visitor's account, a news agency report
    (
        "In an interview, Bill Richardson said North Korea will free the two journalists.",
        "free",
        "reported",
    ),
    (
        "Bill Richardson, who visited Pyongyang, said North Korea will free the journalists.",
        "free",
        "reported",
    ),
    # a promise relayed by a visitor is as formal as the visitor's account, not the promisor's
    (
        "In an interview, Bill Richardson said North Korea had promised him it would free them.",
        "free",
        "reported",
    ),
    ("Yonhap reported that North Korea will send a delegation.", "send", "reported"),
    ("North Korea will send a delegation to the games.", "send", "reported"),
    # anonymous
    ("Officials said North Korea will send a delegation.", "send", "anonymous"),
    ("North Korea will reportedly send a delegation.", "send", "anonymous"),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "trigger", "formality"), CASES)
def test_formality(nlp, grader, text, trigger, formality):
    commitment = grade(nlp, grader, text, trigger)
    assert commitment is not None
    assert commitment.formality == formality, commitment.why


@pytest.mark.model
def test_a_statement_document_is_formal(nlp, grader):
    statement = DocContext(doc_id="t", date=None, kind="statement", title="KCNA statement")
    commitment = grade(nlp, grader, "North Korea will observe the armistice.", "observe", statement)
    assert commitment is not None
    assert commitment.formality == "formal"
    assert commitment.first_party is True  # the title names KCNA, a North Korean agency


@pytest.mark.model
@pytest.mark.parametrize(
    ("publisher", "first_party"),
    [
        ("Korean Central News Agency", True),  # a state agency speaks for its state
        ("Rodong Sinmun", True),
        ("NK News Daily", False),  # no known publisher
    ],
)
def test_only_a_states_own_publisher_makes_its_report_first_party(
    nlp, grader, publisher, first_party
):
    ctx = DocContext(doc_id="t", date=None, kind="news", publisher=publisher)
    commitment = grade(nlp, grader, "North Korea will observe the armistice.", "observe", ctx)
    assert commitment is not None and commitment.first_party is first_party, commitment.why


@pytest.mark.model
def test_a_newspaper_of_the_promisors_country_is_no_voice_of_its_state(nlp, grader):
    """Yonhap reporting "Park has promised ..." is a report, not Seoul's own statement."""
    ctx = DocContext(doc_id="t", date=None, kind="news", publisher="Yonhap News Agency")
    doc = nlp("South Korea will observe the armistice.")
    mentions = mentions_for_names(doc, [("KOR", "South Korea")])
    finding = finding_for(next(doc.sents), "observe", source=mentions[0])
    commitment = grader.grade(finding, ctx, mentions)
    assert commitment is not None and commitment.first_party is False, commitment.why


def test_publishers_and_countries_come_from_the_data_file():
    cues = FormalityCues.default()
    kcna = cues.publisher_in("Korean Central News Agency (KCNA)")
    assert kcna is not None and kcna.country == "PRK" and kcna.kind == "state_agency"
    assert cues.publisher_in("a blog") is None
    assert country_of("RUSGOV") == "RUS"
    assert country_of("---GOV") is None


def test_a_replacement_formality_file(tmp_path, nlp):
    custom = tmp_path / "formality.yaml"
    custom.write_text(
        "formal_doc_kinds: [communique]\n"
        "publishers:\n  - names: [Ruritanian News]\n    country: RUR\n    kind: state_agency\n",
        encoding="utf-8",
    )
    cues = FormalityCues.load(custom)
    found = cues.publisher_in("ruritanian news")
    assert found is not None and found.country == "RUR"
    assert "communique" in cues.formal_doc_kinds
