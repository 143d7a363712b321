import django.db.models.deletion
from django.db import migrations, models

# What each engine searches: see newsroom/search/models.py.
SQLITE_CREATE = (
    "CREATE VIRTUAL TABLE newsroom_search_fts USING fts5("
    "headline, lead, body, extra, tokenize = 'unicode61 remove_diacritics 0')"
)
SQLITE_DROP = "DROP TABLE IF EXISTS newsroom_search_fts"
POSTGRES_CREATE = [
    "ALTER TABLE newsroom_search_searchdocument ADD COLUMN vector tsvector"
    " NOT NULL DEFAULT ''",
    "CREATE INDEX newsroom_search_vector ON newsroom_search_searchdocument"
    " USING GIN (vector)",
]


def create_engine_tables(apps, schema_editor):
    vendor = schema_editor.connection.vendor
    if vendor == "sqlite":
        schema_editor.execute(SQLITE_CREATE)
    elif vendor == "postgresql":
        for statement in POSTGRES_CREATE:
            schema_editor.execute(statement)


def drop_engine_tables(apps, schema_editor):
    if schema_editor.connection.vendor == "sqlite":
        schema_editor.execute(SQLITE_DROP)
    # On PostgreSQL the column and index go with the table.


class Migration(migrations.Migration):
    initial = True

    dependencies = [
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [
        migrations.CreateModel(
            name="SearchDocument",
            fields=[
                (
                    "page",
                    models.OneToOneField(
                        on_delete=django.db.models.deletion.CASCADE,
                        primary_key=True,
                        related_name="+",
                        serialize=False,
                        to="wagtailcore.page",
                    ),
                ),
                ("language", models.CharField(max_length=12)),
                ("indexed_at", models.DateTimeField(auto_now=True)),
            ],
            options={"verbose_name": "search document"},
        ),
        migrations.CreateModel(
            name="SearchWord",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True,
                        primary_key=True,
                        serialize=False,
                        verbose_name="ID",
                    ),
                ),
                ("language", models.CharField(max_length=12)),
                ("word", models.CharField(max_length=60)),
                ("length", models.PositiveSmallIntegerField()),
            ],
            options={
                "verbose_name": "search word",
                "constraints": [
                    models.UniqueConstraint(
                        fields=("language", "word"), name="search_word_unique"
                    )
                ],
                "indexes": [
                    models.Index(
                        fields=["language", "length"], name="search_word_length"
                    )
                ],
            },
        ),
        migrations.RunPython(create_engine_tables, drop_engine_tables),
    ]
