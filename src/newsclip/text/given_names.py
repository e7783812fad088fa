"""Given names ("Ada", "Tomas", "Joakim"): evidence that a line of capitalised words
names a person, where a button or a heading reads the same ("Christian Winter" beside
"Memorial Park", "Begin Journey").

The names are the first names Faker ships for ``LOCALES`` (Faker: a well-kept package
of test data, MIT-licensed, whose person providers list each locale's common first
names).  Importing it costs about 0.3 s, so it is imported on the first question only:
most dumps name their writer with a label or beside the date, and never ask.
"""

from __future__ import annotations

import importlib
from functools import cache

__all__ = ["LOCALES", "given_name", "starts_with_given_name"]

#: the locales whose first names are read: the English-speaking world's and those of the
#: languages the reader knows in Latin script (others' names are not in Latin letters)
LOCALES = (
    "en_US", "en_GB", "en_IE", "en_IN", "en_NG", "en_NZ", "en_PK", "de_DE", "fr_FR",
    "es_ES", "es_MX", "it_IT", "pt_BR", "pt_PT", "nl_NL", "pl_PL", "sv_SE", "da_DK",
    "no_NO", "fi_FI", "cs_CZ", "ro_RO", "tr_TR", "id_ID", "hu_HU", "hr_HR",
)
#: the attributes of a locale's person provider that list first names (a tuple, or a
#: dict of names and weights)
_FIRST_NAME_LISTS = (
    "first_names", "first_names_male", "first_names_female", "first_names_nonbinary",
)


@cache
def _names() -> frozenset[str]:
    found: set[str] = set()
    for locale in LOCALES:
        provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
        for attr in _FIRST_NAME_LISTS:
            found.update(getattr(provider, attr, None) or ())
    return frozenset(name.casefold() for name in found)


def given_name(word: str) -> bool:
    """``word`` is a common first name in one of ``LOCALES`` ("Joakim", "JOAKIM")."""
    return word.casefold() in _names()


def starts_with_given_name(name: str) -> bool:
    """The names ``name`` begin with a given name ("Christian Winter"; not "Memorial
    Park")."""
    first = name.split(maxsplit=1)[:1]
    return bool(first) and given_name(first[0].strip(",."))
