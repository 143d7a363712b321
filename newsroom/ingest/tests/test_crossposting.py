"""Published stories go to their edition's Telegram channel, against a fake Bot API."""

from __future__ import annotations

import logging
from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from newsroom.ingest import crosspost
from newsroom.ingest.models import TelegramChannel, TelegramPost, TelegramPostState
from newsroom.ingest.tasks import retry_telegram_posts
from newsroom.news.models import ArticlePage
from newsroom.testing.peers import Answer, FakeBotAPI

TOKEN = "123456:SECRET-token-never-shown"


@pytest.fixture
def channel(db, bot_api):
    return TelegramChannel.objects.create(
        edition="en", channel="@newsroom_en", bot_token=TOKEN
    )


@pytest.fixture
def publish(django_capture_on_commit_callbacks):
    """Publish a story's latest revision as the admin does, tasks run at commit."""

    def run(page: ArticlePage, **changes) -> ArticlePage:
        for name, value in changes.items():
            setattr(page, name, value)
        with django_capture_on_commit_callbacks(execute=True):
            page.save_revision().publish()
        return ArticlePage.objects.get(pk=page.pk)

    return run


@pytest.fixture
def unpublish(django_capture_on_commit_callbacks):
    def run(page: ArticlePage) -> None:
        with django_capture_on_commit_callbacks(execute=True):
            page.unpublish()

    return run


@pytest.fixture
def fresh_story(section, publish):
    """A story never published before, with no picture."""

    def make(
        title="Parliament passes the budget", lead="Deputies voted 80 to 20.", **fields
    ) -> ArticlePage:
        page = ArticlePage(title=title, lead=lead, live=False, **fields)
        section.add_child(instance=page)
        return publish(page)

    return make


def post_of(page) -> TelegramPost:
    return TelegramPost.objects.get(page=page)


def test_a_first_publication_is_posted_once_with_headline_lead_and_link(
    channel, bot_api, fresh_story
):
    story = fresh_story()

    [call] = bot_api.sent()
    assert call.method == "sendMessage"
    assert call.token == TOKEN
    assert call.data["chat_id"] == "@newsroom_en"
    assert call.data["parse_mode"] == "HTML"
    assert call.data["text"] == (
        "<b>Parliament passes the budget</b>\n\nDeputies voted 80 to 20.\n\n"
        + story.get_full_url()
    )
    post = post_of(story)
    assert post.state == TelegramPostState.SENT
    assert post.message_id == 101
    assert post.channel == "@newsroom_en"
    assert post.message_url == "https://t.me/newsroom_en/101"


def test_a_story_with_a_picture_goes_as_a_photo_with_caption(
    channel, bot_api, article, fresh_story
):
    assert article.hero_image is not None
    story = fresh_story(title=article.title, hero_image=article.hero_image)
    [call] = bot_api.sent()
    assert call.method == "sendPhoto"
    assert call.files["photo"][:3] == b"\xff\xd8\xff"  # a JPEG rendition
    assert call.data["caption"].startswith(f"<b>{article.title}</b>")
    assert len(call.data["caption"]) <= 1024
    assert post_of(story).with_photo


def test_edits_change_the_message_and_republishing_never_posts_again(
    channel, bot_api, fresh_story, publish
):
    story = fresh_story()
    publish(story)  # republished unchanged
    assert [c.method for c in bot_api.sent()] == ["sendMessage"]

    publish(story, title="Parliament passes the budget after a long night")

    assert [c.method for c in bot_api.sent()] == ["sendMessage", "editMessageText"]
    edit = bot_api.sent("editMessageText")[0]
    assert edit.data["message_id"] == 101
    assert edit.data["text"].startswith(
        "<b>Parliament passes the budget after a long night</b>"
    )
    assert bot_api.messages[101]["text"] == edit.data["text"]
    assert post_of(story).sent_text == edit.data["text"]


def test_unpublishing_deletes_the_message(channel, bot_api, fresh_story, unpublish):
    story = fresh_story()
    unpublish(story)
    assert [c.method for c in bot_api.sent()] == ["sendMessage", "deleteMessage"]
    assert bot_api.messages == {}
    post = post_of(story)
    assert post.message_id is None and post.state == TelegramPostState.DELETED


def test_deleting_a_story_deletes_its_message(
    channel, bot_api, fresh_story, django_capture_on_commit_callbacks
):
    story = fresh_story()
    with django_capture_on_commit_callbacks(execute=True):
        story.delete()
    assert [c.method for c in bot_api.sent()] == ["sendMessage", "deleteMessage"]


def test_a_429_is_waited_out_as_telegram_asks(channel, bot_api, fresh_story, settings):
    settings.TELEGRAM_INLINE_RETRY_SECONDS = 5
    bot_api.fail_next("sendMessage", FakeBotAPI.too_many_requests(1))
    story = fresh_story()
    assert [c.method for c in bot_api.sent()] == ["sendMessage", "sendMessage"]
    assert len(bot_api.messages) == 1
    assert post_of(story).state == TelegramPostState.SENT


def test_5xx_and_connection_errors_are_retried(channel, bot_api, fresh_story):
    bot_api.fail_next(
        "sendMessage",
        FakeBotAPI.error(502, "Bad Gateway"),
        FakeBotAPI.error(500, "Internal Server Error"),
    )
    story = fresh_story()
    assert len(bot_api.sent("sendMessage")) == 3
    assert len(bot_api.messages) == 1
    assert post_of(story).state == TelegramPostState.SENT


def test_a_send_that_timed_out_is_not_sent_again_blindly(
    channel, bot_api, fresh_story, login
):
    """Telegram may have posted it: the editor is asked to look, then Retry."""
    bot_api.fail_next("sendMessage", Answer(hang=2))  # longer than the timeout
    story = fresh_story()
    assert len(bot_api.sent("sendMessage")) == 1
    post = post_of(story)
    assert post.state == TelegramPostState.FAILED
    assert "may have been posted" in post.last_error
    login("editor-en").post(reverse("ingest_telegram_retry", args=(story.pk,)))
    assert post_of(story).state == TelegramPostState.SENT


def test_an_edit_that_timed_out_is_retried(channel, bot_api, fresh_story, publish):
    story = fresh_story()
    bot_api.fail_next("editMessageText", Answer(hang=2))
    publish(story, title="A new headline")
    assert len(bot_api.sent("editMessageText")) == 2
    assert bot_api.messages[101]["text"].startswith("<b>A new headline</b>")


def test_edits_and_deletes_go_to_the_channel_the_message_is_in(
    channel, bot_api, fresh_story, publish, unpublish
):
    story = fresh_story()
    channel.channel = "@newsroom_en_new"
    channel.save()
    publish(story, title="Edited after the move")
    unpublish(story)
    edit, delete = bot_api.sent("editMessageText", "deleteMessage")
    assert edit.data["chat_id"] == "@newsroom_en" == delete.data["chat_id"]
    # New stories go to the new channel.
    fresh_story(title="After the move")
    assert bot_api.sent("sendMessage")[-1].data["chat_id"] == "@newsroom_en_new"


def test_a_story_unpublished_while_waiting_for_a_retry_leaves_the_retry_list(
    channel, bot_api, fresh_story, unpublish
):
    bot_api.fail_next("sendMessage", FakeBotAPI.too_many_requests(60))
    story = fresh_story()
    assert post_of(story).state == TelegramPostState.RETRY
    unpublish(story)
    TelegramPost.objects.filter(page=story).update(
        next_attempt_at=post_of(story).updated_at
    )
    retry_telegram_posts.call()
    assert post_of(story).state == TelegramPostState.PENDING
    assert crosspost.due_retries() == []
    assert len(bot_api.sent()) == 1


def test_a_claim_left_by_a_killed_worker_is_taken_over_by_the_clock(
    channel, bot_api, section
):
    """A worker died after claiming a story and before calling Telegram."""
    story = section.add_child(
        instance=ArticlePage(title="Orphaned", lead="Lead.", live=True)
    )
    TelegramPost.objects.create(
        page=story, claimed_at=timezone.now() - timedelta(minutes=11)
    )
    assert crosspost.due_retries() == [story.pk]
    retry_telegram_posts.call()
    assert post_of(story).state == TelegramPostState.SENT
    assert post_of(story).claimed_at is None


def test_a_sync_that_finds_the_claim_taken_leaves_the_work_to_the_holder(
    channel, bot_api, fresh_story, publish
):
    story = fresh_story()
    TelegramPost.objects.filter(page=story).update(claimed_at=timezone.now())
    publish(story, title="Changed while another worker held the claim")
    assert bot_api.sent("editMessageText") == []
    assert TelegramPost.objects.get(page=story).resync  # the holder will look again
    # The holder finishes: it releases and, seeing the mark, sends the edit.
    TelegramPost.objects.filter(page=story).update(claimed_at=None)
    crosspost.sync(story.pk)
    assert len(bot_api.sent("editMessageText")) == 1


def test_the_bot_token_is_not_in_a_bots_repr():
    from newsroom.ingest.botapi import Bot

    assert TOKEN not in repr(Bot(TOKEN, "@x"))


def test_a_long_retry_after_is_left_to_the_clock(channel, bot_api, fresh_story):
    bot_api.fail_next("sendMessage", FakeBotAPI.too_many_requests(60))
    story = fresh_story()
    post = post_of(story)
    assert post.state == TelegramPostState.RETRY
    assert "wait 60 seconds" in post.last_error
    assert 55 <= (post.next_attempt_at - post.updated_at).total_seconds() <= 61
    retry_telegram_posts.call()  # not due yet
    assert len(bot_api.sent()) == 1

    TelegramPost.objects.filter(pk=post.pk).update(next_attempt_at=post.updated_at)
    assert retry_telegram_posts.call() == 1
    assert post_of(story).state == TelegramPostState.SENT
    assert len(bot_api.messages) == 1


def test_a_final_failure_shows_on_the_story_with_retry_and_never_leaks_the_token(
    channel, bot_api, fresh_story, login, caplog
):
    caplog.set_level(logging.DEBUG)
    bot_api.fail_next("sendMessage", FakeBotAPI.error(401, "Unauthorized"))
    story = fresh_story()
    post = post_of(story)
    assert post.state == TelegramPostState.FAILED
    assert "refused the bot token" in post.last_error
    assert TOKEN not in post.last_error and TOKEN not in caplog.text
    assert "SECRET" not in caplog.text

    editor = login("editor-en")
    edit_page = editor.get(reverse("wagtailadmin_pages:edit", args=(story.pk,)))
    html = edit_page.content.decode()
    assert "refused the bot token" in html
    retry_url = reverse("ingest_telegram_retry", args=(story.pk,))
    assert retry_url in html
    assert TOKEN not in html

    assert editor.get(retry_url).status_code == 200
    response = editor.post(retry_url)
    assert response.status_code == 302
    assert post_of(story).state == TelegramPostState.SENT
    assert len(bot_api.messages) == 1


def test_connection_errors_never_leak_the_token(channel, fresh_story, settings, caplog):
    caplog.set_level(logging.DEBUG)
    settings.TELEGRAM_INLINE_RETRY_SECONDS = 0
    settings.TELEGRAM_API_URL = "http://127.0.0.1:9"  # nothing listens there
    story = fresh_story()
    post = post_of(story)
    assert post.state == TelegramPostState.RETRY
    assert post.last_error == "Could not connect to Telegram."
    assert "SECRET" not in caplog.text


def test_a_reporter_cannot_retry(channel, bot_api, fresh_story, login):
    bot_api.fail_next(
        "sendMessage", FakeBotAPI.error(403, "Forbidden: bot is not a member")
    )
    story = fresh_story()
    assert "make it an administrator" in post_of(story).last_error
    reporter = login("reporter-en")
    response = reporter.post(reverse("ingest_telegram_retry", args=(story.pk,)))
    assert response.status_code == 302 and response["Location"] == reverse(
        "wagtailadmin_home"
    )
    assert post_of(story).state == TelegramPostState.FAILED
    assert bot_api.messages == {}


def test_a_story_published_before_the_channel_existed_is_not_posted_on_an_edit(
    bot_api, fresh_story, publish
):
    story = fresh_story()  # no channel yet
    TelegramChannel.objects.create(
        edition="en", channel="@newsroom_en", bot_token=TOKEN
    )
    publish(story, title="Parliament passes the budget, with a correction")
    assert bot_api.sent() == []
    # A story published from now on is.
    fresh_story(title="A new story")
    assert [c.data["text"].split("\n")[0] for c in bot_api.sent()] == [
        "<b>A new story</b>"
    ]


def test_a_story_published_again_after_unpublishing_is_posted_again(
    channel, bot_api, fresh_story, unpublish, publish
):
    story = fresh_story()
    unpublish(story)
    publish(ArticlePage.objects.get(pk=story.pk))
    assert [c.method for c in bot_api.sent()] == [
        "sendMessage",
        "deleteMessage",
        "sendMessage",
    ]
    assert len(bot_api.messages) == 1
    assert post_of(story).message_id == 102


def test_without_a_channel_nothing_is_sent(bot_api, fresh_story):
    story = fresh_story()
    assert bot_api.sent() == []
    assert not TelegramPost.objects.filter(page=story).exists()


def test_the_environment_configures_a_channel(bot_api, fresh_story, monkeypatch):
    monkeypatch.setenv("TELEGRAM_BOT_TOKEN", TOKEN)
    monkeypatch.setenv("TELEGRAM_CHANNEL_EN", "@from_env")
    fresh_story()
    [call] = bot_api.sent()
    assert call.data["chat_id"] == "@from_env"


def test_a_long_lead_is_cut_to_fit_a_caption(section):
    page = ArticlePage(title="Headline", lead="word " * 400)
    text = crosspost.message_text(page, 1024)
    assert len(text) <= 1024
    assert "…" in text


def test_the_token_is_never_shown_again_in_the_form(channel, login, people):
    chief = login("chief")
    url = reverse("wagtailsnippets_ingest_telegramchannel:edit", args=(channel.pk,))
    page = chief.get(url)
    assert page.status_code == 200
    assert TOKEN not in page.content.decode()
    assert "A token is saved" in page.content.decode()

    # Saved without typing a token: the old one stays.
    response = chief.post(
        url,
        {"edition": "en", "channel": "newsroom_en", "bot_token": "", "is_active": "on"},
    )
    assert response.status_code == 302
    channel.refresh_from_db()
    assert channel.bot_token == TOKEN
    assert channel.channel == "@newsroom_en"

    chief.post(
        url,
        {
            "edition": "en",
            "channel": "@newsroom_en",
            "bot_token": "999:NEW",
            "is_active": "on",
        },
    )
    channel.refresh_from_db()
    assert channel.bot_token == "999:NEW"

    chief.post(
        url,
        {
            "edition": "en",
            "channel": "@newsroom_en",
            "bot_token": "",
            "forget_token": "on",
            "is_active": "on",
        },
    )
    channel.refresh_from_db()
    assert channel.bot_token == ""


def test_editors_cannot_see_telegram_settings(login, people):
    editor = login("editor-en")
    response = editor.get(reverse("wagtailsnippets_ingest_telegramchannel:list"))
    assert response.status_code in (302, 403)


def test_a_new_lead_edits_a_photo_messages_caption(
    channel, bot_api, article, fresh_story, publish
):
    story = fresh_story(hero_image=article.hero_image)
    publish(story, lead="Deputies voted 81 to 19 after a recount.")
    [edit] = bot_api.sent("editMessageCaption")
    assert edit.data["message_id"] == 101
    assert "81 to 19 after a recount" in edit.data["caption"]
    assert bot_api.messages[101]["text"] == edit.data["caption"]
