// View counter: one beacon per reader per article (remembered in localStorage),
// then the shown total is refreshed, so cached pages still show fresh counts.
// Loaded by site.js from the counter's data-module; the endpoints come from the
// page too (analytics_tags), so no URL of this app is written here.
import { load, save } from "../../core/js/storage.js";

const KEY = "nr-viewed";
const MAX_REMEMBERED = 500;
const MAX_IDS = 50; // what the counts endpoint accepts at once

function viewedIds() {
  try {
    const ids = JSON.parse(load(KEY) || "[]");
    return Array.isArray(ids) ? ids : [];
  } catch {
    return [];
  }
}

// Counts may be rendered with thousands separators ("12,345", "12 345").
function parseCount(text) {
  return Number(text.replace(/\D/g, "")) || 0;
}

function sendBeacon(article) {
  const id = Number(article.dataset.pageId);
  const viewed = viewedIds();
  if (viewed.includes(id)) return null;
  const url = article.dataset.viewsHitUrl;
  const body = new FormData();
  body.append("page", String(id));
  const sent = navigator.sendBeacon ? navigator.sendBeacon(url, body) : false;
  if (!sent) fetch(url, { method: "POST", body, keepalive: true }).catch(() => {});
  viewed.push(id);
  save(KEY, JSON.stringify(viewed.slice(-MAX_REMEMBERED)));
  return id;
}

export function init(doc) {
  const counters = [...doc.querySelectorAll("[data-views][data-views-counts-url]")];
  if (!counters.length) return;
  const article = doc.querySelector("[data-page-id][data-views-hit-url]");
  const counted = article ? sendBeacon(article) : null;
  const ids = [...new Set(counters.map((el) => el.dataset.views))].slice(0, MAX_IDS);
  const url = new URL(counters[0].dataset.viewsCountsUrl, doc.baseURI);
  url.searchParams.set("ids", ids.join(","));
  const format = new Intl.NumberFormat(doc.documentElement.lang || undefined);
  fetch(url, { cache: "no-cache" })
    .then((response) => (response.ok ? response.json() : null))
    .then((data) => {
      if (!data) return;
      for (const el of counters) {
        const output = el.querySelector("[data-views-count]");
        if (!output) continue;
        const shown = parseCount(output.textContent);
        let total = Number(data.views[el.dataset.views] ?? shown);
        // The beacon may land after this read; never show fewer than we know of.
        if (Number(el.dataset.views) === counted) total = Math.max(total, shown + 1);
        output.textContent = format.format(Math.max(total, shown));
      }
    })
    .catch(() => {});
}
