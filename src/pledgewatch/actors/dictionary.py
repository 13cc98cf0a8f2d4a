"""The actor dictionary: what each phrase of the data files refers to.

The built-in files under ``pledgewatch/data/actors/`` (countries, agents, people, organisations)
are read into one :class:`ActorDictionary`, a map from phrase to :class:`Entry` plus the small
word lists the matcher needs. Files passed as ``extra_paths`` (the ``--actors FILE`` option) use
the same format and form higher layers: an entry with the same identity (country code, person
name, organisation name, agent noun) replaces the built-in one, and a phrase defined in a higher
layer shadows the same phrase below it. Loading is cached per set of files (and their mtimes).
This module holds the records and the lookup; reading and checking the YAML files is
:mod:`pledgewatch.actors.dictionary_files`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field, replace
from importlib import resources
from pathlib import Path
from typing import Literal

from pledgewatch.model import Actor

Kind = Literal[
    "country", "capital", "place", "institution", "agent", "person", "organisation", "non_actor"
]


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
    #: Organisations: a named ship ("the Cheonan"); before an event noun it is what the act was
    #: done to ("the Cheonan attack"), not its doer (events/vessel_modifiers.py).
    vessel: bool = False
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
    #: Pair nouns that stand for two actors only when those were named joined ("Seoul and
    #: Washington ... the allies"), never two named apart (often the two sides of a dispute).
    joint_pair_nouns: frozenset[str] = frozenset()
    #: Nouns that, after "his"/"their", stand for the government being visited ("his hosts").
    host_nouns: frozenset[str] = frozenset()
    #: Verb lemmas whose "from" + place gives a country-less subject its country ("flew from").
    origin_verbs: frozenset[str] = frozenset()
    #: Bodies every state has ("the army"): after "the", with no country, the subject's country.
    national_nouns: frozenset[str] = frozenset()
    #: Verbs of command ("ordered troops to ..."): a country-less force they command is the
    #: commander's country's.
    command_verbs: frozenset[str] = frozenset()
    #: Punitive or hostile verbs and their objects ("cut ties", "impose sanctions", "take
    #: action"): a main clause with one threatens the other party its condition's "it" names.
    threat_words: frozenset[str] = frozenset()
    #: Words between "the" and a national body that keep it the state's ("the interim
    #: government").
    body_modifiers: frozenset[str] = frozenset()
    #: Lemmas of reporting verbs: a national body that reports ("the Defense Ministry said")
    #: speaks for the dateline's country.
    reporting_lemmas: frozenset[str] = frozenset()
    #: Lemmas of verbs of an attack aimed "at" someone: "fired at it" in a country's report,
    #: with no other country named before, is aimed at the speaker.
    attack_at_verbs: frozenset[str] = frozenset()
    #: The last words of a country-less state medium ("state media", "the official news
    #: agency"): whose voice it is, the state its reported clause or the story names.
    state_media_nouns: frozenset[str] = frozenset()
    #: Countries whose government-run press the news calls "state media": where a bare state
    #: medium's reported doer and the story's state differ, the one of these speaks.
    state_media_states: frozenset[str] = frozenset()
    #: Plural nouns of a delegation ("ministers", "envoys"): "the ministers" after a group named
    #: with the same noun ("the foreign ministers of Japan, South Korea and the United States").
    gathered_group_nouns: frozenset[str] = frozenset()
    #: Rebel nouns that also name warplanes ("fighters"): military aircraft where the sentence
    #: speaks of air power or drills (``air_war_words``; actors/aircraft_senses.py).
    aircraft_agents: frozenset[str] = frozenset()
    #: Lower-case words and lemmas of air power and drills ("exercise", "jet", "scramble").
    air_war_words: frozenset[str] = frozenset()
    #: Lower-case body nouns before an agent ("a ministry spokesman") that name a body told
    #: before ("the Foreign Ministry ... a ministry spokesman").
    bare_bodies: frozenset[str] = frozenset()
    #: "the country" / "the nation" as a subject: the one country the story is about.
    salient_country_nouns: frozenset[str] = frozenset()
    #: Names a country calls itself by ("DPRK", "KCNA") and the press's names for it ("North
    #: Korea"), and the bare words ("Korean") that in a text in its own voice mean it.
    self_names: frozenset[str] = frozenset()
    press_names: frozenset[str] = frozenset()
    bare_korean_words: frozenset[str] = frozenset()
    #: Nouns of another's side ("Israel's militia ally"): their possessor is not their country.
    ally_nouns: frozenset[str] = frozenset()
    #: Modifiers of an agent that belongs to no country where it sits ("an international
    #: tribunal in The Hague" is no Dutch court).
    no_country_seat: frozenset[str] = frozenset()
    #: Verb lemmas of moving people out ("evacuate", "withdraw"): a "from" phrase on their
    #: object is the place left, not the people's origin ("evacuated citizens from Syria").
    removal_verbs: frozenset[str] = frozenset()
    #: A ship's crew ("the crew"), which takes the country of a ship named before it.
    crew_nouns: frozenset[str] = frozenset()
    #: Ships ("cargo ship", "vessel"), whose country a bare crew takes.
    vessel_nouns: frozenset[str] = frozenset()
    #: Names of organisations flagged ``vessel: true`` (lower case): named ships.
    vessel_names: frozenset[str] = frozenset()
    person_name_words: frozenset[str] = frozenset()
    #: Mass nouns ("military", "government", "police"): a collective, never a "he" or "she".
    uncountable: frozenset[str] = frozenset()
    #: Agent nouns that name a body, not a person ("army", "ministry"): never a "he" or "she".
    collective_agents: frozenset[str] = frozenset()
    country_names: Mapping[str, str] = field(default_factory=dict)
    #: A plural name of two countries ("Koreas" -> PRK, KOR): after "the two" or "both", as the
    #: subject or object of an act, it is each of the two, as "North and South Korea" is.
    pair_names: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    #: A facility run jointly ("Kaesong Industrial Complex" -> PRK, KOR): as the subject of one
    #: of ``facility_operation_verbs`` ("resumed operations") it is each of its operators.
    joint_facilities: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    facility_operation_verbs: frozenset[str] = frozenset()
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
    """The built-in dictionary extended by user files in the same format (``--actors FILE``);
    read and checked by :mod:`pledgewatch.actors.dictionary_files`.

    Raises:
        ConfigError: a file is missing, is not YAML, or has an entry that cannot be used; the
            message names the file and the entry.
    """
    from pledgewatch.actors.dictionary_files import load_files

    return load_files(extra_paths)


def settle_entries(
    entries: tuple[Entry, ...], day: dt.date | None, countries: Callable[[], frozenset[str]]
) -> tuple[Entry, ...]:
    """The entries of one phrase on ``day`` in a document naming ``countries()``.

    A phrase shared by organisations ("RSF": Reporters Without Borders, and Sudan's Rapid Support
    Forces, whose entry has ``context: [SDN]``) keeps the senses whose context country the
    document names, else the senses without a context. A place name two states share
    ("Tripoli", ``shared_places``) keeps its usual sense when the document names that sense's
    country too. Dated codes are then applied (:meth:`Entry.at`). ``countries`` is called only
    for such a shared phrase.
    """
    if len(entries) > 1 and any(entry.context for entry in entries):
        named = countries()
        plain = tuple(entry for entry in entries if not entry.context)
        fitting = tuple(entry for entry in entries if entry.context & named)
        if any(entry.kind == "place" for entry in fitting) and any(
            entry.country in named for entry in plain
        ):
            fitting = ()  # "Lebanon's envoy flew to Tripoli to meet Libya's prime minister"
        entries = fitting or plain or entries
    if any(entry.dated for entry in entries):
        entries = tuple(entry.at(day) for entry in entries)
    return entries
