"""Trends: series per actor and dyad, the say–do gap, change points, charm-offensive windows."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import random

import pandas as pd
import pytest

from pledgewatch.analysis import (
    change_points,
    charm_offensive_windows,
    event_series,
    events_in_period,
    period_start,
    say_do_gap,
    series_from_events,
    trend_report,
    trend_settings,
)
from pledgewatch.errors import ConfigError
from pledgewatch.model import Document, Event, Sentence
from pledgewatch.store import Store
from tests.builders import add_events
from tests.builders import loose_event as make_event


def monthly(year: int, month: int, quad: int, count: int, **kwargs) -> list[Event]:
    return [make_event(dt.date(year, month, 3 + k), quad, **kwargs) for k in range(count)]


def month(year: int, number: int) -> dt.date:
    return dt.date(year, number, 1)


# -- series ---------------------------------------------------------------------------------------


def test_series_counts_quad_classes_goldstein_and_zero_fills(store: Store) -> None:
    added = add_events(
        store,
        [
            make_event(dt.date(2011, 1, 5), 1, goldstein=4.0),
            make_event(dt.date(2011, 1, 9), 4, goldstein=-10.0),
            make_event(dt.date(2011, 1, 9), 3, cameo="138", goldstein=-7.0),
            make_event(dt.date(2011, 3, 2), 2, goldstein=6.0),
        ],
    )
    series = event_series(store, "PRK", "USA")
    assert list(series["period"]) == [month(2011, 1), month(2011, 2), month(2011, 3)]
    january, february, march = (series.iloc[i] for i in range(3))
    assert (january.verbal_coop, january.material_coop) == (1, 0)
    assert (january.verbal_conflict, january.material_conflict, january.threats) == (1, 1, 1)
    assert january.events == 3
    assert january.goldstein_total == pytest.approx(-13.0)
    assert january.goldstein_mean == pytest.approx(-13.0 / 3)
    assert january.event_ids == [added[0].id, added[1].id, added[2].id]
    assert january.ids_by_class["threats"] == [added[2].id]
    assert february.events == 0 and february.event_ids == [] and pd.isna(february.goldstein_mean)
    assert march.material_coop == 1 and march.event_ids == [added[3].id]


@pytest.mark.parametrize("modality", ["future", "hypothetical", "negated", "recommended"])
def test_series_counts_only_events_that_happened(store: Store, modality: str) -> None:
    add_events(
        store,
        [
            make_event(dt.date(2011, 1, 5), 1),
            make_event(dt.date(2011, 1, 6), 4, modality=modality),
            make_event(dt.date(2011, 1, 7), 4, modality="reported"),
        ],
    )
    series = event_series(store, "PRK")
    assert series.iloc[0].material_conflict == 1
    assert series.iloc[0].events == 2


@pytest.mark.parametrize("role", ["mentioned", "frame", "background"])
def test_series_counts_each_sentences_own_acts_once(store: Store, role: str) -> None:
    """ "Seoul condemned the North's attack": the attack named again is not counted again."""
    add_events(
        store,
        [
            make_event(dt.date(2011, 1, 5), 4),
            make_event(dt.date(2011, 1, 6), 4, role=role),
        ],
    )
    series = event_series(store, "PRK")
    assert series.iloc[0].material_conflict == 1
    assert series.iloc[0].events == 1


def test_series_is_directed_and_split_by_target_prefix(store: Store) -> None:
    add_events(
        store,
        [
            make_event(dt.date(2011, 5, 1), 1, target="USAGOV"),
            make_event(dt.date(2011, 5, 2), 1, target="USA"),
            make_event(dt.date(2011, 5, 3), 4, source="PRKMIL", target="KORMIL"),
            make_event(dt.date(2011, 5, 4), 4, source="KORGOV", target="PRKGOV"),  # other way
            make_event(dt.date(2011, 5, 5), 3, target=None),
        ],
    )
    series = event_series(store, "PRK", "USA,KOR")
    by_target = series.set_index("target")
    assert by_target.loc["USA", "verbal_coop"] == 2 and by_target.loc["USA", "events"] == 2
    assert by_target.loc["KOR", "material_conflict"] == 1 and by_target.loc["KOR", "events"] == 1
    anyone = event_series(store, "PRK")
    assert list(anyone["target"]) == ["*"] and anyone.iloc[0].events == 4


@pytest.mark.parametrize(
    ("freq", "day", "start"),
    [
        ("day", dt.date(2011, 8, 24), dt.date(2011, 8, 24)),
        ("week", dt.date(2011, 8, 24), dt.date(2011, 8, 22)),  # a Wednesday -> its Monday
        ("week", dt.date(2011, 8, 28), dt.date(2011, 8, 22)),  # Sunday ends that week
        ("month", dt.date(2011, 8, 24), dt.date(2011, 8, 1)),
    ],
)
def test_period_start(freq: str, day: dt.date, start: dt.date) -> None:
    assert period_start(day, freq) == start


def test_weekly_series_between_since_and_until(store: Store) -> None:
    add_events(store, [make_event(dt.date(2011, 8, 24), 1), make_event(dt.date(2011, 8, 29), 2)])
    series = event_series(
        store, "PRK", "USA", freq="week", since=dt.date(2011, 8, 15), until=dt.date(2011, 9, 11)
    )
    assert list(series["period"]) == [
        dt.date(2011, 8, 15),
        dt.date(2011, 8, 22),
        dt.date(2011, 8, 29),
        dt.date(2011, 9, 5),
    ]
    assert list(series["events"]) == [0, 1, 1, 0]


def test_events_in_period_trace_a_point_to_its_sentences(store: Store) -> None:
    doc = Document(
        id="d1",
        text="North Korea offered talks. It fired artillery.",
        content_hash="h1",
        published=dt.date(2011, 8, 24),
        url="https://example.invalid/d1",
    )
    store.add_documents([doc])
    sentences = [
        Sentence("d1", 0, "North Korea offered talks.", 0, 26),
        Sentence("d1", 1, "It fired artillery.", 27, 46),
    ]
    coded = make_event(dt.date(2011, 8, 24), 1, target="KOR")
    coded.id, coded.doc_id, coded.sentence_id = "d1:0:0", "d1", "d1:0"
    fire = make_event(dt.date(2011, 8, 24), 4, target="KOR")
    fire.id, fire.doc_id, fire.sentence_id = "d1:1:0", "d1", "d1:1"
    store.save_coding("d1", sentences, [coded, fire], version="test")
    series = event_series(store, "PRK", "KOR")
    august = series[series["period"] == month(2011, 8)].iloc[0]
    behind = events_in_period(store, "PRK", "KOR", august.period, "month")
    assert list(behind["id"]) == august.event_ids == ["d1:0:0", "d1:1:0"]
    assert list(behind["sentence"]) == ["North Korea offered talks.", "It fired artillery."]
    assert set(behind["url"]) == {"https://example.invalid/d1"}
    assert events_in_period(store, "PRK", "USA", august.period, "month").empty


def test_empty_store_gives_an_empty_series(store: Store) -> None:
    assert event_series(store, "PRK", "USA").empty
    report = trend_report(store, "PRK", "USA")
    assert report.dyads[0].change_points.empty and report.dyads[0].charm_offensive.empty


# -- say–do gap -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("counts", "gap"),
    [
        ((8, 2, 1, 3), 1.1),  # the worked example of docs/trends.md
        ((0, 0, 0, 0), 0.0),
        ((5, 0, 5, 0), 0.0),  # cooperative words, cooperative deeds
        ((0, 4, 0, 3), 0.0),  # threats and attacks: words match deeds
        ((6, 0, 0, 0), 1.0),  # talk and nothing done
        ((3, 0, 0, 2), 2.0),  # nothing but nice words, nothing but hostile acts
        ((0, 2, 4, 0), -2.0),  # harsh words, aid delivered
    ],
)
def test_say_do_gap_by_hand(counts: tuple[int, int, int, int], gap: float) -> None:
    verbal_coop, verbal_conflict, material_coop, material_conflict = counts
    assert say_do_gap(verbal_coop, verbal_conflict, material_coop, material_conflict) == gap


def test_series_carries_the_worked_example_gap(store: Store) -> None:
    events = (
        monthly(2011, 8, 1, 8, target="KOR")
        + monthly(2011, 8, 3, 2, target="KOR", cameo="138")
        + monthly(2011, 8, 2, 1, target="KOR")
        + monthly(2011, 8, 4, 3, target="KOR")
    )
    add_events(store, events)
    row = event_series(store, "PRK", "KOR").iloc[0]
    assert (row.say_score, row.do_score, row.say_do_gap) == (0.6, -0.5, 1.1)
    assert row.threats == 2


# -- change points --------------------------------------------------------------------------------


def noisy_months(start_year: int, plan: list[tuple[int, float]], seed: int = 7) -> list[Event]:
    """Events for consecutive months: (months, mean Goldstein) blocks, 4 noisy events a month."""
    rng = random.Random(seed)
    events, index = [], 0
    for months, level in plan:
        for _ in range(months):
            year, number = start_year + index // 12, index % 12 + 1
            for k in range(4):
                score = max(-10.0, min(10.0, level + rng.uniform(-1.5, 1.5)))
                quad = 4 if score < -5 else 3 if score < 0 else 1
                events.append(make_event(dt.date(year, number, 2 + 5 * k), quad, goldstein=score))
            index += 1
    return events


def test_one_change_point_at_the_switch_from_conflict_to_cooperation(store: Store) -> None:
    add_events(store, noisy_months(2011, [(6, -8.0), (6, 4.0)]))
    series = event_series(store, "PRK", "USA")
    found = change_points(series, trend_settings().change_points)
    assert len(found) == 1
    point = found.iloc[0]
    assert point.date == month(2011, 7)
    assert point.direction == "towards engagement"
    assert point.before_mean == pytest.approx(-8.0, abs=1.0)
    assert point.after_mean == pytest.approx(4.0, abs=1.0)
    assert point.before_start == month(2011, 1) and point.after_end == month(2011, 12)


@pytest.mark.parametrize("method", ["pelt", "binseg"])
def test_two_shifts_are_dated_with_their_directions(store: Store, method: str) -> None:
    add_events(store, noisy_months(2010, [(8, 3.0), (6, -8.0), (10, 4.0)]))
    series = event_series(store, "PRK", "USA")
    found = change_points(series, trend_settings(method=method).change_points)
    assert list(found["date"]) == [month(2010, 9), month(2011, 3)]
    assert list(found["direction"]) == ["towards belligerence", "towards engagement"]


def test_no_change_point_in_a_steady_series(store: Store) -> None:
    add_events(store, noisy_months(2011, [(12, -3.0)]))
    series = event_series(store, "PRK", "USA")
    assert change_points(series, trend_settings().change_points).empty


def test_penalty_controls_how_many_shifts_are_found(store: Store) -> None:
    add_events(store, noisy_months(2011, [(6, -1.0), (6, 1.0)]))
    series = event_series(store, "PRK", "USA")
    assert len(change_points(series, trend_settings(penalty=0.5).change_points)) >= 1
    assert change_points(series, trend_settings(penalty=500).change_points).empty


def test_empty_months_are_left_out_of_the_change_point_signal(store: Store) -> None:
    events = noisy_months(2011, [(4, -8.0)]) + [
        make_event(dt.date(2012, 1, day), 1, goldstein=5.0) for day in (2, 9, 16)
    ]
    events += [make_event(dt.date(2012, 2, day), 1, goldstein=5.0) for day in (2, 9, 16)]
    add_events(store, events)
    series = event_series(store, "PRK", "USA")
    found = change_points(series, trend_settings().change_points)
    assert list(found["date"]) == [month(2012, 1)]  # May-December 2011 are empty, not neutral


def sparse_dyad_with_busy_actor(plan: list[tuple[int, float]]) -> list[Event]:
    """The actor's noisy monthly events against KOR per ``plan``, and one event against the USA
    in the second month of every quarter at the same level (few, and silent at the switch)."""
    events = noisy_months(2010, plan)
    events = [dataclasses.replace(event, target="KOR") for event in events]
    index = 0
    for months, level in plan:
        for _ in range(months):
            if index % 3 == 1:
                day = dt.date(2010 + index // 12, index % 12 + 1, 25)
                quad = 4 if level < -5 else 3 if level < 0 else 1
                events.append(make_event(day, quad, goldstein=level))
            index += 1
    return events


def test_a_sparse_dyad_is_dated_with_the_actor_as_context(store: Store) -> None:
    add_events(store, sparse_dyad_with_busy_actor([(12, -7.0), (12, 4.0)]))
    alone = trend_report(store, "PRK", "USA", context_weight=0.0).dyads[0].change_points
    assert list(alone["date"]) == [month(2011, 2)]  # the dyad's first event after the switch
    found = trend_report(store, "PRK", "USA").dyads[0].change_points
    assert list(found["date"]) == [month(2011, 1)]  # the actor's course dates it
    assert found.iloc[0].direction == "towards engagement"


def test_a_steady_actor_gives_a_sparse_dyad_no_change_point(store: Store) -> None:
    add_events(store, sparse_dyad_with_busy_actor([(24, -3.0)]))
    assert trend_report(store, "PRK", "USA").dyads[0].change_points.empty


def test_the_dyads_own_events_outweigh_the_context(store: Store) -> None:
    """The actor turns hostile towards KOR but stays cooperative towards the USA: the context
    may date a cooling of the USA dyad, but its own events keep it on the cooperative side."""
    events = noisy_months(2011, [(6, 4.0), (6, -8.0)])
    events = [dataclasses.replace(event, target="KOR") for event in events]
    for number in range(1, 13):
        events += monthly(2011, number, 1, 3, goldstein=4.0)
    add_events(store, events)
    report = trend_report(store, "PRK", ["KOR", "USA"])
    kor, usa = (dyad.change_points for dyad in report.dyads)
    assert list(kor["date"]) == [month(2011, 7)]
    assert kor.iloc[0].after_mean < -5  # -8 against KOR, pulled a little by the talk to the USA
    assert all(usa["after_mean"] > 0) and all(usa["before_mean"] > 3)
    alone = trend_report(store, "PRK", "USA", context_weight=0.0).dyads[0].change_points
    assert alone.empty


def test_change_points_weigh_periods_by_their_events() -> None:
    """One stray hostile statement in a month does not outweigh months of busy cooperation,
    and the segment means are event means."""
    rows = []
    for number in range(1, 13):
        busy = number <= 6
        count, score = (5, -6.0) if busy else (5, 3.0)
        rows += [
            {
                "id": f"b{number}-{k}",
                "date": dt.date(2011, number, 2 + k),
                "source": "PRK",
                "target": "USA",
                "cameo": "036",
                "quad": 1 if score > 0 else 3,
                "goldstein": score + (-0.5, 0.5, -0.5, 0.5, 0.0)[k],
                "root": "03",
            }
            for k in range(count)
        ]
    rows.append(
        {
            "id": "stray",
            "date": dt.date(2011, 9, 20),
            "source": "PRK",
            "target": "USA",
            "cameo": "111",
            "quad": 3,
            "goldstein": -10.0,
            "root": "11",
        }
    )
    series = series_from_events(pd.DataFrame(rows), "PRK", "USA", freq="month")
    found = change_points(series, trend_settings().change_points)
    assert list(found["date"]) == [month(2011, 7)]
    assert found.iloc[0].after_mean == pytest.approx((30 * 3.0 - 10.0) / 31, abs=0.01)


# -- charm offensive ------------------------------------------------------------------------------


def charm_scenario(*, deeds_in: int | None = None) -> list[Event]:
    """Jan-Jun 2011: one statement every other month toward the USA, artillery against the
    South every month; Jul-Aug: talk toward the USA surges; optional material cooperation."""
    events = []
    for number in range(1, 11):
        events += monthly(2011, number, 4, 1, source="PRKMIL", target="KOR")
    for number in (1, 3, 5):
        events += monthly(2011, number, 1, 1)
    events += monthly(2011, 7, 1, 4) + monthly(2011, 8, 1, 3)
    if deeds_in is not None:
        events += monthly(2011, deeds_in, 2, 1)
    return events


def test_a_surge_of_plain_statements_is_no_charm_offensive(store: Store) -> None:
    """A crisis fills the news with 'X said' (CAMEO 010, quad 1): not warm words."""
    events = [e for e in charm_scenario() if not (e.quad == 1 and e.date >= month(2011, 7))]
    events += monthly(2011, 7, 1, 4, cameo="010", goldstein=0.0)
    events += monthly(2011, 8, 1, 3, cameo="010", goldstein=0.0)
    add_events(store, events)
    report = trend_report(store, "PRK", "USA")
    series = report.dyads[0].series.set_index("period")
    july = series.loc[month(2011, 7)]
    assert (july.verbal_coop, july.warm_words) == (4, 0)
    assert report.dyads[0].charm_offensive.empty
    counted = trend_report(store, "PRK", "USA", statement_roots=[])  # everything counts
    assert len(counted.dyads[0].charm_offensive) == 1


def test_warm_words_are_aimed_abroad(store: Store) -> None:
    """A leader signing an order for his generals, or meeting with no one named, courts no one."""
    day = dt.date(2013, 3, 29)
    add_events(
        store,
        [
            make_event(day, 1, target="PRKMIL", cameo="057", goldstein=8.0),  # domestic
            make_event(day, 1, target=None, cameo="040", goldstein=1.0),  # no one named
            make_event(day, 1, target="CHNGOV", cameo="040", goldstein=1.0),  # abroad
        ],
    )
    row = event_series(store, "PRK").set_index("period").loc[month(2013, 3)]
    assert (row.verbal_coop, row.warm_words) == (3, 1)


def test_charm_offensive_is_flagged_when_talk_rises_amid_hostility(store: Store) -> None:
    add_events(store, charm_scenario())
    report = trend_report(store, "PRK", "USA")
    windows = report.dyads[0].charm_offensive
    assert len(windows) == 1
    window = windows.iloc[0]
    assert (window.start, window.end) == (month(2011, 7), dt.date(2011, 8, 31))
    assert (window.verbal_coop, window.verbal_coop_before, window.score) == (7, 1, 7.0)
    assert window.hostile == 2 and window.material_coop == 0 and not window.provisional
    assert "verbal cooperation (plain statements aside) 7" in window.reason
    usa_talk = report.dyads[0].series.set_index("period").loc[month(2011, 7), "event_ids"]
    assert set(usa_talk) <= set(window.event_ids)
    assert len(window.event_ids) == 7 + 2  # the talk and the two shellings


@pytest.mark.parametrize("deeds_in", [7, 9, 10])
def test_no_charm_offensive_when_material_cooperation_follows(store: Store, deeds_in: int) -> None:
    add_events(store, charm_scenario(deeds_in=deeds_in))
    assert trend_report(store, "PRK", "USA").dyads[0].charm_offensive.empty


def test_deeds_after_the_lag_do_not_clear_the_flag(store: Store) -> None:
    add_events(store, charm_scenario(deeds_in=11))  # Nov is beyond Aug + 2 months
    assert len(trend_report(store, "PRK", "USA").dyads[0].charm_offensive) == 1
    assert trend_report(store, "PRK", "USA", lag=3).dyads[0].charm_offensive.empty


def test_hostility_scope_dyad_needs_hostility_against_the_target(store: Store) -> None:
    add_events(store, charm_scenario())
    assert len(trend_report(store, "PRK", "USA").dyads[0].charm_offensive) == 1
    dyad_only = trend_report(store, "PRK", "USA", hostility_scope="dyad")
    assert dyad_only.dyads[0].charm_offensive.empty


@pytest.mark.parametrize(
    ("overrides", "flagged"),
    [
        ({}, True),
        ({"rise_ratio": 8.0}, False),
        ({"min_verbal": 8}, False),
        ({"min_hostile": 3}, False),
        ({"window": 3}, True),
    ],
)
def test_charm_offensive_thresholds_are_settable(
    store: Store, overrides: dict, flagged: bool
) -> None:
    add_events(store, charm_scenario())
    windows = trend_report(store, "PRK", "USA", **overrides).dyads[0].charm_offensive
    assert (len(windows) == 1) is flagged


def test_charm_offensive_at_the_end_of_the_data_is_provisional(store: Store) -> None:
    add_events(store, charm_scenario())
    report = trend_report(store, "PRK", "USA", until=dt.date(2011, 9, 30))
    window = report.dyads[0].charm_offensive.iloc[0]
    assert window.provisional and "provisional" in window.reason


def test_threats_count_as_persisting_hostility(store: Store) -> None:
    events = [make_event(dt.date(2011, m, 5), 1) for m in (1, 3, 5)]
    events += monthly(2011, 7, 1, 4) + monthly(2011, 8, 1, 3)
    events += [make_event(dt.date(2011, 8, 20), 3, cameo="138", target="KOR")]  # a threat
    events += [make_event(dt.date(2011, 12, 1), 1)]
    add_events(store, events)
    assert len(trend_report(store, "PRK", "USA").dyads[0].charm_offensive) == 1
    no_threats = trend_report(store, "PRK", "USA", threat_roots=["19"])
    assert no_threats.dyads[0].charm_offensive.empty


def test_charm_offensive_on_a_series_frame_directly() -> None:
    rows = [
        {
            "id": f"x{i}",
            "date": dt.date(2011, m, 2 + i),
            "source": "PRKGOV",
            "target": "USA",
            "cameo": "036",
            "root": "03",
            "quad": 1,
            "goldstein": 4.0,
        }
        for m, n in ((1, 1), (2, 0), (3, 4), (4, 0))
        for i in range(n)
    ] + [
        {
            "id": "fire",
            "date": dt.date(2011, 3, 20),
            "source": "PRKMIL",
            "target": "USA",
            "cameo": "190",
            "root": "19",
            "quad": 4,
            "goldstein": -10.0,
        }
    ]
    events = pd.DataFrame(rows)
    series = series_from_events(events, "PRK", "USA", freq="month")
    settings = trend_settings(window=1, lag=1, hostility_scope="dyad").charm_offensive
    windows = charm_offensive_windows(series, settings, freq="month")
    assert list(windows["start"]) == [month(2011, 3)]
    assert windows.iloc[0].event_ids == ["x0", "x1", "x2", "x3", "fire"]


# -- settings and the report ----------------------------------------------------------------------


def test_defaults_come_from_the_data_file_and_depend_on_freq() -> None:
    monthly_settings = trend_settings("month")
    weekly = trend_settings("week")
    assert monthly_settings.charm_offensive.window == 2
    assert weekly.charm_offensive.window == 8
    assert monthly_settings.change_points.method == "pelt"
    assert trend_settings("month", window=5, penalty=9.0).charm_offensive.window == 5


@pytest.mark.parametrize(
    ("freq", "overrides"),
    [
        ("year", {}),
        ("month", {"window": 0}),
        ("month", {"method": "magic"}),
        ("month", {"signal": "tone"}),
        ("month", {"hostility_scope": "world"}),
        ("month", {"bogus": 1}),
        ("month", {"context_weight": 1.5}),
    ],
)
def test_bad_settings_are_config_errors(freq: str, overrides: dict) -> None:
    with pytest.raises(ConfigError):
        trend_settings(freq, **overrides)


def test_report_json_document_shape(store: Store) -> None:
    add_events(store, charm_scenario())
    document = trend_report(store, "PRK", ["USA", "KOR"]).to_dict()
    text = json.dumps(document)  # serialisable as it is
    assert json.loads(text)["actor"] == "PRK"
    assert document["freq"] == "month"
    assert [(d["source"], d["target"]) for d in document["dyads"]] == [
        ("PRK", "USA"),
        ("PRK", "KOR"),
    ]
    first = document["dyads"][0]
    assert set(first) == {"source", "target", "series", "change_points", "charm_offensive"}
    assert first["series"][0]["period"] == "2011-01-01"
    assert first["series"][1]["goldstein_mean"] is None  # February: nothing toward the USA
    assert first["charm_offensive"][0]["start"] == "2011-07-01"


def events_frame(events: list[Event]) -> pd.DataFrame:
    """Events as :func:`happened_events` returns them, without a store."""
    return pd.DataFrame(
        [
            {
                "id": ev.id,
                "date": ev.date,
                "source": ev.source,
                "target": ev.target or "",
                "cameo": ev.cameo,
                "root": ev.cameo[:2],
                "quad": ev.quad,
                "goldstein": ev.goldstein,
            }
            for ev in events
        ]
    )


@pytest.mark.parametrize("september_deed", [False, True])
def test_the_worked_example_of_the_docs(september_deed: bool) -> None:
    events = [make_event(dt.date(2011, 5, 10), 1)]
    events += monthly(2011, 7, 1, 4) + monthly(2011, 8, 1, 3)
    events += [make_event(dt.date(2011, 8, 22), 4, target="KOR")]
    events += [make_event(dt.date(2011, 12, 1), 3, cameo="111")]  # the data run to December
    if september_deed:
        events += [make_event(dt.date(2011, 9, 15), 2)]
    frame = events_frame(events)
    year = {"start": month(2011, 1), "end": month(2011, 12)}
    actor_wide = series_from_events(frame, "PRK", None, **year)
    usa = series_from_events(frame, "PRK", "USA", **year)
    settings = trend_settings("month").charm_offensive
    windows = charm_offensive_windows(usa, settings, freq="month", hostility=actor_wide)
    if september_deed:
        assert windows.empty
        return
    assert len(windows) == 1
    window = windows.iloc[0]
    assert (window.start, window.end, window.score) == (month(2011, 7), dt.date(2011, 8, 31), 7.0)
    assert (window.verbal_coop, window.verbal_coop_before, window.hostile) == (7, 1, 1)


def test_the_default_period_is_the_reporting_not_a_recalled_past(tmp_path) -> None:
    """A 2012 report recalling the 1953 Armistice: the series runs over 2012, not 60 years."""
    from pledgewatch.store import open_store
    from tests.test_report import store_with_a_1953_event

    url = f"sqlite:///{tmp_path / 'recall.db'}"
    store_with_a_1953_event(url)
    with open_store(url) as store:
        report = trend_report(store, "PRK")
        periods = list(report.dyads[0].series["period"])
        assert periods and periods[0] >= dt.date(2012, 1, 1)
        # imported events have no document: their dates widen the reporting span
        add_events(store, [make_event(dt.date(2009, 6, 3), 4, source="PRKMIL", target="KOR")])
        widened = trend_report(store, "PRK").dyads[0].series["period"]
        assert widened.iloc[0] == dt.date(2009, 6, 1)
