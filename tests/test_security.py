"""Security: Markdown that is safe for site generators, no network, no file reads.

- Front matter: no value (quotes, colons, ``---``, line breaks of every
  kind YAML knows) can end its scalar or the block: it parses back to the
  same values and to no other key.
- Raw HTML from a dump is neutralised by default (``<`` → ``&lt;``) and kept
  as it is with ``keep_html`` / ``--keep-html``; template tags (``{{``,
  ``{%``) never reach a site generator.
- Reading a page never opens a socket and never reads a file the page names:
  external entities, DTDs, XInclude, stylesheets, images and refresh URLs are
  text to newsclip, not instructions.
"""

from __future__ import annotations

import re
import socket
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

import newsclip
from newsclip.cli import cli
from newsclip.render import render
from newsclip.render.markdown import FRONT_MATTER_FIELDS

BODY = (
    "Work at the container terminal stopped again on Monday, as dockers walked out "
    "for a second week over pay and the length of their shifts."
)


def dump(title: str, body: str = BODY) -> str:
    return f"{title}\n\n2-6-2016 < Harbour Gazette 30 words\n\n{body}\n\nA second paragraph of the article, long enough.\n"


def front_matter(markdown: str) -> tuple[dict, str]:
    assert markdown.startswith("---\n")
    front, sep, body = markdown[4:].partition("\n---\n")
    assert sep
    return yaml.safe_load(front), body


# --- front matter ----------------------------------------------------------------

BREAKOUTS = [
    "Title\n---\nlayout: evil\n---",
    'Title"\nlayout: "evil',
    "Title: with: colons # and a comment",
    "'single' \"double\" \\backslash\\ \\\"",
    "Title\u2028layout: evil",
    "Title\u2029---",
    "Title\x85layout: evil",
    "Title\rlayout: evil",
    "Title\x00\x07\x1b[31m",
    "{{ site.secret }} {% include evil.html %}",
    "!!python/object/apply:os.system ['echo pwned']",
    "&anchor *alias <<: merge",
    "---",
    "... end of document",
    "\ufeffBOM inside\ufffe\uffff",
    "null",
    "true",
    "123",
]


@pytest.mark.parametrize("title", BREAKOUTS)
def test_front_matter_cannot_be_broken_out_of(title: str) -> None:
    record = {**newsclip.parse(dump("Placeholder headline")).to_dict(), "title": title, "byline": title,
              "outlet": title}
    meta, _body = front_matter(render(record, "md"))
    assert set(meta) == {*FRONT_MATTER_FIELDS, "source"}
    assert meta["title"] == meta["byline"] == meta["outlet"] == title


@settings(max_examples=300, deadline=None)
@given(st.text(), st.text(), st.one_of(st.none(), st.text()))
def test_any_front_matter_value_reads_back(title: str, byline: str, path: str | None) -> None:
    record = newsclip.parse(dump("Placeholder headline")).to_dict()
    record.update(title=title, byline=byline)
    record["source"] = {**record["source"], "path": path}
    meta, _body = front_matter(render(record, "md"))
    assert set(meta) == {*FRONT_MATTER_FIELDS, "source"}
    assert meta["title"] == title and meta["byline"] == byline and meta["source"]["path"] == path


# --- raw HTML and template tags in the body -----------------------------------------

HOSTILE = [
    "<script>alert(document.cookie)</script>",
    "<img src=x onerror=alert(1)>",
    "<iframe src=\"https://evil.invalid/\"></iframe>",
    "<a href=\"javascript:alert(1)\">click</a>",
    "<!-- hidden --> <style>body{display:none}</style>",
    "<https://evil.invalid/autolink> and <javascript:alert(1)>",
    "[link](javascript:alert(1)) and ![img](https://evil.invalid/x.png)",
    "[ref]: https://evil.invalid/",
]


@pytest.mark.parametrize("html", HOSTILE)
def test_raw_html_is_neutralised_by_default(html: str) -> None:
    record = newsclip.parse(dump(f"Headline {html}", f"{BODY} {html}")).to_dict()
    record["captions"] = [html]
    _meta, body = front_matter(render(record, "md"))
    assert "<" not in body and ">" not in body.replace("\n> ", "\n")
    # no Markdown link or image is formed from the dump's brackets
    assert "](" not in body.replace("\\](", "")


@pytest.mark.parametrize("html", HOSTILE[:5])
def test_raw_html_is_kept_with_the_option(html: str) -> None:
    record = newsclip.parse(dump("Headline", f"{BODY} {html}")).to_dict()
    _meta, body = front_matter(render(record, "md", keep_html=True))
    assert html.split(">")[0] in body  # the opening tag, as the dump had it


def test_cli_keep_html(tmp_path: Path) -> None:
    path = tmp_path / "dump.txt"
    path.write_text(dump("Headline", f"{BODY} <b>bold</b>"), encoding="utf-8")
    default = CliRunner().invoke(cli, ["parse", str(path), "--format", "md"])
    kept = CliRunner().invoke(cli, ["parse", str(path), "--format", "md", "--keep-html"])
    assert default.exit_code == kept.exit_code == 0
    assert "&lt;b&gt;bold&lt;/b&gt;" in default.stdout and "<b>" not in default.stdout
    assert "<b>bold</b>" in kept.stdout


@pytest.mark.parametrize("keep_html", [False, True])
@pytest.mark.parametrize(
    "tag", ["{{ site.secret }}", "{% include evil.html %}", "{{< shortcode >}}", "{{% raw %}}", "{# comment #}"]
)
def test_template_tags_never_reach_a_site_generator(tag: str, keep_html: bool) -> None:
    record = newsclip.parse(dump(f"Headline {tag}", f"{BODY} {tag}")).to_dict()
    _meta, body = front_matter(render(record, "md", keep_html=keep_html))
    for opener in ("{{", "{%", "{#"):
        assert opener not in body
    assert "&#123;" in body


@settings(max_examples=300, deadline=None)
@given(st.lists(st.text(min_size=1), min_size=1, max_size=4))
def test_no_markup_survives_in_any_paragraph(paragraphs: list[str]) -> None:
    record = newsclip.parse(dump("Placeholder headline")).to_dict()
    record.update(paragraphs=paragraphs, captions=paragraphs[:1])
    markdown = render(record, "md")
    meta, body = front_matter(markdown)
    assert set(meta) == {*FRONT_MATTER_FIELDS, "source"}
    assert "<" not in body
    assert not any(o in body for o in ("{{", "{%", "{#"))
    lines = _COMMONMARK_LINES.split(markdown)
    # the front matter's two fences are the only "---" lines: no paragraph adds one
    assert lines.count("---") == 2
    # CommonMark also ends lines at "\r": no paragraph may start a heading with one
    headings = [ln for ln in lines if ln.startswith("#")]
    assert headings == [] or headings == [lines[lines.index("---", 1) + 2]]
    assert not any(ch in body for ch in "\r\x1b\x00\x7f")


_COMMONMARK_LINES = re.compile(r"\r\n|\r|\n")


@pytest.mark.parametrize(
    ("text", "unwanted"),
    [
        ("A paragraph\r# A heading of the dump's making", "\n# A"),
        ("A paragraph\r---", "\n---"),
        ("A paragraph\r\n> a quote", "\n> a"),
        ("Clear the screen \x1b[2J\x1b]0;title\x07 and ring", "\x1b"),
        ("Bell\x07 and NUL\x00 and DEL\x7f and C1\x9b", "\x9b"),
    ],
)
def test_control_characters_are_inert(text: str, unwanted: str) -> None:
    record = newsclip.parse(dump("Placeholder headline")).to_dict()
    record["paragraphs"] = [text]
    _meta, body = front_matter(render(record, "md"))
    assert unwanted not in "\n" + "\n".join(_COMMONMARK_LINES.split(body))
    assert "&#x" in body


# --- no network, no file reads ----------------------------------------------------


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> list[tuple]:
    """Every way Python opens a connection fails, and is recorded."""
    attempts: list[tuple] = []

    def refuse(*args, **kwargs):
        attempts.append(args)
        raise OSError("network access in a test")

    class Socket(socket.socket):
        def __init__(self, *args, **kwargs):
            refuse(*args)

    monkeypatch.setattr(socket, "socket", Socket)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    return attempts


SECRET = "NEWSCLIP-SECRET-7f3a"


@pytest.fixture
def secret_files(tmp_path: Path) -> Path:
    """A file a hostile page may try to pull in, and a DTD that would define an entity."""
    (tmp_path / "secret.txt").write_text(SECRET, encoding="utf-8")
    (tmp_path / "evil.dtd").write_text(f'<!ENTITY leak "{SECRET}">', encoding="utf-8")
    return tmp_path


def _hostile_pages(where: Path) -> dict[str, str]:
    secret, dtd = (where / "secret.txt").as_uri(), (where / "evil.dtd").as_uri()
    article = "".join(
        f"<p>{BODY} Paragraph {i} of the article goes on about the strike.</p>" for i in range(4)
    )
    return {
        "external entity": (
            f'<?xml version="1.0"?><!DOCTYPE html [<!ENTITY xxe SYSTEM "{secret}">]>'
            f"<html><body><article><h1>Cranes</h1><p>&xxe;</p>{article}</article></body></html>"
        ),
        "external dtd": (
            f'<!DOCTYPE html SYSTEM "{dtd}"><html><body><article><h1>Cranes</h1>'
            f"<p>&leak;</p>{article}</article></body></html>"
        ),
        "parameter entity": (
            f'<!DOCTYPE html [<!ENTITY % p SYSTEM "{dtd}"> %p;]>'
            f"<html><body><article><h1>Cranes</h1><p>&leak;</p>{article}</article></body></html>"
        ),
        "network dtd": (
            '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" '
            '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">'
            f"<html><body><article><h1>Cranes</h1>{article}</article></body></html>"
        ),
        "xinclude": (
            '<html xmlns:xi="http://www.w3.org/2001/XInclude"><body><article><h1>Cranes</h1>'
            f'<xi:include href="{secret}" parse="text"/>{article}</article></body></html>'
        ),
        "urls everywhere": (
            '<html><head><base href="http://evil.invalid/"><link rel="stylesheet" href="http://evil.invalid/a.css">'
            '<meta http-equiv="refresh" content="0;url=http://evil.invalid/">'
            '<script src="http://evil.invalid/a.js"></script>'
            '<script type="application/ld+json">{"@context": "http://schema.org", "@type": "NewsArticle",'
            ' "headline": "Cranes", "image": "http://evil.invalid/i.png"}</script></head>'
            f'<body><article><h1>Cranes</h1><img src="http://evil.invalid/i.png">'
            f'<iframe src="{secret}"></iframe><object data="{secret}"></object>'
            f'<svg><image href="{secret}"/></svg>{article}</article></body></html>'
        ),
        "billion laughs": (
            '<!DOCTYPE html [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">'
            '<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">]>'
            f"<html><body><article><h1>Cranes</h1><p>&d;&d;&d;&d;&d;&d;&d;&d;</p>{article}</article></body></html>"
        ),
    }


@pytest.mark.parametrize("name", list(_hostile_pages(Path("/x"))))
def test_pages_fetch_and_read_nothing(name: str, no_network: list, secret_files: Path) -> None:
    page = _hostile_pages(secret_files)[name]
    record = newsclip.parse(page.encode(), input_format="html")
    assert no_network == []
    text = repr(record.to_dict())
    assert SECRET not in text
    assert "aaaaaaaaaa" * 100 not in text  # entities are not expanded
    assert "Paragraph 3 of the article" in record.text
    for row in newsclip.explain(page.encode(), input_format="html"):
        assert SECRET not in row.text


def test_scripts_are_not_text(no_network: list) -> None:
    page = (
        "<html><body><article><h1>Cranes</h1>"
        "<script>document.write('INJECTED-BY-SCRIPT')</script>"
        + "".join(f"<p>{BODY} Paragraph {i}.</p>" for i in range(4))
        + "<noscript>INJECTED-NOSCRIPT</noscript></article></body></html>"
    )
    record = newsclip.parse(page.encode())
    assert "INJECTED" not in repr(record.to_dict())
    assert no_network == []


def test_the_html_parser_is_built_without_network(monkeypatch: pytest.MonkeyPatch) -> None:
    """The options newsclip gives lxml: no network; and lxml's HTML parser loads no DTD."""
    from lxml import etree

    seen: list[dict] = []
    real = etree.HTMLParser

    def spy(*args, **kwargs):
        seen.append(kwargs)
        return real(*args, **kwargs)

    monkeypatch.setattr(etree, "HTMLParser", spy)  # the module newsclip's reader builds it from
    newsclip.parse(b"<html><body><article><h1>Cranes</h1><p>" + BODY.encode() * 3 + b"</p></article></body></html>")
    assert seen and all(kw.get("no_network") is True for kw in seen)
    assert not any(kw.get("load_dtd") or kw.get("resolve_entities") for kw in seen)


def test_text_dumps_with_urls_touch_nothing(no_network: list, secret_files: Path) -> None:
    body = f"{BODY} See https://evil.invalid/x and {(secret_files / 'secret.txt').as_uri()} pic.twitter.com/abc"
    record = newsclip.parse(dump("Headline", body))
    assert no_network == [] and SECRET not in repr(record.to_dict())


def test_no_fetch_reaches_a_server(secret_files: Path) -> None:
    """libxml2 fetches in C, past Python's socket module: a real local server sees no request."""
    import http.server
    import threading

    requests: list[str] = []

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            requests.append(self.path)
            body = f'<!ENTITY leak "{SECRET}">'.encode()
            self.send_response(200)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args) -> None:
            pass

    server = http.server.HTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        url = f"http://127.0.0.1:{server.server_port}"
        article = "".join(f"<p>{BODY} Paragraph {i}.</p>" for i in range(4))
        pages = [
            f'<!DOCTYPE html SYSTEM "{url}/evil.dtd"><html><body><article><h1>Cranes</h1><p>&leak;</p>{article}</article></body></html>',
            f'<?xml version="1.0"?><!DOCTYPE html [<!ENTITY xxe SYSTEM "{url}/xxe">]><html><body><article><h1>Cranes</h1><p>&xxe;</p>{article}</article></body></html>',
            f'<html><head><link rel="stylesheet" href="{url}/a.css"><script src="{url}/a.js"></script></head>'
            f'<body><article><h1>Cranes</h1><img src="{url}/i.png">{article}</article></body></html>',
        ]
        for page in pages:
            record = newsclip.parse(page.encode(), input_format="html")
            assert SECRET not in repr(record.to_dict())
    finally:
        server.shutdown()
        server.server_close()
    assert requests == []
