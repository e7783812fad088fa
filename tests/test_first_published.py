"""A page's word of when it was first published, in the corpora's languages, and that
it beats a later date the page shows.  Invented pages only."""

from __future__ import annotations

import pytest

import newsclip
from newsclip.text import datelines


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("This article was originally published on 26 Sep 2019 at 4:12pm but has been "
         "regularly updated.", "2019-09-26"),
        ("First published: 3 May 2020", "2020-05-03"),
        ("Originally published on Monday, 3 May 2020", "2020-05-03"),
        ("Erstmals veröffentlicht am 12. März 2024", "2024-03-12"),
        ("Publié initialement le 31 décembre 2023 à 14h05", "2023-12-31"),
        ("Publicado originalmente el 1 de febrero de 2024", "2024-02-01"),
        ("Originariamente pubblicato il 12 marzo 2024", "2024-03-12"),
        ("Oorspronkelijk gepubliceerd op 12 maart 2024", "2024-03-12"),
        # the words, but not of a day: a year, or a date further on
        ("The book was first published in 1990 and reissued on 3 May 2020", None),
        ("Published 3 May 2020", None),
    ],
)
def test_first_published(line: str, day: str | None) -> None:
    found = datelines.first_published(line)
    assert (str(found.value)[:10] if found is not None else None) == day


_PAGE = """Harbour Gazette
Home
News

Ferry fares rise for the winter season

{header}

The harbour board voted on Tuesday to raise ferry fares by a tenth from next month, citing \
the cost of fuel and of repairs to the north pier after the storms.

Commuters said the rise would hit those who cross daily hardest, and asked the board to keep \
the weekly pass at its present price for another year.

This story was originally published on 26 Sep 2019 and has been updated since.
"""


@pytest.mark.parametrize(
    ("header", "day"),
    [
        ("30 Sep 2022", "2019-09-26"),  # a date shown, which does not say it is the first
        ("Updated 30 Sep 2022", "2019-09-26"),
        ("Published 30 Sep 2022", "2022-09-30"),  # the header says "Published": it wins
    ],
)
def test_originally_published_beats_a_date_shown(header: str, day: str) -> None:
    record = newsclip.parse(_PAGE.format(header=header), input_format="text")
    assert str(record.published)[:10] == day


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("Updated Dec 3, 2025", "2025-12-03"),
        ("Last Updated on : December 4, 2025", "2025-12-04"),
        ("Published Oct 10, 2023 - [Updated Dec 3, 2025]", "2025-12-03"),
        ("Zuletzt aktualisiert: 12. März 2024", "2024-03-12"),
        ("Mis à jour le 31 décembre 2023", "2023-12-31"),
        # no date right after the words
        ("Published Oct 10, 2023", None),
        ("Updated for the new season, first shown on 3 May 2020", None),
    ],
)
def test_updated(line: str, day: str | None) -> None:
    found = datelines.updated(line)
    assert (str(found.value)[:10] if found is not None else None) == day


@pytest.mark.parametrize(
    ("header", "published", "modified"),
    [
        # the date of an update goes to ``modified``; ``published`` is still the page's date
        ("Published 30 Sep 2022 · Updated 2 Oct 2022", "2022-09-30", "2022-10-02"),
        ("Updated 2 Oct 2022", "2019-09-26", "2022-10-02"),
        ("30 Sep 2022", "2019-09-26", None),
        # a numeric date both orders read is left: its order is the publication date's
        ("Updated 6/2/2025", "2019-09-26", None),
    ],
)
def test_an_update_is_the_modified_date(header: str, published: str, modified) -> None:
    record = newsclip.parse(_PAGE.format(header=header), input_format="text")
    assert str(record.published)[:10] == published
    assert (str(record.modified)[:10] if record.modified else None) == modified


@pytest.mark.parametrize(
    ("header", "published", "modified"),
    [
        # the update's date first, then the publication's, on one line
        ("Updated Dec 3, 2025 · Published Nov 1, 2025", "2025-11-01", "2025-12-03"),
        ("Last updated: December 3, 2025 | Posted: November 1, 2025", "2025-11-01", "2025-12-03"),
        ("Aktualisiert am 3. Dezember 2025, veröffentlicht am 1. November 2025", "2025-11-01",
         "2025-12-03"),
        # the update's date alone
        ("Updated Dec 3, 2025", "2025-12-03", "2025-12-03"),
    ],
)
def test_the_publication_date_after_the_updates_on_one_line(
    header: str, published: str, modified: str
) -> None:
    page = "\n\n".join(_PAGE.format(header=header).split("\n\n")[:-1]) + "\n"
    record = newsclip.parse(page, input_format="text")
    assert (str(record.published)[:10], str(record.modified)[:10]) == (published, modified)
