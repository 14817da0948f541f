// The search page: starts Pagefind's search box (its Default UI, from the site's own
// pagefind/ folder) and runs the query the header's form sent as ?q=. Without JavaScript
// the page keeps its links to the A–Z index and the unit tree.
(function () {
  "use strict";
  var box = document.getElementById("pencarian");
  if (!box || typeof PagefindUI === "undefined") return;
  // Pagefind's result addresses start at the site's root: the root is the folder above
  // the bundle, wherever the site is hosted.
  var bundle = new URL(box.getAttribute("data-bundle"), window.location.href);
  var ui = new PagefindUI({
    element: "#pencarian",
    bundlePath: bundle.pathname,
    baseUrl: new URL("../", bundle).pathname,
    showSubResults: true,
    showImages: false,
    openFilters: [],
    autofocus: false
  });
  // A visible label for the box (Pagefind's has only an aria-label; WCAG 2.1 wants the
  // name a sighted user sees to be the control's label).
  var input = box.querySelector("input[type=text], input[type=search]");
  if (input) {
    input.id = "kotak-cari";
    var label = document.createElement("label");
    label.htmlFor = input.id;
    label.className = "search-label";
    label.textContent = "Kata yang dicari, misalnya nama layanan atau dokumen";
    box.insertBefore(label, box.firstChild);
  }
  var query = new URLSearchParams(window.location.search).get("q");
  if (query) ui.triggerSearch(query);
})();
