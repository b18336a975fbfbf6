/**
 * The view's script, run in the browser (inline, allowed by its hash in the page's CSP). It reads
 * the facts from `#view-data`; on a PDF it loads pdf.js's worker from the inert `#pdfjs-worker`
 * element through a blob: URL (the only source `worker-src` allows), draws each page on a canvas
 * and the evidence boxes over it. It builds DOM with textContent only, never with HTML strings.
 * Exposes `window.diariumView` ({ ready, rendered, pdf }) for tests and the serve pages.
 */
export const CLIENT_SCRIPT = String.raw`(() => {
  "use strict";
  const data = JSON.parse(document.getElementById("view-data").textContent);
  const labels = new Map(data.facts.map((f) => [f.id, f.label]));
  const paper = document.getElementById("paper");
  const tip = document.getElementById("tip");
  const order = [];
  for (const b of document.querySelectorAll("button.fact")) {
    const id = Number(b.dataset.f);
    if (!order.includes(id)) order.push(id);
  }
  let current = -1;
  let resolveReady;
  const ready = new Promise((r) => (resolveReady = r));
  let resolveRendered;
  const rendered = new Promise((r) => (resolveRendered = r));
  const api = { ready, rendered, pdf: null, select: (id) => select(id) };
  window.diariumView = api;

  function inert(id) {
    const el = document.getElementById(id);
    const text = el.textContent;
    return el.dataset.encoding === "base64" ? base64Bytes(text) : text;
  }
  function base64Bytes(text) {
    const raw = atob(text.trim());
    const out = new Uint8Array(raw.length);
    for (let i = 0; i < raw.length; i++) out[i] = raw.charCodeAt(i);
    return out;
  }
  function showTab(name) {
    for (const t of document.querySelectorAll("[data-tab]")) t.setAttribute("aria-selected", String(t.dataset.tab === name));
    for (const p of document.querySelectorAll(".view")) p.hidden = p.id !== name;
  }
  for (const t of document.querySelectorAll("[data-tab]")) t.addEventListener("click", () => showTab(t.dataset.tab));

  function marksOf(id) {
    const sel = '[data-f~="' + id + '"]';
    const boxes = [...document.querySelectorAll("#pages .box" + sel)];
    if (boxes.length) {
      showTab("pages");
      return boxes;
    }
    if (document.getElementById("pages")) showTab("text");
    return [...document.querySelectorAll("#text .hl" + sel)];
  }
  async function select(id) {
    current = order.indexOf(id);
    for (const e of document.querySelectorAll(".current")) e.classList.remove("current");
    for (const b of document.querySelectorAll('button.fact[data-f="' + id + '"]')) b.classList.add("current");
    await ready;
    const marks = marksOf(id);
    for (const m of marks) {
      m.classList.add("current");
      m.classList.remove("flash");
      void m.offsetWidth;
      m.classList.add("flash");
    }
    if (marks[0]) marks[0].scrollIntoView({ block: "center" });
    return marks.length;
  }
  document.querySelector("nav.facts").addEventListener("click", (e) => {
    const b = e.target.closest("button.fact");
    if (b) select(Number(b.dataset.f));
  });
  document.addEventListener("keydown", (e) => {
    if (e.altKey || e.ctrlKey || e.metaKey || order.length === 0) return;
    const step = e.key === "j" || e.key === "ArrowDown" ? 1 : e.key === "k" || e.key === "ArrowUp" ? -1 : 0;
    if (!step) return;
    e.preventDefault();
    const next = current < 0 ? (step > 0 ? 0 : order.length - 1) : (current + step + order.length) % order.length;
    const id = order[next];
    const button = document.querySelector('button.fact[data-f="' + id + '"]');
    if (button) button.focus();
    select(id);
  });

  // Hover: every fact whose mark lies under the pointer, named in a tip and lit in the panel.
  paper.addEventListener("mousemove", (e) => {
    const ids = new Set();
    for (const el of document.elementsFromPoint(e.clientX, e.clientY)) {
      if (!el.dataset || !el.dataset.f || !paper.contains(el)) continue;
      for (const id of el.dataset.f.split(" ")) ids.add(Number(id));
    }
    for (const b of document.querySelectorAll("button.fact.lit")) b.classList.remove("lit");
    if (ids.size === 0) {
      tip.hidden = true;
      return;
    }
    tip.replaceChildren();
    const head = document.createElement("strong");
    head.textContent = ids.size === 1 ? "Bevisar:" : "Bevisar " + ids.size + " fakta:";
    tip.append(head);
    for (const id of ids) {
      const line = document.createElement("div");
      line.textContent = labels.get(id) || "";
      tip.append(line);
      for (const b of document.querySelectorAll('button.fact[data-f="' + id + '"]')) b.classList.add("lit");
    }
    tip.hidden = false;
    tip.style.left = Math.min(e.clientX + 14, window.innerWidth - tip.offsetWidth - 8) + "px";
    tip.style.top = Math.min(e.clientY + 14, window.innerHeight - tip.offsetHeight - 8) + "px";
  });
  paper.addEventListener("mouseleave", () => (tip.hidden = true));

  if (!data.pdf) {
    resolveReady();
    resolveRendered();
    document.body.dataset.rendered = "1";
    return;
  }
  showTab("pages");
  (async () => {
    const lib = globalThis.pdfjsLib;
    const worker = new Worker(URL.createObjectURL(new Blob([inert("pdfjs-worker")], { type: "text/javascript" })));
    lib.GlobalWorkerOptions.workerPort = worker;
    const pdf = await lib.getDocument({ data: inert("pdf-data"), isEvalSupported: false, enableXfa: false, useSystemFonts: true }).promise;
    api.pdf = pdf;
    const byPage = new Map();
    for (const f of data.facts) for (const b of f.boxes) byPage.set(b[0], [...(byPage.get(b[0]) || []), [f.id, b]]);
    const pages = document.getElementById("pages");
    const views = [];
    for (let n = 1; n <= pdf.numPages; n++) {
      const page = await pdf.getPage(n);
      // as large as asked, but no wider than the paper's column
      const fit = (pages.clientWidth || window.innerWidth) / page.getViewport({ scale: 1 }).width;
      const viewport = page.getViewport({ scale: Math.min(data.scale, Math.max(fit, 0.5)) });
      const div = document.createElement("div");
      div.className = "page";
      div.dataset.page = String(n);
      div.style.width = viewport.width + "px";
      div.style.height = viewport.height + "px";
      const canvas = document.createElement("canvas");
      const dpr = window.devicePixelRatio || 1;
      canvas.width = Math.floor(viewport.width * dpr);
      canvas.height = Math.floor(viewport.height * dpr);
      const label = document.createElement("span");
      label.className = "pageno";
      label.textContent = "Sida " + n + " av " + pdf.numPages;
      div.append(canvas, label);
      for (const [id, b] of byPage.get(n) || []) {
        const r = viewport.convertToViewportRectangle([b[1], b[2], b[1] + b[3], b[2] + b[4]]);
        const box = document.createElement("div");
        box.className = "box";
        box.dataset.f = String(id);
        box.style.left = Math.min(r[0], r[2]) + "px";
        box.style.top = Math.min(r[1], r[3]) + "px";
        box.style.width = Math.abs(r[2] - r[0]) + "px";
        box.style.height = Math.abs(r[3] - r[1]) + "px";
        div.append(box);
      }
      pages.append(div);
      views.push({ page, viewport, canvas, div, dpr });
    }
    resolveReady();
    for (const v of views) {
      await v.page.render({ canvas: v.canvas, canvasContext: v.canvas.getContext("2d"), viewport: v.viewport, transform: v.dpr === 1 ? undefined : [v.dpr, 0, 0, v.dpr, 0, 0] }).promise;
      v.div.dataset.rendered = "1";
    }
    document.body.dataset.rendered = "1";
    resolveRendered();
  })().catch((error) => {
    const p = document.createElement("p");
    p.className = "error";
    p.textContent = "Kunde inte visa PDF:en: " + (error && error.message ? error.message : String(error));
    document.getElementById("pages").append(p);
    showTab("text");
    resolveReady();
    resolveRendered();
  });
})();
`;
