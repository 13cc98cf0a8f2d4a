"""A synthetic 2010-2012 story written into a tmp store, shared by the ledger and checklist tests.

The story (all sentences written for these tests):

* 2010-12-20  a visitor claims North Korea will let IAEA inspectors return (third party);
* 2011-07-22  the two Koreas' envoys meet in Bali (before the checklist's "further meetings");
* 2011-07-29  North Korea's envoy rejects halting enrichment (a first-party refusal);
* 2011-08-22  North Korea seizes South Korean assets at Mount Kumgang;
* 2011-08-24  a Kremlin account: North Korea "ready to resolve the question" of a test
  moratorium "in the course of the talks" (hedged, conditional, third party) under a headline
  that says Kim *promises* one;
* 2011-09-21  the envoys meet again in Beijing;
* 2012-02-29  North Korea's formal statement: moratoria on missile launches, nuclear tests and
  enrichment and IAEA monitoring "while productive dialogues continue" (first party,
  conditional); the U.S. statement reports the same firmly and pledges food aid;
* 2012-03-16  a launch is announced (not a launch) and one is talked of hypothetically;
* 2012-04-13  the rocket is launched; the U.S. suspends the food aid;
* 2012-04-17  North Korea declares itself "no longer bound by the agreement".

Other test files import :func:`build_story` and :func:`add_document` from here.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass, field
from typing import Any

from pledgewatch.model import Commitment, Document, Event, Sentence
from pledgewatch.store import Store


@dataclass
class E:
    """An event to code in a sentence of a test document; ``data`` is merged into the
    commitment's JSON (flags the commitment analysis may add, such as ``hedged``)."""

    cameo: str
    source: str | None
    target: str | None = None
    modality: str = "asserted"
    action_text: str | None = None
    commitment: Commitment | None = None
    date: dt.date | None = None
    data: dict[str, Any] = field(default_factory=dict)
    date_precision: str = "day"


@dataclass
class C:
    """Shorthand for a Commitment with test defaults."""

    topic: str
    kind: str = "promise"
    strength: str = "firm"
    promisor: str | None = "PRKGOV"
    promisee: str | None = "USAGOV"
    first_party: bool = False
    formality: str = "reported"
    speaker: str | None = None
    conditions: list[str] = field(default_factory=list)
    in_headline: bool = False
    deadline: str | None = None
    topic_text: str = ""

    def build(self) -> Commitment:
        return Commitment(
            kind=self.kind,  # type: ignore[arg-type]
            strength=self.strength,  # type: ignore[arg-type]
            promisor=self.promisor,
            promisee=self.promisee,
            topic=self.topic,
            topic_text=self.topic_text or self.topic.replace("_", " "),
            conditions=list(self.conditions),
            speaker=self.speaker,
            first_party=self.first_party,
            formality=self.formality,  # type: ignore[arg-type]
            in_headline=self.in_headline,
            deadline=self.deadline,
            why=["test story"],
        )


def commitment_event(c: C, cameo: str = "030", **data: Any) -> E:
    """An event carrying a commitment (CAMEO 030 "express intent" unless told)."""
    return E(cameo=cameo, source=c.promisor, target=c.promisee, commitment=c.build(), data=data)


def add_document(
    store: Store,
    doc_id: str,
    published: str,
    sentences: list[tuple[str, list[E]]],
    *,
    title: str | None = None,
    headline_events: list[E] | None = None,
    publisher: str | None = None,
) -> list[str]:
    """Store one document and its coding; returns the event ids, headline events first.

    With a ``title``, sentence 0 is the headline (as the coder indexes it) and carries
    ``headline_events``; the body's sentences follow.
    """
    date = dt.date.fromisoformat(published)
    body = " ".join(text for text, _ in sentences)
    doc = Document(
        id=doc_id,
        text=body,
        content_hash=hashlib.sha256(f"{doc_id}\n{body}".encode()).hexdigest(),
        title=title,
        published=date,
        date_precision="day",
        kind="news",
        publisher=publisher,
    )
    store.add_documents([doc])
    specs = ([(title, headline_events or [])] if title else []) + sentences
    sentence_records = []
    events = []
    extra_data = {}
    offset = 0
    for index, (text, event_specs) in enumerate(specs):
        sentence = Sentence(doc_id, index, text, offset, offset + len(text))
        sentence_records.append(sentence)
        offset += len(text) + 2
        for n, spec in enumerate(event_specs):
            event = Event(
                id=f"{sentence.id}:{n}",
                doc_id=doc_id,
                sentence_id=sentence.id,
                date=spec.date or date,
                date_precision=spec.date_precision,  # type: ignore[arg-type]
                source=spec.source,
                target=spec.target,
                cameo=spec.cameo,
                modality=spec.modality,  # type: ignore[arg-type]
                action_text=spec.action_text,
                evidence=text,
                why="test story",
                commitment=spec.commitment,
            )
            events.append(event)
            if spec.data:
                extra_data[event.id] = spec.data
    store.save_coding(doc_id, sentence_records, events, version="test")
    for event_id, data in extra_data.items():
        merge_commitment_data(store, event_id, data)
    return [ev.id for ev in events]


def add_test_and_year_end_review(store: Store) -> None:
    """Ruritania tests on Monday 10 February 2031, and a year-end review (20 December) recalls,
    with no time words, the test and a reactor restart in one sentence: the recap stories of
    ledger29 and ledger33 (recaps listed with the act they tell, looks back marked recalled)."""
    add_document(
        store,
        "blast",
        "2031-02-10",
        [
            (
                "Ruritania conducted a nuclear test on Monday.",
                [E("150", "RURGOV", action_text="conducted nuclear test")],
            )
        ],
    )
    add_document(
        store,
        "review",
        "2031-12-20",
        [
            ("Ruritania made few promises this year.", []),
            ("Its neighbours counted the broken ones.", []),
            (
                "Ruritania then tested a nuclear device and restarted its reactor.",
                [
                    E("150", "RURGOV", action_text="tested nuclear device"),
                    E("150", "RURGOV", action_text="restarted reactor"),
                ],
            ),
        ],
    )


def merge_commitment_data(store: Store, event_id: str, data: dict[str, Any]) -> None:
    """Add keys to a stored commitment's ``data`` JSON."""
    from sqlalchemy import select, update

    from pledgewatch.store import schema

    table = schema.commitments
    with store.transaction() as connection:
        current = connection.execute(
            select(table.c.data).where(table.c.event_id == event_id)
        ).scalar_one()
        connection.execute(
            update(table).where(table.c.event_id == event_id).values(data={**current, **data})
        )


def build_story(store: Store) -> dict[str, str]:
    """Write the whole story into ``store``; returns the key event ids by name."""
    ids: dict[str, str] = {}
    ids["richardson"] = add_document(
        store,
        "richardson",
        "2010-12-20",
        [
            (
                "Richardson said North Korea will allow IAEA personnel to go to Yongbyon.",
                [commitment_event(C("iaea_inspections", promisee="IGOUNOIAE", speaker="USAELI"))],
            )
        ],
    )[0]
    ids["bali"] = add_document(
        store,
        "bali",
        "2011-07-22",
        [("Wi Sung-lac met Ri Yong Ho in Bali on Friday.", [E("044", "KORGOV", "PRKGOV")])],
    )[0]
    ids["enrichment_refusal"] = add_document(
        store,
        "enrichment-refusal",
        "2011-07-29",
        [
            (
                "Kim Kye Gwan rejected any halt to uranium enrichment, calling it peaceful.",
                [
                    commitment_event(
                        C(
                            "enrichment_freeze",
                            kind="refusal",
                            strength="refused",
                            first_party=True,
                            formality="official",
                            speaker="PRKGOV",
                        ),
                        cameo="125",
                    )
                ],
            )
        ],
    )[0]
    ids["kumgang"] = add_document(
        store,
        "kumgang",
        "2011-08-22",
        [
            (
                "North Korea seized South Korean assets at Mount Kumgang.",
                [E("171", "PRKGOV", "KORBUS", action_text="seized")],
            )
        ],
    )[0]
    kremlin = add_document(
        store,
        "kremlin",
        "2011-08-24",
        [
            (
                "In the course of the talks, North Korea will be ready to resolve the question of "
                "imposing a moratorium on nuclear tests, a Kremlin spokesman said.",
                [
                    commitment_event(
                        C(
                            "nuclear_test_moratorium",
                            strength="firm",  # graded firm, but flagged hedged in data
                            promisee="RUSGOV",
                            formality="official",
                            speaker="RUSGOV",
                            conditions=["in the course of the talks"],
                        ),
                        hedged=True,
                    )
                ],
            )
        ],
        title="Kim promises Medvedev a moratorium on nuclear tests",
        headline_events=[
            commitment_event(
                C(
                    "nuclear_test_moratorium",
                    promisee="RUSGOV",
                    first_party=True,
                    in_headline=True,
                    speaker="PRKGOV",
                )
            )
        ],
    )
    ids["kremlin_headline"], ids["kremlin_body"] = kremlin
    ids["beijing"] = add_document(
        store,
        "beijing",
        "2011-09-21",
        [
            (
                "Wi Sung-lac met his North Korean counterpart Ri Yong Ho in Beijing.",
                [E("044", "KORGOV", "PRKGOV", action_text="met")],
            )
        ],
    )[0]
    condition = ["while productive dialogues continue"]
    leap = dict(first_party=True, formality="formal", speaker="PRKGOV", conditions=condition)
    kcna = add_document(
        store,
        "kcna-leap-day",
        "2012-02-29",
        [
            (
                "The DPRK agreed to a moratorium on long-range missile launches while productive "
                "dialogues continue.",
                [commitment_event(C("missile_launch_moratorium", strength="conditional", **leap))],
            ),
            (
                "The DPRK agreed to a moratorium on nuclear tests while productive dialogues "
                "continue.",
                [commitment_event(C("nuclear_test_moratorium", strength="conditional", **leap))],
            ),
            (
                "The DPRK agreed to a moratorium on uranium enrichment activity at Yongbyon while "
                "productive dialogues continue.",
                [commitment_event(C("enrichment_freeze", strength="conditional", **leap))],
            ),
            (
                "The DPRK will allow the IAEA to monitor the moratorium while productive dialogues "
                "continue.",
                [commitment_event(C("iaea_inspections", strength="conditional", **leap))],
            ),
        ],
    )
    ids.update(
        zip(["kcna_missile", "kcna_nuclear", "kcna_enrichment", "kcna_iaea"], kcna, strict=True)
    )
    us = add_document(
        store,
        "state-leap-day",
        "2012-02-29",
        [
            (
                "The DPRK has agreed to a moratorium on long-range missile launches.",
                [
                    commitment_event(
                        C("missile_launch_moratorium", formality="formal", speaker="USAGOV")
                    )
                ],
            ),
            (
                "The United States will provide 240,000 metric tons of nutritional assistance.",
                [
                    commitment_event(
                        C(
                            "food_aid",
                            promisor="USAGOV",
                            promisee="PRKGOV",
                            first_party=True,
                            formality="formal",
                            speaker="USAGOV",
                        )
                    )
                ],
            ),
            (
                "Washington demanded that North Korea let IAEA inspectors return to Yongbyon.",
                [
                    commitment_event(
                        C("iaea_inspections", kind="demand", speaker="USAGOV", formality="formal"),
                        cameo="1041",
                    )
                ],
            ),
        ],
    )
    ids["state_missile"], ids["us_food_pledge"], ids["us_demand"] = us
    announce = add_document(
        store,
        "launch-announced",
        "2012-03-16",
        [
            (
                "North Korea announced it would launch a satellite on an Unha-3 rocket in April.",
                [
                    E("138", "PRKGOV", None, action_text="announced"),
                    E("150", "PRKGOV", None, modality="future", action_text="launch"),
                ],
            ),
            (
                "If North Korea launched a rocket, the deal would be off.",
                [E("150", "PRKGOV", None, modality="hypothetical", action_text="launched")],
            ),
        ],
    )
    ids["announcement"], ids["future_launch"], ids["hypothetical_launch"] = announce
    launch = add_document(
        store,
        "launch",
        "2012-04-13",
        [
            (
                "North Korea launched an Unha-3 rocket from Sohae on Friday.",
                [E("150", "PRKGOV", None, action_text="launched")],
            ),
            (
                "The United States suspended the planned food aid to North Korea.",
                [E("162", "USAGOV", "PRKGOV", action_text="suspended")],
            ),
        ],
    )
    ids["launch"], ids["food_suspended"] = launch
    ids["no_longer_bound"] = add_document(
        store,
        "no-longer-bound",
        "2012-04-17",
        [
            (
                "We are therefore no longer bound by the agreement.",
                [
                    commitment_event(
                        C(
                            "other",
                            kind="refusal",
                            strength="refused",
                            promisee=None,
                            first_party=True,
                            formality="formal",
                            speaker="PRKGOV",
                            topic_text="bound by the agreement",
                        ),
                        cameo="125",
                    )
                ],
            )
        ],
    )[0]
    return ids


def test_story_is_stored_with_its_commitments(store: Store) -> None:
    ids = build_story(store)
    counts = store.counts()
    assert counts["documents"] == 11
    assert counts["commitments"] == 12
    assert ids["launch"] == "launch:0:0"
    assert ids["kremlin_headline"].startswith("kremlin:0:")


def test_story_data_flags_reach_the_commitment_json(store: Store) -> None:
    from pledgewatch.store.frames import commitments_frame

    ids = build_story(store)
    frame = commitments_frame(store)
    headline = frame[frame.event_id == ids["kremlin_headline"]].iloc[0]
    assert bool(headline.in_headline) and bool(headline.first_party)
    body = frame[frame.event_id == ids["kremlin_body"]].iloc[0]
    assert body.data["hedged"] is True and body.strength == "firm"
