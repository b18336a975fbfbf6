import { NAME_PARTICLES, alternation, evidence, formsOf, regex, type NormalizedDocument } from "@diarium/parser";
import { warning, type Ballot, type Position, type Stance, type Warning } from "@diarium/schema";
import type { VoteReading } from "./votes.ts";
import { mentionsBetween, partiesNamed, type ActorIndex } from "./actors.ts";
import type { MemberAct } from "./acts.ts";
import type { Meeting } from "./meeting.ts";
import type { Claim } from "./object.ts";
import { firstFiled, firstWordsLike, lastInForumBefore, proposerIndex, sameName, type ProposerIndex } from "./proposers.ts";

/**
 * From acts to positions: each claim's stance, taken from the claim itself or from the proposal it
 * points to (the proposal before the meeting, a member's or a party's yrkande, the actor's own
 * earlier one). A reference that leads nowhere gives a null stance and a warning, never a guess.
 * Notes and abstentions count as "ingen_stallning" only for a party that took no other position
 * in that forum.
 */

type Pending = { act: MemberAct; claim: Claim | null; forum: string; stance: Stance | null; weak: boolean; open: boolean };

const WEAK = new Set(["anteckning", "sarskilt_uttalande", "avstar"]);
const PROPOSING = new Set(["yrkande", "instammer", "tillstyrker", "avstyrker"]);
// The place an owner names: "Socialdemokraterna i Kommunstyrelsen" → "kommunstyrelsen".
const OWNER_PLACE = regex(String.raw`\bi\s+(\p{L}+)`, "iu");
// A member's name in an owner: "Lennart Jonssons", "Martin Linder-Loods".
const OWNER_NAME = regex(String.raw`(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}\.?)?(?:\s+(?:${alternation(formsOf(NAME_PARTICLES))}\s+)?\p{Lu}[\p{L}'’-]+){1,3})`, "gu");

/**
 * The positions of a protocol's member acts, with the votes' party positions taken into account.
 * @example resolvePositions(doc, acts, meeting, index, []).positions[0] // { kind: "yrkande", forum: "Kommunfullmäktige", parties: ["S"], stance: "besvarad", … }
 */
export function resolvePositions(doc: NormalizedDocument, memberActs: MemberAct[], meeting: Meeting, index: ActorIndex, votes: VoteReading[], forumOf: (act: MemberAct) => string | null): { positions: Position[]; warnings: Warning[] } {
  const acts = [...memberActs, ...votes.flatMap((v) => voteActs(doc, v))];
  const pending: Pending[] = [];
  for (const act of acts) {
    const forum = act.place ? capital(act.place) : (forumOf(act) ?? "");
    const weak = WEAK.has(act.act);
    const base = { act, forum, weak };
    if (act.act === "deltar_ej") pending.push({ ...base, claim: null, stance: "ingen_stallning", open: false });
    else if (!act.claims.length) pending.push({ ...base, claim: null, stance: null, open: !weak });
    else for (const claim of act.claims) pending.push({ ...base, claim, stance: claim.stance, open: claim.stance === null });
  }
  // the claims a reference can lead to, filed once; whether each has a stance yet is asked at the lookup
  const parties = new Map(pending.map((p) => [p, partiesOf(p)]));
  const proposers = proposerIndex(pending, (q) => (!q.act.vote && PROPOSING.has(q.act.act) && (q.claim?.rank ?? 1) === 1 ? { names: q.act.actors.people.map((x) => x.name), parties: parties.get(q) ?? [], forum: q.forum, start: q.act.sentence.start } : null));
  const all: Filed = { pending, proposers, partiesOf: (q) => parties.get(q) ?? partiesOf(q) };
  // references may point forward ("reserverar sig … till förmån för eget förslag" before the yrkanden): resolve in rounds
  for (let round = 0; round < 4; round++) {
    let changed = false;
    for (const p of pending) {
      if (!p.open || p.stance) continue;
      const s = referred(p, all, meeting, index);
      if (s) {
        p.stance = s;
        changed = true;
      }
    }
    if (!changed) break;
  }
  // a reservation against a decision, with no proposal of its own: where the matter is a proposal the meeting adopted, a rejection
  for (const p of pending) {
    if (p.act.act === "reservation" && !p.stance && !p.claim && !meeting.answersMatter && !meeting.passesOn && meeting.decision) p.stance = "avslag";
  }
  const warnings: Warning[] = [];
  // the parties that took a position in a forum (a weak act's stance, set below, never counts)
  const taken = new Map<string, Set<string>>();
  for (const q of pending) if (!q.weak && q.stance) for (const party of all.partiesOf(q)) taken.set(q.forum, (taken.get(q.forum) ?? new Set()).add(party));
  const strong = (party: string, forum: string): boolean => taken.get(forum)?.has(party) ?? false;
  const positions: Position[] = [];
  for (const p of pending) {
    if (p.weak) p.stance = all.partiesOf(p).some((party) => strong(party, p.forum)) ? null : "ingen_stallning";
    // a ranked second claim is kept only with a stance of its own ("i andra hand bifall till motionen")
    if (p.claim && p.claim.rank > 1 && !p.stance) continue;
    if (p.open && !p.stance && p.claim) {
      warnings.push(warning("W_STANCE_UNRESOLVED", `the proposal this ${p.act.kind} refers to gives no direction in the paper`, evidence(doc, p.claim.start, p.claim.end)));
    } else if (p.open && !p.stance && p.act.act !== "reservation") {
      // what the member moved is not a form the rules read ("yrkar bifall till eget budgetförslag"): said, not guessed
      warnings.push(warning("W_STANCE_UNRESOLVED", `this ${p.act.kind} states no stance the rules can read`, evidence(doc, p.act.sentence.start, p.act.sentence.end)));
    }
    const named = p.act.actors.people.map((x) => mentionStart(index, x.name, p.act)).filter((n) => n >= 0);
    // the quote opens with the first member named, or with the sentence where the subject is a party
    const start = p.act.vote || !named.length ? p.act.subjectStart : Math.min(p.act.verbEnd, ...named);
    const end = p.claim ? Math.max(p.claim.end, p.act.verbEnd) : p.act.sentence.end;
    positions.push({ kind: p.act.kind, item: null, forum: p.forum, parties: p.act.actors.parties, people: p.act.actors.people, stance: p.stance, evidence: evidence(doc, Math.max(p.act.sentence.start, start), end) });
  }
  return { positions, warnings };
}

/**
 * A vote as acts: each party whose members all voted alike takes the side it voted for, with the
 * ballots as evidence. A vote on a procedure gives "aterremiss" to the side for a return and
 * nothing to the other; an abstaining party's ballots count as a note does.
 */
function voteActs(doc: NormalizedDocument, reading: VoteReading): MemberAct[] {
  const byParty = new Map<string, Ballot[]>();
  for (const b of reading.vote.ballots) if (b.party) byParty.set(b.party, [...(byParty.get(b.party) ?? []), b]);
  const sides: { party: string; vote: Ballot["vote"]; people: Ballot[] }[] = [];
  for (const [party, ballots] of byParty) if (new Set(ballots.map((b) => b.vote)).size === 1 && ballots[0]) sides.push({ party, vote: ballots[0].vote, people: ballots });
  // a tally that names each side's parties and no members: "6 ja-röster (M, KD, L, C), 3 nej-röster (S, V)"
  for (const x of reading.sides) sides.push({ ...x, people: [] });
  const out: MemberAct[] = [];
  const span = reading.vote.evidence;
  for (const { party, vote, people } of sides) {
    let claims = vote === "ja" ? reading.yes : vote === "nej" ? reading.no : [];
    if (reading.procedural) claims = claims.filter((c) => c.stance === "aterremiss");
    if (vote !== "avstar" && !claims.length) continue;
    out.push({
      act: vote === "avstar" ? "avstar" : "instammer",
      kind: "votering",
      actors: { parties: [party], people: people.map((b) => ({ name: b.name, party: b.party, role: null })) },
      claims: claims.map((c) => ({ ...c, start: span.start, end: span.end })),
      place: null,
      sentence: { start: span.start, end: span.end, paragraph: -1 },
      subjectStart: span.start,
      verbEnd: span.end,
      vote: true,
    });
  }
  return out;
}

function capital(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function partiesOf(p: Pending): string[] {
  return [...new Set([...p.act.actors.parties, ...p.act.actors.people.map((x) => x.party).filter((x): x is string => Boolean(x))])];
}

function mentionStart(index: ActorIndex, name: string, act: MemberAct): number {
  return mentionsBetween(index.mentions, act.sentence.start, act.sentence.end).find((m) => m.name === name)?.start ?? -1;
}

/** The pending claims with the index of those that propose, and each claim's parties. */
type Filed = { pending: Pending[]; proposers: ProposerIndex; partiesOf: (p: Pending) => string[] };

/** The stance a pending claim's reference leads to, or null. */
function referred(p: Pending, all: Filed, meeting: Meeting, index: ActorIndex): Stance | null {
  const ref = p.claim?.reference ?? null;
  const proposing = (q: Pending): boolean => q !== p && !q.act.vote && PROPOSING.has(q.act.act) && Boolean(q.stance) && (q.claim?.rank ?? 1) === 1;
  if (!ref) {
    // a proposal in the member's own words ("föreslår kommunstyrelsen besluta att …"): its fate decides
    if (p.act.act === "reservation") return own(p, all, proposing);
    if (PROPOSING.has(p.act.act) && adoptedBy(meeting, p.act.actors.people.map((x) => x.name))) return meeting.decided;
    return null;
  }
  if (p.claim?.against) {
    // against the proposal before the meeting: a rejection of the matter when the matter is that proposal
    const standing = ref.kind === "standing" || (ref.kind === "previous" && !meeting.answersMatter);
    return standing && !meeting.answersMatter ? "avslag" : null;
  }
  switch (ref.kind) {
    case "standing": {
      const standing = ref.office ? (meeting.officeProposal ?? (meeting.answersMatter ? null : meeting.standing)) : meeting.standing;
      // the proposal with a change of one's own: partial agreement where the proposal grants the matter
      return p.claim?.amendment && standing === "bifall" ? "delvis_bifall" : standing;
    }
    case "own":
      return own(p, all, proposing);
    case "previous": {
      const last = lastInForumBefore(all.pending, all.proposers, p.forum, p.act.sentence.start, proposing);
      if (!ref.orStanding) return last?.stance ?? null;
      // "yrkar bifall till förslaget": before anyone has proposed, the proposal before the meeting, the only one
      // there is; after a member's proposal it may be either, and only where both point the same way is it said
      if (!last) return meeting.standing;
      return last.stance === meeting.standing ? last.stance : null;
    }
    case "owner": {
      const names = ownerNames(ref.owner);
      const firstWords = names.flatMap(firstWordsLike).map((w) => all.proposers.byFirstWord.get(w));
      const byName = firstFiled(all.pending, firstWords, (q) => proposing(q) && q.act.actors.people.some((x) => names.some((n) => sameName(x.name, n))));
      if (byName) return byName.stance;
      const parties = partiesNamed(ref.owner, index).map((x) => x.code);
      if (!parties.length) return null;
      const place = OWNER_PLACE.exec(ref.owner)?.[1]?.toLowerCase() ?? null;
      const byParty = firstFiled(all.pending, parties.map((x) => all.proposers.byParty.get(x)), (q) => proposing(q) && all.partiesOf(q).some((x) => parties.includes(x)) && (place ? q.forum.toLowerCase().includes(place.replace(/en$/u, "")) : q.forum === p.forum));
      if (byParty) return byParty.stance;
      // a party's own counter-proposal: adopted, or lost to another proposal on a matter that is itself a proposal
      if (place || !parties.some((x) => all.partiesOf(p).includes(x))) return null;
      if (adoptedBy(meeting, [ref.owner])) return meeting.decided;
      if (!meeting.answersMatter && meeting.adopted.length > 0) return "avslag";
      return null;
    }
  }
}

function own(p: Pending, all: Filed, proposing: (q: Pending) => boolean): Stance | null {
  const names = new Set(p.act.actors.people.map((x) => x.name));
  const parties = all.partiesOf(p);
  const lists = names.size ? [...names].map((n) => all.proposers.byName.get(n)) : parties.map((x) => all.proposers.byParty.get(x));
  const mine = firstFiled(all.pending, lists, (q) => proposing(q) && q.act.act !== "reservation" && q.forum === p.forum && (names.size ? q.act.actors.people.some((x) => names.has(x.name)) : all.partiesOf(q).some((x) => parties.includes(x))));
  return mine?.stance ?? null;
}

function adoptedBy(meeting: Meeting, owners: string[]): boolean {
  const keys = owners.map((o) => o.replace(/\s*\([^)]*\)/gu, "").replace(/s$/u, "").toLowerCase()).filter((k) => k.length > 3);
  return meeting.adopted.some((a) => keys.some((k) => a.toLowerCase().replace(/\s*\([^)]*\)/gu, "").includes(k)));
}

/** The members a genitive owner names: "Lennart Jonssons (SD) och Martin Linder-Loods (SD)" → both, without the genitive s. */
function ownerNames(owner: string): string[] {
  return [...owner.matchAll(OWNER_NAME)].map((m) => (m[1] ?? "").replace(/s$/u, ""));
}
