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
})();
