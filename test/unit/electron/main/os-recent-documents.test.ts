import { describe, expect, it, vi } from 'vitest';

const added: string[] = [];
vi.mock('electron', () => ({ app: { addRecentDocument: (file: string) => added.push(file) } }));
const { osRecentDocuments } = await import('../../../../electron/main/os-recent-documents');

const file = (location: string) => ({ kind: 'file' as const, location, title: 'T', openedAt: '2026-01-01T00:00:00.000Z' });

describe('os-recent-documents', () => {
  it('hands each newly opened file to the system once, and never an address', () => {
    const sync = osRecentDocuments();
    sync([]);
    sync([file('/specs/a.yaml')]);
    // The menu is rebuilt for other reasons too (a collections folder): the same newest file is not added again.
    sync([file('/specs/a.yaml')]);
    sync([{ kind: 'url', location: 'https://example.com/openapi.json', title: 'U', openedAt: '2026-01-01T00:00:00.000Z' }, file('/specs/a.yaml')]);
    sync([file('/specs/b.json'), file('/specs/a.yaml')]);
    expect(added).toEqual(['/specs/a.yaml', '/specs/b.json']);
  });
});
