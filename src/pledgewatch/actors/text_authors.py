"""Texts and their authors: "The statement said ... It demands ..." codes the statement's author.

When a sentence's subject is a text (``authored_nouns`` of agents.yaml: statement, resolution,
text ...), a subject "it"/"they" opening the next sentence is the text, so it codes the text's
author: an actor in the text's noun phrase ("the State Department text"), else the subject that
adopted, issued or wrote it (``authoring_verbs``) in one of the three sentences before, else the
story's lead actor (the first actor of the headline or of the first sentence).
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span, Token

from pledgewatch.actors.dictionary import ActorDictionary
from pledgewatch.actors.seen import (
    AFTER_SUBJECT,
    LOOKBACK_SENTENCES,
    NOT_COUNTRIES,
    SUBJECT_DEPS,
    SUBJECT_PRONOUNS,
    Seen,
    really_parsed,
)


class TextAuthors:
    """The text-author rules of :class:`~pledgewatch.actors.salience.Salience` (a mixin: it reads
    the salience state below, which ``Salience.__init__`` sets)."""

    dictionary: ActorDictionary
    history: list[Seen]
    _current: list[Seen]
    _sentence: int
    _spans: dict[int, Span]
    #: sentence number -> the author of the text that is its subject, for the sentences whose
    #: subject is an ``authored_nouns`` text (or a pronoun standing for one)
    _text_subjects: dict[int, Seen | None]
    #: (this sentence's subject pronoun stood for a text, that text's author)
    _text_pronoun: tuple[bool, Seen | None]
    #: who issued the statement the document carries (the voice of its "we")
    _issuer: Seen | None
    #: whether the sentence being read was parsed (``really_parsed``, set by read_sentence)
    _parsed: bool

    def _note_text_subject(self, sentence: Span) -> None:
        """Remember the author when this sentence's subject is a text ("The statement said",
        "Resolution 2087 adds", "The North Korean text is narrower") or a pronoun that stood for
        one; see ``authored_nouns`` in agents.yaml."""
        if self._text_pronoun[0]:
            self._text_subjects[self._sentence] = self._text_pronoun[1]
            return
        first = next((token for token in sentence if token.is_alpha), None)
        if (
            first is not None
            and first.lower_ in ("it", "they")
            and self._sentence - 1 in self._text_subjects
        ):  # an unparsed "It names ...": still the same text
            self._text_subjects[self._sentence] = self._text_subjects[self._sentence - 1]
            return
        parsed = self._parsed  # read_sentence's reading of this sentence (one walk, not three)
        noun = self._subject_text_noun(sentence, parsed)
        if noun is None:
            return
        start = noun.left_edge.i if parsed else sentence.start
        inside = [
            seen
            for seen in self._current
            if seen.mention.start >= start and seen.mention.end <= noun.i
            and not seen.mention.is_location
        ]  # fmt: skip
        author = inside[-1] if inside else self._author_before(noun) or self._lead_actor()
        self._text_subjects[self._sentence] = author

    def _note_issuer(self, sentence: Span) -> None:
        """Remember who issued a text in this sentence ("X issued the following statement",
        "The following statement was issued by X"): the subject of an ``authoring_verbs`` verb
        whose object (or passive subject) is an ``authored_nouns`` text, or its "by" agent."""
        if self._issuer is not None or not self._parsed:  # this sentence's, from read_sentence
            return
        nouns = self.dictionary.authored_nouns
        for verb in sentence:
            if verb.lower_ not in self.dictionary.authoring_verbs:
                continue
            texts = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
            if not any(c.lower_ in nouns for c in texts):
                continue
            agents = [c for c in verb.children if c.dep_ == "nsubj"] + [
                p
                for by in verb.children
                if by.dep_ == "agent"
                for p in by.children
                if p.dep_ == "pobj"
            ]
            for agent in agents:
                words = {t.i for t in agent.subtree}
                found = [seen for seen in self._current if seen.mention.head in words]
                # "A spokesman for the National Defence Commission of the DPRK issued ...": the
                # spokesman names no country, the body he speaks for does
                national = [
                    seen
                    for seen in found
                    if seen.mention.country
                    and seen.mention.country not in NOT_COUNTRIES
                    and not seen.mention.is_location
                ]
                if found:
                    self._issuer = _with_sector((national or found)[0], found[0])
                    return

    def _subject_text_noun(self, sentence: Span, parsed: bool) -> Token | None:
        nouns = self.dictionary.authored_nouns
        if parsed:
            root = sentence.root
            for child in root.children:
                if child.dep_ in SUBJECT_DEPS and child.lower_ in nouns and child.i < root.i:
                    return child
            return None
        # no parse: a text noun among the first words, after determiners, adjectives and names
        # only ("The firm and broad State Department text says"), not after a verb
        for token in sentence[:8]:
            word = token.lower_
            if word in nouns:
                return token
            verb_like = word.endswith("ed") or word in AFTER_SUBJECT or word in SUBJECT_PRONOUNS
            if verb_like or word in {"that", ",", "who", "which"}:
                return None
        return None
        return None

    def _author_before(self, noun: Token) -> Seen | None:
        """The subject of one of the previous sentences that adopted, issued or wrote the same
        noun ("The council adopted a presidential statement"), or None. The event coder's
        counterpart for "the resolution" as a subject is
        :func:`pledgewatch.events.text_authors.named_before` (lemmas of ``@adopting`` on the
        parse, where this matches the written forms of ``authoring_verbs``)."""
        forms = {noun.lower_, noun.lower_.removesuffix("s")}
        verbs = self.dictionary.authoring_verbs
        for number in range(self._sentence - 1, self._sentence - 1 - LOOKBACK_SENTENCES, -1):
            span = self._spans.get(number)
            if span is None:
                continue
            where = next((t.i for t in span if t.lower_ in forms), None)
            if where is None:
                continue
            verb = next((t.i for t in span if t.i < where and t.lower_ in verbs), None)
            if verb is None:
                continue
            parsed = really_parsed(span)
            subjects = [
                seen
                for seen in self.history
                if seen.sentence == number
                and (seen.subject or not parsed)  # unparsed: the first actor before the verb
                and seen.mention.end <= verb
                and not seen.mention.is_location
            ]
            return subjects[0] if subjects else None
        return None

    def _lead_actor(self) -> Seen | None:
        """The story's lead actor: the first actor (not a place) of the headline or, failing
        that, of the first sentence ("North Korea says ..."; "Security Council condemns ...").
        A text with no other known author is most likely the lead actor's."""
        for number in (1, 2):
            for seen in self.history:
                if seen.sentence == number and not seen.mention.is_location:
                    return seen
        return None


def _with_sector(issuer: Seen, head: Seen) -> Seen:
    """A bare country issuer takes the sector of the body named before it ("The Ministry of
    Foreign Affairs of the Republic of Korea issued ...": KORGOV, not KOR)."""
    mention = issuer.mention
    sector = head.mention.sector
    if issuer is head or len(mention.code) != 3 or not sector:
        return issuer
    code = mention.code + sector
    return Seen(
        issuer.sentence, replace(mention, code=code, sector=sector), issuer.subject, issuer.depth
    )
