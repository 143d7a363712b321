import hashlib
import re
from datetime import timedelta

from anyascii import anyascii
from django.db import models
from django.shortcuts import get_object_or_404
from django.utils.functional import cached_property
from django.utils.text import Truncator, slugify
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from taggit.models import Tag, TaggedItemBase
from wagtail.admin.panels import (
    FieldPanel,
    InlinePanel,
    MultiFieldPanel,
    PageChooserPanel,
)
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page, TranslatableMixin
from wagtail.search import index
from wagtail.snippets.models import register_snippet

from newsroom.core.models import BasePage, SiteSettings
from newsroom.core.pagination import paginate, paginate_without_count

from . import selectors
from .blocks import CREDIT_HELP_TEXT, ArticleBodyBlock

# Republishing within this window (fixing a typo right after publishing) is
# not shown to readers as an update.
UPDATE_GRACE = timedelta(minutes=10)


@register_snippet
class Author(TranslatableMixin, index.Indexed, models.Model):
    """A byline. Each edition has its own copy, with the bio in its language."""

    name = models.CharField(pgettext_lazy("person", "name"), max_length=120)
    slug = models.SlugField(_("slug"), max_length=120, allow_unicode=True)
    role = models.CharField(_("role"), max_length=120, blank=True)
    photo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("photo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    bio = models.TextField(_("bio"), blank=True)

    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldPanel("role"),
        FieldPanel("photo"),
        FieldPanel("bio"),
    ]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("author")
        verbose_name_plural = _("authors")
        ordering = ["name"]
        unique_together = [("translation_key", "locale"), ("slug", "locale")]

    def __str__(self) -> str:
        return self.name


# A slug that can stand in a URL: letters or digits of any script, with
# hyphens or underscores between them.
USABLE_SLUG = re.compile(r"[^\W_]+(?:[-_]+[^\W_]+)*")


# anyascii spells Armenian letter by letter, so "ու" (one sound, "u") came out
# as "ow": "Քաղաքականություն" read "kaghakakanowtyown". "և" is pinned too.
ARMENIAN_DIGRAPHS = {"ու": "u", "Ու": "U", "ՈՒ": "U", "և": "ev"}
_ARMENIAN_DIGRAPH = re.compile("|".join(ARMENIAN_DIGRAPHS))


def transliterate(text: str) -> str:
    """``text`` in Latin letters, as a reader of the language would spell it.

    The one transliteration for addresses: tag slugs here, the demo's story
    slugs. Changing it changes only the slugs made from then on; saved ones
    stay, so no address breaks.
    """
    text = _ARMENIAN_DIGRAPH.sub(lambda match: ARMENIAN_DIGRAPHS[match[0]], text)
    return anyascii(text)


def tag_slug(name: str) -> str:
    """A readable, URL-safe and never empty slug for a tag name.

    Cyrillic, Armenian and other scripts are transliterated ("Երևան" ->
    "erevan", "учётная ставка" -> "uchetnaya-stavka"); a name with nothing
    to transliterate (punctuation) gets a stable id from the name itself.
    """
    slug = slugify(transliterate(name))[:80].strip("-_")
    if slug:
        return slug
    digest = hashlib.sha1(name.encode("utf-8", "surrogatepass")).hexdigest()
    return f"tag-{digest[:10]}"


def unique_tag_slug(
    name: str, *, taken: set[str] | None = None, own_pk: int | None = None
) -> str:
    """:func:`tag_slug`, with ``-1``, ``-2``... added when the slug is taken.

    ``taken`` defaults to the slugs in the database starting like this one,
    other than the tag ``own_pk``'s.
    """
    base = tag_slug(name)
    if taken is None:
        taken = set(
            Tag.objects.filter(slug__startswith=base)
            .exclude(pk=own_pk)
            .values_list("slug", flat=True)
        )
    slug, i = base, 1
    while slug in taken:
        slug, i = f"{base}-{i}", i + 1
    return slug


class NewsTag(Tag):
    """Taggit's tag with our slugs (see :func:`tag_slug`); same table."""

    class Meta:
        proxy = True
        verbose_name = _("tag")
        verbose_name_plural = _("tags")

    def slugify(self, tag, i=None):
        slug = tag_slug(tag)
        return f"{slug}-{i}" if i is not None else slug


class ArticleTag(TaggedItemBase):
    tag = models.ForeignKey(
        NewsTag, related_name="%(app_label)s_%(class)s_items", on_delete=models.CASCADE
    )
    content_object = ParentalKey(
        "news.ArticlePage", related_name="tagged_items", on_delete=models.CASCADE
    )


class HomeTopStory(Orderable):
    """An editor's pick for the home page; the first one is the lead story."""

    home = ParentalKey(
        "news.HomePage", related_name="top_stories", on_delete=models.CASCADE
    )
    article = models.ForeignKey(
        "news.ArticlePage",
        verbose_name=_("article"),
        on_delete=models.CASCADE,
        related_name="+",
    )

    panels = [PageChooserPanel("article", "news.ArticlePage")]

    class Meta(Orderable.Meta):
        verbose_name = _("top story")
        verbose_name_plural = _("top stories")


class HomePage(RoutablePageMixin, BasePage):
    """An edition's front page; also serves the edition's tag and author archives."""

    top_story_count = 7
    latest_per_section = 4

    content_panels = BasePage.content_panels + [
        InlinePanel(
            "top_stories",
            label=_("Top stories"),
            help_text=_(
                "The first is the lead story. Empty places are filled with the latest stories."
            ),
            max_num=7,
        )
    ]

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = ["news.SectionPage"]

    class Meta:
        verbose_name = _("home page")

    def serve(self, request, *args, **kwargs):
        # Routes bypass BasePage.serve, so the cache headers are set here too.
        response = super().serve(request, *args, **kwargs)
        return self.add_cache_headers(request, response)

    @cached_property
    def sections(self):
        return selectors.edition_sections(home=self)

    @path("", name="front")
    def front_page(self, request):
        picks = selectors.home_top_stories(home=self, count=self.top_story_count)
        return self.render(
            request,
            context_overrides={
                # Shared links and the browser tab name the outlet, not "Home".
                "meta_title": self.seo_title
                or SiteSettings.load(request_or_site=request).outlet_name,
                "lead_story": picks[0] if picks else None,
                "top_stories": picks[1:],
                "breaking": selectors.breaking_news(locale_id=self.locale_id),
                "section_blocks": selectors.latest_per_section(
                    home=self, per_section=self.latest_per_section
                ),
            },
        )

    @path("rss/", name="feed")
    def feed(self, request):
        from .feeds import StoriesFeed

        return StoriesFeed()(request, page=self)

    @path("tags/<str:tag_slug>/", name="tag")
    def tag_archive(self, request, tag_slug):
        tag = get_object_or_404(Tag, slug=tag_slug)
        stories = paginate(
            request,
            selectors.articles_in_edition(locale_id=self.locale_id).filter(
                tagged_items__tag=tag
            ),
            selectors.page_size(),
        )
        stories.object_list = selectors.attach_sections(stories.object_list)
        return self.render(
            request,
            context_overrides={
                "is_route": True,
                "tag": tag,
                "stories": stories,
                "meta_title": _("Tag: %(tag)s") % {"tag": tag.name},
                "meta_description": _("Stories tagged “%(tag)s”.") % {"tag": tag.name},
            },
            template="news/tag_page.html",
        )

    @path("authors/<str:author_slug>/", name="author")
    def author_archive(self, request, author_slug):
        author = get_object_or_404(
            Author.objects.select_related("photo"),
            slug=author_slug,
            locale_id=self.locale_id,
        )
        stories = paginate(
            request,
            selectors.articles_in_edition(locale_id=self.locale_id).filter(
                authors=author
            ),
            selectors.page_size(),
        )
        stories.object_list = selectors.attach_sections(stories.object_list)
        return self.render(
            request,
            context_overrides={
                "is_route": True,
                "author": author,
                "stories": stories,
                "meta_title": author.name,
                "meta_description": Truncator(author.bio).words(30),
            },
            template="news/author_page.html",
        )


class SectionPage(RoutablePageMixin, BasePage):
    """A section such as Politics: its blurb and a paginated list of its stories."""

    blurb = models.TextField(_("blurb"), blank=True)

    content_panels = BasePage.content_panels + [FieldPanel("blurb")]
    search_fields = BasePage.search_fields + [index.SearchField("blurb")]

    parent_page_types = ["news.HomePage"]
    subpage_types = ["news.ArticlePage"]

    class Meta:
        verbose_name = _("section")

    def get_meta_description(self) -> str:
        return self.search_description or self.blurb

    def serve(self, request, *args, **kwargs):
        response = super().serve(request, *args, **kwargs)
        return self.add_cache_headers(request, response)

    @path("rss/", name="feed")
    def feed(self, request):
        from .feeds import StoriesFeed

        return StoriesFeed()(request, page=self)

    @path("", name="index")
    def index(self, request):
        return Page.serve(self, request)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        stories = paginate(
            request, selectors.articles_in_section(section=self), selectors.page_size()
        )
        stories.object_list = selectors.attach_sections(
            stories.object_list, section=self
        )
        context["stories"] = stories
        return context


class ArticlePage(BasePage):
    """A story."""

    lead = models.TextField(
        _("lead"),
        help_text=_("One or two sentences shown under the headline and in listings."),
    )
    hero_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("main image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    hero_caption = models.CharField(_("image caption"), max_length=300, blank=True)
    hero_credit = models.CharField(
        _("image credit"),
        max_length=120,
        blank=True,
        help_text=CREDIT_HELP_TEXT,
    )
    body = StreamField(ArticleBodyBlock(), verbose_name=_("body"), blank=True)
    authors = ParentalManyToManyField(
        Author, verbose_name=_("authors"), blank=True, related_name="articles"
    )
    tags = ClusterTaggableManager(
        through=ArticleTag, blank=True, verbose_name=_("tags")
    )
    source_name = models.CharField(
        _("source"),
        max_length=200,
        blank=True,
        help_text=_(
            "Credit line, e.g. 'Caliber.Az' or 'Telegram channel of the Ministry'."
        ),
    )
    source_url = models.URLField(_("source address"), blank=True)
    is_breaking = models.BooleanField(
        _("breaking news"),
        default=False,
        help_text=_("Shown in the breaking-news strip on the home page."),
    )

    content_panels = BasePage.content_panels + [
        FieldPanel("lead"),
        MultiFieldPanel(
            [
                FieldPanel("hero_image"),
                FieldPanel("hero_caption"),
                FieldPanel("hero_credit"),
            ],
            _("Main image"),
        ),
        FieldPanel("body"),
        MultiFieldPanel(
            [
                FieldPanel("authors"),
                FieldPanel("tags"),
                FieldPanel("source_name"),
                FieldPanel("source_url"),
            ],
            _("Credits and tags"),
        ),
        FieldPanel("is_breaking"),
    ]
    search_fields = BasePage.search_fields + [
        index.SearchField("lead"),
        index.SearchField("body"),
        index.FilterField("is_breaking"),
        index.FilterField("first_published_at"),
    ]

    parent_page_types = ["news.SectionPage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("article")

    def get_meta_description(self) -> str:
        return self.search_description or self.lead

    def get_meta_image(self):
        return self.social_image or self.hero_image

    @property
    def published_at(self):
        return self.first_published_at or self.latest_revision_created_at

    @property
    def updated_at(self):
        """When the story was last changed, or None when it is as first published."""
        if self.first_published_at and self.last_published_at:
            if self.last_published_at - self.first_published_at > UPDATE_GRACE:
                return self.last_published_at
        return None

    @cached_property
    def section(self):
        return self.get_parent().specific_deferred

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["section"] = self.section
        context["authors"] = list(self.authors.all())
        context["tag_list"] = list(self.tags.all())
        context["related_stories"] = selectors.related_articles(
            article=self, tag_ids=[t.pk for t in context["tag_list"]], count=4
        )
        more = paginate_without_count(
            request,
            selectors.articles_in_section(section=self.section).exclude(pk=self.pk),
            # Half a section page: the reader came for this story; "Load more"
            # brings the rest.
            max(1, selectors.page_size() // 2),
        )
        more.object_list = selectors.attach_sections(
            more.object_list, section=self.section
        )
        context["more_stories"] = more
        return context
