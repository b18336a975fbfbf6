import type { NormalizedDocument } from "../document.ts";

/**
 * The bodies a matter was sent to for comment, read from the remiss sentence: "Ärendet har
 * remitterats till stadsledningskontoret, socialnämnden, Farsta stadsdelsnämnd … och Convictus",
 * "Nämnden för Gymnasium & Arbetsmarknad, … och Tempohus Kungsbacka AB har fått möjlighet att yttra sig".
 */

export type RemissBody = { name: string; start: number; end: number };

// "remitterats till A, B och C." / "skickats på remiss till A och B för yttrande"
const REMISS_TO = /(?:remitterats|remitterades|skickats på remiss|sänts på remiss|har remitterat ärendet)\s+till\s+([^.]{3,600}?)(?:\s+för\s+(?:yttrande|synpunkter)|\.(?:\s|$))/gu;
// "A, B och C har fått möjlighet att yttra sig" / "har beretts tillfälle att yttra sig"
const INVITED = /(?:^|[.:]\s+)([^.]{3,400}?)\s+har\s+(?:fått möjlighet|beretts tillfälle|getts möjlighet|ombetts)\s+att\s+yttra\s+sig/gu;

/**
 * The consulted bodies named by the paper, in order, each once.
 * @example remissBodies(doc).map((b) => b.name) // ["stadsledningskontoret", "socialnämnden", "Farsta stadsdelsnämnd", …]
 */
export function remissBodies(doc: Pick<NormalizedDocument, "text">): RemissBody[] {
  const found: RemissBody[] = [];
  const seen = new Set<string>();
  for (const pattern of [REMISS_TO, INVITED]) {
    for (const m of doc.text.matchAll(pattern)) {
      const list = m[1] as string;
      const listStart = (m.index ?? 0) + m[0].indexOf(list);
      let offset = 0;
      for (const piece of splitKeeping(list)) {
        const at = list.indexOf(piece.text, offset);
        offset = at + piece.text.length;
        const name = piece.text.replace(/\s+/g, " ").trim();
        if (name.length < 3 || !/\p{L}/u.test(name)) continue;
        const key = bodyKey(name);
        if (seen.has(key)) continue;
        seen.add(key);
        found.push({ name, start: listStart + at, end: listStart + at + piece.text.length });
      }
    }
  }
  return found;
}

/**
 * Splits a list of bodies at its commas, and its last item at "och"/"samt": names hold "och"
 * themselves ("Riksförbundet för Social och Mental Hälsa"), lists join only their last two with it.
 */
function splitKeeping(list: string): { text: string }[] {
  const commaParts: string[] = [];
  let depth = 0;
  let current = "";
  for (const ch of list) {
    if (ch === "(") depth++;
    if (ch === ")") depth = Math.max(0, depth - 1);
    if (ch === "," && depth === 0) {
      commaParts.push(current);
      current = "";
    } else current += ch;
  }
  commaParts.push(current);
  const last = commaParts.pop() ?? "";
  const tail = last.split(/\s+(?:och|samt)\s+/u);
  return [...commaParts, ...tail].map((t) => ({ text: t.trim() })).filter((t) => t.text !== "");
}

/**
 * A comparable form of a body's name: lower case, a leading "nämnden för" kept, genitive s and
 * definite endings folded ("Norrmalms stadsdelsnämnd" ~ "norrmalm stadsdelsnämnd", "socialnämnden" ~ "socialnämnd").
 */
export function bodyKey(name: string): string {
  return name
    .toLowerCase()
    .replace(/\([^()]*\)/g, " ")
    .replace(/[^\p{L}\d& ]+/gu, " ")
    .split(/\s+/)
    .filter(Boolean)
    .map((w) => w.replace(/(?:en|et|s)$/u, ""))
    .join(" ");
}
