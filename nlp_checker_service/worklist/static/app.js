// nlp-checker worklist: select a requirement (or one of its quotes) to highlight and focus its evidence.
// Plain JavaScript, no dependencies; the pages work without it (links jump to the first evidence span).
(function () {
  "use strict";

  function highlight(requirement, target) {
    document.querySelectorAll("mark.active").forEach(function (mark) {
      mark.classList.remove("active");
    });
    document.querySelectorAll("mark[data-req]").forEach(function (mark) {
      if (mark.dataset.req.split(" ").indexOf(requirement) !== -1) {
        mark.classList.add("active");
      }
    });
    if (target) {
      target.scrollIntoView({ block: "center", behavior: "smooth" });
      target.focus({ preventScroll: true });
    }
  }

  document.addEventListener("click", function (event) {
    var link = event.target.closest("a.req-link, a.ev-link");
    if (!link) {
      return;
    }
    var target = document.getElementById(link.getAttribute("href").slice(1));
    if (!target) {
      return;
    }
    event.preventDefault();
    history.replaceState(null, "", link.getAttribute("href"));
    highlight(link.dataset.req, target);
  });

  // j / k (or the down / up arrows on a chart link) move between the charts of the list.
  document.addEventListener("keydown", function (event) {
    var tag = (event.target.tagName || "").toLowerCase();
    if (tag === "input" || tag === "select" || tag === "textarea" || event.altKey || event.ctrlKey || event.metaKey) {
      return;
    }
    var links = Array.prototype.slice.call(document.querySelectorAll("a.chart-link"));
    if (!links.length) {
      return;
    }
    var onLink = links.indexOf(document.activeElement);
    var down = event.key === "j" || (onLink !== -1 && event.key === "ArrowDown");
    var up = event.key === "k" || (onLink !== -1 && event.key === "ArrowUp");
    if (!down && !up) {
      return;
    }
    event.preventDefault();
    var next = onLink === -1 ? 0 : Math.min(links.length - 1, Math.max(0, onLink + (down ? 1 : -1)));
    links[next].focus();
  });

  // Selecting text in a document fills the "missed value" form (quote and document).
  document.addEventListener("mouseup", function () {
    var selection = window.getSelection ? window.getSelection() : null;
    if (!selection || selection.isCollapsed) {
      return;
    }
    var node = selection.anchorNode && selection.anchorNode.parentElement;
    var docText = node && node.closest(".doc-text");
    var quote = document.getElementById("missed-quote");
    var doc = document.getElementById("missed-doc");
    if (!docText || !quote || !doc) {
      return;
    }
    quote.value = selection.toString();
    doc.value = docText.dataset.doc;
    var missed = document.getElementById("missed");
    if (missed) {
      missed.open = true;
    }
  });
})();
