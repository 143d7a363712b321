import hashlib
import re

from anyascii import anyascii
from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import IntegrityError, models, transaction
from django.shortcuts import get_object_or_404
from django.utils import timezone
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

from newsroom.core.models import BasePage, SiteSettings
from newsroom.core.pagination import paginate, paginate_without_count
from newsroom.desk.edit_panels import TranslationSourcePanel
from newsroom.ingest.edit_panels import StoryOutletsPanel

from . import selectors
from .blocks import CREDIT_HELP_TEXT, ArticleBodyBlock
from .forms import ArticleForm
from .widgets import AuthorPicker


class AuthorManager(models.Manager["Author"]):
    def byline(self, user, *, locale_id: int, save: bool = True) -> "Author":
        """The author entry ``user`` signs with in the edition of ``locale_id``.

        In order: their own entry there; the translation there of their entry
        in another edition (it becomes theirs); a new entry made from their
        full name, with the slug and ``translation_key`` of their entry in
        another edition if they have one (else a transliterated slug and a new
        key). With ``save=False`` nothing is written and a new entry comes
        back unsaved: forms call it so to validate.

        Raises ``ValidationError`` when a new entry is needed but the login
        has no name, or when the edition already has an author of that name
        who is nobody's login (the person should tick that one, or an editor
        should link it: two entries for one person would split their archive).
        """
        own = self.filter(user=user, locale_id=locale_id).first()
        if own is not None:
            return own
        elsewhere = self.filter(user=user).order_by("pk").first()
        if elsewhere is not None:
            twin = self.filter(
                translation_key=elsewhere.translation_key, locale_id=locale_id
            ).first()
            if twin is not None and twin.user_id is None:
                twin.user = user
                if save:
                    twin.save(update_fields=["user"])
                return twin
            if twin is not None:  # another login's entry: the key is taken here
                elsewhere = None
        author = self._new_byline(user, locale_id=locale_id, elsewhere=elsewhere)
        if not save:
            return author
        try:
            with transaction.atomic():
                author.save()
        except IntegrityError:
            # Made by the same person's other request a moment ago.
            return self.get(user=user, locale_id=locale_id)
        return author

    def _new_byline(self, user, *, locale_id: int, elsewhere) -> "Author":
        name = user.get_full_name().strip()
        if not name:
            raise ValidationError(
                _(
                    "Your login has no name to sign with. Add your first and last "
                    "name in your account settings, then save again."
                ),
                code="no_name",
            )
        if self.filter(locale_id=locale_id, user__isnull=True, name=name).exists():
            raise ValidationError(
                _(
                    "“%(name)s” is already an author of this edition, not linked "
                    "to a login: tick that name in the list, or ask an editor to "
                    "link it to your login."
                ),
                code="name_taken",
                params={"name": name},
            )
        base = (elsewhere.slug if elsewhere else "") or slugify(transliterate(name))
        base = base[:100].strip("-_") or "author"
        taken = set(
            self.filter(locale_id=locale_id, slug__startswith=base).values_list(
                "slug", flat=True
            )
        )
        slug, suffix = base, 1
        while slug in taken:
            suffix += 1
            slug = f"{base}-{suffix}"
        author = self.model(name=name, slug=slug, locale_id=locale_id, user=user)
        if elsewhere is not None:
            author.translation_key = elsewhere.translation_key
        return author


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
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("login"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="bylines",
        help_text=_(
            "The newsroom login of this person, if they have one: with it they "
            "can add themself to a story's byline."
        ),
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldPanel("role"),
        FieldPanel("photo"),
        FieldPanel("bio"),
        FieldPanel("user"),
    ]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    objects = AuthorManager()

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("author")
        verbose_name_plural = _("authors")
        ordering = ["name"]
        unique_together = [("translation_key", "locale"), ("slug", "locale")]
        constraints = [
            models.UniqueConstraint(
                fields=["user", "locale"],
                condition=models.Q(user__isnull=False),
                name="news_author_one_per_login_and_edition",
                violation_error_message=_(
                    "This login already signs as another author in this edition."
                ),
            )
        ]

    def __str__(self) -> str:
        return self.name

    @property
    def latin_name(self) -> str:
        """The name in Latin letters ("Лейла Гасанова" -> "Leila Gasanova")."""
        return transliterate(self.name)


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


STORY_SLUG_LENGTH = 80


def story_slug(title: str) -> str:
    """A readable Latin slug for a headline, at most 80 characters.

    Transliterated like tag slugs ("Курс драма" -> "kurs-drama") and cut at
    the last hyphen that fits, so no word is cut in half (a single word
    longer than the limit is cut). Empty when the headline has nothing to
    transliterate.
    """
    slug = slugify(transliterate(title))
    if len(slug) > STORY_SLUG_LENGTH:
        cut = slug[: STORY_SLUG_LENGTH + 1]
        slug = cut.rsplit("-", 1)[0] if "-" in cut else cut[:STORY_SLUG_LENGTH]
    return slug.strip("-_")


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


class ArticleNote(Orderable):
    """A dated correction or update an editor adds to a published story."""

    CORRECTION = "correction"
    UPDATE = "update"
    KIND_CHOICES = [
        (CORRECTION, pgettext_lazy("story note", "Correction")),
        (UPDATE, pgettext_lazy("story note", "Update")),
    ]

    article = ParentalKey(
        "news.ArticlePage", related_name="notes", on_delete=models.CASCADE
    )
    kind = models.CharField(
        _("kind"), max_length=20, choices=KIND_CHOICES, default=CORRECTION
    )
    text = models.TextField(_("text"))
    noted_at = models.DateTimeField(
        _("date"),
        default=timezone.now,
        help_text=_("Shown to readers; the story's “Updated” time is the latest."),
    )

    panels = [FieldPanel("kind"), FieldPanel("text"), FieldPanel("noted_at")]

    class Meta(Orderable.Meta):
        verbose_name = _("correction or update")
        verbose_name_plural = _("corrections and updates")

    def __str__(self) -> str:
        return f"{self.get_kind_display()}: {self.text}"


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

    content_panels = [
        StoryOutletsPanel(),
        TranslationSourcePanel(),
        *BasePage.content_panels,
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
                FieldPanel("authors", widget=AuthorPicker),
                FieldPanel("add_me_to_byline"),
                FieldPanel("tags"),
                FieldPanel("source_name"),
                FieldPanel("source_url"),
            ],
            _("Credits and tags"),
        ),
        FieldPanel("is_breaking"),
        InlinePanel(
            "notes",
            heading=_("Corrections and updates"),
            # Each note's own heading ("Note 1") and the "Add note" button.
            label=pgettext_lazy("story note", "note"),
            help_text=_(
                "Shown at the end of the story, newest first. Republishing "
                "without a note does not change the story's “Updated” time."
            ),
        ),
    ]
    # newsroom.search.documents: title = headline, lead = lead, tags,
    # authors and source = extra, the rest = body.
    search_fields = BasePage.search_fields + [
        index.SearchField("lead"),
        index.SearchField("body"),
        index.SearchField("hero_caption"),
        index.SearchField("source_name"),
        index.RelatedFields("tags", [index.SearchField("name")]),
        index.RelatedFields("authors", [index.SearchField("name")]),
        index.FilterField("is_breaking"),
        index.FilterField("first_published_at"),
    ]

    parent_page_types = ["news.SectionPage"]
    subpage_types: list[str] = []

    base_form_class = ArticleForm

    class Meta:
        verbose_name = _("article")

    def get_meta_description(self) -> str:
        return self.search_description or self.lead

    def get_meta_image(self):
        return self.social_image or self.hero_image

    @property
    def published_at(self):
        return self.first_published_at or self.latest_revision_created_at

    @cached_property
    def notes_newest_first(self) -> list[ArticleNote]:
        """The story's corrections and updates, newest first.

        One query, none when ``notes`` is prefetched (feeds) or the page is a
        preview (the notes are in memory).
        """
        return sorted(self.notes.all(), key=lambda note: note.noted_at, reverse=True)

    @property
    def updated_at(self):
        """The time of the latest correction or update, or None without one.

        Never ``last_published_at``: republishing to fix a typo is not news.
        """
        notes = self.notes_newest_first
        return notes[0].noted_at if notes else None

    def full_clean(self, *args, **kwargs):
        # The admin fills an empty slug from the headline with Unicode
        # letters ("курс-драма..."), percent-encoded in the address. A story
        # never published gets a Latin one instead; a published story keeps
        # its slug, so its address does not change behind the editor's back.
        if not self.first_published_at and not (self.slug and self.slug.isascii()):
            parent_is_known = bool(
                self.path or getattr(self, "_cached_parent_obj", None)
            )
            base = story_slug(self.slug or self.title) or story_slug(self.title)
            if base and parent_is_known:
                self.slug = self._unique_story_slug(base)
        super().full_clean(*args, **kwargs)

    def _unique_story_slug(self, base: str) -> str:
        parent = self.get_parent()
        slug, suffix = base, 1
        while not self._slug_is_available(slug, parent, self):
            suffix += 1
            tail = f"-{suffix}"
            slug = base[: STORY_SLUG_LENGTH - len(tail)].rstrip("-_") + tail
        return slug

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
