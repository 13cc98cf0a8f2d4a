/* Shared by the dashboard's scripts: read a page's JSON data blocks, build DOM safely.
 *
 * Everything that comes from the store is set with textContent (never innerHTML), so document
 * text is shown as text whatever it contains.
 */
(function () {
  "use strict";

  function readJson(id) {
    var element = document.getElementById(id);
    return element ? JSON.parse(element.textContent) : null;
  }

  function el(tag, attributes, children) {
    var node = document.createElement(tag);
    Object.keys(attributes || {}).forEach(function (name) {
      var value = attributes[name];
      if (value === null || value === undefined || value === false) return;
      if (name === "text") node.textContent = String(value);
      else node.setAttribute(name, String(value));
    });
    (children || []).forEach(function (child) {
      if (child === null || child === undefined) return;
      node.appendChild(typeof child === "string" ? document.createTextNode(child) : child);
    });
    return node;
  }

  function safeHref(url) {
    /* Only same-site paths become links; anything else (javascript:, data:) is dropped. */
    return typeof url === "string" && url.charAt(0) === "/" && url.charAt(1) !== "/" ? url : null;
  }

  function eventItem(ev) {
    var meta = el("div", { class: "event-meta" }, [
      el("span", { class: "nowrap", text: ev.date || "undated" }),
      ev.quad ? el("span", { class: "badge quad-" + ev.quad, text: ev.quad_label || "quad " + ev.quad }) : null,
      el("span", { class: "actors", text: ev.source_label + (ev.target ? " \u2192 " + ev.target_label : "") }),
      el("span", { class: "code", title: "CAMEO code", text: "CAMEO " + ev.cameo }),
      ev.goldstein === null ? null : el("span", { title: "Goldstein score", text: "G " + (ev.goldstein > 0 ? "+" : "") + ev.goldstein.toFixed(1) }),
      ev.modality && ev.modality !== "asserted" ? el("span", { text: ev.modality }) : null,
    ]);
    var link = el("div", { class: "small" }, [
      el("a", { class: "evidence-link", href: safeHref(ev.link), text: ev.doc_title || ev.doc_id || "document" }),
      ev.publisher ? el("span", { class: "muted", text: " \u00b7 " + ev.publisher }) : null,
    ]);
    return el("li", { "data-event-id": ev.id }, [
      meta,
      ev.evidence ? el("blockquote", { class: "evidence", text: ev.evidence }) : null,
      link,
      ev.why ? el("div", { class: "why", text: "why: " + ev.why }) : null,
    ]);
  }

  /* Same mapping as pledgewatch.web.app.status_class. */
  var STATUS_CLASSES = {
    met: "met", fulfilled: "met", pledged: "pledged", "not met": "not-met",
    contradicted: "contradicted", "partly fulfilled": "pledged", lapsed: "lapsed", refused: "contradicted",
    retracted: "retracted", "claimed by others only": "claimed",
  };

  function statusBadge(status) {
    var key = String(status || "").toLowerCase();
    return el("span", { class: "badge status-" + (STATUS_CLASSES[key] || "other"), text: status || "unknown" });
  }

  window.pledgewatch = {
    readJson: readJson, el: el, eventItem: eventItem, safeHref: safeHref, statusBadge: statusBadge,
  };
})();
