import { describe, expect, it } from 'vitest';
import { buildExportDocument, EXPORT_SCHEMA_VERSION, exportFileName } from '../../../src/export';
import { readExportSnapshot, recordDeltas } from '../../../src/store';
import { openFresh } from '../helpers';

describe('export document', () => {
  it('lists every retailer with its named companies, organisations and observations, with ISO dates', async () => {
    const db = await openFresh();
    const at = Date.UTC(2026, 10, 25, 9, 30);
    await recordDeltas(
      db,
      [
        {
          retailer: 'shop.example',
          kind: 'page-visit',
          party: 'first',
          subject: 'shop.example',
          at,
          evidence: { at, page: 'https://shop.example/' },
        },
        {
          retailer: 'shop.example',
          kind: 'third-party-request',
          party: 'third',
          subject: 'criteo.com',
          at,
          tracker: { orgKey: 'criteo', patternKey: 'criteo', category: 'advertising' },
          evidence: {
            at,
            page: 'https://shop.example/',
            resource: 'https://sslwidget.criteo.com/event',
            resourceType: 'image',
          },
        },
        {
          retailer: 'control.example',
          kind: 'page-visit',
          party: 'first',
          subject: 'control.example',
          at: at + 1,
        },
      ],
      [
        {
          key: 'criteo',
          name: 'Criteo',
          source: 'ghostery-trackerdb',
          privacyPolicyUrl: 'https://www.criteo.com/privacy/',
        },
      ],
    );
    const document = buildExportDocument({
      ...(await readExportSnapshot(db)),
      generator: { name: 'Glass Customer', version: '0.1.0', databaseVersion: 1 },
      exportedAt: at,
    });
    expect(document.schemaVersion).toBe(EXPORT_SCHEMA_VERSION);
    expect(document.format).toBe('glass-customer/export');
    expect(document.exportedAt).toBe('2026-11-25T09:30:00.000Z');
    expect(document.retailers.map((r) => r.retailer)).toEqual(['control.example', 'shop.example']);
    expect(document.retailers[0]?.companies).toEqual([]);
    expect(document.retailers[1]?.companies).toEqual([
      expect.objectContaining({
        organization: 'criteo',
        name: 'Criteo',
        category: 'advertising',
        requests: 1,
        domains: ['criteo.com'],
        firstSeen: '2026-11-25T09:30:00.000Z',
      }),
    ]);
    expect(document.organizations).toEqual([
      expect.objectContaining({ key: 'criteo', name: 'Criteo', privacyContact: null }),
    ]);
    expect(document.observations).toHaveLength(3);
    expect(document.observations.find((o) => o.subject === 'criteo.com')?.evidence[0]).toEqual({
      at: '2026-11-25T09:30:00.000Z',
      page: 'https://shop.example/',
      resource: 'https://sslwidget.criteo.com/event',
      resourceType: 'image',
    });
    expect(JSON.parse(JSON.stringify(document))).toEqual(document);
  });

  it('names files by date', () => {
    expect(exportFileName(Date.UTC(2026, 0, 2))).toBe('glass-customer-export-2026-01-02.json');
  });
});
