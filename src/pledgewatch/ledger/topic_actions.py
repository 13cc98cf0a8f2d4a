"""The topic-to-action map: which coded events fulfil or contradict a pledge on a topic.

The rules live in ``data/ledger/topic_actions.yaml`` (its header explains the format) so that an
analyst can add a topic or sharpen a rule without touching code. This module validates that
file with pydantic, compiles its word terms once, and answers one question per event:
:func:`match_event` — does this event fulfil or contradict a pledge by this promisor on this
topic, and by which rule?

Where a rule's words are looked for: ``objects`` (what was acted on) in the event's action text
and its evidence span, since a weapon often sits in a prepositional phrase ("fired 30 rounds of
coastal artillery"); ``actions`` (what was done) and ``unless`` in the action text alone (the
trigger, its particle and its object), since a sentence says much that was not done: "... none of
which hit the South" is no hit, "a year after the shelling" no shelling, and "marking the
resumption of the six-party talks" no talk about resuming them. The coder's action text keeps
the object's modifiers ("fired three short-range missiles"), so a veto on the kind of weapon
still finds them. ``unless_objects`` veto where ``objects`` are looked for (the kind of thing
acted on: food aid stopped is no general aid stopped). An event with no action text (a row
written by hand, an import without one) is read in its evidence alone. A topic with a
``direction`` (sanctions) goes one of two ways; :meth:`TopicActionMap.direction_of` reads which
from a pledge's own span (and the words just before it), not the rest of its sentence.
"""

from __future__ import annotations

import functools
import hashlib
import re
from collections.abc import Collection, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    ValidationError,
    field_validator,
    model_validator,
)

from pledgewatch.errors import ConfigError
from pledgewatch.ledger.records import FULFILS, RELATIONS, country_key, same_actor
from pledgewatch.ledger.spans import counted_act
from pledgewatch.ledger.wordings import (
    clause_of,
    first_term_found,
    nearest_way,
    one_way,
    words_before,
)

DEFAULT_TOPIC_ACTIONS = (
    Path(__file__).resolve().parents[1] / "data" / "ledger" / "topic_actions.yaml"
)


def default_topic_actions_path() -> Path:
    """The shipped map, ``pledgewatch/data/ledger/topic_actions.yaml``."""
    return DEFAULT_TOPIC_ACTIONS


def compile_term(term: str) -> re.Pattern[str]:
    """A term ("long-range", "missile*", "opened fire") as a case-insensitive regex.

    Words match on word boundaries; hyphens and spaces are interchangeable; a trailing ``*``
    makes a word a prefix.
    """
    words = [w for w in re.split(r"[\s\-]+", term.strip().lower()) if w]
    if not words:
        raise ValueError(f"empty term {term!r}")
    parts = []
    for word in words:
        if word.endswith("*"):
            parts.append(re.escape(word[:-1]) + r"\w*")
        else:
            parts.append(re.escape(word) + r"(?!\w)")
    return re.compile(r"(?<!\w)" + r"[\s\-]+".join(parts), re.IGNORECASE)


class ActionRule(BaseModel):
    """One rule of the map: CAMEO prefixes, required words, who must act."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str = Field(min_length=1)
    codes: list[str] = Field(min_length=1)
    objects: list[str] = Field(default_factory=list)
    actions: list[str] = Field(default_factory=list)
    unless: list[str] = Field(default_factory=list)
    by: Literal["promisor", "either"] = "promisor"
    counterparts: list[str] = Field(default_factory=list)
    #: the other party must be another country ("Kim visited front-line units" is no summit)
    foreign: bool = False
    #: the other party must be one of the pledge's counterparts named before the event (talks
    #: promised to Pyongyang are not kept by talks with a U.S. envoy); a pledge that names none
    #: is kept by no such event (talks with whom?); see ``require_counterparts`` of
    #: :func:`match_event`
    with_counterpart: bool = False
    #: terms that veto the rule where ``objects`` are looked for (action text and evidence):
    #: the kind of thing acted on that belongs to another topic ("suspended plans to provide
    #: 240,000 tons of food aid" breaks food-aid pledges, not a general humanitarian one)
    unless_objects: list[str] = Field(default_factory=list)
    #: terms of which one must occur in the clause of the event's sentence that holds its
    #: evidence, when the coder's words stop short of what was acted on ("it said that talks |
    #: on denuclearization were over")
    clause_objects: list[str] = Field(default_factory=list)
    #: the id of another rule of the same topic and relation that finds the same kind of act
    #: under other conditions (a shelling with its target coded, or without): the ledger takes
    #: their links for one act when they are told on one day (:mod:`~pledgewatch.ledger.acts`)
    act: str | None = None
    note: str | None = None

    @field_validator("codes")
    @classmethod
    def _codes_are_digits(cls, codes: list[str]) -> list[str]:
        for code in codes:
            if not re.fullmatch(r"\d{1,4}", str(code)):
                raise ValueError(f"CAMEO prefix {code!r} must be 1-4 digits, quoted in YAML")
        return [str(c) for c in codes]

    @field_validator("objects", "actions", "unless", "unless_objects")
    @classmethod
    def _terms_compile(cls, terms: list[str]) -> list[str]:
        for term in terms:
            compile_term(term)
        return terms

    @field_validator("counterparts")
    @classmethod
    def _countries(cls, codes: list[str]) -> list[str]:
        return [c.upper() for c in codes]


class TopicDirection(BaseModel):
    """Words telling which way a pledge on a two-way topic goes: "would lift sanctions" is kept
    by an easing, "would work for tougher sanctions" by a new sanction and broken by an easing."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    #: a pledge in these words goes the way the rules are written (easing keeps it)
    as_written: list[str] = Field(min_length=1)
    #: a pledge in these words goes the other way: fulfilling rules break it and vice versa
    reversed: list[str] = Field(min_length=1)

    @field_validator("as_written", "reversed")
    @classmethod
    def _terms_compile(cls, terms: list[str]) -> list[str]:
        for term in terms:
            compile_term(term)
        return terms


#: Which way a pledge on a two-way topic goes (see :meth:`TopicActionMap.direction_of`).
AS_WRITTEN = "as written"
REVERSED = "reversed"


class TopicRules(BaseModel):
    """The rules of one topic, by relation."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    label: str
    #: the countries the topic itself involves (six-party talks: the six parties): a pledge on
    #: it whose mentions name no counterpart is made towards them
    parties: list[str] = Field(default_factory=list)
    #: a two-way topic (sanctions: ease or impose): the words that tell a pledge's way
    direction: TopicDirection | None = None
    #: a pledge on the topic is about one country (sanctions on X): that object keys it
    #: (``USA:sanctions@MMR``) and only acts on it keep or break it
    by_object: bool = False
    #: the topic's measures fall on a country (sanctions, not aid): a refusal of them whose own
    #: sentence names no other country they fall on rejects the measures on the promisor itself;
    #: and it gates, for any mention, the country its own words put the measures on
    #: (``measure_objects.yaml``, read by grouping)
    refusals_about_promisor: bool = False
    #: a pledge on the topic is kept once and for all (a detainee released, a summit held): once
    #: fulfilled, a later contrary act is shown but does not make it contradicted
    one_off: bool = False
    fulfils: list[ActionRule] = Field(default_factory=list)
    contradicts: list[ActionRule] = Field(default_factory=list)

    @field_validator("parties")
    @classmethod
    def _countries(cls, codes: list[str]) -> list[str]:
        return [c.upper() for c in codes]

    @model_validator(mode="after")
    def _acts_name_rules(self) -> TopicRules:
        for rules in (self.fulfils, self.contradicts):
            ids = {rule.id for rule in rules}
            for rule in rules:
                if rule.act is not None and rule.act not in ids:
                    raise ValueError(f"rule {rule.id}: act {rule.act!r} names no rule beside it")
        return self


class TopicActionFile(BaseModel):
    """The whole YAML file as validated."""

    model_config = ConfigDict(extra="forbid")

    version: int
    generic_topics: list[str] = Field(default_factory=lambda: ["other"])
    blanket_window_days: int = Field(default=120, ge=0)
    retraction_cues: list[str] = Field(default_factory=list)
    non_state_sectors: list[str] = Field(default_factory=list)
    topics: dict[str, TopicRules]

    @field_validator("retraction_cues")
    @classmethod
    def _cues_compile(cls, terms: list[str]) -> list[str]:
        for term in terms:
            compile_term(term)
        return terms


@dataclass(frozen=True, slots=True)
class CompiledRule:
    """A rule with its terms compiled; ``relation`` is fulfils or contradicts."""

    topic: str
    relation: str
    rule: ActionRule
    objects: tuple[tuple[str, re.Pattern[str]], ...]
    actions: tuple[tuple[str, re.Pattern[str]], ...]
    unless: tuple[tuple[str, re.Pattern[str]], ...]
    unless_objects: tuple[tuple[str, re.Pattern[str]], ...]
    codes: tuple[str, ...]
    clause_objects: tuple[tuple[str, re.Pattern[str]], ...] = ()


@dataclass(frozen=True, slots=True)
class RuleMatch:
    """Why an event fulfils or contradicts a pledge: the rule and what it found."""

    topic: str
    relation: str
    rule_id: str
    code_prefix: str
    object_word: str | None
    action_word: str | None
    #: the rule whose kind of act this is (its own id unless its ``act`` names another)
    act: str | None = None

    @property
    def kind(self) -> str:
        """The kind of act found, ``topic.relation.rule``: two rules finding one kind under
        other conditions name one (``act`` in the map)."""
        return f"{self.topic}.{self.relation}.{self.act or self.rule_id}"

    @property
    def reason(self) -> str:
        words = [w for w in (self.object_word, self.action_word) if w]
        found = f"; words {', '.join(repr(w) for w in words)}" if words else ""
        return f"rule {self.topic}.{self.relation}.{self.rule_id}: CAMEO {self.code_prefix}*{found}"


def _compile_terms(terms: list[str]) -> tuple[tuple[str, re.Pattern[str]], ...]:
    return tuple((term, compile_term(term)) for term in terms)


class TopicActionMap:
    """The validated, compiled map; build it with :func:`load_topic_actions`."""

    def __init__(self, spec: TopicActionFile, *, source: str, digest: str) -> None:
        self.spec = spec
        self.source = source
        self.digest = digest
        self.retraction_cues = _compile_terms(spec.retraction_cues)
        #: sectors whose acts are not the state's (the opposition, rebels, business ...); how
        #: this differs from the coder's STATE_SECTORS: see pledgewatch.actors.seen
        self.non_state_sectors = frozenset(spec.non_state_sectors)
        self._rules: dict[str, tuple[CompiledRule, ...]] = {}
        self._prefixes: dict[str, tuple[str, ...]] = {}
        #: two-way topics: (way, its compiled words), the reversing words first
        self._directions = {
            topic: (
                (REVERSED, _compile_terms(rules.direction.reversed)),
                (AS_WRITTEN, _compile_terms(rules.direction.as_written)),
            )
            for topic, rules in spec.topics.items()
            if rules.direction is not None
        }
        #: topics with a ``with_counterpart`` rule (asked once per commitment row and topic)
        self._wanting_counterparts = frozenset(
            topic
            for topic, rules in spec.topics.items()
            if any(rule.with_counterpart for rule in (*rules.fulfils, *rules.contradicts))
        )
        for topic, rules in spec.topics.items():
            compiled = [
                CompiledRule(
                    topic=topic,
                    relation=relation,
                    rule=rule,
                    objects=_compile_terms(rule.objects),
                    actions=_compile_terms(rule.actions),
                    unless=_compile_terms(rule.unless),
                    unless_objects=_compile_terms(rule.unless_objects),
                    codes=tuple(rule.codes),
                    clause_objects=_compile_terms(rule.clause_objects),
                )
                # contradicting rules first: an event matching both contradicts
                for relation, group in (
                    ("contradicts", rules.contradicts),
                    (FULFILS, rules.fulfils),
                )
                for rule in group
            ]
            self._rules[topic] = tuple(compiled)
            self._prefixes[topic] = tuple(sorted({c for r in compiled for c in r.codes}))

    @property
    def generic_topics(self) -> frozenset[str]:
        return frozenset(self.spec.generic_topics)

    @property
    def blanket_window_days(self) -> int:
        return self.spec.blanket_window_days

    def label(self, topic: str) -> str:
        """The human name of a topic: this map's label, else the commitment taxonomy's (a
        topic may have no action rules: "security_assurances"), else the id written as words;
        generic ``other:...`` topics read as their text."""
        rules = self.spec.topics.get(topic)
        if rules is not None:
            return rules.label
        if ":" in topic:
            return topic.split(":", 1)[1].replace("-", " ")
        return _taxonomy_labels().get(topic) or topic.replace("_", " ").capitalize()

    def topic_parties(self, topic: str) -> tuple[str, ...]:
        """The countries the topic itself involves (``parties`` in the map), else none."""
        rules = self.spec.topics.get(topic)
        return tuple(rules.parties) if rules is not None else ()

    def two_way(self, topic: str) -> bool:
        """Whether pledges on the topic may go either way (``direction`` in the map)."""
        return topic in self._directions

    def direction_of(
        self,
        topic: str,
        text: str,
        *,
        topic_text: str | None = None,
        clause: str | None = None,
    ) -> tuple[str, str] | None:
        """Which way words of a pledge on a two-way topic go, and the word that says so:
        ("reversed", "tough*") for "would work for tougher sanctions"; None when they say
        neither, or both ("keep some sanctions and ease others").

        With a ``topic_text`` (the pledge's own span, "sanctions on North Korea") the way is
        read in it, else in the few words just before it in ``text`` ("Japan would ease"), never
        in the rest of the sentence: "... more than a decade after imposing them" is no way
        of "would ease sanctions". Without one, the whole ``text`` is read.

        With a ``clause`` (the clause of the sentence that holds the span, as
        :func:`clause_of` cuts it) the governing verb is looked for there before the words
        before the span in ``text``: the way-word nearest the span in its clause, before it
        ("would keep some | sanctions in place") or after it ("sanctions | would be eased"),
        as the coder's span is often only "Clinton said".
        """
        directions = self._directions.get(topic, ())
        if not directions:
            return None
        span = (topic_text or "").strip()
        if not span:
            return one_way(directions, text)
        return (
            one_way(directions, span)
            or (nearest_way(directions, clause, span) if clause else None)
            or one_way(directions, words_before(text, span))
        )

    def keyed_by_object(self, topic: str) -> bool:
        """Whether a pledge on the topic is about one object country (``by_object`` in the
        map): "sanctions on Myanmar" and "sanctions on North Korea" are two pledges."""
        rules = self.spec.topics.get(topic)
        return rules is not None and rules.by_object

    def refusals_about_promisor(self, topic: str) -> bool:
        """Whether a refusal on the topic is about the promisor itself unless its sentence
        names the country the measures fall on (``refusals_about_promisor`` in the map):
        "North Korea rejected the Council's resolutions" is about the North. The flag marks
        measures that fall on a country, so it also gates, for every mention on the topic, the
        reading of the country its own words name ("sanctions on Iran": ``measure_objects``)."""
        rules = self.spec.topics.get(topic)
        return rules is not None and rules.refusals_about_promisor

    def is_one_off(self, topic: str) -> bool:
        """Whether a pledge on the topic, once fulfilled, stays fulfilled (``one_off``)."""
        rules = self.spec.topics.get(topic)
        return rules is not None and rules.one_off

    def wants_counterparts(self, topic: str) -> bool:
        """Whether a rule of the topic asks for the pledge's counterparts (``with_counterpart``):
        only then does a promise that names no promisee take them from its story."""
        return topic in self._wanting_counterparts

    def rules_for(self, topic: str) -> tuple[CompiledRule, ...]:
        return self._rules.get(topic, ())

    def code_prefixes(self, topic: str) -> tuple[str, ...]:
        """Every CAMEO prefix any rule of the topic uses (to pre-filter events in SQL)."""
        return self._prefixes.get(topic, ())

    def retraction_cue(self, text: str) -> str | None:
        return first_term_found(self.retraction_cues, text)


def _actor_fits(
    rule: ActionRule,
    promisor: str,
    source: str | None,
    target: str | None,
    non_state: frozenset[str],
    counterparts: Collection[str],
    require_counterparts: bool,
) -> bool:
    """Whether the event is the promisor's own act (or, for ``by: either``, one it takes
    part in), by someone who acts for it: "Moon Jae-in (KOROPP) received 48 percent" is no
    act of South Korea's, whatever its code. For a ``with_counterpart`` rule, when
    ``require_counterparts``, the other party must be one of ``counterparts`` (none: no
    match)."""
    if same_actor(source, promisor):
        own, other = source, target
    elif rule.by == "either" and same_actor(target, promisor):
        own, other = target, source
    else:
        return False
    if own is not None and own[3:6] in non_state:
        return False
    other_key = country_key(other)
    if rule.foreign and (other_key is None or other_key == country_key(promisor)):
        return False
    if rule.with_counterpart and require_counterparts and other_key not in counterparts:
        return False
    if not rule.counterparts:
        return True
    return other_key is not None and other_key != promisor and other_key in rule.counterparts


def match_event(
    event: Mapping[str, Any],
    topic: str,
    promisor: str,
    topic_map: TopicActionMap,
    *,
    counterparts: Collection[str] = (),
    require_counterparts: bool = False,
) -> RuleMatch | None:
    """The first rule of ``topic`` that the event satisfies for ``promisor``, else None.

    ``event`` is an events-table row (``cameo``, ``source``, ``target``, ``action_text``,
    ``evidence``); whether it happened and when is checked by the caller. ``objects`` and
    ``unless_objects`` are looked for in the action text and the evidence, ``actions`` and
    ``unless`` in the action text alone (an event with no action text is read in its evidence
    alone).

    ``require_counterparts`` is set when the event is judged against a pledge: its
    ``with_counterpart`` rules then want the event's other party among ``counterparts``, the
    countries the pledge was made towards before the event (:meth:`Pledge.counterparts_on`),
    and match nothing when there are none (talks promised to no one named are kept by no
    meeting in particular). Unset (a checklist item asking only for an action), those rules are
    open to any other party and ``counterparts`` is not read.
    """
    code = str(event.get("cameo") or "")
    if not code.startswith(topic_map.code_prefixes(topic) or ("\0",)):
        return None
    texts: tuple[str, str] | None = None
    for compiled in topic_map.rules_for(topic):
        rule = compiled.rule
        if not code.startswith(compiled.codes):
            continue
        source, target = event.get("source"), event.get("target")
        fits = _actor_fits(
            rule,
            promisor,
            source,
            target,
            topic_map.non_state_sectors,
            counterparts,
            require_counterparts,
        )
        if not fits:
            continue
        prefix = next(p for p in rule.codes if code.startswith(p))
        if texts is None:  # built only for events that pass the cheap checks
            texts = _texts_of(event)
        action, whole = texts
        object_word = first_term_found(compiled.objects, whole)
        if compiled.objects and object_word is None:
            continue
        action_word = first_term_found(compiled.actions, action)
        if compiled.actions and action_word is None:
            continue
        if first_term_found(compiled.unless, action) is not None:
            continue
        if first_term_found(compiled.unless_objects, whole) is not None:
            continue
        if compiled.clause_objects:
            clause = clause_of(event.get("sentence_text"), event.get("evidence")) or whole
            object_word = first_term_found(compiled.clause_objects, clause)
            if object_word is None:
                continue
        return RuleMatch(
            topic, compiled.relation, rule.id, prefix, object_word, action_word, rule.act
        )
    return None


def _texts_of(event: Mapping[str, Any]) -> tuple[str, str]:
    """(where actions are looked for, where objects are): the action text ("fired 30 rounds",
    the evidence when there is none) and the action text with the evidence, and with what a
    count of days counts ("began four days" [of naval drills]: :func:`.spans.counted_act`)."""
    action = str(event.get("action_text") or "").strip()
    evidence = str(event.get("evidence") or "").strip()
    counted = counted_act(action, event.get("sentence_text"))
    return (action or evidence), " ".join(t for t in (action, counted, evidence) if t)


def _validation_message(exc: ValidationError) -> str:
    problems = []
    for error in exc.errors():
        location = ".".join(str(part) for part in error["loc"])
        problems.append(f"{location}: {error['msg']}")
    return "; ".join(problems)


@functools.lru_cache(maxsize=16)
def _load(path: str) -> TopicActionMap:
    file = Path(path)
    try:
        raw = file.read_bytes()
    except OSError as exc:
        raise ConfigError(f"cannot read the topic-action map ({exc})", path=path) from exc
    try:
        data = yaml.safe_load(raw.decode("utf-8"))
    except (yaml.YAMLError, UnicodeDecodeError) as exc:
        raise ConfigError(f"not valid UTF-8 YAML ({exc}); fix the syntax", path=path) from exc
    if not isinstance(data, dict):
        raise ConfigError("expected a mapping with 'version' and 'topics'", path=path)
    try:
        spec = TopicActionFile.model_validate(data)
    except ValidationError as exc:
        raise ConfigError(
            f"invalid topic-action map: {_validation_message(exc)}; see the file header",
            path=path,
        ) from exc
    for topic, rules in spec.topics.items():
        for relation in RELATIONS:
            ids = [r.id for r in getattr(rules, relation)]
            if len(ids) != len(set(ids)):
                raise ConfigError(f"topics.{topic}.{relation}: rule ids repeat: {ids}", path=path)
    return TopicActionMap(spec, source=path, digest=hashlib.sha256(raw).hexdigest()[:16])


@functools.lru_cache(maxsize=1)
def _taxonomy_labels() -> dict[str, str]:
    """Labels of the shipped commitment topics, for topics this map has no rules for."""
    from pledgewatch.commitments.topics import TopicTaxonomy

    return {topic.id: topic.label for topic in TopicTaxonomy().topics.values()}


def load_topic_actions(path: str | Path | None = None) -> TopicActionMap:
    """Load (cached per path) the topic-to-action map, by default the shipped one."""
    return _load(str(Path(path) if path else default_topic_actions_path()))
