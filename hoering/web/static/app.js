// The workspace's few enhancements; every page works without them.
(function () {
  "use strict";

  function init() {
    if (window.DKFDS && typeof window.DKFDS.init === "function") {
      window.DKFDS.init();
    }
  }

  // A passage selected in a response's text fills the fields that take one ("Tilføj tema",
  // "Fjern tekst i det offentlige notat"), so a person selects instead of copying.
  document.addEventListener("selectionchange", function () {
    var text = document.getElementById("response-text");
    var selection = window.getSelection();
    if (!text || !selection || selection.isCollapsed || selection.rangeCount === 0) return;
    var range = selection.getRangeAt(0);
    if (!text.contains(range.commonAncestorContainer)) return;
    var value = selection.toString().replace(/\s+/g, " ").trim();
    if (!value) return;
    document.querySelectorAll("[data-selection-target]").forEach(function (field) {
      field.value = value;
    });
  });

  // "n": the next response not yet reviewed (not while typing in a field).
  document.addEventListener("keydown", function (event) {
    if (event.key !== "n" || event.ctrlKey || event.metaKey || event.altKey) return;
    var target = event.target;
    var tag = target && target.tagName;
    if (tag === "INPUT" || tag === "TEXTAREA" || tag === "SELECT" || (target && target.isContentEditable)) return;
    var next = document.getElementById("next-unreviewed");
    if (next) {
      event.preventDefault();
      next.click();
    }
  });

  document.addEventListener("DOMContentLoaded", init);
  document.addEventListener("htmx:afterSettle", init);
})();
