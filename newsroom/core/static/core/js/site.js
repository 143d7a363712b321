// Conveniences on top of pages that work without JavaScript.
import { initTheme } from "./theme.js";
import { initFontSize } from "./font-size.js";
import { initShare } from "./share.js";
import { initLoadMore } from "./load-more.js";
import { initViews } from "./views.js";

for (const init of [initTheme, initFontSize, initShare, initLoadMore, initViews]) {
  try {
    init(document);
  } catch (error) {
    console.error(error);
  }
}
