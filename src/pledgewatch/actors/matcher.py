"""Find actor mentions in spaCy text with the actor dictionary.

:class:`ActorMatcher` builds two spaCy ``PhraseMatcher`` objects once from the dictionary (one on
``LOWER`` for most phrases, one on ``ORTH`` for phrases that must match their capitalisation),
keeps the longest match where matches overlap, drops place names that are part of a person's
name, and composes the rest into :class:`~pledgewatch.actors.mention.ActorMatch` mentions (see
:mod:`pledgewatch.actors.compose`). It works on the tokens of ``spacy.blank("en")`` as well as of
the trained pipeline; where the trained pipeline's entities or parse are present they are used
(PERSON entities for name collisions, the parse for subjects in salience resolution).

Typical use::

    dictionary = load_actor_dictionary()
    matcher = ActorMatcher(dictionary)
    mentions = matcher.find(sentence_span, datetime.date(2011, 8, 22))
    mentions = matcher.find_in_doc(doc, date)      # with "the North", "it", "the regime"
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace
from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token

from pledgewatch.actors.aircraft_senses import fighters_as_aircraft
from pledgewatch.actors.caps_reading import CapsCasing, cased_reading, original_texts
from pledgewatch.actors.compose import CALENDAR_WORDS, Composer
from pledgewatch.actors.dictionary import (
    ActorDictionary,
    Entry,
    load_actor_dictionary,
    settle_entries,
)
from pledgewatch.actors.doc_matches import hyphenated_tokens, phrase_matches
from pledgewatch.actors.doc_words import doc_words
from pledgewatch.actors.mention import ActorMatch, Hit
from pledgewatch.actors.named_countries import COUNTRY_KINDS as _COUNTRY_KINDS
from pledgewatch.actors.named_countries import countries_named, countries_named_apart
from pledgewatch.actors.own_voice import own_voice, own_voice_mentions
from pledgewatch.actors.period_compounds import load_period_words, names_a_period
from pledgewatch.actors.salience import Salience, bare_directional, sentences
from pledgewatch.actors.ship_names import load_ship_prefixes, prefix_positions, ship_hits
from pledgewatch.actors.story_surnames import story_surnames
from pledgewatch.model import ActorMention

#: Words before a place name that do not make it a person's name ("In Jordan", "Mr Obama" is a
#: title, "Northern Jordan" a region).
NOT_FIRST_NAMES = frozenset(
    {"mr", "mrs", "ms", "dr", "sir", "lord", "lady", "prof", "north", "south", "east", "west",
     "northern", "southern", "eastern", "western", "central", "greater", "upper", "lower", "new",
     "occupied", "mainland", "rural", "coastal", "neighbouring", "neighboring", "said", "says",
     "yesterday", "today", "tonight", "tomorrow", "earlier", "later", "meanwhile", "separately",
     "instead", "still", "now", "then", "also", "officially", "reportedly", "visiting", "ex"}
)  # fmt: skip
_COUNTRIES_KEY = "pledgewatch.actors.document_countries"
_APART_KEY = "pledgewatch.actors.countries_named_apart"
_NOT_NOUNS = frozenset({"VERB", "AUX", "ADJ", "ADV", "ADP"})


class ActorMatcher:
    """Finds actor mentions in spaCy Docs or Spans; build once, use for many documents.

    Building takes one to two seconds (about 16,000 phrases); matching a sentence well under a
    millisecond. ``uses_ner`` is False: PERSON entities are used when the Doc has them (to tell
    "Michael Jordan" from Jordan) but are not needed, so a caller may disable spaCy's NER.

    Args:
        dictionary: the actor dictionary (see :func:`load_actor_dictionary`).
        nlp: a pipeline whose tokenizer splits the dictionary phrases; ``spacy.blank("en")`` by
            default. The English tokenizer of the trained pipeline splits text the same way.
    """

    uses_ner = False

    def __init__(self, dictionary: ActorDictionary, nlp: Language | None = None) -> None:
        self.dictionary = dictionary
        tokenizer_nlp = nlp if nlp is not None else spacy.blank("en")
        vocab = tokenizer_nlp.vocab
        self._lower = PhraseMatcher(vocab, attr="LOWER")
        self._exact = PhraseMatcher(vocab, attr="ORTH")
        self._entries: dict[int, tuple[Entry, ...]] = {}
        self._compound_lower: dict[str, tuple[Entry, ...]] = {}
        self._compound_exact: dict[str, tuple[Entry, ...]] = {}
        #: country names of two or more words, lower case ("north korea"): for the first word of
        #: one named in a coordination that shares the rest ("North and South Korea")
        self._country_names: dict[str, tuple[Entry, ...]] = {
            phrase.text.lower(): entries
            for phrase, entries in dictionary.phrases.items()
            if entries[0].kind == "country" and " " in phrase.text.strip()
        }
        self._composer = Composer(dictionary)
        #: how the words of an all-caps headline or sentence are re-cased before matching
        self._casing = CapsCasing(dictionary)
        triggers: set[str] = set()
        groups: dict[tuple[bool, tuple[int, ...]], list[str]] = {}
        group_entries: dict[tuple[bool, tuple[int, ...]], tuple[Entry, ...]] = {}
        for phrase, entries in dictionary.phrases.items():
            key = (phrase.exact, tuple(id(entry) for entry in entries))
            groups.setdefault(key, []).append(phrase.written or phrase.text)
            group_entries[key] = entries
        for number, (key, texts) in enumerate(groups.items()):
            exact, _ = key
            entries = group_entries[key]
            name = f"pledgewatch-actor-{number}"
            self._entries[vocab.strings.add(name)] = entries
            docs = [tokenizer_nlp.make_doc(text) for text in texts]
            (self._exact if exact else self._lower).add(name, docs)
            for text, pattern in zip(texts, docs, strict=True):
                self._casing.add_phrase(pattern, exact)
                words = [token.lower_ for token in pattern]
                triggers.add(words[1] if words[0] == "the" and len(words) > 1 else words[0])
                if len(pattern) == 1 and entries[0].kind in _COUNTRY_KINDS:
                    if exact:
                        self._compound_exact[text] = entries
                    else:
                        self._compound_lower[text.lower()] = entries
        self._ship_prefixes = load_ship_prefixes()
        triggers.update(prefix.lower() for prefix in self._ship_prefixes.entries)
        self.trigger_words: frozenset[str] = frozenset(triggers)
        """Lower-cased tokens that can start an actor mention (for a cheap prefilter)."""
        self.anaphor_words: frozenset[str] = frozenset(
            {"it", "its", "they", "their", "he", "she", "his", "her", "we", "north", "south"}
            | dictionary.regime_nouns
            | dictionary.pair_nouns
            | dictionary.salient_country_nouns
        )
        """Lower-cased tokens that :meth:`find_in_doc` may resolve to an earlier actor ("it",
        "the regime", "the two leaders"): the coder's pre-parse filter counts them as actors."""

    # --- public API ------------------------------------------------------------------------------

    def find(self, doc_or_span: Doc | Span, date: dt.date | None = None) -> list[ActorMention]:
        """The actor mentions of a Doc or Span, in text order, with doc-level token indices.

        Every mention is an :class:`ActorMatch`. Nothing is resolved across sentences here: "the
        North" and "it" are left alone, and a bare agent noun codes "---" plus its sector.
        """
        original = doc_or_span.doc if isinstance(doc_or_span, Span) else doc_or_span
        doc_or_span = self._cased(doc_or_span)  # "THE SOUTH'S MILITARY"
        doc = doc_or_span.doc if isinstance(doc_or_span, Span) else doc_or_span
        hits = self._settled(doc, self.hits(doc_or_span), date)
        found = self._with_hyphen_partners(doc, list(self._composer.compose(doc, hits, date)), date)
        return original_texts(
            list(fighters_as_aircraft(doc, found, self.dictionary)), doc, original
        )

    def find_in_doc(
        self,
        doc: Doc,
        date: dt.date | None = None,
        headline_end: int = 0,
        place: str | None = None,
    ) -> list[ActorMention]:
        """The actor mentions of a whole document, sentence by sentence, with light resolution.

        Walks the sentences in order (spaCy's sentence boundaries when the Doc has them, else a
        split at ".", "!" and "?") and keeps salience state, so that "the North", "the South",
        "the regime", "it", "they", "he", "its troops" and bare "inspectors" are resolved to
        earlier actors; the ``why`` of a resolved mention says which one and in which sentence.
        See :class:`~pledgewatch.actors.salience.Salience` for the rules. A bare surname of a
        person named in full in an earlier sentence ("Kim" after "Kim Jong Il") is that person;
        in the headline (the sentences starting before character ``headline_end``), which comes
        before the full name, it is the one person of that name the whole document names in
        full ("Kim promises Medvedev ..." over a story about Kim Jong Il; not when the story
        also names Kim Kye Gwan). ``place`` is the document's place as ingest parsed it from its
        dateline or metadata ("Seoul"): the country whose national bodies a dispatch's "the
        Defense Ministry said" means; without one the dateline is read from the first mentions.
        """
        original, doc = doc, self._cased(doc)  # type: ignore[assignment]
        salience = Salience(self.dictionary)
        if place:
            salience.use_dateline_place(place)
        found: list[ActorMention] = []
        people: dict[str, ActorMatch | None] = {}
        people_codes: dict[str, str] = {}
        composed = []
        every_hit: list[Hit] = []
        for sentence in sentences(doc):
            sentence_hits = self.hits(sentence)
            every_hit.extend(sentence_hits)
            hits = self._settled(doc, sentence_hits, date)
            mentions = list(self._composer.compose(doc, hits, date))
            mentions = self._with_hyphen_partners(doc, mentions, date)
            composed.append((sentence, fighters_as_aircraft(doc, mentions, self.dictionary)))
        # the countries the story names, from the hits already found (no second pass)
        salience.document_countries = self.document_countries(doc, every_hit)
        in_story = (
            _people_of_story(doc, [m for _, ms in composed for m in ms], self.dictionary)
            if headline_end > 0
            else {}
        )
        voice = own_voice(
            doc, [m for _, ms in composed for m in ms], self.dictionary
        )  # a KCNA text's "Korean"
        for number, (sentence, mentions) in enumerate(composed, start=1):
            known = {**in_story, **people} if sentence.start_char < headline_end else people
            mentions = own_voice_mentions(
                doc, story_surnames(sentence, mentions, known), voice, self.dictionary
            )
            mentions.extend(_short_names(sentence, mentions, known))
            mentions.sort(key=lambda mention: mention.start)
            _index_people(doc, mentions, self.dictionary, people, people_codes, _by_code)
            found.extend(salience.read_sentence(sentence, number, mentions))
        return original_texts(
            [mention for mention in found if mention.code != "---"], doc, original
        )

    def context_reference_tokens(
        self, doc: Doc, hits: list[Hit] | None = None, headline_end: int = 0
    ) -> set[int]:
        """Tokens that name an actor only through what the document said before them.

        Read on the unparsed text (for the coder's choice of sentences to parse): a bare
        surname of a person named in full earlier ("Lee" after "President Lee Myung-bak"), and
        "the North" / "the South" of a ``directional`` rule whose context country the document
        names, and a plural name of two countries ("the two Koreas", ``pair_names``).
        :meth:`find_in_doc` resolves them; a sentence holding only these must be parsed.
        ``hits``: the document's :meth:`hits`, when the caller has them already.
        """
        found: set[int] = set()
        hits = self.hits(doc) if hits is None else hits
        doc = self._cased(doc)  # type: ignore[assignment]
        countries = {
            entry.country
            for hit in hits
            for entry in hit.entries[:1]
            if entry.kind in _COUNTRY_KINDS and entry.country
        }
        directional = {
            rule.word for rule in self.dictionary.directional if rule.context & countries
        }
        texts, lowers = doc_words(doc)  # one walk over the Doc's words, not two over its tokens
        for i, text in enumerate(texts):
            if text in directional and (
                (i > 0 and lowers[i - 1] == "the") or bare_directional(doc[i])
            ):
                found.add(i)
        people: dict[str, int] = {}
        for hit in hits:
            if hit.kind == "person":
                for word in _name_words(doc, hit, self.dictionary):
                    people.setdefault(word, hit.end)
        pair_names = self.dictionary.pair_names
        for i, text in enumerate(texts):
            named_at = people.get(text)
            # a surname after the full name, or in the headline before it; "the two Koreas"
            named = named_at is not None and (i >= named_at or doc[i].idx < headline_end)
            if named or lowers[i] in pair_names:
                found.add(i)
        return found

    def resolve_pronoun(self, token: Token, salience: Salience) -> ActorMatch | None:
        """Resolve one pronoun token ("it", "they", "he", "she") against ``salience``.

        For callers that walk sentences themselves: record each sentence's mentions with
        ``salience.read_sentence(...)`` and ask here for a pronoun of the next sentence.
        """
        return salience.resolve_pronoun(token)

    def new_salience(self) -> Salience:
        """Empty salience state for :meth:`resolve_pronoun` (one per document)."""
        return Salience(self.dictionary)

    def has_trigger(self, words: Iterable[str]) -> bool:
        """True when one of the words could start an actor mention (cheap, before parsing).

        ``words`` are token texts; hyphenated tokens count by their first part ("U.S.-led").
        """
        triggers = self.trigger_words
        for word in words:
            lowered = word.lower()
            if lowered in triggers or ("-" in lowered and lowered.split("-", 1)[0] in triggers):
                return True
        return False

    # --- matching --------------------------------------------------------------------------------

    def _cased(self, doc_or_span: Doc | Span) -> Doc | Span:
        """A wholly upper-case headline or sentence read as ordinary text (see caps_reading)."""
        return cased_reading(doc_or_span, self._casing, self._lower)

    def _settled(self, doc: Doc, hits: list[Hit], date: dt.date | None) -> list[Hit]:
        """Hits with the sense and the dated code of organisations chosen (see settle_entries)."""

        def countries() -> frozenset[str]:
            # "Tripoli" alone names no country; found once per Doc, on the first shared name
            cached = doc.user_data.get(_APART_KEY)
            if cached is None:
                cached = doc.user_data[_APART_KEY] = countries_named_apart(self.hits(doc))
            return cached

        settled = []
        for hit in hits:
            entries = settle_entries(hit.entries, date, countries)
            settled.append(hit if entries == hit.entries else Hit(hit.start, hit.end, entries))
        return settled

    def document_countries(self, doc: Doc, hits: list[Hit] | None = None) -> frozenset[str]:
        """Countries the whole document names (by any country phrase), cached on the Doc;
        ``hits``: the document's hits, when the caller has them already."""
        cached = doc.user_data.get(_COUNTRIES_KEY)
        if cached is None:
            cached = countries_named(self.hits(doc) if hits is None else hits)
            doc.user_data[_COUNTRIES_KEY] = cached
        return cached

    def hits(self, doc_or_span: Doc | Span) -> list[Hit]:
        """Dictionary phrases found in the text, longest first where they overlap, in text order."""
        doc_or_span = self._cased(doc_or_span)
        doc = doc_or_span.doc if isinstance(doc_or_span, Span) else doc_or_span
        matches = phrase_matches(doc_or_span, self._lower, self._exact)  # once per Doc
        matches.sort(key=lambda match: (match[1] - match[2], match[1]))
        taken: set[int] = set()
        # named warships first ("USS George Washington"), so "Washington" is not the capital
        hits: list[Hit] = []
        ships = prefix_positions(doc, self._ship_prefixes)
        if ships and any(_within(doc_or_span, i) for i in ships):
            hits.extend(
                ship_hits(
                    doc_or_span,
                    taken,
                    {m[1] for m in matches},
                    self._ship_prefixes,
                    frozenset(m[1] for m in matches if self._entries[m[0]][0].kind == "agent"),
                )
            )
        for key, start, end in matches:
            if any(index in taken for index in range(start, end)):
                continue
            taken.update(range(start, end))
            hits.append(Hit(start, end, self._entries[key]))
        hits.extend(self._compound_hits(doc_or_span, taken))
        hits.extend(list(self._elided_names(doc, hits, taken)))
        # "Soviet-era debt": a name joined to a period word dates a noun, names no actor
        period_words = load_period_words()
        hits = [
            hit
            for hit in hits
            if hit.kind != "non_actor" and not names_a_period(doc, hit.end, period_words)
        ]
        agent_starts = {hit.start for hit in hits if hit.kind == "agent"}
        hits = [
            hit
            for hit in hits
            if not self._part_of_a_name(doc, hit, taken)
            and (not _not_a_noun(doc, hit) or _adjective_before_agent(doc, hit, agent_starts))
        ]
        hits.sort(key=lambda hit: hit.start)
        starts = {hit.start for hit in hits}
        modifiers = self.dictionary.modifiers
        return [
            hit
            for hit in hits
            # "official" before another actor phrase modifies it ("the official KCNA")
            if not (
                hit.kind == "agent"
                and hit.end - hit.start == 1
                and hit.end in starts
                and doc[hit.start].lower_ in modifiers
            )
        ]

    def _compound_hits(self, doc_or_span: Doc | Span, taken: set[int]) -> Iterator[Hit]:
        """Country names glued to a hyphenated word the tokenizer keeps whole ("U.S.-led")."""
        doc = doc_or_span.doc if isinstance(doc_or_span, Span) else doc_or_span
        for i in hyphenated_tokens(doc_or_span):
            token = doc[i]
            text = token.text
            if token.i in taken:
                continue
            prefix = text.split("-", 1)[0]
            entries = self._compound_exact.get(prefix) or self._compound_lower.get(prefix.lower())
            if entries:
                taken.add(token.i)
                yield Hit(token.i, token.i + 1, entries)

    def _elided_names(self, doc: Doc, hits: list[Hit], taken: set[int]) -> Iterator[Hit]:
        """The first of two country names coordinated with their shared words said once
        ("North and South Korea", "South and North Korea"): "North" there names North Korea."""
        for hit in list(hits):
            start = hit.start
            if hit.kind != "country" or hit.end - start < 2 or start < 2:
                continue
            word, conjunction = doc[start - 2], doc[start - 1]
            if conjunction.lower_ not in ("and", "or") or word.i in taken or not word.is_alpha:
                continue
            rest = " ".join(token.lower_ for token in doc[start + 1 : hit.end])
            entries = self._country_names.get(f"{word.lower_} {rest}")
            if entries and entries[0].country != hit.entry.country:
                taken.add(word.i)
                yield Hit(word.i, word.i + 1, entries)

    def _with_hyphen_partners(
        self, doc: Doc, mentions: list[ActorMatch], day: dt.date | None
    ) -> list[ActorMatch]:
        """A second country glued to the first by a hyphen in one token ("U.S.-DPRK talks",
        "U.S.-Saudi talks", "Israeli-Palestinian talks") is a mention of its own on the same
        span, as a twin: the pair are the parties of the noun the token modifies. A suffix
        that is no country name ("U.S.-led", "U.S.-made") or the first country again adds
        nothing. A suffix that begins the country named after the token ("U.S.-North Korea
        deal": "North" + "Korea") makes that next mention the whole name, North Korea."""
        out: list[ActorMatch] = []
        replaced: set[int] = set()
        for number, mention in enumerate(mentions):
            if number in replaced:
                continue  # the mention was replaced by its hyphen-joined whole name
            out.append(mention)
            if mention.end - mention.start != 1 or mention.kind not in _COUNTRY_KINDS:
                continue
            text = doc[mention.start].text
            suffix = text.rsplit("-", 1)[1] if "-" in text else ""
            after = mentions[number + 1] if number + 1 < len(mentions) else None
            if suffix and after is not None and after.start == mention.end:
                whole = f"{suffix} {doc[after.start : after.end].text}".lower()
                entries = self._country_names.get(whole)
                named = entries and self._composer.single(
                    doc, Hit(after.start, after.end, entries), day
                )
                if named and named.code[:3] != after.code[:3]:
                    why = f"{named.why}: '{suffix}' joined to the word after the hyphenated token"
                    out.append(replace(named, text=f"{suffix} {after.text}", why=why))
                    replaced.add(number + 1)
                    continue
            if len(suffix) < 2 or not suffix[0].isupper():
                continue
            entries = self._compound_exact.get(suffix) or self._compound_lower.get(suffix.lower())
            if not entries:
                continue
            partner = self._composer.single(doc, Hit(mention.start, mention.end, entries), day)
            if partner is None or (partner.country or partner.code[:3]) == (
                mention.country or mention.code[:3]
            ):
                continue
            why = f"{partner.why}: '{suffix}' after the hyphen"
            out.append(replace(partner, text=suffix, why=why))
        return out

    def _part_of_a_name(self, doc: Doc, hit: Hit, taken: set[int]) -> bool:
        """A place that is a person's name ("Michael Jordan") or a surname of someone else."""
        entry = hit.entry
        short_name = entry.kind == "person" and entry.form == "short name"
        if not short_name and not (
            entry.kind in _COUNTRY_KINDS
            and doc[hit.start : hit.end].text.lower() in self.dictionary.person_name_words
        ):
            return False
        if doc.has_annotation("ENT_IOB"):
            for index in range(hit.start, hit.end):
                token = doc[index]
                if token.ent_type_ == "PERSON":
                    start, end = _entity_bounds(doc, index)
                    if start < hit.start or end > hit.end:
                        return True
        if hit.start == 0:
            return False
        previous = doc[hit.start - 1]
        return (
            previous.i not in taken
            and previous.is_alpha
            and previous.text[0].isupper()
            and previous.text[1:].islower()
            and not previous.is_stop
            and previous.lower_ not in NOT_FIRST_NAMES
            and previous.lower_ not in CALENDAR_WORDS
            and previous.lower_ not in self.dictionary.modifiers
        )


def _name_words(doc: Doc, mention: ActorMatch | Hit, dictionary: ActorDictionary) -> list[str]:
    """The first and last capitalised words of a person's full name ("Kim" and "Il" of "Kim
    Jong Il", "Lee" of "Lee Myung-bak", "Barack" and "Obama"): what a story calls them later.
    The name is the dictionary's for the person the mention names, so a title before it
    ("President Lee Myung-bak") or an alias ("Dear Leader") gives the name's own words."""
    words = [t.text for t in doc[mention.start : mention.end] if t.is_alpha]
    for start in range(mention.start, mention.end):
        entries = dictionary.lookup(doc[start : mention.end].text)
        person = next((e for e in entries if e.kind == "person"), None)
        if person is not None:
            words = person.label.split()
            break
    if len(words) < 2:
        return []
    return [
        word
        for word in dict.fromkeys((words[0], words[-1]))
        if word.isalpha() and word.istitle() and word.lower() not in NOT_FIRST_NAMES
    ]


def _index_people(
    doc: Doc,
    mentions: list[ActorMatch],
    dictionary: ActorDictionary,
    people: dict[str, ActorMatch | None],
    identities: dict[str, str],
    identity: Callable[[ActorMatch, list[str]], str],
) -> None:
    """Record the short names of the full-name person mentions in ``people``; a word two
    people share (by ``identity``: their code, or their full name) is ambiguous and kept as
    None. ``identities`` remembers whom each word was first seen for."""
    for mention in mentions:
        if not isinstance(mention, ActorMatch) or mention.kind != "person":
            continue
        words = _name_words(doc, mention, dictionary)
        who = identity(mention, words)
        for word in words:
            if word not in people:
                people[word], identities[word] = mention, who
            elif identities[word] != who:
                people[word] = None


def _by_code(mention: ActorMatch, _words: list[str]) -> str:
    """Kim Jong Il and Kim Jong Un in one story are the same word for two codes: ambiguous."""
    return mention.code


def _by_full_name(_mention: ActorMatch, words: list[str]) -> str:
    """Kim Jong Il and Kim Kye Gwan, even of one government, are two people."""
    return " ".join(words)


def _people_of_story(
    doc: Doc, mentions: list[ActorMatch], dictionary: ActorDictionary
) -> dict[str, ActorMatch | None]:
    """The short names of the people a whole document names in full, each with its person; a
    word two different people share ("Kim" for Kim Jong Il and Kim Kye Gwan, even of one
    government) is None."""
    people: dict[str, ActorMatch | None] = {}
    _index_people(doc, mentions, dictionary, people, {}, _by_full_name)
    return people


def _short_names(
    sentence: Span, mentions: list[ActorMatch], people: dict[str, ActorMatch | None]
) -> list[ActorMatch]:
    """A bare surname (or first word of a Korean or Chinese name) of a person named in full
    earlier in the document is that person: "Kim Jong Il met ... Kim later said" -> PRKGOV.
    The dictionary does not list every surname alone because "Kim" or "Lee" alone is ambiguous
    across documents; within one story it is not."""
    if not people:
        return []
    covered = {i for mention in mentions for i in range(mention.start, mention.end)}
    found = []
    texts = doc_words(sentence.doc)[0]  # the words, without a Token for each
    for i in range(sentence.start, sentence.end):
        person = people.get(texts[i])
        if person is None or i in covered:
            continue
        token = sentence.doc[i]
        following = token.nbor(1) if token.i + 1 < len(token.doc) else None
        if following is not None and following.is_title and following.pos_ == "PROPN":
            continue  # the start of another full name ("Kim Dae-jung", "Lee Hoi-chang")
        why = f"{person.why}; '{token.text}' short for '{person.text}' earlier in the document"
        found.append(
            replace(person, start=token.i, end=token.i + 1, text=token.text, head=token.i, why=why)
        )
    return found


def _not_a_noun(doc: Doc, hit: Hit) -> bool:
    """A one-word agent noun the tagger reads as a verb or adjective ("to court", "official")."""
    if hit.kind != "agent" or hit.end - hit.start != 1:
        return False
    return doc[hit.start].pos_ in _NOT_NOUNS


def _adjective_before_agent(doc: Doc, hit: Hit, agent_starts: set[int]) -> bool:
    """An agent noun tagged as an adjective right before another agent noun is still part of the
    agent phrase: "Myanmar's *military* government", "Malian *military* officials"."""
    return doc[hit.start].pos_ == "ADJ" and hit.end in agent_starts


@lru_cache(maxsize=1)
def default_matcher() -> ActorMatcher:
    """A matcher over the built-in dictionary, built once per process."""
    return ActorMatcher(load_actor_dictionary())


def _entity_bounds(doc: Doc, index: int) -> tuple[int, int]:
    start = index
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    end = index + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return start, end


def _within(doc_or_span: Doc | Span, index: int) -> bool:
    """Is token ``index`` of the document inside ``doc_or_span``?"""
    return isinstance(doc_or_span, Doc) or doc_or_span.start <= index < doc_or_span.end
