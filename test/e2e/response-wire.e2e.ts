import { beforeAll, describe, expect, it } from 'vitest';
import type { WireTarget } from '../support/wire-target';
import type { RoundtripPage } from './support/roundtrip-page';
import { useWireTargetApp } from './support/wire-target-app';

describe('the response panel on the wire', () => {
  const wire = useWireTargetApp();
  let target: WireTarget;
  let app: RoundtripPage;

  beforeAll(() => {
    ({ target, app } = wire());
  });

  it('lists each redirect hop and shows the timing waterfall', async () => {
    await app.selectOperation('GET', '/chain');
    await app.send();
    expect(await app.responseStatus()).toBe('200 OK');
    expect(await app.byTestId('redirect-hops').locator('li').count()).toBe(2);
    await app.page.getByRole('tab', { name: 'Timing' }).click();
    const waterfall = app.byTestId('timing-waterfall');
    await waterfall.waitFor();
    expect(await waterfall.locator('[data-phase="ttfb"]').count()).toBe(1);
    await app.page.screenshot({ path: '/tmp/roundtrip-timing.png' });
  });

  it('shows download progress and cancels a slow body', async () => {
    await app.selectOperation('GET', '/drip');
    const before = await app.currentExchangeSeq();
    await app.clickSend();
    await app.byTestId('download-progress').waitFor({ timeout: 10_000 });
    await app.page.screenshot({ path: '/tmp/roundtrip-progress.png' });
    await app.byTestId('cancel-request').click();
    await app.waitForExchangeAfter(before);
    expect(await app.responseError()).toContain('was cancelled');
  });

  it('refuses a self-signed certificate and allows it for one request, visibly', async () => {
    await app.selectOperation('GET', '/item');
    await app.setBaseUrl(target.tlsBase);
    await app.send();
    expect(await app.responseError()).toContain('not trusted');
    await app.sendAllowingInvalidCertificate();
    expect(await app.responseStatus()).toBe('200 OK');
    expect(await app.byTestId('insecure-tls').innerText()).toContain('Certificate not verified');
    await app.page.screenshot({ path: '/tmp/roundtrip-tls.png' });
    // The next ordinary send checks the certificate again.
    await app.send();
    expect(await app.responseError()).toContain('not trusted');
  });
});
