// gigscout progressive enhancement: everything works without this file.
// It applies a filter as soon as it changes (keeping keyboard focus on
// it after the reload) and offers completions while typing a search.
(function () {
  "use strict";
  document.documentElement.classList.add("js");
  saved();
  var form = document.querySelector("form.search");
  if (!form) return;

  var KEY = "gigscout-focus";
  var last = sessionStorage.getItem(KEY);

  // On a phone the results come first: fold the filters away, unless a
  // filter was just changed.
  var filters = document.getElementById("filters");
  if (filters && !last && window.matchMedia && window.matchMedia("(max-width: 48rem)").matches) {
    filters.open = false;
  }
  if (last) {
    sessionStorage.removeItem(KEY);
    var el = document.getElementById(last);
    if (el) el.focus();
  }

  form.addEventListener("change", function (e) {
    var t = e.target;
    if (t.type === "checkbox" || t.tagName === "SELECT") {
      if (t.id) sessionStorage.setItem(KEY, t.id);
      submit();
    }
  });

  // Leave empty fields out of the address, and start from the first page.
  function submit() {
    Array.prototype.forEach.call(form.elements, function (el) {
      if (el.name && el.value === "" && el.tagName !== "BUTTON") el.disabled = true;
    });
    form.submit();
  }
  form.addEventListener("submit", function (e) {
    e.preventDefault();
    submit();
  });

  var q = document.getElementById("q");
  var list = document.getElementById("suggestions");
  if (!q || !list || !window.fetch) return;
  // Suggestions are debounced: one request once typing pauses for
  // SUGGEST_WAIT ms, none for a text already asked about.
  var SUGGEST_WAIT = 250;
  var timer, seq = 0, asked = "";
  q.addEventListener("input", function () {
    clearTimeout(timer);
    var text = q.value.trim();
    if (text.length < 2 || text === asked) return;
    timer = setTimeout(function () {
      asked = text;
      var mine = ++seq;
      fetch("/api/v1/suggest?q=" + encodeURIComponent(text))
        .then(function (r) { return r.ok ? r.json() : { data: [] }; })
        .then(function (body) {
          if (mine !== seq) return;
          list.textContent = "";
          body.data.forEach(function (s) {
            var o = document.createElement("option");
            o.value = s.text;
            o.label = s.kind;
            list.appendChild(o);
          });
        })
        .catch(function () {});
    }, SUGGEST_WAIT);
  });
})();

// Saved listings live in this browser only (localStorage), without an
// account. Cards and listing pages carry data-save-id; this adds a Save
// button to each, and fills the "Saved listings" section of the search
// page. Without JavaScript the pages work as before, without the buttons.
function saved() {
  "use strict";
  var KEY = "gigscout-saved";
  var store;
  try { store = window.localStorage; store.getItem(KEY); } catch (e) { return; }
  function load() {
    try { return JSON.parse(store.getItem(KEY) || "[]"); } catch (e) { return []; }
  }
  function save(list) { try { store.setItem(KEY, JSON.stringify(list)); } catch (e) {} }
  function has(list, id) { return list.some(function (x) { return x.id === id; }); }
  var section = document.getElementById("saved");
  function render() {
    if (!section) return;
    var list = load();
    var ul = section.querySelector("ul");
    ul.textContent = "";
    list.forEach(function (x) {
      var li = document.createElement("li");
      var a = document.createElement("a");
      a.href = "/listings/" + encodeURIComponent(x.id);
      a.textContent = x.title;
      li.appendChild(a);
      if (x.company) li.appendChild(document.createTextNode(" · " + x.company));
      ul.appendChild(li);
    });
    section.querySelector(".saved-count").textContent = String(list.length);
    section.hidden = list.length === 0;
  }
  Array.prototype.forEach.call(document.querySelectorAll("[data-save-id]"), function (el) {
    var id = el.getAttribute("data-save-id");
    var old = el.querySelector("button.save");
    if (old) old.remove(); // a page restored from history: start afresh
    var b = document.createElement("button");
    b.type = "button";
    b.className = "save";
    function paint() {
      var on = has(load(), id);
      b.setAttribute("aria-pressed", on ? "true" : "false");
      b.textContent = on ? "Saved" : "Save";
      b.setAttribute("aria-label", (on ? "Saved: " : "Save ") + el.getAttribute("data-save-title"));
    }
    b.addEventListener("click", function () {
      var list = load();
      if (has(list, id)) {
        list = list.filter(function (x) { return x.id !== id; });
      } else {
        list.push({ id: id, title: el.getAttribute("data-save-title"), company: el.getAttribute("data-save-company") || "" });
      }
      save(list);
      paint();
      render();
    });
    paint();
    (el.querySelector(".save-slot") || el).appendChild(b);
  });
  render();
}

// Coming back through history shows the fields the last submit disabled.
// The saved state may have changed on another page meanwhile.
window.addEventListener("pageshow", function (e) {
  if (e.persisted) saved();
  var form = document.querySelector("form.search");
  if (!form) return;
  Array.prototype.forEach.call(form.elements, function (el) { el.disabled = false; });
});
