/**
 * Typed helpers that content files use to write records, so that an author's editor completes every
 * field and shows its documentation. They only tag the record with its kind: all checking happens once,
 * for every file together, when the archive is loaded (see `model/validate.ts`).
 *
 * @example
 * // content/people/bikamal-kaken.ts
 * import { person } from "../../engine/define.ts";
 * export default person({ id: "bikamal-kaken", name: "Bikamal Kaken", ... });
 */
import type { OrganizationInput, PersonInput, PlaceInput, SourceInput } from "./model/schema.ts";

type Authored<T> = Omit<T, "kind">;

/** A person. The file name (without `.ts`) must equal `id`. */
export const person = (record: Authored<PersonInput>): PersonInput => ({ kind: "person", ...record });
/** A place: a country, region, city or town. Use a `located-in` relation to place it inside another. */
export const place = (record: Authored<PlaceInput>): PlaceInput => ({ kind: "place", ...record });
/** An organization: a group, company, government body, embassy or news outlet. */
export const organization = (record: Authored<OrganizationInput>): OrganizationInput => ({ kind: "organization", ...record });
/** A source: a document whose text is kept in `seeds/` and whose quotes support claims. */
export const source = (record: Authored<SourceInput>): SourceInput => ({ kind: "source", ...record });
