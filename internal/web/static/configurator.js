// The /widget configurator: filters and theme drive a live preview of the
// widget (keyless: the filters are sent as ordinary search parameters), and
// "Create key" asks the server for a key with the admin token.
(function () {
  "use strict";
  var form = document.getElementById("wc");
  if (!form) return;
  var preview = document.getElementById("wc-preview");
  var snippet = document.getElementById("wc-snippet");
  var status = document.getElementById("wc-status");
  var base = snippet.getAttribute("data-base") || location.origin;
  var key = "";

  function filters() {
    var v = new URLSearchParams();
    if (form.paid.checked) v.set("paid", "true");
    ["min_hourly_usd", "max_hours", "remote"].forEach(function (n) { if (form[n].value) v.set(n, form[n].value); });
    ["region", "skill"].forEach(function (n) {
      form[n].value.split(",").map(function (s) { return s.trim(); }).filter(Boolean).forEach(function (s) { v.append(n, s); });
    });
    form.querySelectorAll('input[name="type"]:checked').forEach(function (c) { v.append("type", c.value); });
    return v;
  }
  function look() {
    preview.setAttribute("data-theme", form.theme.value);
    preview.style.setProperty("--gigscout-accent", form.accent.value);
    preview.style.setProperty("--gigscout-radius", (parseInt(form.radius.value, 10) || 0) + "px");
  }
  function style() {
    var s = [];
    if (form.accent.value.toLowerCase() !== "#1d4ed8") s.push("--gigscout-accent:" + form.accent.value);
    if (form.radius.value !== "8") s.push("--gigscout-radius:" + (parseInt(form.radius.value, 10) || 0) + "px");
    return s.length ? ' style="' + s.join(";") + '"' : "";
  }
  function showSnippet() {
    var theme = form.theme.value !== "light" ? ' data-theme="' + form.theme.value + '"' : "";
    snippet.value = '<div data-gigscout data-key="' + (key || "wk_… (create a key below)") + '"' + theme + style() + "></div>\n" +
      '<script src="' + base + '/widget.js" async></script>';
  }
  var timer = 0;
  function update() {
    look();
    showSnippet();
    clearTimeout(timer);
    timer = setTimeout(function () { preview.setAttribute("data-filters", filters().toString()); }, 300);
  }
  form.addEventListener("input", function (e) { if (e.target.name !== "token" && e.target.name !== "name" && e.target.name !== "origins") { key = ""; update(); } });
  form.addEventListener("submit", function (e) {
    e.preventDefault();
    var f = {};
    filters().forEach(function (v, k) { (f[k] = f[k] || []).push(v); });
    var origins = form.origins.value.split(/\s+/).filter(Boolean);
    status.textContent = "Creating the key…";
    fetch("/api/v1/widgets", {
      method: "POST",
      headers: { "Content-Type": "application/json", "Authorization": "Bearer " + form.token.value },
      body: JSON.stringify({ name: form.name.value, origins: origins, filters: f, expires: form.expires.value })
    }).then(function (r) {
      return r.json().then(function (b) { return { r: r, b: b }; });
    }).then(function (x) {
      if (!x.r.ok) {
        var err = x.b.error || {};
        status.textContent = x.r.status === 404 ? "Keys cannot be created here: this server has no admin token configured." :
          "Not created: " + (err.param ? err.param + ": " : "") + (err.message || x.r.statusText);
        return;
      }
      key = x.b.key;
      showSnippet();
      status.textContent = "Key created. Copy the snippet below.";
    }).catch(function () { status.textContent = "Not created: the server could not be reached."; });
  });
  document.getElementById("wc-copy").addEventListener("click", function () {
    snippet.select();
    var done = function () { status.textContent = "Snippet copied."; };
    if (navigator.clipboard) navigator.clipboard.writeText(snippet.value).then(done, function () { document.execCommand("copy"); done(); });
    else { document.execCommand("copy"); done(); }
  });
  update();
})();
