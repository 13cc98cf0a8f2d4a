"""The actor dictionary: built-in files, --actors extension files, dated people, spelling rules."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import spacy
import yaml

from pledgewatch.actors import ActorMatcher, load_actor_dictionary
from pledgewatch.actors.dictionary import Person, Role
from pledgewatch.actors.spelling import name_variants, parse_phrase, plural_of
from pledgewatch.errors import ConfigError

D = dt.date


@pytest.fixture(scope="module")
def dictionary():
    return load_actor_dictionary()


def test_every_iso_country_is_listed(dictionary):
    names = dictionary.country_names
    assert len(names) >= 249
    for code in ("PRK", "KOR", "USA", "CHN", "RUS", "JPN", "SSD", "PSE", "TWN", "XKX", "ATA"):
        assert code in names
    assert names["PRK"] == "North Korea"


def test_loading_is_cached_for_the_same_files(dictionary):
    assert load_actor_dictionary() is dictionary
    assert load_actor_dictionary(extra_paths=()) is dictionary


@pytest.mark.parametrize(
    ("role", "day", "holds"),
    [
        (Role("PRKGOV", None, D(2011, 12, 17)), D(2011, 12, 17), True),
        (Role("PRKGOV", None, D(2011, 12, 17)), D(2011, 12, 18), False),
        (Role("KORGOV", D(2008, 2, 25), D(2013, 2, 24)), D(2008, 2, 24), False),
        (Role("KORGOV", D(2008, 2, 25), D(2013, 2, 24)), D(2010, 1, 1), True),
        (Role("USAGOV", D(2009, 1, 20)), D(2030, 1, 1), True),
    ],
)
def test_role_dates_are_inclusive(role, day, holds):
    assert role.holds(day) is holds


def test_person_codes_outside_roles_fall_back_to_elite_or_otherwise():
    lee = Person("Lee", "KOR", (Role("KORGOV", D(2008, 2, 25), D(2013, 2, 24)),))
    assert lee.code_at(D(2013, 3, 1))[0] == "KORELI"
    assert lee.code_at(D(2010, 3, 1)) == ("KORGOV", "KORGOV from 2008-02-25 until 2013-02-24")
    jang = Person("Jang", "PRK", (Role("PRKGOV", None, D(2013, 12, 8)),), otherwise="PRK")
    assert jang.code_at(D(2014, 1, 1))[0] == "PRK"
    # no document date: the open-ended (or latest) role
    two = Person(
        "X",
        "JPN",
        (Role("JPNGOV", D(2006, 9, 26), D(2007, 9, 26)), Role("JPNGOV", D(2012, 12, 26))),
    )
    assert two.code_at(None)[1].startswith("JPNGOV from 2012-12-26")


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("North Korea", ("North Korea", False)),
        ("US", ("US", True)),
        ("U.S.", ("U.S.", True)),
        ("KCNA", ("KCNA", True)),
        ("UNICEF", ("UNICEF", False)),
        ("=Bush", ("Bush", True)),
        ("the Kremlin", ("Kremlin", False)),
        ("The Hague", ("The Hague", False)),
    ],
)
def test_phrase_case_rules(raw, expected):
    assert parse_phrase(raw) == expected


@pytest.mark.parametrize(
    ("noun", "plural"),
    [
        ("official", "officials"),
        ("ministry", "ministries"),
        ("spokesman", "spokesmen"),
        ("spokesperson", "spokespeople"),
        ("business", "businesses"),
        ("chief of staff", "chiefs of staff"),
        ("troops", None),
        ("police", None),
    ],
)
def test_agent_plurals(noun, plural):
    assert plural_of(noun, {"chief of staff": "chiefs of staff"}, ["police"]) == plural


def test_name_variants_cover_hyphens_and_accents():
    assert set(name_variants("Kim Jong-il")) >= {"Kim Jong-il", "Kim Jong il", "Kim Jongil"}
    assert "Recep Tayyip Erdogan" in name_variants("Recep Tayyip Erdoğan")


def test_dictionary_exposes_model_actor_records(dictionary):
    actors = dictionary.actors()
    kim = [a for a in actors if a.name == "Kim Jong Il" and a.code == "PRKGOV"]
    assert kim and kim[0].valid_to == D(2011, 12, 17) and kim[0].sector == "GOV"
    assert any(a.code == "IGOUNOIAE" for a in actors)


# --- --actors FILE -------------------------------------------------------------------------------


def write_yaml(path: Path, data: dict) -> Path:
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return path


@pytest.fixture()
def extra_file(tmp_path: Path) -> Path:
    return write_yaml(
        tmp_path / "my_actors.yaml",
        {
            "people": [
                # a new person
                {
                    "name": "Hyon Song Wol",
                    "country": "PRK",
                    "roles": [{"code": "PRKGOV", "from": "2017-01-01"}],
                },
                # overrides the built-in entry: a different code and a new alias
                {
                    "name": "Kim Jong Un",
                    "aliases": ["Marshal Kim"],
                    "country": "PRK",
                    "roles": [{"code": "PRKMIL"}],
                },
            ],
            "organisations": [{"code": "KORMED", "names": ["Pyongyang Watch Weekly"]}],
            "agents": {"MIL": ["missile brigade"]},
        },
    )


def test_extra_file_adds_and_overrides_actors(extra_file: Path):
    extended = load_actor_dictionary(extra_paths=[extra_file])
    assert extended is not load_actor_dictionary()
    matcher = ActorMatcher(extended)
    blank = spacy.blank("en")

    def code(text: str) -> list[str]:
        return [m.code for m in matcher.find(blank(text), D(2018, 1, 1))]

    assert code("Hyon Song Wol arrived.") == ["PRKGOV"]  # added
    assert code("Kim Jong Un arrived.") == ["PRKMIL"]  # overridden
    assert code("Marshal Kim arrived.") == ["PRKMIL"]  # the new alias
    assert code("Pyongyang Watch Weekly reported it.") == [
        "KORMED"
    ]  # longest match over the capital
    assert code("A North Korean missile brigade fired.") == ["PRKMIL"]
    assert code("Kim Jong Il died.") == ["PRKELI"]  # untouched entries keep their codes
    # the default dictionary is unchanged
    default = ActorMatcher(load_actor_dictionary())
    assert [m.code for m in default.find(blank("Kim Jong Un arrived."), D(2018, 1, 1))] == [
        "PRKGOV"
    ]


def test_extra_file_phrase_shadows_builtin_phrase(tmp_path: Path):
    path = write_yaml(
        tmp_path / "korea.yaml", {"organisations": [{"code": "PRK", "names": ["Korea"]}]}
    )
    matcher = ActorMatcher(load_actor_dictionary([path]))
    assert [m.code for m in matcher.find(spacy.blank("en")("Korea said no."), None)] == ["PRK"]


def test_extra_file_is_reloaded_when_it_changes(tmp_path: Path):
    path = write_yaml(
        tmp_path / "a.yaml", {"organisations": [{"code": "KORMED", "names": ["Alpha Daily"]}]}
    )
    first = load_actor_dictionary([path])
    assert first.lookup("alpha daily")
    import os

    write_yaml(path, {"organisations": [{"code": "KORMED", "names": ["Beta Daily"]}]})
    stat = path.stat()
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000_000))
    second = load_actor_dictionary([path])
    assert second.lookup("beta daily") and not second.lookup("alpha daily")


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("people: [{name: X, roles: [{code: prkgov}]}]", "is not a CAMEO code"),
        ("people: [{name: X, roles: [{code: PRKGOV, from: yesterday}]}]", "is not a date"),
        ("countries: [{names: [Atlantis]}]", "needs a 'code'"),
        ("actors: []", "unknown section"),
        ("- just a list", "must be a mapping"),
        ("people: [unclosed", "not valid YAML"),
        ("agents: {GOVERNMENT: [minister]}", "three-letter sector"),
    ],
)
def test_bad_extra_files_raise_config_errors_naming_the_file(tmp_path: Path, content, message):
    path = tmp_path / "bad.yaml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ConfigError) as info:
        load_actor_dictionary([path])
    assert message in str(info.value) and str(path.name) in str(info.value)


def test_missing_extra_file_raises_config_error(tmp_path: Path):
    with pytest.raises(ConfigError, match="not found"):
        load_actor_dictionary([tmp_path / "nope.yaml"])
