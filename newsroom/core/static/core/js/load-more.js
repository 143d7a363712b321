// "Load more": fetch the next page of the list and append its stories. The link
// is a plain link to that page, so without JavaScript it simply navigates.
// Each page holds one paginated list ([data-story-list] followed by .list-footer).
export function initLoadMore(doc) {
  const link = doc.querySelector("[data-load-more]");
  const footer = link?.closest(".list-footer");
  const list = footer?.previousElementSibling;
  if (!link || !list?.matches("[data-story-list]")) return;
  const label = link.textContent;
  link.addEventListener("click", async (event) => {
    event.preventDefault();
    if (link.getAttribute("aria-busy") === "true") return;
    link.setAttribute("aria-busy", "true");
    link.textContent = link.dataset.loadingLabel;
    try {
      const response = await fetch(link.href, { headers: { Accept: "text/html" } });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      const page = new DOMParser().parseFromString(await response.text(), "text/html");
      const items = [...(page.querySelector("[data-story-list]")?.children ?? [])];
      const firstNewIndex = list.children.length;
      list.append(...items.map((item) => doc.importNode(item, true)));
      const pagination = page.querySelector("[data-pagination]");
      const ownPagination = footer.querySelector("[data-pagination]");
      if (pagination && ownPagination) ownPagination.replaceWith(doc.importNode(pagination, true));
      const nextLink = page.querySelector("[data-load-more]");
      if (nextLink) {
        link.setAttribute("href", nextLink.getAttribute("href"));
        link.textContent = label;
        link.removeAttribute("aria-busy");
      } else {
        link.remove();
      }
      // Move keyboard focus to the first new story so keyboard users continue there.
      list.children[firstNewIndex]?.querySelector(".card__title a")?.focus({ preventScroll: true });
    } catch (error) {
      link.textContent = link.dataset.errorLabel;
      link.removeAttribute("aria-busy");
      console.error(error);
    }
  });
}
