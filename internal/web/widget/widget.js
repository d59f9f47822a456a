/* gigscout search widget: <div data-gigscout data-key="wk_..."></div> plus
 * <script src="//HOST/widget.js" async></script>. Each such div (or a
 * <gigscout-search> element) becomes a search box in shadow DOM. The key's
 * preset filters are enforced by the server; the widget only hides them.
 * No third-party code. */
(function () {
  "use strict";
  var me = document.currentScript || document.querySelector('script[src$="/widget.js"]');
  var BASE = me ? me.src.replace(/\/widget\.js(\?.*)?$/, "") : location.origin;
  var ATTRS = ["data-key", "data-query", "data-theme", "data-filters", "data-limit", "data-title"];
  var TYPES = { micro_internship: "Micro-internship", internship: "Internship", project: "Project", contract: "Contract",
    part_time: "Part-time", full_time: "Full-time", volunteer: "Volunteer", unknown: "Other" };
  var WHERE = { remote: "Remote", hybrid: "Hybrid", onsite: "On-site", unknown: "Place not stated" };
  // The flags' names come from the server (model.FlagLabels), filled in
  // when /widget.js is served, so the widget names every flag as the pages do.
  var FLAGS = {/*FLAG_LABELS*/};
  var SYM = { USD: "$", EUR: "€", GBP: "£", INR: "₹", CAD: "CA$", AUD: "A$" };
  var seq = 0;

  var CSS =
    "[hidden]{display:none!important}:host{display:block;--_bg:var(--gigscout-bg,#fff);--_fg:var(--gigscout-fg,#1f2937);--_muted:var(--gigscout-muted,#4b5563);" +
    "--_accent:var(--gigscout-accent,#1d4ed8);--_accent-fg:var(--gigscout-accent-fg,#fff);--_border:var(--gigscout-border,#9ca3af);" +
    "--_surface:var(--gigscout-surface,#f3f4f6);--_danger:var(--gigscout-danger,#b91c1c);--_radius:var(--gigscout-radius,8px);" +
    "--_font:var(--gigscout-font,system-ui,-apple-system,'Segoe UI',Roboto,sans-serif)}" +
    ":host([data-theme=dark]){--_bg:var(--gigscout-bg,#111827);--_fg:var(--gigscout-fg,#f9fafb);--_muted:var(--gigscout-muted,#d1d5db);" +
    "--_accent:var(--gigscout-accent,#93c5fd);--_accent-fg:var(--gigscout-accent-fg,#111827);--_border:var(--gigscout-border,#6b7280);" +
    "--_surface:var(--gigscout-surface,#1f2937);--_danger:var(--gigscout-danger,#fca5a5)}" +
    "@media (prefers-color-scheme:dark){:host([data-theme=auto]){--_bg:var(--gigscout-bg,#111827);--_fg:var(--gigscout-fg,#f9fafb);" +
    "--_muted:var(--gigscout-muted,#d1d5db);--_accent:var(--gigscout-accent,#93c5fd);--_accent-fg:var(--gigscout-accent-fg,#111827);" +
    "--_border:var(--gigscout-border,#6b7280);--_surface:var(--gigscout-surface,#1f2937);--_danger:var(--gigscout-danger,#fca5a5)}}" +
    ".w{background:var(--_bg);color:var(--_fg);font-family:var(--_font);font-size:1rem;line-height:1.45;border:1px solid var(--_border);" +
    "border-radius:var(--_radius);padding:1rem}" +
    "h2{font-size:1.15rem;margin:0 0 .5rem}h3{font-size:1.05rem;margin:0}" +
    "form{display:flex;flex-wrap:wrap;gap:.5rem;align-items:flex-end}" +
    ".f{display:flex;flex-direction:column;gap:.2rem;font-size:.9rem}.f.q{flex:1 1 14rem}.f.c{flex-direction:row;align-items:center;gap:.4rem}" +
    "input,select,button{font:inherit;color:var(--_fg);background:var(--_bg);border:1px solid var(--_border);border-radius:calc(var(--_radius)/2);padding:.4rem .5rem}" +
    "input[type=number]{width:6rem}input[type=checkbox]{width:1.1rem;height:1.1rem;accent-color:var(--_accent)}" +
    "button{background:var(--_accent);color:var(--_accent-fg);border-color:var(--_accent);cursor:pointer;font-weight:600}" +
    "button[disabled]{opacity:.55;cursor:default}" +
    "a{color:var(--_accent)}a:hover{text-decoration-thickness:2px}" +
    ":focus-visible{outline:3px solid var(--_accent);outline-offset:2px}" +
    ".lock,.n,.co,.pw{color:var(--_muted);font-size:.9rem;margin:.5rem 0}" +
    ".n{font-weight:600;color:var(--_fg)}" +
    "ol{list-style:none;margin:0;padding:0}li.r{border-top:1px solid var(--_border);padding:.75rem 0}" +
    ".co{margin:.1rem 0 .35rem}.b{display:flex;flex-wrap:wrap;gap:.35rem;margin:0;padding:0;list-style:none}" +
    ".b li{background:var(--_surface);border-radius:999px;padding:.1rem .6rem;font-size:.85rem}" +
    ".s{margin:.35rem 0;font-size:.9rem}mark{background:var(--_surface);color:var(--_fg);font-weight:700}" +
    "details{margin-top:.35rem;font-size:.9rem}summary{color:var(--_danger);cursor:pointer;font-weight:600}" +
    "details ul{margin:.3rem 0 0;padding-left:1.1rem}" +
    ".err{color:var(--_danger);font-weight:600}.err:empty,.n:empty{display:none}" +
    "nav{display:flex;gap:.5rem;margin-top:.75rem}nav[hidden]{display:none}" +
    ".sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}";

  function el(tag, props, kids) {
    var e = document.createElement(tag);
    for (var k in props || {}) {
      if (k === "text") e.textContent = props[k];
      else if (k === "cls") e.className = props[k];
      else e.setAttribute(k, props[k]);
    }
    (kids || []).forEach(function (c) { if (c) e.appendChild(typeof c === "string" ? document.createTextNode(c) : c); });
    return e;
  }
  function money(v) { return (Math.round(v * 100) / 100).toLocaleString("en-US", { maximumFractionDigits: 2 }); }
  function pay(l) {
    if (l.unpaid) return "Unpaid";
    var p = l.pay;
    if (!p || !(p.max > 0)) return "Pay not stated";
    var s = SYM[p.currency], pre = s || "", suf = s ? "" : " " + p.currency;
    var out = pre + money(p.min) + (p.max > p.min ? "–" + money(p.max) : "") + suf;
    if (p.unit) out += " per " + p.unit;
    if (p.unit !== "hour" && p.hourly > 0) out += " (≈ " + pre + money(p.hourly) + suf + "/h)";
    return out;
  }
  function range(r, unit) {
    if (!r || !(r.max > 0)) return "";
    return (r.min > 0 && r.min < r.max ? r.min + "–" : "") + r.max + " " + unit;
  }
  function where(l) {
    var w = WHERE[l.remote] || WHERE.unknown;
    if (l.remote === "remote" && l.remote_regions && l.remote_regions.length) return w + " (" + l.remote_regions.join(", ") + ")";
    if (l.locations && l.locations.length && l.remote !== "remote") return w + " · " + l.locations.join("; ");
    return w;
  }
  // snippet keeps only the text and <mark> of the server's snippet.
  function snippet(html) {
    var p = el("p", { cls: "s" });
    var doc = new DOMParser().parseFromString("<div>" + (html || "") + "</div>", "text/html");
    (function walk(n) {
      n.childNodes.forEach(function (c) {
        if (c.nodeType === 3) p.appendChild(document.createTextNode(c.data));
        else if (c.nodeName === "MARK") p.appendChild(el("mark", { text: c.textContent }));
        else if (c.nodeType === 1) walk(c);
      });
    })(doc.body.firstChild || doc.body);
    return p.textContent.trim() ? p : null;
  }
  function presetText(p) {
    var bits = [];
    if (p.paid && p.paid[0] === "true") bits.push("paid only");
    if (p.min_hourly_usd) bits.push("at least $" + p.min_hourly_usd[0] + "/hour");
    if (p.max_hours) bits.push("at most " + p.max_hours[0] + " hours");
    if (p.remote) bits.push(p.remote.map(function (v) { return WHERE[v] || v; }).join(" or "));
    if (p.region) bits.push("open to " + p.region.join(", "));
    if (p.type) bits.push(p.type.join(",").split(",").map(function (v) { return TYPES[v.trim()] || v; }).join(", "));
    if (p.skill) bits.push("skills: " + p.skill.join(", "));
    if (p.posted_within) bits.push("posted within " + p.posted_within[0]);
    ["source", "company", "deadline_after", "exclude_flag"].forEach(function (k) { if (p[k]) bits.push(k.replace("_", " ") + ": " + p[k].join(", ")); });
    return bits.join(" · ");
  }

  function Widget(host, src) {
    this.host = host;
    this.src = src;
    this.n = ++seq;
    this.root = host.attachShadow({ mode: "open" });
    this.cursors = [];
    this.locked = {};
    this.reqNo = 0;
    this.build();
    var self = this;
    new MutationObserver(function () { self.sync(true); }).observe(src, { attributes: true, attributeFilter: ATTRS });
    this.sync(false);
  }
  Widget.prototype.attr = function (n) { return this.src.getAttribute(n) || ""; };
  Widget.prototype.id = function (s) { return "gs" + this.n + "-" + s; };
  Widget.prototype.build = function () {
    var self = this, id = this.id.bind(this);
    var style = el("style", { text: CSS });
    this.q = el("input", { type: "search", id: id("q"), name: "q", autocomplete: "off", enterkeyhint: "search" });
    this.paid = el("input", { type: "checkbox", id: id("paid") });
    this.min = el("input", { type: "number", id: id("min"), min: "0", step: "1", inputmode: "numeric" });
    this.type = el("select", { id: id("type") }, [el("option", { value: "", text: "Any kind" })].concat(Object.keys(TYPES).filter(function (k) { return k !== "unknown"; }).map(function (k) { return el("option", { value: k, text: TYPES[k] }); })));
    this.remote = el("select", { id: id("remote") }, [el("option", { value: "", text: "Anywhere" }), el("option", { value: "remote", text: "Remote" }), el("option", { value: "hybrid", text: "Hybrid" }), el("option", { value: "onsite", text: "On-site" })]);
    this.region = el("input", { type: "text", id: id("region"), size: "6", placeholder: "US, EU" });
    this.fields = {
      paid: el("div", { cls: "f c" }, [this.paid, el("label", { "for": id("paid"), text: "Paid only" })]),
      min_hourly_usd: el("div", { cls: "f" }, [el("label", { "for": id("min"), text: "Min $/hour" }), this.min]),
      type: el("div", { cls: "f" }, [el("label", { "for": id("type"), text: "Kind of work" }), this.type]),
      remote: el("div", { cls: "f" }, [el("label", { "for": id("remote"), text: "Where" }), this.remote]),
      region: el("div", { cls: "f" }, [el("label", { "for": id("region"), text: "Remote from" }), this.region])
    };
    this.btn = el("button", { type: "submit", text: "Search" });
    this.form = el("form", { role: "search", "aria-labelledby": id("h") }, [
      el("div", { cls: "f q" }, [el("label", { "for": id("q"), text: "Search listings" }), this.q])
    ].concat(Object.keys(this.fields).map(function (k) { return self.fields[k]; }), [this.btn]));
    this.lock = el("p", { cls: "lock" });
    this.count = el("p", { cls: "n", role: "status", "aria-live": "polite", "aria-atomic": "true" });
    this.err = el("p", { cls: "err", role: "alert" });
    this.list = el("ol", { "aria-label": "Listings", cls: "l" });
    this.prev = el("button", { type: "button", text: "Previous" });
    this.next = el("button", { type: "button", text: "Next" });
    this.nav = el("nav", { "aria-label": "Result pages", hidden: "" }, [this.prev, this.next]);
    this.title = el("h2", { id: id("h") });
    var box = el("section", { cls: "w", "aria-labelledby": id("h") }, [this.title, this.form, this.lock, this.count, this.err, this.list, this.nav,
      el("p", { cls: "pw" }, ["Listings gathered by ", el("a", { href: BASE + "/", target: "_blank", rel: "noopener", text: "gigscout" }), ", with red flags explained."])]);
    this.root.append(style, box);
    this.form.addEventListener("submit", function (e) { e.preventDefault(); self.cursors = []; self.search(); });
    [this.paid, this.type, this.remote].forEach(function (c) { c.addEventListener("change", function () { self.cursors = []; self.search(); }); });
    this.next.addEventListener("click", function () { if (self.nextCursor) { self.cursors.push(self.nextCursor); self.paged = true; self.search(); } });
    this.prev.addEventListener("click", function () { self.cursors.pop(); self.paged = true; self.search(); });
  };
  // sync reads the element's attributes; a changed key or filters start over.
  Widget.prototype.sync = function (changed) {
    var theme = this.attr("data-theme") || "light"; // set only on change: the host may be the observed element
    if (this.host.getAttribute("data-theme") !== theme) this.host.setAttribute("data-theme", theme);
    this.title.textContent = this.attr("data-title") || "Find remote projects and internships";
    var key = this.attr("data-key"), filters = this.attr("data-filters"), limit = this.attr("data-limit");
    if (changed && key === this.key && filters === this.filters && limit === this.limit) return;
    this.key = key;
    this.filters = filters;
    this.limit = limit;
    this.cursors = [];
    if (!changed || !this.q.value) this.q.value = this.attr("data-query");
    this.start();
  };
  Widget.prototype.start = function () {
    var self = this, no = ++this.reqNo;
    this.err.textContent = "";
    if (!this.key && this.keyed) { this.fail("key_invalid"); return; } // a keyed widget never falls back to keyless
    if (this.key) this.keyed = true;
    if (!this.key) {
      // Without a key (the configurator's preview) data-filters are sent as
      // ordinary parameters; nothing is locked on the server.
      var p = {};
      new URLSearchParams(this.filters).forEach(function (v, k) { (p[k] = p[k] || []).push(v); });
      this.ready(p);
      return;
    }
    fetch(BASE + "/api/v1/widget-status?key=" + encodeURIComponent(this.key), { credentials: "omit" })
      .then(function (r) { return r.json(); })
      .then(function (st) {
        if (no !== self.reqNo) return;
        if (st.status !== "ok") { self.fail(st.status, st.message); return; }
        self.ready(st.presets || {});
      })
      .catch(function () { if (no === self.reqNo) self.fail("unreachable"); });
  };
  Widget.prototype.fail = function (code, msg) {
    var text = {
      origin_not_allowed: "This search is not enabled for this website, so no listings are shown. The site's owner can add this website to the widget key.",
      key_revoked: "This search widget was switched off by its owner.",
      key_expired: "This search widget's key has expired; its owner can make a new one.",
      key_invalid: "This search widget's key is not valid; its owner should copy the snippet again.",
      unreachable: "Listings could not be loaded right now. Please try again later."
    }[code] || msg || "Listings could not be loaded.";
    this.list.textContent = "";
    this.count.textContent = "";
    this.lock.textContent = "";
    this.nav.hidden = true;
    this.form.hidden = code !== "unreachable" && code !== "search";
    this.err.textContent = text;
    this.host.setAttribute("data-state", code);
  };
  Widget.prototype.ready = function (presets) {
    var self = this;
    this.presets = presets;
    this.locked = {};
    Object.keys(presets).forEach(function (k) { self.locked[k] = true; });
    Object.keys(this.fields).forEach(function (k) { self.fields[k].hidden = !!self.locked[k]; });
    var t = presetText(presets);
    this.lock.textContent = t ? "Showing only: " + t + "." : "";
    this.form.hidden = false;
    this.search();
  };
  Widget.prototype.params = function () {
    var v = new URLSearchParams(), self = this;
    if (this.key) v.set("key", this.key);
    else Object.keys(this.presets || {}).forEach(function (k) { self.presets[k].forEach(function (x) { v.append(k, x); }); });
    var q = this.q.value.trim();
    if (q) v.set("q", q);
    if (!this.locked.paid && this.paid.checked) v.set("paid", "true");
    if (!this.locked.min_hourly_usd && this.min.value) v.set("min_hourly_usd", this.min.value);
    if (!this.locked.type && this.type.value) v.set("type", this.type.value);
    if (!this.locked.remote && this.remote.value) v.set("remote", this.remote.value);
    if (!this.locked.region && this.region.value.trim()) v.set("region", this.region.value.trim());
    var lim = parseInt(this.attr("data-limit"), 10);
    v.set("limit", String(lim > 0 && lim <= 50 ? lim : 10));
    if (this.cursors.length) v.set("cursor", this.cursors[this.cursors.length - 1]);
    return v;
  };
  Widget.prototype.search = function () {
    var self = this, no = ++this.reqNo;
    this.host.setAttribute("aria-busy", "true");
    this.btn.disabled = true;
    fetch(BASE + "/api/v1/search?" + this.params().toString(), { credentials: "omit" })
      .then(function (r) {
        return r.json().then(function (body) { return { ok: r.ok, body: body }; });
      })
      .then(function (res) {
        if (no !== self.reqNo) return;
        if (!res.ok) {
          var e = res.body.error || {};
          if (/^(origin_not_allowed|key_)/.test(e.code || "")) self.fail(e.code, e.message);
          else { self.err.textContent = e.message || "The search could not be run."; self.count.textContent = ""; self.list.textContent = ""; }
          return;
        }
        self.render(res.body);
      })
      .catch(function () { if (no === self.reqNo) self.fail("unreachable"); })
      .then(function () { if (no === self.reqNo) { self.host.removeAttribute("aria-busy"); self.btn.disabled = false; } });
  };
  Widget.prototype.render = function (body) {
    var self = this, meta = body.meta || {}, data = body.data || [];
    this.err.textContent = "";
    this.host.setAttribute("data-state", "results");
    this.nextCursor = meta.next_cursor || "";
    var page = this.cursors.length + 1, total = meta.total || 0;
    this.count.textContent = total === 0 ? "No listings match this search." :
      total + (total === 1 ? " listing" : " listings") + (page > 1 ? ", page " + page : "");
    this.list.textContent = "";
    data.forEach(function (l) {
      var go = BASE + "/go/" + encodeURIComponent(l.id) + (self.key ? "?w=" + encodeURIComponent(self.key) : "");
      var badges = [pay(l), range(l.hours, "hours"), where(l), TYPES[l.type] || ""].filter(Boolean).map(function (b) { return el("li", { text: b }); });
      var flags = null;
      if (l.flags && l.flags.length) {
        flags = el("details", {}, [el("summary", { text: l.flags.length + (l.flags.length === 1 ? " red flag" : " red flags") }),
          el("ul", {}, l.flags.map(function (f) { return el("li", {}, [el("strong", { text: (FLAGS[f.id] || f.id) + ": " }), f.reason]); }))]);
      }
      self.list.appendChild(el("li", { cls: "r" }, [el("article", {}, [
        el("h3", {}, [el("a", { href: go, target: "_blank", rel: "noopener" }, [l.title, el("span", { cls: "sr", text: " (opens in a new tab)" })])]),
        el("p", { cls: "co" }, [l.company || "Company not named", " · ", el("a", { href: BASE + "/listings/" + encodeURIComponent(l.id), target: "_blank", rel: "noopener", text: "details", "aria-label": "Details of " + l.title + " on gigscout (opens in a new tab)" })]),
        el("ul", { cls: "b", "aria-label": "Facts" }, badges),
        snippet(l.snippet), flags])]));
    });
    this.prev.disabled = page <= 1;
    this.next.disabled = !this.nextCursor;
    this.nav.hidden = page <= 1 && !this.nextCursor;
    if (this.paged) { // a new page: start reading at its first result
      this.paged = false;
      this.list.setAttribute("tabindex", "-1");
      this.list.focus();
    }
  };

  if (!window.customElements.get("gigscout-search")) {
    window.customElements.define("gigscout-search", class extends HTMLElement {
      connectedCallback() {
        if (this.gs) return;
        var p = this.parentElement;
        this.gs = new Widget(this, p && p.hasAttribute("data-gigscout") && !this.hasAttribute("data-key") ? p : this);
      }
    });
  }
  function scan() {
    document.querySelectorAll("div[data-gigscout]").forEach(function (d) {
      if (!d.querySelector("gigscout-search")) d.appendChild(document.createElement("gigscout-search"));
    });
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", scan);
  else scan();
})();
