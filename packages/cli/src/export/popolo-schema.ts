import { z } from "zod";

/**
 * The classes of the Popolo data specification (popoloproject.com/specs, schemas/*.json) that
 * diarium exports, as zod schemas: each property with the spec's name and type, the spec's
 * required properties required. Popolo objects are open (a consumer ignores what it does not
 * know); diarium adds nothing beyond the spec. Dates are ISO 8601 dates: papers state days, not times.
 */

/** A Popolo date: "2013-09-18", "2013-09" or "2013", or a date-time. */
const PopoloDate = z.string().regex(/^[0-9]{4}((-[0-9]{2}){0,2}|(-[0-9]{2}){2}(T[0-9]{2}(:[0-9]{2}(:[0-9]{2})?)?(Z|[+-][0-9]{2}:[0-9]{2})?)?)$/);
const Id = z.string().min(1);

/** identifier.json: an issued identifier and its scheme. */
export const PopoloIdentifier = z.object({ identifier: z.string(), scheme: z.string().nullable().optional() });

/** person.json: a real person, alive or dead. */
export const PopoloPerson = z.object({
  id: Id,
  name: z.string().min(1),
  sort_name: z.string().nullable().optional(),
  identifiers: z.array(PopoloIdentifier).optional(),
});

/** organization.json: a party, a municipality or one of its bodies. */
export const PopoloOrganization = z.object({
  id: Id,
  name: z.string().min(1),
  classification: z.string().nullable().optional(),
  parent_id: z.string().nullable().optional(),
  identifiers: z.array(PopoloIdentifier).optional(),
});

/** membership.json: a person's relationship to an organization (a party, here). */
export const PopoloMembership = z.object({
  id: Id,
  person_id: Id,
  organization_id: Id,
  role: z.string().nullable().optional(),
  start_date: PopoloDate.nullable().optional(),
  end_date: PopoloDate.nullable().optional(),
});

/** count.json: the number of votes for an option. */
export const PopoloCount = z.object({ option: z.string(), value: z.number().int().nonnegative(), group_id: z.string().nullable().optional() });

/** vote.json: one voter's vote in a vote event. */
export const PopoloVote = z.object({
  vote_event_id: z.string().nullable().optional(),
  voter_id: z.string().nullable().optional(),
  option: z.string().nullable(),
  party_id: z.string().nullable().optional(),
  role: z.string().nullable().optional(),
  weight: z.number().int().nullable().optional(),
});

/** motion.json: a formal step to introduce a matter for consideration by an organization. */
export const PopoloMotion = z.object({
  id: Id,
  organization_id: z.string().nullable().optional(),
  text: z.string().nullable().optional(),
  identifier: z.string().nullable().optional(),
  classification: z.string().nullable().optional(),
  date: PopoloDate.nullable().optional(),
  requirement: z.string().nullable().optional(),
  result: z.string().nullable().optional(),
});

/** vote_event.json: an event at which people's votes are recorded, with its counts and votes. */
export const PopoloVoteEvent = z.object({
  id: Id,
  organization_id: z.string().nullable().optional(),
  identifier: z.string().nullable().optional(),
  motion_id: z.string().nullable().optional(),
  classification: z.string().nullable().optional(),
  start_date: PopoloDate.nullable().optional(),
  result: z.string().nullable().optional(),
  counts: z.array(PopoloCount),
  votes: z.array(PopoloVote),
});

/** The export file: the collections of a Popolo JSON document. */
export const PopoloExport = z.object({
  persons: z.array(PopoloPerson),
  organizations: z.array(PopoloOrganization),
  memberships: z.array(PopoloMembership),
  motions: z.array(PopoloMotion),
  vote_events: z.array(PopoloVoteEvent),
});
export type PopoloExport = z.infer<typeof PopoloExport>;
export type PopoloVoteEvent = z.infer<typeof PopoloVoteEvent>;
