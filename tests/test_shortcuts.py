"""The general reader's shortcuts answer exactly as the full computation does.

Each shortcut skips work on lines that a cheap test shows cannot match (a
rule whose every match holds a digit is not tried on a line without one).
These tests check the premise of each on a table of lines and on generated
text: a cheap test never rejects a line the full pattern would match.
"""

from __future__ import annotations

import itertools
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsclip.dates import parse_date
from newsclip.text import author_lists, bylines, captions, datelines, features, prefilter, rules
from newsclip.text.general import blocks, chrome
from newsclip.text.general.lines import Info
from newsclip.text.general.tuning import ScoreTuning

LINES = [
    "By Ada Kerrigan",
    "by Ada Kerrigan 22 Dec 2016",
    "on March 10, 2015 by Ada Kerrigan",
    "Posted 3 May 2020 by Ada Kerrigan",
    "Ada Kerrigan - Apr 16, 2015 8:02 pm UTC",
    "Ada Kerrigan 1 day ago",
    "Ada Kerrigan • 8h",
    "Ada Kerrigan Today",
    "Ada Kerrigan Yesterday at noon",
    "Author: Ada Kerrigan",
    "Published Thursday 27 July",
    "Photograph: Ada Kerrigan for the Gazette",
    "Media caption The minister spoke to reporters",
    "The minister spoke to reporters on Monday (Reuters/Ada Kerrigan).",
    "(Photo: Ada Kerrigan)",
    "GETTY IMAGES",
    "Reuters",
    "Ada Kerrigan / AFP / Pool",
    "The harbour reopened on Monday after a week of storms.",
    "Home | News | Sport",
    "Share on Facebook",
    "",
    " ",
    "1",
    "Ferry fares rise Ferry fares rise",
    "Ferry fares rise Ferry fares rise Ferry fares rise",
    "abcdefgh abcdefgh",
    "Di Marco Rossi e Giulia Bianchi",
    "Di\u00a0Marco Rossi",
    "DI MARCO ROSSI",
    "Diario di bordo",
    "Writer: Ada Kerrigan",
    "Autorin | Ada Kerrigan",
    "March 10, 2015 BY ADA KERRIGAN",
    "Ein Kommentar von Ada Kerrigan",
    "Written By:Ada Kerrigan",
    "Reporting by Ada Kerrigan; Editing by Sam Reed",
    "WRITTEN BY\u00a0ADA KERRIGAN",
]

LINE_TEXT = st.text(
    alphabet=st.sampled_from(
        "aAbByBYTodayYesterdayJanMarchMonSat PhotoImageCredit:/()©.,-–|•0123456789"
        "ReutersAFPGettyImagesauthor\u00a0\tDWw"
    ),
    min_size=1, max_size=60,
)


def _names() -> list[str]:
    return ["Ada Kerrigan", "ADA KERRIGAN", "A. Kerrigan", "van der Berg"]


@pytest.mark.parametrize("text", LINES + [f"{n} {d}" for n in _names() for d in ("5 min", "Mar 3")])
def test_dated_byline_rules_need_a_digit(text: str) -> None:
    _dated_rules_hold_a_digit(text)


@settings(max_examples=500, deadline=None)
@given(LINE_TEXT)
def test_dated_byline_rules_need_a_digit_generated(text: str) -> None:
    _dated_rules_hold_a_digit(text)


def _dated_rules_hold_a_digit(text: str) -> None:
    for name, pattern in bylines.BYLINE_RULES:
        if name in bylines._DATED_RULES and pattern.match(text):
            assert bylines._DIGIT.search(text) or (
                name == "byline-name-date" and bylines._TODAY.search(text)
            ), (name, text)


@pytest.mark.parametrize("text", LINES + [f"{n} {d}" for n in _names() for d in ("5 min", "Mar 3")])
def test_bylines_and_captions_read_the_same_in_and_after_the_warm_up(text: str) -> None:
    """A line's first character rejects it only once the batch's first lines are read
    (``prefilter.CannotStart``): before and after, the answer is the same."""
    saved = bylines._NOT_FIRST, captions._CAPTION_TRIES
    try:
        answers = []
        for warm_up in (10**9, 0):
            bylines._NOT_FIRST = prefilter.CannotStart(
                [p.pattern for _n, p in bylines.BYLINE_RULES], warm_up=warm_up)
            captions._CAPTION_TRIES = tuple(
                (name, pattern, hint, prefilter.CannotStart([pattern.pattern], warm_up=warm_up))
                for name, pattern, hint in captions.CAPTION_RULES
            )
            answers.append((bylines.byline(text), captions.caption(text)))
        assert answers[0] == answers[1]
    finally:
        bylines._NOT_FIRST, captions._CAPTION_TRIES = saved


def _byline_full(text: str) -> tuple[str, str] | None:
    """``bylines.byline`` with every rule tried on every line: every line "holds a digit",
    and passes every rule's cheap test (``_NEEDS``)."""
    saved = bylines._DIGIT, bylines._ALL_RULES
    bylines._DIGIT = re.compile("")
    bylines._ALL_RULES = tuple((n, p, None) for n, p in bylines.BYLINE_RULES)
    try:
        return bylines.byline(text)
    finally:
        bylines._DIGIT, bylines._ALL_RULES = saved


def _needs_hold(text: str) -> None:
    for name, pattern in bylines.BYLINE_RULES:
        needs = bylines._NEEDS.get(name)
        if needs is not None and pattern.match(text):
            assert needs(text), (name, text)


@pytest.mark.parametrize("text", LINES + [f"{w} {n}" for n in _names()
                                          for w in ("Di", "DI", "by", "Author:", "Words |")])
def test_byline_rules_pass_their_cheap_test(text: str) -> None:
    """A byline rule with a cheap test (``bylines._NEEDS``: compiled when a line first
    passes it) matches no line that fails it."""
    _needs_hold(text)


@settings(max_examples=500, deadline=None)
@given(LINE_TEXT)
def test_byline_rules_pass_their_cheap_test_generated(text: str) -> None:
    _needs_hold(text)


@pytest.mark.parametrize("text", [t for t in LINES if t])
def test_byline_agrees_with_every_rule_tried(text: str) -> None:
    assert bylines.byline(text) == _byline_full(text)


@settings(max_examples=500, deadline=None)
@given(LINE_TEXT)
def test_byline_agrees_with_every_rule_tried_generated(text: str) -> None:
    assert bylines.byline(text) == _byline_full(text)


def _caption_full(text: str) -> str | None:
    """``bylines.caption`` without the first-character test."""
    if len(text) > 8 * bylines.MAX_CAPTION_WORDS:
        return None
    if len(text) > 2 * bylines.MAX_CAPTION_WORDS and len(text.split()) > bylines.MAX_CAPTION_WORDS:
        return None
    for name, pattern, hint in bylines.CAPTION_RULES:
        if hint.search(text) and pattern.fullmatch(text):
            return name
    return None


@pytest.mark.parametrize("text", [t for t in LINES if t])
def test_caption_agrees_with_every_rule_tried(text: str) -> None:
    assert bylines.caption(text) == _caption_full(text)


@settings(max_examples=500, deadline=None)
@given(LINE_TEXT)
def test_caption_agrees_with_every_rule_tried_generated(text: str) -> None:
    assert bylines.caption(text) == _caption_full(text)


@settings(max_examples=300, deadline=None)
@given(st.text(min_size=1, max_size=20), st.sampled_from([2, 3]))
def test_a_repeated_phrase_starts_again_later(phrase: str, times: int) -> None:
    text = " ".join([phrase] * times)
    if chrome.repeated_phrase(text):
        assert text.find(text[:8], 1) > 0


@pytest.mark.parametrize("text", LINES)
def test_no_repeated_phrase_without_its_start_again(text: str) -> None:
    if text and chrome.repeated_phrase(text):
        assert text.find(text[:8], 1) > 0


_CJK = re.compile(f"[{features.CJK_CHARS}]")
_CAPITAL = re.compile(r"\b[A-Z\u00c0-\u00de]")  # a word's capital, as ``prose_quality`` counts


def _prose_quality_full(text: str, tokens: list[str]) -> float:
    """``features.prose_quality`` as written before its shortcuts."""
    n = len(tokens)
    if n == 0:
        return 0.0
    q = 0.0
    ratio = features.stop_ratio(tokens)
    if ratio >= 0.12 or (n >= 8 and not text.isascii() and _CJK.match(tokens[n // 2])):
        q += 0.5
    elif ratio >= 0.05:
        q += 0.25
    if features.sentence_end(text):
        q += 0.4
    elif n >= 12 and "," in text:
        q += 0.2
    if n < 12 and text[0].islower():
        q -= 0.2
    seps = features.separators(text)
    if seps:
        q -= 0.3 * seps
    if 4 <= n < 25 and len(_CAPITAL.findall(text)) > 0.7 * n:
        q -= 0.3
    return max(0.0, min(1.0, q + (0.1 if n >= 25 else 0.0)))


def _score_full(text: str, tokens: list[str], blank_around: bool) -> float:
    n = len(tokens)
    if n <= 2:
        return features.CODE_SCORE if features.code_like(text) else n * 0.5 - features.PAR_COST
    q = _prose_quality_full(text, tokens)
    if features.code_like(text) and (text[-1] in ";{}" or q < 0.5):
        return features.CODE_SCORE
    gain = min(n * q, features.MAX_LINE_GAIN)
    if blank_around and q >= 0.5:
        gain += 2.0
    return gain - features.PAR_COST


SCORED = LINES[:-6] + [
    "Home | News | Sport | World | Business",
    "Most Read Stories From The Harbour Gazette Today",
    "x = f(y);",
    "if (a) {",
    "the minister said, as the harbour reopened, that the ferries would run again",
    "Ferry Fares Rise Again As Harbour Reopens After Storm",
    "Harbour Ferry Fares Rise Again As Storm Closes Bay Road",  # one function word in ten
    "Harbour Ferry Fares Rise Again As Storm Closes Bay Road.",
    "see more of the harbour at night",
]


@pytest.mark.parametrize(("text", "around"), list(itertools.product([t for t in SCORED if t], [False, True])))
def test_score_agrees_with_the_full_computation(text: str, around: bool) -> None:
    tokens = features.words(text)
    assert features.score(text, tokens, around) == _score_full(text, tokens, around)


@settings(max_examples=500, deadline=None)
@given(
    st.text(
        alphabet=st.sampled_from("abcTheOfAndHarbourFerry .,;:!?|/•»(){}=<>[]\"'”0123"),
        min_size=1, max_size=120,
    ).filter(str.strip).map(str.strip),
    st.booleans(),
)
def test_score_agrees_with_the_full_computation_generated(text: str, around: bool) -> None:
    tokens = features.words(text)
    assert features.score(text, tokens, around) == _score_full(text, tokens, around)


WEEKDAYS = ["Mon", "Monday", "Tues", "Wed", "Wednesday", "Thurs", "Thursday", "Sat", "Sunday"]
MONTHS = ["January", "Feb", "March", "May", "June", "Sep", "Sept", "September", "Dec"]


@pytest.mark.parametrize(
    "raw",
    [
        f"{w}{sep}{date}"
        for w, sep, date in itertools.product(
            WEEKDAYS[:3], [", "],
            [f"{m}{dot} {d}{comma} {y}" for m in MONTHS for dot in ("", ".") for d in (1, 29, 31)
             for comma in ("", ",") for y in (2007,)][:40]
            + ["29 February 2007", "29 Feb, 2008", "31 Sep 2019", "0 May 2020", "12 Dec. 1799",
               "12 Dec 2201", "January 99, 2008"],
        )
    ],
)
def test_a_weekday_before_a_date_changes_nothing(raw: str) -> None:
    assert datelines._WEEKDAY_DATE.fullmatch(raw), raw
    value = datelines.Dateline(raw, "date", True, raw).value
    full = parse_date(raw, dayfirst=True)  # dateutil reads it, weekday and all
    assert value == full and type(value) is type(full)


@settings(max_examples=200, deadline=None)
@given(
    st.sampled_from(WEEKDAYS), st.sampled_from([" ", ", ", ". "]), st.sampled_from(MONTHS),
    st.integers(0, 40), st.integers(1700, 2300), st.booleans(),
)
def test_a_weekday_before_a_date_changes_nothing_generated(
    weekday: str, sep: str, month: str, day: int, year: int, day_first: bool
) -> None:
    date = f"{day} {month} {year}" if day_first else f"{month} {day}, {year}"
    raw = f"{weekday}{sep}{date}"
    value = datelines.Dateline(raw, "date", True, raw).value
    full = parse_date(raw, dayfirst=True)
    assert value == full and type(value) is type(full)


@pytest.mark.parametrize(
    "raw",
    ["Thursday, January 17th, 2008", "Friday, January 18, 2008 04:52 PM PST",
     "Saturday December", "Someday, December 29, 2007"],
)
def test_other_weekday_lines_go_to_parse_date_whole(raw: str) -> None:
    assert datelines._WEEKDAY_DATE.fullmatch(raw) is None
    assert datelines.Dateline(raw, "date", True, raw).value == parse_date(raw, dayfirst=True)


def test_the_pattern_needs_the_whole_string() -> None:
    assert re.fullmatch(datelines._WEEKDAY_DATE, "Saturday, December 29, 2007")
    assert datelines._WEEKDAY_DATE.fullmatch("Saturday, December 29, 2007 10:00") is None


@pytest.mark.parametrize(
    "text", ["}", "{", ";", "x = f(y);", "a(b)c", "2 │ 0.75", "Home", "déjà vu", "a=b=c", "[1]"]
)
def test_code_like_needs_a_mark_of_code(text: str) -> None:
    _no_mark_no_code(text)


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=st.sampled_from("ab =;{}()[]<>│é,."), min_size=1, max_size=12))
def test_code_like_needs_a_mark_of_code_generated(text: str) -> None:
    _no_mark_no_code(text)


def _no_mark_no_code(text: str) -> None:
    # the test ``scoring.score_lines`` makes before calling ``code_like`` on a short line
    if text.isascii() and text[-1] not in ";{}" and features.CODE_CHAR_SET.isdisjoint(text):
        assert not features.code_like(text)


# The chrome rules' table by a line's first two characters (``prefilter.ByFirstTwo``).
@pytest.mark.parametrize(
    ("pattern", "pairs"),
    [
        ("abc", {"ab"}),
        ("(?i:ab)c", {"ab", "aB", "Ab", "AB"}),
        ("a?bc", {"ab", "bc"}),
        ("a*b", {"aa", "ab"}),
        ("a{2,3}", {"aa"}),
        ("(?:x|yz)w", {"xw", "yz"}),
        (r"\bx\s?y", {"x ", "x\t", "x\n", "x\r", "x\x0b", "x\x0c", "xy"}),
        ("a", set()),  # no match is two characters long
        ("(?i:s)k", {"sk", "Sk"}),  # the long s folds onto "s" and "S"
        (".a", None),
        (r"a\w", None),
        (r"a[^b]", None),
    ],
)
def test_first_pairs(pattern: str, pairs: set[str] | None) -> None:
    found = prefilter.first_pairs(pattern)
    assert found == (None if pairs is None else frozenset(pairs))


_TWO = prefilter.ByFirstTwo(chrome.PAGE_TABLE.named, warm_up=0)
_TOP = prefilter.ByFirstTwo(chrome.TOP_TABLE.named, warm_up=0)


def _same_as_full(text: str) -> None:
    for table in (_TWO, _TOP):
        m = table.full.fullmatch(text)
        pattern = table[text[:2]]
        n = pattern.fullmatch(text) if pattern is not None else None
        assert (m and m.lastgroup) == (n and n.lastgroup), text


@pytest.mark.parametrize(
    "text",
    [v for r in rules.RULES if r.zone in ("any", "page", "top") and not r.hint
     for v in (r.example, r.example.lower(), r.example.upper(), r.example.swapcase(),
               r.example[:1], " " + r.example, r.example + " »")]
    + ["The harbour reopened.", "ſkip to content", "\u212aomments", "Sign in", "© 2024", "2/50"],
)
def test_two_character_table_agrees_with_the_full_alternation(text: str) -> None:
    _same_as_full(text)


@settings(max_examples=1000, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [r.example for r in rules.RULES if r.zone in ("any", "page", "top")]
            + ["May", "2024", "Mon", "M", "T", "«", "Next", "Share", "Print", "Top", "More", "Comments", "12", "(3)", "/", "|", "»", "ſ",
               "\u212a", "ı", " ", "\t", "a", "Z", "0", "©", "(c)", ":", "-", "The"]
        ),
        min_size=1, max_size=4,
    ).map("".join).filter(lambda t: t.strip() == t and t),
    st.sampled_from(["keep", "lower", "upper", "swapcase"]),
)
def test_two_character_table_agrees_with_the_full_alternation_generated(
    text: str, case: str
) -> None:
    _same_as_full(text if case == "keep" else getattr(text, case)())


# what marks a line as code in a listing, and a figure in a chart
_CODE_MARKS = re.compile(r"[(){}\[\];=]|,$")
_FIGURE = re.compile(r"\d")
_TUNING = ScoreTuning()


def _code_blocks_full(infos: list[Info]) -> None:
    """``blocks.code_blocks`` as written before its shortcuts: every line looked at."""
    t = _TUNING
    n = len(infos)
    k = 0
    while k < n:
        j = k
        while j + 1 < n and infos[j + 1].i == infos[j].last + 1:
            j += 1
        if j - k + 1 >= t.code_block_min:
            block = infos[k : j + 1]
            marked = sum(
                1 for info in block
                if info.chrome is None and (info.text[-1] == "," or _CODE_MARKS.search(info.text))
            )
            if marked >= t.code_block_share * len(block):
                for info in block:
                    if info.chrome is None and info.score < features.CODE_SCORE:
                        info.score = features.CODE_SCORE
        k = j + 1
    k = 0
    while k < n:
        j = k
        while j < n and infos[j].chrome is None and len(infos[j].tokens) <= t.chart_words:
            j += 1
        run = infos[k:j]
        if len(run) >= t.chart_min and (
            sum(1 for info in run if _FIGURE.search(info.text))
            >= t.chart_share * len(run)
        ):
            for info in run:
                info.score = max(info.score, features.CODE_SCORE)
        k = j + 1


def _infos(rows: list[tuple[str, bool, bool]]) -> list[Info]:
    infos, i = [], 0
    for text, after_blank, is_chrome in rows:
        i += 2 if after_blank else 1
        infos.append(
            Info(i, text, features.words(text), -5.0, i, "share-line" if is_chrome else None)
        )
    return infos


CODE_ROWS = st.lists(
    st.tuples(
        st.sampled_from(["x = 1;", "f(a)", "SELECT", "FROM t", "a,", "Home", "News", "$915",
                         "’17", "billion", "12", "The harbour reopened on Monday."]),
        st.booleans(), st.booleans(),
    ),
    max_size=40,
)


@settings(max_examples=500, deadline=None)
@given(CODE_ROWS)
def test_code_blocks_agree_with_every_line_looked_at(rows: list[tuple[str, bool, bool]]) -> None:
    fast, full = _infos(rows), _infos(rows)
    blocks.code_blocks(fast, _TUNING)
    _code_blocks_full(full)
    assert [info.score for info in fast] == [info.score for info in full]


@pytest.mark.parametrize("size", range(1, 25))
@pytest.mark.parametrize("marked", [0, 1, 2, 3, 5, 8])
def test_code_blocks_share_at_its_edge(size: int, marked: int) -> None:
    # a block of ``size`` packed lines, the last ``marked`` of them marked like code
    rows = [("Home", False, False)] * max(0, size - marked) + [("x = 1;", False, False)] * marked
    fast, full = _infos(rows[:size]), _infos(rows[:size])
    blocks.code_blocks(fast, _TUNING)
    _code_blocks_full(full)
    assert [info.score for info in fast] == [info.score for info in full]


_CJK_WORD = re.compile(f"[{features.CJK_CHARS}]{{1,2}}|[^\\W{features.CJK_CHARS}]+")


def _words_full(text: str) -> list[str]:
    """``features.words`` as written before its patterns for unspaced scripts were compiled
    only when a text first holds one of their characters."""
    if text.isascii():
        return features.words(text)
    return _CJK_WORD.findall(text) if _CJK.search(text) else re.findall(r"\w+", text)


@pytest.mark.parametrize("text", [
    "東京都は十二日、新しい計画を発表した", "서울 시장은 오늘 새 계획을 발표했다",
    "ひらがなとカタカナ", "Tokyo 東京 2024年 news", "Café “Zürich” — ﬁne", "\u303f\u3040\u30ff",
    "emoji 😀 ok", "",
])
def test_words_in_unspaced_scripts_agree_with_the_full_patterns(text: str) -> None:
    assert features.words(text) == _words_full(text)


@settings(max_examples=300, deadline=None)
@given(st.text(min_size=1, max_size=40))
def test_words_agree_with_the_full_patterns_generated(text: str) -> None:
    assert features.words(text) == _words_full(text)


#: ``author_lists``' cheap test as first written: a letter, a mark, a separator
_AFFILIATION_HINT = re.compile(r"[^\W\d_][ \u00a0]?(?:\d|[*†‡§])[\d,*†‡§]*\s*[,;]")


def _affiliated_full(text: str) -> str | None:
    """``author_lists.affiliated`` with only the first cheap test before its patterns."""
    stripped = text.strip()
    if len(stripped) > 400 or _AFFILIATION_HINT.search(stripped) is None:
        return None
    found, at = [], 0
    while at < len(stripped):
        m = author_lists._ENTRY.match(stripped, at)
        if m is None or m.end() == at:
            return None
        found.append(" ".join(m["name"].split()))
        at = m.end()
    return ", ".join(found) if len(found) >= author_lists.MIN_AUTHORS else None


@pytest.mark.parametrize("text", [
    "Md Ana Lima 1, Sam Reed 2, Ben Ode 1,*", "Ana Lima1  ;  Sam Reed1  ;  Ben Ode2",
    "Ana Lima 1, Sam Reed 2", "Scores: Lima 1, Reed 2, Ode 3", "a1,b2,c3",
    "Ana Lima\u00a01†, Sam Reed 2‡, Ben Ode 3§",
    "In 2024, 3 of 5, the rest", "",
])
def test_author_lists_agree_with_their_first_cheap_test(text: str) -> None:
    assert author_lists.affiliated(text) == _affiliated_full(text)


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="Ab Cd1 2,;*†‡§\u00a0é", max_size=40))
def test_author_lists_agree_with_their_first_cheap_test_generated(text: str) -> None:
    assert author_lists.affiliated(text) == _affiliated_full(text)
