// The search page: starts Pagefind's search box (its Default UI, from the site's own
// pagefind/ folder) and runs the query the header's form sent as ?q=. Without JavaScript
// the page keeps its links to the A–Z index and the unit tree. The page's texts come from
// the theme's catalogue through data- attributes, in the portal's language.
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
    // A filter value no result has is not offered (no "(0)" options).
    showEmptyFilters: false,
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
    label.textContent = box.getAttribute("data-label");
    box.insertBefore(label, box.firstChild);
  }
  // The filters folded into one <details> ("Saring hasil"), so that on a phone the results
  // come right under the box: closed below 60em, open beside the results on a wide screen.
  // Pagefind draws its filter panel (a <fieldset>) once the index is loaded, and again
  // after some updates: each time it appears outside the fold it is moved into it.
  var fold = document.createElement("details");
  fold.className = "search-filters";
  fold.open = window.matchMedia("(min-width: 60em)").matches;
  var summary = document.createElement("summary");
  summary.textContent = box.getAttribute("data-filters");
  fold.appendChild(summary);
  // The summary counts the values chosen, so that a closed fold still says why the
  // results are fewer: "Saring hasil (1 dipilih)".
  fold.addEventListener("change", function () {
    var chosen = fold.querySelectorAll("input[type=checkbox]:checked").length;
    summary.textContent = box.getAttribute("data-filters") +
      (chosen ? " (" + box.getAttribute("data-chosen").replace("{n}", chosen) + ")" : "");
  });
  function foldFilters() {
    var panel = box.querySelector(".pagefind-ui__filter-panel");
    if (!panel || panel.parentNode === fold) return;
    panel.parentNode.insertBefore(fold, panel);
    fold.appendChild(panel);
  }
  new MutationObserver(foldFilters).observe(box, { childList: true, subtree: true });
  foldFilters();
  var query = new URLSearchParams(window.location.search).get("q");
  if (query) ui.triggerSearch(query);
})();
