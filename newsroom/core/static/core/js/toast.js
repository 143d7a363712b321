// One polite status message at a time, read out by screen readers.
let timer;

export function showToast(doc, message) {
  const toast = doc.querySelector("[data-toast]");
  if (!toast) return;
  toast.textContent = message;
  toast.hidden = false;
  clearTimeout(timer);
  timer = setTimeout(() => {
    toast.hidden = true;
  }, 3500);
}
