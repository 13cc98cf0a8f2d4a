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
  actor; "he"/"she" persons, singular agent nouns that are no body (``collective_agents``,
  ``uncountable``: not "the army", "the military") and an earlier resolved "he"/"she". Places
  are never antecedents. Without a
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
* **the two leaders / both countries / the two sides** (``pair_nouns``): each of the two just
  named (:mod:`pledgewatch.actors.pairs`); the text-author rules live in
  :mod:`pledgewatch.actors.text_authors`.
* **his hosts**, **bombers flew from Missouri**, **X, the opposition leader**, **the army said**:
  the visited country's government, the country set out from, the apposition's country, the
  subject's country (:mod:`pledgewatch.actors.group_refs`).
* **the Defense Ministry**, **the National Security Council**, **the interim government**
  (``national_nouns``) with no subject of a country before them, and **the crew**: the
  country of the story's dateline ("SEOUL, March 11 (Yonhap) --"), a crew first the country
  of the last ship named (:mod:`pledgewatch.actors.group_refs`). The "the North", "the regime"
  and "the council" rules live in :mod:`pledgewatch.actors.country_refs`.

A subject's owner counts as a subject ("North Korea's announcement that it ..."); a dateline
("WASHINGTON --") is none. A sentence the coder did not parse (every word hung on its first as
"dep") is read with the rules for no parse.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterator
from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from pledgewatch.actors.condition_pronouns import condition_party
from pledgewatch.actors.country_refs import CountryReferences, bare_directional
from pledgewatch.actors.datelines import is_dateline
from pledgewatch.actors.dictionary import ActorDictionary
from pledgewatch.actors.gathered_groups import GatheredGroups
from pledgewatch.actors.group_refs import GroupReferences, Home
from pledgewatch.actors.joint_antecedents import JointAntecedents
from pledgewatch.actors.judicial_bodies import JudicialBodies
from pledgewatch.actors.mention import ActorMatch
from pledgewatch.actors.owned_countries import OwnedCountries
from pledgewatch.actors.pairs import PairReferences
from pledgewatch.actors.reference_scan import ReferenceScan
from pledgewatch.actors.reported_objects import speaker_attacked
from pledgewatch.actors.seen import (
    AFTER_SUBJECT,
    LOOKBACK_SENTENCES,
    NOT_COUNTRIES,
    SUBJECT_DEPS,
    SUBJECT_PRONOUNS,
    Seen,
    anaphor,
    holder_code,
    really_parsed,
    why_resolved,
)
from pledgewatch.actors.speakers import SpeakerReferences
from pledgewatch.actors.state_media import StateMedia
from pledgewatch.actors.text_authors import TextAuthors

POSSESSIVE_PRONOUNS = {"its": "it", "their": "they", "his": "he", "her": "she"}
#: "It is unclear whether ...": an "it" followed by a form of "be" and one of these is expletive.
EXPLETIVE_MARKERS = frozenset(
    {"unclear", "clear", "likely", "unlikely", "possible", "impossible", "important", "necessary",
     "time", "too", "hard", "difficult", "easy", "expected", "believed", "thought", "reported",
     "said", "understood", "known", "feared", "hoped", "raining", "true", "false", "unknown"}
)  # fmt: skip
BE_FORMS = frozenset({"is", "was", "'s", "seems", "seemed", "appears", "appeared", "remains"})


class Salience(
    SpeakerReferences,
    PairReferences,
    TextAuthors,
    GroupReferences,
    CountryReferences,
    OwnedCountries,
    StateMedia,
    GatheredGroups,
    JointAntecedents,
    JudicialBodies,
):
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
        #: who issued the statement the document carries ("The following statement was issued
        #: by Department Spokesperson Victoria Nuland"): the voice of its "we"
        self._issuer: Seen | None = None
        #: the second actor of a pair reference ("the two leaders") read with the first
        self._twins: list[ActorMatch] = []
        #: the pairs "the two leaders" and the like stood for, as (first, second) of the pair
        self._pairs: list[tuple[Seen, Seen]] = []
        #: the members "the ministers" and the like stood for (``GatheredGroups``)
        self._groups: list[list[ActorMatch]] = []
        self._antecedent_found: Seen | None = None
        self._sentence_mentions: list[ActorMatch] = []
        self._home: Home | None = None
        self._home_given = False
        #: the countries the whole document names (set by the matcher): "North's offer" in a
        #: headline is North Korea's when the story names South Korea, even further on
        self.document_countries: frozenset[str] = frozenset()
        #: the tokens ``_token_reference`` may read (the rest it turns down unread)
        self._scan = ReferenceScan(dictionary)

    def read_sentence(
        self, sentence: Span, number: int, mentions: list[ActorMatch]
    ) -> list[ActorMatch]:
        """Resolve the references of one sentence and remember its mentions."""
        self._sentence = number
        self._current = []
        self._sentence_mentions = mentions
        doc = sentence.doc
        covered = {index for mention in mentions for index in range(mention.start, mention.end)}
        pending = sorted(mentions, key=lambda mention: mention.start)
        resolved: list[ActorMatch] = []
        # The event coder parses only some sentences of a Doc: look at this one's own tokens
        # (an unparsed one hangs every word on its first as "dep", which is no parse).
        self._parsed = really_parsed(sentence)
        self._sentence_start = sentence.start
        self._spans[number] = sentence
        self._text_pronoun = (False, None)
        first_is_subject = not self._parsed
        position = 0
        cursor = sentence.start
        while True:
            boundary = pending[position].start if position < len(pending) else sentence.end
            for i in range(cursor, boundary):
                if i in covered or i < cursor or not self._scan.may_refer(doc, i):
                    continue
                token = doc[i]
                found = self._token_reference(token, pending, position)
                if found is None:
                    continue
                mention, used = found
                position += used
                resolved.append(mention)
                cursor = mention.end
                subject = self._remember(mention, doc, first_is_subject)
                resolved.extend(self._remember_twins(subject))
                first_is_subject &= not subject
            if position >= len(pending):
                break
            mention = self._upgrade(pending[position], doc)
            position += 1
            resolved.append(mention)
            cursor = max(cursor, mention.end)
            subject = self._remember(mention, doc, first_is_subject)
            resolved.extend(self._remember_twins(subject))
            first_is_subject &= not subject
        self._note_text_subject(sentence)
        self._note_issuer(sentence)
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
            found = (
                condition_party(token, self._current, _ACCEPTS[word], self.dictionary.threat_words)
                if self._parsed
                else None
            ) or self._antecedent(word, token.i)
            if found is not None and word == "they" and self._plural_stranger_after(found, token):
                found = None
        self._antecedent_found = found
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
        if token.text in {"North", "South"} and (
            (token.i > 0 and doc[token.i - 1].lower_ == "the") or bare_directional(token)
        ):
            return self._directional(token, pending, position)
        if token.i > 0 and doc[token.i - 1].lower_ == "the" and token.is_alpha:
            found = self._organisation_head(token)
            if found is not None:
                return found, 0
        if token.i > 0 and doc[token.i - 1].lower_ == "the" and self._parsed:
            country = self._the_country(token, self._sentence)
            if country is not None:
                return country, 0
        if token.lower_ in self.dictionary.salient_country_nouns:
            owned = self._owned_country(token)  # "his country"
            if owned is not None:
                return owned, 0
        if token.lower_ in self.dictionary.host_nouns:
            host = self._host(token)
            if host is not None:
                return host, 0
        if token.lower_ in self.dictionary.pair_names and self._parsed:
            named = self._named_pair(token)
            if named is not None:
                return named, 0
        if token.lower_ in self.dictionary.pair_nouns:
            pair = self._pair(token, None)
            if pair is not None:
                return pair, 0
        if token.lower_ == "we" and self._is_subject(token):
            speaker = self._speaker(token, pending, position)
            if speaker is None:
                return None
            why = self._why(token.text, speaker.mention.code, speaker).replace(
                "(subject", "(speaker", 1
            )
            return anaphor(doc, speaker.mention.code, token.i, token.i + 1, why, True), 0
        if token.lower_ in SUBJECT_PRONOUNS and self._is_subject(token):
            resolved = self.resolve_pronoun(token)
            if resolved is None:
                return None
            if token.lower_ == "they":  # "The two sides met ... They agreed": both of them
                self._twins = self._pair_of(self._antecedent_found, token)
                if self._twins:  # a later "they" may stand for this one: the same pair
                    first = Seen(self._sentence, resolved, True)
                    self._pairs.append((first, Seen(self._sentence, self._twins[0], True)))
                else:  # "The three ministers met ... They said": each of the three
                    self._twins = self._group_of(
                        self._antecedent_found, token, resolved
                    ) or self._joint_others(self._antecedent_found, token, resolved)
            return resolved, 0
        if token.lower_ == "it" and self._parsed:  # "Israel said ... was fired at it"
            attacked = speaker_attacked(
                token,
                self._current,
                self.dictionary.attack_at_verbs,
                self.dictionary.reporting_lemmas,
            )
            if attacked is not None:
                return _resolved(doc, attacked, token.i, token.i + 1, False, self._why), 0
        return None

    def _upgrade(self, mention: ActorMatch, doc: Doc) -> ActorMatch:
        """Resolve a bare agent mention: "its troops", "the regime", "the inspectors"."""
        if mention.country != "---" or mention.kind != "agent":
            return self._operators(mention, doc) or mention  # "Kaesong resumed operations"
        before = doc[mention.start - 1] if mention.start > 0 else None
        if before is not None and before.lower_ in POSSESSIVE_PRONOUNS:
            found = self._antecedent(POSSESSIVE_PRONOUNS[before.lower_], before.i)
            if found is not None:
                code = holder_code(found.mention, mention.sector)
                why = self._why(before.text, found.mention.code, found)
                why += f" + agent '{mention.text}' = {code}"
                return anaphor(doc, code, before.i, mention.end, why, mention.plural)
        implied = (
            self._origin(mention, doc)
            or self._commanded(mention, doc)
            or self._named_before(mention, doc)
            or self._gathered_group(mention, doc)
            or self._apposition(mention, doc)
            or self._national_body(mention, doc)
            or self._judicial_body(mention, doc)
            or self._crew(mention, doc)
            or self._state_media(mention, doc)
        )
        if implied is not None:
            return implied
        noun = mention.text.lower()
        if noun in self.dictionary.pair_nouns:
            pair = self._pair(doc[mention.end - 1], mention.sector)
            if pair is not None:
                return pair
        if any(noun == word or noun.endswith(" " + word) for word in self.dictionary.regime_nouns):
            return self._regime(mention, doc) or mention
        if noun in self.dictionary.organisation_agents or doc[mention.head].lower_ in (
            self.dictionary.organisation_agents
        ):
            # a news agency ("(AP)", "Reuters reported") sends no inspectors or peacekeepers
            # nor does a state's department ("..., according to the State Department"):
            # inspectors and monitors with no country are an international body's
            found = self.latest(
                lambda seen: (
                    seen.kind == "organisation"
                    and seen.sector != "MED"
                    and (seen.country or "---") in NOT_COUNTRIES
                )
            )
            if found is not None:
                code = holder_code(found.mention, mention.sector)
                why = (
                    f"resolved '{mention.text}' to {code} (last organisation "
                    f"'{found.mention.text}' in sentence {found.sentence})"
                )
                return anaphor(doc, code, mention.start, mention.end, why, mention.plural)
        return mention

    def _antecedent(self, pronoun: str, position: int) -> Seen | None:
        accept = _ACCEPTS[pronoun]
        if pronoun in ("he", "she"):
            # "Kim spoke and praised the military. He said ...": a collective ("the
            # military", "the government") is no "he"
            collective = self.dictionary.uncountable | self.dictionary.collective_agents
            person = accept

            def accept(mention: ActorMatch) -> bool:
                words = mention.text.lower().split()
                return person(mention) and not (words and words[-1] in collective)

        span = self._spans.get(self._sentence)
        if pronoun == "they" and span is not None:  # "Merkel and Sarkozy said they": a group
            plain, doc = accept, span.doc

            def accept(mention: ActorMatch) -> bool:
                return plain(mention) or self._joint_person(mention, doc)

        current = [seen for seen in self._current if seen.mention.end <= position]
        if pronoun == "they":  # "Brazil and Turkey said the council ignored a deal they brokered"
            for seen in reversed(current):
                if seen.subject and accept(seen.mention) and self._is_group(seen.mention):
                    return seen
        for seen in reversed(current):
            if seen.subject and accept(seen.mention):
                return seen
        earliest = self._sentence - LOOKBACK_SENTENCES
        subjects = [
            seen
            for seen in self.history
            if seen.sentence >= earliest and seen.subject and accept(seen.mention)
        ]
        if subjects:
            # the last sentence with a fitting subject; in it, the subject of the highest
            # clause ("Japan's ministry said North Korea fired missiles. It said ..." goes on
            # with the ministry), the later one among equals
            last = [seen for seen in subjects if seen.sentence == subjects[-1].sentence]
            return min(reversed(last), key=lambda seen: seen.depth)
        for seen in reversed(self.history + current):
            if accept(seen.mention):
                return seen
        return None

    def _plural_stranger_after(self, found: Seen, pronoun: Token) -> bool:
        """Was a plural subject no dictionary knows named after the antecedent found ("In
        return, the six powers will release ... They will not impose ...")? Then "they" is
        most likely that group, and no known actor; the pronoun stays unresolved."""
        if not self._parsed:
            return False
        known = {
            i
            for seen in self.history + self._current
            for i in range(seen.mention.start, seen.mention.end)
        }
        span = self._spans.get(found.sentence)
        if span is not None and 0 <= found.mention.head < len(span.doc):
            # "Iran and six world powers reached a deal": the group holds a stranger
            head = span.doc[found.mention.head]
            if any(c.dep_ == "conj" and c.i not in known for c in head.children):
                return True
        first = max(found.sentence, self._sentence - LOOKBACK_SENTENCES)
        for number in range(first, self._sentence + 1):
            span = self._spans.get(number)
            if span is None:
                continue
            for token in span:
                if (
                    found.mention.end <= token.i < pronoun.i
                    and token.dep_ in SUBJECT_DEPS
                    and token.tag_ in ("NNS", "NNPS")
                    and token.i not in known
                    and token.lower_ not in SUBJECT_PRONOUNS
                ):
                    return True
        return False

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

    def latest(self, test: Callable[[ActorMatch], bool]) -> Seen | None:
        """The latest mention seen so far (this sentence's, then earlier ones') that passes
        ``test``; None when none does."""
        for seen in itertools.chain(reversed(self._current), reversed(self.history)):
            if test(seen.mention):
                return seen
        return None

    def _remember(self, mention: ActorMatch, doc: Doc, first_is_subject: bool) -> bool:
        self._note_home(mention, doc, self._sentence_start)
        if self._parsed:
            subject = any(
                _subject_or_its_owner(doc[index]) for index in range(mention.start, mention.end)
            )
        else:
            dateline = is_dateline(mention, doc, self._sentence_start)
            subject = first_is_subject and not mention.is_location and not dateline
        depth = 0
        if self._parsed and 0 <= mention.head < len(doc):
            depth = _clause_depth(doc[mention.head])
        self._current.append(Seen(self._sentence, mention, subject, depth))
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
        return why_resolved(text, code, found)


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


def _subject_or_its_owner(token: Token) -> bool:
    """A subject, or the actor a subject noun belongs to: "North Korea's announcement that it
    ...", "The North Korean side rejected the demand. It insisted ..." (the subject itself is
    no actor, so its owner is what a later pronoun is about)."""
    if token.dep_ in SUBJECT_DEPS:
        return True
    return token.dep_ in ("poss", "amod", "compound") and token.head.dep_ in SUBJECT_DEPS


def _clause_depth(token: Token) -> int:
    """How many clauses down a word stands: the verbs above its own clause's verb."""
    verbs = [t for t in token.ancestors if t.pos_ in ("VERB", "AUX")]
    return max(len(verbs) - 1, 0)


def _is_it(mention: ActorMatch) -> bool:
    return mention.kind != "person" and not mention.plural and not mention.is_location


def _is_they(mention: ActorMatch) -> bool:
    # a country or an organisation may be "they"; "a senator" or "the spokesman" may not, nor
    # what the text itself called "it"
    singular_agent = mention.kind == "agent" and not mention.plural
    called_it = mention.kind == "anaphor" and mention.text.lower() == "it"
    return (
        mention.kind != "person"
        and not mention.is_location
        and not singular_agent
        and not called_it
    )


def _is_he(mention: ActorMatch) -> bool:
    # a "he" already resolved carries the chain on: "Kim spoke ... He said ... He also promised"
    return (
        mention.kind == "person"
        or (mention.kind == "agent" and not mention.plural and mention.sector is not None)
        or (mention.kind == "anaphor" and mention.text.lower() in ("he", "she"))
    )


_ACCEPTS: dict[str, Callable[[ActorMatch], bool]] = {
    "it": _is_it,
    "they": _is_they,
    "he": _is_he,
    "she": _is_he,
}


def _resolved(
    doc: Doc,
    found: Seen,
    start: int,
    end: int,
    plural: bool,
    why: Callable[[str, str, Seen], str],
) -> ActorMatch:
    text = doc[start:end].text
    return anaphor(doc, found.mention.code, start, end, why(text, found.mention.code, found),
                    plural)  # fmt: skip
