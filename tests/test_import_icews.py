"""ICEWS import: header mapping, country names and sectors to codes, repaired codes, bad lines."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from pledgewatch.interop import country_code, icews_actor_code, import_events, sector_code
from pledgewatch.store import Store
from pledgewatch.store.frames import events_frame

HEADER = [
    "Event ID",
    "Event Date",
    "Source Name",
    "Source Sectors",
    "Source Country",
    "Event Text",
    "CAMEO Code",
    "Intensity",
    "Target Name",
    "Target Sectors",
    "Target Country",
    "Story ID",
    "Sentence Number",
    "Publisher",
    "City",
    "District",
    "Province",
    "Country",
    "Latitude",
    "Longitude",
]

# Made-up rows in the ICEWS layout.
SUMMIT = {
    "Event ID": "926685",
    "Event Date": "2011-08-24",
    "Source Name": "Kim Jong-Il",
    "Source Sectors": "Executive,Government,Elite",
    "Source Country": "North Korea",
    "Event Text": "Express intent to meet or negotiate",
    "CAMEO Code": "036",
    "Intensity": "4.0",
    "Target Name": "Dmitry Medvedev",
    "Target Sectors": "Executive,Government",
    "Target Country": "Russian Federation",
    "Story ID": "27562410",
    "Sentence Number": "2",
    "Publisher": "Example Wire",
    "City": "Ulan-Ude",
    "District": "",
    "Province": "Buryatiya",
    "Country": "Russia",
    "Latitude": "51.83",
    "Longitude": "107.61",
}


def row(**changes: str) -> dict[str, str]:
    return {**SUMMIT, **changes}


def icews_file(path: Path, rows: list[dict[str, str]], header: list[str] | None = HEADER) -> Path:
    columns = header or HEADER
    lines = ["\t".join(columns)] if header else []
    lines += ["\t".join(r.get(c, "") for c in columns) for r in rows]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def stored(store: Store) -> dict[str, dict]:
    return {r["id"]: r for r in events_frame(store).to_dict(orient="records")}


def test_icews_row_becomes_an_event_with_codes_and_provenance(store: Store, tmp_path: Path) -> None:
    path = icews_file(tmp_path / "events.2011.tab", [row()])
    report = import_events(store, [path], fmt="icews")
    assert (report.lines, report.inserted, report.bad_lines) == (2, 1, 0)
    event = stored(store)["icews:926685"]
    assert (event["source"], event["target"]) == ("PRKGOV", "RUSGOV")
    assert (event["source_text"], event["target_text"]) == ("Kim Jong-Il", "Dmitry Medvedev")
    assert (event["date"], event["cameo"], event["quad"]) == (dt.date(2011, 8, 24), "036", 1)
    assert (event["goldstein"], event["plover"], event["origin"]) == (4.0, "AGREE", "icews")
    assert event["action_text"] == "Express intent to meet or negotiate"
    provenance = event["provenance"]
    assert (provenance["format"], provenance["line"], provenance["original_id"]) == (
        "icews",
        2,
        "926685",
    )
    assert provenance["Story ID"] == "27562410" and provenance["Publisher"] == "Example Wire"
    assert provenance["source_sectors"] == "Executive,Government,Elite"


@pytest.mark.parametrize(
    ("name", "sectors", "country", "code"),
    [
        ("Kim Jong-Il", "Executive,Government,Elite", "North Korea", "PRKGOV"),
        ("Military (North Korea)", "Military,Army", "North Korea", "PRKMIL"),
        ("Ministry of Defense", "Defense / Security Ministry,Government", "South Korea", "KORGOV"),
        ("Police (South Korea)", "Police,Government", "South Korea", "KORCOP"),
        ("Citizen (Japan)", "", "Japan", "JPN"),
        ("Business (China)", "Business", "China", "CHNBUS"),
        ("Barack Obama", "Executive,Government", "United States", "USAGOV"),
        ("United Nations", "", "", "IGOUNO"),
        ("International Atomic Energy Agency", "Nongovernmental", "", "IGOUNOIAE"),
        ("Russia", "", "", "RUS"),
        ("Someone", "Government", "Atlantis", None),
    ],
)
def test_icews_actor_codes(name: str, sectors: str, country: str, code: str | None) -> None:
    assert icews_actor_code(name, sectors, country) == code


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("North Korea", "PRK"),
        ("Korea, North", "PRK"),
        ("Korea, Democratic People's Republic of", "PRK"),
        ("south korea", "KOR"),
        ("  United   States ", "USA"),
        ("Russian Federation", "RUS"),
        ("Occupied Palestinian Territory", "PSE"),
        ("Iran", "IRN"),
        ("the Netherlands", "NLD"),
        ("Atlantis", None),
    ],
)
def test_country_names(name: str, code: str | None) -> None:
    assert country_code(name) == code


@pytest.mark.parametrize(
    ("sectors", "code"),
    [
        ("Military,Government", "MIL"),
        ("Executive,Military", "GOV"),
        ("Protestant,Religious", "REL"),
        ("Protestors / Popular Opposition / Mobs", "OPP"),
        ("Rebel", "REB"),
        ("", None),
    ],
)
def test_sector_keywords(sectors: str, code: str | None) -> None:
    assert sector_code(sectors) == code


@pytest.mark.parametrize(
    ("written", "code", "quad"),
    [("036", "036", 1), ("43", "043", 1), ("331", "0331", 1), ("10", "010", 1), ("190", "190", 4)],
)
def test_codes_that_lost_their_leading_zero_are_repaired(
    store: Store, tmp_path: Path, written: str, code: str, quad: int
) -> None:
    path = icews_file(tmp_path / "e.tab", [row(**{"CAMEO Code": written})])
    import_events(store, [path], fmt="icews")
    event = stored(store)["icews:926685"]
    assert (event["cameo"], event["quad"]) == (code, quad)


def test_missing_intensity_takes_the_code_tables_goldstein(store: Store, tmp_path: Path) -> None:
    path = icews_file(tmp_path / "e.tab", [row(**{"CAMEO Code": "043", "Intensity": ""})])
    import_events(store, [path], fmt="icews")
    assert stored(store)["icews:926685"]["goldstein"] == 2.8


def test_columns_are_found_by_header_name(store: Store, tmp_path: Path) -> None:
    shuffled = list(reversed(HEADER))
    path = icews_file(tmp_path / "e.tab", [row()], header=shuffled)
    report = import_events(store, [path])  # format detected from the header
    assert report.inserted == 1
    assert stored(store)["icews:926685"]["source"] == "PRKGOV"


def test_file_without_header_uses_the_standard_order(store: Store, tmp_path: Path) -> None:
    path = icews_file(tmp_path / "e.tab", [row(), row(**{"Event ID": "2"})], header=None)
    report = import_events(store, [path], fmt="icews")
    assert report.inserted == 2
    assert stored(store)["icews:2"]["provenance"]["line"] == 2


def test_bad_lines_are_reported_and_skipped(store: Store, tmp_path: Path) -> None:
    rows = [
        row(**{"Event ID": "1"}),
        row(**{"Event ID": ""}),
        row(**{"Event ID": "3", "Event Date": "24/08/2011"}),
        row(**{"Event ID": "4", "CAMEO Code": "ABC"}),
        row(**{"Event ID": "5", "Intensity": "strong"}),
        row(**{"Event ID": "6"}),
    ]
    path = icews_file(tmp_path / "bad.tab", rows)
    with path.open("a", encoding="utf-8") as handle:
        handle.write("\t".join(["7"] * 25) + "\n")
    report = import_events(store, [path], fmt="icews")
    assert set(stored(store)) == {"icews:1", "icews:6"}
    assert report.bad_lines == 5
    problems = "\n".join(report.problems)
    assert f"{path}:3: empty Event ID" in problems
    assert f"{path}:4: bad date '24/08/2011'" in problems
    assert f"{path}:5: CAMEO Code 'ABC' is not a CAMEO event code" in problems
    assert f"{path}:6: Intensity 'strong' is not a number" in problems
    assert f"{path}:8: 25 columns, the header names 20" in problems


def test_reimport_is_idempotent(store: Store, tmp_path: Path) -> None:
    path = icews_file(tmp_path / "e.tab", [row(**{"Event ID": str(n)}) for n in range(4)])
    assert import_events(store, [path], fmt="icews").inserted == 4
    again = import_events(store, [path], fmt="icews")
    assert (again.inserted, again.already_present) == (0, 4)
    assert len(stored(store)) == 4


def test_actor_filter_uses_the_built_codes(store: Store, tmp_path: Path) -> None:
    rows = [
        row(**{"Event ID": "1"}),
        row(**{"Event ID": "2", "Source Country": "Japan", "Target Country": "China"}),
    ]
    report = import_events(store, [icews_file(tmp_path / "e.tab", rows)], actor="RUS")
    assert set(stored(store)) == {"icews:1"} and report.filtered_out == 1
