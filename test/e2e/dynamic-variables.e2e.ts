import { describe, expect, it } from 'vitest';
import { useUiSession } from './support/ui-session';

describe("Postman's dynamic variables in the app", () => {
  const session = useUiSession();

  it('fills {{$guid}}, {{$randomInt}} and {{$isoTimestamp}} in a body sent from the editor', async () => {
    const app = await session().openApp();
    await app.openDemo();
    await app.selectOperation('POST', '/items');
    await app.setBody('{"name": "{{$guid}}", "price": {{$randomInt}}, "note": "{{$isoTimestamp}}"}');
    await app.send();
    expect(await app.responseStatus()).toContain('201');
    const first = (await app.responseJson()) as { name: string; price: number; note: string };
    expect(first.name).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(first.price).toBeGreaterThanOrEqual(0);
    expect(first.price).toBeLessThanOrEqual(1000);
    expect(Math.abs(Date.parse(first.note) - Date.now())).toBeLessThan(60_000);
    await app.page.screenshot({ path: '/tmp/dynamic-variables.png' });
  });
});
