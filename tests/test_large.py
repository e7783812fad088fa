"""Very large inputs: declined with one line, or read in bounded work and memory.

Each case runs in a child process under an address-space limit (so running
out of memory fails the test instead of the machine), and reports its CPU
time, wall time and peak memory.  Only the CPU time is checked, against
loose bounds: a busy machine stretches wall-clock time, not the work done.
Marked ``large``: ``python -m pytest -m "not large"`` skips them; the plain
``python -m pytest`` of .ci/run runs them.

Measured figures are in the README's "Limits and errors" section;
``python -m pytest tests/test_large.py -s`` prints them.
"""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from newsclip.decode import MAX_INPUT_BYTES, MAX_TEXT_CHARS, MAX_TEXT_LINES
from newsclip.html.tree import MAX_ATTRIBUTES, MAX_PAGE_TEXT

pytestmark = pytest.mark.large

#: the child may map this much; a reader that needs more fails with MemoryError
ADDRESS_SPACE = 3 * 2**30
#: seconds a child may run: only a hang comes near it, however busy the machine
HANG = 300

_CHILD = textwrap.dedent(
    """
    import json, resource, sys, time
    resource.setrlimit(resource.RLIMIT_AS, ({limit}, {limit}))
    {peak}
    import newsclip
    {setup}
    start, wall = time.process_time(), time.perf_counter()
    try:
        record = {call}
        outcome = ["record", len(record.paragraphs), len(record.removed), list(record.warnings)]
    except newsclip.NewsclipError as exc:
        outcome = [type(exc).__name__, str(exc)]
    cpu, wall = time.process_time() - start, time.perf_counter() - wall
    peak = peak_mib()
    print(json.dumps({{"cpu": cpu, "wall": wall, "peak_mib": peak, "outcome": outcome}}))
    """
)

# The process's own peak resident memory.  Not ru_maxrss: Linux carries that
# over from the parent at fork, so a child of a big pytest would look big.
_PEAK = textwrap.dedent(
    """
    def peak_mib():
        with open("/proc/self/status") as fh:
            return next(int(ln.split()[1]) for ln in fh if ln.startswith("VmHWM:")) / 1024
    """
)

PARA = (
    "Work at the container terminal stopped again on Monday, as dockers walked out for a "
    "second week over pay and the length of their shifts. "
)
ARCHIVE_TOP = "Harbour cranes fall silent\\n\\n2-6-2016 < Harbour Gazette 40 words\\n\\n"


def measure(setup: str, call: str = "newsclip.parse(data)") -> dict:
    code = _CHILD.format(limit=ADDRESS_SPACE, setup=setup, call=call, peak=_PEAK)
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=HANG)
    assert proc.returncode == 0, proc.stderr[-2000:]
    result = json.loads(proc.stdout)
    print(f"\n{setup[:70]!r}: {result['cpu']:.2f} s CPU, {result['wall']:.2f} s wall, "
          f"peak {result['peak_mib']:.0f} MiB, {result['outcome'][:2]}")
    return result


def test_100_mb_file_is_declined_unread(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as fh:  # sparse: 100 MB that take no disk and no time to write
        fh.truncate(100_000_000)
    result = measure(f"path = {str(path)!r}", "newsclip.parse_file(path)")
    assert result["outcome"] == ["TooLargeError", f"larger than {MAX_INPUT_BYTES // 2**20} MiB"]
    assert result["cpu"] < 1 and result["peak_mib"] < 100  # nothing was read


def test_200_mb_on_stdin_is_declined_without_holding_it() -> None:
    """The CLI reads at most the limit (plus one byte) from a pipe, not the whole pipe."""
    code = (
        f"import atexit, sys\n{_PEAK}\n"
        "atexit.register(lambda: sys.stderr.write(f'peak {peak_mib():.0f}\\n'))\n"
        "from newsclip.cli import cli\ncli()\n"
    )
    proc = subprocess.run(
        [sys.executable, "-c", code, "parse", "-"], input=b"a" * 200_000_000,
        capture_output=True, timeout=HANG,
    )
    message, peak = proc.stderr.decode().splitlines()
    print(f"\n200 MB on stdin: {peak} MiB")
    assert proc.returncode == 1 and proc.stdout == b""
    assert message == f"newsclip: <stdin>: larger than {MAX_INPUT_BYTES // 2**20} MiB"
    assert int(peak.split()[1]) < MAX_INPUT_BYTES // 2**20 + 100


def test_gzip_bomb_is_declined() -> None:
    result = measure(
        "import zlib; c = zlib.compressobj(1, zlib.DEFLATED, 31)\n"
        f"data = c.compress(bytes({MAX_INPUT_BYTES} + 2**20)) + c.flush()"
    )
    assert result["outcome"] == ["TooLargeError", f"decompresses to more than {MAX_INPUT_BYTES // 2**20} MiB"]
    assert result["peak_mib"] < 600


@pytest.mark.parametrize("layout", ["archive", "general"])
def test_5_mb_single_line(layout: str) -> None:
    top = ARCHIVE_TOP if layout == "archive" else "Harbour cranes fall silent\\n\\n"
    result = measure(f'data = ("{top}" + {PARA!r} * {5_000_000 // len(PARA)} + "\\n").encode()')
    assert result["outcome"][:2] == ["record", 1]
    assert result["cpu"] < 10 and result["peak_mib"] < 500


@pytest.mark.parametrize("layout", ["archive", "general"])
def test_200_000_blank_lines(layout: str) -> None:
    top = ARCHIVE_TOP if layout == "archive" else "Harbour cranes fall silent\\n\\n"
    result = measure(f'data = ("{top}" + {PARA!r} + "\\n" * 200_000 + {PARA!r} + "\\n").encode()')
    assert result["outcome"][:2] == ["record", 2]
    assert result["cpu"] < 5 and result["peak_mib"] < 300


def test_text_dump_over_the_character_limit() -> None:
    result = measure(f'data = ({PARA!r} + "\\n\\n") * {MAX_TEXT_CHARS // len(PARA) + 10}')
    assert result["outcome"][0] == "TooLargeError"
    assert f"newsclip reads at most {MAX_TEXT_CHARS:,}" in result["outcome"][1]
    assert result["cpu"] < 5


def test_text_dump_over_the_line_limit() -> None:
    result = measure(f'data = "Home\\nNews\\n" * {MAX_TEXT_LINES // 2 + 1}')
    assert result["outcome"][0] == "TooLargeError"
    assert f"newsclip reads at most {MAX_TEXT_LINES:,}" in result["outcome"][1]
    assert result["cpu"] < 5


#: lines that cost the text reader most, each repeated to just under the limits
HEAVY_LINES = {
    "menu words": "Home\nNews\nSport\nA b c.",
    "prose": PARA * 2,
    "tweet signatures": "— Ada Kerrigan (@ada_k) March 14, 2014",
    "bylines": "By Ada Kerrigan and Maxim Shemetov, Harbour Gazette Staff Writer",
}


@pytest.mark.parametrize("kind", list(HEAVY_LINES))
def test_the_largest_text_dumps_within_the_limits(kind: str) -> None:
    line = HEAVY_LINES[kind]
    per_line = line.count("\n") + 1
    times = min((MAX_TEXT_LINES - 10) // per_line, (MAX_TEXT_CHARS - 100) // (len(line) + 1))
    result = measure(f'data = "Harbour cranes fall silent\\n\\n" + ({line!r} + "\\n") * {times}')
    assert result["outcome"][0] == "record"
    assert result["cpu"] < 30 and result["peak_mib"] < 800


def test_50_mb_html_page() -> None:
    """Declined by its count of text, before any pass of the reader; never out of memory."""
    n = 50_000_000 // (len(PARA) + 8)
    result = measure(
        'data = ("<html><head><title>Cranes</title></head><body><article><h1>Cranes</h1>"'
        f' + "<p>{PARA}</p>\\n" * {n} + "</article></body></html>").encode()',
    )
    text = 7 + n * len(PARA)  # "Cranes" twice and the paragraphs (their line breaks are tails)
    assert result["outcome"][0] == "TooLargeError"
    assert result["outcome"][1].startswith("a page of ")
    assert result["outcome"][1].endswith(f" characters of text; newsclip reads at most {MAX_PAGE_TEXT:,}")
    assert int(result["outcome"][1].split()[3].replace(",", "")) >= text
    assert result["cpu"] < 30 and result["peak_mib"] < 2500


def test_tag_of_a_million_attributes() -> None:
    """One tag of a million attributes (19 MB): libxml2 would take hours on it (quadratic);
    the attributes past the cap are dropped first, in one linear pass, with a warning."""
    result = measure(
        'data = ("<html><head><title>Cranes</title></head><body><article><h1>Cranes</h1><p "'
        ' + " ".join(f"a{i}=\'{i}>\'" for i in range(1_000_000))'
        f' + ">x</p><p>{PARA}</p><p>{PARA}</p></article></body></html>").encode()',
    )
    assert result["outcome"][0] == "record"
    assert result["outcome"][3] == [f"attributes past the first {MAX_ATTRIBUTES} of a tag dropped (1 tag(s))"]
    assert result["cpu"] < 20 and result["peak_mib"] < 1500


def test_heavy_but_legitimate_page() -> None:
    """An article, then 300,000 small inline elements: read whole, by counts, not by time."""
    result = measure(
        'paras = "".join(f"<p>{i} ' + PARA + '</p>" for i in range(12))\n'
        'data = ("<html><head><title>Cranes</title></head><body><article><h1>Cranes</h1>"'
        ' + paras + "</article>" + "<span>x</span>" * 300_000 + "</body></html>").encode()',
    )
    assert result["outcome"][0] == "record" and result["outcome"][1] >= 12  # the 12 and maybe the x's
    assert result["cpu"] < 30 and result["peak_mib"] < 1500
