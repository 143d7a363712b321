// The byline's author picker (news/widgets.py, AuthorPicker): typing in its
// box hides the names that do not match; ticked names stay in view. Enter
// ticks the one name left (or moves to the first of several), the down arrow
// moves to the list, Escape empties the box. Its one message comes from the
// template (data-no-match), so this file has no strings of its own.
(() => {
  "use strict";

  const FILTER = "[data-author-picker-filter]";

  function words(filter) {
    return filter.value.trim().toLowerCase().split(/\s+/).filter(Boolean);
  }

  function visibleBoxes(picker, { unticked = false } = {}) {
    return [...picker.querySelectorAll("[data-author-name]")]
      .filter((item) => !item.hidden)
      .map((item) => item.querySelector("input"))
      .filter((box) => box && !(unticked && box.checked));
  }

  function apply(filter) {
    const picker = filter.closest("[data-author-picker]");
    const wanted = words(filter);
    let matching = 0;
    for (const item of picker.querySelectorAll("[data-author-name]")) {
      const box = item.querySelector("input");
      const matches = wanted.every((word) => item.dataset.authorName.includes(word));
      item.hidden = !(matches || (box && box.checked));
      if (matches) matching += 1;
    }
    const status = picker.querySelector("[data-author-picker-status]");
    status.textContent = wanted.length && !matching ? status.dataset.noMatch : "";
  }

  function clear(filter) {
    filter.value = "";
    apply(filter);
  }

  document.addEventListener("input", (event) => {
    if (event.target.matches(FILTER)) apply(event.target);
  });

  document.addEventListener("keydown", (event) => {
    const filter = event.target;
    if (!filter.matches(FILTER)) return;
    const picker = filter.closest("[data-author-picker]");
    if (event.key === "Enter") {
      // Never submit the story from the search box.
      event.preventDefault();
      const left = visibleBoxes(picker, { unticked: true });
      if (left.length === 1 && words(filter).length) {
        left[0].click();
        clear(filter);
      } else if (left.length) {
        left[0].focus();
      }
    } else if (event.key === "ArrowDown") {
      const first = visibleBoxes(picker)[0];
      if (first) {
        event.preventDefault();
        first.focus();
      }
    } else if (event.key === "Escape" && filter.value) {
      event.preventDefault();
      clear(filter);
    }
  });

  function start() {
    for (const filter of document.querySelectorAll(FILTER)) filter.hidden = false;
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
