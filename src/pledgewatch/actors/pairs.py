"""Pair references: "the two leaders", "both countries", "the two sides" are the two just named.

After "Xi met Park in Beijing", "The two leaders agreed ..." is each of the two, as a conjoined
subject ("Xi and Park agreed") would be: the first actor is returned as the mention, the second
waits in ``_twins`` for :class:`~pledgewatch.actors.salience.Salience` to add with the same span.
The nouns are the ``pair_nouns`` of agents.yaml, after "the two", "both" or "the"; the pair is the
two countries' actors of the current sentence before the noun, else of the latest of the three
sentences before that names a country (when it names exactly two), else the pair an earlier such
reference stood for; failing these, when the sentence names one country before the noun (its
speaker), the pair that country was last named in within eight sentences (a capital named as
the venue, "met in Beijing", is no party; a sentence between naming only other countries hides
it; a pair the speaker obliges or appeals to, "Beijing said the two sides should ...", is never
the speaker's own). A "they" resolved to one of a pair is both of them.
A plural name of two countries ("the two Koreas", ``pair_names`` of countries.yaml) is each of
the two where it is the subject or object of an act.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from pledgewatch.actors.country_refs import PARTY_PREPOSITIONS
from pledgewatch.actors.dictionary import ActorDictionary
from pledgewatch.actors.mention import ActorMatch
from pledgewatch.actors.seen import (
    LOOKBACK_SENTENCES,
    NOT_COUNTRIES,
    Seen,
    a_country,
    anaphor,
    why_resolved,
)

#: How far back "Ri said the two sides ..." looks for the pair its speaker was named in.
SPEAKER_PAIR_SENTENCES = 8


class PairReferences:
    """The pair rules of :class:`~pledgewatch.actors.salience.Salience` (a mixin: it reads the
    salience state below, which ``Salience.__init__`` sets)."""

    dictionary: ActorDictionary
    history: list[Seen]
    _current: list[Seen]
    _sentence: int
    _sentence_start: int
    #: the second actor of a pair reference ("the two leaders") read with the first
    _twins: list[ActorMatch]
    #: the pairs "the two leaders" and the like stood for, as (first, second) of the pair
    _pairs: list[tuple[Seen, Seen]]

    def _pair(self, noun: Token, sector: str | None) -> ActorMatch | None:
        """ "the two leaders", "both countries", "the two sides": the two countries' actors of
        the sentence before (or of this one, before the noun) when it names exactly two; the
        first is returned, the second waits in ``_twins``. A sector noun ("leaders") adds its
        sector to a bare country."""
        doc = noun.doc
        before = [word.lower_ for word in doc[max(noun.i - 3, self._sentence_start) : noun.i]]
        following = doc[noun.i + 1] if noun.i + 1 < len(doc) else None
        if not before or (following is not None and following.lower_ == "of"):
            return None  # "the leaders of the G20": named, not the two just met
        if before[-1] == "two" and len(before) > 1 and before[-2] in ("the", "both", "these"):
            start = noun.i - 2
        elif before[-1] in ("both", "the"):
            start = noun.i - 1
        else:
            return None
        pair = self._last_pair(start, doc) or (
            None if _obliged(noun) else self._speaker_pair(doc, start)
        )
        if pair is None:
            return None
        if noun.lower_ in self.dictionary.joint_pair_nouns and not _joined(doc, pair):
            return None  # "the allies": two named apart may be two sides of a dispute
        matches = []
        for seen in pair:
            code = seen.mention.code
            if sector and len(code) == 3:
                code += sector
            why = (
                f"resolved '{doc[start : noun.i + 1].text}' to {code} (one of the two actors "
                f"'{pair[0].mention.text}' and '{pair[1].mention.text}' in sentence "
                f"{seen.sentence})"
            )
            matches.append(anaphor(doc, code, start, noun.i + 1, why, True))
        self._twins = matches[1:]
        self._pairs.append(
            (Seen(self._sentence, matches[0], True), Seen(self._sentence, matches[1], True))
        )
        return matches[0]

    def _named_pair(self, noun: Token) -> ActorMatch | None:
        """ "the two Koreas agreed ...", "urged both Koreas to ...": a plural name of two
        countries (``pair_names``) after "the two", "both" or "these two" (or a bare "two" opening
        a headline or naming whose people: "Two Koreas agree", "Envoys of two Koreas meet"), as
        the subject or direct object of a verb or its party after a preposition ("called on
        both Koreas to ..."), is each of the two; the first is returned, the second waits in
        ``_twins``. Elsewhere ("the two Koreas' border", "the war between the two Koreas") it
        is no actor."""
        codes = self.dictionary.pair_names.get(noun.lower_)
        if not codes or (
            noun.dep_ not in ("nsubj", "nsubjpass", "dobj")
            and not _agents_of(noun)
            and not _party_of_verb(noun)
        ):
            return None
        doc = noun.doc
        before = [word.lower_ for word in doc[max(noun.i - 2, self._sentence_start) : noun.i]]
        if before[-1:] == ["both"]:
            start = noun.i - 1
        elif before[-1:] == ["two"] and before[-2:-1] in (["the"], ["both"], ["these"]):
            start = noun.i - 2
        elif before[-1:] == ["two"] and (noun.i - 1 == self._sentence_start or _agents_of(noun)):
            # a headline drops the article: "Two Koreas agree to ...", "Envoys of two Koreas
            # meet" (whose envoys: a pair name names just two countries); a bare subject
            # mid-sentence is left ("Seoul said two Koreas would meet")
            start = noun.i - 1
        else:
            return None
        text = doc[start : noun.i + 1].text
        why = f"resolved '{text}' to each of the pair {' and '.join(codes)}"
        matches = [anaphor(doc, code, start, noun.i + 1, why, True) for code in codes]
        self._twins = matches[1:]
        self._pairs.append(
            (Seen(self._sentence, matches[0], True), Seen(self._sentence, matches[1], True))
        )
        return matches[0]

    def _last_pair(self, position: int, doc: Doc) -> tuple[Seen, Seen] | None:
        """The two actors of two different countries named by the current sentence (before
        ``position``), else by the latest of the previous three sentences that names any
        country, when it names exactly two (sentences between that name only one of the two
        are passed over: "Wi of South Korea and Ri of North Korea met. Wi called the talks
        useful. Both envoys said ..."); a sentence naming more countries names the pair when
        just two of them are joined by "and" ("Obama and Hu expressed concern about North
        Korea's program. ... the two leaders met"); else the pair an earlier "the two leaders"
        of those sentences stood for ("The two leaders met ... the leaders held talks")."""
        earliest = self._sentence - LOOKBACK_SENTENCES
        current = [seen for seen in self._current if seen.mention.end <= position]
        groups = [current] + [
            [seen for seen in self.history if seen.sentence == number]
            for number in range(self._sentence - 1, earliest - 1, -1)
        ]
        alone: str | None = None  # the one country of a sentence between ("Wi said ...")
        for group in groups:
            by_country: dict[str, Seen] = {}
            for seen in group:
                country = seen.mention.country or "---"
                if country in NOT_COUNTRIES or seen.mention.is_location:
                    continue
                by_country.setdefault(country, seen)
            if len(by_country) == 2 and (alone is None or alone in by_country):
                first, second = by_country.values()
                return first, second
            if len(by_country) == 1 and group is not current and alone in (None, *by_country):
                # one of the two speaking in between keeps the pair named before it
                alone = next(iter(by_country))
                continue
            joined = _joined_pairs(doc, group) if len(by_country) > 2 else []
            if len(joined) == 1 and alone in (None, *(s.mention.country for s in joined[0])):
                return joined[0]
            if len(by_country) > 1 or (by_country and group is not current):
                break
        pair = self._pairs[-1] if self._pairs else None
        return pair if pair is not None and pair[0].sentence >= earliest else None

    def _speaker_pair(self, doc: Doc, position: int) -> tuple[Seen, Seen] | None:
        """When the current sentence names one country before ``position`` (its speaker: "Ri
        said the two sides had agreed ..."), the pair that country last belonged to within
        ``SPEAKER_PAIR_SENTENCES``: a sentence naming exactly it and one other country, or an
        earlier pair reference holding it. A sentence between naming one of the pair with
        others ("Seoul will hold talks with U.S. and Japanese officials") does not hide the pair
        the speaker was met in, nor does the capital the two met in ("met Ri in Beijing"); one
        naming only countries outside the pair does ("China and the U.S. held talks. North
        Korea fired a missile. Japan condemned it. Beijing said the two sides ..."). With no
        speaker or two countries in the sentence, nothing is guessed; nor (in :meth:`_pair`) when
        the pair noun is the one the speaker puts an obligation or appeal on ("Beijing said the
        two sides should ...": others than itself)."""
        speakers = {
            seen.mention.country
            for seen in self._current
            if seen.mention.end <= position and a_country(seen.mention)
        }
        if len(speakers) != 1:
            return None
        speaker = speakers.pop()
        earliest = self._sentence - SPEAKER_PAIR_SENTENCES
        # the countries of each sentence back to the earliest, walking the history once
        named: dict[int, dict[str, Seen]] = {}
        for seen in reversed(self.history):
            if seen.sentence < earliest:
                break
            if a_country(seen.mention) and not _venue(doc, seen):
                named.setdefault(seen.sentence, {}).setdefault(seen.mention.country or "---", seen)
        between: list[set[str]] = []  # the countries of each sentence passed over
        for number in range(self._sentence - 1, earliest - 1, -1):
            by_country = named.get(number, {})
            pair: tuple[Seen, Seen] | None = None
            if len(by_country) == 2 and speaker in by_country:
                first, second = by_country.values()
                pair = first, second
            else:
                pair = next(
                    (
                        (first, second)
                        for first, second in reversed(self._pairs)
                        if first.sentence == number
                        and speaker in (first.mention.country, second.mention.country)
                    ),
                    None,
                )
            if pair is not None:
                members = {seen.mention.country for seen in pair}
                hidden = any(countries and not countries & members for countries in between)
                return None if hidden else pair
            between.append(set(by_country))
        return None

    def _remember_twins(self, subject: bool) -> list[ActorMatch]:
        twins, self._twins = self._twins, []
        for twin in twins:
            self._current.append(Seen(self._sentence, twin, subject))
        return twins

    def _pair_of(self, antecedent: Seen | None, token: Token) -> list[ActorMatch]:
        """When "they" resolved to one of a pair ("the two sides"), the other one, as "they"."""
        if antecedent is None:
            return []
        for first, second in reversed(self._pairs):
            if antecedent.mention in (first.mention, second.mention):
                other = second if antecedent.mention is first.mention else first
                why = why_resolved(token.text, other.mention.code, other)
                return [anaphor(token.doc, other.mention.code, token.i, token.i + 1, why, True)]
        return []


#: Modals that put an obligation on a subject ("the two sides should avoid ...").
_OBLIGING_MODALS = frozenset({"should", "must", "ought"})


def _obliged(noun: Token) -> bool:
    """Is the pair noun one an obligation or appeal is put on: the subject of a verb with
    "should", "must" or "ought", or the object of a verb asking it to act ("urged the two sides
    to")? Then it is others than the speaker."""
    verb = noun.head
    if noun.dep_ == "dobj":
        return any(c.dep_ == "xcomp" for c in verb.children)
    return noun.dep_ in ("nsubj", "nsubjpass") and any(
        c.dep_ == "aux" and c.lower_ in _OBLIGING_MODALS for c in verb.children
    )


def _venue(doc: Doc, seen: Seen) -> bool:
    """A capital or place named as where something happened ("in Beijing", "at Panmunjom")."""
    start = seen.mention.start
    return (
        seen.mention.kind in ("capital", "place")
        and 0 < start <= len(doc)
        and doc[start - 1].lower_ in ("in", "at")
    )


def _joined(doc: Doc, pair: tuple[Seen, Seen]) -> bool:
    """Were the two named joined by "and" ("Seoul and Washington", "South Korean troops and
    U.S. troops"): conjuncts of one another?"""
    first, second = (seen.mention.head for seen in pair)
    if not (0 <= first < len(doc) and 0 <= second < len(doc)):
        return False
    return doc[second] in doc[first].conjuncts


def _joined_pairs(doc: Doc, group: list[Seen]) -> list[tuple[Seen, Seen]]:
    """The pairs of actors of two different countries in ``group`` joined by "and"."""
    return [
        (first, second)
        for i, first in enumerate(group)
        for second in group[i + 1 :]
        if first.mention.country != second.mention.country
        and not (first.mention.is_location or second.mention.is_location)
        and (first.mention.country or "---") not in NOT_COUNTRIES
        and (second.mention.country or "---") not in NOT_COUNTRIES
        and (_joined(doc, (first, second)) or _joined(doc, (second, first)))
    ]


def _party_of_verb(noun: Token) -> bool:
    """ "called on both Koreas to show restraint": the pair name is the object of a party
    preposition hung on a verb."""
    prep = noun.head
    return (
        noun.dep_ == "pobj"
        and prep.lower_ in PARTY_PREPOSITIONS
        and prep.dep_ == "prep"
        and prep.head.pos_ in ("VERB", "AUX")
    )


def _agents_of(noun: Token) -> bool:
    """ "officers from the two Koreas met", "envoys of both Koreas": the pair name is whose
    people the subject or object are, and so is each of the two as they are."""
    prep = noun.head
    owner = prep.head
    return (
        noun.dep_ == "pobj"
        and prep.lower_ in ("of", "from")
        and owner.pos_ == "NOUN"
        and owner.dep_ in ("nsubj", "nsubjpass", "dobj")
    )
