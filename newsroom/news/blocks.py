from urllib.parse import urlsplit

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.images.blocks import ImageChooserBlock

RICH_TEXT_FEATURES = ["bold", "italic", "link", "ol", "ul", "superscript", "subscript"]
# The page prints the label in front of a credit; one typed into it anyway is
# taken off (news_tags.credit_name), but editors should not need to.
CREDIT_HELP_TEXT = _(
    "The photographer or agency only, e.g. 'Reuters': the page adds “Photo:”."
)


class ImageWithCaptionBlock(blocks.StructBlock):
    image = ImageChooserBlock(label=_("image"))
    caption = blocks.CharBlock(label=_("caption"), required=False, max_length=300)
    credit = blocks.CharBlock(
        label=_("credit"),
        required=False,
        max_length=120,
        help_text=CREDIT_HELP_TEXT,
    )

    class Meta:
        icon = "image"
        label = _("Image")
        template = "news/blocks/image_block.html"


class QuoteBlock(blocks.StructBlock):
    text = blocks.TextBlock(label=_("quote"))
    attribution = blocks.CharBlock(
        label=_("attribution"), required=False, max_length=200
    )

    class Meta:
        icon = "openquote"
        label = _("Quote")
        template = "news/blocks/quote_block.html"


class LinkCardBlock(blocks.StructBlock):
    """An embedded post or video, rendered as a link card.

    Third-party embed code would load scripts and trackers from other hosts and
    breaks offline and under a strict CSP, so the reader gets a card that links
    out; the provider's name is taken from the address.
    """

    url = blocks.URLBlock(label=_("address"))
    title = blocks.CharBlock(label=_("title"), required=False, max_length=200)
    description = blocks.TextBlock(label=_("description"), required=False)

    class Meta:
        icon = "media"
        label = _("Embed")
        template = "news/blocks/link_card_block.html"

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        host = urlsplit(value["url"]).hostname or ""
        context["host"] = host.removeprefix("www.")
        return context


class FactBoxBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("title"), max_length=120)
    facts = blocks.ListBlock(blocks.CharBlock(max_length=300), label=_("facts"))

    class Meta:
        icon = "list-ul"
        label = _("Fact box")
        template = "news/blocks/fact_box_block.html"


class ArticleBodyBlock(blocks.StreamBlock):
    paragraph = blocks.RichTextBlock(
        features=RICH_TEXT_FEATURES,
        label=_("Paragraph"),
        template="news/blocks/paragraph_block.html",
    )
    subheading = blocks.CharBlock(
        max_length=200,
        label=_("Subheading"),
        icon="title",
        template="news/blocks/subheading_block.html",
    )
    image = ImageWithCaptionBlock()
    quote = QuoteBlock()
    embed = LinkCardBlock()
    fact_box = FactBoxBlock()
