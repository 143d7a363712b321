"""Foreign HTML into what a story holds: plain headline and lead, body blocks.

All markup goes through nh3 first (links kept; scripts, styles, event
handlers and unknown tags dropped), then BeautifulSoup walks what is left.
"""

from __future__ import annotations

import html
import re
import unicodedata
from dataclasses import dataclass, field

import nh3
from bs4 import BeautifulSoup, NavigableString, Tag

HEADLINE_LENGTH = 140
SUBHEADING_LENGTH = 200
INLINE_TAGS = {"a", "b", "strong", "i", "em", "br", "sup", "sub", "u", "s", "span"}
BLOCK_TAGS = {
    "p",
    "div",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "blockquote",
    "ul",
    "ol",
    "li",
    "figure",
    "figcaption",
    "img",
    "pre",
}
ALLOWED = INLINE_TAGS | BLOCK_TAGS
ALLOWED_ATTRIBUTES = {"a": {"href"}, "img": {"src", "alt"}}
URL_SCHEMES = {"http", "https", "mailto"}
# Rich text as Wagtail stores it knows <b> and <i>, not <strong> and <em>.
RICH_NAMES = {"strong": "b", "em": "i", "b": "b", "i": "i", "sup": "sup", "sub": "sub"}
SENTENCE_END = re.compile(r"(?<=[.!?…։])\s+")


def sanitise(markup: str) -> str:
    """``markup`` with only harmless tags and attributes left."""
    return nh3.clean(
        markup or "",
        tags=ALLOWED,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes=URL_SCHEMES,
        link_rel=None,
        strip_comments=True,
    )


def plain(markup: str) -> str:
    """The text of ``markup``: tags dropped (a line break or a block ends a
    word), entities decoded, spaces tidied."""
    soup = BeautifulSoup(sanitise(markup), "html.parser")
    for tag in soup.find_all(True):
        if tag.name == "br":
            tag.replace_with("\n")
        elif tag.name in BLOCK_TAGS:
            tag.append("\n")
    return tidy(soup.get_text())


def tidy(text: str) -> str:
    text = "".join(
        ch for ch in text if unicodedata.category(ch) not in ("Cc", "Cf") or ch in "\n"
    )
    return re.sub(r"[ \t\u00a0\n]+", " ", text).strip()


def headline(text: str, limit: int = HEADLINE_LENGTH) -> tuple[str, bool]:
    """A headline from ``text``: its first sentence, shortened at a word boundary.

    Returns (headline, whole) where ``whole`` says the headline is all of
    ``text``. Leading emoji and symbols ("⚡️ BREAKING") are dropped.
    """
    text = _drop_leading_symbols(tidy(text))
    if len(text) <= limit:
        return text, True
    first = SENTENCE_END.split(text, maxsplit=1)[0]
    if len(first) <= limit:
        return first.rstrip(".։"), False
    cut = first[: limit - 1]
    if " " in cut:
        cut = cut[: cut.rindex(" ")]
    return cut.rstrip(" ,;:-–—") + "…", False


def _drop_leading_symbols(text: str) -> str:
    index = 0
    while index < len(text):
        ch = text[index]
        kind = unicodedata.category(ch)
        if kind[0] in "LN" or ch in "«\"„“'‘(":
            break
        index += 1
    return text[index:].strip()


@dataclass
class Body:
    """A story's body as StreamField data, with the first picture it names."""

    blocks: list[dict] = field(default_factory=list)
    first_image: str = ""
    first_image_caption: str = ""

    def paragraphs_text(self) -> list[str]:
        return [
            plain(block["value"])
            for block in self.blocks
            if block["type"] == "paragraph"
        ]

    def take_lead(self) -> str:
        """Remove the first paragraph and return its text (the story's lead)."""
        for index, block in enumerate(self.blocks):
            if block["type"] == "paragraph" and not block["value"].startswith(
                ("<ul", "<ol")
            ):
                text = plain(block["value"])
                if text:
                    del self.blocks[index]
                    return text
        return ""


def body(markup: str) -> Body:
    """StreamField blocks for sanitised ``markup``: paragraphs (with links,
    bold, italics, lists), subheadings, quotes; the first image noted."""
    result = Body()
    soup = BeautifulSoup(sanitise(markup), "html.parser")
    inline: list = []

    def flush() -> None:
        for paragraph in _split_on_double_breaks(inline):
            rich = _rich(paragraph)
            if rich:
                result.blocks.append({"type": "paragraph", "value": f"<p>{rich}</p>"})
        inline.clear()

    def walk(nodes) -> None:
        for node in list(nodes):
            if isinstance(node, NavigableString):
                inline.append(node)
                continue
            if not isinstance(node, Tag):
                continue
            name = node.name
            if name in INLINE_TAGS:
                inline.append(node)
                continue
            flush()
            if name == "img":
                _note_image(result, _attr(node, "src"), _attr(node, "alt"))
            elif name == "figure":
                image = node.find("img")
                caption = node.find("figcaption")
                if image is not None:
                    _note_image(
                        result,
                        _attr(image, "src"),
                        plain(str(caption)) if caption else _attr(image, "alt"),
                    )
            elif name in ("h1", "h2", "h3", "h4", "h5", "h6"):
                text = plain(str(node))[:SUBHEADING_LENGTH]
                if text:
                    result.blocks.append({"type": "subheading", "value": text})
            elif name == "blockquote":
                text = plain(str(node))
                if text:
                    result.blocks.append(
                        {"type": "quote", "value": {"text": text, "attribution": ""}}
                    )
            elif name in ("ul", "ol"):
                items = [
                    f"<li>{_rich(list(li.children))}</li>"
                    for li in node.find_all("li")
                    if plain(str(li))
                ]
                if items:
                    result.blocks.append(
                        {
                            "type": "paragraph",
                            "value": f"<{name}>{''.join(items)}</{name}>",
                        }
                    )
            else:  # p, div, pre, li out of a list, figcaption on its own
                walk(node.children)
                flush()

    walk(soup.children)
    flush()
    return result


def _attr(node: Tag, name: str) -> str:
    value = node.get(name)
    return value if isinstance(value, str) else ""


def _note_image(result: Body, src: str, caption: str) -> None:
    if not result.first_image and src.startswith(("http://", "https://")):
        result.first_image = src
        result.first_image_caption = tidy(caption)[:300]


def _split_on_double_breaks(nodes: list) -> list[list]:
    """Inline runs split where two <br> in a row (or blank lines) end a paragraph."""
    paragraphs: list[list] = [[]]
    breaks = 0
    for node in nodes:
        if isinstance(node, Tag) and node.name == "br":
            breaks += 1
            if breaks == 2:
                paragraphs.append([])
                continue
            paragraphs[-1].append(node)
            continue
        if isinstance(node, NavigableString) and not node.strip():
            if "\n\n" in node:
                paragraphs.append([])
            else:
                paragraphs[-1].append(node)
            continue
        breaks = 0
        paragraphs[-1].append(node)
    return [p for p in paragraphs if p]


def _rich(nodes) -> str:
    """Inline nodes as Wagtail rich text: text, <b>, <i>, <a href>, <br>."""
    out: list[str] = []
    for node in nodes:
        if isinstance(node, NavigableString):
            out.append(html.escape(re.sub(r"\s+", " ", str(node)), quote=False))
        elif isinstance(node, Tag):
            inner = _rich(node.children)
            if node.name == "br":
                out.append("<br/>")
            elif node.name == "a" and _attr(node, "href"):
                href = html.escape(_attr(node, "href"), quote=True)
                out.append(f'<a href="{href}">{inner}</a>' if inner.strip() else "")
            elif node.name in RICH_NAMES:
                tag = RICH_NAMES[node.name]
                out.append(f"<{tag}>{inner}</{tag}>" if inner.strip() else inner)
            else:
                out.append(inner)
    text = "".join(out).strip()
    text = re.sub(r"^(<br/>\s*)+|(\s*<br/>)+$", "", text)
    return text.strip()
