import { PARTIES } from "@diarium/schema";
import type { ExportRows, VoteRow } from "./rows.ts";
import { PopoloExport, type PopoloVoteEvent } from "./popolo-schema.ts";

/** A name as an id part: "Nämnden för Vård & Omsorg" → "namnden-for-vard-omsorg". */
function slug(text: string): string {
  return text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "") || "x";
}

const OPTION = { ja: "yes", nej: "no", avstar: "abstain" } as const;

/** A body of a municipality ("Kommunfullmäktige" of Mölndal is not that of Kungsbacka). */
function bodyId(municipality: string | null, forum: string): string {
  return `body/${slug(municipality ?? "okand")}/${slug(forum)}`;
}

/**
 * The archive as a Popolo JSON document: people, organizations (parties, municipalities and their
 * bodies), party memberships, one motion per vote (what "ja" meant; in a whole protocol identified
 * by its paragraph, "§ 114") and its vote event, with the counts the paper states and one vote per
 * listed ballot. Validated against the Popolo zod schemas.
 * @example toPopolo(exportRows(db)).vote_events[0].counts // [{ option: "yes", value: 9 }, { option: "no", value: 6 }, { option: "abstain", value: 0 }]
 */
export function toPopolo(rows: ExportRows): PopoloExport {
  const organizations = new Map<string, PopoloExport["organizations"][number]>();
  const persons = new Map<string, PopoloExport["persons"][number]>();
  const memberships = new Map<string, PopoloExport["memberships"][number]>();
  const partyName = new Map<string, string>([...rows.parties.map((p) => [p.code, p.name] as const), ...PARTIES.map((p) => [p.code, p.name] as const)]);

  const party = (code: string | null): string | null => {
    if (!code) return null;
    const id = `party/${slug(code)}`;
    if (!organizations.has(id)) organizations.set(id, { id, name: partyName.get(code) ?? code, classification: "party", identifiers: [{ identifier: code, scheme: "party-code" }] });
    return id;
  };
  const body = (municipality: string | null, forum: string): string => {
    const parent = municipality ? `municipality/${slug(municipality)}` : null;
    if (parent && !organizations.has(parent)) organizations.set(parent, { id: parent, name: municipality!, classification: "municipality" });
    const id = bodyId(municipality, forum);
    if (!organizations.has(id)) organizations.set(id, { id, name: forum, classification: "body", parent_id: parent });
    return id;
  };
  // A name is a person within one municipality: two councils' "Anna Andersson" stay two people.
  const person = (name: string, partyCode: string | null, municipality: string | null): string => {
    const id = `person/${slug(municipality ?? "okand")}/${slug(name)}`;
    if (!persons.has(id)) persons.set(id, { id, name });
    const partyId = party(partyCode);
    if (partyId && !memberships.has(`${id}|${partyId}`)) {
      memberships.set(`${id}|${partyId}`, { id: `membership/${id.slice("person/".length)}/${slug(partyCode!)}`, person_id: id, organization_id: partyId, role: "member" });
    }
    return id;
  };

  const papers = new Map(rows.papers.map((p) => [p.paper_id, p]));
  for (const p of rows.people) person(p.name, p.party, papers.get(p.paper_id)?.municipality ?? null);
  for (const p of rows.positions) party(p.party);
  const items = new Map(rows.items.map((i) => [`${i.paper_id}|${i.item}`, i]));
  const motions: PopoloExport["motions"] = [];
  const voteEvents: PopoloVoteEvent[] = [];
  for (const v of rows.votes) {
    // A vote the paper does not place in a forum was taken by the paper's issuer.
    const organizationId = body(v.municipality, v.forum || papers.get(v.paper_id)?.issuer || "okänt organ");
    const motionId = `motion/${v.vote_id}`;
    const paper = papers.get(v.paper_id);
    // In a whole protocol the vote belongs to its paragraph: the motion is identified by the § and
    // the event by the § and the paragraph's own Dnr, not by the protocol's.
    const item = v.item === null ? undefined : items.get(`${v.paper_id}|${v.item}`);
    motions.push({ id: motionId, organization_id: organizationId, text: v.question || null, identifier: v.item, date: v.date, classification: "omröstning" });
    const eventId = `vote-event/${v.vote_id}`;
    const identifier = v.item === null ? [paper?.number, paper?.dnr] : [v.item, item?.dnr || paper?.dnr];
    voteEvents.push({
      id: eventId,
      organization_id: organizationId,
      identifier: identifier.filter(Boolean).join(" · ") || null,
      motion_id: motionId,
      start_date: v.date,
      result: resultOf(v),
      counts: [
        { option: "yes", value: v.yes },
        { option: "no", value: v.no },
        { option: "abstain", value: v.abstain },
      ],
      votes: rows.ballots.filter((b) => b.vote_id === v.vote_id).map((b) => ({ vote_event_id: eventId, voter_id: person(b.name, b.party, v.municipality), option: OPTION[b.vote], party_id: party(b.party) })),
    });
  }
  const checked = PopoloExport.safeParse({
    persons: [...persons.values()],
    organizations: [...organizations.values()],
    memberships: [...memberships.values()],
    motions,
    vote_events: voteEvents,
  });
  if (checked.success) return checked.data;
  const issue = checked.error.issues[0];
  throw new Error(`bug: the export fails the Popolo schema at ${issue?.path.join(".")}: ${issue?.message} (please report it)`);
}

/** "pass" when more voted yes than no, "fail" when fewer, "tie" otherwise. */
function resultOf(v: VoteRow): string {
  return v.yes > v.no ? "pass" : v.yes < v.no ? "fail" : "tie";
}

/**
 * Vote events whose listed ballots do not add up to the counts the paper states (a ballot list
 * the paper gives only in part), to report: the export keeps both as the paper has them.
 * @example ballotMismatches(popolo) // [{ id: "vote-event/7", counts: "6/5/0", ballots: "5/5/0" }]
 */
export function ballotMismatches(popolo: PopoloExport): { id: string; counts: string; ballots: string }[] {
  const out: { id: string; counts: string; ballots: string }[] = [];
  for (const e of popolo.vote_events) {
    if (e.votes.length === 0) continue;
    const tally = (option: string): number => e.votes.filter((v) => v.option === option).length;
    const stated = e.counts.map((c) => c.value).join("/");
    const listed = ["yes", "no", "abstain"].map(tally).join("/");
    if (stated !== listed) out.push({ id: e.id, counts: stated, ballots: listed });
  }
  return out;
}
