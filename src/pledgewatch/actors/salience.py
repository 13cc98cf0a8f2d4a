"""Light salience resolution: "the North", "the regime", "it", "they" to earlier actors.

The rules are deliberately simple and every resolution says in its ``why`` what it chose:

* **the North / the South** (capitalised, after "the"): the ``directional`` rules of
  ``countries.yaml``. "the North" is PRK when PRK or KOR was mentioned earlier in the document;
  when several rules share the word, the one whose context country was mentioned last wins
  (so "the South" is SSD after Sudan, KOR after Korea). With no context it stays unresolved.
  "the North's navy" is PRKMIL.
* **the regime** (a bare ``regime_nouns`` noun, no country before it): the most recent country
  actor whose code is on the ``regimes`` list, else the most recent country actor; code
  country + GOV.
* **it / they / he / she** as a subject (parse label ``nsubj``/``nsubjpass``; without a parse, a
  pronoun opening the sentence or followed by an auxiliary, a reporting verb or a word ending in
  "-ed"; "It is unclear whether ..." is not a reference), and **its /
  their / his** before a bare agent noun ("its troops"): the most salient earlier actor, i.e.
  (1) the subject of the current sentence if it comes before the pronoun ("Ukraine says it
  ..."), else (2) the most recent subject of the previous three sentences, else (3) the most
  recent actor before the pronoun. "it" takes non-person, singular actors; "they" any non-person
  actor; "he"/"she" persons and singular agent nouns. Places are never antecedents. Without a
  parse the first actor of a sentence counts as its subject.
* **it / they after a text** ("The statement said ... It demanded ..."; ``authored_nouns``):
  the text's author (an actor in its noun phrase, else the subject that adopted or issued it
  in one of the three sentences before, else the story's lead actor: the first actor of the
  headline or first sentence), never another actor met on the way.
* **we** as a subject: the speaker the sentence names ('"We ...," Hague told reporters'), else
  the speaker of an earlier "we", else the lead actor -- unless that is whom "we" address.
* **the council / the agency** (after "the", the last word of an organisation's name): that
  organisation.
* **inspectors / peacekeepers** alone (``organisation_agents``): the last organisation
  mentioned ("IAEA ... the inspectors" -> IGOUNOIAE).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Span, Token

from pledgewatch.actors.dictionary import ActorDictionary, DirectionalRule
from pledgewatch.actors.mention import ActorMatch

SUBJECT_PRONOUNS = frozenset({"it", "they", "he", "she"})
POSSESSIVE_PRONOUNS = {"its": "it", "their": "they", "his": "he", "her": "she"}
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
#: Without a parse, a pronoun followed by one of these (or by a word ending in "-ed") is a subject.
AFTER_SUBJECT = frozenset(
    {"is", "was", "are", "were", "has", "have", "had", "will", "would", "could", "can", "may",
     "might", "should", "must", "did", "does", "do", "said", "says", "say", "also", "not",
     "never", "still", "already", "'s", "'re", "'ll", "'d", "wants", "want", "plans", "plan",
     "hopes", "hope", "needs", "need", "agreed", "told", "warned", "insisted", "denied", "vowed",
     "pledged", "promised", "threatened", "rejected", "accused", "called", "urged"}
)  # fmt: skip
#: "It is unclear whether ...": an "it" followed by a form of "be" and one of these is expletive.
EXPLETIVE_MARKERS = frozenset(
    {"unclear", "clear", "likely", "unlikely", "possible", "impossible", "important", "necessary",
     "time", "too", "hard", "difficult", "easy", "expected", "believed", "thought", "reported",
     "said", "understood", "known", "feared", "hoped", "raining", "true", "false", "unknown"}
)  # fmt: skip
#: Reporting verb forms that name the speaker of a quote ("..., Hague told reporters").
REPORTING_FORMS = frozenset(
    {"said", "says", "say", "told", "tells", "added", "adds", "stated", "states", "declared",
     "announced", "insisted", "warned", "wrote", "noted", "stressed", "explained"}
)  # fmt: skip
BE_FORMS = frozenset({"is", "was", "'s", "seems", "seemed", "appears", "appeared", "remains"})
NOT_COUNTRIES = frozenset({"---", "IGO", "NGO", "IMG"})
LOOKBACK_SENTENCES = 3


@dataclass(frozen=True, slots=True)
class Seen:
    """A mention met earlier: its sentence number (1-based) and whether it was a subject."""

    sentence: int
    mention: ActorMatch
    subject: bool


class Salience:
    """What a document has mentioned so far, sentence by sentence, and how to resolve references.

    Feed each sentence's mentions (from :meth:`ActorMatcher.find`) to :meth:`read_sentence`, in
    order; it returns them with references resolved and remembers them for later sentences.
    """

    def __init__(self, dictionary: ActorDictionary) -> None:
        self.dictionary = dictionary
        self.history: list[Seen] = []
        self._current: list[Seen] = []
        self._sentence = 0
        self._parsed = False
        self._sentence_start = 0
        #: sentence number -> (its span, the author of the text that is its subject) for the
        #: sentences whose subject is an ``authored_nouns`` text (or a pronoun standing for one)
        self._text_subjects: dict[int, Seen | None] = {}
        self._spans: dict[int, Span] = {}
        self._text_pronoun: tuple[bool, Seen | None] = (False, None)
        self._last_speaker: Seen | None = None

    def read_sentence(
        self, sentence: Span, number: int, mentions: list[ActorMatch]
    ) -> list[ActorMatch]:
        """Resolve the references of one sentence and remember its mentions."""
        self._sentence = number
        self._current = []
        doc = sentence.doc
        covered = {index for mention in mentions for index in range(mention.start, mention.end)}
        pending = sorted(mentions, key=lambda mention: mention.start)
        resolved: list[ActorMatch] = []
        # The event coder parses only some sentences of a Doc: look at this one's own tokens.
        self._parsed = any(token.dep != 0 for token in sentence)
        self._sentence_start = sentence.start
        self._spans[number] = sentence
        self._text_pronoun = (False, None)
        first_is_subject = not self._parsed
        position = 0
        cursor = sentence.start
        while True:
            boundary = pending[position].start if position < len(pending) else sentence.end
            for token in doc[cursor:boundary]:
                if token.i in covered or token.i < cursor:
                    continue
                found = self._token_reference(token, pending, position)
                if found is None:
                    continue
                mention, used = found
                position += used
                resolved.append(mention)
                cursor = mention.end
                first_is_subject &= not self._remember(mention, doc, first_is_subject)
            if position >= len(pending):
                break
            mention = self._upgrade(pending[position], doc)
            position += 1
            resolved.append(mention)
            cursor = max(cursor, mention.end)
            first_is_subject &= not self._remember(mention, doc, first_is_subject)
        self._note_text_subject(sentence)
        self.history.extend(self._current)
        return resolved

    def resolve_pronoun(self, token: Token) -> ActorMatch | None:
        """The actor a subject pronoun refers to, from what was read so far."""
        word = token.lower_
        if word not in SUBJECT_PRONOUNS:
            return None
        if self._opens_sentence(token) and self._sentence - 1 in self._text_subjects:
            # "The statement said ... It demanded ...": the pronoun is the text; its author
            found = self._text_subjects[self._sentence - 1]
            self._text_pronoun = (True, found)
        else:
            found = self._antecedent(word, token.i)
        if found is None:
            return None
        found = self._with_modifier_country(found, token.doc)
        return _resolved(token.doc, found, token.i, token.i + 1, word == "they", self._why)

    def _with_modifier_country(self, found: Seen, doc: Doc) -> Seen:
        """A country-less agent antecedent whose noun a country modifies ("Palestinian suicide
        bombers", where "suicide" kept the two apart) lends that country to the pronoun: "they"
        is PSEMIL, not ---MIL (which a place named later could claim)."""
        mention = found.mention
        if mention.country != "---" or not self._parsed or not 0 <= mention.head < len(doc):
            return found
        head = doc[mention.head]
        modifiers = {c.i for c in head.children if c.dep_ in ("amod", "compound", "nmod", "poss")}
        for seen in self.history + self._current:
            other = seen.mention
            if (
                seen.sentence == found.sentence
                and other.country
                and other.country not in NOT_COUNTRIES
                and any(i in modifiers for i in range(other.start, other.end))
            ):
                code = other.country + mention.code[3:]
                return Seen(found.sentence, replace(mention, code=code, country=other.country),
                            found.subject)  # fmt: skip
        return found

    # --- the pieces ------------------------------------------------------------------------------

    def _token_reference(
        self, token: Token, pending: list[ActorMatch], position: int
    ) -> tuple[ActorMatch, int] | None:
        """A mention for an unmatched token ("the North", "it"), and how many pending it used."""
        doc = token.doc
        if token.text in {"North", "South"} and token.i > 0 and doc[token.i - 1].lower_ == "the":
            return self._directional(token, pending, position)
        if token.i > 0 and doc[token.i - 1].lower_ == "the" and token.is_alpha:
            found = self._organisation_head(token)
            if found is not None:
                return found, 0
        if token.lower_ == "we" and self._is_subject(token):
            found = self._speaker(token, pending, position)
            if found is None:
                return None
            why = self._why(token.text, found.mention.code, found).replace(
                "(subject", "(speaker", 1
            )
            return _anaphor(doc, found.mention.code, token.i, token.i + 1, why, True), 0
        if token.lower_ in SUBJECT_PRONOUNS and self._is_subject(token):
            resolved = self.resolve_pronoun(token)
            return (resolved, 0) if resolved is not None else None
        return None

    def _speaker(self, token: Token, pending: list[ActorMatch], position: int) -> Seen | None:
        """Who "we" is: the speaker the sentence names after the quote ("We want talks,"
        Hague told reporters; "..., he said"), else the speaker "we" was in an earlier sentence
        of the same statement, else the story's lead actor ("The North's statement said ... We
        propose talks")."""
        doc = token.doc
        span = self._spans.get(self._sentence)
        end = span.end if span is not None else len(doc)
        for mention in pending[position:]:
            after = doc[mention.end] if mention.end < end else None
            before = doc[mention.start - 1] if mention.start > token.i + 1 else None
            if (after is not None and after.lower_ in REPORTING_FORMS) or (
                # '"...," said Caitlin Hayden' (not '..., Park told reporters')
                before is not None and before.lower_ in ("said", "says")
            ):
                if mention.country == "---" and self._last_speaker is not None:
                    break  # "a ministry spokesman said": keep the statement's speaker
                self._last_speaker = Seen(self._sentence, mention, True)
                return self._last_speaker
        for word in doc[token.i + 1 : end - 1]:
            if word.lower_ in ("he", "she") and doc[word.i + 1].lower_ in REPORTING_FORMS:
                found = self._antecedent(word.lower_, word.i)
                if found is not None:
                    self._last_speaker = found
                    return found
        if self._last_speaker is None:
            self._last_speaker = self._lead_actor()
        speaker = self._last_speaker
        addressee = pending[position] if position < len(pending) else None
        if (
            speaker is not None
            and addressee is not None
            and (addressee.country == speaker.mention.country)
        ):
            return None  # "We urge North Korea to ...": not North Korea, whoever it is
        return speaker

    def _organisation_head(self, token: Token) -> ActorMatch | None:
        """ "the council" after "the U.N. Security Council", "the agency" after "the
        International Atomic Energy Agency": the head noun of an organisation's name, after
        "the", is that organisation (the last one named with that head word)."""
        doc = token.doc
        following = doc[token.i + 1] if token.i + 1 < len(doc) else None
        if token.dep_ == "compound" or (following is not None and following.lower_ == "of"):
            return None  # "the council debate", "the Council of Europe"
        if (
            following is not None
            and token.dep_ in ("", "dep")
            and not (
                following.is_punct
                or following.lower_ in AFTER_SUBJECT
                or following.lower_ in ("'s", "\u2019s")
                or following.lower_.endswith("ed")
            )
        ):
            return None  # no parse: only before a verb, a possessive or punctuation
        word = token.lower_
        found = self._latest(
            lambda mention: (
                mention.kind == "organisation" and mention.text.split()[-1].lower() == word
            )
        )
        if found is None:
            return None
        why = (
            f"resolved 'the {token.text}' to {found.mention.code} (head word of "
            f"'{found.mention.text}' in sentence {found.sentence})"
        )
        return _anaphor(doc, found.mention.code, token.i - 1, token.i + 1, why, False)

    def _directional(
        self, token: Token, pending: list[ActorMatch], position: int
    ) -> tuple[ActorMatch, int] | None:
        best: tuple[tuple[int, int], DirectionalRule, Seen] | None = None
        for rule in self.dictionary.directional:
            if rule.word != token.text:
                continue
            context = rule.context

            def in_context(mention: ActorMatch, context: frozenset[str] = context) -> bool:
                return mention.country in context

            def said_in_context(mention: ActorMatch, context: frozenset[str] = context) -> bool:
                return mention.country in context and mention.kind != "anaphor"

            seen = self._latest(said_in_context) or self._latest(in_context)
            if seen is not None:
                rank = (seen.sentence, seen.mention.start)
                if best is None or rank > best[0]:
                    best = (rank, rule, seen)
        if best is None:
            return None
        _, rule, seen = best
        doc = token.doc
        start = token.i - 1
        why = (
            f"resolved 'the {token.text}' to {rule.code} (last {'/'.join(sorted(rule.context))} "
            f"actor mentioned: '{seen.mention.text}' in sentence {seen.sentence})"
        )
        following = pending[position] if position < len(pending) else None
        if (
            following is not None
            and following.country == "---"
            and following.sector
            and token.i + 1 < len(doc)
            and doc[token.i + 1].text in {"'s", "\u2019s"}
            and following.start == token.i + 2
        ):
            code = rule.code[:3] + following.sector
            why += f" + agent '{following.text}'"
            return _anaphor(doc, code, start, following.end, why, following.plural), 1
        return _anaphor(doc, rule.code, start, token.i + 1, why, False), 0

    def _upgrade(self, mention: ActorMatch, doc: Doc) -> ActorMatch:
        """Resolve a bare agent mention: "its troops", "the regime", "the inspectors"."""
        if mention.country != "---" or mention.kind != "agent":
            return mention
        before = doc[mention.start - 1] if mention.start > 0 else None
        if before is not None and before.lower_ in POSSESSIVE_PRONOUNS:
            found = self._antecedent(POSSESSIVE_PRONOUNS[before.lower_], before.i)
            if found is not None:
                code = _holder_code(found.mention, mention.sector)
                why = self._why(before.text, found.mention.code, found)
                why += f" + agent '{mention.text}' = {code}"
                return _anaphor(doc, code, before.i, mention.end, why, mention.plural)
        noun = mention.text.lower()
        if any(noun == word or noun.endswith(" " + word) for word in self.dictionary.regime_nouns):
            return self._regime(mention, doc) or mention
        if noun in self.dictionary.organisation_agents or doc[mention.head].lower_ in (
            self.dictionary.organisation_agents
        ):
            found = self._latest(lambda seen: seen.kind == "organisation")
            if found is not None:
                code = _holder_code(found.mention, mention.sector)
                why = (
                    f"resolved '{mention.text}' to {code} (last organisation "
                    f"'{found.mention.text}' in sentence {found.sentence})"
                )
                return _anaphor(doc, code, mention.start, mention.end, why, mention.plural)
        return mention

    def _regime(self, mention: ActorMatch, doc: Doc) -> ActorMatch | None:
        regimes = self.dictionary.regimes
        found = self._latest(
            lambda seen: seen.country in regimes and not seen.is_location
        ) or self._latest(lambda seen: seen.country in regimes)
        rule = "most recent regime-list country"
        if found is None:
            found = self._latest(lambda seen: (seen.country or "---") not in NOT_COUNTRIES)
            rule = "most recent country (none on the regime list)"
        if found is None:
            return None
        code = f"{found.mention.country}GOV"
        why = (
            f"resolved '{mention.text}' to {code} ({rule}: '{found.mention.text}' "
            f"in sentence {found.sentence})"
        )
        return _anaphor(doc, code, mention.start, mention.end, why, False)

    def _antecedent(self, pronoun: str, position: int) -> Seen | None:
        accept = _ACCEPTS[pronoun]
        current = [seen for seen in self._current if seen.mention.end <= position]
        if pronoun == "they":  # "Brazil and Turkey said the council ignored a deal they brokered"
            for seen in reversed(current):
                if seen.subject and accept(seen.mention) and self._is_group(seen.mention):
                    return seen
        for seen in reversed(current):
            if seen.subject and accept(seen.mention):
                return seen
        earliest = self._sentence - LOOKBACK_SENTENCES
        for seen in reversed(self.history):
            if seen.sentence >= earliest and seen.subject and accept(seen.mention):
                return seen
        for seen in reversed(self.history + current):
            if accept(seen.mention):
                return seen
        return None

    def _is_group(self, mention: ActorMatch) -> bool:
        """A plural mention, or the first of coordinated actors ("Brazil and Turkey")."""
        if mention.plural:
            return True
        doc = self._spans[self._sentence].doc if self._sentence in self._spans else None
        if doc is None or not 0 <= mention.head < len(doc):
            return False
        return any(child.dep_ == "conj" for child in doc[mention.head].children)

    def _opens_sentence(self, token: Token) -> bool:
        """Is the token the first word of its sentence (after quotes and punctuation)?"""
        return not any(word.is_alpha for word in token.doc[self._sentence_start : token.i])

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
        parsed = _really_parsed(sentence)
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
        noun ("The council adopted a presidential statement"), or None."""
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
            parsed = _really_parsed(span)
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

    def _latest(self, test: Callable[[ActorMatch], bool]) -> Seen | None:
        for seen in reversed(self.history + self._current):
            if test(seen.mention):
                return seen
        return None

    def _remember(self, mention: ActorMatch, doc: Doc, first_is_subject: bool) -> bool:
        if self._parsed:
            subject = any(
                doc[index].dep_ in SUBJECT_DEPS for index in range(mention.start, mention.end)
            )
        else:
            subject = first_is_subject and not mention.is_location
        self._current.append(Seen(self._sentence, mention, subject))
        return subject

    def _is_subject(self, token: Token) -> bool:
        doc = token.doc
        following = doc[token.i + 1] if token.i + 1 < len(doc) else None
        if token.lower_ == "it" and following is not None and following.lower_ in BE_FORMS:
            window = doc[token.i + 2 : token.i + 5]
            if any(word.lower_ in EXPLETIVE_MARKERS for word in window):
                return False
        if self._parsed:
            return token.dep_ in SUBJECT_DEPS
        if following is None:
            return False
        if token.i == self._sentence_start or doc[token.i - 1].is_quote:
            return True  # a sentence-initial "He ..." is a subject
        return following.lower_ in AFTER_SUBJECT or (
            following.is_alpha and following.lower_.endswith("ed")
        )

    def _why(self, text: str, code: str, found: Seen) -> str:
        role = "subject" if found.subject else "last actor mentioned"
        return (
            f"resolved '{text}' to {code} ({role} '{found.mention.text}' "
            f"in sentence {found.sentence})"
        )


def sentences(doc: Doc) -> Iterator[Span]:
    """The sentences of a Doc: spaCy's when set, else split after ".", "!", "?" and blank lines."""
    if doc.has_annotation("SENT_START"):
        yield from doc.sents
        return
    start = 0
    for token in doc:
        ends = token.text in {".", "!", "?"} or (token.is_space and "\n\n" in token.text)
        if not ends:
            continue
        following = doc[token.i + 1] if token.i + 1 < len(doc) else None
        if (
            following is None
            or following.is_space
            or following.text[:1].isupper()
            or (following.is_quote)
        ):
            yield doc[start : token.i + 1]
            start = token.i + 1
    if start < len(doc):
        yield doc[start:]


def _really_parsed(sentence: Span) -> bool:
    """Was the sentence parsed? An unparsed sentence of a partly parsed Doc hangs every word on
    its first as "dep"."""
    return any(token.dep_ not in ("", "dep", "ROOT") for token in sentence)


def _is_it(mention: ActorMatch) -> bool:
    return mention.kind != "person" and not mention.plural and not mention.is_location


def _is_they(mention: ActorMatch) -> bool:
    return mention.kind != "person" and not mention.is_location


def _is_he(mention: ActorMatch) -> bool:
    return mention.kind == "person" or (
        mention.kind == "agent" and not mention.plural and mention.sector is not None
    )


_ACCEPTS: dict[str, Callable[[ActorMatch], bool]] = {
    "it": _is_it,
    "they": _is_they,
    "he": _is_he,
    "she": _is_he,
}


def _holder_code(antecedent: ActorMatch, sector: str | None) -> str:
    """The code of "its <agent>": the antecedent's country (or organisation) plus the sector."""
    if antecedent.country in {"IGO", "NGO", "IMG"}:
        return antecedent.code + (sector if sector in {"MIL", "COP"} else "")
    return (antecedent.country or "---") + (sector or "")


def _resolved(
    doc: Doc,
    found: Seen,
    start: int,
    end: int,
    plural: bool,
    why: Callable[[str, str, Seen], str],
) -> ActorMatch:
    text = doc[start:end].text
    return _anaphor(doc, found.mention.code, start, end, why(text, found.mention.code, found),
                    plural)  # fmt: skip


def _anaphor(doc: Doc, code: str, start: int, end: int, why: str, plural: bool) -> ActorMatch:
    sector = code[3:6] if len(code) >= 6 and code[:3] not in {"IGO", "NGO", "IMG"} else None
    return ActorMatch(
        code=code,
        text=doc[start:end].text,
        start=start,
        end=end,
        why=why,
        kind="anaphor",
        country=code[:3],
        sector=sector,
        plural=plural,
        head=end - 1,
    )
