// Copy link, print and the browser's native share sheet. Labels come from the
// page (data-*-label attributes), so every message is in the edition's language.
import { showToast } from "./toast.js";

async function copyText(text) {
  if (navigator.clipboard && window.isSecureContext) {
    await navigator.clipboard.writeText(text);
    return;
  }
  const field = document.createElement("textarea");
  field.value = text;
  field.setAttribute("readonly", "");
  field.style.position = "fixed";
  field.style.opacity = "0";
  document.body.append(field);
  field.select();
  const ok = document.execCommand("copy");
  field.remove();
  if (!ok) throw new Error("copy failed");
}

export function initShare(doc) {
  const canonical = doc.querySelector('link[rel="canonical"]');
  const url = canonical ? canonical.href : window.location.href;
  for (const bar of doc.querySelectorAll("[data-share]")) {
    const copy = bar.querySelector("[data-copy-link]");
    copy?.addEventListener("click", async () => {
      try {
        await copyText(url);
        showToast(doc, bar.dataset.copiedLabel);
      } catch {
        showToast(doc, bar.dataset.copyFailedLabel);
      }
    });
    bar.querySelector("[data-print]")?.addEventListener("click", () => window.print());
    const native = bar.querySelector("[data-native-share]");
    if (native && typeof navigator.share === "function") {
      native.hidden = false;
      native.addEventListener("click", () => {
        navigator.share({ title: doc.title, url }).catch(() => {});
      });
    }
  }
}
