"""Shallow features of one line of a text dump, and its prose score.

A browser copy of a page keeps no tags, but the text itself still tells an
article's paragraphs from the page around them: paragraphs are long, full of
function words ("the", "of", "and"), end like sentences and stand between
blank lines (a ``<p>`` gets a blank line in ``innerText``); menus, link lists
and buttons are short, capitalised, without function words and packed line
after line.  ``score`` turns those features into one number per line, positive
for prose and negative for chrome, which the general reader sums over regions.
"""

from __future__ import annotations

import functools
import re

from .._lazy_patterns import lazy

__all__ = [
    "STOP_WORDS", "WORD", "PAR_COST", "MAX_LINE_GAIN", "NON_WORD", "words", "stop_ratio",
    "sentence_end", "separators", "prose_quality", "CODE_SCORE", "code_like", "score",
    "LABEL_WORDS", "LABEL_WORD_GAIN", "PROSE_QUALITY", "PROSE_STOP_RATIO", "LONG_LINE_CHARS",
    "CJK_CHARS", "CODE_CHAR_SET", "title_cased",
]

# Function words of the languages news dumps most often come in.  Their share
# of a line's words is the strongest single sign of running prose; a word
# list of one language would make every other language's articles look like
# menus.
STOP_WORDS = frozenset(
    """
    a about after against all also an and are as at be because been before but by can could
    did do does for from had has have he her his how i if in into is it its last more most
    my new no not now of on one only or other our out over said says she so some than that
    the their them then there these they this those to up was we were what when where which
    while who will with would you your
    au aux avec ce ces dans de des du elle en est et il ils la le les leur mais ne nous on ou
    par pas plus pour qu que qui sa se ses son sur un une
    al como con del el es las lo los más para pero por se su sus una y
    ao às da das do dos em foi mas na nas no nos os pela pelo um
    auf aus bei das dem den der des die ein eine einer es für ist mit nach nicht sich und von
    vor war wird zu zum zur
    che di gli il nel non per sono
    a je jsou na o po se si to v ve z za že
    а без бы был была были было в во все вы да для до его её если же за и из или их к как
    когда ли на над не но о об он она они от по под при с со так также то только у уже что
    чтобы это я
    أن أو إلى إن التي الذي الذين بعد بين ثم حتى على عن عند في قبل قد كان كانت كل لا لم لن ما
    مع من هذا هذه هو هي
    """.split()
)

WORD = re.compile(r"\w+")
# Chinese, Japanese and Korean write no spaces: two characters count as a word.
#: the scripts written without spaces (kana, CJK ideographs, hangul), as a character class
CJK_CHARS = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff"
#: the first character of those scripts: a text whose every character is below it holds none
_CJK_FIRST = "\u3040"


@functools.cache
def _cjk() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A character of those scripts, and a word as they count it.  Compiled when a text
    first holds a character past ``_CJK_FIRST``: their classes span tens of thousands of
    characters and take milliseconds to compile, which a dump in other scripts never pays."""
    return re.compile(f"[{CJK_CHARS}]"), re.compile(f"[{CJK_CHARS}]{{1,2}}|[^\\W{CJK_CHARS}]+")
# Separators of menus and breadcrumbs written on one line.
_SEPARATORS = re.compile(r"\s[|•·»›/]\s|\s>\s")

#: the score a line needs to pay for its place in the article: lines shorter
#: than this many prose words count against the region around them
PAR_COST = 7.0
#: the most one line may add, so a single huge line (a comment, a legal
#: notice) cannot pull far-away chrome into the article
MAX_LINE_GAIN = 60.0
#: a line of at most this many words is a label (a menu item, a button): it scores
#: this much a word, less the line's cost, whatever its words
LABEL_WORDS = 2
LABEL_WORD_GAIN = 0.5
#: a line of at least this prose quality (``prose_quality``) reads as a paragraph
PROSE_QUALITY = 0.5
#: past this many characters a line is split into words faster by ``str.translate``
#: and searched faster by a regex than walked by a set test (shorter lines: the reverse)
LONG_LINE_CHARS = 80


# The same words capitalised, so a line's tokens are looked up without lowering each.
_STOP_ANY_CASE = frozenset(
    {w for word in STOP_WORDS for w in (word, word.capitalize(), word.upper())}
)
_SENTENCE_CHARS = frozenset(".!?…:;。！？")
_CLOSERS = "\"'”’»)]」』"
_CAPITAL = re.compile(r"\b[A-Z\u00c0-\u00de]")
_CODE = re.compile(r"[{}();=<>\[\]]")
_BOX = re.compile("[\u2500-\u257f]")
_CODE_CHARS = "{}();=<>[]"
#: the marks of code: a line with none of them (and no box character, no closing
#: ";{}") is no code, whatever ``code_like`` would find
CODE_CHAR_SET = frozenset(_CODE_CHARS)
# Every ASCII character that is not a word character (``\w``) becomes a space:
# splitting the result gives the same words as ``\w+`` on an ASCII line, at
# less than half the cost on a long one (past about 80 characters; shorter
# lines are faster with the regex).
NON_WORD = str.maketrans(
    {chr(c): " " for c in range(128) if not (chr(c).isalnum() or chr(c) == "_")}
)


def words(text: str) -> list[str]:
    if text.isascii():
        return (
            text.translate(NON_WORD).split() if len(text) > LONG_LINE_CHARS
            else WORD.findall(text)
        )
    if max(text) < _CJK_FIRST or _cjk()[0].search(text) is None:
        return WORD.findall(text)
    return _cjk()[1].findall(text)


def stop_ratio(tokens: list[str]) -> float:
    if not tokens:
        return 0.0
    return sum(map(_STOP_ANY_CASE.__contains__, tokens)) / len(tokens)


def sentence_end(text: str) -> bool:
    """The line ends like a sentence: a full stop (or the like), maybe inside quotes or brackets."""
    if text[-1] in _SENTENCE_CHARS:
        return True
    bare = text.rstrip(_CLOSERS)
    return bare != text and bare != "" and bare[-1] in _SENTENCE_CHARS


def separators(text: str) -> int:
    # one substring test per character finds most lines without any at once
    if not (
        "|" in text or "/" in text or ">" in text or "•" in text or "·" in text
        or "»" in text or "›" in text
    ):
        return 0
    return len(_SEPARATORS.findall(text))


# How ``prose_quality`` weighs a line's features (it sums them, then keeps 0 … 1):
#: a line this share of whose words are function words reads as running prose …
PROSE_STOP_RATIO = 0.12
PROSE_STOP_GAIN = 0.5
#: … with this share, as some prose (a list of names or a menu has none)
SOME_STOP_RATIO = 0.05
SOME_STOP_GAIN = 0.25
#: a line in a script without spaces (Chinese, Japanese: no list of function words)
#: counts as prose by its length alone from this many words
CJK_PROSE_WORDS = 8
#: what ending like a sentence adds
SENTENCE_GAIN = 0.4
#: a line of at least this many words is a sentence's length: with a comma it adds
#: COMMA_GAIN (a long sentence cut by a hard wrap); shorter, starting in lower case, it
#: costs LOWER_START_COST (a fragment, a tag, a log-in link)
LONG_WORDS = 12
COMMA_GAIN = 0.2
LOWER_START_COST = 0.2
#: what each separator of a menu or a breadcrumb ("Home | News") costs
SEPARATOR_COST = 0.3
#: Title Case Everywhere (more than TITLE_CASE_SHARE of the words capitalised, in a line
#: of TITLE_CASE_WORDS): a headline, a menu, a list of names
TITLE_CASE_WORDS = (4, 25)
TITLE_CASE_SHARE = 0.7
TITLE_CASE_COST = 0.3
#: a line of at least this many words is a paragraph's length, worth a little more
PARAGRAPH_WORDS = 25
PARAGRAPH_GAIN = 0.1


def prose_quality(text: str, tokens: list[str]) -> float:
    """0 (menu-like) … 1 (running prose): how much a line reads like a paragraph."""
    n = len(tokens)
    if n == 0:
        return 0.0
    q = 0.0
    ratio = sum(map(_STOP_ANY_CASE.__contains__, tokens)) / n
    if ratio >= PROSE_STOP_RATIO:
        q += PROSE_STOP_GAIN
    elif n >= CJK_PROSE_WORDS and (mid := tokens[n // 2]) >= _CJK_FIRST and _cjk()[0].match(mid):
        q += PROSE_STOP_GAIN  # no function-word list for these scripts: length must do
    elif ratio >= SOME_STOP_RATIO:
        q += SOME_STOP_GAIN
    if text[-1] in _SENTENCE_CHARS or sentence_end(text):
        q += SENTENCE_GAIN
    elif n >= LONG_WORDS and "," in text:
        q += COMMA_GAIN
    if n < LONG_WORDS and text[0].islower():
        q -= LOWER_START_COST
    seps = separators(text)
    if seps:
        q -= SEPARATOR_COST * seps
    # (Title Case is not counted when the line already scores nothing: the result is 0
    # either way.)
    fewest, most = TITLE_CASE_WORDS
    if fewest <= n < most and q > 0 and len(_CAPITAL.findall(text)) > TITLE_CASE_SHARE * n:
        q -= TITLE_CASE_COST
    return max(0.0, min(1.0, q + (PARAGRAPH_GAIN if n >= PARAGRAPH_WORDS else 0.0)))


#: what a line of program code scores: a code listing belongs to the article
#: it stands in, but is no evidence of an article by itself
CODE_SCORE = -1.0
#: a line with at least this many marks of code ("{}();=<>[]") is code: ``f(x);``
CODE_MARKS = 3
#: what standing between blank lines (a ``<p>``) adds to a line that reads as prose
BLANK_AROUND_GAIN = 2.0


def code_like(text: str) -> bool:
    """A statement or brace of program code: ``x = f(y);``, ``}``, ``if (a) {``, or a row
    of a table drawn with box characters (a program's output: ``2 │ 0.75``)."""
    if not text.isascii() and _BOX.search(text) is not None:
        return True
    if text[-1] in ";{}":
        return len(text) < 3 or "(" in text or "=" in text or "{" in text or "}" in text
    if len(text) < LONG_LINE_CHARS:  # a set test walks it fast, and most hold no such mark
        return not CODE_CHAR_SET.isdisjoint(text) and len(_CODE.findall(text)) >= CODE_MARKS
    # (a scan per character: faster on long lines)
    return sum(map(text.count, _CODE_CHARS)) >= CODE_MARKS


def score(text: str, tokens: list[str], blank_around: bool) -> float:
    """A line's contribution to the article region: prose words minus the cost of a line."""
    n = len(tokens)
    if n <= LABEL_WORDS:  # a menu item, a button, a label: most lines of a page
        return CODE_SCORE if code_like(text) else n * LABEL_WORD_GAIN - PAR_COST
    q = prose_quality(text, tokens)
    # (code_like last: it scans the whole line, and a prose line never needs it)
    if (q < PROSE_QUALITY or text[-1] in ";{}") and code_like(text):
        return CODE_SCORE
    gain = min(n * q, MAX_LINE_GAIN)
    if blank_around and q >= PROSE_QUALITY:
        gain += BLANK_AROUND_GAIN
    return gain - PAR_COST


_WORD = lazy(r"[^\W\d_][\w'’.-]*")
#: a comma and a capital: a role set apart from the names ("Ada Kerrigan, Sr. Director")
_ROLE_COMMA = re.compile(r",\s+[A-Z]")


def title_cased(text: str) -> bool:
    """Every word of ``text`` after its first but the small ones (``STOP_WORDS``) begins
    with a capital or a digit, a comma sets a role apart, and no sentence ends it: names
    and a role, as a header writes them ("By: Ada Kerrigan, Sr. Director of Operations"),
    not a sentence ("By the time the storm came, …") nor a menu ("By Topic Harbour …")."""
    if text.rstrip()[-1] in ".?!" or _ROLE_COMMA.search(text) is None:
        return False
    return all(not w[0].islower() or w in STOP_WORDS for w in _WORD.findall(text)[1:])
