"""The event coder end to end: sentences in, CAMEO events with actors, modality and why out.

Most tests use a tiny fake actor matcher so that they test the event coder, not the actor
dictionary; one test runs the real :class:`pledgewatch.actors.ActorMatcher`.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from pathlib import Path

import pytest

from pledgewatch.events import CodedText, DocContext, EventCoder
from pledgewatch.model import ActorMention

DATE = dt.date(2011, 8, 22)
PHRASES = {
    "north korea": "PRK",
    "north korean": "PRK",
    "pyongyang": "PRKGOV",
    "south korea": "KOR",
    "south korean": "KOR",
    "seoul": "KORGOV",
    "japan": "JPN",
    "washington": "USAGOV",
    "the united states": "USA",
    "china": "CHN",
    "iran": "IRN",
    "the iaea": "IGOUNOIAE",
    "iaea": "IGOUNOIAE",
    "it": "PRK",  # the fake resolves every "it" to North Korea
}


class FakeMatcher:
    """Longest-match phrase lookup with the ActorMatcher interface the coder uses."""

    def __init__(self, phrases: dict[str, str] = PHRASES) -> None:
        self.phrases = {tuple(k.split()): v for k, v in phrases.items()}
        self.trigger_words = frozenset(k[0] for k in self.phrases)
        # pronouns it never resolves: they only let a sentence through the pre-filter
        self.anaphor_words = frozenset({"it", "they", "he", "she", "we"})
        self.longest = max(len(k) for k in self.phrases)

    def find_in_doc(self, doc, date, headline_end=0, place=None):
        found, i = [], 0
        while i < len(doc):
            for n in range(self.longest, 0, -1):
                key = tuple(t.lower_ for t in doc[i : i + n])
                if len(key) == n and key in self.phrases:
                    found.append(
                        ActorMention(self.phrases[key], doc[i : i + n].text, i, i + n, "fake")
                    )
                    i += n
                    break
            else:
                i += 1
        return found

    find = find_in_doc


@pytest.fixture(scope="module")
def coder(nlp) -> EventCoder:
    return EventCoder(nlp=nlp, matcher=FakeMatcher())


def code(coder: EventCoder, text: str, doc_id: str = "d1") -> CodedText:
    return coder.code_text(text, DocContext(doc_id=doc_id, date=DATE))


def triples(coded: CodedText, role: str | None = "main") -> set[tuple]:
    return {
        (f.event.cameo, f.event.source, f.event.target, f.event.modality)
        for f in coded.findings
        if role is None or f.role == role
    }


@pytest.mark.model
def test_kumgang_seizure_with_the_real_actor_matcher(nlp) -> None:
    coder = EventCoder(nlp=nlp)
    text = "North Korea seized South Korean assets at Mount Kumgang on Monday."
    coded = code(coder, text)
    assert len(coded.findings) == 1
    event = coded.findings[0].event
    assert (event.source, event.target) == ("PRK", "KOR")
    assert event.cameo.startswith("17") and event.quad == 4 and event.penta == 4
    assert event.plover == "COERCE" and event.goldstein == -9.2
    assert event.modality == "asserted" and event.happened
    assert "pattern seize.v+asset→1711" in event.why and "'South Korean'→KOR" in event.why
    assert event.date == DATE and event.date_precision == "day"  # "on Monday" of 2011-08-22
    assert text[event.evidence_start : event.evidence_end] == event.evidence
    assert event.evidence.startswith("North Korea seized")


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # verbs, objects, prepositions
        ("North Korea seized South Korean assets.", {("1711", "PRK", "KOR", "asserted")}),
        ("Pyongyang fired artillery at South Korea.", {("194", "PRKGOV", "KOR", "asserted")}),
        ("Washington imposed sanctions on Iran.", {("163", "USAGOV", "IRN", "asserted")}),
        ("China provided food aid to North Korea.", {("073", "CHN", "PRK", "asserted")}),
        # passive voice: the "by" phrase is the source
        ("South Korean assets were seized by North Korea.", {("1711", "PRK", "KOR", "asserted")}),
        # speech acts take their complement: intent, appeal, demand, reject, threaten
        ("North Korea agreed to resume talks with Japan.", {("036", "PRK", "JPN", "asserted")}),
        (
            "Washington urged Pyongyang to release the fishermen.",
            {("0253", "USAGOV", "PRKGOV", "asserted")},
        ),
        (
            "Seoul demanded the release of the fishermen by North Korea.",
            {("1053", "KORGOV", "PRK", "asserted")},
        ),
        ("Iran refused to release the prisoners.", {("1243", "IRN", None, "asserted")}),
        ("North Korea threatened to attack South Korea.", {("138", "PRK", "KOR", "asserted")}),
        ("Pyongyang vowed to retaliate against Seoul.", {("138", "PRKGOV", "KORGOV", "asserted")}),
        ("Washington lifted sanctions on Iran.", {("085", "USAGOV", "IRN", "asserted")}),
        # light verbs hand over their object's event
        (
            "Pyongyang issued threats of war against Seoul.",
            {("138", "PRKGOV", "KORGOV", "asserted")},
        ),
        ("North Korea launched an attack on South Korea.", {("190", "PRK", "KOR", "asserted")}),
        # symmetric actions are coded both ways
        (
            "North Korea held talks with Japan.",
            {("046", "PRK", "JPN", "asserted"), ("046", "JPN", "PRK", "asserted")},
        ),
    ],
)
def test_events_of_sentences(coder: EventCoder, text: str, expected: set) -> None:
    assert triples(code(coder, text)) == expected


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "modality"),
    [
        ("North Korea fired artillery at South Korea.", "asserted"),
        ("Seoul said North Korea fired artillery at Japan.", "reported"),
        ("North Korea will allow IAEA inspectors to return.", "future"),
        ("North Korea plans to launch a satellite.", "future"),
        (
            "If North Korea fires a missile at Japan, it would be a grave provocation.",
            "hypothetical",
        ),
        ("Washington should demand the release of the fishermen by North Korea.", "recommended"),
        ("Pyongyang never made such a pledge to Seoul.", "negated"),
        ("North Korea did not fire the torpedo at South Korea.", "negated"),
    ],
)
def test_each_modality(coder: EventCoder, text: str, modality: str) -> None:
    main = [f for f in code(coder, text).findings if f.role == "main"]
    assert main, text
    assert main[0].event.modality == modality
    assert main[0].event.happened is (modality in ("asserted", "reported"))


@pytest.mark.model
def test_reporting_verb_frames_a_reported_event(coder: EventCoder) -> None:
    coded = code(coder, "Seoul said Pyongyang fired artillery at Japan.")
    by_role = {f.role: f for f in coded.findings}
    frame, main = by_role["frame"], by_role["main"]
    assert (frame.event.cameo, frame.event.source, frame.event.modality) == (
        "010",
        "KORGOV",
        "asserted",
    )
    assert (main.event.cameo[:2], main.event.source, main.event.target) == ("19", "PRKGOV", "JPN")
    assert main.event.modality == "reported"
    assert main.speaker is not None and main.speaker.code == "KORGOV"
    assert main.frame_trigger is not None and main.frame_trigger.text == "said"


@pytest.mark.model
def test_several_events_in_one_sentence(coder: EventCoder) -> None:
    coded = code(coder, "North Korea fired artillery at Japan and seized a South Korean ship.")
    assert {(f.event.cameo, f.event.source, f.event.target) for f in coded.findings} >= {
        ("194", "PRK", "JPN"),
        ("1711", "PRK", "KOR"),  # the coordinated verb shares the subject
    }
    ids = [f.event.id for f in coded.findings]
    assert ids == [f"d1:0:{n}" for n in range(len(ids))]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "code_", "source", "target", "role"),
    [
        (
            "North Korea's seizure of South Korean assets angered Seoul.",
            "1711",
            "PRK",
            "KOR",
            "main",  # the subject of a verb that is no event itself: the clause's event
        ),
        ("North Korea announced the seizure of South Korean assets.", "1711", "PRK", "KOR", "main"),
        ("Pyongyang repeated its threats of war against Seoul.", "138", "PRKGOV", "KORGOV", None),
        ("Seoul condemned the North Korean attack on Japan.", "190", "PRK", "JPN", "mentioned"),
    ],
)
def test_nominal_events(
    coder: EventCoder, text: str, code_: str, source: str, target: str, role
) -> None:
    coded = code(coder, text)
    found = [f for f in coded.findings if f.event.cameo == code_]
    assert found, [(f.event.cameo, f.event.why) for f in coded.findings]
    finding = found[0]
    assert (finding.event.source, finding.event.target) == (source, target)
    if role:
        assert finding.role == role


@pytest.mark.model
def test_accusation_keeps_its_content_as_an_allegation(coder: EventCoder) -> None:
    coded = code(coder, "Seoul accused North Korea of attacking the ship.")
    roles = {f.role: f.event for f in coded.findings}
    assert roles["main"].cameo == "1123" and (roles["main"].source, roles["main"].target) == (
        "KORGOV",
        "PRK",
    )
    assert roles["allegation"].cameo == "190" and roles["allegation"].modality == "reported"


@pytest.mark.model
def test_sentences_cover_the_text_with_the_headline_first(coder: EventCoder) -> None:
    text = "North Korea shells island\n\nRain fell all day. Seoul said Pyongyang fired at Japan."
    coded = code(coder, text)
    assert [s.text for s in coded.sentences] == [
        "North Korea shells island",
        "Rain fell all day.",
        "Seoul said Pyongyang fired at Japan.",
    ]
    assert all(text[s.start : s.end] == s.text for s in coded.sentences)
    assert coded.parsed == [0, 2]  # the rain sentence has no trigger: not parsed
    assert coded.doc is not None and coded.doc.text == text
    assert {f.event.sentence_id for f in coded.findings} == {"d1:0", "d1:2"}  # headline, body
    headline = next(f for f in coded.findings if f.event.sentence_id == "d1:0")
    assert (headline.event.cameo, headline.event.source) == ("194", "PRK")  # "shells"
    assert all(f.sent.start_char in (0, coded.sentences[2].start) for f in coded.findings)


@pytest.mark.model
def test_prefilter_changes_speed_not_results(nlp) -> None:
    text = "It rained. North Korea seized South Korean assets. Markets were calm."
    fast = code(EventCoder(nlp=nlp, matcher=FakeMatcher()), text)
    full = code(EventCoder(nlp=nlp, matcher=FakeMatcher(), prefilter=False), text)
    assert fast.parsed == [1] and full.parsed == [0, 1, 2]
    assert [f.event.why for f in fast.findings] == [f.event.why for f in full.findings]


@pytest.mark.model
def test_code_texts_streams_the_same_results(coder: EventCoder) -> None:
    texts = [f"North Korea seized South Korean assets number {i}." for i in range(5)] + [
        "Nothing here."
    ]
    pairs = [(t, DocContext(doc_id=f"d{i}", date=DATE)) for i, t in enumerate(texts)]
    streamed = list(coder.code_texts(iter(pairs), batch_size=2))
    single = [coder.code_text(t, ctx) for t, ctx in pairs]
    assert [[f.event.id for f in c.findings] for c in streamed] == [
        [f.event.id for f in c.findings] for c in single
    ]
    assert streamed[-1].findings == [] and streamed[0].findings[0].event.id == "d0:0:0"


@pytest.mark.model
def test_event_fields_are_json_ready(coder: EventCoder) -> None:
    event = code(coder, "North Korea seized South Korean assets on Monday.").findings[0].event
    data = dataclasses.asdict(event)
    text = json.dumps(data, default=str)
    keys = "id doc_id sentence_id date source target cameo plover quad penta goldstein modality why"
    for key in [*keys.split(), "evidence", "evidence_start", "evidence_end"]:
        assert key in data
    assert json.loads(text)["cameo"] == "1711" and json.loads(text)["date"] == "2011-08-22"


@pytest.mark.model
def test_no_date_gives_unknown_precision(coder: EventCoder) -> None:
    coded = coder.code_text(
        "North Korea seized South Korean assets.", DocContext(doc_id="x", date=None)
    )
    assert (
        coded.findings[0].event.date is None and coded.findings[0].event.date_precision == "unknown"
    )


def test_empty_text(nlp) -> None:
    coded = EventCoder(nlp=nlp, matcher=FakeMatcher()).code_text(
        "", DocContext(doc_id="e", date=DATE)
    )
    assert coded.sentences == [] and coded.findings == [] and coded.doc is None


def test_version_is_short_stable_and_follows_actor_files(tmp_path: Path) -> None:
    first = EventCoder(matcher=FakeMatcher()).version
    assert first == EventCoder(matcher=FakeMatcher()).version and len(first) == 12
    extra = tmp_path / "actors.yaml"
    extra.write_text("countries: []\n", encoding="utf-8")
    assert EventCoder(actor_paths=[str(extra)], matcher=FakeMatcher()).version != first
