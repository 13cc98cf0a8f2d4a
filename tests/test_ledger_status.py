"""A pledge's status at any date: every status, strength over time, and the stored ledger."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from sqlalchemy import select

from pledgewatch.errors import ConfigError
from pledgewatch.ledger import (
    CLAIMED_BY_OTHERS,
    CONTRADICTED,
    FULFILLED,
    LAPSED,
    PLEDGED,
    REFUSED,
    RETRACTED,
    ActionLink,
    Mention,
    Pledge,
    ensure_ledger,
    ledger_frame,
    ledger_is_stale,
    ledger_statuses,
    load_pledge,
    pledge_status_at,
    rebuild_ledger,
    strength_timeline,
)
from pledgewatch.ledger.records import NOT_YET
from pledgewatch.store import Store, schema
from tests.test_ledger_story import C, add_document, build_story, commitment_event

D = dt.date.fromisoformat


def mention(
    day: str,
    *,
    strength: str = "firm",
    first_party: bool = True,
    formality: str = "formal",
    conditional: bool = False,
    hedged: bool = False,
    refusal: bool = False,
    deadline: str | None = None,
    event: str | None = None,
) -> Mention:
    return Mention(
        event_id=event or f"ev-{day}-{strength}-{first_party}",
        doc_id="doc",
        sentence_id="doc:0",
        date=D(day),
        kind="refusal" if refusal else "promise",
        strength="refused" if refusal else strength,
        conditional=conditional,
        hedged=hedged,
        first_party=first_party,
        formality=formality,
        promisor="PRKGOV",
        promisee="USAGOV",
        deadline=D(deadline) if deadline else None,
        text=f"sentence of {day}",
        retraction=refusal,
    )


def link(day: str, relation: str) -> ActionLink:
    return ActionLink(
        "PRK:t", f"act-{day}", relation, "test rule", "auto", D(day), "doc", "doc:1", "act"
    )


def pledge(*mentions: Mention, links: tuple[ActionLink, ...] = ()) -> Pledge:
    ordered = tuple(sorted(mentions, key=lambda m: (m.date, m.event_id)))
    return Pledge("PRK:t", "PRK", "t", "a topic", ordered, links)


@pytest.mark.parametrize(
    ("case", "as_of", "expected"),
    [
        (pledge(mention("2012-01-01")), "2011-12-31", NOT_YET),
        (pledge(mention("2012-01-01")), "2012-01-01", PLEDGED),
        (pledge(mention("2012-01-01", first_party=False)), "2012-02-01", CLAIMED_BY_OTHERS),
        (
            pledge(mention("2012-01-01"), links=(link("2012-01-10", "fulfils"),)),
            "2012-02-01",
            FULFILLED,
        ),
        (
            pledge(mention("2012-01-01"), links=(link("2012-01-10", "contradicts"),)),
            "2012-01-09",
            PLEDGED,
        ),
        (
            pledge(mention("2012-01-01"), links=(link("2012-01-10", "contradicts"),)),
            "2012-01-10",
            CONTRADICTED,
        ),
        (
            # the latest action decides: inspectors came back after being expelled
            pledge(
                mention("2012-01-01"),
                links=(link("2012-01-10", "contradicts"), link("2012-02-10", "fulfils")),
            ),
            "2012-03-01",
            FULFILLED,
        ),
        (
            pledge(mention("2012-01-01"), mention("2012-03-01", refusal=True)),
            "2012-03-01",
            RETRACTED,
        ),
        (
            # a breach before the retraction outranks it
            pledge(
                mention("2012-01-01"),
                mention("2012-03-01", refusal=True),
                links=(link("2012-02-01", "contradicts"),),
            ),
            "2012-04-01",
            CONTRADICTED,
        ),
        (
            # actions after a retraction do not change a pledge that no longer stands
            pledge(
                mention("2012-01-01"),
                mention("2012-03-01", refusal=True),
                links=(link("2012-04-01", "contradicts"),),
            ),
            "2012-05-01",
            RETRACTED,
        ),
        (
            # pledged again after a retraction: a new episode
            pledge(
                mention("2012-01-01"),
                mention("2012-03-01", refusal=True),
                mention("2012-06-01"),
                links=(link("2012-02-01", "contradicts"),),
            ),
            "2012-07-01",
            PLEDGED,
        ),
        (
            # an outsider recalling the pledge after the promisor retracted it does not revive it
            pledge(
                mention("2012-01-01"),
                mention("2012-03-01", refusal=True),
                mention("2012-06-01", first_party=False),
            ),
            "2012-07-01",
            RETRACTED,
        ),
        (
            # ... but the promisor itself pledging again does
            pledge(
                mention("2012-01-01"),
                mention("2012-03-01", refusal=True),
                mention("2012-06-01", first_party=False),
                mention("2012-08-01"),
            ),
            "2012-09-01",
            PLEDGED,
        ),
        (
            # a retraction only others reported can be answered by others' claims
            pledge(
                mention("2012-01-01", first_party=False),
                mention("2012-03-01", refusal=True, first_party=False),
                mention("2012-06-01", first_party=False),
            ),
            "2012-07-01",
            CLAIMED_BY_OTHERS,
        ),
        (
            # the promisor's own refusal stands against a later outsider's claim
            pledge(
                mention("2012-01-01", refusal=True),
                mention("2012-02-01", first_party=False),
            ),
            "2012-03-01",
            REFUSED,
        ),
        (
            # a breach of a claim the promisor never made does not carry over once it makes
            # the pledge itself (a 2011 short-range test and the 2012 Leap Day moratorium)
            pledge(
                mention("2011-08-24", first_party=False),
                mention("2012-02-29"),
                links=(link("2011-12-19", "contradicts"),),
            ),
            "2012-03-01",
            PLEDGED,
        ),
        (pledge(mention("2012-01-01", refusal=True)), "2012-02-01", REFUSED),
        (pledge(mention("2012-01-01", deadline="2012-06-30")), "2012-06-30", PLEDGED),
        (pledge(mention("2012-01-01", deadline="2012-06-30")), "2012-07-01", LAPSED),
        (
            pledge(
                mention("2012-01-01", deadline="2012-06-30"), links=(link("2012-05-01", "fulfils"),)
            ),
            "2012-07-01",
            FULFILLED,
        ),
    ],
)
def test_each_status(case: Pledge, as_of: str, expected: str) -> None:
    assert pledge_status_at(case, D(as_of)).status == expected


def test_summary_says_an_outsiders_later_claim_does_not_revive_a_retracted_pledge() -> None:
    case = pledge(
        mention("2012-01-01"),
        mention("2012-03-01", refusal=True),
        mention("2012-06-01", first_party=False),
    )
    summary = pledge_status_at(case, D("2012-07-01")).summary
    assert summary.endswith(
        "retracted on 2012-03-01; claimed again by others on 2012-06-01, which does not revive it"
    )


@pytest.mark.parametrize(
    ("speaker", "attribution", "who"),
    [
        ("RUSGOV", (), "RUSGOV, reported"),
        (
            None,
            ("RUSGOV (a spokesman) said", "PRK (North Korea) will be ready"),
            "RUSGOV (a spokesman), reported",
        ),
        # a reporter no actor code names is named by its words, without the verb
        (
            None,
            ("Several headlines said", "PRK (North Korea) promised"),
            "Several headlines, reported",
        ),
        # one level is the promise's own clause: nobody but the report voiced it
        (None, ("PRK (North Korea) was signed",), "the report itself, reported"),
        # ... named by its publisher when the store knows it
        (None, ("PRK (North Korea) was signed",), "a report by Reuters, reported"),
    ],
)
def test_summary_names_who_voiced_a_third_party_claim(
    speaker: str | None, attribution: tuple[str, ...], who: str
) -> None:
    claim = dataclasses.replace(
        mention("2011-08-24", first_party=False, formality="reported"),
        speaker=speaker,
        attribution=attribution,
        publisher="Reuters" if "Reuters" in who else None,
        reporting_verb="said" if attribution and attribution[0].endswith("said") else None,
    )
    summary = pledge_status_at(pledge(claim), D("2011-09-01")).summary
    assert summary.startswith(f"first claimed by a third party ({who}) on 2011-08-24")


@pytest.mark.parametrize(
    ("precision", "shown"), [("day", "2010-12-01"), ("month", "2010-12"), ("year", "2010")]
)
def test_summary_writes_a_date_to_its_precision(precision: str, shown: str) -> None:
    """ "In December 2010, Richardson said ..." is dated 2010-12-01 but must read 2010-12."""
    claim = dataclasses.replace(
        mention("2010-12-01", first_party=False, formality="reported"),
        speaker="USAELI",
        date_precision=precision,
    )
    summary = pledge_status_at(pledge(claim), D("2011-01-01")).summary
    assert f"(USAELI, reported) on {shown};" in summary


def test_the_promisors_own_pledge_is_judged_by_breaches_after_it() -> None:
    case = pledge(
        mention("2011-08-24", first_party=False),
        mention("2012-02-29"),
        links=(link("2011-12-19", "contradicts"), link("2012-04-13", "contradicts")),
    )
    status = pledge_status_at(case, D("2012-04-14"))
    assert (status.status, status.contradicted_on, status.since) == (
        CONTRADICTED,
        D("2012-04-13"),
        D("2012-02-29"),
    )
    assert "contradicted on 2012-04-13" in status.summary
    # the earlier breach is told as the breach of others' claim, not of the pledge (ledger31)
    assert status.summary.count("2011-12-19") == 1
    assert "others' claim contradicted on 2011-12-19" in status.summary


def test_same_day_action_counts_after_the_pledge_and_before_a_refusal() -> None:
    case = pledge(
        mention("2012-01-01"),
        mention("2012-01-05", refusal=True),
        links=(link("2012-01-01", "contradicts"), link("2012-01-05", "fulfils")),
    )
    status = pledge_status_at(case, D("2012-01-05"))
    assert status.contradicted_on == D("2012-01-01")
    assert status.fulfilled_on == D("2012-01-05")
    assert status.retracted_on == D("2012-01-05")
    assert status.status == RETRACTED  # the last action fulfilled it before the retraction


@pytest.mark.parametrize(
    ("mentions", "as_of", "strength", "conditional"),
    [
        # a later firmer wording raises the strength from its date
        (
            [mention("2012-01-01", strength="hedged"), mention("2012-02-01")],
            "2012-01-15",
            "hedged",
            False,
        ),
        (
            [mention("2012-01-01", strength="hedged"), mention("2012-02-01")],
            "2012-02-01",
            "firm",
            False,
        ),
        # and a later weaker one lowers it
        (
            [mention("2012-01-01"), mention("2012-02-01", strength="hedged")],
            "2012-03-01",
            "hedged",
            False,
        ),
        # flags in data lower a firm grade
        ([mention("2012-01-01", conditional=True)], "2012-01-01", "conditional", True),
        ([mention("2012-01-01", hedged=True)], "2012-01-01", "hedged", False),
        # first-party wording outranks a later third-party account
        (
            [
                mention("2012-01-01", strength="conditional"),
                mention("2012-02-01", first_party=False),
            ],
            "2012-03-01",
            "conditional",
            False,
        ),
        # several wordings on one day: the weakest
        (
            [
                mention("2012-01-01", event="a"),
                mention("2012-01-01", strength="conditional", conditional=True, event="b"),
            ],
            "2012-01-01",
            "conditional",
            True,
        ),
    ],
)
def test_strength_as_of_a_date(
    mentions: list[Mention], as_of: str, strength: str, conditional: bool
) -> None:
    status = pledge_status_at(pledge(*mentions), D(as_of))
    assert (status.strength, status.conditional) == (strength, conditional)


def test_formality_is_the_highest_first_party_formality_so_far() -> None:
    case = pledge(
        mention("2012-01-01", formality="official"),
        mention("2012-02-01", formality="formal", first_party=False),
        mention("2012-03-01", formality="formal"),
    )
    assert pledge_status_at(case, D("2012-02-15")).formality == "official"
    assert pledge_status_at(case, D("2012-02-15")).formality_any == "formal"
    assert pledge_status_at(case, D("2012-03-01")).formality == "formal"


def test_story_ledger_statuses_over_time(store: Store) -> None:
    build_story(store)
    rebuild_ledger(store)

    def status(pledge_key: str, day: str) -> str:
        found = load_pledge(store, pledge_key)
        assert found is not None, pledge_key
        return pledge_status_at(found, D(day)).status

    assert status("PRK:iaea_inspections", "2011-08-29") == CLAIMED_BY_OTHERS
    assert status("PRK:iaea_inspections", "2012-03-01") == PLEDGED
    assert status("PRK:iaea_inspections", "2012-04-18") == RETRACTED
    assert status("PRK:missile_launch_moratorium", "2012-04-12") == PLEDGED
    assert status("PRK:missile_launch_moratorium", "2012-04-14") == CONTRADICTED
    assert status("PRK:missile_launch_moratorium", "2012-05-01") == CONTRADICTED
    assert status("PRK:enrichment_freeze", "2011-08-29") == REFUSED
    assert status("USA:food_aid@PRK", "2012-04-14") == CONTRADICTED


def test_story_summary_says_who_said_it_first(store: Store) -> None:
    build_story(store)
    frame = ledger_frame(store, actor="PRK")
    row = frame.set_index("id").loc["PRK:iaea_inspections"]
    assert row.summary.startswith(
        "first claimed by a third party (USAELI, reported) on 2010-12-20; "
        "first stated by the promisor itself on 2012-02-29 (formal, conditional)"
    )
    assert row.first_mention == D("2010-12-20") and row.first_party_mention == D("2012-02-29")
    missile = frame.set_index("id").loc["PRK:missile_launch_moratorium"]
    assert missile.status == CONTRADICTED and missile.contradicted_on == D("2012-04-13")
    # broken, then retracted: it keeps the wording it was broken with
    assert (missile.strength, bool(missile.conditional)) == ("conditional", True)
    assert missile.retracted_on == D("2012-04-17")
    iaea = frame.set_index("id").loc["PRK:iaea_inspections"]
    assert (iaea.status, iaea.strength, bool(iaea.conditional)) == ("retracted", "refused", False)


def test_story_strength_timeline_of_the_test_moratorium(store: Store) -> None:
    build_story(store)
    rebuild_ledger(store)
    found = load_pledge(store, "PRK:nuclear_test_moratorium")
    assert found is not None
    assert strength_timeline(found) == [
        (D("2011-08-24"), "hedged", True),
        (D("2012-02-29"), "conditional", True),
        (D("2012-04-17"), "refused", False),
    ]


def test_ledger_frame_as_of_leap_day_shows_conditional_first_party_pledges(store: Store) -> None:
    build_story(store)
    frame = ledger_frame(store, actor="PRKGOV", as_of=D("2012-03-01")).set_index("id")
    for key in (
        "PRK:iaea_inspections",
        "PRK:missile_launch_moratorium",
        "PRK:nuclear_test_moratorium",
    ):
        row = frame.loc[key]
        assert (row.status, row.strength, bool(row.conditional), row.formality) == (
            PLEDGED,
            "conditional",
            True,
            "formal",
        )
        assert row.first_party_mention == D("2012-02-29")
    assert "USA:food_aid@PRK" not in frame.index
    evidence = frame.loc["PRK:iaea_inspections"].evidence
    assert evidence[0] == {
        "doc": "richardson",
        "sentence": "richardson:0",
        "date": "2010-12-20",
        "when": "2010-12-20",
        "text": "Richardson said North Korea will allow IAEA personnel to go to Yongbyon.",
        "role": "third-party claim (reported, firm)",
        "decides": False,
    }


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        (
            {"as_of": D("2011-08-29")},
            {"PRK:enrichment_freeze", "PRK:iaea_inspections", "PRK:nuclear_test_moratorium"},
        ),
        (
            {"as_of": D("2011-08-29"), "status": "claimed-by-others-only"},
            {"PRK:iaea_inspections", "PRK:nuclear_test_moratorium"},
        ),
        (
            {"as_of": D("2012-04-14"), "status": "contradicted"},
            {"PRK:missile_launch_moratorium", "USA:food_aid@PRK"},
        ),
        ({"actor": "USA"}, {"USA:food_aid@PRK"}),
        ({"topic": "iaea_inspections"}, {"PRK:iaea_inspections"}),
    ],
)
def test_ledger_filters(store: Store, filters: dict, expected: set[str]) -> None:
    build_story(store)
    assert set(ledger_frame(store, **filters).id) == expected


def test_unknown_status_filter_is_a_config_error(store: Store) -> None:
    with pytest.raises(ConfigError, match="unknown status 'kept'"):
        ledger_statuses(store, status="kept")


def _dump(store: Store) -> dict[str, list]:
    with store.reading() as connection:
        return {
            table.name: [
                tuple(r) for r in connection.execute(select(table).order_by(*table.primary_key))
            ]
            for table in (schema.pledges, schema.pledge_mentions, schema.action_links)
        }


def test_rebuild_is_idempotent(store: Store) -> None:
    build_story(store)
    first = rebuild_ledger(store)
    rows = _dump(store)
    second = rebuild_ledger(store)
    assert _dump(store) == rows
    assert first == second
    assert (first.pledges, first.links, first.contradicting) == (5, 2, 2)
    assert len(rows["pledge_mentions"]) == first.mentions


def test_ledger_rebuilds_only_when_stale(store: Store) -> None:
    build_story(store)
    assert ledger_is_stale(store)
    assert ensure_ledger(store) is not None
    assert not ledger_is_stale(store)
    assert ensure_ledger(store) is None
    add_document(
        store,
        "late",
        "2013-02-12",
        [
            (
                "North Korea said it will never give up its nuclear deterrent.",
                [
                    commitment_event(
                        C("denuclearization", kind="refusal", strength="refused", first_party=True)
                    )
                ],
            )
        ],
    )
    assert ledger_is_stale(store)
    summary = ensure_ledger(store)
    assert summary is not None and summary.pledges == 6
    assert {s.pledge_id for s in ledger_statuses(store, status="refused")} == {
        "PRK:denuclearization"
    }


@pytest.mark.postgres
def test_ledger_on_postgresql(pg_store: Store) -> None:
    from pledgewatch.checklists import evaluate_checklist

    build_story(pg_store)
    first = rebuild_ledger(pg_store)
    rows = _dump(pg_store)
    assert rebuild_ledger(pg_store) == first and _dump(pg_store) == rows
    frame = ledger_frame(pg_store, as_of=D("2012-04-14")).set_index("id")
    assert frame.loc["PRK:missile_launch_moratorium"].status == CONTRADICTED
    assert frame.loc["PRK:iaea_inspections"].first_party_mention == D("2012-02-29")
    result = evaluate_checklist(pg_store, "allied-preconditions-2011", "2012-03-01")
    assert result.item("iaea_inspectors").status == "pledged"


def test_an_unattributed_claim_is_named_by_its_publisher(tmp_path) -> None:
    from pledgewatch.ledger import ledger_statuses, rebuild_ledger
    from pledgewatch.store import open_store
    from tests.test_ledger_story import C, add_document, commitment_event

    with open_store(f"sqlite:///{tmp_path / 'p.db'}") as store:
        add_document(
            store,
            "recap",
            "2011-08-24",
            [
                (
                    "North Korea will halt nuclear tests.",
                    [commitment_event(C("nuclear_test_moratorium"))],
                )
            ],
            publisher="Yonhap News Agency",
        )
        rebuild_ledger(store)
        [status] = ledger_statuses(store, as_of=D("2011-09-01"))
    expected = "first claimed by a third party (a report by Yonhap News Agency, reported)"
    assert expected in status.summary


def _act(day: str, relation: str, sentence: str) -> ActionLink:
    return ActionLink(
        "PRK:t", f"act-{day}", relation, "test rule", "auto", D(day), "doc", sentence, sentence
    )


def test_the_evidence_that_set_the_status_is_marked_and_kept_among_the_key_items():
    """A summit held in 2011 and met again and again later: the key evidence is the first
    mention, the meeting that fulfilled it and the latest item, not the last three meetings."""
    fulfilled = pledge(
        mention("2011-04-28", first_party=False),
        links=(
            _act("2011-08-24", "fulfils", "doc:summit"),
            _act("2013-03-11", "fulfils", "doc:later1"),
            _act("2013-03-31", "fulfils", "doc:later2"),
            _act("2013-05-24", "fulfils", "doc:later3"),
        ),
    )
    status = pledge_status_at(fulfilled, D("2013-12-31"))
    assert status.status == FULFILLED
    assert [e.sentence for e in status.evidence if e.decides] == ["doc:summit"]
    assert [e.sentence for e in status.key_evidence] == ["doc:0", "doc:summit", "doc:later3"]
    retracted = pledge(
        mention("2012-02-29"), mention("2012-04-17", refusal=True, event="no-longer-bound")
    )
    status = pledge_status_at(retracted, D("2012-12-31"))
    assert status.status == RETRACTED
    decisive = [e for e in status.evidence if e.decides]
    assert len(decisive) == 1 and decisive[0].date == D("2012-04-17")
