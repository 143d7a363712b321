from django.core.management.base import BaseCommand

from newsroom.demo import services


class Command(BaseCommand):
    help = (
        "Load the demo newsroom into every edition the demo has texts for. "
        "Safe to run again: existing editions are kept."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--per-section",
            type=int,
            default=services.ARTICLES_PER_SECTION,
            help="Articles per section and edition (default %(default)s).",
        )

    def handle(self, *args, **options):
        created = services.seed(
            per_section=options["per_section"], log=self.stdout.write
        )
        self.stdout.write(
            self.style.SUCCESS(f"Demo content ready ({created} new articles).")
        )
