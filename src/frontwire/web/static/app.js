// Frontwire's page. It reads only the public JSON API (/api/...), and writes every piece of text
// with textContent: article text, titles and names are data, never markup.
/* global L, topojson */
"use strict";

(function () {
  const COLORS = {
    ASSAULT: "#c62828", FIGHT: "#e65100", COERCE: "#6a1b9a", PROTEST: "#1565c0", THREATEN: "#ad1457",
    MOBILIZE: "#00838f", AID: "#2e7d32", COOPERATE: "#558b2f", CONSULT: "#5d4037", AGREE: "#283593",
    REJECT: "#4e342e", DEMAND: "#f9a825", SANCTION: "#37474f", ACCUSE: "#8d6e63", RETREAT: "#78909c",
    REQUEST: "#00695c", CONCEDE: "#9e9d24", SUPPORT: "#7cb342",
  };
  const DAY = 86400000;
  const TOOLTIPS_UP_TO = 2000;
  const state = { features: [], markers: new Map(), range: null, selected: null };
  const $ = (sel) => document.querySelector(sel);

  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (k === "class") node.className = v;
      else if (k.startsWith("on")) node.addEventListener(k.slice(2), v);
      else node.setAttribute(k, v);
    }
    for (const child of children) {
      if (child === null || child === undefined) continue;
      node.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
    return node;
  }

  function svg(tag, attrs) {
    const node = document.createElementNS("http://www.w3.org/2000/svg", tag);
    for (const [k, v] of Object.entries(attrs || {})) node.setAttribute(k, v);
    return node;
  }

  async function api(path, params) {
    const url = new URL(path, window.location.origin);
    for (const [k, v] of Object.entries(params || {})) if (v !== "" && v != null) url.searchParams.set(k, v);
    const response = await fetch(url, { headers: { Accept: "application/json" } });
    const body = await response.json();
    if (!response.ok) throw new Error(body.message || response.statusText);
    return body;
  }

  const color = (type) => COLORS[type] || "#455a64";
  const dayOf = (iso) => (iso ? Math.floor(Date.parse(iso + "T00:00:00Z") / DAY) : null);
  const isoOf = (day) => new Date(day * DAY).toISOString().slice(0, 10);

  // ------------------------------------------------------------------ the map

  const map = L.map("map", { preferCanvas: true, worldCopyJump: true, minZoom: 1, zoomSnap: 0.5 });
  map.setView([15, 20], 2);
  const markerLayer = L.layerGroup();

  async function drawCountries(meta) {
    const response = await fetch("/static/vendor/countries-110m.json");
    const world = await response.json();
    const land = topojson.feature(world, world.objects.countries);
    L.geoJSON(land, {
      interactive: false,
      style: { color: "#7d8b99", weight: 0.6, fillColor: "#eef0e8", fillOpacity: 1 },
    }).addTo(map).bringToBack();
    if (meta.tiles) {
      L.tileLayer(meta.tiles, { attribution: meta.tiles_attribution || "" }).addTo(map);
    }
  }

  function filters() {
    const data = new FormData($("#filters"));
    const out = {};
    for (const [k, v] of data.entries()) if (v) out[k] = v;
    return out;
  }

  async function loadEvents() {
    $("#count").textContent = "loading…";
    const params = filters();
    const query = new URLSearchParams(params).toString();
    $("#csv").href = "/api/events.csv" + (query ? "?" + query : "");
    $("#geojson").href = "/api/events.geojson" + (query ? "?" + query : "");
    try {
      const collection = await api("/api/events.geojson", params);
      state.features = collection.features;
    } catch (error) {
      $("#count").textContent = "";
      $("#count").append(el("span", { class: "error" }, "Error: " + error.message));
      state.features = [];
    }
    drawMarkers();
    drawTimeline();
  }

  function drawMarkers() {
    markerLayer.clearLayers();
    state.markers.clear();
    for (const f of state.features) {
      const [lon, lat] = f.geometry.coordinates;
      const p = f.properties;
      const marker = L.circleMarker([lat, lon], {
        radius: 4 + Math.min(6, Math.sqrt(p.reports || 1) * 2),
        color: "#fff", weight: 1, fillColor: color(p.plover_type), fillOpacity: 0.85,
      });
      const label = [p.plover_type, p.acled_sub_event_type, p.place, p.date_start].filter(Boolean).join(" · ");
      // a tooltip per marker costs listeners: past a few thousand markers the click panel says it all
      if (state.features.length <= TOOLTIPS_UP_TO) {
        marker.bindTooltip(() => document.createTextNode(label));  // text node: never parsed as HTML
      }
      marker.on("click", () => showEvent(p.id));
      marker.featureDay = dayOf(p.date_start);
      state.markers.set(p.id, marker);
    }
    // drawTimeline then puts the markers on the map (once); the first load is fitted by start()
    if (document.body.dataset.ready === "1") fitToEvents();
  }

  function fitToEvents() {
    // the layout may have moved since the map was made: measure again before fitting
    map.invalidateSize();
    const located = state.features.map((f) => [f.geometry.coordinates[1], f.geometry.coordinates[0]]);
    if (located.length) map.fitBounds(L.latLngBounds(located).pad(0.2), { maxZoom: 7, animate: false });  // settled when ready
  }

  function inRange(marker) {
    if (!state.range) return true;
    return marker.featureDay !== null && marker.featureDay >= state.range[0] && marker.featureDay <= state.range[1];
  }

  function applyRange() {
    // change the layers off the map, then draw once: adding ten thousand one by one on the map is slow
    map.removeLayer(markerLayer);
    let shown = 0;
    for (const marker of state.markers.values()) {
      if (inRange(marker)) {
        if (!markerLayer.hasLayer(marker)) markerLayer.addLayer(marker);
        shown += 1;
      } else if (markerLayer.hasLayer(marker)) {
        markerLayer.removeLayer(marker);
      }
    }
    map.addLayer(markerLayer);
    const total = state.markers.size;
    $("#count").textContent = state.range ? `${shown} of ${total} events on the map` : `${total} events on the map`;
    $("#count").dataset.shown = String(shown);
    $("#clear-brush").hidden = !state.range;
    $("#brush-label").textContent = state.range ? `${isoOf(state.range[0])} – ${isoOf(state.range[1])}` : "";
    for (const bar of document.querySelectorAll("#timeline .bar")) {
      const day = Number(bar.dataset.day);
      bar.classList.toggle("out", Boolean(state.range) && (day < state.range[0] || day > state.range[1]));
    }
  }

  // ------------------------------------------------------------------ the timeline

  const timeline = { first: 0, last: 0, width: 0 };

  function drawTimeline() {
    const box = $("#timeline");
    box.replaceChildren();
    const counts = new Map();
    for (const f of state.features) {
      const d = dayOf(f.properties.date_start);
      if (d !== null) counts.set(d, (counts.get(d) || 0) + 1);
    }
    if (!counts.size) {
      applyRange();
      return;
    }
    const days = [...counts.keys()];
    timeline.first = Math.min(...days);
    timeline.last = Math.max(...days);
    timeline.width = box.clientWidth || 800;
    const height = 90, axis = 14, span = timeline.last - timeline.first + 1;
    const step = timeline.width / span, peak = Math.max(...counts.values());
    for (const [day, n] of counts) {
      const h = Math.max(2, ((height - axis - 4) * n) / peak);
      const bar = svg("rect", {
        class: "bar", x: (day - timeline.first) * step, y: height - axis - h,
        width: Math.max(1, step - 1), height: h,
      });
      bar.dataset.day = String(day);
      const title = svg("title");
      title.textContent = `${isoOf(day)}: ${n} event(s)`;
      bar.append(title);
      box.append(bar);
    }
    for (const [day, anchor] of [[timeline.first, "start"], [timeline.last, "end"]]) {
      const label = svg("text", { class: "axis", x: anchor === "start" ? 0 : timeline.width, y: height - 2,
        "text-anchor": anchor });
      label.textContent = isoOf(day);
      box.append(label);
    }
    const brush = svg("rect", { class: "brush", x: 0, y: 0, width: 0, height: height - axis, visibility: "hidden" });
    box.append(brush);
    applyRange();
  }

  function dayAt(x) {
    // a brush that reaches within a few pixels of either end takes the end day in: on a long
    // timeline one pixel is several days
    if (x <= 4) return timeline.first;
    if (x >= timeline.width - 4) return timeline.last;
    const span = timeline.last - timeline.first + 1;
    const day = timeline.first + Math.floor((x / timeline.width) * span);
    return Math.min(timeline.last, Math.max(timeline.first, day));
  }

  (function brushing() {
    const box = $("#timeline");
    let start = null;
    const xOf = (event) => event.clientX - box.getBoundingClientRect().left;
    const brush = () => box.querySelector(".brush");
    box.addEventListener("mousedown", (event) => {
      start = xOf(event);
      event.preventDefault();
    });
    window.addEventListener("mousemove", (event) => {
      if (start === null || !brush()) return;
      const x = Math.max(0, Math.min(timeline.width, xOf(event)));
      brush().setAttribute("x", Math.min(start, x));
      brush().setAttribute("width", Math.abs(x - start));
      brush().setAttribute("visibility", "visible");
    });
    window.addEventListener("mouseup", (event) => {
      if (start === null) return;
      const x = Math.max(0, Math.min(timeline.width, xOf(event)));
      if (Math.abs(x - start) < 3) {
        state.range = null;  // a click clears the brush
        if (brush()) brush().setAttribute("visibility", "hidden");
      } else {
        state.range = [dayAt(Math.min(start, x)), dayAt(Math.max(start, x))];
      }
      start = null;
      applyRange();
    });
    $("#clear-brush").addEventListener("click", () => {
      state.range = null;
      if (brush()) brush().setAttribute("visibility", "hidden");
      applyRange();
    });
  })();

  // ------------------------------------------------------------------ the event panel

  function field(dl, name, value) {
    if (value === null || value === undefined || value === "") return;
    dl.append(el("dt", null, name), el("dd", null, value));
  }

  async function showEvent(id) {
    state.selected = id;
    const panel = $("#panel");
    panel.replaceChildren(el("p", { class: "hint" }, "loading…"));
    let event;
    try {
      event = await api("/api/events/" + encodeURIComponent(id));
    } catch (error) {
      panel.replaceChildren(el("p", { class: "error" }, "Error: " + error.message));
      return;
    }
    if (state.selected !== id) return;
    const what = [event.plover.type, event.plover.mode, event.acled && event.acled.sub_event_type]
      .filter(Boolean).join(" · ");
    const dl = el("dl");
    const when = event.date.start === event.date.end || !event.date.end
      ? event.date.start : `${event.date.start} – ${event.date.end}`;
    field(dl, "When", when ? `${when} (${event.date.precision})` : "unknown");
    field(dl, "Where", event.place ? `${event.place.name}${event.place.country ? ", " + event.place.country : ""}` : "unknown");
    field(dl, "Who", event.actor1 && event.actor1.name);
    field(dl, "To whom", event.actor2 && event.actor2.name);
    field(dl, "Status", event.status);
    if (event.territory) field(dl, "Control", event.territory.controller ? event.territory.controller.name : "?");
    field(dl, "Fatalities", event.fatalities);
    field(dl, "Reports", `${event.reports} article(s)`);
    const sources = el("ul", { class: "sources" },
      ...event.sources.map((s) => el("li", null, `${s.name} (${s.kind})`)));
    const reports = el("ol", { class: "reports" }, ...event.members.map((m, i) => el("li", null,
      el("button", { type: "button", onclick: () => showArticle(m, event.id) },
        m.title || m.article),
      m.outlet ? ` — ${m.outlet}` : "", m.seen ? `, ${m.seen}` : "",
      el("div", { class: "reason" }, (i === 0 ? "" : "merged because: ") + m.reason))));
    panel.replaceChildren(
      el("h2", { id: "event-title", "data-event": event.id }, what),
      dl,
      el("h3", null, "Sources"), event.sources.length ? sources : el("p", { class: "hint" }, "none named"),
      el("h3", null, "Every report"), reports,
      el("div", { id: "article" }),
    );
    if (event.members.length) await showArticle(event.members[0], event.id);
  }

  async function showArticle(member, eventId) {
    const box = $("#article");
    if (!box) return;
    box.replaceChildren(el("p", { class: "hint" }, "loading the article…"));
    let record;
    try {
      record = await api("/api/articles/" + encodeURIComponent(member.article));
    } catch (error) {
      box.replaceChildren(el("p", { class: "error" }, "Error: " + error.message));
      return;
    }
    if (state.selected !== eventId) return;
    const text = record.article.text;
    // marks: the evidence of this report, then the quotes, never overlapping
    const trimmed = (start, end) => {
      while (end > start && /\s/.test(text[end - 1])) end -= 1;  // a sentence's trailing blank line
      return end;
    };
    const marks = member.evidence.map((e) => ({ start: e.start, end: trimmed(e.start, e.end), kind: "evidence" }));
    for (const q of record.quotes) {
      if (!marks.some((m) => q.start < m.end && m.start < q.end)) marks.push({ start: q.start, end: q.end, kind: "quote" });
    }
    marks.sort((a, b) => a.start - b.start);
    const body = el("div", { class: "article-text" });
    let at = 0;
    for (const m of marks) {
      if (m.start < at) continue;
      body.append(text.slice(at, m.start));
      body.append(el("mark", { class: m.kind }, text.slice(m.start, m.end)));
      at = m.end;
    }
    body.append(text.slice(at));
    const head = el("h3", { class: "article-title" }, record.article.title || record.article.id);
    const meta = el("p", { class: "hint" },
      [record.article.outlet, record.article.date].filter(Boolean).join(", "),
      record.article.url ? " — " : "",
      record.article.url && /^https?:\/\//i.test(record.article.url)
        ? el("a", { href: record.article.url, rel: "noopener noreferrer", target: "_blank" }, "original") : null);
    const quotes = el("ul", { class: "quotes" }, ...record.quotes.map((q) =>
      el("li", null, `“${q.text}”`, q.speaker ? ` — ${q.speaker}` : "")));
    box.replaceChildren(head, meta, body,
      el("h3", null, "Quotes"), record.quotes.length ? quotes : el("p", { class: "hint" }, "none"));
    const mark = box.querySelector("mark.evidence");
    if (mark) mark.scrollIntoView({ block: "nearest" });
  }

  // ------------------------------------------------------------------ control timelines

  async function drawControl() {
    const box = $("#control");
    let timelines;
    try {
      timelines = await api("/api/control");
    } catch (error) {
      box.replaceChildren(el("p", { class: "error" }, "Error: " + error.message));
      return;
    }
    if (!timelines.length) {
      box.replaceChildren(el("p", { class: "hint" }, "No place has changed hands in the stored articles."));
      return;
    }
    const today = Math.floor(Date.now() / DAY);
    const starts = timelines.flatMap((t) => t.spans.map((s) => dayOf(s.start))).filter((d) => d !== null);
    const first = Math.min(...starts), last = Math.max(today, ...starts) + 1;
    const palette = ["#c62828", "#1565c0", "#2e7d32", "#6a1b9a", "#e65100", "#00838f", "#5d4037", "#ad1457"];
    const controllers = new Map();
    const tint = (name) => {
      if (!controllers.has(name)) controllers.set(name, palette[controllers.size % palette.length]);
      return controllers.get(name);
    };
    box.replaceChildren(...timelines.map((t) => {
      const track = el("div", { class: "track" });
      for (const s of t.spans) {
        const a = dayOf(s.start);
        if (a === null) continue;
        const b = s.end ? dayOf(s.end) : last;
        const bar = el("div", { class: "span " + (s.status === "contested" ? "contested" : "held"),
          title: `${s.controller || "?"}: ${s.start} – ${s.end || "now"} (${s.status})` });
        bar.style.left = ((100 * (a - first)) / (last - first)) + "%";
        bar.style.width = ((100 * Math.max(1, b - a)) / (last - first)) + "%";
        bar.style.background = tint(s.controller || "?");
        track.append(bar);
      }
      return el("div", { class: "place" }, el("span", null, t.place.name), track);
    }));
    const key = el("p", { class: "controllers" }, ...[...controllers.entries()].map(([name, tone]) => {
      const swatch = el("i");
      swatch.style.background = tone;
      return el("span", null, swatch, name);
    }));
    box.append(key, el("p", { class: "hint" }, `${isoOf(first)} – today; paler bars: contested`));
  }

  function drawLegend(meta) {
    const legend = $("#legend");
    legend.replaceChildren(...Object.keys(COLORS).filter((t) => meta.plover_types.includes(t)).map((t) => {
      const dot = el("i");
      dot.style.background = color(t);
      return el("span", null, dot, t);
    }));
  }

  async function start() {
    const meta = await api("/api/meta");
    for (const t of meta.plover_types) $("#f-type").append(el("option", { value: t }, t));
    for (const s of meta.statuses) $("#f-status").append(el("option", { value: s }, s));
    drawLegend(meta);
    $("#filters").addEventListener("submit", (event) => {
      event.preventDefault();
      state.range = null;
      loadEvents();
    });
    await Promise.all([drawCountries(meta), loadEvents(), drawControl()]);
    fitToEvents();
    document.body.dataset.ready = "1";
  }

  // a small handle for tests and the benchmark: where an event is drawn, and which are shown
  window.frontwire = {
    map,
    pointOf(id) {
      const marker = state.markers.get(id);
      if (!marker) return null;
      const p = map.latLngToContainerPoint(marker.getLatLng());
      const r = $("#map").getBoundingClientRect();
      return { x: r.left + p.x, y: r.top + p.y };
    },
    shown() {
      return [...state.markers.entries()].filter(([, m]) => markerLayer.hasLayer(m)).map(([id]) => id);
    },
  };

  start().catch((error) => {
    $("#count").textContent = "";
    $("#count").append(el("span", { class: "error" }, "Error: " + error.message));
  });
})();
