// gigscout progressive enhancement: everything works without this file.
// It applies a filter as soon as it changes (keeping keyboard focus on
// it after the reload) and offers completions while typing a search.
(function () {
  "use strict";
  document.documentElement.classList.add("js");
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
  var timer, seq = 0;
  q.addEventListener("input", function () {
    clearTimeout(timer);
    var text = q.value.trim();
    if (text.length < 2) return;
    timer = setTimeout(function () {
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
    }, 150);
  });
})();

// Coming back through history shows the fields the last submit disabled.
window.addEventListener("pageshow", function () {
  var form = document.querySelector("form.search");
  if (!form) return;
  Array.prototype.forEach.call(form.elements, function (el) { el.disabled = false; });
});
