"""HTML pages: main text, title, publication date and canonical URL.

The page is parsed once with lxml and cleaned of everything that is not content
(scripts, styles, templates, ``noscript``, frames, embedded objects, SVG, comments,
processing instructions), then trafilatura extracts the main text, title and URL
(``<link rel=canonical>``, ``og:url``). The date comes from the page metadata through
htmldate (``article:published_time`` and the like), else from a dateline in the text.
When trafilatura finds no main text, the text of the cleaned body is taken instead.

>>> import io
>>> page = b"<html><head><title>Deal</title><script>alert(1)</script></head><body><p>Two hospitals signed a deal.</p></body></html>"
>>> next(load_html(io.BytesIO(page), "a.html", "a"))[1].text
'Two hospitals signed a deal.'
"""
from __future__ import annotations

import logging
import re
from typing import BinaryIO, Callable, Iterator

from healthkg.errors import LoaderError
from healthkg.loaders.dates import find_published_date, parse_date
from healthkg.loaders.document import Document
from healthkg.loaders.sources.reading import decode_text, normalise_text, read_limited

__all__ = ["load_html", "clean_tree", "fallback_text", "UNSAFE_TAGS"]

logger = logging.getLogger(__name__)

#: Elements whose content never reaches a document's text.
UNSAFE_TAGS = (
    "script", "style", "template", "noscript", "iframe", "frame", "frameset", "object",
    "embed", "applet", "svg", "math", "canvas", "audio", "video", "source", "track",
    "input", "button", "select", "textarea",
)
_BLOCK_TAGS = {
    "p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table",
    "section", "article", "header", "footer", "blockquote", "pre", "dd", "dt", "dl",
    "figcaption", "figure", "main", "aside", "nav", "hr", "address", "td", "th",
}
_XML_DECLARATION_RE = re.compile(r"^\s*<\?xml[^>]*\?>", re.IGNORECASE)
_SPACES_RE = re.compile(r"[ \t\u00a0]+")
_LANG_RE = re.compile(r"^[a-z]{2,3}$")
_CHARSET_RE = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{2,40})""", re.IGNORECASE)


def _decode(data: bytes, source: str) -> str:
    """Decode with the charset the page declares when it is valid, else detect it."""
    import codecs

    declared = _CHARSET_RE.search(data[:4096])
    if declared and not data.startswith((codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        name = declared.group(1).decode("ascii").lower()
        if name in {"iso-8859-1", "latin-1", "latin1", "us-ascii", "ascii"}:
            name = "cp1252"  # as browsers do: pages that say latin-1 are written in cp1252
        if b"\x00" in data:
            return decode_text(data, source)
        try:
            return data.decode(name)
        except (LookupError, UnicodeDecodeError):
            pass
    return decode_text(data, source)


def clean_tree(tree):
    """Remove every non-content element, comment and event-handler attribute from an lxml tree.

    >>> import lxml.html
    >>> tree = clean_tree(lxml.html.fromstring("<div><p onclick='x()'>Hi</p><script>bad()</script><!-- c --></div>"))
    >>> lxml.html.tostring(tree)
    b'<div><p>Hi</p></div>'
    """
    from lxml import etree

    etree.strip_elements(tree, *UNSAFE_TAGS, etree.Comment, etree.ProcessingInstruction, with_tail=False)
    for element in tree.iter():
        if not isinstance(element.tag, str):
            continue
        for name in [a for a in element.attrib if a.lower().startswith("on") or a.lower() in {"style", "srcdoc"}]:
            del element.attrib[name]
    return tree


def fallback_text(tree) -> str:
    """The visible text of a cleaned tree, one line per block element.

    >>> import lxml.html
    >>> fallback_text(clean_tree(lxml.html.fromstring("<body><h1>A</h1><p>B <b>c</b></p><style>x</style></body>")))
    'A\\nB c'
    """
    body = tree.find(".//body")
    root = body if body is not None else tree
    parts: list[str] = []

    def walk(element) -> None:
        if not isinstance(element.tag, str):
            return
        block = element.tag.lower() in _BLOCK_TAGS
        if block:
            parts.append("\n")
        if element.text:
            parts.append(element.text)
        for child in element:
            walk(child)
            if child.tail:
                parts.append(child.tail)
        if block:
            parts.append("\n")

    walk(root)
    lines = (_SPACES_RE.sub(" ", line).strip() for line in "".join(parts).split("\n"))
    return "\n".join(line for line in lines if line)


def _parse(markup: str, source: str):
    import lxml.html
    from lxml import etree

    markup = _XML_DECLARATION_RE.sub("", markup, count=1)
    try:
        return lxml.html.document_fromstring(markup)
    except (etree.ParserError, ValueError) as exc:
        raise LoaderError(f"not a readable HTML page: {exc}", source=source) from exc


def _language(tree) -> str | None:
    for value in (tree.get("lang"), tree.get("xml:lang"), tree.get("{http://www.w3.org/XML/1998/namespace}lang"),
                  *tree.xpath("//meta[@http-equiv='content-language' or @http-equiv='Content-Language']/@content")):
        if value:
            primary = value.strip().lower().replace("_", "-").split("-")[0]
            if _LANG_RE.match(primary):
                return primary
    return None


def _meta_date(tree) -> str | None:
    import htmldate

    try:
        found = htmldate.find_date(tree, extensive_search=False, original_date=True, outputformat="%Y-%m-%d")
    except Exception as exc:  # htmldate raises assorted errors on odd pages; the text is still usable
        logger.debug("htmldate failed: %s", exc)
        return None
    return parse_date(found) if found else None


def _extract(tree, source: str):
    import trafilatura

    try:
        return trafilatura.bare_extraction(tree, with_metadata=True, include_comments=False, include_tables=True)
    except Exception as exc:  # trafilatura can fail on malformed trees; fall back to plain extraction
        logger.warning("%s: trafilatura failed (%s); using plain text extraction", source, exc)
        return None


def load_html(
    stream: BinaryIO, source: str, doc_id: str, report: Callable[[LoaderError], None] | None = None
) -> Iterator[tuple[int | None, Document]]:
    """Read one HTML page from a binary stream; yields ``(None, document)``.

    Raises :class:`LoaderError` when the page is binary, oversized or has no text.

    >>> import io
    >>> page = b'<html lang="en"><head><meta name="date" content="2022-11-03"></head><body><p>Deal signed.</p></body></html>'
    >>> _, doc = next(load_html(io.BytesIO(page), "a.html", "a"))
    >>> (doc.text, doc.published, doc.language)
    ('Deal signed.', '2022-11-03', 'en')
    """
    from copy import deepcopy

    data = read_limited(stream, source)
    if not data.strip():
        raise LoaderError("empty document", source=source)
    tree = clean_tree(_parse(_decode(data, source), source))
    language = _language(tree)
    published = _meta_date(deepcopy(tree))
    fallback = fallback_text(deepcopy(tree))
    extracted = _extract(tree, source)
    text = normalise_text(extracted.text or "") if extracted is not None else ""
    if not text.strip():
        text = normalise_text(fallback)
    if not text.strip():
        raise LoaderError("empty document: no text in the HTML page", source=source)
    title = (extracted.title if extracted is not None else None) or None
    if title is None:
        found = tree.find(".//title")
        title = (found.text_content().strip() or None) if found is not None else None
    url = (extracted.url if extracted is not None else None) or None
    if published is None:
        published = find_published_date(text, language)
    yield None, Document(
        id=doc_id,
        source=source,
        text=text,
        title=normalise_text(title) if title else None,
        published=published,
        language=language,
        url=url,
    )
