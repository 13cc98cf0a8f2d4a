"""A small synthetic store for the views' tests (dashboard, briefing, browser), and its checks.

Written for pledgewatch (no third-party sentences): about two years of North Korean events
by month, the Leap Day moratorium statement of 2012-02-29 with a US readout of the same day,
the rocket launch of 2012-04-13 that breaks the missile pledge, a headline that overstates its
source, and one document full of script and event-handler payloads that every page must show
as inert text. The ledger is built with the ledger stage when it is installed.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import random
from dataclasses import dataclass, field

from sqlalchemy import insert

from pledgewatch.model import Commitment, Document, Event, Sentence
from pledgewatch.store import Store, schema

ACTOR_NAMES = {
    "PRK": "North Korea",
    "PRKGOV": "North Korea government",
    "PRKMIL": "North Korea military",
    "USA": "United States",
    "USAGOV": "United States government",
    "KOR": "South Korea",
    "KORGOV": "South Korea government",
    "IGOUNOIAE": "International Atomic Energy Agency",
}

#: Filler events per month: (verbal coop, material coop, verbal conflict, material conflict).
MONTHLY_PATTERN: dict[str, tuple[int, int, int, int]] = {
    "2011-01": (1, 1, 3, 2),
    "2011-02": (1, 0, 3, 2),
    "2011-03": (1, 1, 2, 3),
    "2011-04": (1, 0, 3, 2),
    "2011-05": (5, 0, 1, 1),
    "2011-06": (6, 0, 1, 1),
    "2011-07": (3, 0, 1, 1),
    "2011-08": (2, 0, 1, 1),
    "2011-09": (3, 2, 1, 0),
    "2011-10": (3, 3, 1, 0),
    "2011-11": (2, 2, 1, 1),
    "2011-12": (2, 1, 2, 1),
    "2012-01": (3, 2, 1, 0),
    "2012-02": (4, 3, 0, 0),
    "2012-03": (3, 2, 1, 0),
    "2012-04": (1, 0, 3, 3),
    "2012-05": (0, 0, 4, 3),
    "2012-06": (1, 0, 4, 2),
    "2012-07": (1, 0, 3, 2),
    "2012-08": (1, 0, 2, 3),
    "2012-09": (1, 0, 3, 2),
}

FILLER = {
    1: (
        "036",
        4.0,
        "North Korea's foreign ministry said it was ready to resume dialogue with {t}.",
    ),
    2: ("071", 7.4, "North Korea returned stranded fishermen to {t} across the sea border."),
    3: ("111", -2.0, "North Korean state media denounced {t} as warmongers."),
    4: ("173", -5.0, "North Korean authorities detained a citizen of {t} near the border."),
}
TARGETS = {"USAGOV": "the United States", "KORGOV": "South Korea"}

#: Strings that would run script if any page failed to escape them.
XSS_TITLE = "Payload <script>window.__pwned=1</script> headline"
XSS_PUBLISHER = '<img src=x onerror="window.__pwned=2">Wire'
XSS_URL = "javascript:window.__pwned=3"
XSS_SENTENCES = [
    'An official said <img src=x onerror="window.__pwned=4"> was only a test of the feed.',
    'The statement closed with <svg onload="window.__pwned=5"></svg> and nothing else.',
    "A reader wrote </script><script>window.__pwned=6</script> in the comments.",
    'Quotes can break attributes: " onmouseover="window.__pwned=7" x=".',
]
XSS_TOPIC = '"><img src=x onerror=window.__pwned=8>'


@dataclass
class SampleStore:
    """Ids of the records tests look for."""

    leap_doc: str = ""
    readout_doc: str = ""
    launch_doc: str = ""
    launch_event: str = ""
    leap_missile_event: str = ""
    headline_doc: str = ""
    xss_doc: str = ""
    xss_event: str = ""
    missile_pledge: str = "PRK:missile_launch_moratorium"
    ledger_built: bool = False
    documents: list[str] = field(default_factory=list)


def _doc_id(text: str) -> str:
    return hashlib.sha1(text.encode()).hexdigest()


def _save(
    store: Store,
    *,
    title: str,
    sentences: list[str],
    published: dt.date,
    publisher: str,
    events: list[dict],
    url: str | None = None,
    kind: str = "news",
    flags: list[dict] | None = None,
) -> tuple[str, list[str]]:
    """Store one document with its sentences and events; ``events`` name their sentence index.

    A sentence index of -1 is the headline.
    """
    text = " ".join(sentences)
    doc = Document(
        id=_doc_id(title + text),
        text=text,
        content_hash=hashlib.sha256((title + text).encode()).hexdigest(),
        title=title,
        url=url,
        publisher=publisher,
        published=published,
        date_precision="day",
        kind=kind,
    )
    store.add_documents([doc])
    coding = doc.coding_text
    spans = [(0, len(title))]
    cursor = len(title) + 2
    for sentence in sentences:
        start = coding.index(sentence, cursor)
        spans.append((start, start + len(sentence)))
        cursor = start + len(sentence)
    records = [
        Sentence(doc.id, index, coding[start:end], start, end)
        for index, (start, end) in enumerate(spans)
    ]
    event_records, counters = [], {}
    for spec in events:
        index = spec.pop("sentence") + 1
        sentence = records[index]
        n = counters.get(index, 0)
        counters[index] = n + 1
        event_records.append(
            Event(
                id=f"{sentence.id}:{n}",
                doc_id=doc.id,
                sentence_id=sentence.id,
                date=spec.pop("date", published),
                date_precision="day",
                evidence=sentence.text,
                evidence_start=sentence.start,
                evidence_end=sentence.end,
                **spec,
            )
        )
    store.save_coding(doc.id, records, event_records, version="sample-1", flags=flags or [])
    return doc.id, [e.id for e in event_records]


def _commitment(
    topic: str,
    *,
    strength: str,
    first_party: bool,
    formality: str,
    text: str,
    speaker: str | None = None,
    in_headline: bool = False,
) -> Commitment:
    return Commitment(
        kind="promise",
        strength=strength,
        promisor="PRKGOV",
        promisee="USAGOV",
        topic=topic,
        topic_text=text,
        first_party=first_party,
        formality=formality,
        speaker=speaker,
        in_headline=in_headline,
        why=[f"sample: {strength} {formality} promise on {topic}"],
    )


def _filler(store: Store) -> None:
    rng = random.Random(20120413)
    for month, counts in MONTHLY_PATTERN.items():
        year, number = (int(part) for part in month.split("-"))
        sentences, events = [], []
        for quad, count in enumerate(counts, start=1):
            cameo, goldstein, template = FILLER[quad]
            for _ in range(count):
                target = rng.choice(sorted(TARGETS))
                day = dt.date(year, number, rng.randint(1, 27))
                sentences.append(template.format(t=TARGETS[target]) + f" ({day.isoformat()})")
                events.append(
                    {
                        "sentence": len(sentences) - 1,
                        "date": day,
                        "source": "PRKGOV",
                        "target": target,
                        "cameo": cameo,
                        "quad": quad,
                        "goldstein": goldstein,
                        "why": f"sample filler rule q{quad}",
                    }
                )
        _save(
            store,
            title=f"Korea digest {month}",
            sentences=sentences,
            published=dt.date(year, number, 28),
            publisher="Sample Digest",
            events=events,
        )


def _leap_day(store: Store, sample: SampleStore) -> None:
    day = dt.date(2012, 2, 29)
    sentences = [
        "The DPRK will implement a moratorium on long-range missile launches while productive "
        "talks continue.",
        "The DPRK will allow IAEA inspectors to return to Yongbyon to monitor the moratorium on "
        "uranium enrichment.",
        "The DPRK will refrain from nuclear tests for the duration of the talks.",
    ]
    events = [
        {
            "sentence": i,
            "source": "PRKGOV",
            "target": "USAGOV",
            "cameo": "057",
            "quad": 1,
            "goldstein": 8.0,
            "modality": "asserted",
            "why": "sample: formal statement of intent",
            "commitment": _commitment(
                topic, strength="firm", first_party=True, formality="formal", text=text
            ),
        }
        for i, (topic, text) in enumerate(
            [
                ("missile_launch_moratorium", "moratorium on long-range missile launches"),
                ("iaea_inspections", "allow IAEA inspectors to return"),
                ("nuclear_test_moratorium", "refrain from nuclear tests"),
            ]
        )
    ]
    sample.leap_doc, ids = _save(
        store,
        title="DPRK Foreign Ministry statement on the DPRK-US talks",
        sentences=sentences,
        published=day,
        publisher="KCNA",
        kind="statement",
        events=events,
        url="https://example.org/kcna/2012-02-29",
    )
    sample.leap_missile_event = ids[0]
    readout = [
        "The DPRK has agreed to a moratorium on long-range missile launches, nuclear tests and "
        "nuclear activities at Yongbyon, including uranium enrichment.",
        "The DPRK has also agreed to the return of IAEA inspectors to verify and monitor the "
        "moratorium.",
    ]
    events = [
        {
            "sentence": 0,
            "source": "PRKGOV",
            "target": "USAGOV",
            "cameo": "057",
            "quad": 1,
            "goldstein": 8.0,
            "modality": "reported",
            "why": "sample: readout of an agreement",
            "commitment": _commitment(
                "missile_launch_moratorium",
                strength="firm",
                first_party=False,
                formality="official",
                text="moratorium on long-range missile launches",
                speaker="USAGOV",
            ),
        },
    ]
    sample.readout_doc, _ = _save(
        store,
        title="U.S.-DPRK Bilateral Discussions",
        sentences=readout,
        published=day,
        publisher="US Department of State",
        kind="statement",
        events=events,
        url="https://example.org/state/2012-02-29",
    )


def _launch(store: Store, sample: SampleStore) -> None:
    sentences = [
        "North Korea launched an Unha-3 rocket from its west coast on Friday morning.",
        "The rocket broke apart shortly after lift-off, officials in Seoul said.",
    ]
    events = [
        {
            "sentence": 0,
            "source": "PRKGOV",
            "target": None,
            "cameo": "150",
            "quad": 4,
            "goldstein": -7.2,
            "why": "sample: show of force, long-range launch",
        },
    ]
    sample.launch_doc, ids = _save(
        store,
        title="North Korean rocket launch fails",
        sentences=sentences,
        published=dt.date(2012, 4, 13),
        publisher="Sample Wire",
        events=events,
        url="https://example.org/wire/2012-04-13",
    )
    sample.launch_event = ids[0]


def _headline(store: Store, sample: SampleStore) -> None:
    headline = "North Korea will let nuclear inspectors return, Richardson says"
    body = [
        "Richardson said North Korean officials told him they might consider letting inspectors "
        "return if talks resume.",
    ]
    events = [
        {
            "sentence": 0,
            "source": "PRKGOV",
            "target": "IGOUNOIAE",
            "cameo": "036",
            "quad": 1,
            "goldstein": 4.0,
            "modality": "reported",
            "why": "sample: reported intent",
            "commitment": _commitment(
                "iaea_inspections",
                strength="hedged",
                first_party=False,
                formality="reported",
                text="letting inspectors return",
                speaker="USA",
            ),
        },
    ]
    flag = {
        "kind": "headline_overstatement",
        "promisor": "PRKGOV",
        "topic": "iaea_inspections",
        "text_a": headline,
        "text_b": body[0],
        "detail": {"headline": "firm", "body": "hedged"},
    }
    sample.headline_doc, _ = _save(
        store,
        title=headline,
        sentences=body,
        published=dt.date(2011, 12, 20),
        publisher="Sample Wire",
        events=events,
        flags=[flag],
    )


def _payloads(store: Store, sample: SampleStore) -> None:
    events = [
        {
            "sentence": 0,
            "source": "PRKGOV",
            "target": "KORGOV",
            "cameo": "111",
            "quad": 3,
            "goldstein": -2.0,
            "why": '<b onclick="window.__pwned=9">rule</b>',
            "commitment": _commitment(
                XSS_TOPIC,
                strength="hedged",
                first_party=True,
                formality="official",
                text='<i onmouseover="window.__pwned=10">',
            ),
        },
        {
            "sentence": 2,
            "source": "PRKGOV",
            "target": "USAGOV",
            "cameo": "036",
            "quad": 1,
            "goldstein": 4.0,
            "why": "sample payload",
        },
    ]
    flag = {
        "kind": "headline_overstatement",
        "promisor": "PRKGOV",
        "topic": XSS_TOPIC,
        "text_a": XSS_TITLE,
        "text_b": XSS_SENTENCES[0],
        "detail": {},
    }
    sample.xss_doc, ids = _save(
        store,
        title=XSS_TITLE,
        sentences=XSS_SENTENCES,
        published=dt.date(2012, 3, 5),
        publisher=XSS_PUBLISHER,
        url=XSS_URL,
        events=events,
        flags=[flag],
    )
    sample.xss_event = ids[0]


def build_sample_store(store: Store, *, ledger: bool = True) -> SampleStore:
    """Fill an empty store with the sample; build the ledger when the stage is installed."""
    sample = SampleStore()
    with store.transaction() as connection:
        connection.execute(
            insert(schema.actors),
            [
                {"code": code, "name": name, "country": code[:3]}
                for code, name in ACTOR_NAMES.items()
            ],
        )
    _filler(store)
    _headline(store, sample)
    _leap_day(store, sample)
    _payloads(store, sample)
    _launch(store, sample)
    if ledger:
        try:
            from pledgewatch.ledger import rebuild_ledger
        except ImportError:
            pass
        else:
            rebuild_ledger(store)
            sample.ledger_built = True
    return sample


# -- checks of the sample itself ------------------------------------------------------------


def test_sample_offsets_point_at_their_evidence(store: Store) -> None:
    build_sample_store(store, ledger=False)
    from pledgewatch.store.frames import events_frame

    events = events_frame(store)
    assert len(events) > 100
    for row in events.itertuples():
        text = store.document(row.doc_id).coding_text
        assert text[row.evidence_start : row.evidence_end] == row.evidence


def test_sample_ledger_links_the_launch_to_the_missile_pledge(store: Store) -> None:
    sample = build_sample_store(store)
    if not sample.ledger_built:
        import pytest

        pytest.skip("ledger stage not installed")
    from pledgewatch.ledger import ledger_frame

    frame = ledger_frame(store, actor="PRK", as_of=dt.date(2012, 4, 14), refresh=False)
    row = frame[frame["id"] == sample.missile_pledge].iloc[0]
    assert row["status"] == "contradicted"
    before = ledger_frame(store, actor="PRK", as_of=dt.date(2012, 4, 12), refresh=False)
    assert before[before["id"] == sample.missile_pledge].iloc[0]["status"] == "pledged"
