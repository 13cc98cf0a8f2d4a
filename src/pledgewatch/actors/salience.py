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
        self.history.extend(self._current)
        return resolved

    def resolve_pronoun(self, token: Token) -> ActorMatch | None:
        """The actor a subject pronoun refers to, from what was read so far."""
        word = token.lower_
        if word not in SUBJECT_PRONOUNS:
            return None
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
        if token.lower_ in SUBJECT_PRONOUNS and self._is_subject(token):
            resolved = self.resolve_pronoun(token)
            return (resolved, 0) if resolved is not None else None
        return None

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
