import { describe, expect, it } from 'vitest';
import { answerOwner } from '../../../../shared/response/answer-owner';

const routes = [
  { method: 'GET', path: '/old-books' },
  { method: 'GET', path: '/books' },
  { method: 'GET', path: '/books/{book_id}' },
  { method: 'GET', path: '/books/new' },
];
const own = { method: 'GET', path: '/old-books' };
const hop = (url: string, location: string, status = 307) => ({ method: 'GET', url, status, location });

describe('answer-owner', () => {
  it('leaves an answer without redirects to its own operation', () => {
    expect(answerOwner(own, routes, { url: 'http://h/old-books', method: 'GET' })).toEqual({ kind: 'own' });
  });

  it('gives the final answer of a followed redirect to the target operation', () => {
    const owner = answerOwner(own, routes, { url: 'http://h/books', method: 'GET', redirects: [hop('http://h/old-books', '/books')] });
    expect(owner).toMatchObject({ kind: 'target', target: { path: '/books' }, leaving: { status: 307 } });
  });

  it('matches the target under the base path the request was sent to, literal segments first', () => {
    const owner = answerOwner({ method: 'GET', path: '/old-books' }, routes, { url: 'http://h/api/v1/books/new', method: 'GET', redirects: [hop('http://h/api/v1/old-books', '/api/v1/books/new')] });
    expect(owner).toMatchObject({ kind: 'target', target: { path: '/books/new' } });
  });

  it('judges by no operation when the target is another origin or no path matches', () => {
    expect(answerOwner(own, routes, { url: 'http://other/books', method: 'GET', redirects: [hop('http://h/old-books', 'http://other/books')] }).kind).toBe('elsewhere');
    expect(answerOwner(own, routes, { url: 'http://h/nowhere', method: 'GET', redirects: [hop('http://h/old-books', '/nowhere')] }).kind).toBe('elsewhere');
  });

  it('needs the method of the last hop to match (a 303 turns POST into GET)', () => {
    const owner = answerOwner({ method: 'POST', path: '/orders' }, [{ method: 'POST', path: '/orders' }, { method: 'GET', path: '/orders/{id}' }], { url: 'http://h/orders/7', method: 'GET', redirects: [{ method: 'POST', url: 'http://h/orders', status: 303, location: '/orders/7' }] });
    expect(owner).toMatchObject({ kind: 'target', target: { method: 'GET', path: '/orders/{id}' } });
  });

  it('treats a redirect that stays on the operation as transport', () => {
    expect(answerOwner({ method: 'GET', path: '/books/{book_id}' }, routes, { url: 'https://h/books/2', method: 'GET', redirects: [hop('https://h/books/2?x=1', '/books/2')] })).toEqual({ kind: 'own' });
  });
});
