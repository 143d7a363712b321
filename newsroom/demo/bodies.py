"""The body of a demo story: one recipe for the demo and the bench.

``manage.py seed_demo`` saves it through ``ArticlePage``; ``scripts/bench_seed.py``
writes it straight into the table. Both take it from here, so the bench
measures pages shaped like the demo's. The blocks are Wagtail's raw JSON form
(what the ``body`` column stores), images given by id.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Mapping
from typing import Any

Block = dict[str, Any]
Fill = Callable[[Mapping[str, str]], str]


def block(block_type: str, value: Any) -> Block:
    """One stream block in Wagtail's raw form."""
    return {"type": block_type, "value": value, "id": str(uuid.uuid4())}


def paragraph(text: str) -> Block:
    return block("paragraph", f"<p>{text}</p>")


def article_body(
    story: Mapping[str, Any],
    fill: Fill,
    *,
    variant: int,
    image_id: int,
    embed_url: str,
) -> list[Block]:
    """StreamField data for ``story`` (a dict as described in ``demo.content``).

    Paragraphs, with the story's subheading, quote and fact box where it has
    them, and by ``variant`` (the story's place in its section) an inline
    picture (``image_id``, even variants, uncaptioned), the fact box (every
    third) and a link card to ``embed_url`` (variants 1, 5, 9, ...), so a
    section shows every kind of block. ``fill`` turns a text dict into the
    edition's words.
    """
    *head, last = [fill(text) for text in story["paragraphs"]]
    body = [paragraph(text) for text in head[:2]]
    if story.get("subheading"):
        body.append(block("subheading", fill(story["subheading"])))
    body += [paragraph(text) for text in head[2:3]]
    if story.get("quote"):
        body.append(_quote(story["quote"], fill))
    body += [paragraph(text) for text in head[3:]]
    if variant % 2 == 0:
        body.append(_picture(image_id))
    if variant % 3 == 0 and story.get("facts"):
        body.append(_fact_box(story["facts_title"], story["facts"], fill))
    body.append(paragraph(last))
    if variant % 4 == 1:
        body.append(_link_card(embed_url, story, fill))
    return body


def _quote(quote: Mapping[str, Any], fill: Fill) -> Block:
    return block(
        "quote",
        {"text": fill(quote["text"]), "attribution": fill(quote["attribution"])},
    )


def _picture(image_id: int) -> Block:
    # The demo's pictures are abstract drawings (demo.pictures): a caption
    # would say nothing true, and the page would print it as the alt text as
    # well; a credit would be labelled "Photo:". So neither: an empty alt
    # marks the drawing as decoration.
    return block("image", {"image": image_id, "caption": "", "credit": ""})


def _fact_box(title: Mapping[str, str], facts: list, fill: Fill) -> Block:
    return block(
        "fact_box",
        {"title": fill(title), "facts": [block("item", fill(fact)) for fact in facts]},
    )


def _link_card(url: str, story: Mapping[str, Any], fill: Fill) -> Block:
    return block(
        "embed",
        {
            "url": url,
            "title": fill(story["headline"]),
            "description": fill(story["lead"]),
        },
    )
