#!/usr/bin/env node
// Scanned copies of papers whose gold exists, for the OCR tests and `pnpm eval:ocr`: each page of a
// born-digital PDF is rendered to a greyscale image (pdftoppm) at the given dpi, turned by a slight
// angle, blurred and given noise as a scanner and a copier would, and wrapped back into a PDF that
// holds only the images: no text layer. Deterministic (a seeded generator per paper and page).
//
//   node scripts/make-scans.mjs [--dpi 200,300] [--out DIR] [--pages N] [file.pdf …]
//
// Without files: corpus/*.pdf and ../shared/corpus/{real,dev}/*.pdf. Writes DIR/<dpi>/<name>.pdf
// (DIR defaults to $TMPDIR/diarium-scans, outside the checkout) and prints one line per file.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { deflateSync } from "node:zlib";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");

/** Largest turn of a page, in degrees; each page gets its own angle within ±this. */
const MAX_ANGLE = 0.8;
/** Standard deviation of the grey-level noise (0–255). */
const NOISE = 14;
/** Share of pixels turned into black or white specks. */
const SPECKS = 0.0008;

/** A small seeded generator (mulberry32): the same scan every run. */
function generator(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function seedOf(text) {
  let h = 2166136261;
  for (const ch of text) h = Math.imul(h ^ ch.charCodeAt(0), 16777619);
  return h >>> 0;
}

/** A binary PGM (P5, 8 bit) as { width, height, pixels }. */
function readPgm(bytes) {
  let pos = 0;
  const token = () => {
    while (pos < bytes.length) {
      if (bytes[pos] === 0x23) while (pos < bytes.length && bytes[pos] !== 0x0a) pos++;
      else if (bytes[pos] <= 0x20) pos++;
      else break;
    }
    let start = pos;
    while (pos < bytes.length && bytes[pos] > 0x20) pos++;
    return Buffer.from(bytes.subarray(start, pos)).toString("latin1");
  };
  if (token() !== "P5") throw new Error("not a binary PGM");
  const width = Number(token());
  const height = Number(token());
  const max = Number(token());
  if (max !== 255) throw new Error("PGM is not 8 bit");
  pos++;
  return { width, height, pixels: bytes.subarray(pos, pos + width * height) };
}

/** The page turned by `degrees` about its centre (bilinear), blurred (3×3 binomial), with noise and specks. */
function degrade({ width, height, pixels }, degrees, random) {
  const turned = new Uint8Array(width * height);
  const angle = (degrees * Math.PI) / 180;
  const [cos, sin] = [Math.cos(angle), Math.sin(angle)];
  const [cx, cy] = [width / 2, height / 2];
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      // where this output pixel comes from in the source page
      const sx = cx + (x - cx) * cos + (y - cy) * sin;
      const sy = cy - (x - cx) * sin + (y - cy) * cos;
      const x0 = Math.floor(sx);
      const y0 = Math.floor(sy);
      if (x0 < 0 || y0 < 0 || x0 + 1 >= width || y0 + 1 >= height) {
        turned[y * width + x] = 255;
        continue;
      }
      const fx = sx - x0;
      const fy = sy - y0;
      const at = (xx, yy) => pixels[yy * width + xx];
      const top = at(x0, y0) * (1 - fx) + at(x0 + 1, y0) * fx;
      const bottom = at(x0, y0 + 1) * (1 - fx) + at(x0 + 1, y0 + 1) * fx;
      turned[y * width + x] = top * (1 - fy) + bottom * fy;
    }
  }
  const out = new Uint8Array(width * height);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      let sum = 0;
      let weight = 0;
      for (let dy = -1; dy <= 1; dy++) {
        for (let dx = -1; dx <= 1; dx++) {
          const xx = x + dx;
          const yy = y + dy;
          if (xx < 0 || yy < 0 || xx >= width || yy >= height) continue;
          const w = (dx === 0 ? 2 : 1) * (dy === 0 ? 2 : 1);
          sum += turned[yy * width + xx] * w;
          weight += w;
        }
      }
      // Box–Muller noise, then an occasional speck of dust or a dropped-out dot
      const gauss = Math.sqrt(-2 * Math.log(random() || 1e-12)) * Math.cos(2 * Math.PI * random());
      let v = sum / weight + gauss * NOISE;
      if (random() < SPECKS) v = random() < 0.5 ? 0 : 255;
      out[y * width + x] = Math.max(0, Math.min(255, Math.round(v)));
    }
  }
  return { width, height, pixels: out };
}

/** A PDF of greyscale page images, each page as large as its image at `dpi`: no text layer. */
function imagesPdf(pages, dpi) {
  const objects = [];
  const add = (body) => {
    objects.push(body);
    return objects.length;
  };
  const catalog = add(null);
  const pagesId = add(null);
  const kids = [];
  for (const page of pages) {
    const data = deflateSync(page.pixels);
    const image = add(Buffer.concat([Buffer.from(`<< /Type /XObject /Subtype /Image /Width ${page.width} /Height ${page.height} /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /FlateDecode /Length ${data.length} >>\nstream\n`), data, Buffer.from("\nendstream")]));
    const [w, h] = [(page.width * 72) / dpi, (page.height * 72) / dpi].map((v) => Math.round(v * 100) / 100);
    const draw = `q ${w} 0 0 ${h} 0 0 cm /Im0 Do Q`;
    const content = add(`<< /Length ${draw.length} >>\nstream\n${draw}\nendstream`);
    kids.push(add(`<< /Type /Page /Parent ${pagesId} 0 R /MediaBox [0 0 ${w} ${h}] /Resources << /XObject << /Im0 ${image} 0 R >> >> /Contents ${content} 0 R >>`));
  }
  objects[catalog - 1] = `<< /Type /Catalog /Pages ${pagesId} 0 R >>`;
  objects[pagesId - 1] = `<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(" ")}] /Count ${kids.length} >>`;
  const chunks = [Buffer.from("%PDF-1.4\n%\xe2\xe3\xcf\xd3\n", "latin1")];
  let offset = chunks[0].length;
  const offsets = [];
  objects.forEach((body, k) => {
    const chunk = Buffer.concat([Buffer.from(`${k + 1} 0 obj\n`), Buffer.isBuffer(body) ? body : Buffer.from(body, "latin1"), Buffer.from("\nendobj\n")]);
    offsets.push(offset);
    offset += chunk.length;
    chunks.push(chunk);
  });
  const xref = `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, "0")} 00000 n \n`).join("")}`;
  chunks.push(Buffer.from(`${xref}trailer\n<< /Size ${objects.length + 1} /Root ${catalog} 0 R >>\nstartxref\n${offset}\n%%EOF\n`));
  return Buffer.concat(chunks);
}

/**
 * A scanned copy of a born-digital PDF at `dpi` (the first `maxPages` pages when given).
 * @example makeScan("corpus/stockholm-utlatande-2013-125-print.pdf", 300) // Buffer of a PDF without text
 */
export function makeScan(pdf, dpi, maxPages = Infinity) {
  const work = mkdtempSync(join(tmpdir(), "diarium-scan-"));
  try {
    const last = Number.isFinite(maxPages) ? ["-l", String(maxPages)] : [];
    execFileSync("pdftoppm", ["-r", String(dpi), "-gray", ...last, pdf, join(work, "p")]);
    const files = readdirSync(work).filter((f) => f.endsWith(".pgm")).sort();
    const random = generator(seedOf(`${basename(pdf)}@${dpi}`));
    const pages = files.map((f) => degrade(readPgm(readFileSync(join(work, f))), (random() * 2 - 1) * MAX_ANGLE, random));
    return imagesPdf(pages, dpi);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** The born-digital PDFs whose gold exists: the corpus and the shared real and development sets. */
export function defaultPdfs() {
  const dirs = [join(root, "corpus"), join(root, "../shared/corpus/real"), join(root, "../shared/corpus/dev")];
  return dirs.filter((d) => existsSync(d)).flatMap((d) => readdirSync(d).filter((f) => f.endsWith(".pdf")).map((f) => join(d, f)));
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const option = (name, fallback) => {
    const k = args.indexOf(name);
    if (k < 0) return fallback;
    const value = args[k + 1];
    args.splice(k, 2);
    return value;
  };
  const dpis = option("--dpi", "200,300").split(",").map(Number);
  const out = resolve(option("--out", join(tmpdir(), "diarium-scans")));
  const maxPages = Number(option("--pages", "Infinity"));
  const pdfs = args.length > 0 ? args.map((a) => resolve(a)) : defaultPdfs();
  for (const dpi of dpis) {
    mkdirSync(join(out, String(dpi)), { recursive: true });
    for (const pdf of pdfs) {
      const target = join(out, String(dpi), basename(pdf));
      const started = Date.now();
      writeFileSync(target, makeScan(pdf, dpi, maxPages));
      console.log(`${target} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
    }
  }
}
