/**
 * The stored organisations, by key, kept in memory by the one writer of the store (the
 * background): read once, then kept current as the writer adds records, and read again after
 * a deletion or import. It lets the popup's view name a shop's companies without reading two
 * hundred records from the store each time the popup opens.
 */
import type { Organization } from '../model';
import type { GlassDatabase } from './open';
import { listOrganizations } from './queries';

export class OrganizationDirectory {
  readonly #database: Promise<GlassDatabase>;
  #current: Promise<Map<string, Organization>> | undefined;

  constructor(database: Promise<GlassDatabase>) {
    this.#database = database;
  }

  all(): Promise<ReadonlyMap<string, Organization>> {
    if (!this.#current) {
      const read = this.#database
        .then(listOrganizations)
        .then(
          (organizations) => new Map(organizations.map((organization) => [organization.key, organization])),
        );
      this.#current = read;
      // A failed read is not kept: the next caller reads again.
      read.catch(() => {
        if (this.#current === read) this.#current = undefined;
      });
    }
    return this.#current;
  }

  /**
   * These records were just written. A read that began before the write committed did not see
   * them, so they are added to whichever read is current.
   */
  added(organizations: readonly Organization[]): void {
    if (organizations.length === 0 || !this.#current) return;
    this.#current = this.#current.then((current) => {
      for (const organization of organizations) current.set(organization.key, organization);
      return current;
    });
  }

  /** Records may have been deleted or replaced (a deletion, an import): read them again when asked. */
  forget(): void {
    this.#current = undefined;
  }
}
