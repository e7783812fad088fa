"""Batch learning: lines repeated across many dumps of a batch are chrome."""

from __future__ import annotations

import newsclip
from newsclip.text.boilerplate import MIN_BATCH, MIN_DOCUMENTS, Boilerplate, normalise

MENU = "Home\nLocal\nWeather\nHarbour Gazette Weekly Quiz\n"
PROMO = "Get the Harbour Gazette morning briefing"
SHARED = (
    "The Harbour Gazette is an independent newspaper owned by its readers, and every story "
    "on this site is written by members of its staff."
)


def _page(i: int) -> str:
    """One invented page of a site: the site's menu and promo line around a unique article."""
    return (
        f"{MENU}Story number {i} about the harbour\nMay {i % 28 + 1}, 2021\n\n"
        f"The harbour master said on Monday that berth {i} would close for repairs in the "
        f"autumn, after divers found damage to its piles during an inspection.\n\n"
        f"{PROMO}\n\n"
        f"Ships due at berth {i} will be sent to the outer harbour, which has room for "
        f"larger vessels, until the work is finished early next year.\n\n"
        f"{SHARED}\n\nContact us\nAbout the Gazette\n"
    )


BATCH = [_page(i) for i in range(MIN_BATCH + 5)]


def test_a_small_batch_teaches_nothing() -> None:
    bp = Boilerplate.learn(BATCH[: MIN_BATCH - 1])
    assert bp.documents == MIN_BATCH - 1
    assert not bp.lines
    assert "Home" not in bp


def test_lines_in_enough_documents_are_learned() -> None:
    extra = ["Rare line\n" + t for t in BATCH[: MIN_DOCUMENTS - 1]]
    bp = Boilerplate.learn(extra + BATCH[MIN_DOCUMENTS - 1 :])
    assert bp.documents == len(BATCH)
    assert "Home" in bp and PROMO in bp and "About the Gazette" in bp
    # seen in MIN_DOCUMENTS - 1 files only
    assert "Rare line" not in bp
    # each article's own sentences are not repeated
    assert "Story number 3 about the harbour" not in bp


def test_lines_are_compared_normalised() -> None:
    bp = Boilerplate.learn(BATCH)
    assert "  HOME " in bp
    assert "Harbour  Gazette weekly quiz" in bp
    assert normalise("  A\tb  C ") == "a b c"


def test_repeated_lines_are_chrome_in_the_record() -> None:
    bp = Boilerplate.learn(BATCH)
    page = BATCH[7].encode()
    alone = newsclip.parse(page)
    learned = newsclip.parse(page, boilerplate=bp)
    # the promo line inside the article is text to the reader alone …
    assert PROMO in alone.paragraphs
    # … and chrome once the batch shows it on every page
    assert PROMO not in learned.paragraphs
    rules = {r.text: r.rule for r in learned.removed}
    assert rules[PROMO] == "repeated-across-batch"
    assert rules["Harbour Gazette Weekly Quiz"] == "repeated-across-batch"
    assert learned.title == alone.title == "Story number 7 about the harbour"
    assert learned.paragraphs[0] == alone.paragraphs[0]


def test_a_long_shared_paragraph_is_not_chrome() -> None:
    bp = Boilerplate.learn(BATCH)
    assert SHARED in bp
    record = newsclip.parse(BATCH[2].encode(), boilerplate=bp)
    assert all(r.text != SHARED or r.rule != "repeated-across-batch" for r in record.removed)


def test_the_archive_layout_ignores_batch_learning() -> None:
    archive = "Headline\n14-3-2014 < Gazette 20 words\n\nHome\n\nThe text of the article.\n"
    bp = Boilerplate.learn([archive] * MIN_BATCH)
    assert "Home" in bp
    a = newsclip.parse(archive.encode(), boilerplate=bp).to_dict()
    b = newsclip.parse(archive.encode()).to_dict()
    assert a == b
