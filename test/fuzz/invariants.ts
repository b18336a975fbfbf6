import type { AnalyzeResult } from "@diarium/extractor";
import { READ_ERROR_CODES } from "@diarium/parser";
import { partyInfo, validateAnalysis, type Analysis, type Evidence, type Section } from "@diarium/schema";

/**
 * What must hold of any analysis diarium returns, whatever the input: it fits the contract, every
 * evidence quote is the text at its offsets on a page the paper has, every section heading is the
 * text at the section's start and children lie inside their parent, in order. Returns the
 * problems found (none: an empty list). Pure, shared by the fuzz test and the long fuzz run.
 * @example problemsOf(await analyzeInput(input)) // []
 */
export function problemsOf(result: AnalyzeResult): string[] {
  if (!result.ok) {
    const problems: string[] = [];
    if (!(READ_ERROR_CODES as readonly string[]).includes(result.code)) problems.push(`unknown error code ${result.code}`);
    if (result.message.trim() === "" || result.message.includes("\n")) problems.push(`error message is not one line: ${JSON.stringify(result.message)}`);
    if (result.code === "E_INTERNAL") problems.push(`internal error: ${result.message}`);
    return problems;
  }
  const checked = validateAnalysis(result.analysis);
  if (!checked.ok) return checked.issues.slice(0, 3).map((i) => `schema: ${i.path}: ${i.message}`);
  return [...evidenceProblems(result.analysis), ...sectionProblems(result.analysis), ...checkProblems(result.analysis), ...supportProblems(result.analysis)];
}

export type Span = Evidence & { path: string };

/**
 * Every evidence object in a value (anything with start, end, quote and page), with its path.
 * @example evidenceIn({ positions: [{ evidence: { start: 0, end: 7, quote: "Ärendet", page: null } }] }) // [{ …, path: "positions.0.evidence" }]
 */
export function evidenceIn(value: unknown, path = "", out: Span[] = []): Span[] {
  if (Array.isArray(value)) value.forEach((v, i) => evidenceIn(v, `${path}.${i}`, out));
  else if (value && typeof value === "object") {
    const o = value as Record<string, unknown>;
    if (typeof o.quote === "string" && typeof o.start === "number" && typeof o.end === "number" && "page" in o) {
      out.push({ start: o.start, end: o.end, quote: o.quote, page: o.page as number | null, path });
    } else for (const [k, v] of Object.entries(o)) evidenceIn(v, path ? `${path}.${k}` : k, out);
  }
  return out;
}

function evidenceProblems(a: Analysis): string[] {
  const problems: string[] = [];
  const { text: _text, sections: _sections, ...facts } = a;
  for (const e of evidenceIn(facts)) {
    if (e.start > e.end || e.end > a.text.length) problems.push(`${e.path}: span ${e.start}–${e.end} outside the text (${a.text.length})`);
    else if (a.text.slice(e.start, e.end) !== e.quote) problems.push(`${e.path}: quote ${JSON.stringify(e.quote.slice(0, 40))} is not the text at ${e.start}–${e.end}`);
    if (e.page !== null && (a.source.pages === null || e.page > a.source.pages)) problems.push(`${e.path}: page ${e.page} of ${a.source.pages ?? "no"} pages`);
  }
  return problems;
}

function sectionProblems(a: Analysis): string[] {
  const problems: string[] = [];
  const visit = (sections: Section[], from: number, to: number, path: string): void => {
    let previousEnd = from;
    sections.forEach((s, i) => {
      const here = `${path}.${i}`;
      if (s.start < previousEnd || s.end > to || s.start > s.end) problems.push(`${here}: ${s.start}–${s.end} not inside ${previousEnd}–${to} in order`);
      if (a.text.slice(s.start, s.start + s.heading.length) !== s.heading) problems.push(`${here}: heading ${JSON.stringify(s.heading.slice(0, 40))} is not the text at ${s.start}`);
      visit(s.children, s.start, s.end, `${here}.children`);
      previousEnd = s.end;
    });
  };
  visit(a.sections, 0, a.text.length, "sections");
  return problems;
}

/** Folds case and white space, so that a name wrapped over two lines is still the text's. */
function fold(s: string): string {
  return s.toLowerCase().replace(/\s+/gu, " ").trim();
}

/**
 * Nothing the paper does not support: every position's and vote's forum, and every person's name,
 * stands in the text; a position without a forum comes with the warning that says so; every party
 * of a position is named in the text by its code or in words.
 */
function supportProblems(a: Analysis): string[] {
  const problems: string[] = [];
  const text = fold(a.text);
  const stands = (s: string): boolean => text.includes(fold(s));
  const forumless = a.warnings.some((w) => w.code === "W_FORUM_UNKNOWN");
  for (const [i, f] of [...a.positions.map((p) => p.forum), ...a.votes.map((v) => v.forum)].entries()) {
    if (f === "" ? !forumless : !stands(f)) problems.push(`forum ${i}: ${JSON.stringify(f)} is not in the text`);
  }
  const names = [
    ...a.positions.flatMap((p) => p.people.map((x) => x.name)),
    ...a.votes.flatMap((v) => v.ballots.map((b) => b.name)),
    ...a.people.map((x) => x.name),
    ...a.document.signatories.map((x) => x.name),
  ];
  for (const n of new Set(names)) if (!stands(n)) problems.push(`person ${JSON.stringify(n)} is not in the text`);
  for (const code of new Set(a.positions.flatMap((p) => p.parties))) {
    const named = new RegExp(String.raw`(?<![\p{L}])${code}(?![\p{L}])`, "u").test(a.text) || (partyInfo(code)?.stems ?? []).some((stem) => text.includes(stem));
    if (!named) problems.push(`party ${code} is not named in the text`);
  }
  return problems;
}

function checkProblems(a: Analysis): string[] {
  return a.checks.flatMap((c, i) =>
    [c.total, ...c.parts].some((k) => k >= a.figures.length) ? [`checks.${i}: a figure index past the ${a.figures.length} figures`] : [],
  );
}
