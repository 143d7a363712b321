// Conveniences on top of pages that work without JavaScript.
import { initTheme } from "./theme.js";
import { initFontSize } from "./font-size.js";
import { initShare } from "./share.js";
import { initLoadMore } from "./load-more.js";

for (const init of [initTheme, initFontSize, initShare, initLoadMore]) {
  try {
    init(document);
  } catch (error) {
    console.error(error);
  }
}

// Scripts of other apps, named by the page that needs them: each distinct
// data-module="<static URL>" is imported once and its init(document) run.
// Only our own static files: markup that slipped into a story cannot load code.
const STATIC_ROOT = new URL("../../", import.meta.url).href;
const modules = new Set(
  [...document.querySelectorAll("[data-module]")].map(
    (el) => new URL(el.dataset.module, document.baseURI).href,
  ),
);
for (const url of modules) {
  if (!url.startsWith(STATIC_ROOT)) continue;
  import(url)
    .then((module) => module.init(document))
    .catch((error) => console.error(error));
}
