// A+ / A- buttons: scale the article text in steps, remembered across pages.
import { load, save } from "./storage.js";

const KEY = "nr-font-scale";
export const STEPS = [0.875, 1, 1.125, 1.25, 1.375, 1.5, 1.75];

function currentIndex(root) {
  const value = parseFloat(root.style.getPropertyValue("--font-scale") || load(KEY) || "1");
  const index = STEPS.findIndex((step) => Math.abs(step - value) < 0.001);
  return index === -1 ? STEPS.indexOf(1) : index;
}

export function initFontSize(doc) {
  const root = doc.documentElement;
  const buttons = doc.querySelectorAll("[data-font-size]");
  if (!buttons.length) return;
  const update = (index) => {
    root.style.setProperty("--font-scale", String(STEPS[index]));
    for (const button of buttons) {
      const direction = Number(button.dataset.fontSize);
      button.disabled = direction > 0 ? index >= STEPS.length - 1 : index <= 0;
    }
  };
  update(currentIndex(root));
  for (const button of buttons) {
    button.addEventListener("click", () => {
      const direction = Number(button.dataset.fontSize);
      const index = Math.min(STEPS.length - 1, Math.max(0, currentIndex(root) + direction));
      save(KEY, String(STEPS[index]));
      update(index);
    });
  }
}
