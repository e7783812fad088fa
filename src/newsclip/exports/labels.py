"""What news-database exports write, in each interface language: one table.

The splitter itself leans on what is the same in every language: the
``N of M`` counter line (two numbers and a word or two), the ``LABEL: value``
shape of the metadata, a centred header, and a short marker line repeated
after every article (``End of Document``).  This table only says which label
feeds which field, so ``LÄNGE:`` and ``LONGUEUR:`` give ``stated_word_count``
as ``LENGTH:`` does.  A label that is in no row is still read as metadata (it
goes to ``header``); a new interface language is a new column of words here,
not new code.
"""

from __future__ import annotations

__all__ = ["FIELD_LABELS", "TAIL_FIELDS", "END_MARKERS", "SECTION_MARKERS", "RIGHTS_WORDS",
           "LANGUAGE_NAMES", "LABEL_LANGUAGE", "field_of", "is_end_marker", "is_section_marker",
           "language_code", "interface_language"]

#: field → the labels that name it (compared case-insensitively, without the colon)
FIELD_LABELS: dict[str, tuple[str, ...]] = {
    "headline": ("HEADLINE", "TITLE", "TITEL", "ÜBERSCHRIFT", "TITRE", "TITOLO", "TITULAR"),
    "byline": ("BYLINE", "AUTHOR", "AUTOR", "VON", "AUTEUR", "PAR", "AUTORE", "AUTOR/A"),
    "section": ("SECTION", "RUBRIK", "RESSORT", "RUBRIQUE", "SEZIONE", "SECCIÓN"),
    "length": ("LENGTH", "LÄNGE", "LAENGE", "LONGUEUR", "LUNGHEZZA", "LONGITUD"),
    "language": ("LANGUAGE", "SPRACHE", "LANGUE", "LINGUA", "IDIOMA"),
    "dateline": ("DATELINE", "ORTSMARKE", "ORTSZEILE", "LIEU"),
    "highlight": ("HIGHLIGHT", "HERVORHEBUNG", "HIGHLIGHTS", "POINTS SAILLANTS", "RÉSUMÉ"),
    "graphic": ("GRAPHIC", "GRAFIK", "GRAPHIQUE", "ILLUSTRATION", "PHOTO"),
    "load_date": ("LOAD-DATE", "LADEDATUM", "DATE DE CHARGEMENT", "DATE-CHARGEMENT"),
    "publication_type": (
        "PUBLICATION-TYPE", "PUBLIKATIONSTYP", "PUBLIKATIONS-TYP", "TYPE-PUBLICATION",
        "TYPE DE PUBLICATION",
    ),
    "journal_code": ("JOURNAL-CODE",),
    "document_type": ("DOCUMENT-TYPE", "DOKUMENTTYP", "TYPE DE DOCUMENT"),
}

#: fields whose label comes after the body: the first of them ends the article's text
TAIL_FIELDS = frozenset({"language", "load_date", "publication_type", "journal_code",
                         "document_type"})

#: the line between (or after) articles in the Nexis Uni layout
END_MARKERS = ("End of Document", "Ende des Dokuments", "Dokumentende", "Fin du document")

#: a line alone that opens the body, or the classification block after it (Nexis Uni)
SECTION_MARKERS = ("Body", "Text", "Texte", "Corps", "Classification", "Klassifikation",
                   "Klassifizierung", "Graphic", "Grafik", "Notes", "Anmerkungen")

#: words of the lines that end an article in the classic layout
RIGHTS_WORDS = ("Copyright", "©", "All Rights Reserved", "Alle Rechte vorbehalten",
                "Tous droits réservés", "Tutti i diritti riservati",
                "Todos los derechos reservados")

#: the words a database uses for a language in its ``LANGUAGE:`` field → ISO 639-1
LANGUAGE_NAMES: dict[str, str] = {
    **dict.fromkeys(("ENGLISH", "ENGLISCH", "ANGLAIS", "INGLESE", "INGLÉS", "ENG", "EN"), "en"),
    **dict.fromkeys(("GERMAN", "DEUTSCH", "ALLEMAND", "TEDESCO", "ALEMÁN", "GER", "DEU", "DE"),
                    "de"),
    **dict.fromkeys(("FRENCH", "FRANZÖSISCH", "FRANÇAIS", "FRANCAIS", "FRANCESE", "FRANCÉS",
                     "FRE", "FRA", "FR"), "fr"),
    **dict.fromkeys(("SPANISH", "SPANISCH", "ESPAGNOL", "SPAGNOLO", "ESPAÑOL", "SPA", "ES"),
                    "es"),
    **dict.fromkeys(("ITALIAN", "ITALIENISCH", "ITALIEN", "ITALIANO", "ITA", "IT"), "it"),
    **dict.fromkeys(("DUTCH", "NIEDERLÄNDISCH", "NÉERLANDAIS", "NEDERLANDS", "NLD", "NL"), "nl"),
    **dict.fromkeys(("PORTUGUESE", "PORTUGIESISCH", "PORTUGAIS", "PORTUGUÊS", "POR", "PT"),
                    "pt"),
    **dict.fromkeys(("RUSSIAN", "RUSSISCH", "RUSSE", "RUS", "RU"), "ru"),
    **dict.fromkeys(("CHINESE", "CHINESISCH", "CHINOIS", "ZHO", "ZH"), "zh"),
    **dict.fromkeys(("JAPANESE", "JAPANISCH", "JAPONAIS", "JPN", "JA"), "ja"),
    **dict.fromkeys(("ARABIC", "ARABISCH", "ARABE", "ARA", "AR"), "ar"),
    **dict.fromkeys(("POLISH", "POLNISCH", "POLONAIS", "POL", "PL"), "pl"),
    **dict.fromkeys(("SWEDISH", "SCHWEDISCH", "SUÉDOIS", "SWE", "SV"), "sv"),
    **dict.fromkeys(("DANISH", "DÄNISCH", "DANOIS", "DAN", "DA"), "da"),
    **dict.fromkeys(("NORWEGIAN", "NORWEGISCH", "NORVÉGIEN", "NOR", "NO"), "no"),
    **dict.fromkeys(("FINNISH", "FINNISCH", "FINNOIS", "FIN", "FI"), "fi"),
    **dict.fromkeys(("TURKISH", "TÜRKISCH", "TURC", "TUR", "TR"), "tr"),
    **dict.fromkeys(("GREEK", "GRIECHISCH", "GREC", "ELL", "EL"), "el"),
}

#: the interface language a label belongs to, to read its date lines ("11. Januar 2010")
LABEL_LANGUAGE: dict[str, str] = {
    **dict.fromkeys(("LÄNGE", "LAENGE", "RUBRIK", "RESSORT", "AUTOR", "SPRACHE", "GRAFIK",
                     "LADEDATUM", "PUBLIKATIONSTYP"), "de"),
    **dict.fromkeys(("LONGUEUR", "RUBRIQUE", "AUTEUR", "LANGUE", "GRAPHIQUE",
                     "TYPE-PUBLICATION"), "fr"),
    **dict.fromkeys(("LUNGHEZZA", "SEZIONE", "AUTORE", "LINGUA"), "it"),
    **dict.fromkeys(("LONGITUD", "SECCIÓN", "IDIOMA"), "es"),
}

_BY_LABEL = {label.casefold(): name for name, labels in FIELD_LABELS.items() for label in labels}
_END = frozenset(m.casefold() for m in END_MARKERS)
_SECTION_MARKERS = frozenset(m.casefold() for m in SECTION_MARKERS)
_LABEL_LANGUAGE = {label.casefold(): lang for label, lang in LABEL_LANGUAGE.items()}


def field_of(label: str) -> str | None:
    """The record field a label feeds (``"LÄNGE"`` → ``"length"``), or None."""
    return _BY_LABEL.get(label.casefold())


def is_end_marker(text: str) -> bool:
    return text.casefold() in _END


def is_section_marker(text: str) -> bool:
    return text.casefold() in _SECTION_MARKERS


def language_code(value: str) -> str | None:
    """ISO 639-1 code for a ``LANGUAGE:`` value (``"ENGLISH"``, ``"Deutsch"``, ``"GER; GERMAN"``)."""
    for part in value.replace(",", ";").split(";"):
        code = LANGUAGE_NAMES.get(part.strip().upper())
        if code is not None:
            return code
    return None


def interface_language(label: str) -> str | None:
    """The language whose words a label is in, when it is not English."""
    return _LABEL_LANGUAGE.get(label.casefold())
