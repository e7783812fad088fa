"""Given names ("Ada", "Tomas", "Joakim"): evidence that a line of capitalised words
names a person, where a button or a heading reads the same ("Christian Winter" beside
"Memorial Park", "Begin Journey").

The names are the first names Faker ships for ``LOCALES`` (Faker: a well-kept package
of test data, MIT-licensed, whose person providers list each locale's common first
names), made small, one a line in ``given_names.txt`` beside this module: reading the
file takes a few milliseconds where importing Faker took about 0.3 s of a dump's first
parse, and the names cannot change with a Faker release.  ``from_faker`` reads them
from Faker again (a test checks the file against it); to write the file after a Faker
upgrade: ``python -c "from newsclip.text import given_names as g; g.write()"``.
"""

from __future__ import annotations

import importlib
import os
from functools import cache

__all__ = ["LOCALES", "NAMES_FILE", "from_faker", "given_name", "starts_with_given_name", "write"]

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


#: the file of names, one a line, made small (``from_faker``)
NAMES_FILE = "given_names.txt"


@cache
def _names() -> frozenset[str]:
    # (the file beside this module, as an installed copy has it; importlib.resources, whose
    # import costs a dump's start-up more than reading the file, only where it is not one;
    # nor pathlib, whose import with urllib's and ipaddress's cost a dump about 4 ms)
    path = _beside(NAMES_FILE)
    if os.path.isfile(path):
        with open(path, encoding="utf-8") as fh:
            text = fh.read()
    else:  # pragma: no cover - a package imported from a zip file
        from importlib import resources

        text = resources.files(__package__).joinpath(NAMES_FILE).read_text(encoding="utf-8")
    return frozenset(text.split("\n")) - {""}


def from_faker() -> frozenset[str]:
    """The first names Faker's person providers list for ``LOCALES``, made small."""
    found: set[str] = set()
    for locale in LOCALES:
        provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
        for attr in _FIRST_NAME_LISTS:
            found.update(getattr(provider, attr, None) or ())
    return frozenset(name.casefold() for name in found)


def write() -> None:
    """Write ``NAMES_FILE`` from Faker's lists (sorted, so that the file is the same each time)."""
    with open(_beside(NAMES_FILE), "w", encoding="utf-8") as fh:
        fh.write("".join(f"{name}\n" for name in sorted(from_faker())))


def _beside(name: str) -> str:
    """The path of the file ``name`` in this module's folder."""
    return os.path.join(os.path.dirname(__file__), name)


def given_name(word: str) -> bool:
    """``word`` is a common first name in one of ``LOCALES`` ("Joakim", "JOAKIM")."""
    return word.casefold() in _names()


def starts_with_given_name(name: str) -> bool:
    """The names ``name`` begin with a given name ("Christian Winter"; not "Memorial
    Park")."""
    first = name.split(maxsplit=1)[:1]
    return bool(first) and given_name(first[0].strip(",."))
