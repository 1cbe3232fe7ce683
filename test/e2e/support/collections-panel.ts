/** A page object for the collections drawer: what a person does with collections, not selectors. */
import type { Locator } from 'playwright-core';
import type { RoundtripPage } from './roundtrip-page';

export class CollectionsPanel {
  constructor(readonly app: RoundtripPage) {}

  get drawer(): Locator {
    return this.app.byTestId('collections-drawer');
  }

  async open(): Promise<void> {
    if (!(await this.drawer.isVisible())) await this.app.byTestId('collections-toggle').click();
    await this.drawer.waitFor();
  }

  async close(): Promise<void> {
    await this.drawer.getByRole('button', { name: 'Close collections' }).click();
    await this.drawer.waitFor({ state: 'detached' });
  }

  async newCollection(name: string): Promise<void> {
    await this.app.byTestId('collection-new-name').fill(name);
    await this.drawer.getByRole('button', { name: 'New collection', exact: true }).click();
    await this.folder(name).waitFor();
  }

  /** A folder row (collections are shown as the top folder). */
  folder(name: string): Locator {
    return this.drawer.locator(`[data-testid="collection-folder"][data-name="${name}"]`);
  }

  request(name: string): Locator {
    return this.drawer.locator(`[data-testid="collection-request"][data-name="${name}"]`);
  }

  async newFolder(parent: string, name: string): Promise<void> {
    await this.drawer.getByRole('button', { name: `New folder in ${parent}` }).click();
    await this.app.byTestId('collection-folder-input').fill(name);
    await this.app.byTestId('collection-folder-input').press('Enter');
    await this.folder(name).waitFor();
  }

  /** Saves the request open in the editor under `name` into `target` (the label shown in the list). */
  async saveCurrent(name: string, target: string): Promise<void> {
    await this.app.byTestId('collection-save-name').fill(name);
    await this.app.byTestId('collection-save-target').selectOption({ label: target });
    await this.app.byTestId('collection-save').click();
    await this.request(name).waitFor();
  }

  async rename(from: string, to: string): Promise<void> {
    await this.drawer.getByRole('button', { name: `Rename ${from}`, exact: true }).click();
    await this.app.byTestId('collection-rename-input').fill(to);
    await this.app.byTestId('collection-rename-input').press('Enter');
    await this.request(to).waitFor();
  }

  async duplicate(name: string): Promise<void> {
    await this.drawer.getByRole('button', { name: `Duplicate ${name}`, exact: true }).click();
    await this.request(`${name} copy`).waitFor();
  }

  /** Drags the request onto the folder (HTML drag and drop). */
  async dragInto(request: string, folder: string): Promise<void> {
    await this.request(request).dragTo(this.folder(folder));
  }

  async remove(name: string): Promise<void> {
    await this.drawer.getByRole('button', { name: `Delete ${name}`, exact: true }).click();
    await this.app.byTestId('collections-undo').waitFor();
    await this.drawer.locator(`[data-name="${name}"]`).waitFor({ state: 'detached' });
  }

  async undo(): Promise<void> {
    await this.app.byTestId('collections-undo').getByRole('button', { name: 'Undo' }).click();
  }

  /** The names of the requests shown, in order. */
  async requestNames(): Promise<string[]> {
    return this.drawer.locator('[data-testid="collection-request"]').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-name') ?? ''));
  }
}
