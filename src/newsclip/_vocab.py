"""The words both readers know, written once: month and weekday names, news
agencies and the credits that name them, writers' roles, name particles, the
words of a site's sections, the shapes of a version number, of a web address
and of a name written in capitals.

The text-dump reader (``text/``), the HTML reader (``html/``) and ``dates``
import them from here, so adding a language's month names or an agency is one
edit (``tests/test_vocab.py`` fails when a month name or an agency is spelt
out anywhere else in ``src/``).  Most entries are regex alternatives (strings,
to be put inside a reader's own pattern) or sets of lower-case words.  Where
two readers used slightly different lists before they shared this module, both
lists are here, side by side, so that no record changed; folding them into one
is a change of behaviour, to be measured.

Not here: the rules themselves (``text/rules.py``, ``html/rules.py``) and
thresholds (named where their stage lives).
"""

from __future__ import annotations

import re

__all__ = [
    "SOFT_HYPHEN",
    "MONTH_NAMES", "MONTH_ABBREVIATIONS", "MONTH_SHORT", "MONTH_WORDS", "MONTH_NAME_WORDS",
    "WEEKDAY_NAMES", "WEEKDAY_SHORT", "WEEKDAY_ABBREVIATIONS", "WEEKDAY_LETTERS",
    "WEEKDAY_WORDS", "WEEKDAY_NAME_WORDS", "FOREIGN_WEEKDAY_WORDS", "MONTH", "WEEKDAY", "FOREIGN_MONTHS", "MONTHS",
    "ZONE_WORDS", "STAMP_ZONE_WORDS", "WIRE_CREDIT", "PHOTO_AGENCY", "PHOTO_AGENCY_ALONE",
    "PHOTO_AGENCY_WORDS", "COMMON_PHOTO_CREDITS", "AGENCIES_IN_CAPITALS", "AGENCY_WORDS",
    "WIRE_TITLE", "WIRE_AGENCY_NAMES", "phrase", "WRITER_ROLES", "NOTE_ROLES", "BIO_VERBS",
    "BIO_HEADINGS", "CARD_LABEL_VERBS", "NOTE_TRADES",
    "BIO_FIRST_PERSON", "OTHER_ROLES", "DESK_WORDS", "BY_WORDS", "BY_WORDS_IN_CAPITALS",
    "BY_WORDS_WITH_GIVEN_NAME", "FIRM_SUFFIXES",
    "AUTHOR_LABELS", "TEXT_AUTHOR_LABELS", "PIECE_KINDS", "PIECE", "PIECE_AT_START",
    "ASKED_WORDS", "SIGNED_UNDER_WORDS", "ASKED_DAYS", "LEGAL_TERMS", "AGE_UNITS", "THREAD_START_LABELS", "UPDATE_WORDS",
    "PUBLISHED_WORDS", "CLOCK_JOINS", "DATE_JOIN_WORDS",
    "NAME_PARTICLES", "NAME_JOINS", "BYLINE_SMALL_WORDS", "NAME_IN_CAPITALS", "SECTION_WORDS",
    "URL_LABELS", "THREAD_LABELS", "STARTER_LABELS", "PRICE", "COUNTED_ITEMS", "RATED_ITEMS",
    "SORTING_WORDS", "MORE_LINK_LABELS", "THING_NOUNS", "THING_NOUN_ENDINGS", "FACET_WORDS",
    "is_version", "MONTHS_AS_NAMES",
    # (compiled on first use: see __getattr__)
    "CAPS_THEN_OUTLET", "WEB_ADDRESS", "VERSION_LINE",  # noqa: F822
]

# --- prices ---------------------------------------------------------------------

#: a price shown in a shop ("$36", "£1,149.00", "19,99 €", "40 USD")
PRICE = r"[$€£¥]\s?\d|\d(?:[.,]\d+)?\s?(?:€|(?:USD|EUR|GBP)\b)"
#: what a shop's page counts over its list ("22 Items", "(24 products)", "29 results"):
#: regex alternatives
COUNTED_ITEMS = ("items?", "products?", "results?", "styles?")
#: what a shop counts under a product's name ("4.4 stars out of 1935 reviews", "1,344
#: Reviews"): regex alternatives
RATED_ITEMS = ("reviews?", "ratings?", "customer reviews")
#: the words of the labels and buttons that sort or filter a shop's list ("Sort By",
#: "View as Grid List", "Filter & Sort")
SORTING_WORDS = frozenset("""
    sort sorted by filter filters refine view as grid list and & relevance relevancy
""".split())

# --- months and weekdays -------------------------------------------------------

#: English months, each with its short forms (shortest first)
_MONTHS: tuple[tuple[str, ...], ...] = (
    ("Jan", "January"), ("Feb", "February"), ("Mar", "March"), ("Apr", "April"), ("May",),
    ("Jun", "June"), ("Jul", "July"), ("Aug", "August"), ("Sep", "Sept", "September"),
    ("Oct", "October"), ("Nov", "November"), ("Dec", "December"),
)
#: English weekdays, each with its short forms (shortest first); the two-letter forms
#: are a date picker's column heads
_WEEKDAYS: tuple[tuple[str, ...], ...] = (
    ("Mo", "Mon", "Monday"), ("Tu", "Tue", "Tues", "Tuesday"), ("We", "Wed", "Wednesday"),
    ("Th", "Thu", "Thur", "Thurs", "Thursday"), ("Fr", "Fri", "Friday"),
    ("Sa", "Sat", "Saturday"), ("Su", "Sun", "Sunday"),
)

#: "January|February|…|December"
MONTH_NAMES = "|".join(m[-1] for m in _MONTHS)
#: "Jan|Feb|…|Sep|Sept|…|Dec": the short forms, "May" among them
MONTH_ABBREVIATIONS = "|".join(a for m in _MONTHS for a in (m[:-1] or m))
#: "Jan|Feb|…|Dec": the three-letter forms only
MONTH_SHORT = "|".join(m[0] for m in _MONTHS)
#: every English month word, lower case ("january", "jan", "sept", …)
MONTH_WORDS = frozenset(f.lower() for m in _MONTHS for f in m)
#: the full month names, lower case
MONTH_NAME_WORDS = frozenset(m[-1].lower() for m in _MONTHS)
#: months' names that are given names too ("By April Fulton")
MONTHS_AS_NAMES = frozenset({"april", "may", "june"})

#: "Monday|Tuesday|…|Sunday"
WEEKDAY_NAMES = "|".join(d[-1] for d in _WEEKDAYS)
#: "Mon|Tue|Wed|Thu|Fri|Sat|Sun"
WEEKDAY_SHORT = "|".join(d[1] for d in _WEEKDAYS)
#: "Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun": every short form of three letters or more
WEEKDAY_ABBREVIATIONS = "|".join(f for d in _WEEKDAYS for f in d[1:-1])
#: "Mo|Tu|We|Th|Fr|Sa|Su": a date picker's column heads
WEEKDAY_LETTERS = "|".join(d[0] for d in _WEEKDAYS)
#: every English weekday word of three letters or more, lower case
WEEKDAY_WORDS = frozenset(f.lower() for d in _WEEKDAYS for f in d[1:])
#: the full weekday names, lower case
WEEKDAY_NAME_WORDS = frozenset(d[-1].lower() for d in _WEEKDAYS)
#: the weekday names of the other languages news pages come in (German, French, Spanish,
#: Italian, Portuguese, Dutch), lower case: "Montag, 5. März 2024", "mardi 5 mars 2024"
FOREIGN_WEEKDAY_WORDS = frozenset(
    "montag dienstag mittwoch donnerstag freitag samstag sonnabend sonntag "
    "lundi mardi mercredi jeudi vendredi samedi dimanche "
    "lunes martes miércoles miercoles jueves viernes sábado sabado domingo "
    "lunedì martedì mercoledì giovedì venerdì sabato domenica "
    "segunda terça terca quarta quinta sexta feira "
    "maandag dinsdag woensdag donderdag vrijdag zaterdag zondag".split()
)


def _optional_tails(forms: tuple[str, ...]) -> str:
    """("Sep", "Sept", "September") -> "Sep(?:t(?:ember)?)?": each longer form as an
    optional tail of the one before."""
    head, *longer = forms
    if not longer:
        return head
    tail = _optional_tails(tuple(f[len(head):] for f in longer))
    return f"{head}{tail}?" if len(tail) == 1 else f"{head}(?:{tail})?"


#: a month written whole or short, perhaps with a dot: "Jan", "January", "Sept.", "June"
MONTH = "(?:" + "|".join(_optional_tails(m) for m in _MONTHS) + r")\.?"
#: a weekday written whole or short: "Mon", "Tues", "Wednesday", "Thurs"
WEEKDAY = (
    "(?:"
    + "|".join(_optional_tails(tuple(dict.fromkeys((*d[1:-1], d[-1][:-3])))) for d in _WEEKDAYS)
    + ")(?:day)?"
)

#: the month names and short forms of the other languages news pages come in (German,
#: French, Spanish, Italian, Portuguese, Dutch), lower case, by month number: "30 avril
#: 2015", "24. März 2019", "21 de enero de 2020", "21.dez.2018"; no form names two
#: months in any of the seven languages
FOREIGN_MONTHS: dict[str, int] = {
    name: number
    for number, names in enumerate(
        (
            "januar jänner jaenner jän janvier janv enero ene gennaio gen janeiro januari",
            "februar feber février fevrier févr fevr febrero febbraio fevereiro fev februari",
            "märz maerz mär mrz mars marzo março marco maart mrt",
            "avril avr abril abr aprile",
            "mai mayo maggio mag maio mei",
            "juni juin junio giugno giu junho",
            "juli juillet juil julio luglio lug julho",
            "août aout agosto ago augustus",
            "septembre septiembre setiembre set settembre setembro",
            "oktober okt octobre octubre ottobre ott outubro out",
            "novembre noviembre novembro",
            "dezember dez décembre decembre déc diciembre dic dicembre dezembro",
        ),
        1,
    )
    for name in names.split()
}
#: every month word of the seven languages, lower case, with its number: the English
#: forms and FOREIGN_MONTHS (``dates`` reads and finds dates by it)
MONTHS: dict[str, int] = {
    form.lower(): number for number, forms in enumerate(_MONTHS, 1) for form in forms
} | FOREIGN_MONTHS

#: time-zone abbreviations a date line carries ("12:01am GMT"), lower case
ZONE_WORDS = frozenset(
    "gmt utc bst cet cest est edt cst cdt mst mdt pst pdt et ct mt pt ist".split()
)
#: … and the few more the HTML body's stamp lines were seen with
STAMP_ZONE_WORDS = ZONE_WORDS | frozenset("eet aest aedt sast".split())

# --- news agencies and credits -------------------------------------------------

#: News agencies: how a credit line names each one (lower case, matched regardless of
#: case: "Associated Press", "(AFP)"), and how a picture's credit writes it ("Getty
#: Images", "EPA").  A general vocabulary of the wire and photo services, never a site's.
_AGENCIES: tuple[tuple[str | None, str | None], ...] = (
    ("associated press", None), ("ap", "AP"), ("reuters", "Reuters"), ("afp", "AFP"),
    ("agence france[- ]presse", None), ("aap", None), ("nzpa", None), ("ians", None),
    ("pti", None), ("press trust of india", None), ("united press international", None),
    ("upi", None), ("canadian press", None), ("dpa", "dpa"), ("xinhua", "Xinhua"),
    ("efe", None), ("ansa", None), ("bloomberg( news)?", "Bloomberg"),
    (None, r"Getty(?:\s+Images)?"), (None, "EPA"), (None, "PA"), (None, "Shutterstock"),
    (None, "Alamy"), (None, r"iStock(?:photo)?"), (None, "Corbis"), (None, "Rex Features"),
    (None, "ANP"),
)
#: credits that name no one agency: "Staff and agencies", "Wire reports", "PTI News Service"
_WIRE_DESKS = (
    "staff and agencies", "agencies", "wire (services|reports)", "bureau report",
    r"(\w+ )?news service", "news agencies",
)
#: who supplied a story, as a credit line names it (lower case; for a pattern read
#: regardless of case): an agency or a wire desk, perhaps after "the"
WIRE_CREDIT = (
    "(the )?(" + "|".join([*(w for w, _p in _AGENCIES if w), *_WIRE_DESKS]) + ")"
)
#: an agency as a picture's credit writes it: "AP", "Getty Images", "iStockphoto"
PHOTO_AGENCY = "(?:" + "|".join(p for _w, p in _AGENCIES if p) + ")"
#: … or alone, where a credit may also shorten "Rex Features" to "Rex"
PHOTO_AGENCY_ALONE = rf"{PHOTO_AGENCY}|Rex"
#: the first word of each photo agency, as a credit may write it alone or in capitals
PHOTO_AGENCY_WORDS = tuple(
    dict.fromkeys(
        w for _w, p in _AGENCIES if p for first in (p.split("(")[0].split()[0],)
        for w in (first, first.upper())
    )
)
#: the agencies a photo's credit most often names after "Photo:" (lower case)
COMMON_PHOTO_CREDITS = "getty|ap|reuters|afp"
#: the agencies that write in capitals under their pictures: "THE ASSOCIATED PRESS/Name"
AGENCIES_IN_CAPITALS = r"ASSOCIATED\s+PRESS|CANADIAN\s+PRESS"
#: words that make a byline an agency's rather than a person's ("Press", "Newswire"),
#: read regardless of case
AGENCY_WORDS = r"Press|News\s+Service|Newswires?|Wire\s+Services?|Agencies"
#: the agencies whose writers sign with the agency's name and their title after it
#: ("Ana Lima AP Sports Writer", "ANA LIMA Associated Press Writer"); the title may
#: be cut short
WIRE_TITLE = r"(?:AP|PA|Associated\s+Press)(?:\s+[A-Z][\w-]*){0,3}"
#: agencies spelt out in full, as a wire story's byline line names them
WIRE_AGENCY_NAMES = (
    "Press Trust of India", "Associated Press", "Canadian Press", "Press Association",
    "Agence France-Presse", "United Press International",
)


def phrase(name: str, space: str = r"\s+", hyphen: str = r"[\s-]") -> str:
    """A name as a pattern: "Agence France-Presse" -> r"Agence\\s+France[\\s-]Presse"."""
    return space.join(w.replace("-", hyphen) for w in name.split())


# --- writers, their roles and their names ----------------------------------------

#: what a byline calls its writer: "Staff Writer", "Ana Lima, correspondent"
WRITER_ROLES = ("writer", "reporter", "correspondent", "editor", "columnist", "contributor")
#: the roles a writer's note about themselves gives ("Ann Berg is a freelance travel
#: writer …", "Ann is an experienced journalist and author …"; not "contributor": a
#: firm is "a major contributor to" a town's finances)
NOTE_ROLES = (
    *(r for r in WRITER_ROLES if r != "contributor"), "journalist", "author", "blogger",
    "copywriter",
)
#: … and the trades a note about a guest writer gives ("Taya Iv is a portrait
#: photographer and …", "Ray Holt is the public sector CTO and …"): a note only at the
#: story's first or last paragraph, never on a card's line of its own
NOTE_TRADES = (
    "photographer", "director", "founder", "strategist", "consultant", "specialist",
    "marketer", "cto", "ceo",
)
#: other words of a writer's title or employer after the names ("Ana Lima, Bureau
#: Chief", "Ana Lima, Reuters") as the text reader's byline cleaner cuts them
OTHER_ROLES = (
    "staff", "press", "news", "service", "bureau", "reuters", "bloomberg", "afp", "ap",
    "journalist", "producer", "critic", "analyst", "engineer", "developer", "designer",
    "manager", "director", "founder", "president", "officer", "ceo", "cto",
)
#: the words that end a firm's name ("Harbour Cranes Ltd", "Harbour Platforms, Inc.")
FIRM_SUFFIXES = ("Ltd", "Limited", "Inc", "LLC", "GmbH", "Corp", "Co", "PLC", "Pty")
#: "by" before a byline's names in the corpora's languages (de, fr, es/pt, it, nl, sv)
BY_WORDS = ("by", "von", "par", "por", "di", "door", "av")
#: … those a line may write in capitals ("VON ANA LIMA"; not "DOOR" or "AV", which begin
#: a shop's headings in capitals: "DOOR HANDLES")
BY_WORDS_IN_CAPITALS = ("by", "von", "par", "por")
#: … those that are common words of English headings too ("Door Locks & Hardware", "AV
#: Receivers"): the names after them must begin with a given name ("Door Jan de Vries")
BY_WORDS_WITH_GIVEN_NAME = ("door", "av")
#: labels a byline writes before its names with a colon ("Autor: Ana Lima", "Texto: …")
AUTHOR_LABELS = (
    "author", "authors", "autor", "autorin", "autoren", "auteur", "autore", "autora", "text",
    "texto", "redaktion", "redactie", "redazione", "redacción", "reporter", "writer",
    "correspondent", "contributor",
)
#: … and those a text dump's credit line writes too ("Words: Ana Lima", over "Category:
#: …"; a saved page's byline field is not cleaned of it)
TEXT_AUTHOR_LABELS = (*AUTHOR_LABELS, "words")
#: the kind of piece a byline may name before "by" ("Ein Kommentar von Ana Lima", "An
#: analysis by …"), with its article
PIECE_KINDS = (
    "kommentar", "gastbeitrag", "gastkommentar", "analyse", "kolumne", "reportage",
    "rezension", "kritik", "interview", "essay", "bericht", "commentary", "analysis",
    "column", "review", "opinion", "chronique", "tribune",
)
#: … with its article ("An analysis by"), as a pattern in any case (a page's byline field)
_PIECE_ARTICLES = ("an", "a", "eine", "ein", "une", "una", "un")
PIECE = rf"(?i:(?:(?:{'|'.join(_PIECE_ARTICLES)})\s+)?(?:{'|'.join(PIECE_KINDS)}))"
#: … and as a line begins with it, capitalised ("Ein Kommentar von", "Interview by"): a
#: pattern that fails at once on the many lines that begin otherwise
PIECE_AT_START = (
    rf"(?:(?:{'|'.join(a.capitalize() for a in _PIECE_ARTICLES)})\s+(?i:{'|'.join(PIECE_KINDS)})"
    rf"|{'|'.join(k.capitalize() for k in PIECE_KINDS)})"
)
#: the word a page of questions and answers prints before the question's age, under the
#: question ("Asked 3 years, 2 months ago", "Perguntada 3 anos atrás", "Formulada hace
#: 3 años"), capitalised as that header writes it (a post's own stamp is in lower case:
#: "asked Feb 4, 2014 at 13:02")
ASKED_WORDS = ("Asked", "Perguntada", "Formulada")
#: the words that begin the stamp a question-and-answer site signs each post with,
#: under the post ("asked Jun 29, 2012 at 10:51", "answered Jul 7, 2012 at 3:07")
SIGNED_UNDER_WORDS = ("asked", "answered")
#: the buttons a forum prints under each post, a line each ("Improve this answer")
POST_BUTTONS = frozenset({
    "Improve this question", "Improve this answer", "Follow", "Reply", "Quote", "Report", "Cite",
    "Click to expand...", "Click to shrink...", "Copy Post", "Author stats", "Reply With Quote",
})
#: a quote's opening in a forum's post, on a line of its own ("Ann said:", "Ann wrote:",
#: "Originally Posted by Ann", "Quote from: Ann on …", "Quote: Ann"): a regex
QUOTE_OPENING = (
    r".{1,60}\s(?:said|wrote)\s*:|Originally\s+Posted\s+by\s.{1,60}"
    r"|Quote(?:\s+from\b.{1,80}|\s*:.{0,80})"
)
#: the words of a poster's reputation, printed under their name ("1,992 gold badges")
REPUTATION_WORDS = ("gold badges?", "silver badges?", "bronze badges?", "reputation")
#: … and the days it may give as words ("Asked today", "Formulada hoy")
ASKED_DAYS = ("today", "yesterday", "hoje", "ontem", "hoy", "ayer")
#: the words a privacy policy or terms of service speak of the reader's data and rights in
LEGAL_TERMS = (
    "cookie", "cookies", "consent", "personal data", "personal information", "privacy policy",
    "privacy notice", "third party", "third parties", "you agree", "terms of use",
    "terms of service", "terms and conditions", "data protection", "opt out", "opt-out",
    "unsubscribe", "governing law", "liability", "legitimate interest", "legitimate interests",
    "indemnify", "arbitration", "withdraw your consent", "tracking technologies",
)
#: the units of a page's age, as "10 hours ago" gives it (a teaser's or a post's stamp)
AGE_UNITS = ("seconds", "minutes", "hours", "days", "weeks", "months", "years")
#: the label before the date a forum's thread was started, in its header ("Start date
#: Jun 14, 2025" under "Thread starter ada_k"), in the corpora's languages
THREAD_START_LABELS = (
    "Start date", "Startdatum", "Date de début", "Fecha de inicio", "Data di inizio",
    "Data de início",
)
#: the words that label a date as a page's last change, not its publication ("Updated
#: March 3, 2024", "Aktualisiert am 05.03.2024"), in the corpora's languages
UPDATE_WORDS = (
    "updated", "modified", "revised", "edited", "mis à jour", "modifié", "actualizado",
    "atualizado", "aktualisiert", "geändert", "aggiornato", "aggiornamento", "bijgewerkt",
)
#: the words that label a date as the page's publication ("Published March 3, 2024",
#: "Veröffentlicht am 05.03.2024", "Publié le …"), in the corpora's languages
PUBLISHED_WORDS = (
    "published", "posted", "first published", "created", "released", "issued", "date",
    "publié", "publicado", "veröffentlicht", "erschienen", "pubblicato", "gepubliceerd",
)
#: the words between a date and its clock ("5. März 2024 um 14:05", "31/12/2023 à 14h05",
#: "1 de febrero a las 13:45", "3 maart 2024 om 14.05"), in the corpora's languages
CLOCK_JOINS = ("at", "um", "à", "às", "as", "a las", "a la", "alle", "ore", "om", "kl.", "kl")
#: the small words a date line joins its parts with ("am 5. März 2024 um 14:05 Uhr",
#: "le 31/12/2023 à 14h05", "3 de março de 2024 às 14h", "il 3 marzo alle ore 14"),
#: in the corpora's languages: CLOCK_JOINS' and these
DATE_JOIN_WORDS = frozenset(
    "st nd rd th am pm a p m on of uhr le h el de del il em op".split()
) | frozenset(w.rstrip(".") for join in CLOCK_JOINS for w in join.split())
#: desks that sign a story instead of a person ("Newsroom", "The Daily Post team")
DESK_WORDS = frozenset("staff team desk newsroom editors reporters writers".split())

#: what a writer's note about them says after their name ("Ana Lima is a reporter …",
#: "Ana Lima ist Redakteurin …", "Ana Lima est journaliste …"), in the corpora's languages
BIO_VERBS = (
    "is", "was", "has", "writes", "covers", "joined", "ist", "war", "schreibt", "est", "a",
    "es", "escribe", "è", "ha", "scrive", "é", "escreve", "schrijft",
)
#: how a writer's note in the first person begins ("I'm Ana, a reporter …", "Ich bin …"),
#: in the corpora's languages
BIO_FIRST_PERSON = (
    "i'm", "i’m", "i am", "ich bin", "je suis", "soy", "sono", "sou", "ik ben",
)
#: the headings over a writer's note or their other stories ("About Ana Lima", "More
#: articles by Ana Lima", "Über Ana Lima"): the name after them is the writer's
BIO_HEADINGS = (
    "about", "about the author", "more by", "more from", "more articles by", "more posts by",
    "more stories by", "posts by", "articles by", "view all posts by", "read more by",
    "über", "à propos de", "sobre", "acerca de", "altri articoli di", "meer van", "mehr von",
    "plus de",
)
#: the verbs of a writer's card's labels alone on a line over their names, under the story
#: ("Written by:" / "Piet Mols", "Reviewed by," / "Ben Ode, CFP"; not a bare "By:",
#: over each teaser of a list as often)
CARD_LABEL_VERBS = ("written", "reviewed", "medically reviewed", "researched", "fact-checked")

#: small words inside names: "Ana de Lima", "Pieter van der Berg", "Omar bin Said"
NAME_PARTICLES = ("de", "da", "del", "der", "den", "van", "von", "la", "le", "di", "du",
                  "al", "bin", "ibn", "el")
#: the words that join two writers' names in a byline, in the corpora's languages:
#: "and", "und", "et", "y", "e" (Italian, Portuguese), "en" (Dutch)
NAME_JOINS = ("and", "und", "et", "y", "e", "en", "&")
#: the small words a byline carries besides names ("Ana de Lima and Ben Ode, staff
#: writer"), as the HTML reader's test for a sentence lists them: its particles are
#: not NAME_PARTICLES (no Arabic ones, and "della"), kept apart so that no record changed
BYLINE_SMALL_WORDS = frozenset(
    "by and de da di du del della der den van von la le of the staff writer writers "
    "reporter correspondent editor contributor".split()
)

#: a name in capitals, beginning and ending with a word, not an initial ("ANA LIMA",
#: "J. R. OKAFOR" is not one; "HERB KEINON AND AP" is two bylines)
NAME_IN_CAPITALS = (
    r"(?P<name>[A-Z]{2}[A-Z.'’-]*(?:\s+(?:Mc|Mac)?[A-Z][A-Z.'’-]*)*?"
    r"\s+(?!AND\b)(?:Mc|Mac)?[A-Z]{2}[A-Z'’-]*)"
)

# --- sites ---------------------------------------------------------------------------

#: the labels before the page's own address in a dump's header ("URL: https://…",
#: "Quelle: https://…"), in the corpora's languages
URL_LABELS = ("url", "link", "permalink", "source", "address", "quelle", "adresse", "lien",
              "fuente", "enlace", "fonte", "bron")

#: the heading over a page's table of contents (lower case, read without a colon after
#: it): the lines under it, down to the text, name the text's sections, not the page
CONTENTS_HEADINGS = frozenset({
    "table of contents", "table of content", "contents", "in this article", "on this page",
    "in this post", "in this guide", "jump to",
})
#: the heading over a story's summary in points (lower case, read without a colon after
#: it): the lines under it, down to the text, sum the story up, under its headline
SUMMARY_HEADINGS = frozenset({
    "story highlights", "highlights", "key takeaways", "key points", "takeaways", "in brief",
    "summary", "tl;dr",
})
#: the headings over a review's lists of a thing's good points and of its bad points
#: (lower case, read without a colon after it, a curly apostrophe read as a straight
#: one): the short lines under a pair of them are the review's own lists, not a box
VERDICT_GOOD = frozenset({
    "pros", "the pros", "the good", "advantages", "what we like", "what we liked",
    "what i like", "what i liked", "we like",
})
VERDICT_BAD = frozenset({
    "cons", "the cons", "the bad", "disadvantages", "what we don't like",
    "what we didn't like", "what i don't like", "what i didn't like", "we don't like",
})
#: labels a forum prints before a thread's title with a colon ("Thread: …", "Thema: …")
THREAD_LABELS = ("thread", "topic", "thema", "sujet", "tema")
#: labels that name a forum thread's first poster ("Thread starter ada_k", "Started by …")
STARTER_LABELS = r"thread\s+starter|started\s+by|original\s+poster"
#: the labels of a link to more on a subject, printed at the end of a sentence ("All of
#: our content is written by humans. Learn More"): a notice or a teaser, never a headline
MORE_LINK_LABELS = r"learn\s+more|read\s+more|find\s+out\s+more|see\s+more|discover\s+more"

#: words that name a section or a kind of page, not a story: a piece of <title>
#: made only of these ("Local Sports Wire", "Lifestyle & Entertainment") is no headline,
#: and a name that holds one is an outlet's, not a person's
SECTION_WORDS = frozenset("""
    news latest breaking top stories story headlines home homepage front page section
    world local national international regional metro business money markets finance
    sport sports entertainment lifestyle arts culture music movies film tv technology
    tech science health travel opinion politics weather feed article articles online
    wire blog blogs video videos photo photos gallery galleries jobs classifieds
    obituaries events calendar community forum forums archive archives search contact
    results reports scores fixtures reviews features columns digest briefing roundup
    daily weekly morning evening
    and the of for in on more all
""".split())

#: nouns of a page's headings, labels, tools and products, seldom of a name ("Information
#: Hub", "Release Status", "Product Feed Spec"): a line of capitalised words, no given
#: name first, that holds one names a thing, not a writer
THING_NOUNS = frozenset("""
    hub calculator status command structure chart update updates function spec specs
    support guidelines insights release strategy program programme collection customer
    project department manufacturer review abstract advertise expires
""".split())
#: the facets a filter menu sorts by ("Browse by Company Size", "By Industry", "By Use
#: Case"): a byline that ends in one is the menu's entry
FACET_WORDS = frozenset("size type industry topic topics category categories role case".split())
#: ... and the endings of such nouns, on words of at least so many letters ("Measurement",
#: "Acceleration", "Convenience"; "Clement" and "Lawrence" are too short to be read so)
THING_NOUN_ENDINGS = ((("tion", "sion", "ment", "ness"), 8), (("ence", "ance"), 10))

#: words of menus, sections, buttons and headings, never of a person's name: a line of
#: capitalised words that holds one ("Fact Checked", "Expert Reviewed", "Edited") is
#: no byline
NOT_NAME_WORDS = frozenset("""
    news tech technology sports sport business world politics opinion home follow share comments
    comment menu search more read min sign subscribe related video videos photos advertisement
    contact about login edit print email tweet reply featured next previous newer older article
    articles story stories blog section latest top most popular the and of in on for to with by
    from new our your my up out at games entertainment life style health science travel culture
    food music movies books arts local national international economy markets money finance
    weather traffic live watch listen podcast gallery updated published posted tags categories
    category archive archives page pages app apps site not do is are was how what why when where
    who all no yes it we you privacy policy terms agencies wire staff writer reporter
    correspondent special editor columnist contributor newsroom desk team bio profile jobs
    careers history results scores standings schedule guide events calendar forum forums
    classifieds obituaries shop deals asked answered commented edited checked reviewed
""".split()) | frozenset("""
    get started free trial demo download install buy order request quote estimates sale
    stock help go back view learn discover explore join donate apply register cart checkout
    takeaways contents caption show copy link studies faq faqs overview summary pricing
    solutions services products certificates
""".split())  # (a button's or a heading's: "Get Started", "Key Takeaways", "Copy Link")

# --- shapes: compiled patterns -------------------------------------------------------
# Compiled on first use (PEP 562's module __getattr__): a dump in the archive layout
# needs none of them, and compiling them all would cost every start-up milliseconds.

_SHAPES: dict[str, tuple[str, int]] = {
    #: a name in capitals, then the outlet in small letters ("ADA KERRIGAN Harbour Post",
    #: "ANA LIMA The Harbour Post")
    "CAPS_THEN_OUTLET": (NAME_IN_CAPITALS + r"\s+(?:The\s+)?(?:Mc|Mac)?[A-Z][a-z][\w/&'’ -]*", 0),
    #: a web address, not a name: "//example.org/x", "www.example.org", "example.com"
    "WEB_ADDRESS": (r"^(?:https?:)?//|^www\.|\.(?:com|org|net)\b", re.I),
    #: a line that is only a version number ("4.2.3", "v10.1"): short dotted groups
    #: without leading zeros ("15.01.08" is a date)
    "VERSION_LINE": (r"v?[1-9]?\d(\.(0|[1-9]\d{0,2})){1,3}", 0),
    # A dotted number is a release's, not a date, after a version word ("Version 4.2.13",
    # "v10.1.12", "build 5.1.14"), with a release suffix ("4.2.13-beta", "4.2.13rc1") or a
    # fourth number ("4.2.13.1"); "Release"/"Update" stay out: "Press release 04.02.13" is
    # a dateline.  A dotted date with a two-digit year pads its day and month
    # ("04.02.13"), so "3.10.12" and "4.2.13" are versions too; and no date has a year of
    # one digit ("7.1.0", "2.4.1").
    "_VERSION_BEFORE": (
        r"(?:\b(?:v|ver|version|versions|build|patch|firmware|kernel)\.?\s*|(?<![\w.])v)$", re.I
    ),
    "_VERSION_AFTER": (
        r"\.\d|[-+~]?(?:alpha|beta|rc|dev|pre|post|snapshot|lts)(?![^\W\d])|[a-z]\d", re.I
    ),
    "_UNPADDED_SHORT_YEAR": (r"(?:\d\.\d{1,2}|\d\d\.\d)\.\d\d|\d{1,2}\.\d{1,2}\.\d", 0),
}


def __getattr__(name: str) -> re.Pattern[str]:
    try:
        pattern, flags = _SHAPES[name]
    except KeyError:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}") from None
    compiled = globals()[name] = re.compile(pattern, flags)
    return compiled


def _shape(name: str) -> re.Pattern[str]:
    return globals().get(name) or __getattr__(name)


def is_version(text: str, m: re.Match[str]) -> bool:
    """Whether the dotted numbers ``m`` found in ``text`` are a release's version."""
    found = m.group(0)
    if "." not in found:
        return False
    return (
        _shape("_UNPADDED_SHORT_YEAR").fullmatch(found) is not None
        or _shape("_VERSION_AFTER").match(text, m.end()) is not None
        or _shape("_VERSION_BEFORE").search(text, max(0, m.start() - 12), m.start()) is not None
    )

#: a soft hyphen: where a browser may break a word ("Haus\u00adtür", "Assis\u00adtance"),
#: printed by none, copied into a dump or written into a page by some; no letter of a title
SOFT_HYPHEN = "\u00ad"
