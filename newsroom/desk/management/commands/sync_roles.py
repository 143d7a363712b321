from django.core.management.base import BaseCommand

from newsroom.desk.services import sync_roles


class Command(BaseCommand):
    help = (
        "Create or repair the newsroom's role groups (reporters, editors and "
        "translators of each edition, chief editor, ad manager) and each "
        "edition's review workflow. Safe to run any time; `migrate` runs it too."
    )

    def handle(self, *args, **options):
        self.stdout.write(str(sync_roles()))
