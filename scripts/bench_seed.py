"""Seed the `make bench` database: the demo newsroom plus bulk-inserted articles.

Used by ``scripts/bench.py``. The demo (editions, sections, authors, images,
site settings, demo people, two stories per section) comes from
``manage.py seed_demo``; the bench's N articles go to one edition (the
default one: a newsroom's main edition is the big one, and the admin's
targets are set for "100,000 stories in one edition"), and each other
edition the demo has texts for gets a share of N of its own
(:data:`OTHER_EDITION_SHARE`, 10% by default), written from the same demo
recipe in its language, so that every language's search sifts real data.
They are written with raw ``executemany`` inserts, because ``ArticlePage`` is
a multi-table-inheritance Wagtail page (a ``wagtailcore_page`` row plus a
``news_articlepage`` row) that Django's ``bulk_create`` cannot insert.

The inserted pages are complete tree nodes: treebeard materialized paths under
their section, the section's ``numchild`` kept in step, ``url_path``,
``translation_key``, locale, owner, publication and edit dates, tags and
authors. They get no revisions (readers never see them; the admin opens a
page without one as it is). They are then put in the page search index
(Newsroom's own, :mod:`newsroom.search.index`: a ``SearchDocument`` row per
page plus SQLite's FTS5 table or PostgreSQL's ``tsvector`` column) through
the search backend, so reader and admin searches look through all of them.

Last, the desk gets work as people would have left it: drafts of each
edition submitted to its review workflow by the edition's reporter (Wagtail's
``Workflow.start``, as the "Submit for moderation" button does), and drafts
the default edition's editor scheduled. These are the only pages made
through Wagtail's page API, so signals, revisions and logs are all real.

Every function that touches the database expects Django to be set up
(``django.setup()``) with the bench environment already in ``os.environ``.
"""

from __future__ import annotations

import random
import subprocess
import sys
import time
import uuid
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from newsroom.demo import content as demo_content
from newsroom.demo.bodies import article_body

BASE_DIR = Path(__file__).resolve().parent.parent
BATCH_SIZE = 5_000
DEMO_PER_SECTION = 2
# Bulk stories are published over roughly the last three years.
PUBLISHED_SPAN_MINUTES = 3 * 365 * 24 * 60
MIGRATE_TIMEOUT = 900
SEED_DEMO_TIMEOUT = 900
# Articles read per chunk while filling the search index.
INDEX_CHUNK = 1_000
# Live articles of each other edition (those the demo has texts for), as a
# share of the bench edition's: enough for every language's search to have
# real data, while the default edition stays the big one.
OTHER_EDITION_SHARE = 0.10
# Drafts waiting in each edition's review step: the default edition's desk is
# a busy one, the others' quieter (so an editor's panel must leave out the
# other editions' queues, not just be short).
WAITING_IN_BENCH_EDITION = 300
WAITING_IN_OTHER_EDITIONS = 30
# Drafts the default edition's editor has scheduled to go live.
SCHEDULED_IN_BENCH_EDITION = 60

Log = Callable[[str], None]

# Columns written for every article, by attname; any other column gets its
# constant default (or NULL), see ArticleRows._columns.
PAGE_FIELDS = (
    "id",
    "path",
    "depth",
    "numchild",
    "translation_key",
    "locale_id",
    "live",
    "has_unpublished_changes",
    "first_published_at",
    "last_published_at",
    "latest_revision_created_at",
    "owner_id",
    "title",
    "draft_title",
    "slug",
    "content_type_id",
    "url_path",
    "show_in_menus",
    "seo_title",
    "search_description",
)
ARTICLE_FIELDS = (
    "page_ptr_id",
    "lead",
    "hero_image_id",
    "hero_caption",
    "hero_credit",
    "body",
    "source_name",
    "source_url",
    "is_breaking",
)


@dataclass
class SeedReport:
    """What seeding did and how long each step took."""

    reused: bool = False
    wiped: str = ""
    # The edition holding the bulk articles, and its live articles.
    edition: str = ""
    articles: int = 0
    # Live articles of the other editions (their bulk share and the demo's).
    other_articles: int = 0
    # Live articles per edition code, the bench edition first.
    per_edition: dict[str, int] = field(default_factory=dict)
    inserted: int = 0
    sections: int = 0
    editions: int = 0
    migrate_seconds: float = 0.0
    demo_seconds: float = 0.0
    insert_seconds: float = 0.0
    indexed: int = 0
    index_seconds: float = 0.0
    # Drafts waiting for approval per edition code, and drafts scheduled.
    waiting: dict[str, int] = field(default_factory=dict)
    scheduled: int = 0
    drafts_made: int = 0
    desk_seconds: float = 0.0
    verify_seconds: float = 0.0
    bulk_article_id: int | None = None
    checks: list[str] = field(default_factory=list)

    @property
    def articles_per_second(self) -> float:
        return self.inserted / self.insert_seconds if self.insert_seconds else 0.0


def manage(
    *args: str, env: dict[str, str], timeout: float, log_path: Path | None = None
) -> float:
    """Run ``manage.py *args`` in a child process; return the seconds it took.

    The output goes to ``log_path`` (appended) so the bench output stays short;
    on failure the tail of that log is raised with the error.
    """
    started = time.monotonic()
    out = open(log_path, "ab") if log_path else subprocess.DEVNULL  # noqa: SIM115
    try:
        result = subprocess.run(
            [sys.executable, "manage.py", *args],
            cwd=BASE_DIR,
            env=env,
            stdout=out,
            stderr=subprocess.STDOUT,
            timeout=timeout,
            check=False,
        )
    finally:
        if log_path:
            out.close()  # type: ignore[union-attr]
    if result.returncode != 0:
        tail = log_path.read_text(errors="replace")[-3000:] if log_path else ""
        raise RuntimeError(
            f"manage.py {' '.join(args)} failed ({result.returncode}):\n{tail}"
        )
    return time.monotonic() - started


def bench_edition() -> str:
    """The code of the edition that gets the bulk articles: the default one."""
    from newsroom.core import editions

    return editions.default().code


def edition_articles(code: str) -> Any:
    """The live articles of edition ``code`` (a queryset; none before its locale)."""
    from newsroom.core import editions
    from newsroom.news.models import ArticlePage

    return ArticlePage.objects.live().filter(locale_id=editions.locale_id(code))


def bulk_editions() -> list[str]:
    """Codes of the editions that get bulk articles: the bench's edition
    first, then every other edition the demo has texts for."""
    from newsroom.core import editions

    code = bench_edition()
    return [code] + [
        other
        for other in editions.codes()
        if other != code and other.split("-")[0] in demo_content.LANGUAGES
    ]


def edition_targets(
    target: int, other: int | None = None, *, codes: Sequence[str] | None = None
) -> dict[str, int]:
    """Live articles wanted per edition: ``target`` in the bench's edition,
    ``other`` (default :data:`OTHER_EDITION_SHARE` of ``target``) in each
    other one, never fewer than the demo puts there."""
    codes = list(codes or bulk_editions())
    if other is None:
        other = round(target * OTHER_EDITION_SHARE)
    demo = DEMO_PER_SECTION * len(demo_content.SECTIONS)
    return {
        code: target if index == 0 else max(other, demo)
        for index, code in enumerate(codes)
    }


def article_counts(codes: Sequence[str]) -> dict[str, int] | None:
    """Live articles per edition code, or None when the tables do not exist yet.

    Live only: the desk's drafts (:func:`ensure_desk_work`) are not counted.
    """
    from django.db import DatabaseError, connection

    try:
        return {code: edition_articles(code).count() for code in codes}
    except DatabaseError:
        connection.close()
        return None


def article_count() -> int:
    """Live articles of the bench's edition, or -1 when the tables do not exist yet."""
    counts = article_counts([bench_edition()])
    return -1 if counts is None else counts[bench_edition()]


def describe_counts(counts: dict[str, int]) -> str:
    """ "en 100,000, ru 10,000, hy 10,000"."""
    return ", ".join(f"{code} {count:,}" for code, count in counts.items())


def drop_project_tables(log: Log) -> None:
    """Drop every table of this project's models (and ``django_migrations``).

    For ``--reseed`` on a database given by ``DATABASE_URL``: deleting 100,000
    pages through the ORM takes far too long (Django collects every related row
    and Wagtail's signal handlers run per page), so the schema is rebuilt by
    ``migrate`` instead. Tables that do not belong to the project are left alone.
    """
    from django.db import connection

    tables = connection.introspection.django_table_names(
        only_existing=True, include_views=False
    )
    if "django_migrations" in connection.introspection.table_names():
        tables.append("django_migrations")
    quoted = [connection.ops.quote_name(t) for t in tables]
    log(f"  dropping {len(tables)} tables ...")
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute(f"DROP TABLE IF EXISTS {', '.join(quoted)} CASCADE")
        elif connection.vendor == "sqlite":
            cursor.execute("PRAGMA foreign_keys = OFF")
            for name in quoted:
                cursor.execute(f"DROP TABLE IF EXISTS {name}")
            cursor.execute("PRAGMA foreign_keys = ON")
        elif connection.vendor == "mysql":
            cursor.execute("SET FOREIGN_KEY_CHECKS = 0")
            for name in quoted:
                cursor.execute(f"DROP TABLE IF EXISTS {name}")
            cursor.execute("SET FOREIGN_KEY_CHECKS = 1")
        else:
            raise RuntimeError(
                f"--reseed does not know how to empty {connection.vendor}"
            )
    connection.close()


# --------------------------------------------------------------------------
# Article content
# --------------------------------------------------------------------------


def check_body_format(body: list[dict[str, Any]]) -> None:
    """Fail loudly if Wagtail would store ``body`` differently than we write it."""
    from newsroom.news.models import ArticlePage

    stream_block = ArticlePage._meta.get_field("body").stream_block
    round_trip = stream_block.get_prep_value(stream_block.to_python(body))
    if round_trip != body:
        raise RuntimeError(
            "the demo's article bodies are not what Wagtail would store; "
            "update newsroom/demo/bodies.py:article_body to match the blocks.\n"
            f"ours:   {body!r:.1500}\nwagtail: {round_trip!r:.1500}"
        )


# --------------------------------------------------------------------------
# Bulk insert
# --------------------------------------------------------------------------


@dataclass
class SectionPlan:
    """Where the next articles of one section go."""

    pk: int
    path: str
    depth: int
    url_path: str
    slug: str
    locale_id: int
    language: str
    next_key: int
    to_add: int
    added: int = 0


def plan_sections(target: int, code: str | None = None) -> list[SectionPlan]:
    """Share ``target`` articles evenly over the sections of edition ``code``
    (the bench's edition by default)."""
    from wagtail.models import Page

    from newsroom.core import editions
    from newsroom.news.models import ArticlePage, SectionPage

    code = code or bench_edition()
    sections = list(
        SectionPage.objects.filter(locale_id=editions.locale_id(code))
        .select_related("locale")
        .order_by("path")
    )
    if not sections:
        raise RuntimeError(
            f"no sections in edition {code}: did `manage.py seed_demo` run?"
        )
    existing = edition_articles(code).count()
    if target < existing:
        raise RuntimeError(
            f"--articles {target} is below the {existing} articles already in "
            f"edition {code}"
        )
    plans: list[SectionPlan] = []
    per_section, extra = divmod(target, len(sections))
    for index, section in enumerate(sections):
        last_child = (
            Page.objects.filter(path__startswith=section.path, depth=section.depth + 1)
            .order_by("-path")
            .values_list("path", flat=True)
            .first()
        )
        next_key = Page._str2int(last_child[-Page.steplen :]) + 1 if last_child else 1
        have = ArticlePage.objects.live().child_of(section).count()
        want = per_section + (1 if index < extra else 0)
        plans.append(
            SectionPlan(
                pk=section.pk,
                path=section.path,
                depth=section.depth + 1,
                url_path=section.url_path,
                slug=section.slug,
                locale_id=section.locale_id,
                language=section.locale.language_code,
                next_key=next_key,
                to_add=max(0, want - have),
            )
        )
    # Sections already above their share (a topped-up database) leave the
    # remainder to the others, so the total is exact.
    shortfall = target - existing - sum(p.to_add for p in plans)
    for plan in sorted(plans, key=lambda p: p.to_add, reverse=True):
        if shortfall <= 0:
            break
        plan.to_add += 1
        shortfall -= 1
    limit = len(Page.alphabet) ** Page.steplen - 1
    for plan in plans:
        if plan.next_key + plan.to_add > limit:
            raise RuntimeError(
                f"section {plan.url_path} would need more than {limit} children"
            )
    return plans


def round_robin(plans: Sequence[SectionPlan]) -> Iterator[SectionPlan]:
    """Each section in turn until every section has its share."""
    remaining = {id(p): p.to_add for p in plans}
    while any(remaining.values()):
        for plan in plans:
            if remaining[id(plan)]:
                remaining[id(plan)] -= 1
                yield plan


def interleave(
    streams: Sequence[tuple[int, Iterator[SectionPlan]]],
) -> Iterator[SectionPlan]:
    """The articles of several editions mixed in proportion to their totals.

    A newsroom publishes in all its editions at once, so page ids (which
    grow with time) interleave the editions; seeding one edition after the
    other would give the last one all the newest ids.
    """
    done = [0] * len(streams)
    while True:
        best = None
        for index, (total, _) in enumerate(streams):
            if done[index] < total and (
                best is None or done[index] / total < done[best] / streams[best][0]
            ):
                best = index
        if best is None:
            return
        done[best] += 1
        yield next(streams[best][1])


@dataclass(frozen=True)
class StoryText:
    """What one generated story says and shows (see :meth:`ArticleRows.story`)."""

    title: str
    lead: str
    body: list[dict[str, Any]]
    image_id: int
    tag_ids: list[int]
    published: datetime


def desk_people(code: str, *roles_: Any) -> list[int]:
    """Ids of the people in edition ``code``'s groups of ``roles_`` (the demo's)."""
    from django.contrib.auth import get_user_model

    names = [role.group_name(code) for role in roles_]
    return list(
        get_user_model()
        .objects.filter(groups__name__in=names)
        .order_by("pk")
        .values_list("pk", flat=True)
        .distinct()
    )


class ArticleRows:
    """Builds the rows of the four tables for one bulk-inserted article at a time."""

    def __init__(self, now: datetime, seed: int = 20_250_101) -> None:
        from django.contrib.contenttypes.models import ContentType
        from django.db import connection
        from taggit.models import Tag
        from wagtail.images import get_image_model
        from wagtail.models import Page

        # The plan slugs headlines with the news app's transliteration, so it
        # loads only once Django is set up.
        from newsroom.core import editions
        from newsroom.demo import plan as demo_plan
        from newsroom.desk import roles
        from newsroom.news.models import ArticlePage, Author

        self.connection = connection
        self.demo_plan = demo_plan
        self.now = now
        self.rng = random.Random(seed)
        self.page_model = Page
        self.content_type_id = ContentType.objects.get_for_model(ArticlePage).pk
        self.uuid_field = Page._meta.get_field("translation_key")
        self.body_field = ArticlePage._meta.get_field("body")
        self.images = list(
            get_image_model()
            .objects.filter(title__startswith="Demo illustration")
            .order_by("pk")
            .values_list("pk", flat=True)
        )
        if not self.images:
            raise RuntimeError("no demo images: did `manage.py seed_demo` run?")
        self.authors: dict[int, list[int]] = {}
        for pk, locale_id in Author.objects.values_list("pk", "locale_id"):
            self.authors.setdefault(locale_id, []).append(pk)
        # Stories belong to the edition's reporters and editors, as in Wagtail
        # (the creator owns a page); the admin filters and lists by owner.
        self.owners = {
            edition_locale: desk_people(code, roles.REPORTER, roles.EDITOR)
            for code in editions.codes()
            if (edition_locale := editions.locale_id(code))
        }
        self.tag_ids: dict[tuple[str, int], int] = {}
        for index, names in enumerate(demo_content.TAGS):
            for code, name in names.items():
                tag, _ = Tag.objects.get_or_create(name=name)
                self.tag_ids[code, index] = tag.pk
        self.section_index = {s["slug"]: i for i, s in enumerate(demo_content.SECTIONS)}
        self.checked: set[tuple[str, int]] = set()
        self.page_columns, self.page_fixed = self._columns(Page, PAGE_FIELDS)
        self.article_columns, self.article_fixed = self._columns(
            ArticlePage, ARTICLE_FIELDS
        )

    def _columns(
        self, model: Any, known: Sequence[str]
    ) -> tuple[list[str], tuple[Any, ...]]:
        """Columns filled per row (``known``, in order), then constant defaults.

        A NOT NULL column added to the model later without a default stops the
        bench with its name instead of failing inside the INSERT.
        """
        fields = model._meta.local_concrete_fields
        missing = set(known) - {f.attname for f in fields}
        if missing:
            raise RuntimeError(
                f"{model.__name__} lost the columns {sorted(missing)}; "
                "update scripts/bench_seed.py"
            )
        fixed: list[tuple[str, Any]] = []
        for f in fields:
            if f.attname in known:
                continue
            if f.null:
                fixed.append((f.column, None))
            elif f.has_default() and not callable(f.default):
                fixed.append(
                    (f.column, f.get_db_prep_save(f.get_default(), self.connection))
                )
            else:
                raise RuntimeError(
                    f"{model._meta.db_table}.{f.column} needs a value; "
                    "teach scripts/bench_seed.py how to fill it"
                )
        columns = [model._meta.get_field(name).column for name in known]
        columns += [column for column, _ in fixed]
        return columns, tuple(value for _, value in fixed)

    def insert_sql(self, table: str, columns: Sequence[str]) -> str:
        quote = self.connection.ops.quote_name
        names = ", ".join(quote(c) for c in columns)
        marks = ", ".join(["%s"] * len(columns))
        return f"INSERT INTO {quote(table)} ({names}) VALUES ({marks})"

    def story(self, *, section_slug: str, code: str, position: int) -> StoryText:
        """The texts, tags and pictures of the story at ``position`` of a section.

        ``position`` (the article's place in its section) picks the demo story
        and its variant; counting by anything that advances by the number of
        sections would give every article of a section the same kinds of blocks.
        """
        stories = demo_content.STORIES.get(section_slug) or next(
            iter(demo_content.STORIES.values())
        )
        s_index = self.section_index.get(section_slug, 0)
        story = stories[position % len(stories)]
        # Past the stories written for a section, the next round sets them in
        # other cities of the section.
        city = self.demo_plan.city_for(s_index, position // len(stories))
        published = self.now - timedelta(
            minutes=self.rng.randint(60, PUBLISHED_SPAN_MINUTES)
        )
        fill = self.demo_plan.filler(code, city=city, year=published.year)
        inline_image_id = self.images[(s_index * 2 + position + 3) % len(self.images)]
        body = article_body(
            story,
            fill,
            variant=position,
            image_id=inline_image_id,
            embed_url=f"https://www.youtube.com/watch?v=bench{section_slug}{position}",
        )
        variant_key = (section_slug, position % 12)
        if variant_key not in self.checked:
            check_body_format(body)
            self.checked.add(variant_key)
        return StoryText(
            title=fill(story["headline"]),
            lead=fill(story["lead"]),
            body=body,
            image_id=self.images[(s_index * 2 + position) % len(self.images)],
            tag_ids=[self.tag_ids[code, index] for index in story["tags"]],
            published=published,
        )

    def build(
        self, serial: int, page_id: int, plan: SectionPlan
    ) -> tuple[tuple[Any, ...], tuple[Any, ...], list[int], list[int]]:
        """Rows for the page and article tables, and the tag and author ids."""
        position = plan.next_key + plan.added
        text = self.story(section_slug=plan.slug, code=plan.language, position=position)
        # The demo's own slugs, numbered: a section repeats its stories.
        slug = f"{self.demo_plan.headline_slug(text.title, max_length=60)}-{serial}"
        plan.added += 1
        path = self.page_model._get_path(plan.path, plan.depth, position)
        published = text.published
        last_published = published + (
            timedelta(hours=2) if position % 5 == 2 else timedelta()
        )
        owners: list[int | None] = [*self.owners.get(plan.locale_id, [])] or [None]
        ops = self.connection.ops
        page = {
            "id": page_id,
            "path": path,
            "depth": plan.depth,
            "numchild": 0,
            "translation_key": self.uuid_field.get_db_prep_value(
                uuid.uuid4(), self.connection
            ),
            "locale_id": plan.locale_id,
            "live": True,
            "has_unpublished_changes": False,
            "first_published_at": ops.adapt_datetimefield_value(published),
            "last_published_at": ops.adapt_datetimefield_value(last_published),
            # Wagtail sets it on every save; the explorer sorts by it.
            "latest_revision_created_at": ops.adapt_datetimefield_value(last_published),
            "owner_id": owners[position % len(owners)],
            "title": text.title,
            "draft_title": text.title,
            "slug": slug,
            "content_type_id": self.content_type_id,
            "url_path": f"{plan.url_path}{slug}/",
            "show_in_menus": False,
            "seo_title": "",
            "search_description": "",
        }
        article = {
            "page_ptr_id": page_id,
            "lead": text.lead,
            "hero_image_id": text.image_id,
            "hero_caption": "",
            "hero_credit": "",
            "body": self.body_field.json_field.get_db_prep_value(
                text.body, connection=self.connection, prepared=True
            ),
            "source_name": "",
            "source_url": "",
            "is_breaking": False,
        }
        page_row = tuple(page[name] for name in PAGE_FIELDS) + self.page_fixed
        article_row = (
            tuple(article[name] for name in ARTICLE_FIELDS) + self.article_fixed
        )
        authors = self.authors.get(plan.locale_id, [])
        bylines = self.rng.sample(authors, min(len(authors), 1 + position % 2))
        return page_row, article_row, text.tag_ids, bylines


def insert_articles(
    targets: dict[str, int] | int, log: Log, *, batch_size: int = BATCH_SIZE
) -> int:
    """Bulk-insert articles until each edition code of ``targets`` has its
    number of live articles (an int: the bench's edition alone); return how
    many were added in all."""
    from django.core.management.color import no_style
    from django.db import connection
    from django.utils import timezone
    from wagtail.models import Page

    if isinstance(targets, int):
        targets = {bench_edition(): targets}
    rows = ArticleRows(timezone.now())
    streams = []
    for code, target in targets.items():
        plans = plan_sections(target, code)
        total = sum(p.to_add for p in plans)
        if total:
            log(f"  edition {code}: {total:,} articles to add, up to {target:,}")
            streams.append((total, round_robin(plans)))
    added = sum(total for total, _ in streams)
    if not added:
        return 0
    _insert_planned(rows, interleave(streams), added, log, batch_size=batch_size)
    # Explicit ids leave PostgreSQL's sequence behind; SQLite needs nothing.
    reset = connection.ops.sequence_reset_sql(no_style(), [Page])
    if reset:
        with connection.cursor() as cursor:
            for sql in reset:
                cursor.execute(sql)
    _analyze()
    return added


def _insert_planned(
    rows: ArticleRows,
    order: Iterator[SectionPlan],
    total: int,
    log: Log,
    *,
    batch_size: int,
) -> int:
    """Insert ``total`` articles, each in the section ``order`` gives next."""
    from django.db import connection, transaction
    from django.db.models import Max
    from wagtail.models import Page

    from newsroom.news.models import ArticlePage, ArticleTag

    authors_through = ArticlePage.authors.through
    page_sql = rows.insert_sql(Page._meta.db_table, rows.page_columns)
    article_sql = rows.insert_sql(ArticlePage._meta.db_table, rows.article_columns)
    tag_sql = rows.insert_sql(
        ArticleTag._meta.db_table,
        [
            ArticleTag._meta.get_field("tag").column,
            ArticleTag._meta.get_field("content_object").column,
        ],
    )
    author_sql = rows.insert_sql(
        authors_through._meta.db_table,
        [
            authors_through._meta.get_field("articlepage").column,
            authors_through._meta.get_field("author").column,
        ],
    )
    numchild_sql = (
        f"UPDATE {connection.ops.quote_name(Page._meta.db_table)} "
        "SET numchild = numchild + %s WHERE id = %s"
    )
    next_id = (Page.objects.aggregate(m=Max("pk"))["m"] or 0) + 1
    serial = ArticlePage.objects.count()
    done = 0
    started = time.monotonic()
    while done < total:
        pages, articles, tagged, bylined = [], [], [], []
        added: dict[int, int] = {}
        for plan in order:
            serial += 1
            page_row, article_row, tags, authors = rows.build(serial, next_id, plan)
            pages.append(page_row)
            articles.append(article_row)
            tagged += [(tag, next_id) for tag in tags]
            bylined += [(next_id, author) for author in authors]
            added[plan.pk] = added.get(plan.pk, 0) + 1
            next_id += 1
            if len(pages) == batch_size:
                break
        with transaction.atomic(), connection.cursor() as cursor:
            cursor.executemany(page_sql, pages)
            cursor.executemany(article_sql, articles)
            cursor.executemany(tag_sql, tagged)
            cursor.executemany(author_sql, bylined)
            cursor.executemany(numchild_sql, [(n, pk) for pk, n in added.items()])
        done += len(pages)
        elapsed = time.monotonic() - started
        log(f"  {done:>7,} / {total:,} articles inserted ({done / elapsed:,.0f}/s)")
    return total


def _analyze() -> None:
    """Planner statistics for the full tables, as the site keeps them after
    migrate and seed_demo (newsroom.core.signal_handlers.analyze_sqlite) and as
    PostgreSQL's autovacuum would soon after a real import."""
    from django.db import connection

    if connection.vendor in ("sqlite", "postgresql"):
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")


# --------------------------------------------------------------------------
# Search index
# --------------------------------------------------------------------------


def unindexed_articles() -> Any:
    """Live articles without a document in the page search index (a queryset)."""
    from newsroom.news.models import ArticlePage
    from newsroom.search.models import SearchDocument

    return ArticlePage.objects.live().exclude(
        pk__in=SearchDocument.objects.values("page_id")
    )


def index_articles(log: Log, *, chunk: int = INDEX_CHUNK) -> int:
    """Put every live article that has no search document into the index.

    Through the search backend, a chunk at a time, as ``update_index`` and
    the demo do (:func:`newsroom.demo.services.index_for_search`, which ends
    in :func:`newsroom.search.index.add_pages`), so the documents are exactly
    what the site writes. Only the missing ones: a reused database is topped
    up, and an indexed one costs one query. Returns how many articles were
    indexed.
    """
    from newsroom.demo.services import index_for_search
    from newsroom.news.models import ArticlePage

    missing = list(unindexed_articles().order_by("pk").values_list("pk", flat=True))
    started = time.monotonic()
    for start in range(0, len(missing), chunk):
        pks = missing[start : start + chunk]
        index_for_search(ArticlePage.objects.filter(pk__in=pks).only("pk"))
        done = start + len(pks)
        if done % (chunk * 10) == 0 or done == len(missing):
            rate = done / (time.monotonic() - started)
            log(f"  {done:>7,} / {len(missing):,} articles indexed ({rate:,.0f}/s)")
    return len(missing)


# --------------------------------------------------------------------------
# Work on the desk: drafts in review, drafts scheduled
# --------------------------------------------------------------------------


def ensure_desk_work(log: Log) -> tuple[dict[str, int], int, int]:
    """Drafts waiting in each edition's review step, and drafts scheduled.

    Tops up to :data:`WAITING_IN_BENCH_EDITION` drafts in review in the bench's
    edition (:data:`WAITING_IN_OTHER_EDITIONS` in the others) and
    :data:`SCHEDULED_IN_BENCH_EDITION` scheduled ones, made the way the admin
    makes them: the edition's reporter adds a draft under a section, saves a
    revision and submits it (``Workflow.start`` on the workflow Wagtail finds
    for the page, the "Submit for moderation" button's steps); the editor
    adds one with a go-live time a month or more ahead and publishes that
    revision, which Wagtail keeps as scheduled (``approved_go_live_at``).
    Wagtail's notification emails go to the dummy backend: the bench does not
    measure mail. Returns the drafts waiting per edition, the number
    scheduled and the number of drafts made now.
    """
    from django.contrib.auth import get_user_model
    from django.db import transaction
    from django.test.utils import override_settings
    from django.utils import timezone
    from wagtail.models import Revision, WorkflowState

    from newsroom.core import editions
    from newsroom.demo.services import index_for_search
    from newsroom.desk import roles
    from newsroom.news.models import ArticlePage, SectionPage

    User = get_user_model()
    rows = ArticleRows(timezone.now(), seed=20_250_202)
    code = bench_edition()
    waiting: dict[str, int] = {}
    made: list[ArticlePage] = []
    with override_settings(
        EMAIL_BACKEND="django.core.mail.backends.dummy.EmailBackend"
    ):
        for edition in editions.listed():
            home = editions.home(edition.code)
            sections = list(
                SectionPage.objects.child_of(home).order_by("path") if home else []
            )
            workflow = home.get_workflow() if home else None
            if not sections or workflow is None:
                continue
            want = (
                WAITING_IN_BENCH_EDITION
                if edition.code == code
                else WAITING_IN_OTHER_EDITIONS
            )
            states = WorkflowState.objects.filter(
                workflow=workflow, status=WorkflowState.STATUS_IN_PROGRESS
            )
            have = states.count()
            reporter = User.objects.filter(
                pk__in=desk_people(edition.code, roles.REPORTER)[:1]
            ).first()
            if have < want and reporter is not None:
                log(
                    f"  {want - have} drafts submitted for review in {edition.code} ..."
                )
                for number in range(have, want):
                    with transaction.atomic():
                        page = _draft(rows, sections[number % len(sections)], reporter)
                        page.save_revision(user=reporter, log_action=True)
                        workflow.start(page, reporter)
                    made.append(page)
            waiting[edition.code] = states.count()

        home = editions.home(code)
        editor = User.objects.filter(pk__in=desk_people(code, roles.EDITOR)[:1]).first()
        schedule = Revision.page_revisions.filter(
            approved_go_live_at__gt=timezone.now(), user=editor
        )
        have = schedule.count() if editor else 0
        if (
            home is not None
            and editor is not None
            and have < SCHEDULED_IN_BENCH_EDITION
        ):
            sections = list(SectionPage.objects.child_of(home).order_by("path"))
            log(f"  {SCHEDULED_IN_BENCH_EDITION - have} drafts scheduled in {code} ...")
            for number in range(have, SCHEDULED_IN_BENCH_EDITION):
                go_live = timezone.now() + timedelta(days=30, hours=number)
                with transaction.atomic():
                    page = _draft(
                        rows, sections[number % len(sections)], editor, go_live=go_live
                    )
                    page.save_revision(user=editor, log_action=True).publish(
                        user=editor
                    )
                made.append(page)
        scheduled = schedule.count() if editor else 0
    # Saving queued an index task per draft, which no worker runs here.
    index_for_search(made)
    return waiting, scheduled, len(made)


def _draft(
    rows: ArticleRows, section: Any, owner: Any, *, go_live: datetime | None = None
) -> Any:
    """A new, never published story by ``owner`` under ``section`` (saved)."""
    from newsroom.news.models import ArticlePage

    position = section.numchild + 1
    text = rows.story(
        section_slug=section.slug,
        code=section.locale.language_code,
        position=position,
    )
    slug = rows.demo_plan.headline_slug(text.title, max_length=60)
    page = ArticlePage(
        title=text.title,
        draft_title=text.title,
        slug=f"{slug}-draft-{uuid.uuid4().hex[:8]}",
        lead=text.lead,
        body=text.body,
        hero_image_id=text.image_id,
        locale_id=section.locale_id,
        owner=owner,
        live=False,
        go_live_at=go_live,
    )
    # treebeard counts the child on ``section`` too, so the next path is right.
    section.add_child(instance=page)
    return page


# --------------------------------------------------------------------------
# Checks
# --------------------------------------------------------------------------


def verify(targets: dict[str, int] | int, report: SeedReport) -> None:
    """Check the counts, the tree, the index, the desk and one bulk article."""
    from django.db import connection
    from wagtail.models import Page

    from newsroom.core import editions
    from newsroom.news.models import ArticlePage, SectionPage
    from newsroom.search import analysis
    from newsroom.search.index import SQLITE_TABLE
    from newsroom.search.models import SearchDocument

    code = bench_edition()
    if isinstance(targets, int):
        targets = {code: targets}
    counts = article_counts(list(targets)) or {}
    if counts != targets:
        raise RuntimeError(
            f"live articles per edition: {describe_counts(counts)}; "
            f"expected {describe_counts(targets)}"
        )
    report.checks.append(f"live articles per edition: {describe_counts(counts)}")
    wrong = []
    for section in SectionPage.objects.order_by("path"):
        children = Page.objects.filter(
            path__startswith=section.path, depth=section.depth + 1
        ).count()
        if children != section.numchild:
            wrong.append(
                f"{section.url_path}: numchild {section.numchild} != {children}"
            )
    if wrong:
        raise RuntimeError("treebeard numchild out of step: " + "; ".join(wrong))
    per_section = sorted(
        ArticlePage.objects.live().child_of(section).count()
        for section in SectionPage.objects.filter(locale_id=editions.locale_id(code))
    )
    report.checks.append(
        f"tree: numchild matches children in every section "
        f"({per_section[0]:,}-{per_section[-1]:,} live articles per section "
        f"of edition {code})"
    )
    unindexed = unindexed_articles().count()
    if unindexed:
        raise RuntimeError(f"{unindexed} live articles are not in the search index")
    # Each edition's stories are indexed in its own language.
    for edition_code in targets:
        language = analysis.language_of(edition_code)
        locale = editions.locale_id(edition_code)
        if locale is None:
            raise RuntimeError(f"edition {edition_code} has no locale")
        other = (
            SearchDocument.objects.filter(page__locale_id=locale)
            .exclude(language=language)
            .count()
        )
        if other:
            raise RuntimeError(
                f"{other} search documents of edition {edition_code} are not "
                f"in its language ({language})"
            )
    documents = SearchDocument.objects.count()
    if connection.vendor == "sqlite":
        with connection.cursor() as cursor:
            cursor.execute(f"SELECT COUNT(*) FROM {SQLITE_TABLE}")
            fts_rows = cursor.fetchone()[0]
        if fts_rows != documents:
            raise RuntimeError(
                f"{documents:,} search documents but {fts_rows:,} rows in "
                f"{SQLITE_TABLE}"
            )
    report.checks.append(
        f"search index: a document for every live article, in its edition's "
        f"language ({documents:,} documents with drafts and other pages)"
    )
    waiting = report.waiting.get(code, 0)
    if waiting < WAITING_IN_BENCH_EDITION or report.scheduled < (
        SCHEDULED_IN_BENCH_EDITION
    ):
        raise RuntimeError(
            f"the desk of edition {code} has {waiting} drafts in review and "
            f"{report.scheduled} scheduled, expected {WAITING_IN_BENCH_EDITION} "
            f"and {SCHEDULED_IN_BENCH_EDITION}"
        )
    report.checks.append(
        "desk: drafts in review "
        + ", ".join(f"{n} in {c}" for c, n in report.waiting.items())
        + f"; {report.scheduled} scheduled in {code}"
    )
    article = (
        ArticlePage.objects.live()
        .filter(locale__language_code=editions.default().code, tags__isnull=False)
        .order_by("-pk")
        .first()
    )
    if article is None:
        raise RuntimeError("no article of the default edition found after seeding")
    parent = article.get_parent()
    if not isinstance(parent.specific, SectionPage):
        raise RuntimeError(f"article {article.pk}'s parent is not a section: {parent}")
    report.bulk_article_id = article.pk
    report.checks.append(
        f"bulk article {article.pk} is a child of {parent.url_path} "
        f"with {len(article.body)} body blocks"
    )


# --------------------------------------------------------------------------
# The whole step
# --------------------------------------------------------------------------


def delete_sqlite(path: Path) -> None:
    """Remove a SQLite database with its WAL and shared-memory files."""
    from django.db import connections

    connections.close_all()
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


def prepare(
    target: int,
    *,
    reseed: bool,
    env: dict[str, str],
    sqlite_file: Path | None,
    log_path: Path,
    log: Log,
    other: int | None = None,
) -> SeedReport:
    """Make the database hold the demo plus ``target`` live articles in the
    bench's edition and ``other`` (default :data:`OTHER_EDITION_SHARE` of
    ``target``) in each other edition with demo texts, all in the search
    index, with work on the desk; verify it.

    ``sqlite_file`` is the bench's own SQLite database, which is deleted and
    seeded again when an edition's article count differs or ``reseed`` is
    set. Another database (``DATABASE_URL``) is topped up when it has fewer
    articles; it is emptied (this project's tables dropped, then migrated)
    only with ``reseed``, and a database with more articles stops the run
    with a message, so a mistyped ``DATABASE_URL`` never loses data by
    accident.
    """
    report = SeedReport()
    migrate = ("migrate", "--no-input")
    if reseed and sqlite_file:
        delete_sqlite(sqlite_file)
        report.wiped = "deleted the SQLite file (--reseed)"
    if sqlite_file:
        sqlite_file.parent.mkdir(parents=True, exist_ok=True)
    log("Migrating ...")
    report.migrate_seconds = manage(
        *migrate, env=env, timeout=MIGRATE_TIMEOUT, log_path=log_path
    )
    code = bench_edition()
    targets = edition_targets(target, other)
    counts = article_counts(list(targets))
    if counts == targets and not reseed:
        report.reused = True
        log(f"Reusing the database: {describe_counts(counts)} articles.")
    else:
        emptied = True
        has_articles = bool(counts and any(counts.values()))
        if has_articles and sqlite_file:
            assert counts is not None
            log(
                f"The editions have {describe_counts(counts)} articles, not "
                f"{describe_counts(targets)}: reseeding."
            )
            delete_sqlite(sqlite_file)
            report.wiped = f"deleted the SQLite file ({describe_counts(counts)})"
        elif reseed and not sqlite_file:
            log("Dropping the project's tables in DATABASE_URL (--reseed) ...")
            drop_project_tables(log)
            report.wiped = "dropped the project's tables" + (
                f" ({describe_counts(counts)})" if counts else ""
            )
        else:
            emptied = False
        over = {
            c: n for c, n in (counts or {}).items() if not emptied and n > targets[c]
        }
        if over:
            raise RuntimeError(
                f"The database at DATABASE_URL has {describe_counts(over)} "
                f"articles, more than the {describe_counts(targets)} wanted. Run "
                "with --reseed to drop this project's tables there and seed again "
                "(everything in them is lost), or ask for as many articles."
            )
        if emptied:
            report.migrate_seconds += manage(
                *migrate, env=env, timeout=MIGRATE_TIMEOUT, log_path=log_path
            )
        log(f"Loading the demo (seed_demo --per-section {DEMO_PER_SECTION}) ...")
        report.demo_seconds = manage(
            "seed_demo",
            "--per-section",
            str(DEMO_PER_SECTION),
            env=env,
            timeout=SEED_DEMO_TIMEOUT,
            log_path=log_path,
        )
        log(f"Bulk-inserting articles up to {describe_counts(targets)} ...")
        started = time.monotonic()
        report.inserted = insert_articles(targets, log)
        report.insert_seconds = time.monotonic() - started
    log("Search index: adding the articles it lacks ...")
    started = time.monotonic()
    report.indexed = index_articles(log)
    report.index_seconds = time.monotonic() - started
    log("The desk: drafts in review and scheduled ...")
    started = time.monotonic()
    report.waiting, report.scheduled, report.drafts_made = ensure_desk_work(log)
    report.desk_seconds = time.monotonic() - started
    if report.indexed or report.drafts_made:
        _analyze()
    started = time.monotonic()
    verify(targets, report)
    report.verify_seconds = time.monotonic() - started
    from newsroom.core import editions
    from newsroom.news.models import ArticlePage, SectionPage

    report.edition = code
    report.per_edition = article_counts(list(targets)) or {}
    report.articles = report.per_edition.get(code, 0)
    report.other_articles = ArticlePage.objects.live().count() - report.articles
    report.sections = SectionPage.objects.filter(
        locale_id=editions.locale_id(code)
    ).count()
    report.editions = SectionPage.objects.values("locale_id").distinct().count()
    return report
