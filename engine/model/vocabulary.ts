/**
 * The archive's controlled vocabulary, as data: claim types and relation types with the words used to
 * show them in both directions. Adding a type here is all it takes to use it in content.
 */

/** Kinds of claim. Status types (below) feed a person's status summary and the search filter. */
export const CLAIM_TYPES = [
  "occupation",
  "age",
  "birth",
  "origin",
  "citizenship",
  "residence",
  "move",
  "education",
  "family",
  "disappearance",
  "detention",
  "sentence",
  "release",
  "testimony",
  "protest",
  "appeal",
  "statement",
  "threat",
  "denial",
  "activism",
  "pressure",
  "policy",
  "event",
  "description",
] as const;
export type ClaimType = (typeof CLAIM_TYPES)[number];

/** What happened to a person, from claims of these types; later and graver wins. */
export const STATUS_BY_CLAIM_TYPE: Partial<Record<ClaimType, Status>> = {
  disappearance: "missing",
  detention: "detained",
  sentence: "sentenced",
  release: "released",
};
export const STATUSES = ["missing", "detained", "sentenced", "released"] as const;
export type Status = (typeof STATUSES)[number];

/**
 * Relation types. `label` reads from the record that holds the relation ("Sibling of …"), `inverse`
 * from the other record's page.
 */
export const RELATIONS = {
  spouse: { label: "Spouse", inverse: "Spouse" },
  sibling: { label: "Sibling", inverse: "Sibling" },
  parent: { label: "Child", inverse: "Parent" },
  child: { label: "Parent", inverse: "Child" },
  relative: { label: "Relative", inverse: "Relative" },
  employee: { label: "Employer", inverse: "Employee" },
  "former-employee": { label: "Former employer", inverse: "Former employee" },
  member: { label: "Member of", inverse: "Member" },
  volunteer: { label: "Volunteer with", inverse: "Volunteer" },
  leader: { label: "Leader of", inverse: "Leader" },
  student: { label: "Student at", inverse: "Student" },
  diplomat: { label: "Diplomat of", inverse: "Diplomat" },
  "mission-of": { label: "Diplomatic mission of", inverse: "Diplomatic mission" },
  "state-owned-by": { label: "Owned by the state of", inverse: "State-owned outlet" },
  "located-in": { label: "Located in", inverse: "Contains" },
  "part-of": { label: "Part of", inverse: "Has part" },
} as const;
export type RelationType = keyof typeof RELATIONS;
export const RELATION_TYPES = Object.keys(RELATIONS) as [RelationType, ...RelationType[]];

/**
 * Ids that content may not use, because the pages already use them: the sections of a record's page
 * and the forms of the anchors the site model makes (a claim or relation id is an anchor on its page),
 * and the prefix of the A–Z list's letter pages (a record id is part of an address).
 */
export const PAGE_SECTION_IDS = ["main", "names", "status", "accounts", "facts", "timeline", "relations", "mentions", "notes", "cite", "excerpts", "cited-by"] as const;
export const RESERVED_ANCHOR = /^(?:note-\d+|from-.*|q-[0-9a-f]+)$/;
export const RESERVED_RECORD_PREFIX = "letter-";
