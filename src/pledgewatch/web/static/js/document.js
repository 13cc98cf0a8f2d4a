/* Document view: clicking a highlight selects its events in the side list, and clicking an
 * event selects its highlights, so an analyst can go from a span to the reasons and back.
 */
(function () {
  "use strict";
  var marks = Array.prototype.slice.call(document.querySelectorAll("mark.ev"));
  var items = Array.prototype.slice.call(document.querySelectorAll("#doc-events > li[data-event-id]"));

  function clear() {
    marks.forEach(function (m) { m.classList.remove("selected"); });
    items.forEach(function (i) { i.classList.remove("selected"); });
  }

  function select(eventIds, scrollTarget) {
    clear();
    var wanted = {};
    eventIds.forEach(function (id) { wanted[id] = true; });
    marks.forEach(function (m) {
      if ((m.dataset.events || "").split(" ").some(function (id) { return wanted[id]; })) m.classList.add("selected");
    });
    var first = null;
    items.forEach(function (i) {
      if (wanted[i.dataset.eventId]) { i.classList.add("selected"); first = first || i; }
    });
    var target = scrollTarget === "list" ? first : document.querySelector("mark.ev.selected");
    if (target) target.scrollIntoView({ block: "nearest", behavior: "smooth" });
  }

  marks.forEach(function (mark) {
    function activate() { select((mark.dataset.events || "").split(" "), "list"); }
    mark.addEventListener("click", activate);
    mark.addEventListener("keydown", function (event) {
      if (event.key === "Enter" || event.key === " ") { event.preventDefault(); activate(); }
    });
  });
  items.forEach(function (item) {
    item.addEventListener("click", function (event) {
      if (event.target.closest("a")) return;
      select([item.dataset.eventId], "text");
    });
  });

  var highlighted = document.getElementById("hl");
  if (highlighted) {
    highlighted.scrollIntoView({ block: "center" });
    if (highlighted.dataset.events) select(highlighted.dataset.events.split(" "), "none");
  }
})();
