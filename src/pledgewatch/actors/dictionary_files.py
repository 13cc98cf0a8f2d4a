"""Reading and checking the actor dictionary's YAML files into an :class:`ActorDictionary`.

Each file's sections (``SECTIONS``) are collected by identity (a country code, a person's or
organisation's name, an agent noun), layer by layer: the built-in files first, then each
``--actors FILE`` above them, so a higher layer's entry replaces the same identity below and its
phrases shadow the same phrases. Every check names the file and the entry (an unknown section,
a code that is no CAMEO code, a date that is no date). Loading is cached per set of files and
their mtimes. This module is apart from :mod:`pledgewatch.actors.dictionary` because reading and
validating files is a job apart from the records and their lookup, which the matcher uses.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from pledgewatch.actors.dictionary import (
    ActorDictionary,
    DirectionalRule,
    Entry,
    Person,
    Phrase,
    Role,
    default_data_dir,
)
from pledgewatch.actors.shared_places import add_shared_places
from pledgewatch.actors.spelling import (
    EXACT_CASE_PREFIX,
    fold_accents,
    name_variants,
    parse_phrase,
    plural_of,
)
from pledgewatch.errors import ConfigError
from pledgewatch.yaml_lists import refuse_unquoted_booleans

BUILTIN_FILES = ("countries.yaml", "agents.yaml", "people.yaml", "organisations.yaml")
SECTIONS = frozenset(
    {
        "countries", "regimes", "directional", "non_actors", "person_name_words",
        "agents", "representatives", "titles", "modifiers", "former", "organisation_agents",
        "irregular_plurals", "uncountable", "regime_nouns", "people", "organisations",
        "authored_nouns", "authoring_verbs", "pair_nouns", "host_nouns", "origin_verbs",
        "national_nouns", "collective_agents", "crew_nouns", "vessel_nouns", "pair_names",
        "command_verbs", "joint_pair_nouns", "threat_words", "body_modifiers",
        "reporting_lemmas", "bare_bodies", "salient_country_nouns", "self_names", "press_names",
        "bare_korean_words", "ally_nouns", "joint_facilities", "facility_operation_verbs",
        "attack_at_verbs", "state_media_nouns", "gathered_group_nouns", "state_media_states",
        "no_country_seat", "aircraft_agents", "air_war_words", "removal_verbs",
    }
)  # fmt: skip
_SECTOR = re.compile(r"^[A-Z]{3}$")
_NON_STATE = frozenset({"IGO", "NGO", "IMG"})
_CODE = re.compile(r"^(?:[A-Z]{3}|---)(?:[A-Z]{3})*$")


def load_files(extra_paths: Iterable[Path | str] = ()) -> ActorDictionary:
    """The built-in dictionary extended by user files in the same format (``--actors FILE``).

    Raises:
        ConfigError: a file is missing, is not YAML, or has an entry that cannot be used; the
            message names the file and the entry.
    """
    keys = []
    for raw in extra_paths:
        path = Path(raw).expanduser()
        if not path.is_file():
            raise ConfigError(
                "actor dictionary file not found; pass an existing YAML file to --actors",
                path=str(path),
            )
        keys.append((str(path.resolve()), path.stat().st_mtime_ns))
    return _load_cached(tuple(keys))


@lru_cache(maxsize=16)
def _load_cached(extra: tuple[tuple[str, int], ...]) -> ActorDictionary:
    builder = _Builder()
    data_dir = default_data_dir()
    for name in BUILTIN_FILES:
        builder.add_file(_read_yaml(data_dir / name), layer=0, source=str(data_dir / name))
    for layer, (path, _mtime) in enumerate(extra, start=1):
        builder.add_file(_read_yaml(Path(path)), layer=layer, source=path)
    return builder.build()


def _read_yaml(path: Path) -> dict[str, Any]:
    try:
        with path.open(encoding="utf-8") as handle:
            data = yaml.load(handle, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"cannot read actor dictionary: {exc}", path=str(path)) from exc
    except yaml.YAMLError as exc:
        raise ConfigError(
            f"not valid YAML ({exc}); see pledgewatch/data/actors/README.md for the format",
            path=str(path),
        ) from exc
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise ConfigError(
            "an actor dictionary file must be a mapping of sections such as 'countries:', "
            "'people:', 'agents:', 'organisations:'",
            path=str(path),
        )
    refuse_unquoted_booleans(data, str(path))  # "no" in a word list would be read as false
    unknown = set(data) - SECTIONS
    if unknown:
        raise ConfigError(
            f"unknown section(s) {sorted(unknown)}; known sections are {sorted(SECTIONS)}",
            path=str(path),
        )
    return data


def _as_list(value: Any, what: str, source: str) -> list[Any]:
    if value is None:
        return []
    if isinstance(value, str) or not isinstance(value, list):
        raise ConfigError(f"{what} must be a list", path=source)
    return value


def _check_code(code: Any, what: str, source: str, *, sector: bool = False) -> str:
    pattern = _SECTOR if sector else _CODE
    if not isinstance(code, str) or not pattern.match(code):
        kind = "a three-letter sector such as GOV" if sector else "a CAMEO code such as PRKGOV"
        raise ConfigError(f"{what}: {code!r} is not {kind}", path=source)
    return code


def _as_date(value: Any, what: str, source: str) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError as exc:
        raise ConfigError(f"{what}: {value!r} is not a date (YYYY-MM-DD)", path=source) from exc


@dataclass
class _Layered:
    layer: int
    source: str
    data: Any


class _Builder:
    """Collects the sections of each file by identity, then builds the phrase index."""

    def __init__(self) -> None:
        self.countries: dict[str, _Layered] = {}
        self.agents: dict[str, _Layered] = {}  # noun (lower) -> (sector, noun)
        self.people: dict[str, _Layered] = {}
        self.organisations: dict[str, _Layered] = {}
        self.non_actors: dict[str, _Layered] = {}
        self.word_lists: dict[str, set[str]] = {
            name: set()
            for name in (
                "representatives", "titles", "modifiers", "former", "organisation_agents",
                "uncountable", "regime_nouns", "person_name_words", "authored_nouns",
                "authoring_verbs", "pair_nouns", "host_nouns", "origin_verbs", "national_nouns",
                "collective_agents", "crew_nouns", "vessel_nouns", "command_verbs",
                "joint_pair_nouns", "threat_words", "body_modifiers", "reporting_lemmas",
                "bare_bodies", "salient_country_nouns", "self_names", "press_names",
                "bare_korean_words", "ally_nouns", "facility_operation_verbs", "attack_at_verbs",
                "state_media_nouns", "gathered_group_nouns", "state_media_states",
                "no_country_seat", "aircraft_agents", "air_war_words", "removal_verbs",
            )
        }  # fmt: skip
        self.irregular: dict[str, str] = {}
        self.regimes: frozenset[str] = frozenset()
        self.vessel_names: frozenset[str] = frozenset()
        self.directional: list[DirectionalRule] = []
        self.pair_names: dict[str, tuple[str, ...]] = {}
        self.joint_facilities: dict[str, tuple[str, ...]] = {}
        self.sources: list[str] = []

    def add_file(self, data: dict[str, Any], layer: int, source: str) -> None:
        self.sources.append(source)
        for raw in _as_list(data.get("countries"), "countries", source):
            if not isinstance(raw, dict) or "code" not in raw:
                raise ConfigError(f"country entry {raw!r} needs a 'code'", path=source)
            code = _check_code(raw["code"], "country code", source, sector=True)
            self.countries[code] = _Layered(layer, source, raw)
        for sector, nouns in (data.get("agents") or {}).items():
            sector = str(sector or "")
            if sector:
                _check_code(sector, "agent sector", source, sector=True)
            for noun in _as_list(nouns, f"agents.{sector or 'no sector'}", source):
                self.agents[str(noun).lower()] = _Layered(layer, source, (sector, str(noun)))
        for raw in _as_list(data.get("people"), "people", source):
            if not isinstance(raw, dict) or not raw.get("name"):
                raise ConfigError(f"person entry {raw!r} needs a 'name'", path=source)
            self.people[str(raw["name"]).lower()] = _Layered(layer, source, raw)
        for raw in _as_list(data.get("organisations"), "organisations", source):
            if not isinstance(raw, dict) or "code" not in raw or not raw.get("names"):
                raise ConfigError(f"organisation {raw!r} needs a 'code' and 'names'", path=source)
            _check_code(raw["code"], f"organisation {raw['names'][0]!r}", source)
            key = f"{raw['code']}|{str(raw['names'][0]).lower()}"
            self.organisations[key] = _Layered(layer, source, raw)
        for phrase in _as_list(data.get("non_actors"), "non_actors", source):
            self.non_actors[str(phrase).lower()] = _Layered(layer, source, str(phrase))
        for name, words in self.word_lists.items():
            words.update(str(word).lower() for word in _as_list(data.get(name), name, source))
        for noun, plural in (data.get("irregular_plurals") or {}).items():
            self.irregular[str(noun).lower()] = str(plural)
        if "regimes" in data:
            codes = _as_list(data["regimes"], "regimes", source)
            self.regimes = frozenset(_check_code(c, "regime", source, sector=True) for c in codes)
        for raw in _as_list(data.get("directional"), "directional", source):
            self.directional.append(
                DirectionalRule(
                    word=str(raw["word"]),
                    code=_check_code(raw["code"], f"directional {raw['word']!r}", source),
                    context=frozenset(raw.get("context") or ()),
                )
            )

        for name, codes in (data.get("pair_names") or {}).items():
            listed = _as_list(codes, f"pair_names.{name}", source)
            if len(listed) != 2:
                raise ConfigError(
                    f"pair name {name!r} needs exactly two country codes, got {listed!r}",
                    path=source,
                )
            self.pair_names[str(name).lower()] = tuple(
                _check_code(code, f"pair name {name!r}", source, sector=True) for code in listed
            )

        for name, codes in (data.get("joint_facilities") or {}).items():
            listed = _as_list(codes, f"joint_facilities.{name}", source)
            if len(listed) < 2:
                raise ConfigError(
                    f"joint facility {name!r} needs two or more country codes, got {listed!r}",
                    path=source,
                )
            self.joint_facilities[str(name).lower()] = tuple(
                _check_code(code, f"joint facility {name!r}", source, sector=True)
                for code in listed
            )

    def build(self) -> ActorDictionary:
        index = _PhraseIndex()
        for code, item in self.countries.items():
            self._add_country(index, code, item)
        for code, item in self.countries.items():
            # after every country's own names, so a shared name's first sense stays the usual one
            add_shared_places(index, code, item.data, item.layer, item.source)
        for item in self.agents.values():
            self._add_agent(index, item)
        people = tuple(self._add_person(index, item) for item in self.people.values())
        organisations: dict[str, tuple[str, ...]] = {}
        for item in self.organisations.values():
            names = self._add_organisation(index, item)
            organisations[item.data["code"]] = organisations.get(item.data["code"], ()) + names
        for item in self.non_actors.values():
            index.add(item.data, Entry("non_actor", "non-actor", item.data, layer=item.layer))
        words = self.word_lists
        representatives = self._with_plurals(words["representatives"])
        return ActorDictionary(
            phrases=index.frozen(),
            regimes=self.regimes,
            vessel_names=self.vessel_names,
            directional=tuple(self.directional),
            modifiers=frozenset(words["modifiers"]),
            former=frozenset(words["former"]),
            representative_words=frozenset(r for r in representatives if " " not in r),
            regime_nouns=frozenset(words["regime_nouns"]),
            organisation_agents=frozenset(self._with_plurals(words["organisation_agents"])),
            authored_nouns=frozenset(self._with_plurals(words["authored_nouns"])),
            authoring_verbs=frozenset(words["authoring_verbs"]),
            pair_nouns=frozenset(words["pair_nouns"]),
            joint_pair_nouns=frozenset(words["joint_pair_nouns"]),
            host_nouns=frozenset(self._with_plurals(words["host_nouns"])),
            origin_verbs=frozenset(words["origin_verbs"]),
            national_nouns=frozenset(words["national_nouns"]),
            command_verbs=frozenset(words["command_verbs"]),
            threat_words=frozenset(words["threat_words"]),
            body_modifiers=frozenset(words["body_modifiers"]),
            reporting_lemmas=frozenset(words["reporting_lemmas"]),
            attack_at_verbs=frozenset(words["attack_at_verbs"]),
            state_media_nouns=frozenset(
                self._with_plurals(w.lower() for w in words["state_media_nouns"])
            ),
            gathered_group_nouns=frozenset(w.lower() for w in words["gathered_group_nouns"]),
            state_media_states=frozenset(w.upper() for w in words["state_media_states"]),
            aircraft_agents=frozenset(
                self._with_plurals(w.lower() for w in words["aircraft_agents"])
            ),
            air_war_words=frozenset(w.lower() for w in words["air_war_words"]),
            bare_bodies=frozenset(words["bare_bodies"]),
            salient_country_nouns=frozenset(words["salient_country_nouns"]),
            self_names=frozenset(w.lower() for w in words["self_names"]),
            press_names=frozenset(w.lower() for w in words["press_names"]),
            bare_korean_words=frozenset(w.lower() for w in words["bare_korean_words"]),
            ally_nouns=frozenset(self._with_plurals(words["ally_nouns"])),
            no_country_seat=frozenset(w.lower() for w in words["no_country_seat"]),
            removal_verbs=frozenset(w.lower() for w in words["removal_verbs"]),
            crew_nouns=frozenset(words["crew_nouns"]),
            vessel_nouns=frozenset(self._with_plurals(words["vessel_nouns"])),
            person_name_words=frozenset(words["person_name_words"]),
            uncountable=frozenset(w.lower() for w in words["uncountable"]),
            collective_agents=frozenset(self._with_plurals(words["collective_agents"])),
            country_names={
                code: str((item.data.get("names") or [code])[0])
                for code, item in self.countries.items()
            },
            pair_names=dict(self.pair_names),
            joint_facilities=dict(self.joint_facilities),
            facility_operation_verbs=frozenset(words["facility_operation_verbs"]),
            people=people,
            organisations=organisations,
            sources=tuple(self.sources),
        )

    def _with_plurals(self, nouns: Iterable[str]) -> set[str]:
        forms = set(nouns)
        for noun in list(forms):
            plural = plural_of(noun, self.irregular, self.word_lists["uncountable"])
            if plural:
                forms.add(plural.lower())
        return forms

    def _add_country(self, index: _PhraseIndex, code: str, item: _Layered) -> None:
        raw, layer = item.data, item.layer
        for field_name, form in (("names", "name"), ("adjectives", "adjective")):
            for phrase in _as_list(raw.get(field_name), f"{code}.{field_name}", item.source):
                label = parse_phrase(phrase)[0]
                index.add(phrase, Entry("country", form, label, country=code, layer=layer))
        for phrase in _as_list(raw.get("demonyms"), f"{code}.demonyms", item.source):
            label = parse_phrase(phrase)[0]
            entry = Entry("country", "demonym", label, country=code, plural=True, layer=layer)
            index.add(phrase, entry)
        for phrase in _as_list(raw.get("capitals"), f"{code}.capitals", item.source):
            label = parse_phrase(phrase)[0]
            entry = Entry(
                "capital", "capital", label, country=code, code=f"{code}GOV", sector="GOV",
                layer=layer,
            )  # fmt: skip
            index.add(phrase, entry)
        for phrase in _as_list(raw.get("places"), f"{code}.places", item.source):
            label = parse_phrase(phrase)[0]
            index.add(phrase, Entry("place", "place", label, country=code, layer=layer))
        institutions = raw.get("institutions") or {}
        if not isinstance(institutions, dict):
            raise ConfigError(f"{code}.institutions must map a name to a sector", path=item.source)
        for phrase, value in institutions.items():
            value = str(value)
            sector: str | None = value
            if _SECTOR.match(value):
                full = f"{code}{value}"
            else:
                full = _check_code(value, f"{code}.institutions[{phrase!r}]", item.source)
                sector = full[3:6] or None
            entry = Entry(
                "institution", "institution", parse_phrase(phrase)[0], country=full[:3],
                code=full, sector=sector, layer=layer,
            )  # fmt: skip
            index.add(phrase, entry)

    def _add_agent(self, index: _PhraseIndex, item: _Layered) -> None:
        sector, noun = item.data
        words = self.word_lists
        key = parse_phrase(noun)[0].lower()
        written_plural = key.endswith("s") and not key.endswith("ss")  # "troops", "forces"
        entry = Entry(
            "agent", "agent", parse_phrase(noun)[0], sector=sector or None,
            representative=key in words["representatives"], title=key in words["titles"],
            org_agent=key in words["organisation_agents"], plural=written_plural,
            layer=item.layer,
        )  # fmt: skip
        index.add(noun, entry)
        plural = plural_of(parse_phrase(noun)[0], self.irregular, words["uncountable"])
        if plural:
            plural_entry = Entry(
                "agent", "agent", plural, sector=entry.sector, representative=entry.representative,
                org_agent=entry.org_agent, plural=True, layer=item.layer,
            )  # fmt: skip
            prefix = "=" if noun.startswith("=") else ""
            index.add(prefix + plural, plural_entry)

    def _add_person(self, index: _PhraseIndex, item: _Layered) -> Person:
        raw, source = item.data, item.source
        name = str(raw["name"])
        roles = _roles(raw.get("roles"), name, source)
        country = raw.get("country")
        if country is not None:
            _check_code(country, f"country of {name!r}", source, sector=True)
        otherwise = raw.get("otherwise")
        if otherwise is not None:
            _check_code(otherwise, f"'otherwise' of {name!r}", source)
        person = Person(name, country, roles, otherwise, raw.get("note"))
        for phrase, form in [(name, "name")] + [
            (alias, "alias") for alias in _as_list(raw.get("aliases"), name, source)
        ]:
            entry = Entry("person", form, name, country=country, person=person, layer=item.layer)
            index.add(phrase, entry, variants=True)
        for phrase in _as_list(raw.get("short"), f"short names of {name!r}", source):
            # A surname alone must be capitalised ("Gates", not "gates"); headlines may shout it.
            entry = Entry(
                "person", "short name", name, country=country, person=person, layer=item.layer
            )
            text = parse_phrase(phrase)[0]
            for form in dict.fromkeys([text, text.upper()]):
                index.add(EXACT_CASE_PREFIX + form, entry, variants=True)
        return person

    def _add_organisation(self, index: _PhraseIndex, item: _Layered) -> tuple[str, ...]:
        raw = item.data
        code = raw["code"]
        names = tuple(parse_phrase(name)[0] for name in _as_list(raw["names"], code, item.source))
        national = raw.get("national")
        if national is not None:
            _check_code(national, f"'national' of {names[0]!r}", item.source, sector=True)
        dated = _roles(raw.get("roles"), names[0], item.source)
        context = frozenset(
            _check_code(country, f"'context' of {names[0]!r}", item.source, sector=True)
            for country in _as_list(raw.get("context"), f"context of {names[0]!r}", item.source)
        )
        if raw.get("vessel"):
            self.vessel_names |= {n.lower() for n in names}
        for phrase in raw["names"]:
            entry = Entry(
                "organisation", "organisation", parse_phrase(phrase)[0], country=code[:3],
                code=code, sector=code[3:6] if code[:3] not in _NON_STATE else None,
                takes_sector=bool(raw.get("takes_sector")), national=national, layer=item.layer,
                dated=dated, context=context, vessel=bool(raw.get("vessel")),
            )  # fmt: skip
            index.add(phrase, entry, variants=True)
        return names


def _roles(value: Any, name: str, source: str) -> tuple[Role, ...]:
    """The ``roles`` list of a person or organisation: codes with inclusive dates."""
    roles = []
    for role in _as_list(value, f"roles of {name!r}", source):
        if not isinstance(role, dict) or "code" not in role:
            raise ConfigError(f"each role of {name!r} needs a 'code'", path=source)
        roles.append(
            Role(
                code=_check_code(role["code"], f"role of {name!r}", source),
                start=_as_date(role.get("from"), f"'from' of {name!r}", source),
                end=_as_date(role.get("until"), f"'until' of {name!r}", source),
            )
        )
    return tuple(roles)


class _PhraseIndex:
    """Phrase -> entries; a phrase from a higher layer replaces the lower layer's entries."""

    def __init__(self) -> None:
        self._entries: dict[Phrase, list[Entry]] = {}

    def add(self, raw: str, entry: Entry, *, variants: bool = False) -> None:
        text, exact = parse_phrase(raw)
        if not text:
            return
        forms = name_variants(text) if variants else list(dict.fromkeys([text, fold_accents(text)]))
        for form in forms:
            key = Phrase(form if exact else form.lower(), exact, form)
            existing = self._entries.get(key)
            if existing is None or existing[0].layer < entry.layer:
                self._entries[key] = [entry]
            elif existing[0].layer == entry.layer and not any(
                _same_referent(old, entry) for old in existing
            ):
                existing.append(entry)

    def frozen(self) -> dict[Phrase, tuple[Entry, ...]]:
        return {phrase: tuple(entries) for phrase, entries in self._entries.items()}


def _same_referent(a: Entry, b: Entry) -> bool:
    """Two entries that code the same way (a name that is also an adjective keeps one entry)."""
    return (a.kind, a.country, a.code, a.sector, a.plural) == (
        b.kind,
        b.country,
        b.code,
        b.sector,
        b.plural,
    ) and a.person is b.person
