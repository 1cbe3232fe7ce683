import { beforeAll, describe, expect, it } from 'vitest';
import { startFastApi } from '../support/fastapi/fastapi-server';
import type { RoundtripPage } from './support/roundtrip-page';
import { useServedApp } from './support/served-app';

describe('an array of an enum in the query (FastAPI writes the items as a $ref)', () => {
  const served = useServedApp(() => startFastApi('validation_app'));
  let app: RoundtripPage;

  beforeAll(async () => {
    ({ app } = served());
  });

  const field = () => app.page.locator('.field').filter({ has: app.param('query:size') });

  it('flags a value outside the enum while it is typed, and sends it when asked: FastAPI refuses it too', async () => {
    await app.selectOperation('GET', '/catalog/sizes');
    await app.fillParam('query:size', 'small,huge');
    expect(await field().getByTestId('param-live-problem').innerText()).toBe('Each item must be one of small, medium, large, not "huge".');
    await field().screenshot({ path: '/tmp/array-enum-live.png' });
    // Marked, not held: sending a refused value is how a person tests the server's own check.
    await app.send();
    expect(await field().getByTestId('field-problem').innerText()).toContain('must be one of small, medium, large');
    expect(await app.responseStatus()).toBe('422 Unprocessable Entity');
    expect(await field().getByTestId('server-field-error').innerText()).toMatch(/^Server: value is not a valid enumeration member/);
  });

  it('clears the flag once every item is in the enum, and the server receives each value', async () => {
    await app.fillParam('query:size', 'small,large');
    expect(await field().getByTestId('param-live-problem').count()).toBe(0);
    expect(await app.page.locator('[data-testid="field-problem"][data-param-key="query:size"]').count()).toBe(0);
    await app.send();
    expect(await app.responseJson()).toEqual({ sizes: ['small', 'large'] });
  });
});
