"""A general dump's notices to its reader, inside the article's run: never its text.

A form's consent line ("By submitting your email, you agree to our Terms"), a plea
for support ("Enjoyed this piece? We need your help to keep publishing."), a shop's
button ("Check price at Amazon", "Add to cart"), a listing's sort menu or a link to the
site's own pages ("Privacy Policy") can stand among the story's paragraphs.  Its score
stays in the run (the run is found as on a page without it:
``general.chrome.notice_lines``), and the line is labelled chrome of its rule once the
run is found.  Rules are data, as in ``rules``: a name, a pattern that must match the
whole stripped line, and an example.
"""

from __future__ import annotations

__all__ = ["NOTICE_RULES"]

#: (name, pattern, example)
NOTICE_RULES: tuple[tuple[str, str, str], ...] = (
    # A form's consent line, under a sign-up or enquiry form: "By submitting your email,
    # you agree to our Terms and Privacy Notice.", "By clicking Subscribe you consent to …"
    (
        "form-consent",
        r"(?i:(?:\*\s*)?By\s+(?:submitting|subscribing|clicking|signing\s+up|providing|entering|"
        r"registering|checking|completing|sending)\b.{0,200}?\b(?:you|I)\s+(?:\w+\s+){0,3}?"
        r"(?:agree|consent|authori[sz]|acknowledg|accept)\w*\b.{0,600})",
        "By submitting your email, you agree to our Terms and Privacy Notice.",
    ),
    # A plea to the reader under the story: "Enjoyed this piece? We need your help to keep
    # publishing.", "Did you like this article? You can buy me a coffee."
    (
        "reader-appeal",
        r"(?i:(?:(?:did\s+you\s+)?(?:enjoy(?:ed)?|liked?|loved?)\s+(?:this|the|my|our)\s+"
        r"(?:piece|article|post|story|interview|content|guide|tutorial|read)\b.{0,40}?[?!.]|"
        r"if\s+you(?:'ve|\s+have)?\s+(?:enjoyed|liked)\s+(?:this|my|our)\b.{0,80}?\b"
        r"(?:support|donat|subscri|share|buy\s+me|patreon|coffee)).{0,300})",
        "Enjoyed this piece? We need your help to keep publishing.",
    ),
    # A shop's or a service's button inside the text: "Check price at Amazon", "Book now",
    # "READ MORE ↓", "Get a quote", "Add to cart".
    (
        "call-button",
        r"(?i:(?:(?:learn|read|see|show|view|discover)\s+(?:\d+\s+)?more|"
        r"check\s+(?:the\s+)?(?:latest\s+)?prices?(?:\s+(?:at|on)\s+.{1,30})?|"
        r"(?:shop|buy|order|book)\s+now|get\s+(?:a|your)\s+(?:free\s+)?quote|download\s+now|"
        r"try\s+(?:it\s+)?(?:for\s+)?free|start\s+(?:your\s+)?free\s+trial|view\s+deal|"
        r"add\s+to\s+(?:cart|bag|basket|compare|wish\s*list)|quick\s*view|apply\s+now|submit)"
        r"\s*[↓→»›>▼!.]*)",
        "Check price at Amazon",
    ),
    # A listing's sort menu: "Sort by", "Price, low to high", "Best match", "Brand A-Z".
    (
        "sort-option",
        r"(?i:sort(?:\s+(?:by|and\s+filter|&\s+filter))?\s*:?(?:\s+(?:best\s+match|featured|"
        r"relevance|newest|oldest|price|popularity|date|name)\b.{0,20})?|"
        r"price\s*[,:(-]?\s*(?:low|high)(?:est)?\s*(?:to|-|–)?\s*(?:high|low)(?:est)?\)?|"
        r"best\s+(?:match|selling)|relevance|"
        r"(?:alphabetically|brand|name)\s*[,:(]?\s*(?:a\s*[-–]\s*z|z\s*[-–]\s*a)\)?)",
        "Price, low to high",
    ),
    # A newsletter's sign-up box, inside the run or under it: "Sign up for our newsletter",
    # "Join my newsletter", "The Harbour Newsletter", "Get the week's news delivered to your
    # inbox", "Thanks for subscribing!"
    (
        "newsletter-prompt",
        # (every alternative begins with a word of its own: the table tries a rule only on
        # the lines that begin as it can)
        r"(?i:(?:sign\s+up|subscribe|join|get|register)\s+(?:now\s+)?(?:to|for|up\s+for)?\s*"
        r"(?:our|my|the)\s+(?:[\w&'’-]+\s+){0,3}newsletters?\b.{0,200}|"
        r"the\s+(?:[\w&'’-]+\s+){1,3}newsletter|"
        r"(?:sign\s+up|subscribe|get)\b.{0,120}?\bdelivered\s+(?:straight\s+|right\s+|directly\s+)?"
        r"to\s+your\s+inbox\b.{0,120}|"
        r"(?:awesome,?\s+|great,?\s+)?(?:thanks?\s+(?:you\s+)?for\s+subscribing|"
        r"you(?:'re|’re|\s+are)\s+(?:now\s+)?subscribed)\b.{0,120})",
        "Sign up for our newsletter",
    ),
    # A link to another of the site's stories, set among the story's paragraphs under a
    # label: "Related: Electrician Van Setup", "See also: A Brief History of Photography",
    # "Recommended: Best coding bootcamps in NYC".  (A "Read more:" or "Also read:" link
    # is kept as often as it is dropped.)
    (
        "related-link",
        r"(?:Related|RELATED|See\s+also|SEE\s+ALSO|Recommended|RECOMMENDED)\s*:\s*[\w\"“‘'].{2,200}",
        "Related: Ferry fares rise again",
    ),
    # A link to the site's own pages, or a form's field: "Privacy Policy", "About us",
    # "Email address".
    (
        "site-link",
        r"(?i:privacy\s+policy|terms\s+of\s+(?:use|service)|cookie\s+policy|about\s+us|"
        r"e-?mail\s+address\s*\*?)",
        "Privacy Policy",
    ),
)
