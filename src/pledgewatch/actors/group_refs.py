"""Group references that name no actor but imply one: "his hosts", "bombers flew from Missouri".

Seven rules of :class:`~pledgewatch.actors.salience.Salience`, kept here so that module stays
small (and the story's dateline, which two of them read):

* **hosts** ("his hosts", "their host", ``host_nouns`` after a possessive pronoun): the
  government of the country being visited, i.e. the most recent country, capital or place of
  the current sentence (before the noun) or of the three sentences before, whose country is not
  the visitor's own (the visitor is what the pronoun refers to). "Blinken arrived in Riyadh. His
  hosts pledged ..." -> SAUGOV.
* **origin** (a country-less agent noun as the subject of one of the ``origin_verbs``, with
  "from" + a place): the place's country plus the agent's sector. "Seven B-2 bombers flew from
  Missouri" -> USAMIL. Only with a parse; "troops from Chad" (no verb between) is composed by
  the matcher itself.
* **apposition** (a country-less agent noun in apposition to a person with a country): that
  country plus the agent's sector (a person only: in "... of Serb refugees, a human rights
  group protested" the parse hangs the group on the refugees). "Juan Guaido, the opposition
  leader, ..." -> VENOPP.
* **national bodies** ("the army", "the government", ``national_nouns`` after "the", no country
  named with them) as the subject of a clause of their own: the country of the same
  sentence's last subject before them, plus the noun's sector; nothing when that subject has
  no country ("The Defense Ministry said the military would ...") or when the sentence has no
  subject before them (an earlier sentence's subject is too often the other side: "If the
  North goes ahead, it will face a firm response. The government will take ..." in Seoul's
  statement). "Israeli jets struck Gaza, the army said" -> ISRMIL. As an object, or the
  subject of an infinitive ("The United States urged the army to return to barracks"), the
  noun may be another country's and is left alone, and so is it after a subject that is an
  organisation or has no country; but "the government" as the object of a foreign subject
  ("She urged the government to cut its ties with North Korea", Clinton in Myanmar) is the
  host's: the dateline's country, else the country the subject is visiting. A body's voice
  ("a Defense Ministry spokesman said", "Foreign Ministry officials told reporters", with or
  without "the") speaking in a dispatch is the dateline's country's.
* **named before** ("the spokesman" after "A spokesman for the Korean People's Army" in the
  last three sentences): the same agent noun named with a country is that actor again.
* **commanded forces** (a country-less agent noun as the object of one of the
  ``command_verbs``, told to do something): the country of the verb's subject plus the noun's
  sector. "Kim Jong Un told troops to be ready to fight" -> PRKMIL. Not one a ``no_country_seat``
  word sets apart ("told foreign embassies to leave": other states' missions).
* **crews** ("the crew", "the ship's crew", ``crew_nouns``): the country of the last ship
  (``vessel_nouns``) named with one before it, else the dateline's country.

The dateline's country is the document's place as ingest parsed it (``Document.place``, handed
down by the coder through :meth:`GroupReferences.use_dateline_place`); a text without one (plain
text given to ``explain``) falls back to reading the dateline from its first mentions.

Every resolution says in its ``why`` what it chose.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from pledgewatch.actors.datelines import PLACE_KINDS, dateline_country, is_dateline
from pledgewatch.actors.dictionary import ActorDictionary
from pledgewatch.actors.mention import ActorMatch
from pledgewatch.actors.owned_countries import possessed, sole_country
from pledgewatch.actors.represented_bodies import speaks_for_national_body, voiced_subject
from pledgewatch.actors.seen import (
    LOOKBACK_SENTENCES,
    NOT_COUNTRIES,
    STATE_FORCE_SECTORS,
    SUBJECT_DEPS,
    Seen,
    anaphor,
)

#: Possessive pronouns before a host noun, and the subject pronoun each stands for.
HOST_POSSESSIVES = {"his": "he", "her": "she", "their": "they", "its": "it"}


@dataclass(frozen=True, slots=True)
class Home:
    """The story's dateline: its country and the place as written ("SEOUL", "Seoul")."""

    country: str
    text: str
    #: whether the place is where the country's government sits (a capital, or named only by
    #: its country); "Ulan-Ude, Russia", known only by its last part, is a town where a
    #: summit was held: a bare ministry speaking there need not be Russia's
    seat: bool = True


class GroupReferences:
    """The host and origin rules (a mixin of :class:`~pledgewatch.actors.salience.Salience`,
    which sets the state below)."""

    dictionary: ActorDictionary
    history: list[Seen]
    _current: list[Seen]
    _sentence: int
    _parsed: bool
    #: the mentions of the sentence being read (set by ``read_sentence``)
    _sentence_mentions: list[ActorMatch]
    _antecedent: Callable[[str, int], Seen | None]
    #: the story's dateline place ("SEOUL" in "SEOUL, March 11 (Yonhap) --"), once read
    _home: Home | None
    #: the dateline came with the document (its parsed place): no reading it from the text
    _home_given: bool
    #: the other members of a group resolved at once (set by ``PairReferences``)
    _twins: list[ActorMatch]
    #: the countries the whole document names (set by the matcher)
    document_countries: frozenset[str]

    def use_dateline_place(self, place: str) -> None:
        """Take the document's place as ingest parsed it ("Seoul", "Nusa Dua, Indonesia") for
        the dateline, instead of reading it from the first mentions; a place the dictionary
        does not know as a country's place leaves the dateline to be read from the text."""
        country = dateline_country(self.dictionary, place)
        seat = dateline_country(self.dictionary, place, whole_only=True) is not None
        self._home = Home(country, place, seat) if country is not None else None
        self._home_given = country is not None

    def _host(self, token: Token) -> ActorMatch | None:
        """ "his hosts": the government of the country the pronoun's actor is visiting."""
        doc = token.doc
        hosted = possessed(token, self.dictionary.host_nouns, HOST_POSSESSIVES, self._antecedent)
        if hosted is None:
            return None
        owner, visitor = hosted
        seen = self._visited(visitor.mention.country, owner.i)
        if seen is None:
            return None
        code = f"{seen.mention.country}GOV"
        why = (
            f"resolved '{owner.text} {token.text}' to {code} (the country "
            f"'{visitor.mention.text}' is visiting: '{seen.mention.text}' "
            f"in sentence {seen.sentence})"
        )
        return anaphor(doc, code, owner.i, token.i + 1, why, token.lower_.endswith("s"))

    def _visited(self, own: str | None, before: int) -> Seen | None:
        """The most recent country, capital or place (of the current sentence before token
        ``before``, or of the three sentences before) of a country other than ``own``: the
        country a visitor of ``own`` is in."""
        earliest = self._sentence - LOOKBACK_SENTENCES
        current = [seen for seen in self._current if seen.mention.end <= before]
        for seen in reversed(
            [seen for seen in self.history if seen.sentence >= earliest] + current
        ):
            country = seen.mention.country
            if (
                seen.mention.kind in PLACE_KINDS
                and country not in NOT_COUNTRIES
                and country
                and country != own
            ):
                return seen
        return None

    def _apposition(self, mention: ActorMatch, doc: Doc) -> ActorMatch | None:
        """ "Juan Guaido, the opposition leader": the agent takes the country of its anchor."""
        if not self._parsed or not 0 <= mention.head < len(doc):
            return None
        head = doc[mention.head]
        if head.dep_ != "appos":
            return None
        anchor = head.head.i
        for other in self._sentence_mentions:
            if (
                other.start <= anchor < other.end
                and other.kind == "person"  # not "Serb refugees, a human rights group"
                and other.country not in NOT_COUNTRIES
                and other.country
                and not other.is_location
            ):
                code = other.country + (mention.sector or "")
                why = f"agent '{mention.text}' in apposition to '{other.text}' ({other.code})"
                return anaphor(doc, code, mention.start, mention.end, why, mention.plural)
        return None

    def _note_home(self, mention: ActorMatch, doc: Doc, sentence_start: int) -> None:
        """Remember the country of the story's dateline ("SEOUL, March 11 (Yonhap) --"), read in
        the headline or the first sentence: the government a bare national body is."""
        if (
            self._home is None
            and not self._home_given
            and self._sentence <= 2
            and mention.kind in PLACE_KINDS
            and mention.country
            and mention.country not in NOT_COUNTRIES
            and is_dateline(mention, doc, sentence_start)
        ):
            self._home = Home(mention.country, mention.text)

    def _national_body(self, mention: ActorMatch, doc: Doc) -> ActorMatch | None:
        """ "the army" as a subject after a subject of one country in the same sentence, else
        the country of the dateline; "convened the National Security Council" after a subject
        of the dateline's country."""
        noun = mention.text.lower()
        head = doc[mention.head] if self._parsed and 0 <= mention.head < len(doc) else None
        inner = head is not None and head.head.i != head.i  # "the Joint Chiefs of *Staff*"
        if head is not None and inner and mention.start <= head.head.i < mention.end:
            head = doc[mention.start : mention.end].root
        voice = voiced_subject(head, SUBJECT_DEPS) if head is not None else None
        if (
            head is not None
            and voice is not None
            and _reports(voice.head, self.dictionary.reporting_lemmas)
            and (
                any(noun.startswith(body + " ") for body in self.dictionary.national_nouns)
                or speaks_for_national_body(head, self.dictionary.national_nouns)
            )
        ):
            # '"We are watching closely," a Defense Ministry spokesman said' in a Seoul
            # dispatch: a national body's voice speaks for the dateline's country, with or
            # without "the"; not from a town where a summit is held ("ULAN-UDE, Russia")
            if self._home is not None and not self._home.seat:
                return self._of_previous_voice(mention, doc)
            return self._of_home(mention, doc, None)
        if noun not in self.dictionary.national_nouns:
            return None  # a plural is one only as listed: "the armed forces", not "the armies"
        if not _after_the(doc, mention.start, self.dictionary.body_modifiers):
            return None
        if head is None or head.head.dep_ == "xcomp":
            return None  # "The United States urged the army to ...": another country's army
        subjects = [
            seen for seen in self._current if seen.subject and seen.mention.end <= mention.start
        ]
        if head.dep_ not in SUBJECT_DEPS:
            # "President Lee convened the National Security Council" (a Seoul story): the
            # body of the subject's country when that is the dateline's
            home = self._home
            if home is not None and subjects and subjects[-1].mention.country == home.country:
                return self._of_home(mention, doc, f"subject '{subjects[-1].mention.text}'")
            if subjects and mention.sector == "GOV" and _verb_governed(head):
                return self._hosts_government(mention, doc, subjects[-1])
            return None
        if (
            subjects
            and self._home is not None
            and _reports(head.head, self.dictionary.reporting_lemmas)
        ):
            # "North Korea fired missiles, the Defense Ministry said" in a Seoul dispatch: the
            # ministry that speaks is the dateline's, not the country it reports on
            return self._of_home(mention, doc, None)
        if subjects:
            seen = subjects[-1]
            country = seen.mention.country
            if seen.mention.is_location or country in NOT_COUNTRIES or not country:
                # "The Defense Ministry said the military would ...": the dateline's, if any
                return self._of_home(mention, doc, None) or self._of_sole(mention, doc)
            code = country + (mention.sector or "")
            why = (
                f"resolved '{mention.text}' to {code} (country of the subject "
                f"'{seen.mention.text}' in sentence {seen.sentence})"
            )
            return anaphor(doc, code, mention.start, mention.end, why, False)
        # no subject before it in the sentence: an earlier sentence's subject is too often the
        # other side ("If the North goes ahead, it will face ... The government will take ..."
        # in Seoul's statement), so the dateline's country, if any, else the story's one country
        return self._of_home(mention, doc, None) or self._of_sole(mention, doc)

    def _recent(self) -> Iterator[Seen]:
        """What was seen in this sentence and the few before it, the latest first."""
        earliest = self._sentence - LOOKBACK_SENTENCES
        for seen in itertools.chain(reversed(self._current), reversed(self.history)):
            if seen.sentence < earliest:
                return
            yield seen

    def _named_before(self, mention: ActorMatch, doc: Doc) -> ActorMatch | None:
        """ "A spokesman for the Korean People's Army read the statement ... The spokesman
        warned ...": "the" and an agent noun named before with a country, in the last few
        sentences, is that actor again."""
        if not 0 <= mention.head < len(doc):
            return None
        body = self._bare_body(mention, doc)
        if body is not None:
            return body
        if mention.plural or not _after_the(doc, mention.start, self.dictionary.body_modifiers):
            return None
        noun = doc[mention.head].lower_
        for seen in self._recent():
            found = seen.mention
            if (
                found.end <= mention.start
                and found.kind == "agent"
                and 0 <= found.head < len(doc)
                and doc[found.head].lower_ == noun
                and found.country
                and found.country not in NOT_COUNTRIES
            ):
                why = f"resolved '{mention.text}' to {found.code} ('{found.text}' in sentence "
                why += f"{seen.sentence})"
                return anaphor(doc, found.code, mention.start, mention.end, why, False)
        return None

    def _bare_body(self, mention: ActorMatch, doc: Doc) -> ActorMatch | None:
        """ "The Unification Ministry said ... '...,' a ministry spokesman said": an agent
        whose body is named by a bare lower-case noun ("ministry", "department") speaks for
        the last body of that noun named in the last few sentences ("the Unification
        Ministry", "Japan's Defense Ministry"), if it has a country."""
        bodies = [t.lower_ for t in doc[mention.start : mention.head] if t.is_lower]
        bare_bodies = self.dictionary.bare_bodies
        body = next((w for w in bodies if w in bare_bodies), None)
        if body is None:
            return None
        for seen in self._recent():
            found = seen.mention
            if (
                found.end <= mention.start
                and found.country
                and found.country not in NOT_COUNTRIES
                and not found.is_location
                and any(t.lower_ == body and not t.is_lower for t in doc[found.start : found.end])
            ):
                why = f"resolved '{mention.text}' to {found.code} (the {body} '{found.text}' "
                why += f"in sentence {seen.sentence})"
                return anaphor(doc, found.code, mention.start, mention.end, why, mention.plural)
        return None

    def _commanded(self, mention: ActorMatch, doc: Doc) -> ActorMatch | None:
        """ "Kim Jong Un told troops to be ready to fight", "the president ordered soldiers to
        fire": a country-less force a commander tells to act (the object of a
        ``command_verbs`` verb with an infinitive after it) is the commander's country's."""
        if mention.sector not in STATE_FORCE_SECTORS:
            return None  # "told reporters to expect ...": an audience, no one's force
        if not self._parsed or not 0 <= mention.head < len(doc):
            return None
        noun = doc[mention.head]
        verb = noun.head
        seat = self.dictionary.no_country_seat
        if any(c.lower_ in seat and c.i < mention.start for c in noun.children):
            return None  # "told foreign embassies to leave": not the commander's
        if (
            noun.dep_ != "dobj"
            or verb.lemma_.lower() not in self.dictionary.command_verbs
            or not any(  # "told troops to be ready", not "told the agency that ..."
                c.dep_ in ("xcomp", "ccomp", "advcl")
                and c.i > noun.i
                and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
                for c in verb.children
            )
        ):
            return None
        clause = verb
        for _ in range(3):  # "visited the units and told troops ...": the first verb's subject
            if any(c.dep_ in SUBJECT_DEPS for c in clause.children) or clause.dep_ != "conj":
                break
            clause = clause.head
        subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
        if subject is None:
            return None
        seen = next(
            (seen for seen in self._current if seen.mention.start <= subject.i < seen.mention.end),
            None,
        )
        if seen is None:
            return None
        country = seen.mention.country
        if seen.mention.is_location or not country or country in NOT_COUNTRIES:
            return None
        code = country + (mention.sector or "")
        why = (
            f"resolved '{mention.text}' to {code} (commanded by '{seen.mention.text}', "
            f"the subject of '{verb.text}')"
        )
        return anaphor(doc, code, mention.start, mention.end, why, mention.plural)

    def _hosts_government(self, mention: ActorMatch, doc: Doc, subject: Seen) -> ActorMatch | None:
        """ "She urged the government to cut its ties with North Korea" (Clinton in Myanmar):
        the government a foreign subject addresses is its host's, the dateline's country when
        that is not the subject's own, else the country the subject is visiting (the latest
        other country named, as for "his hosts")."""
        own = subject.mention.country
        if not own or own in NOT_COUNTRIES or subject.mention.is_location:
            return None
        home = self._home
        if home is not None and home.country and home.country != own:
            return self._of_home(mention, doc, f"subject '{subject.mention.text}' its visitor")
        seen = self._visited(own, mention.start)
        if seen is None:
            return None
        code = (seen.mention.country or "---") + (mention.sector or "")
        why = (
            f"resolved '{mention.text}' to {code} (the host of '{subject.mention.text}': "
            f"'{seen.mention.text}' in sentence {seen.sentence})"
        )
        return anaphor(doc, code, mention.start, mention.end, why, mention.plural)

    def _of_previous_voice(self, mention: ActorMatch, doc: Doc) -> ActorMatch | None:
        """ "Seoul said it would study the results of the summit. A Foreign Ministry official
        said ..." in a dispatch from a summit town: the body speaks for the one country whose
        actors were the subjects of the sentence before; None when that is not one country."""
        before = [s for s in self.history if s.sentence == self._sentence - 1 and s.subject]
        countries = {
            s.mention.country
            for s in before
            if s.mention.country and s.mention.country not in NOT_COUNTRIES
        }
        if len(countries) != 1:
            return None
        code = countries.pop() + (mention.sector or "")
        why = f"resolved '{mention.text}' to {code} (the country of the sentence before's subject)"
        return anaphor(doc, code, mention.start, mention.end, why, mention.plural)

    def _of_home(self, mention: ActorMatch, doc: Doc, via: str | None) -> ActorMatch | None:
        home = self._home
        if home is None or not home.country:
            return None
        code = home.country + (mention.sector or "")
        why = f"resolved '{mention.text}' to {code} (the dateline '{home.text}'"
        why += f", with the {via})" if via else ")"
        return anaphor(doc, code, mention.start, mention.end, why, mention.plural)

    def _of_sole(self, mention: ActorMatch, doc: Doc) -> ActorMatch | None:
        """A government subject with no dateline: the story's own when it names one country,
        named before it ("The government expressed appreciation for China's aid" is not China's)."""
        country = sole_country(self.document_countries)
        if country is None or mention.sector != "GOV":
            return None
        seen = self.history + self._current
        if not any(s.mention.country == country and s.mention.end <= mention.start for s in seen):
            return None
        why = f"resolved '{mention.text}' to {country}GOV (the one country the story names)"
        return anaphor(doc, country + "GOV", mention.start, mention.end, why, mention.plural)

    def _operators(self, mention: ActorMatch, doc: Doc) -> ActorMatch | None:
        """ "The Kaesong Industrial Complex resumed operations": a jointly run facility
        (``joint_facilities``) as the subject of one of ``facility_operation_verbs`` is each of
        its operators; the first is returned, the others wait in ``_twins``."""
        codes = self.dictionary.joint_facilities.get(mention.text.lower())
        if not codes or not self._parsed or not 0 <= mention.head < len(doc):
            return None
        head = doc[mention.head]
        verb = head.head
        if head.dep_ != "nsubj" or verb.lemma_.lower() not in (
            self.dictionary.facility_operation_verbs
        ):
            return None
        why = f"the joint facility '{mention.text}' run by {' and '.join(codes)}"
        matches = [anaphor(doc, code, mention.start, mention.end, why, True) for code in codes]
        self._twins = matches[1:]
        return matches[0]

    def _crew(self, mention: ActorMatch, doc: Doc) -> ActorMatch | None:
        """ "the crew", "the ship's crew": the country of the last ship named with one before it
        ("a North Korean cargo ship"), else the dateline's."""
        if mention.text.lower() not in self.dictionary.crew_nouns:
            return None
        vessels = self.dictionary.vessel_nouns
        head = doc[mention.head] if 0 <= mention.head < len(doc) else None
        owners = [
            c
            for c in (head.children if head is not None else ())
            if (c.dep_ == "prep" and c.lower_ == "of" and not _counts_only(c)) or c.dep_ == "poss"
        ]  # "the crew of 35" counts them: no owner
        if head is not None and head.dep_ == "conj":
            return None  # "the release of its ship and crew": the ship's owner's
        if owners:
            # "the crew of a North Korean cargo ship": the ship named in the phrase
            for owner in owners:
                for other in self._sentence_mentions:
                    if (
                        owner.left_edge.i <= other.start <= owner.right_edge.i
                        and other.country
                        and other.country not in NOT_COUNTRIES
                        and _names_vessel(other, doc, vessels)
                    ):
                        code = other.country + (mention.sector or "")
                        why = f"resolved '{mention.text}' to {code} (the ship '{other.text}')"
                        return anaphor(doc, code, mention.start, mention.end, why, mention.plural)
            if not any(w.lemma_.lower() in vessels for o in owners for w in o.subtree):
                return None  # "the crew of the aircraft", "Kim's crew": someone else's
        recent = [
            seen
            for seen in self.history + self._current
            if seen.mention.start < mention.start
            and seen.mention.country
            and seen.mention.country not in NOT_COUNTRIES
            and _names_vessel(seen.mention, doc, vessels)
        ]
        if recent:
            ship = recent[-1].mention
            code = (ship.country or "---") + (mention.sector or "")
            why = f"resolved '{mention.text}' to {code} (the ship '{ship.text}')"
            return anaphor(doc, code, mention.start, mention.end, why, mention.plural)
        return self._of_home(mention, doc, None)

    def _origin(self, mention: ActorMatch, doc: Doc) -> ActorMatch | None:
        """ "bombers flew from Missouri": a country-less agent takes the country it set out from."""
        if not self._parsed or not 0 <= mention.head < len(doc):
            return None
        head = doc[mention.head]
        verb = head.head
        if head.dep_ not in SUBJECT_DEPS or verb.lemma_.lower() not in self.dictionary.origin_verbs:
            return None
        for prep in verb.children:
            if prep.dep_ != "prep" or prep.lower_ != "from":
                continue
            for obj in prep.children:
                if obj.dep_ != "pobj":
                    continue
                for place in self._sentence_mentions:
                    if (
                        place.start <= obj.i < place.end
                        and place.kind in PLACE_KINDS
                        and place.country not in NOT_COUNTRIES
                        and place.country
                    ):
                        code = place.country + (mention.sector or "")
                        why = (
                            f"agent '{mention.text}' set out from '{place.text}' "
                            f"({place.country}) = {code}"
                        )
                        return anaphor(doc, code, mention.start, mention.end, why, mention.plural)
        return None


def _after_the(doc: Doc, start: int, modifiers: frozenset[str]) -> bool:
    """Is the noun at ``start`` after "the", or "the interim" and the like (``modifiers``)?"""
    if start > 0 and doc[start - 1].lower_ == "the":
        return True
    return start > 1 and doc[start - 1].lower_ in modifiers and doc[start - 2].lower_ == "the"


def _names_vessel(mention: ActorMatch, doc: Doc, vessels: frozenset[str]) -> bool:
    """Does the mention name a ship ("North Korean cargo ship") or modify one ("a North Korean
    ship", "the Panama-flagged vessel")?"""
    words = mention.text.lower()
    if any(words == v or words.endswith(" " + v) for v in vessels):
        return True
    if not 0 <= mention.head < len(doc):
        return False
    token = doc[mention.head]
    for _ in range(3):  # "a Panamanian-flagged vessel": through the hyphenated modifier
        if token.dep_ not in ("amod", "compound", "poss", "npadvmod", "nmod"):
            return False
        token = token.head
        if token.lemma_.lower() in vessels:
            return True
    return False


def _reports(verb: Token, lemmas: frozenset[str]) -> bool:
    """Is the verb one of reporting ("said", "told", "announced"; ``lemmas``)?"""
    return verb.lemma_.lower() in lemmas


def _counts_only(prep: Token) -> bool:
    """Is an "of" phrase a bare count ("the crew of 35", "a crew of about 40")?"""
    objects = [c for c in prep.children if c.dep_ == "pobj"]
    return bool(objects) and all(
        o.like_num and all(w.like_num or w.dep_ in ("advmod", "quantmod") for w in o.subtree)
        for o in objects
    )


def _verb_governed(noun: Token) -> bool:
    """The noun is a verb's object, direct or through a preposition ("urged the government",
    "met with the government"), not a body a speaker speaks for ("a spokeswoman for the
    National Security Council")."""
    governor = noun.head.head if noun.dep_ == "pobj" else noun.head
    return governor.pos_ in ("VERB", "AUX")
