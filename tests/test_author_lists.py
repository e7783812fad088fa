"""A paper's authors, each marked with its affiliation's note, in a text dump.  Invented
names only."""

from __future__ import annotations

import pytest

from newsclip.text import author_lists

CASES = [
    ("Ada Kerrigan 1, Tomas C. Rieck 2, Odile Vallet 1,*", "Ada Kerrigan, Tomas C. Rieck, Odile Vallet"),
    ("Ada Kerrigan1  ;  Tomas Rieck1  ;  Odile Vallet2  ;  Carys Penhallow3 ",
     "Ada Kerrigan, Tomas Rieck, Odile Vallet, Carys Penhallow"),
    ("Ada Kerrigan 1,2, Yi-Sub Kwak 3, Jan van der Berg 2†", "Ada Kerrigan, Yi-Sub Kwak, Jan van der Berg"),
    # two marked names may be a score line's; a list with no marks is no paper's
    ("Ada Kerrigan 1, Tomas Rieck 2", None),
    ("Ada Kerrigan, Tomas Rieck, Odile Vallet", None),
    # the teams of a table, a sentence that cites
    ("Group A 12, Group B 15, Group C 3", None),
    ("Ada Kerrigan 1, Tomas Rieck 2 and Odile Vallet said so.", None),
]


def test_no_case_is_listed_twice() -> None:
    assert len({line for line, _names in CASES}) == len(CASES)


@pytest.mark.parametrize(("line", "names"), CASES)
def test_affiliated(line: str, names: str | None) -> None:
    assert author_lists.affiliated(line) == names
