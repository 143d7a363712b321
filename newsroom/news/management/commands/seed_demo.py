from django.core.management.base import BaseCommand

from newsroom.news import demo


class Command(BaseCommand):
    help = "Load the demo newsroom (three editions). Safe to run again: existing editions are kept."

    def add_arguments(self, parser):
        parser.add_argument(
            "--per-section",
            type=int,
            default=demo.ARTICLES_PER_SECTION,
            help="Articles per section and edition (default %(default)s).",
        )

    def handle(self, *args, **options):
        created = demo.seed(per_section=options["per_section"], log=self.stdout.write)
        self.stdout.write(
            self.style.SUCCESS(f"Demo content ready ({created} new articles).")
        )
