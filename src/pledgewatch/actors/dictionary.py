"""The actor dictionary: what each phrase of the data files refers to.

The built-in files under ``pledgewatch/data/actors/`` (countries, agents, people, organisations)
are read into one :class:`ActorDictionary`, a map from phrase to :class:`Entry` plus the small
word lists the matcher needs. Files passed as ``extra_paths`` (the ``--actors FILE`` option) use
the same format and form higher layers: an entry with the same identity (country code, person
name, organisation name, agent noun) replaces the built-in one, and a phrase defined in a higher
layer shadows the same phrase below it. Loading is cached per set of files (and their mtimes).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field, replace
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any, Literal

import yaml

from pledgewatch.actors.spelling import (
    EXACT_CASE_PREFIX,
    fold_accents,
    name_variants,
    parse_phrase,
    plural_of,
)
from pledgewatch.errors import ConfigError
from pledgewatch.model import Actor

Kind = Literal[
    "country", "capital", "place", "institution", "agent", "person", "organisation", "non_actor"
]

BUILTIN_FILES = ("countries.yaml", "agents.yaml", "people.yaml", "organisations.yaml")
SECTIONS = frozenset(
    {
        "countries", "regimes", "directional", "non_actors", "person_name_words",
        "agents", "representatives", "titles", "modifiers", "former", "organisation_agents",
        "irregular_plurals", "uncountable", "regime_nouns", "people", "organisations",
        "authored_nouns", "authoring_verbs", "pair_nouns", "host_nouns", "origin_verbs",
        "national_nouns", "collective_agents",
    }
)  # fmt: skip
_SECTOR = re.compile(r"^[A-Z]{3}$")
_NON_STATE = frozenset({"IGO", "NGO", "IMG"})
_CODE = re.compile(r"^(?:[A-Z]{3}|---)(?:[A-Z]{3})*$")


@dataclass(frozen=True, slots=True)
class Role:
    """A code a person held between two dates (both inclusive; None is an open end)."""

    code: str
    start: dt.date | None = None
    end: dt.date | None = None

    def holds(self, day: dt.date) -> bool:
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)

    def describe(self) -> str:
        if self.start and self.end:
            return f"{self.code} from {self.start} until {self.end}"
        if self.start:
            return f"{self.code} from {self.start}"
        if self.end:
            return f"{self.code} until {self.end}"
        return self.code


@dataclass(frozen=True, slots=True)
class Person:
    """A person with dated roles; outside every role the person codes ``fallback``."""

    name: str
    country: str | None
    roles: tuple[Role, ...]
    otherwise: str | None = None
    note: str | None = None

    @property
    def fallback(self) -> str:
        return self.otherwise or f"{self.country or '---'}ELI"

    def in_office(self, day: dt.date | None) -> bool:
        """True when one of the roles holds on ``day`` (with no date: when one is open-ended)."""
        if day is None:
            return any(role.end is None for role in self.roles)
        return any(role.holds(day) for role in self.roles)

    def code_at(self, day: dt.date | None) -> tuple[str, str]:
        """The code on ``day`` and a short reason: ``("PRKGOV", "PRKGOV until 2011-12-17")``."""
        if day is None:
            if not self.roles:
                return self.fallback, f"{self.fallback}; no document date"
            latest = max(self.roles, key=lambda role: role.end or dt.date.max)
            return latest.code, f"{latest.describe()}; no document date, latest role"
        for role in self.roles:
            if role.holds(day):
                return role.code, role.describe()
        held = ", ".join(role.describe() for role in self.roles) or "no role"
        return self.fallback, f"{self.fallback} on {day}, outside {held}"


@dataclass(frozen=True, slots=True)
class Entry:
    """What one dictionary phrase refers to."""

    kind: Kind
    form: str  # "name", "adjective", "demonym", "capital", "place", "agent", ... (used in why)
    label: str  # the canonical name or noun
    country: str | None = None  # first three letters of the code it gives
    code: str | None = None  # a fixed code (capitals, institutions, organisations)
    sector: str | None = None  # agents and institutions
    person: Person | None = None
    representative: bool = False
    title: bool = False
    org_agent: bool = False
    plural: bool = False
    takes_sector: bool = False
    national: str | None = None
    layer: int = 0
    #: Organisations: codes that hold on some dates instead of ``code`` (the RSF is SDNMIL, a
    #: state force, until the war of April 2023 and SDNREB after it).
    dated: tuple[Role, ...] = ()
    #: Organisations: a sense of a shared phrase ("RSF") that holds only in a document naming one
    #: of these countries; see :func:`settle_entries`.
    context: frozenset[str] = frozenset()

    def at(self, day: dt.date | None) -> Entry:
        """This entry with the code of its ``dated`` role on ``day`` (itself when none holds)."""
        if day is None or not self.dated:
            return self
        for role in self.dated:
            if role.holds(day):
                return replace(self, code=role.code, country=role.code[:3], dated=())
        return self


@dataclass(frozen=True, slots=True)
class Phrase:
    """A phrase to match: lower-cased text unless ``exact`` asks for the exact capitalisation."""

    text: str
    exact: bool = False
    written: str = field(default="", compare=False)  # as written, for the tokenizer


@dataclass(frozen=True, slots=True)
class DirectionalRule:
    """ "the North" -> ``code`` when one of the ``context`` countries was mentioned before."""

    word: str
    code: str
    context: frozenset[str]


@dataclass(frozen=True)
class ActorDictionary:
    """Every phrase the matcher looks for, what it refers to, and the matcher's word lists."""

    phrases: Mapping[Phrase, tuple[Entry, ...]]
    regimes: frozenset[str] = frozenset()
    directional: tuple[DirectionalRule, ...] = ()
    modifiers: frozenset[str] = frozenset()
    former: frozenset[str] = frozenset()
    representative_words: frozenset[str] = frozenset()
    regime_nouns: frozenset[str] = frozenset()
    organisation_agents: frozenset[str] = frozenset()
    #: Texts an actor issues ("statement", "resolution"): "It" after one refers to the text.
    authored_nouns: frozenset[str] = frozenset()
    #: Verb forms that make their subject a text's author ("adopted", "issued").
    authoring_verbs: frozenset[str] = frozenset()
    #: Plural nouns that, after "the two" or "both", stand for the two actors just named.
    pair_nouns: frozenset[str] = frozenset()
    #: Nouns that, after "his"/"their", stand for the government being visited ("his hosts").
    host_nouns: frozenset[str] = frozenset()
    #: Verb lemmas whose "from" + place gives a country-less subject its country ("flew from").
    origin_verbs: frozenset[str] = frozenset()
    #: Bodies every state has ("the army"): after "the", with no country, the subject's country.
    national_nouns: frozenset[str] = frozenset()
    person_name_words: frozenset[str] = frozenset()
    #: Mass nouns ("military", "government", "police"): a collective, never a "he" or "she".
    uncountable: frozenset[str] = frozenset()
    #: Agent nouns that name a body, not a person ("army", "ministry"): never a "he" or "she".
    collective_agents: frozenset[str] = frozenset()
    country_names: Mapping[str, str] = field(default_factory=dict)
    people: tuple[Person, ...] = ()
    organisations: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    sources: tuple[str, ...] = ()

    def lookup(self, text: str) -> tuple[Entry, ...]:
        """The entries for a phrase as written (exact-case entries first), or ()."""
        exact = self.phrases.get(Phrase(text, True), ())
        return exact + self.phrases.get(Phrase(text.lower(), False), ())

    def actors(self) -> list[Actor]:
        """The dictionary as :class:`~pledgewatch.model.Actor` records (one per dated role)."""
        records: list[Actor] = [
            Actor(code=code, name=name, country=code) for code, name in self.country_names.items()
        ]
        for person in self.people:
            for role in person.roles or (Role(person.fallback),):
                records.append(
                    Actor(
                        code=role.code,
                        name=person.name,
                        valid_from=role.start,
                        valid_to=role.end,
                        country=role.code[:3],
                        sector=role.code[3:6] or None,
                    )
                )
        for code, names in self.organisations.items():
            records.append(Actor(code=code, name=names[0], aliases=names[1:], country=code[:3]))
        return records


def default_data_dir() -> Path:
    """The folder of the built-in dictionary files."""
    return Path(str(resources.files("pledgewatch") / "data" / "actors"))


def load_actor_dictionary(extra_paths: Iterable[Path | str] = ()) -> ActorDictionary:
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
                "collective_agents",
            )
        }  # fmt: skip
        self.irregular: dict[str, str] = {}
        self.regimes: frozenset[str] = frozenset()
        self.directional: list[DirectionalRule] = []
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

    def build(self) -> ActorDictionary:
        index = _PhraseIndex()
        for code, item in self.countries.items():
            self._add_country(index, code, item)
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
            directional=tuple(self.directional),
            modifiers=frozenset(words["modifiers"]),
            former=frozenset(words["former"]),
            representative_words=frozenset(r for r in representatives if " " not in r),
            regime_nouns=frozenset(words["regime_nouns"]),
            organisation_agents=frozenset(self._with_plurals(words["organisation_agents"])),
            authored_nouns=frozenset(self._with_plurals(words["authored_nouns"])),
            authoring_verbs=frozenset(words["authoring_verbs"]),
            pair_nouns=frozenset(words["pair_nouns"]),
            host_nouns=frozenset(self._with_plurals(words["host_nouns"])),
            origin_verbs=frozenset(words["origin_verbs"]),
            national_nouns=frozenset(words["national_nouns"]),
            person_name_words=frozenset(words["person_name_words"]),
            uncountable=frozenset(w.lower() for w in words["uncountable"]),
            collective_agents=frozenset(self._with_plurals(words["collective_agents"])),
            country_names={
                code: str((item.data.get("names") or [code])[0])
                for code, item in self.countries.items()
            },
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
        for phrase in raw["names"]:
            entry = Entry(
                "organisation", "organisation", parse_phrase(phrase)[0], country=code[:3],
                code=code, sector=code[3:6] if code[:3] not in _NON_STATE else None,
                takes_sector=bool(raw.get("takes_sector")), national=national, layer=item.layer,
                dated=dated, context=context,
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


def settle_entries(
    entries: tuple[Entry, ...], day: dt.date | None, countries: Callable[[], frozenset[str]]
) -> tuple[Entry, ...]:
    """The entries of one phrase on ``day`` in a document naming ``countries()``.

    A phrase shared by organisations ("RSF": Reporters Without Borders, and Sudan's Rapid Support
    Forces, whose entry has ``context: [SDN]``) keeps the senses whose context country the
    document names, else the senses without a context. Dated codes are then applied
    (:meth:`Entry.at`). ``countries`` is called only for such a shared phrase.
    """
    if len(entries) > 1 and any(entry.context for entry in entries):
        named = countries()
        fitting = tuple(entry for entry in entries if entry.context & named)
        entries = fitting or tuple(entry for entry in entries if not entry.context) or entries
    if any(entry.dated for entry in entries):
        entries = tuple(entry.at(day) for entry in entries)
    return entries


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
