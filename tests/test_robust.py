"""Bad and hostile content: each input gives a record or one NewsclipError, fast.

One table of inputs, each with what a user should get: the error class and
its one-line reason, or the fields a record must have.  A second table holds
adversarial lines (the shapes that made a pattern backtrack for minutes)
placed where each layout's patterns look at them; those run in a child
process with a generous timeout, because a regex that backtracks cannot be
interrupted from inside.  Every time checked is CPU time, which a busy
machine hardly stretches.  File-system and interruption cases are in
test_cli_batch.py and test_signals.py; the 100 MB cases in test_large.py; each
pattern added later, on its own worst line, in test_redos.py.
"""

from __future__ import annotations

import gzip
import json
import os
import subprocess
import sys
import textwrap
import time
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

import newsclip
import newsclip.decode
from conftest import assert_valid
from newsclip.cli import cli
from newsclip.decode import REPAIRED_TWICE_ENCODED

#: CPU seconds one small input may take (they take milliseconds; the slow patterns
#: this guards against took seconds to minutes).  CPU time, not wall-clock time:
#: a busy machine stretches the one and hardly the other.
BUDGET = 2.0
#: wall-clock seconds a child process may run before it is taken for hung
HANG = 300

TITLE = "Harbour cranes fall silent as dockers strike for a second week"
BODY = (
    "Work at the container terminal stopped again on Monday, as dockers walked out "
    "for a second week over pay and the length of their shifts.",
    "The port authority said that ships were waiting in the bay and that talks with "
    "the union would resume on Thursday morning.",
)


def archive(title: str = TITLE, body: tuple[str, ...] = BODY, header: str | None = None) -> str:
    """A dump in the news archive's layout (picker, headline, metadata line, body, chrome)."""
    header = header or "2-6-2016 < Harbour Gazette 48 words"
    return (
        f"Select date\n\nMay 2024\nMon Tue Wed Thu Fri Sat Sun\n\n{title}\n\n{header}\n\n"
        + "\n\n".join(body)
        + "\n\nPrint\nShare\n"
    )


def general(title: str = TITLE, body: tuple[str, ...] = BODY) -> str:
    """A browser copy of any news site: menu, headline, date, body, footer."""
    return (
        f"Skip to main content\nHome\nSign in\n\n{title}\n\n3 June 2016\n\n"
        + "\n\n".join(body)
        + "\n\nShare\n© 2016 Harbour Gazette\n"
    )


@dataclass(frozen=True)
class Err:
    """The input is declined: this NewsclipError subclass, with this reason."""

    cls: type[newsclip.NewsclipError]
    reason: str


@dataclass(frozen=True)
class Ok:
    """The input is read: the record has these values (None: not checked)."""

    title: str | None = None
    paragraphs: tuple[str, ...] | None = None
    encoding: str | None = None
    format: str | None = None
    warning: str | None = None  # a substring of one of the warnings
    extra: dict = field(default_factory=dict)


PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10" + bytes(range(256)) * 4
PDF = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
NOT_TEXT = "not a text dump or HTML page"
HTML_PAGE = (
    "<!DOCTYPE html><html><head><title>" + TITLE + "</title></head><body><article><h1>"
    + TITLE + "</h1>" + "".join(f"<p>{p}</p>" for p in BODY) + "</article></body></html>"
)
ACCENTED = (
    "Le travail au terminal à conteneurs s'est de nouveau arrêté lundi, les dockers "
    "réclamant de meilleurs salaires et des horaires plus courts.",
    "« Nous ne reprendrons pas avant d'avoir un accord écrit », a déclaré une "
    "porte-parole du syndicat à la presse.",
)
ACCENTED_TITLE = "Les grues du port se taisent : deuxième semaine de grève"

# Small invented articles (headline, two paragraphs) in other languages and scripts.
LANGUAGES = {
    "french": (ACCENTED_TITLE, ACCENTED),
    "german": (
        "Hafenkräne stehen still: Hafenarbeiter streiken die zweite Woche",
        (
            "Die Arbeit am Containerterminal ruhte am Montag erneut, weil die Hafenarbeiter "
            "höhere Löhne und kürzere Schichten fordern.",
            "„Wir kehren erst zurück, wenn wir eine schriftliche Einigung haben“, sagte eine "
            "Sprecherin der Gewerkschaft.",
        ),
    ),
    "spanish": (
        "Las grúas del puerto callan: los estibadores cumplen su segunda semana de huelga",
        (
            "El trabajo en la terminal de contenedores volvió a detenerse el lunes, porque los "
            "estibadores exigen mejores salarios.",
            "«No volveremos hasta tener un acuerdo por escrito», dijo una portavoz del sindicato, "
            "según informó la agencia.",
        ),
    ),
    "russian": (
        "Портовые краны замолчали: докеры бастуют вторую неделю",
        (
            "Работа на контейнерном терминале в понедельник снова остановилась: докеры требуют "
            "повышения зарплаты.",
            "«Мы не вернёмся, пока не будет письменного соглашения», — заявила представитель "
            "профсоюза журналистам.",
        ),
    ),
    "arabic": (
        "رافعات الميناء صامتة: عمال الرصيف يضربون للأسبوع الثاني",
        (
            "توقف العمل في محطة الحاويات مرة أخرى يوم الاثنين، إذ يطالب عمال الرصيف بأجور أفضل "
            "وساعات عمل أقصر.",
            "وقالت متحدثة باسم النقابة: «لن نعود قبل أن نحصل على اتفاق مكتوب»، بحسب ما نقلته "
            "وكالة الأنباء.",
        ),
    ),
    "chinese": (
        "港口吊车停摆：码头工人罢工进入第二周",
        (
            "集装箱码头的工作周一再次停止，码头工人要求提高工资并缩短工作时间。",
            "工会女发言人说：“在拿到书面协议之前，我们不会复工。”她对记者表示，谈判仍在继续。",
        ),
    ),
}

CASES: list[tuple[str, bytes | str, Err | Ok]] = [
    # Nothing to read.
    ("empty", b"", Err(newsclip.EmptyInputError, "empty file")),
    ("white space only", b" \n\t\r\n  \r\r\n\x0c\n", Err(newsclip.EmptyInputError, "only white space")),
    ("unicode spaces only", "\u00a0\u2003\u3000\n\u2028".encode(), Err(newsclip.EmptyInputError, "only white space")),
    ("invisible characters only", "\u200b\ufeff\n\u2060 \u200d".encode(), Err(newsclip.EmptyInputError, "only white space")),
    ("utf-8 byte-order mark only", b"\xef\xbb\xbf", Err(newsclip.EmptyInputError, "only white space")),
    ("utf-16 byte-order mark only", b"\xff\xfe", Err(newsclip.EmptyInputError, "only white space")),
    ("empty str", "", Err(newsclip.EmptyInputError, "empty file")),
    (
        "only chrome",
        b"Skip to main content\nHome\nSign in\nShare\nPrint\nAdvertisement\nComments (12)\n"
        b"\xc2\xa9 2024 Harbour Gazette\n",
        Err(newsclip.NoArticleError, "no article text found"),
    ),
    (
        "archive chrome and header, no body",
        "Select date\n\nMay 2024\n\nA headline\n\n2-6-2016 < Harbour Gazette 10 words\n\nPrint\nShare\n",
        Err(newsclip.NoArticleError, "no article text found"),
    ),
    # Next to nothing: kept, never dropped.
    ("one-line article", BODY[0], Ok(paragraphs=(BODY[0],), format="text")),
    ("one word", "Strike", Ok(paragraphs=("Strike",))),
    ("archive with a one-line body", archive(body=(BODY[0],)), Ok(title=TITLE, paragraphs=(BODY[0],))),
    (
        "menu words only",
        "News\nSport\nWeather\n",
        Ok(paragraphs=("News", "Sport", "Weather"), warning="no paragraph of prose found"),
    ),
    # Binary data.
    ("png", PNG, Err(newsclip.BinaryInputError, f"binary data (a PNG image), {NOT_TEXT}")),
    ("pdf", PDF, Err(newsclip.BinaryInputError, f"binary data (a PDF document), {NOT_TEXT}")),
    ("jpeg", b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(200), Err(newsclip.BinaryInputError, "a JPEG image")),
    ("zip", b"PK\x03\x04\x14\x00" + bytes(100), Err(newsclip.BinaryInputError, "a ZIP archive")),
    ("elf executable", b"\x7fELF\x02\x01\x01" + bytes(100), Err(newsclip.BinaryInputError, "an executable")),
    ("gzip of a png", gzip.compress(PNG), Err(newsclip.BinaryInputError, "a PNG image")),
    ("gzip of a dump", gzip.compress(archive().encode()), Ok(title=TITLE, paragraphs=BODY)),
    ("gzip cut off", gzip.compress(archive().encode())[:40], Err(newsclip.DecodeError, "broken gzip data (truncated)")),
    ("gzip header, garbage after", b"\x1f\x8b" + b"garbage" * 20, Err(newsclip.DecodeError, "broken gzip data")),
    ("nul bytes only", bytes(4096), Err(newsclip.BinaryInputError, f"binary data (NUL bytes), {NOT_TEXT}")),
    ("nul byte in a dump", archive().encode() + b"\x00", Err(newsclip.BinaryInputError, "NUL bytes")),
    # NULs after line breaks must not pass for UTF-16 without a BOM ("\n\x00" is U+000A there)
    ("nul bytes after line breaks", b"Select date\nMay 2024\n\x00\nWork at the harbour\n\x00\nstopped.\n", Err(newsclip.BinaryInputError, "NUL bytes")),
    ("control characters", bytes(range(1, 9)) * 200, Err(newsclip.BinaryInputError, "control characters")),
    ("random bytes", bytes((i * 131 + 7) % 256 for i in range(8192)), Err(newsclip.BinaryInputError, NOT_TEXT)),
    # A text head must not hide binary data further on (only the first 64 KiB were looked at).
    ("nul bytes after 64 KiB of text", archive(body=BODY * 300).encode() + b"\x00\x01\xff" * 50, Err(newsclip.BinaryInputError, "NUL bytes")),
    ("control characters after 64 KiB of text", archive(body=BODY * 300).encode() + bytes(range(1, 32)) * 50, Err(newsclip.BinaryInputError, "control characters")),
    # A name that lies about the content: the content decides.
    ("html in a .txt", HTML_PAGE.encode(), Ok(title=TITLE, paragraphs=BODY, format="html")),
    ("xhtml after an xml declaration", ('<?xml version="1.0" encoding="utf-8"?>\n' + HTML_PAGE).encode(), Ok(title=TITLE, format="html")),
    ("text dump that quotes tags", archive(body=(BODY[0], "The notice read <b>closed</b> in bold.")), Ok(title=TITLE, format="text")),
    # Encodings.
    ("utf-8 with bom", b"\xef\xbb\xbf" + archive().encode(), Ok(title=TITLE, paragraphs=BODY, encoding="utf-8-sig")),
    ("utf-16 le with bom", b"\xff\xfe" + archive().encode("utf-16-le"), Ok(title=TITLE, paragraphs=BODY, encoding="utf-16-le")),
    ("utf-16 be with bom", b"\xfe\xff" + archive().encode("utf-16-be"), Ok(title=TITLE, paragraphs=BODY, encoding="utf-16-be")),
    ("utf-16 le without bom", archive().encode("utf-16-le"), Ok(title=TITLE, paragraphs=BODY, encoding="utf-16-le")),
    ("utf-16 be without bom", archive().encode("utf-16-be"), Ok(title=TITLE, paragraphs=BODY, encoding="utf-16-be")),
    ("utf-32 with bom", archive().encode("utf-32"), Ok(title=TITLE, paragraphs=BODY)),
    ("utf-16 bom, broken surrogate", b"\xff\xfe" + "Headline\n".encode("utf-16-le") + b"\x00\xd8A\x00", Err(newsclip.DecodeError, "not valid utf-16-le after its byte-order mark")),
    (
        "utf-8 with a few invalid bytes",
        archive(ACCENTED_TITLE, ACCENTED).encode().replace(b"lundi", b"lun\xffdi\xc3"),
        Ok(
            title=ACCENTED_TITLE, encoding="utf-8",
            paragraphs=(ACCENTED[0].replace("lundi", "lun\ufffddi\ufffd"), ACCENTED[1]),
            warning="bytes not valid utf-8 were replaced by U+FFFD",
        ),
    ),
    ("windows-1252", archive(ACCENTED_TITLE, ACCENTED).replace("’", "'").encode("cp1252"), Ok(title=ACCENTED_TITLE, paragraphs=ACCENTED)),
    (
        # saved in the wrong encoding and back: 'Ã©' for 'é', 'Â«' for '«'
        "utf-8 encoded twice (read as latin-1)",
        archive(ACCENTED_TITLE, ACCENTED).encode().decode("latin-1").encode(),
        Ok(title=ACCENTED_TITLE, paragraphs=ACCENTED, encoding="utf-8", warning=REPAIRED_TWICE_ENCODED),
    ),
    (
        "utf-8 encoded twice, only in places (read as windows-1252)",
        archive(body=(BODY[0] + " Fares — the first rise in years — go up.", BODY[1] + " Riders don’t mind."))
        .replace("don’t", "don’t".encode().decode("cp1252")).encode(),
        Ok(title=TITLE, paragraphs=(BODY[0] + " Fares — the first rise in years — go up.", BODY[1] + " Riders don’t mind."),
           encoding="utf-8", warning=REPAIRED_TWICE_ENCODED),
    ),
    ("cyrillic windows-1251", archive(*LANGUAGES["russian"]).encode("cp1251"), Ok(title=LANGUAGES["russian"][0], paragraphs=LANGUAGES["russian"][1])),
    ("str with lone surrogates", archive(body=(BODY[0] + "\udcff", BODY[1])), Ok(title=TITLE, paragraphs=(BODY[0] + "\ufffd", BODY[1]), encoding="utf-8", warning="lone surrogate")),
    ("crlf line endings", archive().replace("\n", "\r\n").encode(), Ok(title=TITLE, paragraphs=BODY)),
    ("cr line endings", archive().replace("\n", "\r").encode(), Ok(title=TITLE, paragraphs=BODY)),
    ("mixed line endings", archive().replace("\n\n", "\r\n\r").replace("Print\n", "Print\r\n").encode(), Ok(title=TITLE, paragraphs=BODY)),
    (
        "a few control characters",
        archive(body=(BODY[0] + "\x1b[0m", "\x0c" + BODY[1] + "\x07")),
        Ok(title=TITLE, paragraphs=(BODY[0] + "\x1b[0m", BODY[1] + "\x07")),
    ),
    ("unicode line separators", archive().replace("\n\nPrint", "\u2028\u2029\n\nPrint"), Ok(title=TITLE, paragraphs=BODY)),
    ("combining marks", archive("Cafe\u0301 owners re\u0301sume\u0301 talks", (BODY[0] + " Zalgo: Z\u0351\u0352\u0353o\u0354.", BODY[1])), Ok(title="Cafe\u0301 owners re\u0301sume\u0301 talks", paragraphs=(BODY[0] + " Zalgo: Z\u0351\u0352\u0353o\u0354.", BODY[1]))),
    ("emoji", archive("Dockers strike 🚢⚓ for a second week 👩🏽‍🔧", (BODY[0] + " 🏳️‍🌈🇫🇷", BODY[1])), Ok(title="Dockers strike 🚢⚓ for a second week 👩🏽‍🔧", paragraphs=(BODY[0] + " 🏳️‍🌈🇫🇷", BODY[1]))),
    ("bidi controls", archive("\u202eDockers strike\u202c again", BODY), Ok(title="\u202eDockers strike\u202c again", paragraphs=BODY)),
]
for _lang, (_title, _body) in LANGUAGES.items():
    CASES.append((f"{_lang} archive dump", archive(_title, _body), Ok(title=_title, paragraphs=_body)))
    CASES.append((f"{_lang} general dump", general(_title, _body), Ok(title=_title, paragraphs=_body)))
# Without a BOM, non-Latin UTF-16 has too few NUL bytes for the Latin rule
# (Russian was declined as binary), and UTF-32 had no rule at all.
for _lang in ("russian", "chinese", "arabic"):
    for _enc in ("utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"):
        _title, _body = LANGUAGES[_lang]
        CASES.append((f"{_lang} {_enc} without bom", "\n\n".join((_title, *_body)).encode(_enc), Ok(encoding=_enc, extra={"last": _body[-1]})))


def test_case_names_are_unique() -> None:
    names = [name for name, _data, _expected in CASES]
    assert len(names) == len(set(names))


@pytest.mark.parametrize(("name", "data", "expected"), CASES, ids=[c[0] for c in CASES])
def test_bad_input(name: str, data: bytes | str, expected: Err | Ok) -> None:
    start = time.process_time()
    if isinstance(expected, Err):
        with pytest.raises(newsclip.NewsclipError) as info:
            newsclip.parse(data, path=name)
        assert type(info.value) is expected.cls
        assert expected.reason in str(info.value)
        assert "\n" not in str(info.value)
    else:
        record = newsclip.parse(data, path=name)
        assert_valid(record.to_dict())
        if expected.title is not None:
            assert record.title == expected.title
        if expected.paragraphs is not None:
            assert record.paragraphs == expected.paragraphs
        if expected.encoding is not None:
            assert record.source.encoding == expected.encoding
        if expected.format is not None:
            assert record.source.format == expected.format
        if expected.warning is not None:
            assert any(expected.warning in w for w in record.warnings), record.warnings
        if "last" in expected.extra:
            assert record.paragraphs[-1] == expected.extra["last"]
    assert time.process_time() - start < BUDGET


ERRORS = [(name, data, exp) for name, data, exp in CASES if isinstance(exp, Err) and isinstance(data, bytes)]


@pytest.mark.parametrize(("name", "data", "expected"), ERRORS, ids=[c[0] for c in ERRORS])
def test_cli_says_why_in_one_line(tmp_path: Path, name: str, data: bytes, expected: Err) -> None:
    path = tmp_path / "input.txt"
    path.write_bytes(data)
    result = CliRunner().invoke(cli, ["parse", str(path)])
    assert result.exit_code == 1
    assert result.stdout == ""
    assert result.stderr.startswith(f"newsclip: {path}: ")
    assert expected.reason in result.stderr
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr


@pytest.mark.parametrize("suffix", [".txt", ".html", ".md", ""])
def test_the_content_decides_not_the_name(tmp_path: Path, suffix: str) -> None:
    """A .txt holding a page is read as HTML, a .html holding a dump as text."""
    page, dump = tmp_path / f"page{suffix}", tmp_path / f"dump{suffix}"
    page.write_text(HTML_PAGE, encoding="utf-8")
    dump.write_text(archive(), encoding="utf-8")
    assert newsclip.parse_file(page).source.format == "html"
    assert newsclip.parse_file(dump).source.format == "text"
    assert newsclip.parse_file(dump).paragraphs == BODY


def test_a_file_just_over_the_limit_is_declined_unread(tmp_path: Path) -> None:
    """read_file looks at the size first: a lying pipe or a huge file is never read whole."""
    from newsclip.decode import MAX_INPUT_BYTES
    from newsclip.files import read_input

    big = tmp_path / "big.txt"
    with big.open("wb") as f:
        f.truncate(MAX_INPUT_BYTES + 1)  # sparse: no disk, and reading it would take 64 MiB
    with pytest.raises(newsclip.TooLargeError, match="larger than"):
        newsclip.read_file(big)
    path = tmp_path / "small.txt"
    path.write_bytes(b"a" * 1001)
    with pytest.raises(newsclip.TooLargeError, match="larger than"):
        read_input(str(path), limit=1000)
    path.write_bytes(b"a" * 1000)
    assert read_input(str(path), limit=1000) == b"a" * 1000


# --- adversarial lines -------------------------------------------------------

N = 20_000  # long enough that quadratic matching shows: ~1 s at this size

#: lines shaped to make a pattern backtrack; each comment names what it aims at
ADVERSARIAL = {
    # archive HEADER: the lazy outlet tried against every split of the numbers
    "header numbers": "1-1-2014 <" + " 1" * (N // 2) + " x",
    "header separators": "1-1-2014 < A" + " 1." * (N // 3) + " words",
    "header spaces": "1-1-2014 <" + " " * N + "x",
    # tweet signature: white space on both sides of the author and of the date
    "signature spaces": "— a" + " " * N + "(@x)" + " " * N + "!",
    "signature no handle": "—" + " " * N + "(@",
    "signature dashes": "-" * N + " (@x)",
    # photo-credit-agency: "-" both inside a name and between names
    "agency hyphens": "Aa / " + "A-" * (N // 2) + "!",
    "agency words": "Aa / " + "A " * (N // 2) + "!",
    "agency capitals": "A A A A " * (N // 8) + "/ B",
    # date picker rows, share and comment lines, captions
    "weekday row": "Mo " * (N // 3),
    "day row": "1 " * (N // 2),
    "share line": "Share on X" + " y" * (N // 2),
    "photo credit": "Photo: " + "x " * (N // 2),
    "caption label": "Media caption " + "a " * (N // 2),
    "agency credit": "(" * N + "/ Reuters",
    "photographer agency": "A" + "/" * N + "AP",
    # hinted page rules, bylines, names and dates
    "cookie notice": "We use cookies " * (N // 15),
    "javascript notice": "javascript enabled " * (N // 19),
    "comment prompt": "post comment " * (N // 13),
    "rights reserved": "all rights reserved " * (N // 20),
    "byline": "By " + "Ab " * (N // 3),
    "byline initials": "By " + "A. " * (N // 3),
    "names": "Kate Connolly " * (N // 14),
    "dates": "Jan 1, 2014 " * (N // 12),
    "clock times": "12:00 " * (N // 6),
    # general reader's comments marker: a number before "comments"
    "digits before comments": "1" * N + "x comments",
    "urls": "https://" + "a." * (N // 2),
    "copyright": "©" + " ©" * (N // 2),
    "separators": " | ".join(["Home"] * (N // 7)),
    "no spaces": "a" * N,
    "cjk": "港口" * (N // 2),
}


def _placements(line: str) -> dict[str, str]:
    """Where each layout's patterns look at a line."""
    return {
        "archive metadata": archive(header=line),
        "archive title": archive(title=line),
        "archive caption": archive(body=(line, *BODY)),
        "archive body": archive(body=(BODY[0], line, BODY[1])),
        "archive signature": archive(body=(BODY[0], "Ships wait in the bay.", line, BODY[1])),
        "archive trailer": archive() + line + "\n",
        "general top": line + "\n\n" + general(),
        "general title": general(title=line),
        "general body": general(body=(BODY[0], line, BODY[1])),
        "general end": general() + line + "\n",
    }


_CHILD = textwrap.dedent(
    """
    import json, sys, time
    import newsclip
    for name, text in json.load(sys.stdin):
        print("start", name, flush=True)
        start = time.process_time()
        try:
            newsclip.parse(text)
            outcome = "record"
        except newsclip.NewsclipError as exc:
            outcome = type(exc).__name__
        print("took", json.dumps([name, time.process_time() - start, outcome]), flush=True)
    """
)


def _run_child(
    cases: list[tuple[str, object]], timeout: float, script: str = _CHILD
) -> list[tuple[str, float, str]]:
    """Run ``script`` on ``cases`` in a child process: a backtracking regex cannot be
    interrupted, but its process can.  The script prints "start NAME" before each case
    and "took [name, CPU seconds, outcome]" after it."""
    proc = subprocess.Popen(
        [sys.executable, "-c", script], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
        stderr=subprocess.PIPE, text=True, encoding="utf-8",
    )
    try:
        out, err = proc.communicate(json.dumps(cases), timeout=timeout)
    except subprocess.TimeoutExpired:
        proc.kill()
        out, err = proc.communicate()
        started = [ln[6:] for ln in out.splitlines() if ln.startswith("start ")]
        pytest.fail(f"still running after {timeout} s, on {started[-1] if started else '?'}")
    assert proc.returncode == 0, err
    return [tuple(json.loads(ln[5:])) for ln in out.splitlines() if ln.startswith("took ")]


def test_adversarial_lines_take_no_time() -> None:
    """Every adversarial line, in every place, parses (or is declined) within BUDGET."""
    cases = [
        (f"{name} @ {where}", text)
        for name, line in ADVERSARIAL.items()
        for where, text in _placements(line).items()
    ]
    timings = _run_child(cases, timeout=HANG)
    assert len(timings) == len(cases)
    slow = [(name, round(seconds, 2)) for name, seconds, _outcome in timings if seconds > BUDGET]
    assert not slow
    # whatever the line, the surrounding article is still found
    assert all(outcome == "record" for _name, _seconds, outcome in timings)



@pytest.mark.parametrize("input_format", ["text", "html"])
def test_every_bad_input_read_as_either_kind(input_format: str) -> None:
    """Forced to the other reader (--input-format), each input still gives a record or one error."""
    for name, data, _expected in CASES:
        for call in (newsclip.parse, newsclip.explain):
            start = time.process_time()
            try:
                result = call(data, path=name, input_format=input_format)
            except newsclip.NewsclipError as exc:
                assert "\n" not in str(exc), name
                continue
            if isinstance(result, newsclip.Record):
                assert_valid(result.to_dict())
            assert time.process_time() - start < BUDGET, name


def test_read_file_declines_a_fifo_and_a_folder_without_waiting(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    with pytest.raises(newsclip.NotRegularError, match="FIFO"):
        newsclip.read_file(fifo)
    with pytest.raises(newsclip.NotRegularError, match="is a folder"):
        newsclip.parse_file(tmp_path)
    with pytest.raises(newsclip.UnreadableError, match="no such file"):
        newsclip.parse_file(tmp_path / "missing.txt")


@pytest.mark.parametrize("text", ["CAFÉ… et RÉSUMÉ—", "Ça—va", "Straße»", "NAÏVE™"])
def test_accents_beside_punctuation_are_not_taken_for_text_encoded_twice(text: str) -> None:
    # they look like the mark of text encoded twice ('Ã©', 'â€™'), but are text
    record = newsclip.parse(archive(text, ACCENTED).encode())
    assert record.title == text
    assert REPAIRED_TWICE_ENCODED not in record.warnings


# --- text encoded twice: ftfy's answer, its search narrowed ------------------------------

_ASCII_GAP = "The harbour reopened on Monday after a week of storms, said the port. " * 3
MOJIBAKE = [
    "donâ€™t stop",
    "CafÃ© au lait",
    "Ã©",
    "voilÃ\xa0 le travail",
    f"donâ€™t{_ASCII_GAP}stop â€” here",
    f"{_ASCII_GAP}SÃO PAULO{_ASCII_GAP}",
    f"CafÃ© {_ASCII_GAP} naïve résumé {_ASCII_GAP} â€œquotedâ€\x9d",
    "Ã©" + "x" * 13 + "Ã" + " " + "y" * 20 + "Ã",
    "Ð¡Ð¾Ð±Ñ\x8bÑ‚Ð¸Ñ\x8f Ð¸ Ð½Ð¾Ð²Ð¾Ñ\x81Ñ‚Ð¸",
    "Ã© and ГўВЂВњa quote",
    # the mark ("Ã’"), no mojibake by itself: the page's is where ASCII leads ("a Ã ")
    "Ã’ fa Ã la",
    f"Ã’{_ASCII_GAP}voilaÃ le",
    f"Ã’{_ASCII_GAP}nothing else",
]


@pytest.mark.parametrize("text", MOJIBAKE)
def test_text_encoded_twice_is_repaired_as_ftfy_repairs_it(text: str) -> None:
    import ftfy

    assert newsclip.decode.decode(text.encode("utf-8"))[0] == ftfy.fix_encoding(text)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from("ab Z.,!?\n\xa0ÃÂâ€™œ©¡é°ÐÑ¸\x8d\x9dΒΓ×²√±ГўВЂ"),
               max_size=60))
def test_any_text_encoded_twice_is_repaired_as_ftfy_repairs_it(rest: str) -> None:
    import ftfy

    text = "Ã’" + rest  # (the mark, no mojibake by itself: only a page that shows it is repaired)
    assert newsclip.decode.decode(text.encode("utf-8"))[0] == ftfy.fix_encoding(text)


def test_ftfy_patterns_of_mojibake_each_hold_a_character_past_ascii_within_reach() -> None:
    # the premise of the narrowed search: a match of ftfy's patterns stands near a
    # character past ASCII (an ASCII-only pattern, or a longer one, would need a wider one)
    import re._parser as parser

    from ftfy.badness import BADNESS_RE
    from newsclip.decode import MOJIBAKE_REACH

    def past_ascii(op, av) -> bool:
        if op == parser.LITERAL:
            return av >= 128
        return op == parser.IN and all(
            (o == parser.LITERAL and a >= 128) or (o == parser.RANGE and a[0] >= 128)
            for o, a in av
        )

    (op, (_, branches)), = parser.parse(BADNESS_RE.pattern, BADNESS_RE.flags).data
    assert op == parser.BRANCH
    for branch in branches:
        assert any(past_ascii(o, a) for o, a in branch.data), branch
        assert branch.getwidth()[1] <= MOJIBAKE_REACH, branch
        assert {o for o, _ in branch.data} <= {
            parser.LITERAL, parser.IN, parser.ANY, parser.MAX_REPEAT, parser.AT
        }, branch
        # ("^": the page's start, which a search from a later place does not take for it)
        assert all(a == parser.AT_BEGINNING for o, a in branch.data if o == parser.AT), branch
