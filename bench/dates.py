"""Dates and languages: newsclip against the field's libraries, on the corpora and on a table.

usage: python bench/dates.py CORPUS_DIR [CORPUS_DIR ...] [-j N] [--no-peer]

For every corpus document whose truth has a ``published`` date, and for both
inputs (the saved HTML page, the text dump), it compares the calendar day
(``YYYY-MM-DD``, as bench/accuracy.py scores dates) that each tool gives:

HTML
  newsclip      the record newsclip makes of the page
  htmldate      ``htmldate.find_date`` alone on the page, with the options newsclip
                pinned (``HTMLDATE_OPTIONS``: no "today" in them, so a page gives the
                same date on any day; newsclip searched with these until its own
                search, html/date_search.py, replaced it)
  trafilatura   trafilatura's ``date`` (cached by bench/accuracy.py --peer)
text dumps
  newsclip      the record newsclip makes of the dump
  np / dp       the date line newsclip chose (``published_raw``) read again by
                newsclip's ``parse_date`` (alone: day first unless a 12-hour clock)
                and by ``dateparser.parse``: the same finder with two parsers
  nf / df       a finder alone: the first short line of the dump (at most 20 words,
                with a four-digit number) in which newsclip's ``datelines.find``, or
                ``dateparser.search.search_dates``, reads a whole date
  trafilatura   trafilatura given the dump wrapped line by line in <p> (cached)

Each figure is printed for the tune and the validation split
(``scoring.split_of``) and by language (the truth's ``lang``, else py3langid
on the truth's body).  Then the table of date strings in seven languages
(tests/date_cases.py) read by newsclip and by dateparser (the whole ISO value
must match, zone included), with the time each takes, and py3langid's speed
and accuracy for the ``language`` field (against the truth's ``lang``).
Timings are ratios within one run on this machine, not absolute promises.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import re
import resource
import statistics
import subprocess
import sys
import time
from collections import Counter, defaultdict
from concurrent.futures import ProcessPoolExecutor
from datetime import datetime
from pathlib import Path

import newsclip
from newsclip.decode import decode

sys.path.insert(0, str(Path(__file__).resolve().parent))
import accuracy  # the corpus reader, the language of a document, the peer cache
from scoring import split_of

ROOT = Path(__file__).resolve().parents[1]
#: dateparser as a parser of one date string: absolute dates only (a relative date,
#: "2 days ago", needs an anchor a page does not give), day, month and year required
DATEPARSER_SETTINGS = {
    "PARSERS": ["custom-formats", "absolute-time"],
    "REQUIRE_PARTS": ["day", "month", "year"],
    "RELATIVE_BASE": datetime(2000, 1, 1),
}
#: a finder looks at lines of at most this many words, holding a four-digit number
LINE_WORDS = 20
_YEAR = re.compile(r"(?<!\d)\d{4}(?!\d)")


#: htmldate's options: the latest date it accepts is a constant, not today (its
#: default), and it looks for the original (published) date, not the last change
HTMLDATE_OPTIONS = {"original_date": True, "extensive_search": True,
                    "min_date": "1995-01-01", "max_date": "2099-12-31"}


def _day(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime) or hasattr(value, "isoformat"):
        return value.isoformat()[:10]  # type: ignore[union-attr]
    return str(value)[:10]


_STATE: dict = {}


def _init(corpus: Path) -> None:
    _STATE["corpus"] = corpus


def _html(doc_id: str) -> tuple[str, dict]:
    from htmldate import find_date

    data = accuracy._read(_STATE["corpus"], doc_id, "html")
    out: dict = {"newsclip": "", "htmldate": "", "t_newsclip": 0.0, "t_htmldate": 0.0,
                 "failed": None}
    if data is None:
        return doc_id, out
    started = time.perf_counter()
    try:
        out["newsclip"] = _day(newsclip.parse(data, input_format="html").to_dict()["published"])
    except newsclip.NewsclipError as exc:
        out["failed"] = type(exc).__name__
    out["t_newsclip"] = time.perf_counter() - started
    started = time.perf_counter()
    out["htmldate"] = _day(find_date(data, **HTMLDATE_OPTIONS))
    out["t_htmldate"] = time.perf_counter() - started
    return doc_id, out


def _dp(text: str | None) -> tuple[str, float]:
    import dateparser

    if not text:
        return "", 0.0
    started = time.perf_counter()
    value = dateparser.parse(text, settings=DATEPARSER_SETTINGS)
    return _day(value), time.perf_counter() - started


def _txt(doc_id: str) -> tuple[str, dict]:
    from dateparser.search import search_dates

    from newsclip.dates import guess_order, parse_date
    from newsclip.text import datelines

    data = accuracy._read(_STATE["corpus"], doc_id, "txt")
    out: dict = dict.fromkeys(("newsclip", "np", "dp", "nf", "df"), "")
    out.update(t_np=0.0, t_dp=0.0, t_nf=0.0, t_df=0.0)
    if data is None:
        return doc_id, out
    raw = None
    try:
        record = newsclip.parse(data, input_format="text").to_dict()
        out["newsclip"], raw = _day(record["published"]), record["published_raw"]
    except newsclip.NewsclipError:
        pass
    if raw:
        started = time.perf_counter()
        # (in the order newsclip reads it alone: its 12-hour clock, else day first)
        out["np"] = _day(parse_date(raw, order=guess_order(raw, "", None)[0]))
        out["t_np"] = time.perf_counter() - started
        out["dp"], out["t_dp"] = _dp(raw)
    try:
        text = decode(data)[0]
    except newsclip.NewsclipError:
        return doc_id, out
    lines = [ln.strip() for ln in text.splitlines()
             if len(ln.split()) <= LINE_WORDS and _YEAR.search(ln)]
    started = time.perf_counter()
    for line in lines:
        found = datelines.find(line)
        if found is not None and found.value is not None:
            out["nf"] = _day(found.value)
            break
    out["t_nf"] = time.perf_counter() - started
    started = time.perf_counter()
    for line in lines:
        try:
            found = search_dates(line, settings=DATEPARSER_SETTINGS)
        except Exception:  # noqa: BLE001 - the other library's failure is no date
            found = None
        if found:
            out["df"] = _day(found[0][1])
            break
    out["t_df"] = time.perf_counter() - started
    return doc_id, out


def _peer_days(corpus: Path, kind: str, truth: dict, jobs: int) -> dict[str, bool]:
    """Whether trafilatura's date matched, per document (bench/accuracy.py's cache)."""
    try:
        docs = accuracy._peer(corpus, kind, truth, jobs)
    except ImportError:
        return {}
    return {d.doc_id: bool(d.date) for d in docs}


def _rows(results: dict[str, dict], truth: dict, columns: list[str],
          peer: dict[str, bool]) -> list[str]:
    groups: dict[str, list[str]] = defaultdict(list)
    for doc_id in results:
        part = split_of(doc_id)
        groups[part].append(doc_id)
        groups[f"{part}/{accuracy._lang(truth[doc_id])}"].append(doc_id)
    names = columns + (["trafilatura"] if peer else [])
    out = [f"  {'group':<16} {'docs':>5} " + " ".join(f"{n:>11}" for n in names)]
    for group in sorted(groups, key=lambda g: ('/' in g, g)):
        ids = groups[group]
        cells = []
        for name in columns:
            ok = sum(results[d][name] == truth[d]["published"][:10] for d in ids)
            cells.append(f"{ok / len(ids):.3f}")
        if peer:
            cells.append(f"{sum(peer.get(d, False) for d in ids) / len(ids):.3f}")
        out.append(f"  {group:<16} {len(ids):>5} " + " ".join(f"{c:>11}" for c in cells))
    return out


def _ms(results: dict[str, dict], key: str) -> str:
    values = [r[key] for r in results.values() if r[key]]
    if not values:
        return "-"
    return f"{statistics.mean(values) * 1000:.2f} ms (median {statistics.median(values) * 1000:.2f})"


def corpus_report(corpus: Path, jobs: int, peer: bool) -> None:
    truth = json.loads((corpus / "truth.json").read_text(encoding="utf-8"))
    dated = {d: t for d, t in truth.items() if t.get("published")}
    if not dated:
        print(f"== {corpus.name}: no dates in the truth")
        return
    for kind, work, columns in (("html", _html, ["newsclip", "htmldate"]),
                                ("txt", _txt, ["newsclip", "np", "dp", "nf", "df"])):
        with ProcessPoolExecutor(jobs, initializer=_init, initargs=(corpus,)) as pool:
            results = dict(pool.map(work, list(dated), chunksize=4))
        peer_days = _peer_days(corpus, kind, dated, jobs) if peer else {}
        print(f"== {corpus.name} {kind}: date exact (YYYY-MM-DD), {len(dated)} dated documents")
        for line in _rows(results, dated, columns, peer_days):
            print(line)
        failed = {d for d, r in results.items() if r.get("failed")}
        if failed:
            kinds = ", ".join(f"{n} {k}" for k, n in sorted(
                Counter(results[d]["failed"] for d in failed).items()))
            print(f"  newsclip made no record of {len(failed)} dated pages ({kinds});"
                  " on the others:")
            rest = {d: r for d, r in results.items() if d not in failed}
            for line in _rows(rest, dated, columns, peer_days)[1:3]:
                print(line)
        for key in sorted(k for k in next(iter(results.values())) if k.startswith("t_")):
            print(f"  time {key[2:]:<9} {_ms(results, key)} per document")


def _load_cases() -> list[tuple[str, str | None, str | None, str]]:
    spec = importlib.util.spec_from_file_location("date_cases", ROOT / "tests" / "date_cases.py")
    if spec is None or spec.loader is None:
        return []
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return list(module.LANGUAGE_CASES)


def table_report() -> None:
    import dateparser

    from newsclip.dates import parse_date, to_iso

    cases = _load_cases()
    if not cases:
        print("== date strings: tests/date_cases.py not found")
        return
    by_lang: dict[str, list[tuple[bool, bool]]] = defaultdict(list)
    t_ours = t_theirs = 0.0
    dateparser.parse("1 January 2000", settings=DATEPARSER_SETTINGS)  # load its data first
    for raw, order, expected, lang in cases:
        started = time.perf_counter()
        ours = to_iso(parse_date(raw, order=order))
        t_ours += time.perf_counter() - started
        settings = dict(DATEPARSER_SETTINGS)
        if order:
            settings["DATE_ORDER"] = order.upper()
        started = time.perf_counter()
        try:
            value = dateparser.parse(raw, settings=settings)
        except Exception:  # noqa: BLE001
            value = None
        t_theirs += time.perf_counter() - started
        theirs = value.isoformat() if value is not None else None
        if theirs and expected and len(expected) == 10 and theirs.endswith("T00:00:00"):
            theirs = theirs[:10]  # dateparser gives midnight for a bare date
        by_lang[lang].append((ours == expected, theirs == expected))
    print(f"== date strings (tests/date_cases.py): the whole value exact, {len(cases)} strings")
    print(f"  {'language':<10} {'strings':>7} {'newsclip':>9} {'dateparser':>11}")
    for lang in sorted(by_lang):
        rows = by_lang[lang]
        print(f"  {lang:<10} {len(rows):>7} {sum(a for a, _ in rows) / len(rows):>9.3f}"
              f" {sum(b for _, b in rows) / len(rows):>11.3f}")
    print(f"  time per string: newsclip {t_ours / len(cases) * 1e3:.3f} ms,"
          f" dateparser {t_theirs / len(cases) * 1e3:.3f} ms"
          f" ({t_theirs / max(t_ours, 1e-9):.0f} times newsclip's)")


def language_report(corpus: Path) -> None:
    from newsclip.language import detect

    truth = json.loads((corpus / "truth.json").read_text(encoding="utf-8"))
    with_lang = {d: t for d, t in truth.items() if t.get("lang")}
    if not with_lang:
        return
    load = _model_load_ms()
    declared = checked = 0
    spent = 0.0
    for doc_id, t in with_lang.items():
        want = t["lang"][:2].lower()
        data = accuracy._read(corpus, doc_id, "html") or b""
        try:
            declared += newsclip.parse(data, input_format="html").language == want
            record = newsclip.parse(data, input_format="html", detect_language=True)
        except newsclip.NewsclipError:
            continue
        checked += record.language == want
        started = time.perf_counter()
        detect(record.text)
        spent += time.perf_counter() - started
    n = len(with_lang)
    print(f"== language ({corpus.name}, {n} pages whose truth has `lang`), `language` right:")
    print(f"  the page's declaration alone {declared / n:.3f};"
          f" checked by py3langid (--detect-language) {checked / n:.3f}")
    print(f"  py3langid: import and model load {load:.0f} ms of CPU once per process"
          f" (a fresh process, less an empty one), then {spent / n * 1000:.2f} ms per page")


def _model_load_ms() -> float:
    """CPU time a fresh process spends importing py3langid and loading its model."""
    def cpu(code: str) -> float:
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        subprocess.run([sys.executable, "-c", code], check=True)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        return (after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime) * 1000

    runs = [cpu("import py3langid; py3langid.classify('warm up')") - cpu("pass")
            for _ in range(3)]
    return statistics.median(runs)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("corpora", type=Path, nargs="+")
    ap.add_argument("-j", "--jobs", type=int, default=1)
    ap.add_argument("--no-peer", action="store_true", help="leave trafilatura out")
    args = ap.parse_args(argv)
    for corpus in args.corpora:
        corpus_report(corpus, args.jobs, not args.no_peer)
    table_report()
    for corpus in args.corpora:
        language_report(corpus)
    return 0


if __name__ == "__main__":
    sys.exit(main())
