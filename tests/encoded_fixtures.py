"""The fixture inputs whose bytes matter: encodings and line endings.

A text editor would silently "fix" a BOM, a UTF-16 file, Windows-1252 bytes
or CR line endings, so these inputs are kept here as readable text plus how
to encode it, and ``tests/regen_goldens.py`` writes them to ``fixtures/``.
``test_golden.py`` checks that the files on disk still hold exactly these
bytes.
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass
from pathlib import Path

NB = "\u00a0"


@dataclass(frozen=True)
class EncodedCase:
    name: str
    text: str  # written with "\n"; ``newline`` replaces it
    encoding: str
    newline: str = "\n"
    bom: bytes = b""

    def to_bytes(self) -> bytes:
        return self.bom + self.text.replace("\n", self.newline).encode(self.encoding)


CASES: tuple[EncodedCase, ...] = (
    EncodedCase(
        "utf8_bom",
        f"""Select date

April 2015
Mon Tue Wed Thu Fri Sat Sun

Café owners fight the new terrace tax

16-4-2015 < Valley Courier 27 54 words
{NB}

Owners of the cafés on the market square say a new tax on outdoor tables will empty the square by July.


The council says the money will pay for new paving and better lighting.


“Nobody sits outside on a building site,” said one owner, Zoë Hartmann.


Print""",
        "utf-8",
        bom=codecs.BOM_UTF8,
    ),
    EncodedCase(
        "utf16_bom",
        f"""Select date

June 2016
Mon Tue Wed Thu Fri Sat Sun

Swimming lake reopens after the algae clear

4-6-2016 < Island Herald 19 46 words
{NB}

The swimming lake at Nørre Mølle reopened on Saturday after tests showed the blue-green algae had gone.


Lifeguards counted more than six hundred swimmers by lunchtime.


The kiosk ran out of ice cream at two o’clock.


Print
""",
        "utf-16-le",
        bom=codecs.BOM_UTF16_LE,
    ),
    EncodedCase(
        "cp1252_legacy",
        f"""Select date

August 2011
Mon Tue Wed Thu Fri Sat Sun

Museum café closes after a row over the rent

22-8-2011 < River Post 5 102 words

The café in the town museum closed on Monday after its owner and the museum’s trustees failed to agree on a new rent.


“I paid the same rent for eleven years, and now they want double,” said the owner, José Muñoz. “That is not a negotiation — it is a notice.”


Regulars came one last time for his crème brûlée and his wife’s jalapeño soup; the façade’s hand-painted sign will go to the museum’s own collection.


The trustees said the old rent was set when the café had six tables; it now has twenty.


Print
""",
        "cp1252",
        newline="\r\n",
    ),
    EncodedCase(
        "crlf_endings",
        f"""Select date

March 2012
Mon Tue Wed Thu Fri Sat Sun

Night buses return to the northern suburbs

8-3-2012 < Valley Courier 2 49 words
{NB}

Night buses will run again to the northern suburbs from next month, two years after the route was cut.


Three buses an hour will leave the central station between midnight and five.


Drivers will be paid a night bonus.


Print
""",
        "utf-8",
        newline="\r\n",
    ),
    EncodedCase(
        "cr_endings",
        f"""Select date

September 2009
Mon Tue Wed Thu Fri Sat Sun

Old lighthouse to become a bird observatory

15-9-2009 < Harbour Gazette 11 44 words
{NB}

The disused lighthouse on the south mole will become a bird observatory, the harbour board decided on Tuesday.


Volunteers will staff it at weekends.


The lamp room will stay as it is, including the brass.


Print""",
        "utf-8",
        newline="\r",
    ),
)


def write(folder: Path) -> list[Path]:
    """Write every case as ``folder/<name>.txt``; return the paths written."""
    paths = []
    for case in CASES:
        path = folder / f"{case.name}.txt"
        path.write_bytes(case.to_bytes())
        paths.append(path)
    return paths
