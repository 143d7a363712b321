// View counter: one beacon per reader per article (remembered in localStorage),
// then the shown total is refreshed, so cached pages still show fresh counts.
import { load, save } from "./storage.js";

const KEY = "nr-viewed";
const MAX_REMEMBERED = 500;

function viewedIds() {
  try {
    const ids = JSON.parse(load(KEY) || "[]");
    return Array.isArray(ids) ? ids : [];
  } catch {
    return [];
  }
}

export function initViews(doc) {
  const counters = [...doc.querySelectorAll("[data-views]")];
  if (!counters.length) return;
  const article = doc.querySelector("[data-article][data-page-id]");
  let counted = null;
  if (article) {
    const id = Number(article.dataset.pageId);
    const viewed = viewedIds();
    if (!viewed.includes(id)) {
      const body = new FormData();
      body.append("page", String(id));
      const sent = navigator.sendBeacon ? navigator.sendBeacon("/analytics/hit/", body) : false;
      if (!sent) fetch("/analytics/hit/", { method: "POST", body, keepalive: true }).catch(() => {});
      viewed.push(id);
      save(KEY, JSON.stringify(viewed.slice(-MAX_REMEMBERED)));
      counted = id;
    }
  }
  const ids = [...new Set(counters.map((el) => el.dataset.views))].slice(0, 50);
  fetch(`/analytics/counts/?ids=${ids.join(",")}`, { cache: "no-cache" })
    .then((response) => (response.ok ? response.json() : null))
    .then((data) => {
      if (!data) return;
      for (const el of counters) {
        const output = el.querySelector("[data-views-count]");
        if (!output) continue;
        const shown = Number(output.textContent) || 0;
        let total = Number(data.views[el.dataset.views] ?? shown);
        // The beacon may land after this read; never show fewer than we know of.
        if (Number(el.dataset.views) === counted) total = Math.max(total, shown + 1);
        output.textContent = String(Math.max(total, shown));
      }
    })
    .catch(() => {});
}
