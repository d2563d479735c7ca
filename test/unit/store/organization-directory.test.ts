import { describe, expect, it } from 'vitest';
import type { ObservationDelta, Organization } from '../../../src/model';
import { deleteEvidence, listOrganizations, OrganizationDirectory, recordDeltas } from '../../../src/store';
import { openFresh } from '../helpers';

const org = (key: string, name: string): Organization => ({ key, name, source: 'ghostery-trackerdb' });
const meta = org('facebook', 'Meta');
const google = org('google', 'Google');
const criteo = org('criteo', 'Criteo');

function request(retailer: string, orgKey: string): ObservationDelta {
  return {
    retailer,
    kind: 'third-party-request',
    party: 'third',
    subject: `${orgKey}.example`,
    at: 10,
    tracker: { orgKey, patternKey: orgKey, category: 'advertising' },
  };
}

/** Records a batch the way the background does: write, then tell the directory. */
async function record(
  db: Awaited<ReturnType<typeof openFresh>>,
  directory: OrganizationDirectory,
  delta: ObservationDelta,
  organizations: Organization[],
) {
  await recordDeltas(db, [delta], organizations);
  directory.added(organizations);
}

const names = async (directory: OrganizationDirectory) =>
  [...(await directory.all()).values()].map((entry) => entry.name).sort();

describe('OrganizationDirectory', () => {
  it('reads the stored organisations once, then learns of new ones from the writer', async () => {
    const db = await openFresh();
    await recordDeltas(db, [request('a.example', 'facebook')], [meta]);
    const directory = new OrganizationDirectory(Promise.resolve(db));
    expect(await names(directory)).toEqual(['Meta']);

    await record(db, directory, request('a.example', 'google'), [google]);
    expect(await names(directory)).toEqual(['Google', 'Meta']);

    // Not read again: a record that reached the store some other way is not seen until forget().
    await recordDeltas(db, [request('b.example', 'criteo')], [criteo]);
    expect(await names(directory)).toEqual(['Google', 'Meta']);
    directory.forget();
    expect(await names(directory)).toEqual(['Criteo', 'Google', 'Meta']);
  });

  it('keeps a record written while its first read was under way', async () => {
    const db = await openFresh();
    const directory = new OrganizationDirectory(Promise.resolve(db));
    void directory.all();
    // Let the directory's read begin; a read begun at the same moment does not see the write.
    await Promise.resolve();
    const concurrentRead = listOrganizations(db);
    await record(db, directory, request('a.example', 'facebook'), [meta]);
    expect(await concurrentRead).toEqual([]);
    expect(await names(directory)).toEqual(['Meta']);
  });

  it('after forget(), shows what a deletion left', async () => {
    const db = await openFresh();
    const directory = new OrganizationDirectory(Promise.resolve(db));
    await record(db, directory, request('a.example', 'facebook'), [meta]);
    await record(db, directory, request('a.example', 'google'), [google]);
    expect(await names(directory)).toEqual(['Google', 'Meta']);
    await deleteEvidence(db, { kind: 'organization', orgKey: 'google' });
    directory.forget();
    expect(await names(directory)).toEqual(['Meta']);
  });

  it('does not keep a failed read', async () => {
    const db = await openFresh();
    await recordDeltas(db, [request('a.example', 'facebook')], [meta]);
    let opened = 0;
    const database = {
      then: (...args: Parameters<Promise<typeof db>['then']>) =>
        (++opened === 1 ? Promise.reject(new Error('store closed')) : Promise.resolve(db)).then(...args),
    } as Promise<typeof db>;
    const directory = new OrganizationDirectory(database);
    await expect(directory.all()).rejects.toThrow('store closed');
    expect(await names(directory)).toEqual(['Meta']);
  });
});
