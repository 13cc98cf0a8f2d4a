/* The overview chart: draw the Vega-Lite spec from the page's JSON block, and list the events
 * behind a clicked bar (one month and quad class) or line point (one month) in the side panel.
 */
(function () {
  "use strict";
  var pw = window.pledgewatch;
  var spec = pw.readJson("timeline-spec");
  var context = pw.readJson("timeline-context");
  var container = document.getElementById("timeline");
  if (!spec || !context || !container) return;

  var QUADS = { 1: "Verbal cooperation", 2: "Material cooperation", 3: "Verbal conflict", 4: "Material conflict" };

  function sized(width) {
    var copy = JSON.parse(JSON.stringify(spec));
    if (copy.vconcat) copy.vconcat.forEach(function (view) { view.width = width; });
    else copy.width = width;
    return copy;
  }

  function showEvents(month, quad) {
    var params = new URLSearchParams({ month: month, per_page: "50" });
    if (quad) params.set("quad", String(quad));
    var title = document.getElementById("events-title");
    var list = document.getElementById("events-list");
    var more = document.getElementById("events-more");
    title.textContent = month + (quad ? " \u00b7 " + QUADS[quad] : " \u00b7 all classes");
    list.setAttribute("aria-busy", "true");
    fetch(context.eventsApi + "?" + params.toString(), { headers: { Accept: "application/json" } })
      .then(function (response) {
        if (!response.ok) throw new Error("events request failed: " + response.status);
        return response.json();
      })
      .then(function (page) {
        list.replaceChildren.apply(list, page.items.map(pw.eventItem));
        title.textContent += " \u00b7 " + page.total + (page.total === 1 ? " event" : " events");
        document.getElementById("events-hint").hidden = true;
        more.hidden = page.total <= page.items.length;
        more.querySelector("a").setAttribute("href", context.eventsPage + "?" + params.toString());
        list.removeAttribute("aria-busy");
        document.getElementById("events-panel").dataset.month = month;
      })
      .catch(function (error) {
        list.removeAttribute("aria-busy");
        list.replaceChildren(pw.el("li", { class: "notice", text: String(error.message || error) }));
      });
  }

  function draw() {
    var width = Math.max(300, container.clientWidth - 120);
    return vegaEmbed(container, sized(width), {
      renderer: "svg",
      actions: false,
      ast: true,                       // no eval: the CSP has no 'unsafe-eval'
      expr: vega.expressionInterpreter,
      defaultStyle: false,             // the CSP has no inline styles; app.css styles the chart
      tooltip: { disableDefaultStyle: true },
    }).then(function (result) {
      result.view.addEventListener("click", function (_event, item) {
        var datum = item && item.datum;
        if (datum && datum.month_key) showEvents(datum.month_key, datum.quad || null);
      });
      container.dataset.ready = "true";
      return result;
    });
  }

  var current = draw().catch(function (error) {
    var box = document.getElementById("timeline-error");
    box.hidden = false;
    box.textContent = "The chart could not be drawn: " + error;
    console.error(error);
  });

  var lastWidth = container.clientWidth;
  var pending = null;
  window.addEventListener("resize", function () {
    if (pending) clearTimeout(pending);
    pending = setTimeout(function () {
      if (Math.abs(container.clientWidth - lastWidth) < 40) return;
      lastWidth = container.clientWidth;
      current = Promise.resolve(current).then(function (old) {
        if (old && old.finalize) old.finalize();
        return draw();
      });
    }, 250);
  });

  window.pledgewatch.showEvents = showEvents;
})();
