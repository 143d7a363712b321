"""Feeds and channel pages written for the tests, in the shapes real services send."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from email.utils import format_datetime


def rfc822(minutes_ago: int) -> str:
    return format_datetime(datetime.now(UTC) - timedelta(minutes=minutes_ago))


def iso(minutes_ago: int) -> str:
    return (datetime.now(UTC) - timedelta(minutes=minutes_ago)).isoformat()


def rss_item(
    guid: str,
    title: str,
    html: str,
    *,
    minutes_ago: int = 10,
    image: str = "",
    image_caption: str = "",
) -> str:
    media = ""
    if image:
        media = (
            f'<media:content url="{image}" medium="image" type="image/jpeg">'
            f"<media:description>{image_caption}</media:description></media:content>"
        )
    return f"""
    <item>
      <title>{title}</title>
      <link>https://wire.example/news/{guid}</link>
      <guid isPermaLink="false">{guid}</guid>
      <pubDate>{rfc822(minutes_ago)}</pubDate>
      <description><![CDATA[{html}]]></description>
      {media}
    </item>"""


def rss(*items: str, encoding: str = "utf-8", declaration: bool = True) -> str:
    head = f'<?xml version="1.0" encoding="{encoding}"?>\n' if declaration else ""
    return f"""{head}<rss version="2.0" xmlns:media="http://search.yahoo.com/mrss/">
  <channel>
    <title>Test Wire</title>
    <link>https://wire.example/</link>
    <description>Wire items written for the tests</description>
    {"".join(items)}
  </channel>
</rss>"""


def atom(*entries: tuple[str, str, str, str]) -> str:
    """``entries``: (id, title, summary, html content)."""
    body = "".join(
        f"""
  <entry>
    <id>{entry_id}</id>
    <title type="text">{title}</title>
    <link rel="alternate" href="https://agency.example/{entry_id.rsplit(":", 1)[-1]}"/>
    <updated>{iso(5)}</updated>
    <published>{iso(5)}</published>
    <summary type="text">{summary}</summary>
    <content type="html"><![CDATA[{content}]]></content>
  </entry>"""
        for entry_id, title, summary, content in entries
    )
    return f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Agency</title>
  <id>urn:agency:feed</id>
  <updated>{iso(5)}</updated>
  {body}
</feed>"""


def telegram_post(
    channel: str, number: int, text_html: str, *, photo: str = "", minutes_ago: int = 5
) -> str:
    """One message as Telegram's public preview (t.me/s/<channel>) lays it out."""
    photo_html = ""
    if photo:
        photo_html = (
            f'<a class="tgme_widget_message_photo_wrap 5289473892_1234 blured" '
            f'href="https://t.me/{channel}/{number}" '
            f"style=\"width:800px;background-image:url('{photo}')\">"
            '<div class="tgme_widget_message_photo" style="padding-top:56.25%">'
            "</div></a>"
        )
    text = (
        f'<div class="tgme_widget_message_text js-message_text" dir="auto">{text_html}</div>'
        if text_html
        else ""
    )
    return f"""
<div class="tgme_widget_message_wrap js-widget_message_wrap">
  <div class="tgme_widget_message text_not_supported_wrap js-widget_message" data-post="{channel}/{number}" data-view="eyJjIjoxfQ">
    <div class="tgme_widget_message_user"><a href="https://t.me/{channel}"><i class="tgme_widget_message_user_photo"></i></a></div>
    <div class="tgme_widget_message_bubble">
      <div class="tgme_widget_message_author accent_color"><a class="tgme_widget_message_owner_name" href="https://t.me/{channel}"><span dir="auto">Channel</span></a></div>
      {photo_html}
      {text}
      <div class="tgme_widget_message_footer compact js-message_footer">
        <div class="tgme_widget_message_info short js-message_info">
          <span class="tgme_widget_message_views">12.3K</span>
          <span class="tgme_widget_message_meta"><a class="tgme_widget_message_date" href="https://t.me/{channel}/{number}"><time datetime="{iso(minutes_ago)}" class="time">10:15</time></a></span>
        </div>
      </div>
    </div>
  </div>
</div>"""


def telegram_page(channel: str, *posts: str) -> str:
    return f"""<!DOCTYPE html>
<html>
  <head><meta charset="utf-8"><title>Channel – Telegram</title>
  <script>var evil = 1;</script></head>
  <body class="widget_frame_base tgme_webpage">
    <header class="tgme_header"><div class="tgme_channel_info"><div class="tgme_channel_info_header_title"><span dir="auto">Channel</span></div><div class="tgme_channel_info_header_username"><a href="https://t.me/{channel}">@{channel}</a></div></div></header>
    <main class="tgme_main"><section class="tgme_channel_history js-message_history">
      {"".join(posts)}
    </section></main>
  </body>
</html>"""
