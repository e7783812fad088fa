"""Captions and embedded posts in a page's body: ``<figure>`` and caption
elements become captions, a tweet's or a post's blockquote an Embed."""

from __future__ import annotations

import re

from lxml import etree

from ..dates import parse_date
from ..record import Embed, Provenance
from .blocks import Body, caption_class, data_table, short, shows_price
from .tree import clean, line_of, remembered, text_of

__all__ = ["PRODUCT_CARD", "special_kind", "take_special"]


_EMBED_CLASSES = {
    "twitter-tweet": "tweet", "twitter-video": "tweet", "instagram-media": "post",
    "tiktok-embed": "post", "fb-xfbml-parse-ignore": "post", "bluesky-embed": "post",
    "threads-post": "post", "reddit-card": "post",
}
_SIGNATURE = re.compile(
    r"[—–―-]{1,2}\s*(?P<author>[^()\n]{0,80}?)\s*\(@(?P<handle>[A-Za-z0-9_]{1,15})\)"
    r"\s*(?P<date>[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+\d{4})?"
)


#: a caption-class element that shows a price: a shop's product card, which a
#: template may mark up as its picture's caption (a caption when prices are not read)
PRODUCT_CARD = "product-card"


def special_kind(el: etree._Element) -> str | None:
    """What a special element is: "caption", "embed-<kind>", PRODUCT_CARD or None."""
    tag = el.tag
    if tag == "figure" and any(data_table(t) for t in el.iter("table")):
        return None  # a table of data set in a <figure> is read as the table it is
    if tag == "figure" and _quotation(el):
        return None  # a quotation and its source: text like any other
    if tag == "figcaption" and (parent := el.getparent()) is not None and _quotation(parent):
        return None
    if tag in ("figure", "figcaption") or (tag == "caption"):
        return "caption"
    cls = el.get("class")
    if not cls:
        return None
    kind, caption = _class_kind(cls)
    if kind and tag in ("blockquote", "div", "iframe"):
        return f"embed-{kind}"
    if caption and tag != "body":
        return PRODUCT_CARD if shows_price(el) else "caption"
    return None


def _quotation(figure: etree._Element) -> bool:
    """Whether a <figure> sets out a quotation: a <blockquote> of its own, the source
    in its <figcaption> ("<figure><blockquote>…</blockquote><figcaption>— Ana
    L.</figcaption></figure>", as a testimonial or a pull quote is marked up)."""
    return figure.tag == "figure" and any(c.tag == "blockquote" for c in figure)


@remembered
def _class_kind(cls: str) -> tuple[str | None, bool]:
    """The kind of embedded post a class names (by its first word that names one), and
    whether it names a caption."""
    kind = next(filter(None, (_EMBED_CLASSES.get(c.lower()) for c in cls.split())), None)
    return kind, caption_class(cls)


def take_special(el: etree._Element, special: str, out: Body) -> None:
    """Note a caption or an embedded post (``special``, from ``special_kind``) in ``out``."""
    if special == "caption":
        text = clean(text_of(el))
        if text:
            out.captions.append(text)
            rule = (
                "figure" if el.tag == "figure"
                else "figcaption" if el.tag == "figcaption"
                else "caption-element"
            )
            out.rows.append(Provenance(line_of(el), "caption", rule, short(text)))
        return
    embed = _embed(el, special.removeprefix("embed-"), len(out.paragraphs))
    if embed is not None:
        out.embeds.append(embed)
        out.rows.append(Provenance(line_of(el), "embed", special, short(embed.text)))


def _embed(el: etree._Element, kind: str, position: int) -> Embed | None:
    paras = [clean(text_of(p)) for p in el.iter("p")]
    paras = [p for p in paras if p]
    full = clean(text_of(el))
    text = "\n".join(paras) if paras else full
    sig_text = full
    for p in paras:
        sig_text = sig_text.replace(p, " ", 1)
    sig_text = clean(sig_text)
    m = _SIGNATURE.search(sig_text) if "(@" in sig_text else None
    if not paras and m:
        text = clean(full[: full.find(m.group(0))]) if m.group(0) in full else full
    if not text:
        return None
    links = tuple(dict.fromkeys(
        a.get("href") for a in el.iter("a") if (a.get("href") or "").startswith("http")
    ))
    return Embed(
        kind=kind,
        text=text,
        author=(m["author"] or None) if m else None,
        handle=m["handle"] if m else None,
        date=parse_date(m["date"], dayfirst=False) if m and m["date"] else None,
        links=links,
        position=position,
        signature=sig_text or None,
    )
