// The report's working area: the sites live as JSON in this file; this script searches, filters, sorts and
// pages them (only one page of rows is ever in the document, so 5,000 sites open as fast as 50), shows one
// site in detail, and compares any two of the recent runs. No requests leave the page.
(function () {
  "use strict";
  var t0 = performance.now();
  var D = JSON.parse(document.getElementById("report-data").textContent);
  var S = D.sites, RUNS = D.runs;
  var CATS = [["p", "Performance"], ["a", "Accessibility"], ["b", "Best practices"], ["s", "SEO"]];
  var $ = function (id) { return document.getElementById(id); };
  var state = {q: "", template: "", type: "", campaign: "", prompt: "", model: "", check: "", score: "min",
               lo: "", hi: "", sort: "sub", dir: 1, page: 0, size: 25, view: "table"};
  var shown = S, collate, order;

  function esc(t) {
    return String(t == null ? "" : t).replace(/[&<>"']/g, function (c) {
      return {"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;"}[c];
    });
  }
  function signed(v) { return v > 0 ? "+" + v : String(v); }
  function cut(t, n) { t = t || ""; return t.length > n ? t.slice(0, n - 1) + "…" : t; }
  function cls(v) { return v == null ? "na" : v >= 90 ? "good" : v >= 50 ? "ok" : "bad"; }
  function fmt(v) { return v == null ? "–" : String(v); }
  function median(xs) {
    if (!xs.length) return null;
    xs = xs.slice().sort(function (a, b) { return a - b; });
    var m = xs.length >> 1;
    return xs.length % 2 ? xs[m] : (xs[m - 1] + xs[m]) / 2;
  }

  // The checks every row has, in the same shape as the per-site checks: name → [passed, score, problems].
  function quality(s, vals) {
    var low = CATS.filter(function (c) { return s[c[0]] != null && s[c[0]] < 90; }).map(function (c) {
      return c[1] + " " + s[c[0]]; });
    var q = {"scored": [s.status === "ok" ? 1 : 0, null, s.error ? [s.error] : []]};
    if (vals.length) q["lighthouse ≥ 90"] = [low.length ? 0 : 1, Math.min.apply(null, vals), low];
    q.axe = [s.status === "ok" && !s.axe_rules.length ? 1 : 0, null, s.axe_rules];
    q.capture = [Object.keys(s.faults).length ? 0 : 1, null, Object.keys(s.faults).map(function (k) {
      return k + ": " + s.faults[k]; })];
    q["no regression"] = [s.flag.length ? 0 : 1, null, s.flag.map(function (k) { return label(k) +
      " dropped in repeated runs (was " + s.base[k] + ")"; })];
    return q;
  }
  function label(k) { for (var j = 0; j < CATS.length; j++) if (CATS[j][0] === k) return CATS[j][1]; return k; }

  S.forEach(function (s, i) {
    var vals = CATS.map(function (c) { return s[c[0]]; }).filter(function (v) { return v != null; });
    s.i = i;
    s.min = vals.length ? Math.min.apply(null, vals) : null;
    s.q = [s.sub, s.brand, s.brief, s.headline, s.intent, s.template, s.type, s.campaign].join(" ").toLowerCase();
    s.quality = quality(s, vals);
    s.fails = [];
    Object.keys(s.checks).forEach(function (k) { if (!s.checks[k][0]) s.fails.push("check:" + k); });
    Object.keys(s.quality).forEach(function (k) { if (!s.quality[k][0]) s.fails.push("q:" + k); });
  });
  var tParsed = performance.now();
  collate = new Intl.Collator("en", {numeric: true}).compare;
  order = S.slice().sort(compareBy("sub", 1));   // sorted once per sort key, then only filtered

  function matches(s) {
    if (state.q && s.q.indexOf(state.q) < 0) return false;
    if (state.template && s.template !== state.template) return false;
    if (state.type && s.type !== state.type) return false;
    if (state.campaign && s.campaign !== state.campaign) return false;
    if (state.prompt && s.prompts.indexOf(state.prompt) < 0) return false;
    if (state.model && s.models.indexOf(state.model) < 0) return false;
    if (state.check === "any" ? !s.fails.length : state.check && s.fails.indexOf(state.check) < 0) return false;
    if (state.lo !== "" || state.hi !== "") {
      var v = s[state.score];
      if (v == null) return false;
      if (state.lo !== "" && v < +state.lo) return false;
      if (state.hi !== "" && v > +state.hi) return false;
    }
    return true;
  }

  function compareBy(key, dir) {
    return function (a, b) {
      var x = a[key], y = b[key];
      if (x == null && y == null) return a.i - b.i;
      if (x == null) return 1;
      if (y == null) return -1;
      var c = typeof x === "string" ? collate(x, y) : x - y;
      return (c || a.i - b.i) * dir;
    };
  }

  function scoreCell(s, k) {
    var v = s[k], sp = s.spread[k], base = s.base[k], flagged = s.flag.indexOf(k) >= 0;
    var out = '<span class="pill ' + cls(v) + '">' + fmt(v) + "</span>";
    if (sp) out += '<span class="spread">±' + sp + " over " + s.runs + " runs</span>";
    if (flagged) out += '<span class="spread flag">drop repeated (was ' + base + ")</span>";
    return out;
  }

  function checkPills(checks) {
    var names = Object.keys(checks);
    if (!names.length) return '<span class="note">–</span>';
    names.sort(function (a, b) { return checks[a][0] - checks[b][0] || (a < b ? -1 : 1); });
    return names.map(function (n) {
      var ok = checks[n][0];
      return '<span class="pill ' + (ok ? "good" : "bad") + '">' + (ok ? "✓ " : "✗ ") + esc(n) +
        (ok ? "" : '<span class="sr"> failed</span>') + "</span>";
    }).join(" ");
  }

  function rowHtml(s) {
    return "<tr><td class=\"l site\"><button type=\"button\" class=\"site\" data-i=\"" + s.i + "\">" + esc(s.sub) +
      "</button>" + (s.brand ? '<span class="brand">' + esc(s.brand) + "</span>" : "") + "</td>" +
      '<td class="txt"><span class="clip">' + esc(cut(s.brief, 160)) + "</span></td>" +
      '<td class="txt"><span class="clip">' + esc(cut(s.intent, 120)) + "</span></td>" +
      '<td class="txt"><span class="clip">' + esc(cut(s.headline, 120)) + "</span></td>" +
      '<td class="l checks">' + checkPills(s.checks) + "</td>" +
      CATS.map(function (c) { return "<td>" + scoreCell(s, c[0]) + "</td>"; }).join("") +
      '<td class="num">' + (s.status === "ok" ? fmt(s.axe) : '<span class="pill bad">failed</span>') + "</td>" +
      '<td class="num">' + fmt(s.kb) + "</td>" +
      '<td class="txt">' + esc(s.prompts.join(", ")) + (s.models.length ? "<br>" + esc(s.models.join(", ")) : "") +
      "</td></tr>";
  }

  function cardHtml(s) {
    var t = s.thumbs;
    return "<li><h3><button type=\"button\" class=\"site\" data-i=\"" + s.i + "\">" + esc(s.sub) + "</button></h3>" +
      '<p class="note">' + esc([s.template, s.type, s.campaign].filter(Boolean).join(" · ")) + "</p>" +
      '<div class="shots">' + (t.desktop ? '<figure><img src="' + esc(t.desktop) + '" width="320" height="200" alt="' +
      esc(s.sub) + ' at desktop width, top of the page"><figcaption>Desktop 1280×800</figcaption></figure>' :
      '<div class="nothumb">No screenshot: ' + esc(cut(s.error || "the page did not load", 80)) + "</div>") +
      (t.mobile ? '<figure><img src="' + esc(t.mobile) + '" width="120" height="260" alt="' + esc(s.sub) +
      ' on a phone, top of the page"><figcaption>Mobile</figcaption></figure>' : "") + "</div>" +
      "<p>" + CATS.map(function (c) { return '<span class="pill ' + cls(s[c[0]]) + '">' + c[1] + " " + fmt(s[c[0]]) +
      "</span>"; }).join(" ") + "</p><p>" + checkPills(s.checks) + "</p></li>";
  }

  function render() {
    var t = performance.now();
    shown = order.filter(matches);
    var pages = Math.max(1, Math.ceil(shown.length / state.size));
    state.page = Math.min(state.page, pages - 1);
    var slice = shown.slice(state.page * state.size, (state.page + 1) * state.size);
    if (state.view === "table") {
      $("rows").innerHTML = slice.map(rowHtml).join("") ||
        '<tr><td class="l" colspan="12">No site matches these filters.</td></tr>';
    } else {
      $("cards").innerHTML = slice.map(cardHtml).join("") || "<li>No site matches these filters.</li>";
    }
    $("table-view").hidden = state.view !== "table";
    $("gallery-view").hidden = state.view === "table";
    var from = shown.length ? state.page * state.size + 1 : 0;
    $("status").textContent = shown.length.toLocaleString("en") + " of " + S.length.toLocaleString("en") +
      " sites match · showing " + from + "–" + (state.page * state.size + slice.length) + " · page " +
      (state.page + 1) + " of " + pages;
    $("prev").disabled = state.page === 0;
    $("next").disabled = state.page >= pages - 1;
    document.documentElement.dataset.renderMs = (performance.now() - t).toFixed(1);
  }

  function readForm() {
    var f = $("filters");
    ["template", "type", "campaign", "prompt", "model", "check", "score"].forEach(function (k) { state[k] = f[k].value; });
    state.q = f.q.value.trim().toLowerCase();
    state.lo = f.lo.value; state.hi = f.hi.value;
    state.page = 0;
  }

  // ---- one site in detail
  function dl(pairs) {
    return "<dl>" + pairs.filter(function (p) { return p[1]; }).map(function (p) {
      return "<dt>" + esc(p[0]) + "</dt><dd>" + p[1] + "</dd>"; }).join("") + "</dl>";
  }
  function checkList(checks) {
    var names = Object.keys(checks);
    if (!names.length) return "<p class=\"note\">None recorded.</p>";
    return '<ul class="plain">' + names.map(function (n) {
      var c = checks[n], score = c[1], problems = c[2] || [];
      return "<li>" + (c[0] ? "✓ " : "✗ ") + "<strong>" + esc(n) + "</strong>" +
        (score != null ? " (score " + esc(typeof score === "number" ? +score.toFixed(2) : score) + ")" : "") +
        (problems.length ? ": " + esc(problems.join("; ")) : "") + "</li>";
    }).join("") + "</ul>";
  }
  function openDetail(i) {
    var s = S[i], t = s.thumbs, box = $("detail");
    var links = [s.url && '<a href="' + esc(s.url) + '">' + (s.url.indexOf("http") === 0 ?
      "preview (start <code>tapsite serve</code> first)" : "open the page from disk") + "</a>",
      s.file && '<a href="' + esc(s.file) + '">open the deployed file from disk</a>',
      s.live && '<a href="' + esc(s.live) + '">live site</a>'].filter(Boolean).join(" · ");
    var hist = s.hist ? "<table><caption>This site in the recent runs (scores, oldest first)</caption><thead><tr>" +
      '<th scope="col" class="l">Run</th>' + CATS.map(function (c) { return '<th scope="col">' + c[1] + "</th>"; }).join("") +
      '<th scope="col" class="l">Screenshot</th></tr></thead><tbody>' + RUNS.map(function (r, k) {
        var h = s.hist[k];
        return h ? '<tr><td class="l">' + esc(r.created) + "</td>" + h.slice(0, 4).map(function (v) {
          return "<td>" + fmt(v) + "</td>"; }).join("") + '<td class="l"><code>' + esc(h[4]) + "</code></td></tr>" : "";
      }).join("") + "</tbody></table>" : "";
    box.innerHTML = '<div class="panel"><h3 id="detail-title" tabindex="-1">' + esc(s.sub) +
      (s.brand ? " — " + esc(s.brand) : "") + '</h3><p><button type="button" class="btn" id="close-detail">Close</button></p>' +
      '<div class="shots">' + (t.desktop ? '<figure><img src="' + esc(t.desktop) + '" width="320" height="200" alt="' +
      esc(s.sub) + ' at desktop width"><figcaption>Desktop</figcaption></figure>' : "") +
      (t.mobile ? '<figure><img src="' + esc(t.mobile) + '" width="120" height="260" alt="' + esc(s.sub) +
      ' on a phone"><figcaption>Mobile</figcaption></figure>' : "") + "</div>" +
      dl([["Links", links], ["Brief", esc(s.brief)], ["Parsed intent", esc(s.intent)], ["Headline", esc(s.headline)],
          ["Template", esc(s.template)], ["Business type", esc(s.type)], ["Campaign", esc(s.campaign)],
          ["Prompts", esc(s.prompts.join(", "))], ["Model", esc(s.models.join(", "))],
          ["Status", esc(s.status) + (s.error ? ' — <span class="err">' + esc(s.error) + "</span>" : "")],
          ["Lighthouse", CATS.map(function (c) { return c[1] + " " + fmt(s[c[0]]) + (s.spread[c[0]] ? " (±" +
            s.spread[c[0]] + ")" : "") + (s.base[c[0]] != null ? ", before " + s.base[c[0]] : ""); }).join(" · ") +
            (s.runs ? " — " + s.runs + " run" + (s.runs > 1 ? "s" : "") : "") + (s.bench ? ", CPU benchmark " +
            Math.round(s.bench) + (s.base.benchmark ? " (baseline " + Math.round(s.base.benchmark) + ")" : "") : "")],
          ["Timings", s.lcp != null ? "LCP " + Math.round(s.lcp) + " ms · TBT " + Math.round(s.tbt) + " ms · CLS " +
            (s.cls != null ? s.cls.toFixed(3) : "–") : ""],
          ["Weight", s.kb != null ? s.kb + " KB" : ""], ["Captures retaken", s.retakes ? String(s.retakes) : ""],
          ["axe", s.axe_rules.length ? esc(s.axe_rules.join("; ")) : (s.status === "ok" ? "no violations" : "")]]) +
      "<h4>Checks</h4>" + checkList(s.checks) + "<h4>Quality</h4>" + checkList(s.quality) + hist + "</div>";
    box.hidden = false;
    $("close-detail").addEventListener("click", function () { box.hidden = true; $("status").focus(); });
    $("detail-title").focus();
  }

  // ---- any two runs
  function compareRuns() {
    var a = +$("run-a").value, b = +$("run-b").value, out = $("compare-out");
    if (a === b) { out.innerHTML = "<p>Choose two different runs.</p>"; return; }
    var both = [], changedShots = 0, onlyA = 0, onlyB = 0;
    S.forEach(function (s) {
      var h = s.hist || [], x = h[a], y = h[b];
      if (x && y) { both.push([s, x, y]); if (x[4] && y[4] && x[4] !== y[4]) changedShots++; }
      else if (x) onlyA++; else if (y) onlyB++;
    });
    var rows = CATS.map(function (c, k) {
      var xa = both.map(function (t) { return t[1][k]; }).filter(function (v) { return v != null; });
      var xb = both.map(function (t) { return t[2][k]; }).filter(function (v) { return v != null; });
      var better = 0, worse = 0;
      both.forEach(function (t) { var d = (t[2][k] || 0) - (t[1][k] || 0); if (d >= 1) better++; else if (d <= -1) worse++; });
      var ma = median(xa), mb = median(xb);
      return "<tr><th scope=\"row\" class=\"l\">" + c[1] + "</th><td>" + fmt(ma) + "</td><td>" + fmt(mb) + "</td><td>" +
        (ma != null && mb != null ? signed(mb - ma) : "–") + "</td><td>" + better +
        "</td><td>" + worse + "</td></tr>";
    }).join("");
    var moved = both.map(function (t) {
      var d = t[2].slice(0, 4).map(function (v, k) { return (v || 0) - (t[1][k] || 0); });
      var worst = d.reduce(function (m, v) { return Math.abs(v) > Math.abs(m) ? v : m; }, 0);
      return [t[0], d, worst];
    }).filter(function (m) { return m[2] !== 0; }).sort(function (x, y) { return Math.abs(y[2]) - Math.abs(x[2]); }).slice(0, 50);
    out.innerHTML = "<p>" + both.length + " sites in both runs; " + onlyA + " only in A, " + onlyB + " only in B; " +
      changedShots + " with a different desktop screenshot.</p>" +
      '<div class="tablewrap"><table><caption>Median score per category (B − A), and sites that moved a point or more</caption>' +
      '<thead><tr><th scope="col" class="l">Category</th><th scope="col">A</th><th scope="col">B</th><th scope="col">B − A</th>' +
      '<th scope="col">Better</th><th scope="col">Worse</th></tr></thead><tbody>' + rows + "</tbody></table></div>" +
      (moved.length ? '<div class="tablewrap" style="margin-top:10px"><table><caption>Largest changes (B − A), up to 50 sites</caption>' +
      '<thead><tr><th scope="col" class="l">Site</th>' + CATS.map(function (c) { return '<th scope="col">' + c[1] + "</th>"; }).join("") +
      "</tr></thead><tbody>" + moved.map(function (m) {
        return '<tr><td class="l"><button type="button" class="site" data-i="' + m[0].i + '">' + esc(m[0].sub) +
          "</button></td>" + m[1].map(function (v) { return '<td class="num">' + signed(v) + "</td>"; }).join("") + "</tr>";
      }).join("") + "</tbody></table></div>" : "<p>No site moved by a point or more.</p>");
  }

  // ---- wiring
  var pending = false;
  function schedule() {   // a select fires both input and change: filter once, before the next frame
    if (pending) return;
    pending = true;
    requestAnimationFrame(function () { pending = false; readForm(); render(); });
  }
  $("filters").addEventListener("input", schedule);
  $("filters").addEventListener("change", schedule);
  $("filters").addEventListener("submit", function (e) { e.preventDefault(); schedule(); });
  $("filters").addEventListener("reset", function () { setTimeout(schedule, 0); });
  $("prev").addEventListener("click", function () { state.page--; render(); });
  $("next").addEventListener("click", function () { state.page++; render(); });
  $("size").addEventListener("change", function () { state.size = +this.value; state.page = 0; render(); });
  $("view").addEventListener("change", function () { state.view = this.value; render(); });
  document.querySelectorAll("#sites thead button.sort").forEach(function (btn) {
    btn.addEventListener("click", function () {
      var th = btn.parentElement, key = btn.dataset.key;
      state.dir = state.sort === key ? -state.dir : (btn.dataset.type === "num" ? -1 : 1);
      state.sort = key;
      order = S.slice().sort(compareBy(key, state.dir));
      document.querySelectorAll("#sites thead th").forEach(function (h) { h.removeAttribute("aria-sort"); });
      th.setAttribute("aria-sort", state.dir > 0 ? "ascending" : "descending");
      render();
    });
  });
  document.addEventListener("click", function (e) {
    var b = e.target.closest && e.target.closest("button.site");
    if (b) openDetail(+b.dataset.i);
  });
  if ($("compare-go")) $("compare-go").addEventListener("click", compareRuns);

  render();
  document.documentElement.dataset.parseMs = (tParsed - t0).toFixed(1);
  document.documentElement.dataset.readyMs = (performance.now() - t0).toFixed(1);
  document.documentElement.dataset.ready = "1";
  // opened = the first page of rows painted, in ms since navigation started (what the benchmark reads)
  requestAnimationFrame(function () { setTimeout(function () {
    document.documentElement.dataset.openedMs = performance.now().toFixed(1); }, 0); });
})();
