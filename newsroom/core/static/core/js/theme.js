// Night theme: follows the system until the reader chooses, then remembers the choice.
// The inline script in <head> applies a stored choice before first paint.
import { load, save } from "./storage.js";

const KEY = "nr-theme";

function currentTheme(root) {
  const chosen = root.dataset.theme;
  if (chosen === "dark" || chosen === "light") return chosen;
  return window.matchMedia("(prefers-color-scheme: dark)").matches ? "dark" : "light";
}

// A toggle button: the label stays "Night theme" and aria-pressed says whether
// it is on. Changing the label as well would be read out as a contradiction
// ("Day theme, pressed").
function render(root, button) {
  button.setAttribute("aria-pressed", String(currentTheme(root) === "dark"));
}

export function initTheme(doc) {
  const root = doc.documentElement;
  const stored = load(KEY);
  if (stored === "dark" || stored === "light") root.dataset.theme = stored;
  for (const button of doc.querySelectorAll("[data-theme-toggle]")) {
    render(root, button);
    button.addEventListener("click", () => {
      const next = currentTheme(root) === "dark" ? "light" : "dark";
      root.dataset.theme = next;
      save(KEY, next);
      render(root, button);
    });
  }
}
