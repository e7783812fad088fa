"""The browser's tree (``html.html5``): built by the HTML5 algorithm, hidden
content put where the page's scripts put it, source lines kept."""

from __future__ import annotations

import pytest

import newsclip
from newsclip.html import html5, tree

PROSE = (
    "The night ferry left the harbour an hour late, after a crane on the quay "
    "broke down while loading the last of the lorries, and the crossing took until dawn."
)
MORE = (
    "Passengers were offered breakfast on board, and the company said the crane "
    "would be repaired before the weekend sailings, which are fully booked."
)


def _record(page: str) -> newsclip.Record:
    return newsclip.parse(page, input_format="html")


def _tree_of(page: str):
    root, warnings, _json_ld = tree.parse(page, tree.Deadline())
    return root, warnings


# --- the tree a browser builds ---------------------------------------------------------

def test_a_div_left_open_in_a_menu_button_stays_in_the_header() -> None:
    # libxml2 let the <div> run on through </button> and </header>: the whole
    # story was nested in the page header, which the header rule then dropped
    page = (
        "<html><head><title>Night ferry late</title></head><body>"
        '<header><a href="#main">Skip to content</a>'
        '<button class="menu-toggle"><div class="bars">Menu</button></header>'
        f'<main id="main"><article><h1>Night ferry late</h1><p>{PROSE}</p><p>{MORE}</p>'
        "</article></main></body></html>"
    )
    root, _ = _tree_of(page)
    assert root.find(".//header//article") is None
    record = _record(page)
    assert record.paragraphs == (PROSE, MORE)
    assert "Skip to content" not in record.text


def test_a_utility_class_styling_captions_inside_does_not_make_the_story_one() -> None:
    # "[&_figcaption]:text-sm" styles the captions inside the <article>: CSS, not a name
    page = (
        "<html><head><title>Night ferry late</title></head><body><main>"
        '<article class="break-words [&_figcaption]:text-sm [&_nav]:hidden lg:[&_p]:mt-md">'
        f"<h1>Night ferry late</h1><p>{PROSE}</p><p>{MORE}</p></article></main></body></html>"
    )
    root, _ = _tree_of(page)
    assert root.find(".//article").get("class") == "break-words :text-sm :hidden lg::mt-md"
    record = _record(page)
    assert record.paragraphs == (PROSE, MORE) and record.captions == ()


def test_void_elements_libxml2_does_not_know_hold_no_siblings() -> None:
    page = ("<html><body><article><video><source src=a.mp4><source src=a.webm></video>"
            f"<p>{PROSE}</p><p>a<wbr>b</p></article></body></html>")
    root, _ = _tree_of(page)
    assert [el.tag for el in root.iter("source", "wbr") if len(el)] == []
    assert root.find(".//article/p") is not None


def test_a_self_closed_iframe_in_noscript_does_not_swallow_the_page() -> None:
    # a browser that runs scripts reads <noscript> as text; read as markup, the
    # "<iframe ... />" (its "/" means nothing) would take the page as its text
    page = (
        '<html><body><noscript><iframe src="https://example.com/ns" height="0" /></noscript>'
        f"<article><p>{PROSE}</p><p>{MORE}</p></article></body></html>"
    )
    assert _record(page).paragraphs == (PROSE, MORE)


def test_text_after_the_end_of_the_document_is_in_its_body() -> None:
    # a second page saved after the first, or a template that closes the document early
    page = (f"<html><body><article><p>{PROSE}</p></article></body></html>\n"
            f"<article><p>{MORE}</p></article></body></html>")
    root, _ = _tree_of(page)
    assert len(root.findall("body/article")) == 2


# --- source lines ----------------------------------------------------------------------

def test_elements_keep_their_source_lines() -> None:
    page = (
        "<!DOCTYPE html>\n\n<html\n  lang='en'>\n<head>\n<title>Ferry</title>\n</head>\n"
        '<body>\n<nav\n  class="site-nav"\n>\n<a href="/">Home</a>\n</nav>\n'
        "<pre>\ncode\n</pre>\n"
        '<div\n  id="story"><p id="first">x</p>\n</div\n>\n<p id="last">y</p>\n'
        "</body>\n</html>\n"
    )
    root, _ = _tree_of(page)
    lines = page.split("\n")

    def line_of(marker: str) -> int:  # the line where the start tag ends, as libxml2 counts
        start = next(i for i, ln in enumerate(lines) if marker in ln)
        return next(i for i in range(start, len(lines)) if ">" in lines[i]) + 1

    assert root.find(".//nav").sourceline == line_of("<nav")
    assert root.find(".//pre").sourceline == line_of("<pre>")
    assert root.find(".//div").sourceline == line_of("<div")
    assert root.find(".//p[@id='first']").sourceline == line_of('id="first"')
    assert root.find(".//p[@id='last']").sourceline == line_of('id="last"')


def test_keep_lines_moves_line_breaks_out_of_tags_only() -> None:
    markup = '<p\nclass="a">one\ntwo</p\n><!-- a <b\nc> --><pre>\nx</pre>'
    kept = html5.keep_lines(markup)
    assert kept.count("\n") == markup.count("\n")
    assert "one\ntwo" in kept
    assert '<p class="a">' in kept and "</p >" in kept and "<pre><?\n>x" in kept


# --- hostile nesting ---------------------------------------------------------------------

@pytest.mark.parametrize(
    ("markup", "deep"),
    [
        ("<div>" * 600, True),
        ("<div><span>x</span>" * 600, True),
        ("</div>" * 5000 + "<div>" * 600, True),  # stray end tags do not hide it
        ("<div></div>" * 5000, False),
        ("<p>x" * 5000 + "<li>y" * 5000 + "<br><img src=a>" * 5000, False),  # closed by the next
        ("<div>" * 500 + "</div>" * 500, False),
    ],
)
def test_deeper_than(markup: str, deep: bool) -> None:
    assert html5.deeper_than(markup, 512) is deep


# --- content the page's scripts would reveal ---------------------------------------------

def _streamed(script: str, hole: str = '<!--$?--><template id="B:0"></template>'
              "<div class=\"skeleton\"><p>Loading the story…</p></div><!--/$-->") -> str:
    return (
        "<html><head><title>Night ferry late</title></head><body>"
        f"<header><a href='/'>The Harbour Gazette</a></header><main>{hole}</main>"
        "<footer><p>© The Harbour Gazette</p></footer>"
        f'<div hidden id="S:0"><article><h1>Night ferry late</h1><p>{PROSE}</p>'
        f"<p>{MORE}</p></article></div>{script}</body></html>"
    )


def test_streamed_content_is_put_in_its_boundary() -> None:
    page = _streamed('<script>$RC=function(a,b){};$RC("B:0","S:0")</script>')
    record = _record(page)
    assert record.paragraphs == (PROSE, MORE)
    assert "Loading" not in record.text
    assert any("streamed" in w for w in record.warnings)
    root, _ = _tree_of(page)
    article = root.find(".//main/article")
    assert article is not None and root.find(".//*[@hidden]") is None


def test_streamed_content_without_its_script_goes_to_the_boundary_of_its_number() -> None:
    record = _record(_streamed(""))
    assert record.paragraphs == (PROSE, MORE)


def test_a_call_decides_where_a_segment_goes() -> None:
    hole = ('<!--$?--><template id="B:0"></template><p>Loading…</p><!--/$-->'
            '<aside><!--$?--><template id="B:1"></template><!--/$--></aside>')
    root, _ = _tree_of(_streamed('<script>$RC("B:1","S:0")</script>', hole))
    assert root.find(".//aside/article") is not None


def test_a_segment_fills_its_placeholder() -> None:
    hole = '<template id="P:0"></template>'
    root, warnings = _tree_of(_streamed('<script>$RS("S:0","P:0")</script>', hole))
    assert root.find(".//main/article") is not None and root.find(".//template") is None
    assert warnings


def test_a_boundary_with_no_content_keeps_its_fallback() -> None:
    page = _streamed("").replace('id="S:0"', 'id="S:7"')
    root, warnings = _tree_of(page)
    assert "Loading the story" in "".join(root.find(".//main").itertext())
    assert warnings == []


def _forum(notice: str = "", app: str = "") -> str:
    posts = "".join(
        f'<div class="post"><span class="author">user{i}</span><p>{PROSE} {MORE}</p></div>'
        for i in range(6)
    )
    return _shell("Ferry delays - Harbour Forum", f'<div id="app">{app}</div>{notice}',
                  f'<noscript><div id="topic"><h1>Ferry delays</h1>{posts}</div></noscript>')


def _shell(title: str, shown: str, held: str) -> str:
    """A page showing ``shown`` and holding its content in ``held``, for its scripts to show."""
    return f"<html><head><title>{title}</title></head><body>{shown}{held}</body></html>"


def test_a_splash_screen_style_sheet_does_not_count_as_shown_text() -> None:
    # an app's loading screen styled in the body: its rules are no text a reader sees
    splash = "<style>" + "#splash { display: grid; place-items: center; } " * 60 + "</style>"
    record = _record(_forum(app=splash))
    assert record.text.count(PROSE) == 6
    assert any("<noscript> fallback" in w for w in record.warnings)


def test_a_noscript_beside_the_story_is_not_read() -> None:
    story = "".join(f"<p>{PROSE} {MORE}</p>" for _ in range(4))
    record = _record(_forum(app=f"<article>{story}</article>"))
    assert record.text.count(PROSE) == 4
    assert not record.warnings


def test_a_short_noscript_notice_is_not_read() -> None:
    page = ("<html><body><noscript><p>Please enable JavaScript to use this site.</p></noscript>"
            f"<article><p>{PROSE}</p></article></body></html>")
    record = _record(page)
    assert "JavaScript" not in record.text and not record.warnings


def _held(shown: str = "", hidden_extra: str = "") -> str:
    items = "".join(f'<div class="item"><h2>Ferry pass {n}</h2><p>{PROSE} {MORE}</p></div>'
                    for n in range(4))
    return _shell("Ferry passes",
                  f"<header><a href='/'>Harbour Ferries</a></header>{shown}{hidden_extra}",
                  '<div class="page-wrapper defer-block" style="display: none">'
                  f"<h1>Ferry passes</h1>{items}</div>")


@pytest.mark.parametrize(("page", "count", "note"), [
    (_forum(), 6, "<noscript> fallback"),
    # a shop's page hidden whole while its scripts load
    (_held(), 4, "until its scripts load"),
])
def test_what_a_page_holds_for_its_scripts_is_read_when_it_shows_nothing_else(
    page: str, count: int, note: str
) -> None:
    record = _record(page)
    assert record.text.count(PROSE) == count
    assert any(note in w for w in record.warnings)


def test_code_in_another_hidden_box_does_not_outweigh_the_page() -> None:
    # a hidden box of the template's script settings holds more characters, all code
    config = ('<div id="settings" style="display:none"><script>'
              + "window.labels.ferry = 'Ferry';" * 200 + "</script></div>")
    record = _record(_held(hidden_extra=config))
    assert record.text.count(PROSE) == 4


def test_a_hidden_box_beside_a_shown_story_stays_hidden() -> None:
    story = "".join(f"<p>{PROSE} {MORE}</p>" for _ in range(4))
    record = _record(_held(shown=f"<article><h1>Fares rise</h1>{story}</article>"))
    assert record.text.count(PROSE) == 4  # the story's, none of the hidden box's
    assert not any("until its scripts load" in w for w in record.warnings)


def test_a_short_hidden_box_stays_hidden() -> None:
    page = ("<html><body><header><a href='/'>Harbour Ferries</a></header>"
            f'<div style="display:none"><p>{PROSE}</p></div></body></html>')
    with pytest.raises(newsclip.NoArticleError):
        _record(page)


def test_self_closed_tags_of_an_svg_do_not_count_as_nesting() -> None:
    icon = "<svg viewBox='0 0 10 10'>" + '<path d="M0 0L1 1"/>' * 600 + "</svg>"
    assert not html5.deeper_than(icon + "<p>x</p>" * 10, 512)
    # ... but HTML in it does (it leaves the drawing), and self-closed HTML nests
    assert html5.deeper_than("<svg>" + "<div/>" * 600 + "</svg>", 512)
    assert html5.deeper_than("<span/>" * 600, 512)
    page = f"<html><body>{icon}<article><p>{PROSE}</p><p>{MORE}</p></article></body></html>"
    record = _record(page)
    assert record.paragraphs == (PROSE, MORE) and not record.warnings


def test_flatten_drops_only_the_tags_past_the_limit() -> None:
    flat = html5.flatten("<div>" * 600 + "x" + "</div>" * 600 + "<p>y</p>", 512)
    assert flat.count("<div>") == flat.count("</div>") == 512
    assert "x" in flat and "<p>y</p>" in flat


def test_the_headline_after_a_photo_caption_is_the_headline() -> None:
    # the browser's tree puts a layout cell's picture, caption and headline in
    # the story's container, before its first paragraph
    page = (
        "<html><head><title>Night ferry late</title></head><body><table><tr><td>"
        "<center><img src='ferry.jpg'><span>The ferry at dawn.</span></center><br>"
        f"<span class='heading'>Night ferry late</span><p>{PROSE}</p><p>{MORE}</p>"
        "</td></tr></table></body></html>"
    )
    record = _record(page)
    assert record.title == "Night ferry late"
    assert "Night ferry late" not in record.paragraphs
    assert record.paragraphs[-2:] == (PROSE, MORE)


def _panels(first: str, second: str) -> str:
    return (
        "<html><head><title>Harbour ferries</title></head><body><main><h1>Harbour ferries</h1>"
        f"<p>{PROSE}</p>{first}{second}</main></body></html>"
    )


def test_hidden_tab_panels_are_opened() -> None:
    tabs = ('<div role="tablist"><button role="tab" aria-controls="t1">Summer</button>'
            '<button role="tab" aria-controls="t2">Winter</button></div>')
    page = _panels(tabs, f'<div role="tabpanel" id="t1"><p>{MORE}</p></div>'
                         '<div role="tabpanel" id="t2" hidden><p>In winter the night ferry '
                         "sails twice a week, weather permitting, and cabins must be booked "
                         "a day ahead at the harbour office.</p></div>")
    record = _record(page)
    assert "In winter the night ferry" in record.text
    assert any("panel" in w for w in record.warnings)


def test_a_closed_accordion_panel_is_opened() -> None:
    page = _panels('<button aria-expanded="false" aria-controls="faq-1">Can I take a car?</button>',
                   f'<div id="faq-1" style="display: none"><p>{MORE}</p></div>')
    assert MORE in _record(page).text


def test_hidden_content_no_control_names_stays_hidden() -> None:
    page = _panels('<button aria-expanded="false" aria-controls="faq-1">Can I take a car?</button>',
                   f'<div id="faq-2" hidden><p>{MORE}</p></div>')
    record = _record(page)
    assert MORE not in record.text and not record.warnings


def test_a_panel_closed_by_its_class_is_opened() -> None:
    # no ARIA: the template's accordion hides its panels with an inline style
    page = _panels('<div class="product-accordion__item"><button>Specifications</button>',
                   f'<div class="product-accordion__content" style="display:none"><p>{MORE}</p>'
                   "</div></div>")
    record = _record(page)
    assert MORE in record.text
    assert any("panel" in w for w in record.warnings)


def test_a_tab_pane_closed_by_its_class_is_opened() -> None:
    page = _panels(f'<div class="tab-pane active"><p>{MORE}</p></div>',
                   '<div class="tabPane" hidden><p>In winter the night ferry sails twice a '
                   "week, weather permitting, and cabins must be booked a day ahead.</p></div>")
    assert "In winter the night ferry" in _record(page).text


def test_a_hidden_menu_or_dialog_that_collapses_stays_hidden() -> None:
    page = _panels(f'<div class="navbar-collapse collapse" hidden><p>{MORE}</p></div>',
                   '<div class="modal-accordion" style="display:none"><p>Sign up for the '
                   "ferry company's letter and save ten per cent on your next crossing.</p></div>")
    record = _record(page)
    assert MORE not in record.text and "Sign up" not in record.text


def test_a_closed_tab_of_links_stays_hidden() -> None:
    links = "".join(f'<li><a href="/s{n}">Ferry timetable for the {n} route, summer and '
                    "winter sailings</a></li>" for n in ("north", "south", "east"))
    page = _panels('<div class="tab-pane active"><p>Most read</p></div>',
                   f'<div class="tab-pane" style="display:none"><ul>{links}</ul></div>')
    record = _record(page)
    assert "timetable" not in record.text
    assert not any("panel" in w for w in record.warnings)


# --- one preparation, a tree for each reading --------------------------------------------

def test_scripts_are_cut_to_their_line_breaks_and_json_ld_is_kept_aside() -> None:
    page = (
        "<html><head>\n<script type='application/ld+json'>\n{\"headline\": \"Ferry\"}\n"
        "</script>\n<SCRIPT>var a = '</p>';\n</SCRIPT >\n</head>"
        f"<body>\n<p id='late'>{PROSE}</p></body></html>"
    )
    root, _warnings, json_ld = tree.parse(page, tree.Deadline())
    assert json_ld == ['\n{"headline": "Ferry"}\n']
    assert "var a" not in tree.text_of(root)
    # the paragraph stays on its own line of the page
    assert root.find(".//p").sourceline == page[: page.index("<p id")].count("\n") + 1


def test_a_script_left_open_ends_the_cut_there() -> None:
    page = f"<p>{PROSE}</p><script>var a = 1;</script><p>{MORE}</p><script>never closed <p>x</p>"
    root, _warnings, _json_ld = tree.parse(page, tree.Deadline())
    assert "var a" not in tree.text_of(root)
    assert MORE in tree.text_of(root)


def test_each_reading_of_a_prepared_page_builds_its_own_tree() -> None:
    page = f"<html><body><article><p>{PROSE}</p><p>{MORE}</p></article></body></html>"
    prepared = tree.prepare(page, tree.Deadline())
    first, _, _ = tree.build(prepared, tree.Deadline())
    second, _, _ = tree.build(prepared, tree.Deadline())
    first.find(".//p").getparent().remove(first.find(".//p"))
    assert tree.text_of(second) == tree.text_of(tree.parse(page, tree.Deadline())[0])
    assert PROSE in tree.text_of(second) and PROSE not in tree.text_of(first)
