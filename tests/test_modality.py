"""Modality of events: asserted, reported, future, hypothetical, recommended, negated."""

from __future__ import annotations

from pathlib import Path

import pytest

from pledgewatch.errors import ConfigError
from pledgewatch.events.modality import PRECEDENCE, ModalityCues, ModalityReader
from pledgewatch.model import FACTUAL_MODALITIES, Event


@pytest.fixture(scope="module")
def reader() -> ModalityReader:
    return ModalityReader()


def _token(doc, word: str):
    return next(t for t in doc if t.text == word)


@pytest.mark.model
@pytest.mark.parametrize(
    ("sentence", "trigger", "modality"),
    [
        ("North Korea fired artillery at the island.", "fired", "asserted"),
        ("Seoul said Pyongyang fired artillery at the island.", "fired", "reported"),
        ("Pyongyang reportedly fired artillery at the island.", "fired", "reported"),
        ("According to Seoul, Pyongyang fired artillery at the island.", "fired", "reported"),
        ("North Korea will allow inspectors to return.", "allow", "future"),
        ("North Korea plans to launch a satellite next month.", "launch", "future"),
        ("North Korea is to hold talks with Japan.", "hold", "future"),
        ("If North Korea fires a missile, Japan would respond.", "fires", "hypothetical"),
        ("Japan would respond to any missile launch.", "respond", "hypothetical"),
        ("North Korea may resume talks.", "resume", "hypothetical"),
        ("Washington should demand the release of the fishermen.", "demand", "recommended"),
        ("Seoul must protest the seizure.", "protest", "recommended"),
        ("Pyongyang never made such a pledge.", "made", "negated"),
        ("North Korea did not fire the torpedo.", "fire", "negated"),
        ("Seoul said Pyongyang did not fire the torpedo.", "fire", "negated"),
        ("Pyongyang denied that it fired the torpedo.", "fired", "negated"),
        ("North Korea failed to reach an agreement.", "reach", "negated"),
        # an adjective predicate takes its modality from its copula
        ("North Korea is not ready to resume the talks.", "ready", "negated"),
        ("If Pyongyang is willing to talk, Seoul will respond.", "willing", "hypothetical"),
        ("Pyongyang would be prepared to freeze enrichment.", "prepared", "hypothetical"),
        ("Pyongyang will be ready to resume the talks.", "ready", "future"),
        ("Pyongyang is ready to resume the talks.", "ready", "asserted"),
        # a noun's modifier in the past keeps its own past: the main clause's future or
        # negation does not reach it, a report does
        ("Seoul will honour the sailors killed in the sinking.", "killed", "asserted"),
        ("Obama will not meet families of soldiers who were killed there.", "killed", "asserted"),
        ("Seoul will not reopen the office that was closed in May.", "closed", "asserted"),
        # ... and so does one in the present, except in an if-clause, whose present is its own
        ("A launch would violate resolutions that ban the North from tests.", "ban", "asserted"),
        (
            "If the North fires a missile that crosses Japan, Tokyo will respond.",
            "crosses",
            "hypothetical",
        ),
        ("Officials said the soldiers killed in the attack were buried.", "killed", "reported"),
        (
            "The council will debate sanctions that would be imposed on Iran.",
            "imposed",
            "hypothetical",
        ),
        # the negation of a main clause does not reach its adverbial clause: a condition stays
        # hypothetical, a cause or a time clause happened
        ("The aid cannot go forward if Pyongyang launches its rocket.", "launches", "hypothetical"),
        (
            "Japan did not attend the talks because China had seized its boats.",
            "seized",
            "asserted",
        ),
        ("Kyiv did not respond after Moscow shelled the port.", "shelled", "asserted"),
        # ... but it does reach an infinitive under it
        ("We are not in a position to discuss the talks.", "discuss", "negated"),
        # ... and inside a condition its own negation is part of the hypothesis
        (
            "The aid will go forward if Pyongyang does not launch its rocket.",
            "launch",
            "hypothetical",
        ),
        # a gerund after a preposition of reason is a given: neither the main clause's
        # negation nor its modal or future reaches it
        (
            "Canberra would not reward Jakarta for expelling its diplomats.",
            "expelling",
            "asserted",
        ),
        ("The rebels will be punished for attacking the convoy.", "attacking", "asserted"),
        ("Israel did not halt its offensive despite Hamas firing rockets.", "firing", "asserted"),
        ("Turkey has not attacked the Kurds since signing the ceasefire.", "signing", "asserted"),
        # ... and so is an event noun after one ("because of", "over", "despite", "after")
        ("Seoul will not resume aid because of the North's shelling.", "shelling", "asserted"),
        ("Tokyo did not protest over China's seizure of the boat.", "seizure", "asserted"),
        # a time adjunct escapes the negation only: what comes after a future act is future
        ("The minister did not speak after meeting the Chinese envoy.", "meeting", "asserted"),
        ("The envoy will visit Seoul after meeting Chinese officials.", "meeting", "future"),
        # the gerund's own negation still counts, and an infinitive stays under the clause's
        ("Kabul was criticised for not protecting the convoy.", "protecting", "negated"),
        ("Seoul did not agree to resume the talks.", "resume", "negated"),
        # a reporting verb with a clause of its own is the content of the saying, no
        # parenthetical report of it: the saying is asserted
        ("The envoy said the vote showed that the sanctions work.", "said", "asserted"),
        (
            "Officials said they had told Tehran that a test would end the talks.",
            "said",
            "asserted",
        ),
        # a parenthetical report still makes its clause reported
        ("Rebels shelled the airport, officials told reporters.", "shelled", "reported"),
        # ... but a reporting verb in the statement's own content clause is none ("respond",
        # "reply" with a modal or "that"): the saying is asserted
        ("Japan said it would respond firmly to any provocation.", "said", "asserted"),
        ("The ministry said that it would reply to the letter soon.", "said", "asserted"),
        ('"We will defend our waters," the admiral said.', "defend", "future"),
        ("Troops crossed the border on Monday, the ministry confirmed.", "crossed", "reported"),
    ],
)
def test_modality_of_trigger(
    nlp, reader: ModalityReader, sentence: str, trigger: str, modality: str
) -> None:
    doc = nlp(sentence)
    reading = reader.read(_token(doc, trigger))
    assert reading.modality == modality, (sentence, reading)
    if modality != "asserted":
        assert reading.cue  # the deciding word is kept for the event's "why"


@pytest.mark.model
def test_negation_does_not_cross_coordination(nlp, reader: ModalityReader) -> None:
    doc = nlp("North Korea did not seize the assets but expelled the workers.")
    assert reader.read(_token(doc, "seize")).modality == "negated"
    assert reader.read(_token(doc, "expelled")).modality == "asserted"


@pytest.mark.model
def test_future_spreads_to_coordinated_verbs(nlp, reader: ModalityReader) -> None:
    doc = nlp("North Korea will close the complex and expel the workers.")
    assert reader.read(_token(doc, "expel")).modality == "future"


@pytest.mark.model
def test_framed_content_is_at_least_reported(nlp, reader: ModalityReader) -> None:
    doc = nlp("Pyongyang fired artillery.")
    assert reader.read(_token(doc, "fired"), framed=True).modality == "reported"


def test_precedence_order() -> None:
    order = sorted(PRECEDENCE, key=PRECEDENCE.get)
    assert order == ["asserted", "reported", "future", "recommended", "hypothetical", "negated"]


@pytest.mark.parametrize(
    ("modality", "happened"),
    [("asserted", True), ("reported", True), ("future", False), ("hypothetical", False),
     ("recommended", False), ("negated", False)],
)  # fmt: skip
def test_only_asserted_and_reported_happened(modality: str, happened: bool) -> None:
    event = Event(id="d:0:0", doc_id="d", sentence_id="d:0", date=None, date_precision="unknown",
                  source="PRK", target=None, cameo="190", modality=modality)  # fmt: skip
    assert event.happened is happened
    assert (modality in FACTUAL_MODALITIES) is happened


def test_cue_lists_are_data() -> None:
    cues = ModalityCues.load()
    assert "will" in cues.future_aux and "would" in cues.hypothetical_aux
    assert "should" in cues.recommended_aux and "never" in cues.negation_words
    assert "say" in cues.reporting_verbs and "if" in cues.hypothetical_marks


def test_broken_cue_file_is_a_config_error(tmp_path: Path) -> None:
    bad = tmp_path / "cues.yaml"
    bad.write_text("future_aux: [will]\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="cues.yaml"):
        ModalityCues.load(bad)
