/* The checklist board's date: a slider over the data's dates and a date field. Moving either
 * re-evaluates the checklist through the JSON API and redraws the table without a page reload.
 */
(function () {
  "use strict";
  var pw = window.pledgewatch;
  var context = pw.readJson("checklist-context");
  var form = document.getElementById("checklist-form");
  var slider = document.getElementById("as-of-slider");
  var field = document.getElementById("as-of");
  var body = document.getElementById("checklist-body");
  var table = document.getElementById("checklist-table");
  if (!context || !form || !field || !body) return;

  var DAY = 86400000;
  var ISO = /^\d{4}-\d{2}-\d{2}$/;
  var start = ISO.test(field.dataset.min || "") ? Date.parse(field.dataset.min + "T00:00:00Z") : NaN;
  var end = ISO.test(field.dataset.max || "") ? Date.parse(field.dataset.max + "T00:00:00Z") : NaN;
  var useSlider = !isNaN(start) && !isNaN(end) && end > start;

  function isoOf(days) { return new Date(start + days * DAY).toISOString().slice(0, 10); }
  function daysOf(iso) { return Math.round((Date.parse(iso + "T00:00:00Z") - start) / DAY); }

  if (useSlider) {
    slider.max = String(Math.round((end - start) / DAY));
    slider.value = String(Math.min(Math.max(daysOf(field.value), 0), Number(slider.max)));
    slider.hidden = false;
  }

  function evidenceCell(item) {
    if (!item.evidence.length) return pw.el("td", {}, [pw.el("span", { class: "muted", text: "\u2013" })]);
    return pw.el("td", {}, item.evidence.map(function (ref) {
      return pw.el("div", { class: "evidence-entry" }, [
        pw.el("span", { class: "small muted", text: ref.date || "" }),
        ref.text ? pw.el("blockquote", { class: "evidence", text: ref.text }) : null,
        ref.link ? pw.el("a", { class: "small evidence-link", href: pw.safeHref(ref.link), text: ref.doc_title || ref.doc_id }) : null,
      ]);
    }));
  }

  function missingCell(item) {
    if (!item.missing.length) return pw.el("td", {}, [pw.el("span", { class: "muted", text: "\u2013" })]);
    return pw.el("td", {}, [pw.el("ul", { class: "missing" }, item.missing.map(function (text) {
      return pw.el("li", { text: text });
    }))]);
  }

  function render(board) {
    var rows = board.items.map(function (item) {
      return pw.el("tr", { "data-item-id": item.id }, [
        pw.el("td", {}, [pw.el("b", { text: item.label }), pw.el("div", { class: "small muted code", text: item.id })]),
        pw.el("td", { class: "status" }, [pw.statusBadge(item.status)]),
        evidenceCell(item),
        missingCell(item),
      ]);
    });
    body.replaceChildren.apply(body, rows);
    var counts = ["met", "pledged", "not met", "contradicted"].map(function (status) {
      return board.items.filter(function (item) { return item.status === status; }).length + " " + status;
    });
    var summary = document.getElementById("checklist-summary");
    summary.replaceChildren("Evaluated as of ", pw.el("b", { id: "as-of-label", text: board.as_of }), ": " + counts.join(", ") + ".");
    table.dataset.asOf = board.as_of;
  }

  var requested = null;
  function evaluate(iso) {
    requested = iso;
    table.setAttribute("aria-busy", "true");
    fetch(context.api + "?" + new URLSearchParams({ as_of: iso }).toString(), { headers: { Accept: "application/json" } })
      .then(function (response) {
        return response.json().then(function (data) {
          if (!response.ok) throw new Error(data.error ? data.error.message : "request failed");
          return data;
        });
      })
      .then(function (board) {
        if (board.as_of !== requested) return;   // a later date was asked for meanwhile
        render(board);
        table.removeAttribute("aria-busy");
        history.replaceState(null, "", "?" + new URLSearchParams({ as_of: board.as_of }).toString());
      })
      .catch(function (error) {
        table.removeAttribute("aria-busy");
        body.replaceChildren(pw.el("tr", {}, [pw.el("td", { colspan: "4", class: "notice", text: String(error.message || error) })]));
      });
  }

  var timer = null;
  slider.addEventListener("input", function () {
    field.value = isoOf(Number(slider.value));
    if (timer) clearTimeout(timer);
    timer = setTimeout(function () { evaluate(field.value); }, 150);
  });
  field.addEventListener("change", function () {
    if (!ISO.test(field.value) || isNaN(Date.parse(field.value + "T00:00:00Z"))) return;
    if (useSlider) slider.value = String(daysOf(field.value));
    evaluate(field.value);
  });
  form.addEventListener("submit", function (event) {
    event.preventDefault();
    if (ISO.test(field.value)) evaluate(field.value);
  });
})();
