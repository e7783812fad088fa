"""Date strings in the corpora's languages and what they mean, as one table.

Each row is (input, order, expected, language): ``order`` is the numeric date
order asked for ("dmy", "mdy", "ymd") or None, ``expected`` what
``to_iso(parse_date(input, order=order))`` must give (None: no date of
publication in it).  test_dates.py runs the table; bench/dates.py reads the same
strings with dateparser to compare.  A zone or offset is kept as written; a
generic US zone ("ET") takes the offset daylight saving gives on that day.
"""

from __future__ import annotations

LANGUAGE_CASES: list[tuple[str, str | None, str | None, str]] = [
    # ISO 8601 and its near relatives, as pages write them
    ("2024-03-21T17:12:00+01:00", None, "2024-03-21T17:12:00+01:00", "iso"),
    ("2024-03-21T17:12:00Z", None, "2024-03-21T17:12:00+00:00", "iso"),
    ("2024-03-21 17:12 +0100", None, "2024-03-21T17:12:00+01:00", "iso"),
    ("2024-03-21T17:12:00.123456789Z", None, "2024-03-21T17:12:00.123456+00:00", "iso"),
    ("2024-03-21T17:12:00-0500", None, "2024-03-21T17:12:00-05:00", "iso"),
    ("2024-03-21T17:12", None, "2024-03-21T17:12:00", "iso"),
    ("2024-03-21T17:12:00+27:00", None, None, "iso"),  # no such offset
    # English
    ("March 21, 2024 5:12 PM GMT+1", None, "2024-03-21T17:12:00+01:00", "en"),
    ("Date: January 27, 2022 2022-01-27T12:00:00", None, "2022-01-27T12:00:00", "en"),
    ("July 15, 2024 10:00 ET", None, "2024-07-15T10:00:00-04:00", "en"),
    ("January 15, 2024 10:00 ET", None, "2024-01-15T10:00:00-05:00", "en"),
    ("Aug 2, 2023 4:05 pm PT", None, "2023-08-02T16:05:00-07:00", "en"),
    ("Mon, 15 Jul 2024 10:00:00 BST", None, "2024-07-15T10:00:00+01:00", "en"),
    ("Thursday 21 March 2024 17.12 GMT", None, "2024-03-21T17:12:00+00:00", "en"),
    ("Updated: 21st March 2024, 5:12pm (UTC+02:00)", None, "2024-03-21T17:12:00+02:00", "en"),
    ("January 15, 1850 10:00 ET", None, None, "en"),  # New York's offset then: -4:56:02
    ("Published 5 hours ago", None, None, "en"),
    ("2 days ago", None, None, "en"),
    ("03/05/2024", "mdy", "2024-03-05", "en"),
    ("03/05/2024", "dmy", "2024-05-03", "en"),
    ("03/05/24", "ymd", "2003-05-24", "en"),
    ("2024/03/05", None, "2024-03-05", "en"),
    ("3/14/2024", "dmy", "2024-03-14", "en"),  # only one order makes a date
    # German
    ("12.03.2024, 06.15 Uhr", None, "2024-03-12T06:15:00", "de"),
    ("24. März 2019", None, "2019-03-24", "de"),
    ("15. Juli 2024, 10:00 Uhr MESZ", None, "2024-07-15T10:00:00+02:00", "de"),
    ("Veröffentlicht am 3. Januar 2023 um 14:30 Uhr", None, "2023-01-03T14:30:00", "de"),
    ("Mo., 4. Dez. 2023, 09:41 Uhr", None, "2023-12-04T09:41:00", "de"),
    ("4. Jänner 2021", None, "2021-01-04", "de"),
    ("Stand: 05.02.2024 18:00 Uhr MEZ", None, "2024-02-05T18:00:00+01:00", "de"),
    ("vor 3 Tagen", None, None, "de"),
    # French
    ("Publié le 31/12/2023 à 14h05", None, "2023-12-31T14:05:00", "fr"),
    ("30 avril 2015", None, "2015-04-30", "fr"),
    ("Mis à jour le 1er février 2024 à 09h30", None, "2024-02-01T09:30:00", "fr"),
    ("mardi 5 mars 2024 à 18:00", None, "2024-03-05T18:00:00", "fr"),
    ("il y a 2 jours", None, None, "fr"),
    # Spanish
    ("31 dic. 2023 14:05 CET", None, "2023-12-31T14:05:00+01:00", "es"),
    ("Barcelona - 01 feb 2024 - 13:45 CET", None, "2024-02-01T13:45:00+01:00", "es"),
    ("21 de enero de 2020", None, "2020-01-21", "es"),
    ("Actualizado el 5 de marzo de 2024 a las 10:30", None, "2024-03-05T10:30:00", "es"),
    ("hace 2 días", None, None, "es"),
    # Italian
    ("3 settembre 2022 ore 10:15", None, "2022-09-03T10:15:00", "it"),
    ("12 gennaio 2024", None, "2024-01-12", "it"),
    ("Pubblicato il 5 marzo 2024 alle 18:00", None, "2024-03-05T18:00:00", "it"),
    ("2 ore fa", None, None, "it"),
    # Portuguese
    ("21.dez.2018 às 12h55", None, "2018-12-21T12:55:00", "pt"),
    ("21 de janeiro de 2020 às 10h30", None, "2020-01-21T10:30:00", "pt"),
    ("5 de março de 2024", None, "2024-03-05", "pt"),
    ("há 3 dias", None, None, "pt"),
    # Dutch
    ("1 augustus 2021 om 14:30", None, "2021-08-01T14:30:00", "nl"),
    ("14 juli 2023", None, "2023-07-14", "nl"),
    ("maandag 4 maart 2024, 09:15", None, "2024-03-04T09:15:00", "nl"),
    ("5 mei 2023", None, "2023-05-05", "nl"),
    ("3 dagen geleden", None, None, "nl"),
]
