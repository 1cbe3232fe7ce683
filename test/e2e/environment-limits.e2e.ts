import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ENVIRONMENT_LIMITS } from '../../shared/environments/environment-limits';
import { EnvironmentBar } from './support/environment-bar';
import type { RoundtripPage } from './support/roundtrip-page';
import { useUiSession, type UiSession } from './support/ui-session';

type SavedList = { environments: { id: string; name: string; variables: { name: string; value: string; secret: boolean }[] }[] };

const TOO_LONG = 'x'.repeat(ENVIRONMENT_LIMITS.valueChars + 1);

function readSaved(session: UiSession): Promise<SavedList> {
  return readFile(path.join(session.host.dataDir, 'environments.json'), 'utf8')
    .then((text) => JSON.parse(text) as SavedList)
    .catch(() => ({ environments: [] }));
}

/** The saved value of variable `variable` of environment `environment`, as the file on disk holds it. */
async function savedValue(session: UiSession, environment: string, variable: string): Promise<string | undefined> {
  const list = await readSaved(session);
  return list.environments.find((e) => e.name === environment)?.variables.find((v) => v.name === variable)?.value;
}

async function openWorkspace(app: RoundtripPage): Promise<EnvironmentBar> {
  await app.openDemo();
  await app.selectOperation('POST', '/items');
  return new EnvironmentBar(app);
}

describe('an environment edited past the list’s limits', () => {
  const session = useUiSession();

  it('keeps the value out of the file, says so beside it, and goes on saving every other edit', async () => {
    const app = await session().openApp();
    const bar = await openWorkspace(app);
    await bar.create('Big', [{ name: 'blob', value: 'small' }]);
    await bar.create('Small', [{ name: 'baseUrl', value: 'http://one.test' }]);
    await expect.poll(() => savedValue(session(), 'Small', 'baseUrl'), { timeout: 10_000 }).toBe('http://one.test');

    await bar.choose('Big');
    await bar.value(0).fill(TOO_LONG);
    const problem = bar.valueProblem(0);
    await problem.waitFor();
    expect(await problem.innerText()).toBe(
      'Not saved: this value is 65,537 characters long, and a value holds at most 65,536 (64 KiB). Shorten it, or remove the variable; until then the file keeps the value it last saved, and your other changes are saved.',
    );
    expect(await bar.value(0).getAttribute('aria-invalid')).toBe('true');
    await app.page.screenshot({ path: '/tmp/environment-limits-value.png' });

    await bar.choose('Small');
    await bar.value(0).fill('http://two.test');
    await expect.poll(() => savedValue(session(), 'Small', 'baseUrl'), { timeout: 10_000 }).toBe('http://two.test');
    // What was saved of Big before stays saved.
    expect(await savedValue(session(), 'Big', 'blob')).toBe('small');
    // With another environment open, the message stays under the picker and says where.
    expect(await bar.notice().innerText()).toMatch(/Not saved: the value of “blob” in “Big” is 65,537 characters long/);
    await app.page.screenshot({ path: '/tmp/environment-limits-elsewhere.png' });

    await app.page.reload();
    const again = await openWorkspace(app);
    await again.choose('Small');
    expect(await again.value(0).inputValue()).toBe('http://two.test');
    await again.choose('Big');
    expect(await again.value(0).inputValue()).toBe('small');
  });

  it('stops adding variables and environments at their limits and says why beside the buttons', async () => {
    const app = await session().openApp();
    const bar = await openWorkspace(app);
    await bar.create('Full', []);
    const full = Array.from({ length: ENVIRONMENT_LIMITS.variablesPerEnvironment }, (_, i) => ({ name: `v${i}`, value: `${i}`, secret: false }));
    // Filling 500 rows by hand is slow: the file is written as a full list would be, then loaded.
    await expect.poll(async () => (await readSaved(session())).environments.some((e) => e.name === 'Full'), { timeout: 10_000 }).toBe(true);
    const list = await readSaved(session());
    const filler = Array.from({ length: ENVIRONMENT_LIMITS.environments - list.environments.length }, (_, i) => ({ id: `filler-${i}`, name: `Filler ${i}`, variables: [] }));
    const withFull = { version: 1, environments: [...list.environments.map((e) => (e.name === 'Full' ? { ...e, variables: full } : e)), ...filler] };
    await writeFile(path.join(session().host.dataDir, 'environments.json'), JSON.stringify(withFull));
    await app.page.reload();
    const again = await openWorkspace(app);
    await again.choose('Full');
    expect(await app.byTestId('env-add-variable').isDisabled()).toBe(true);
    expect(await app.byTestId('env-variables-full').innerText()).toMatch(/An environment holds at most 500 variables/);
    expect(await app.byTestId('env-new').isDisabled()).toBe(true);
    expect(await app.byTestId('env-list-full').innerText()).toBe('The list holds at most 200 environments: delete ones you no longer need to add another.');
    await app.byTestId('env-add-variable').scrollIntoViewIfNeeded();
    await app.page.screenshot({ path: '/tmp/environment-limits-full.png' });

    // The one-click fill of a missing {{variable}} stops at the same limits, and says why.
    await app.byTestId('tab-new').click();
    await app.byTestId('url-input').fill('{{missingBase}}/items');
    const missing = app.page.locator('[data-testid="missing-variable"][data-name="missingBase"]');
    await missing.getByTestId('missing-variable-value').fill('http://127.0.0.1:9');
    expect(await missing.getByTestId('missing-variable-set').isDisabled()).toBe(true);
    expect(await missing.getByTestId('missing-variable-refused').innerText()).toBe('Not set: “Full” already holds 500 variables, the most an environment can. Remove ones it no longer needs, or pick another environment.');
    await app.byTestId('env-select').selectOption({ label: 'No environment' });
    expect(await missing.getByTestId('missing-variable-set').isDisabled()).toBe(true);
    expect(await missing.getByTestId('missing-variable-refused').innerText()).toMatch(/^Not set: no environment is active, and the list already holds 200 environments/);
    await app.page.screenshot({ path: '/tmp/environment-limits-missing-variable.png' });
    // Another environment has room: the fill goes there.
    await app.byTestId('env-select').selectOption({ label: 'Filler 0' });
    await missing.getByTestId('missing-variable-set').click();
    await expect.poll(async () => (await readSaved(session())).environments.find((e) => e.name === 'Filler 0')?.variables, { timeout: 10_000 }).toEqual([{ name: 'missingBase', value: 'http://127.0.0.1:9', secret: false }]);
  });
});

describe('an environment list already past its limits on disk', () => {
  const session = useUiSession();

  it('names what to fix, writes nothing over the file until it is fixed, then saves every edit', async () => {
    const onDisk = {
      version: 1,
      environments: [
        { id: 'big', name: 'Big', variables: [{ name: 'blob', value: TOO_LONG, secret: false }] },
        { id: 'small', name: 'Small', variables: [{ name: 'baseUrl', value: 'http://one.test', secret: false }] },
      ],
    };
    await writeFile(path.join(session().host.dataDir, 'environments.json'), JSON.stringify(onDisk));
    const app = await session().openApp();
    const bar = await openWorkspace(app);
    await bar.notice().waitFor();
    expect(await bar.notice().innerText()).toBe(
      'Not saved: the value of “blob” in “Big” is 65,537 characters long, and a value holds at most 65,536 (64 KiB). Shorten it, or remove the variable; until then no change to your environments is saved, so that the file does not lose it.',
    );

    await bar.choose('Small');
    await bar.value(0).fill('http://two.test');
    await app.page.screenshot({ path: '/tmp/environment-limits-on-disk.png' });
    expect(await bar.notice().innerText()).toMatch(/no change to your environments is saved/);
    // The file keeps the long value rather than losing it to a save of the rest.
    expect(await savedValue(session(), 'Big', 'blob')).toBe(TOO_LONG);

    await bar.choose('Big');
    await bar.value(0).fill('short');
    await expect.poll(() => savedValue(session(), 'Big', 'blob'), { timeout: 10_000 }).toBe('short');
    expect(await savedValue(session(), 'Small', 'baseUrl')).toBe('http://two.test');
    await bar.notice().waitFor({ state: 'detached' });
  });
});

describe('an environment list whose save is refused', () => {
  const session = useUiSession();

  it('says so when a save is refused for another reason, and keeps the edit on screen', async () => {
    const app = await session().openApp();
    const bar = await openWorkspace(app);
    await bar.create('Refused', [{ name: 'baseUrl', value: 'http://one.test' }]);
    await expect.poll(() => savedValue(session(), 'Refused', 'baseUrl'), { timeout: 10_000 }).toBe('http://one.test');
    // A later Roundtrip rewrote the file meanwhile: this one must not write over it.
    const newer = JSON.stringify({ version: 99, environments: [] });
    await writeFile(path.join(session().host.dataDir, 'environments.json'), newer);
    await bar.value(0).fill('http://two.test');
    const error = app.byTestId('env-save-error');
    await error.waitFor();
    await app.page.screenshot({ path: '/tmp/environment-limits-refused.png' });
    expect(await error.innerText()).toMatch(/^Your changes to the environments were not saved: The environments file \(environments\.json\) is format version 99, newer than this Roundtrip understands.*Your changes stay on screen, and the next change tries again\.$/s);
    expect(await bar.value(0).inputValue()).toBe('http://two.test');
    expect(await readFile(path.join(session().host.dataDir, 'environments.json'), 'utf8')).toBe(newer);
  });
});
