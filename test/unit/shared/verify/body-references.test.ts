import { describe, expect, it } from 'vitest';
import { bodyReferences, withReferencedIds } from '../../../../shared/verify/body-references';
import type { ApiModel } from '../../../../shared/model/api-model';

const model = { operations: [{ method: 'GET', path: '/books/{book_id}' }, { method: 'POST', path: '/loans' }], schemaDefs: {} } as unknown as ApiModel;

describe('body-references', () => {
  it('finds id fields that name a resource of the API', () => {
    const schema = { type: 'object', properties: { book_id: { type: 'integer' }, memberId: { type: 'string' }, member: { type: 'string' } } };
    expect(bodyReferences(schema, model)).toEqual([{ field: 'book_id', itemPath: '/books/{book_id}', numeric: true }]);
  });

  it('puts found ids into the fields the body holds, as numbers where the field is one', () => {
    const reference = { field: 'book_id', itemPath: '/books/{book_id}', numeric: true };
    expect(withReferencedIds({ book_id: 987, member: 'a' }, [{ reference, id: '2' }])).toEqual({ book_id: 2, member: 'a' });
    expect(withReferencedIds({ member: 'a' }, [{ reference, id: '2' }])).toEqual({ member: 'a' });
  });
});
