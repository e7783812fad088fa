"""Write the DOCX exports of fixtures/exports/ (Nexis Uni's layout) with python-docx.

    python tests/make_export_docx.py      # rewrites fixtures/exports/*.docx

The text is invented.  Each document is built paragraph by paragraph as Nexis
Uni lays its downloads out: a cover page (in a table, as the cover's fields
are), then per article the headline, outlet, date, copyright, the labelled
fields, ``Body``, the paragraphs, ``Classification`` and its fields, and
``End of Document``.  Core properties are fixed, so the bytes are the same on
every run.  Read the JSON beside each file after regenerating.
"""

from __future__ import annotations

import datetime
import sys
from pathlib import Path

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "exports"

EN = {
    "cover": [("User Name:", "= Reading Room 2"), ("Date and Time:", "= January 20, 2022 9:41 AM"),
              ("Job Number:", "= 7731920"), ("Client/Matter:", "-None-"),
              ("Search Terms:", "lighthouse OR ferry"), ("Search Type:", "Terms and Connectors")],
    "listing": ["Documents (2)", "1. Keepers leave Skerry Head lighthouse after 150 years",
                "2. Island ferry timetable cut for winter"],
    "articles": [
        {
            "head": ["Keepers leave Skerry Head lighthouse after 150 years", "The Coastal Herald",
                     "January 18, 2022 Tuesday", "Copyright 2022 Coastal Herald Ltd All Rights Reserved"],
            "fields": ["Section: NEWS; Pg. 5", "Length: {n} words", "Byline: Morag Innes",
                       "Highlight: The last two keepers hand the light to an automatic lamp"],
            "body": [
                "The last two keepers of the Skerry Head lighthouse locked its door for the final time on Monday, ending 150 years in which the light was tended by hand.",
                "From now on an automatic lamp, watched from a control room on the mainland, will warn ships off the reef. The keepers' cottages will become a small museum run by the parish.",
                "\"It is the right thing, but it is a sad day,\" said Alasdair Rennie, who kept the light for 31 years.",
            ],
            "tail": ["Language: ENGLISH", "Publication-Type: Newspaper", "Subject: LIGHTHOUSES (90%); MARITIME HISTORY (78%)",
                     "Load-Date: January 19, 2022"],
        },
        {
            "head": ["Island ferry timetable cut for winter", "The Coastal Herald", "January 19, 2022 Wednesday",
                     "Copyright 2022 Coastal Herald Ltd All Rights Reserved"],
            "fields": ["Section: NEWS; Pg. 9", "Length: {n} words"],
            "body": [
                "The ferry to Inch Island will sail twice a day instead of four times from February, the operator said, because one of its two boats needs a new engine.",
                "Islanders said the cut would make it hard to reach the hospital and the secondary school on the mainland, and asked the council to charter a second boat.",
            ],
            "tail": ["Language: ENGLISH", "Load-Date: January 20, 2022"],
        },
    ],
    "end": "End of Document",
}

DE = {
    "cover": [("Benutzername:", "= Lesesaal"), ("Datum und Uhrzeit:", "= 3. Februar 2022 10:15"),
              ("Auftragsnummer:", "= 55120")],
    "listing": ["Dokumente (1)", "1. Neue Brücke über die Saale eröffnet"],
    "articles": [
        {
            "head": ["Neue Brücke über die Saale eröffnet", "Saale-Kurier", "2. Februar 2022 Mittwoch",
                     "Copyright 2022 Saale-Kurier Verlag Alle Rechte vorbehalten"],
            "fields": ["Rubrik: REGION; S. 14", "Länge: {n} Wörter", "Autor: Jonas Brandt"],
            "body": [
                "Nach zwei Jahren Bauzeit ist die neue Fußgängerbrücke über die Saale am Mittwoch für den Verkehr freigegeben worden. Rund dreihundert Menschen kamen zur Eröffnung.",
                "Die Brücke verbindet die Altstadt mit dem Stadtpark und ersetzt einen Steg, der nach dem Hochwasser gesperrt worden war. Die Kosten lagen bei knapp sechs Millionen Euro.",
            ],
            "tail": ["Sprache: GERMAN; DEUTSCH", "Publikationstyp: Zeitung", "Ladedatum: 3. Februar 2022"],
        },
    ],
    "end": "Ende des Dokuments",
}


def build(spec: dict, path: Path) -> None:
    import docx

    document = docx.Document()
    props = document.core_properties
    props.author = props.last_modified_by = "newsclip fixtures"
    props.created = props.modified = datetime.datetime(2022, 1, 1)
    props.revision = 1
    table = document.add_table(rows=0, cols=2)
    for label, value in spec["cover"]:
        cells = table.add_row().cells
        cells[0].text, cells[1].text = label, value
    for line in spec["listing"]:
        document.add_paragraph(line)
    for article in spec["articles"]:
        document.add_page_break()
        words = sum(len(p.split()) for p in article["body"])
        for line in article["head"]:
            document.add_paragraph(line)
        for line in article["fields"]:
            # Nexis Uni writes a no-break space after a field's colon
            document.add_paragraph(line.format(n=words).replace(": ", ":\u00a0", 1))
        document.add_paragraph("Body")
        for para in article["body"]:
            document.add_paragraph(para)
        document.add_paragraph("Classification")
        for line in article["tail"]:
            document.add_paragraph(line.replace(": ", ":\u00a0", 1))
        document.add_paragraph(spec["end"])
    document.save(str(path))


def main() -> int:
    build(EN, FIXTURES / "en_uni_cover.docx")
    build(DE, FIXTURES / "de_uni_cover.docx")
    return 0


if __name__ == "__main__":
    sys.exit(main())
