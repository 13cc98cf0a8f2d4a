"""A country owned by a pronoun: "his country", "her nation", "their country".

"Iran's envoy said his country would not stop enriching uranium": the owner of the pronoun is a
person or body of a known country, and the country he calls his is that country itself (the
bare country code, as "the country" of :meth:`CountryReferences._the_country`). Without this the
subject of the reported clause is no actor and the clause codes no event. The nouns are the
``salient_country_nouns`` of agents.yaml (country, nation); "his government" needs no rule (an
agent noun after a possessive, :meth:`Salience._upgrade`).

Also the story's one country (:func:`sole_country`): "The government will take all necessary
measures ..." in a story that names only South Korea, with no dateline, is South Korea's
government (a dateline's country comes first; a story of two countries leaves it).
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from pledgewatch.actors.dictionary import ActorDictionary
from pledgewatch.actors.mention import ActorMatch
from pledgewatch.actors.seen import NOT_COUNTRIES, Seen, a_country, anaphor

#: The possessive pronouns of a person or a group of persons, and the pronoun each stands for
#: ("its country" is rarer and too often a firm's or a body's home).
OWNER_PRONOUNS = {"his": "he", "her": "she", "their": "they"}


def possessed(
    token: Token,
    nouns: frozenset[str] | set[str],
    pronouns: dict[str, str],
    antecedent: Callable[[str, int], Seen | None],
) -> tuple[Token, Seen] | None:
    """The possessive and its antecedent of "<possessive> <noun>" ("his country", "his hosts"):
    ``token`` is the noun, one of ``nouns``; the word before it a possessive of ``pronouns``,
    mapped to the pronoun whose antecedent is looked up. None when any part is missing."""
    if token.lower_ not in nouns or token.i == 0:
        return None
    owner = token.doc[token.i - 1]
    pronoun = pronouns.get(owner.lower_)
    if pronoun is None:
        return None
    found = antecedent(pronoun, owner.i)
    return (owner, found) if found is not None else None


class OwnedCountries:
    """The "his country" reference, a mixin of :class:`~pledgewatch.actors.salience.Salience`."""

    dictionary: ActorDictionary
    _antecedent: Callable[[str, int], Seen | None]

    def _owned_country(self, token: Token) -> ActorMatch | None:
        """ "his country" / "their nation": the country of the pronoun's antecedent, when that
        is a person or body of a known country (no place, no country-less group)."""
        doc = token.doc
        owned = possessed(
            token, self.dictionary.salient_country_nouns, OWNER_PRONOUNS, self._antecedent
        )
        if owned is None:
            return None
        owner, found = owned
        if not a_country(found.mention) or not found.mention.country:
            return None
        code = found.mention.country
        why = (
            f"resolved '{owner.text} {token.text}' to {code} (the country of "
            f"'{found.mention.text}' in sentence {found.sentence})"
        )
        return anaphor(doc, code, owner.i, token.i + 1, why, False)


def sole_country(countries: frozenset[str]) -> str | None:
    """The one country a story names (its places and capitals counted as their countries), if
    it names exactly one: a bare "the government" with no dateline is that country's."""
    named = {code for code in countries if code and code not in NOT_COUNTRIES}
    return next(iter(named)) if len(named) == 1 else None
