"""Tables of chrome and non-chrome lines for the named rules of text/rules.py."""

from __future__ import annotations

from collections import Counter

import pytest

from newsclip.text import rules

# (zone, line, the rule that must match it, or None for a line that is not chrome)
CASES: list[tuple[str, str, str | None]] = [
    # The date picker above the headline.
    ("top", "Select date", "date-picker-prompt"),
    ("top", "Select date:", "date-picker-prompt"),
    ("top", "Choose a date", "date-picker-prompt"),
    ("top", "May 2024", "date-picker-month"),
    ("top", "Sept. 2019", "date-picker-month"),
    ("top", "‹ November 2019 ›", "date-picker-month"),
    ("top", "Mon Tue Wed Thu Fri Sat Sun", "date-picker-weekdays"),
    ("top", "Mo Tu We Th Fr Sa Su", "date-picker-weekdays"),
    ("top", "MON TUE WED THU FRI SAT SUN", "date-picker-weekdays"),
    ("top", "M T W T F S S", "date-picker-weekdays"),
    ("top", "1 2 3 4 5 6 7", "date-picker-days"),
    ("top", "29 30 31", "date-picker-days"),
    ("top", "1", "date-picker-days"),
    ("top", "«", "date-picker-nav"),
    ("top", "Next ›", "date-picker-nav"),
    ("top", "Today", "date-picker-nav"),
    # Headlines that only start like the picker.
    ("top", "May 2024 was the wettest month in a century", None),
    ("top", "Select committee clears the minister", None),
    ("top", "Next steps for the port", None),
    ("top", "Today the council voted", None),
    ("top", "Monday", None),
    ("top", "Mon Tue", None),
    ("top", "32 33", None),
    ("top", "2024", None),
    ("top", "1 2 3 4 5 6 7 8", None),
    # Links and buttons, anywhere.
    ("any", "Print", "print-link"),
    ("any", "Print this article", "print-link"),
    ("any", "Printer-friendly version", "print-link"),
    ("any", "Share", "share-line"),
    ("any", "Tweet", "share-line"),
    ("any", "Email", "share-line"),
    ("any", "E-mail", "share-line"),
    ("any", "Share on Facebook", "share-line"),
    ("any", "Share on Twitter", "share-line"),
    ("any", "Share (3)", "share-line"),
    ("any", "Share this article", "share-line"),
    ("any", "Copy link", "share-line"),
    ("any", "Comments (12)", "comments-link"),
    ("any", "12 Comments", "comments-link"),
    ("any", "View all comments", "comments-link"),
    ("any", "Advertisement", "advert-label"),
    # Body lines that only start like chrome.
    ("any", "Print media sales rose for the third year in a row.", None),
    ("any", "Tweet-length headlines were dropped two years ago.", None),
    ("any", "Share of readers under thirty: eleven per cent.", None),
    ("any", "Comments from readers are now printed on the back page.", None),
    ("any", "Email newsletters grew faster than the paper.", None),
    ("any", "Ad hoc committees met twice.", None),
    ("any", "Advertisements for the fair covered every tram.", None),
    ("any", "Tweets", None),
    ("any", "— How long will it take?", None),
    # A picture's button.
    ("page", "View Larger Image", "enlarge-image"),
    ("page", "Enlarge This Image", "enlarge-image"),
    ("page", "Click to enlarge", "enlarge-image"),
    ("page", "View larger version", "enlarge-image"),
    ("page", "View larger crowds at the harbour", None),
    # Headings of other stories' lists.
    ("page", "More in Sports", "related-heading"),
    ("page", "More from Harbour Gazette", "related-heading"),
    ("page", "Top Harbour Weather Stories for 2007:", "related-list-heading"),
    ("page", "More in the morning", None),
    ("page", "More in common than we think", None),
    # The page's own buttons for the story.
    ("page", "Printer Friendly Version | E-mail to a Colleague", "button-row"),
    ("page", "EMAIL STORY      EASY PRINT      SEARCH      NEWSLETTER", "button-row"),
    ("page", "E-mail Article  Print-Friendly Version  Subscribe to News RSS Feed", "button-row"),
    ("page", "Print   Email   Return to Top", "button-row"),
    ("page", "Post to del.icio.us", "bookmark-link"),
    ("page", "• Digg this story", "bookmark-link"),
    ("page", "• Discuss this story on the Harbour League message board...", "bookmark-link"),
    ("page", "Printable version", "bookmark-link"),
    ("page", "E-mail this news to a friend", "send-to-friend"),
    ("page", "Search the harbour archive", None),
    ("page", "Discuss the plan with your neighbours before the meeting.", None),
    ("page", "Newsletter editors met twice.", None),
    # A publisher's notices and terms of reuse.
    ("page", "© 2024 Harbour Gazette", "copyright-line"),
    ("page", "Harbour Gazette Ltd. All rights reserved.", "rights-reserved"),
    ("page", "(© 2008 Harbour Wire. All Rights Reserved. This material may not be published, "
     "broadcast, rewritten or redistributed.)", "rights-reserved"),
    ("page", "Distributed by Harbour Wire. This material may not be published, broadcast, "
     "rewritten or redistributed.", "reuse-terms"),
    ("page", "Reproduction in whole or in part without permission is prohibited.",
     "reuse-prohibited"),
    ("page", "The copying, republication or redistribution of Harbour Wire content is "
     "expressly prohibited.", "reuse-prohibited"),
    ("page", "Disclaimer: This news article is copyrighted by Harbour Wire and published by "
     "the Gazette.", "copyrighted-by"),
    ("page", "Smoking on the ferry is prohibited, the captain said.", None),
    ("page", "The new ferry may not be ready before March, the company said.", None),
    ("page", "Her photographs are copyrighted, the court heard.", None),
    # Photo credits under the header (kept as captions).
    ("caption", "Photo from twitter.com user @mfa_russia", "photo-credit-phrase"),
    ("caption", "Photo by Ada Kerrigan", "photo-credit-phrase"),
    ("caption", "Photo credit: Jane Doe", "photo-credit-phrase"),
    ("caption", "Image: Harbour Gazette", "photo-credit-phrase"),
    ("caption", "Reuters / Maxim Shemetov", "photo-credit-agency"),
    ("caption", "Reuters/Pavel Arkhipov", "photo-credit-agency"),
    ("caption", "AFP Photo / John Thys", "photo-credit-agency"),
    ("caption", "RIA Novosti / Sergey Guneev", "photo-credit-agency"),
    ("caption", "AP Photo / Jean-Luc Marchand", "photo-credit-agency"),
    ("caption", "Reuters / Yves Herman / Pool", "photo-credit-agency"),
    # First paragraphs that are not credits.
    ("caption", "Photography is an art, said the curator.", None),
    ("caption", "Picture this: a quiet harbour at dawn.", None),
    ("caption", "Talks between the two sides stalled on Friday.", None),
    ("caption", "1 / 2", None),
    ("caption", "reuters / maxim shemetov", None),
]


def test_no_duplicate_cases() -> None:
    dupes = [k for k, n in Counter((zone, line) for zone, line, _ in CASES).items() if n > 1]
    assert not dupes


@pytest.mark.parametrize(("zone", "line", "expected"), CASES)
def test_rule(zone: str, line: str, expected: str | None) -> None:
    assert rules.match(line, zone) == expected


def test_every_top_and_caption_rule_is_in_the_table() -> None:
    covered = {expected for _, _, expected in CASES}
    assert {r.name for r in rules.RULES if r.zone in ("top", "caption")} <= covered


@pytest.mark.parametrize("rule", rules.RULES, ids=lambda r: r.name)
def test_example_matches_its_own_rule(rule: rules.Rule) -> None:
    assert rules.match(rule.example, rule.zone) == rule.name


def test_rule_names_are_unique() -> None:
    names = rules.names()
    assert len(names) == len(set(names))


# (line, the HEADLINE_RULES rule that must match it, or None for a line that may be a headline)
HEADLINE_CASES: list[tuple[str, str | None]] = [
    ("Have questions? Find the answers here", "reader-prompt"),
    ("If you like it, please share it!", "reader-prompt"),
    ("Want to win more jobs with less effort?", "reader-prompt"),
    ("What are you looking for?", "reader-prompt"),
    ("I’m Looking For A Job", "reader-prompt"),
    ("Haben Sie Fragen? Wir helfen gern", "reader-prompt"),
    ("Vous avez des questions ?", "reader-prompt"),
    ("This article is more than 3 months old", "page-notice"),
    ("Sponsored content", "page-notice"),
    ("Anzeige", "page-notice"),
    ("Facebook Pinterest Twitter E-mail", "share-row"),
    ("Facebook | X | Email", "share-row"),
    ("FacebookTwitterPinterestEmailWhatsApp", "share-row"),
    ("Manage alerts for this article", "article-tool"),
    ("Listen to this article", "article-tool"),
    ("View image in fullscreen", "image-tool"),
    ("Show caption", "image-tool"),
    ("Thread starter Ada Kerrigan", "post-stamp"),
    ("14 posts · Joined 2025", "post-stamp"),
    ("Re: Discuss the harbour ferry timetable here", "post-stamp"),
    ("AW: Fähre fällt aus", "post-stamp"),
    ("Reading time: 2 minutes", "reading-time"),
    ("6 min read", "reading-time"),
    ("Lesezeit: 3 Minuten", "reading-time"),
    ("Support 1-800-821-3520", "contact-or-age"),
    ("Call us: (555) 123-4567", "contact-or-age"),
    ("+44 14428 00729", "contact-or-age"),
    ("2 days ago", "contact-or-age"),
    ("Start Your Free Trial", "offer"),
    ("3-day free trial", "offer"),
    ("Free shipping for orders over $150", "offer"),
    ("FREE GROUND SHIPPING ON ALL ORDERS", "offer"),
    ("Save $50 on ferry passes!", "offer"),
    ("Save up to an extra $20 in-store and online. Use code: HARBOUR", "offer"),
    ("20% Off", "offer"),
    ("Skip To Main", "offer"),
    ("All of our content is written by humans, not robots. Learn More", "more-link"),
    ("A new ferry timetable is out! Read more »", "more-link"),
    ("The harbour reopens. Find out more", "more-link"),
    # headlines that only start like one
    ("How Much Should You Charge For A Yoga Class?", None),
    ("Struggling With How To Arrange Your Living Room? We Help 4 Readers", None),
    ("Need for speed: the harbour's new ferries", None),
    ("Ready Player One review", None),
    ("Why this article matters", None),
    ("X marks the spot on the harbour map", None),
    ("Facebook fined over data leak", None),
    ("Sponsors pull out of the regatta", None),
    ("Six minutes that changed the harbour", None),
    ("Show caption writers the door, says union", None),
    ("Reading the harbour's history", None),
    ("Renewal plan for the harbour", None),
    ("Derby County (0) 0 Wigan Athletic (0) 1", None),
    ("2 days ago the ferries stopped", None),
    ("Ferry fares rise 10% in 2024", None),
    ("Why Ferry Captains Read More Than Ever", None),
    ("Learn more about the winter ferries", None),
    ("Ferry operator saves $2m by switching fuel", None),
    ("Why free trials fail the harbour's startups", None),
    ("Free Legal Forms", None),
    ("Ferry fares to rise 10% off-peak", None),
]


@pytest.mark.parametrize(("line", "expected"), HEADLINE_CASES)
def test_not_headline(line: str, expected: str | None) -> None:
    assert rules.not_headline(line) == expected


@pytest.mark.parametrize("rule", rules.HEADLINE_RULES, ids=lambda r: r.name)
def test_headline_rule_example_matches_it(rule: rules.Rule) -> None:
    assert rules.not_headline(rule.example) == rule.name
