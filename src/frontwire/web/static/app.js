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
  // what the map draws: compact rows (id, lon, lat, type, day, reports, place); an event's details
  // are fetched when it is clicked. index.html preloads the first, unfiltered, request.
  const POINTS = "/api/points";
  const state = { markers: new Map(), range: null, selected: null };  // markers: id -> dot
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
    // no extra request headers: the preloaded first request is only reused by an identical one
    const response = await fetch(url);
    const body = await response.json();
    if (!response.ok) throw new Error(body.message || response.statusText);
    return body;
  }

  const color = (type) => COLORS[type] || "#455a64";
  const dayOf = (iso) => (iso ? Math.floor(Date.parse(iso + "T00:00:00Z") / DAY) : null);
  const isoOf = (day) => new Date(day * DAY).toISOString().slice(0, 10);

  // ------------------------------------------------------------------ the map

  const map = L.map("map", { worldCopyJump: true, minZoom: 1, zoomSnap: 0.5 });
  map.setView([15, 20], 2);
  // the countries on a canvas of their own, in a pane below the events that takes no clicks
  const countryPane = map.createPane("countries");
  countryPane.style.zIndex = "350";
  countryPane.style.pointerEvents = "none";

  // The events: one layer drawing every dot on one canvas. Ten thousand Leaflet circle markers
  // take a third of a second to make and put on the map, and as long again to take off and put
  // back at each brush of the timeline; plain dots are drawn in milliseconds, redrawn whenever the
  // view or the range changes, and found under the mouse from their pixels.
  const Dots = L.Layer.extend({
    options: { pane: "overlayPane", padding: 0.3 },

    initialize(options) {
      L.setOptions(this, options);
      this.dots = [];  // {id, latLng, radius, color, label, day, shown}, in drawing order
    },

    setDots(dots) {
      this.dots = dots;
      this._projected = null;
      this.redraw();
    },

    onAdd(map) {
      // hidden while a zoom animates (Leaflet's own class), drawn again when it ends
      this._canvas = L.DomUtil.create("canvas", "event-dots leaflet-zoom-hide");
      this.getPane().appendChild(this._canvas);
      map.on("moveend zoomend viewreset resize", this.redraw, this);
      this.redraw();
    },

    onRemove(map) {
      L.DomUtil.remove(this._canvas);
      map.off("moveend zoomend viewreset resize", this.redraw, this);
    },

    redraw() {
      if (!this._map) return;
      const map = this._map, size = map.getSize(), pad = size.multiplyBy(this.options.padding).round();
      // layer points move only when the zoom or the pixel origin does: project once per view
      const origin = map.getPixelOrigin(), zoom = map.getZoom();
      const key = `${zoom}:${origin.x}:${origin.y}`;
      if (this._projected !== key) {
        for (const d of this.dots) d.point = map.latLngToLayerPoint(d.latLng);
        this._projected = key;
      }
      // the canvas covers the view and a margin round it, so a short pan shows dots at once
      const topLeft = map.containerPointToLayerPoint(pad.multiplyBy(-1));
      const width = size.x + 2 * pad.x, height = size.y + 2 * pad.y, ratio = window.devicePixelRatio || 1;
      const canvas = this._canvas;
      L.DomUtil.setPosition(canvas, topLeft);
      canvas.width = width * ratio;
      canvas.height = height * ratio;
      canvas.style.width = width + "px";
      canvas.style.height = height + "px";
      const ctx = canvas.getContext("2d");
      ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
      ctx.strokeStyle = "#fff";
      ctx.lineWidth = 1;
      for (const d of this.dots) {
        if (!d.shown) continue;
        const x = d.point.x - topLeft.x, y = d.point.y - topLeft.y;
        if (x < -d.radius || y < -d.radius || x > width + d.radius || y > height + d.radius) continue;
        ctx.beginPath();
        ctx.arc(x, y, d.radius, 0, 2 * Math.PI);
        ctx.globalAlpha = 0.85;
        ctx.fillStyle = d.color;
        ctx.fill();
        ctx.globalAlpha = 1;
        ctx.stroke();
      }
    },

    // the dot drawn on top at a point of the map's container (none: null)
    at(containerPoint) {
      if (!this._map || !this._projected) return null;
      const p = this._map.containerPointToLayerPoint(containerPoint);
      for (let i = this.dots.length - 1; i >= 0; i -= 1) {
        const d = this.dots[i];
        if (!d.shown) continue;
        const dx = d.point.x - p.x, dy = d.point.y - p.y, reach = d.radius + 2;
        if (dx * dx + dy * dy <= reach * reach) return d;
      }
      return null;
    },
  });

  const dots = new Dots().addTo(map);
  const hover = L.tooltip({ direction: "top", offset: [0, -6] });
  let hovered = null;
  map.on("click", (event) => {
    const d = dots.at(event.containerPoint);
    if (d) showEvent(d.id);
  });
  map.on("mousemove", (event) => {
    const d = dots.at(event.containerPoint);
    if (d === hovered) return;
    hovered = d;
    map.getContainer().classList.toggle("over-event", Boolean(d));
    if (!d) {
      map.closeTooltip(hover);
      return;
    }
    hover.setLatLng(d.latLng).setContent(document.createTextNode(d.label));  // a text node: never HTML
    map.openTooltip(hover);
  });
  map.on("mouseout zoomstart movestart", () => {
    hovered = null;
    map.closeTooltip(hover);
  });

  async function drawCountries(meta) {
    if (meta.tiles) {
      L.tileLayer(meta.tiles, { attribution: meta.tiles_attribution || "" }).addTo(map);
    }
    const response = await fetch("/static/vendor/countries-110m.json");
    const world = await response.json();
    const land = topojson.feature(world, world.objects.countries);
    L.geoJSON(land, {
      pane: "countries",
      renderer: L.canvas({ pane: "countries", padding: 0.3 }),
      interactive: false,
      // over online tiles only the outlines: a filled land would hide them
      style: { color: "#7d8b99", weight: 0.6, fillColor: "#eef0e8", fillOpacity: meta.tiles ? 0 : 1 },
    }).addTo(map);
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
    let rows = [], at = {};
    try {
      const body = await api(POINTS, params);
      rows = body.items;
      at = Object.fromEntries(body.fields.map((name, i) => [name, i]));
    } catch (error) {
      $("#count").textContent = "";
      $("#count").append(el("span", { class: "error" }, "Error: " + error.message));
    }
    state.markers.clear();
    const made = rows.map((row) => {
      const type = row[at.plover_type], start = row[at.date_start], reports = row[at.reports];
      const d = {
        id: row[at.id], latLng: L.latLng(row[at.lat], row[at.lon]), color: color(type),
        radius: 4 + Math.min(6, Math.sqrt(reports || 1) * 2), day: dayOf(start), shown: true,
        label: [type, row[at.place], start].filter(Boolean).join(" · "),
      };
      state.markers.set(d.id, d);
      return d;
    });
    fitToEvents(made);  // before the dots are drawn: each is placed once, not twice
    dots.setDots(made);
    drawTimeline();
  }

  function fitToEvents(made) {
    // the layout may have moved since the map was made: measure again before fitting
    map.invalidateSize();
    if (!made.length) return;
    let south = 90, west = 180, north = -90, east = -180;
    for (const { latLng } of made) {
      if (latLng.lat < south) south = latLng.lat;
      if (latLng.lat > north) north = latLng.lat;
      if (latLng.lng < west) west = latLng.lng;
      if (latLng.lng > east) east = latLng.lng;
    }
    map.fitBounds(L.latLngBounds([south, west], [north, east]).pad(0.2), { maxZoom: 7, animate: false });
  }

  const inRange = (day) => !state.range || (day !== null && day >= state.range[0] && day <= state.range[1]);

  function applyRange() {
    let shown = 0;
    for (const d of dots.dots) {
      d.shown = inRange(d.day);
      if (d.shown) shown += 1;
    }
    dots.redraw();
    const total = dots.dots.length;
    $("#count").textContent = state.range ? `${shown} of ${total} events on the map` : `${total} events on the map`;
    $("#count").dataset.shown = String(shown);
    $("#clear-brush").hidden = !state.range;
    $("#brush-label").textContent = state.range ? `${isoOf(state.range[0])} – ${isoOf(state.range[1])}` : "";
    drawBars();
  }

  // ------------------------------------------------------------------ the timeline

  // the days' counts and the bars' geometry; the bars are two paths (in the range, out of it),
  // not an element per day: a few thousand days would otherwise weigh on every brush
  const timeline = { first: 0, last: 0, width: 0, counts: new Map(), peak: 1 };
  const BAR_HEIGHT = 90, AXIS = 14;

  function drawTimeline() {
    const box = $("#timeline");
    box.replaceChildren();
    const counts = new Map();
    for (const d of dots.dots) if (d.day !== null) counts.set(d.day, (counts.get(d.day) || 0) + 1);
    timeline.counts = counts;
    if (!counts.size) {
      applyRange();
      return;
    }
    timeline.first = Infinity;
    timeline.last = -Infinity;
    timeline.peak = 0;
    for (const [day, n] of counts) {
      if (day < timeline.first) timeline.first = day;
      if (day > timeline.last) timeline.last = day;
      if (n > timeline.peak) timeline.peak = n;
    }
    timeline.width = box.clientWidth || 800;
    box.append(svg("path", { class: "bars" }), svg("path", { class: "bars out" }));
    for (const [day, anchor] of [[timeline.first, "start"], [timeline.last, "end"]]) {
      const label = svg("text", { class: "axis", x: anchor === "start" ? 0 : timeline.width, y: BAR_HEIGHT - 2,
        "text-anchor": anchor });
      label.textContent = isoOf(day);
      box.append(label);
    }
    box.append(svg("rect", { class: "brush", x: 0, y: 0, width: 0, height: BAR_HEIGHT - AXIS, visibility: "hidden" }));
    applyRange();
  }

  function drawBars() {
    const box = $("#timeline");
    const [inside, outside] = box.querySelectorAll("path.bars");
    if (!inside) return;
    const span = timeline.last - timeline.first + 1, step = timeline.width / span;
    const width = Math.max(1, step - 1).toFixed(2), paths = ["", ""];
    for (const [day, n] of timeline.counts) {
      const h = Math.max(2, ((BAR_HEIGHT - AXIS - 4) * n) / timeline.peak);
      const x = ((day - timeline.first) * step).toFixed(2), y = (BAR_HEIGHT - AXIS - h).toFixed(2);
      paths[inRange(day) ? 0 : 1] += `M${x} ${y}h${width}v${h.toFixed(2)}h-${width}z`;
    }
    inside.setAttribute("d", paths[0] || "M0 0");
    outside.setAttribute("d", paths[1] || "M0 0");
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
    box.addEventListener("mousemove", (event) => {
      // what the bar under the mouse counts (the bars are paths, with no title of their own)
      if (start !== null || !timeline.counts.size) return;
      const day = dayAt(xOf(event)), n = timeline.counts.get(day) || 0;
      $("#timeline-hover").textContent = `${isoOf(day)}: ${n} event(s)`;
    });
    box.addEventListener("mouseleave", () => {
      $("#timeline-hover").textContent = "";
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
    // the address names the event shown, so that it can be linked to (no hashchange is fired)
    if (window.location.hash !== "#event=" + id) history.replaceState(null, "", "#event=" + id);
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

  // an event named in the address (#event=m12, as the brief links to it) opens in the panel
  function openFromAddress() {
    const found = /^#event=([A-Za-z0-9_-]+)$/.exec(window.location.hash);
    if (found && found[1] !== state.selected) showEvent(found[1]);
  }

  async function start() {
    $("#filters").addEventListener("submit", (event) => {
      event.preventDefault();
      state.range = null;
      loadEvents();
    });
    const metaLoaded = api("/api/meta").then((meta) => {
      for (const t of meta.plover_types) $("#f-type").append(el("option", { value: t }, t));
      for (const s of meta.statuses) $("#f-status").append(el("option", { value: s }, s));
      drawLegend(meta);
      return drawCountries(meta);
    });
    // the events do not wait for /api/meta: their request is the long one
    await Promise.all([metaLoaded, loadEvents(), drawControl()]);
    // ready once the markers are painted: Leaflet draws its canvas in the next animation frame
    await new Promise((resolve) => requestAnimationFrame(() => resolve()));
    document.body.dataset.ready = "1";
    window.addEventListener("hashchange", openFromAddress);
    openFromAddress();
  }

  // a small handle for tests and the benchmark: where an event is drawn, and which are shown
  window.frontwire = {
    map,
    // the marker's centre in pixels from the map's top left corner, for a real click there
    pointOf(id) {
      const d = state.markers.get(id);
      if (!d || !d.shown) return null;
      const p = map.latLngToContainerPoint(d.latLng);
      return { x: p.x, y: p.y };
    },
    shown() {
      return dots.dots.filter((d) => d.shown).map((d) => d.id);
    },
  };

  start().catch((error) => {
    $("#count").textContent = "";
    $("#count").append(el("span", { class: "error" }, "Error: " + error.message));
  });
})();
