"""Seed the `make bench` database: the demo newsroom plus bulk-inserted articles.

Used by ``scripts/bench.py``. The demo (editions, sections, authors, images,
site settings, two stories per section) comes from ``manage.py seed_demo``;
the remaining articles are written with raw ``executemany`` inserts, because
``ArticlePage`` is a multi-table-inheritance Wagtail page (a ``wagtailcore_page``
row plus a ``news_articlepage`` row) that Django's ``bulk_create`` cannot insert.

The inserted pages are complete tree nodes: treebeard materialized paths under
their section, the section's ``numchild`` kept in step, ``url_path``,
``translation_key``, locale, publication dates, tags and authors. They get no
search index entries and no revisions, which readers never see.

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
    articles: int = 0
    inserted: int = 0
    sections: int = 0
    editions: int = 0
    migrate_seconds: float = 0.0
    demo_seconds: float = 0.0
    insert_seconds: float = 0.0
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


def article_count() -> int:
    """ArticlePage rows in the database, or -1 when the tables do not exist yet."""
    from django.db import DatabaseError, connection

    from newsroom.news.models import ArticlePage

    try:
        return ArticlePage.objects.count()
    except DatabaseError:
        connection.close()
        return -1


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


def plan_sections(target: int) -> list[SectionPlan]:
    """Share ``target`` articles evenly over every section of every edition."""
    from wagtail.models import Page

    from newsroom.news.models import ArticlePage, SectionPage

    sections = list(SectionPage.objects.select_related("locale").order_by("path"))
    if not sections:
        raise RuntimeError("no sections: did `manage.py seed_demo` run?")
    existing = ArticlePage.objects.count()
    if target < existing:
        raise RuntimeError(
            f"--articles {target} is below the {existing} articles already there"
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
        have = ArticlePage.objects.child_of(section).count()
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
        from newsroom.demo import plan as demo_plan
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

    def build(
        self, serial: int, page_id: int, plan: SectionPlan
    ) -> tuple[tuple[Any, ...], tuple[Any, ...], list[int], list[int]]:
        """Rows for the page and article tables, and the tag and author ids."""
        code = plan.language
        stories = demo_content.STORIES.get(plan.slug) or next(
            iter(demo_content.STORIES.values())
        )
        s_index = self.section_index.get(plan.slug, 0)
        # The article's place in its section picks the story and its variant
        # (``serial`` advances in steps of the section count, which would
        # give every article of a section the same kinds of blocks).
        position = plan.next_key + plan.added
        story = stories[position % len(stories)]
        # Past the stories written for a section, the next round sets them in
        # other cities of the section.
        city = self.demo_plan.city_for(s_index, position // len(stories))
        published = self.now - timedelta(
            minutes=self.rng.randint(60, PUBLISHED_SPAN_MINUTES)
        )
        fill = self.demo_plan.filler(code, city=city, year=published.year)

        title = fill(story["headline"])
        # The demo's own slugs, numbered: a section repeats its stories.
        slug = f"{self.demo_plan.headline_slug(title, max_length=60)}-{serial}"
        plan.added += 1
        path = self.page_model._get_path(plan.path, plan.depth, position)
        image_id = self.images[(s_index * 2 + position) % len(self.images)]
        inline_image_id = self.images[(s_index * 2 + position + 3) % len(self.images)]
        body = article_body(
            story,
            fill,
            variant=position,
            image_id=inline_image_id,
            embed_url=f"https://www.youtube.com/watch?v=bench{plan.slug}{position}",
        )
        variant_key = (plan.slug, position % 12)
        if variant_key not in self.checked:
            check_body_format(body)
            self.checked.add(variant_key)
        last_published = published + (
            timedelta(hours=2) if position % 5 == 2 else timedelta()
        )
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
            "title": title,
            "draft_title": title,
            "slug": slug,
            "content_type_id": self.content_type_id,
            "url_path": f"{plan.url_path}{slug}/",
            "show_in_menus": False,
            "seo_title": "",
            "search_description": "",
        }
        article = {
            "page_ptr_id": page_id,
            "lead": fill(story["lead"]),
            "hero_image_id": image_id,
            "hero_caption": "",
            "hero_credit": "",
            "body": self.body_field.json_field.get_db_prep_value(
                body, connection=self.connection, prepared=True
            ),
            "source_name": "",
            "source_url": "",
            "is_breaking": False,
        }
        page_row = tuple(page[name] for name in PAGE_FIELDS) + self.page_fixed
        article_row = (
            tuple(article[name] for name in ARTICLE_FIELDS) + self.article_fixed
        )
        tags = [self.tag_ids[code, index] for index in story["tags"]]
        authors = self.authors.get(plan.locale_id, [])
        bylines = self.rng.sample(authors, min(len(authors), 1 + position % 2))
        return page_row, article_row, tags, bylines


def insert_articles(target: int, log: Log, *, batch_size: int = BATCH_SIZE) -> int:
    """Bulk-insert articles until there are ``target``; return how many were added."""
    from django.core.management.color import no_style
    from django.db import connection, transaction
    from django.db.models import Max
    from django.utils import timezone
    from wagtail.models import Page

    from newsroom.news.models import ArticlePage, ArticleTag

    plans = plan_sections(target)
    total = sum(p.to_add for p in plans)
    if not total:
        return 0
    rows = ArticleRows(timezone.now())
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
    order = round_robin(plans)
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
    # Explicit ids leave PostgreSQL's sequence behind; SQLite needs nothing.
    reset = connection.ops.sequence_reset_sql(no_style(), [Page])
    if reset:
        with connection.cursor() as cursor:
            for sql in reset:
                cursor.execute(sql)
    if connection.vendor in ("sqlite", "postgresql"):
        # Planner statistics for the full tables, as the site keeps them after
        # migrate and seed_demo (newsroom.core.signal_handlers.analyze_sqlite)
        # and as PostgreSQL's autovacuum would soon after a real import.
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")
    return total


# --------------------------------------------------------------------------
# Checks
# --------------------------------------------------------------------------


def verify(target: int, report: SeedReport) -> None:
    """Check the counts, the tree and one bulk-inserted article with Django."""
    from wagtail.models import Page

    from newsroom.core import editions
    from newsroom.news.models import ArticlePage, SectionPage

    live = ArticlePage.objects.live().count()
    if live != target:
        raise RuntimeError(
            f"ArticlePage.objects.live().count() is {live}, expected {target}"
        )
    report.checks.append(f"ArticlePage.objects.live().count() = {live:,}")
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
        SectionPage.objects.values_list("numchild", flat=True).order_by("numchild")
    )
    report.checks.append(
        f"tree: numchild matches children in every section "
        f"({per_section[0]:,}-{per_section[-1]:,} articles per section)"
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
) -> SeedReport:
    """Make the database hold the demo plus ``target`` articles, then verify it.

    ``sqlite_file`` is the bench's own SQLite database, which is deleted and
    seeded again when its article count differs or ``reseed`` is set. Another
    database (``DATABASE_URL``) is topped up when it has fewer articles; it is
    emptied (this project's tables dropped, then migrated) only with
    ``reseed``, and a database with more articles stops the run with a
    message, so a mistyped ``DATABASE_URL`` never loses data by accident.
    """
    report = SeedReport()
    migrate = ("migrate", "--no-input")
    if reseed and sqlite_file:
        delete_sqlite(sqlite_file)
        report.wiped = "deleted the SQLite file (--reseed)"
    log("Migrating ...")
    report.migrate_seconds = manage(
        *migrate, env=env, timeout=MIGRATE_TIMEOUT, log_path=log_path
    )
    count = article_count()
    if count == target and not reseed:
        report.reused = True
        log(f"Reusing the database: it already has {count:,} articles.")
    else:
        emptied = True
        if count > 0 and sqlite_file:
            log(f"The database has {count:,} articles, not {target:,}: reseeding.")
            delete_sqlite(sqlite_file)
            report.wiped = f"deleted the SQLite file ({count:,} articles)"
        elif reseed and not sqlite_file:
            log("Dropping the project's tables in DATABASE_URL (--reseed) ...")
            drop_project_tables(log)
            report.wiped = f"dropped the project's tables ({count:,} articles)"
        else:
            emptied = False
        if count > target and not emptied:
            raise RuntimeError(
                f"The database at DATABASE_URL has {count:,} articles, more than "
                f"{target:,}. Run with --reseed to drop this project's tables "
                "there and seed again (everything in them is lost), or pass "
                f"--articles {count}."
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
        log(f"Bulk-inserting articles up to {target:,} (no search index entries) ...")
        started = time.monotonic()
        report.inserted = insert_articles(target, log)
        report.insert_seconds = time.monotonic() - started
    started = time.monotonic()
    verify(target, report)
    report.verify_seconds = time.monotonic() - started
    from newsroom.news.models import ArticlePage, SectionPage

    report.articles = ArticlePage.objects.count()
    report.sections = SectionPage.objects.count()
    report.editions = SectionPage.objects.values("locale_id").distinct().count()
    return report
