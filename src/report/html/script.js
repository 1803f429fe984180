// crosscheck HTML report: severity filters, finding <-> words linking, and a
// self-check a headless browser can read off <body> (data-check, data-links,
// data-shown). "#hide=info,warning" in the address unticks those levels.
(function () {
  "use strict";
  var boxes = Array.prototype.slice.call(document.querySelectorAll("input[data-level]"));
  var findings = Array.prototype.slice.call(document.querySelectorAll(".finding"));
  var marks = Array.prototype.slice.call(document.querySelectorAll("mark.ev"));

  function hiddenLevels() {
    return boxes.filter(function (b) { return !b.checked; }).map(function (b) { return b.dataset.level; });
  }

  function apply() {
    var hidden = hiddenLevels();
    findings.forEach(function (li) { li.hidden = hidden.indexOf(li.dataset.severity) >= 0; });
    marks.forEach(function (m) { m.classList.toggle("dim", hidden.indexOf(m.dataset.severity) >= 0); });
    document.body.dataset.shown = String(findings.filter(function (li) { return !li.hidden; }).length);
  }

  function select(id) {
    findings.forEach(function (li) { li.classList.toggle("active", li.id === id); });
    marks.forEach(function (m) { m.classList.toggle("active", (" " + m.dataset.f + " ").indexOf(" " + id + " ") >= 0); });
  }

  var hash = /hide=([a-z,]+)/.exec(location.hash);
  if (hash) {
    var hide = hash[1].split(",");
    boxes.forEach(function (b) { if (hide.indexOf(b.dataset.level) >= 0) { b.checked = false; } });
  }
  boxes.forEach(function (b) { b.addEventListener("change", apply); });
  findings.forEach(function (li) { li.addEventListener("click", function () { select(li.id); }); });
  marks.forEach(function (m) {
    m.addEventListener("click", function () {
      var first = (m.dataset.f || "").split(" ")[0];
      if (first) { select(first); document.getElementById(first).scrollIntoView({ block: "nearest" }); }
    });
  });
  apply();

  // Every evidence link must reach its words in an article.
  var links = Array.prototype.slice.call(document.querySelectorAll("a.ev-link"));
  var reached = links.filter(function (a) {
    var target = document.getElementById(a.getAttribute("href").slice(1));
    return target !== null && target.closest("article") !== null;
  }).length;
  document.body.dataset.links = reached + "/" + links.length;
  document.body.dataset.findings = String(findings.length);
  document.body.dataset.check = reached === links.length ? "ok" : "broken";
})();
