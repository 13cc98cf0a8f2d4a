"""References that name a country by its role: "the North", "the regime", "the council".

Three rules of :class:`~pledgewatch.actors.salience.Salience`, kept here so that module stays
small (the rules themselves are described in its docstring):

* **the North / the South** (``directional`` rules of ``countries.yaml``): the rule whose context
  country was mentioned last; with none mentioned yet, the one rule whose context country the
  document names at all (a headline's "North's offer" before the story names Korea). "North's"
  without "the", as headlines write it, counts, but not after a name ("Oliver North's").
* **the regime** (``regime_nouns``): the most recent country on the ``regimes`` list, else the
  most recent country.
* **the council / the agency**: the last organisation whose name ends in that word.
* **the country / the nation** (a subject or a subject's owner): the most recent country,
  when neither its sentence nor the one before names another.

Every resolution says in its ``why`` what it chose.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Token

from pledgewatch.actors.dictionary import ActorDictionary, DirectionalRule
from pledgewatch.actors.mention import ActorMatch
from pledgewatch.actors.seen import AFTER_SUBJECT, NOT_COUNTRIES, Seen, a_country, anaphor


class CountryReferences:
    """The directional, regime and organisation-head rules (a mixin of
    :class:`~pledgewatch.actors.salience.Salience`, which sets the state below and gives
    ``latest``, the last mention seen that passes a test)."""

    dictionary: ActorDictionary
    #: the countries the whole document names (set by the matcher)
    document_countries: frozenset[str]
    latest: Callable[[Callable[[ActorMatch], bool]], Seen | None]

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
        found = self.latest(
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
        return anaphor(doc, found.mention.code, token.i - 1, token.i + 1, why, False)

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

            seen = self.latest(said_in_context) or self.latest(in_context)
            if seen is not None:
                rank = (seen.sentence, seen.mention.start)
                if best is None or rank > best[0]:
                    best = (rank, rule, seen)
        doc = token.doc
        start = token.i - 1 if token.i > 0 and doc[token.i - 1].lower_ == "the" else token.i
        written = f"the {token.text}" if start < token.i else token.text
        if best is None:
            # "Seoul rejects North's offer" as a headline, or "the North" before the story
            # names Korea: the one rule whose context country the document names
            rules = [
                rule
                for rule in self.dictionary.directional
                if rule.word == token.text and rule.context & self.document_countries
            ]
            if len(rules) != 1:
                return None
            rule = rules[0]
            why = (
                f"resolved '{written}' to {rule.code} (the document names "
                f"{'/'.join(sorted(rule.context & self.document_countries))})"
            )
        else:
            _, rule, seen = best
            why = (
                f"resolved '{written}' to {rule.code} (last "
                f"{'/'.join(sorted(rule.context))} actor mentioned: '{seen.mention.text}' in "
                f"sentence {seen.sentence})"
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
            return anaphor(doc, code, start, following.end, why, following.plural), 1
        return anaphor(doc, rule.code, start, token.i + 1, why, False), 0

    def _the_country(self, token: Token, sentence: int) -> ActorMatch | None:
        """ "He said the country would put the army first" in a story about one country's
        leader: "the country" / "the nation" (``salient_country_nouns`` of agents.yaml, right
        after "the", as a subject or an owner, in a parsed sentence) is the most recent
        country, like "the regime" but the country itself. Not when this sentence (before the
        noun) or the one before names another country ("Obama met Xi. He said the country
        ..." is either), nor where it is no subject or a subject's owner ("across the
        country", "in the country's own waters", "declare the country's liberation")."""
        doc = token.doc
        if (
            token.lower_ not in self.dictionary.salient_country_nouns
            or token.i == 0
            or doc[token.i - 1].lower_ != "the"
            or not _subject_or_subjects_owner(token)
        ):
            return None

        found = self.latest(lambda mention: a_country(mention) and mention.start < token.i)
        if found is None or found.sentence < sentence - 1:
            return None  # the country of a story's lead, not of two sentences back
        others = self.latest(
            lambda mention: (
                a_country(mention)
                and mention.start < token.i
                and mention.country != found.mention.country
            )
        )
        if others is not None and others.sentence >= sentence - 1:
            return None
        code = found.mention.country or "---"
        why = (
            f"resolved 'the {token.text}' to {code} (the one country named around it: "
            f"'{found.mention.text}' in sentence {found.sentence})"
        )
        return anaphor(doc, code, token.i - 1, token.i + 1, why, False)

    def _regime(self, mention: ActorMatch, doc: Doc) -> ActorMatch | None:
        regimes = self.dictionary.regimes
        found = self.latest(
            lambda seen: seen.country in regimes and not seen.is_location
        ) or self.latest(lambda seen: seen.country in regimes)
        rule = "most recent regime-list country"
        if found is None:
            found = self.latest(lambda seen: (seen.country or "---") not in NOT_COUNTRIES)
            rule = "most recent country (none on the regime list)"
        if found is None:
            return None
        code = f"{found.mention.country}GOV"
        why = (
            f"resolved '{mention.text}' to {code} ({rule}: '{found.mention.text}' "
            f"in sentence {found.sentence})"
        )
        return anaphor(doc, code, mention.start, mention.end, why, False)


def _subject_or_subjects_owner(token: Token) -> bool:
    """A subject ("the country would put the army first") or the owner of one ("the country's
    army will hold drills"); not the owner of a place or a theme ("in the country's own
    waters", "declare the country's liberation"), which names no one acting."""
    if token.dep_ in ("nsubj", "nsubjpass"):
        return True
    return token.dep_ == "poss" and token.head.dep_ in ("nsubj", "nsubjpass")


#: Prepositions whose object is a party to a verb's act ("suspends trade with North", "called
#: on both Koreas", "appealed to the two Koreas"); "between" names a place or a relation. One
#: list for the headline's country references and the pair names (actors/pairs.py).
PARTY_PREPOSITIONS = frozenset({"with", "against", "on", "to", "toward", "towards"})


def _clause_verb(token: Token) -> Token | None:
    """The verb whose clause ``token`` is in (up to three steps up), or None."""
    for _ in range(3):
        token = token.head
        if token.pos_ in ("VERB", "AUX"):
            return token
        if token.head is token:
            return None
    return None


def bare_directional(token: Token) -> bool:
    """ "North's offer" with no "the", as headlines write it: "North" or "South" before a
    possessive, as the subject right before its verb in the present tense of headlines ("if
    North launches rocket") or before a modal ("say North must change"), as the object of such
    a verb ("urges North to abandon nuclear arms") or of a party preposition in its clause
    ("suspends trade with North"), not after a name ("Oliver North's")."""
    doc = token.doc
    before = doc[token.i - 1] if token.i > 0 else None
    if before is not None and before.text[:1].isupper() and before.is_alpha:
        return False  # "Oliver North's", "Kim Il Sung North"
    following = doc[token.i + 1] if token.i + 1 < len(doc) else None
    if following is not None and following.text in {"'s", "\u2019s"}:
        return True
    # "U.S. warns food aid at risk if North launches rocket": a headline's bare subject, in
    # the headline's present tense ("North said" in a story is a person's name more often)
    if token.dep_ == "dobj" and token.head.tag_ == "VBZ" and token.head.i < token.i:
        return following is None or not following.is_title
    # "Lee suspends trade with North": the object of a party preposition in such a clause
    if token.dep_ == "pobj" and token.head.lower_ in PARTY_PREPOSITIONS:
        verb = _clause_verb(token.head)
        if verb is not None and verb.tag_ == "VBZ" and verb.i < token.i:
            return following is None or not following.is_title
    # "say North must change behaviour first": a bare subject before a modal, as headlines
    # write the North's duty (events42); "North said" stays a person's name
    return (
        token.dep_ in ("nsubj", "nsubjpass")
        and following is not None
        and not following.is_title
        and following.tag_ in ("VBZ", "MD")
    )
