from django.db import migrations, models


def mark_drafts(apps, schema_editor):
    """Documents of pages that are not live say so (see SearchDocument.live)."""
    SearchDocument = apps.get_model("newsroom_search", "SearchDocument")
    SearchDocument.objects.using(schema_editor.connection.alias).filter(
        page__live=False
    ).update(live=False)


class Migration(migrations.Migration):
    dependencies = [
        ("newsroom_search", "0001_initial"),
    ]

    operations = [
        migrations.AddField(
            model_name="searchdocument",
            name="live",
            field=models.BooleanField(default=True),
        ),
        migrations.RunPython(mark_drafts, migrations.RunPython.noop),
    ]
