from django_tasks import task

from . import crosspost, services
from .botapi import Bot, TelegramError
from .models import Source


@task()
def poll_source(source_id: int) -> str:
    """Poll one source now (the clock's due sources, an editor's "Poll now")."""
    source = Source.objects.select_related("section").filter(pk=source_id).first()
    if source is None:
        return "gone"
    return services.summary(services.poll(source))


@task()
def poll_due_sources() -> int:
    """Enqueue a poll of every active source whose interval has passed."""
    due = services.due_sources()
    for source in due:
        poll_source.enqueue(source.pk)
    return len(due)


@task()
def sync_telegram_post(page_id: int, first_publication: bool = False) -> None:
    """Send, edit or delete story ``page_id``'s message in its edition's channel."""
    crosspost.sync(page_id, first_publication=first_publication)


@task()
def retry_telegram_posts() -> int:
    """Enqueue a sync of each story whose Telegram retry is due (one task each,
    so a slow Telegram does not hold up the queue behind one long task)."""
    due = crosspost.due_retries()
    for page_id in due:
        sync_telegram_post.enqueue(page_id)
    return len(due)


@task()
def delete_telegram_message(code: str, chat_id: str, message_id: int) -> None:
    """Delete the message of a story that was deleted from the site."""
    target = crosspost.destination(code)
    if target is None:
        return
    try:
        Bot(target.bot.token, chat_id).delete_message(message_id)
    except TelegramError:
        crosspost.log.warning(
            "telegram: message %s of a deleted story stays in %s", message_id, chat_id
        )
