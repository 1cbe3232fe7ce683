/** The person's part of a device-code login: the verification page opened from the code's link, approved there. */
import type { Locator } from 'playwright-core';
import type { RoundtripPage } from './roundtrip-page';

/** Opens the verification link shown in `login` (a new tab, as another device would), approves, and waits for the token. */
export async function approveDeviceLogin(app: RoundtripPage, login: Locator): Promise<void> {
  const verification = app.page.context().waitForEvent('page');
  await login.getByTestId('oauth-device-uri').click();
  const tab = await verification;
  await tab.getByRole('button', { name: 'Approve' }).click();
  await tab.locator('#result').filter({ hasText: 'Device approved.' }).waitFor();
  await tab.close();
  await login.getByTestId('oauth-token-status').filter({ hasText: /Logged in: token expires in/ }).waitFor({ timeout: 20_000 });
}
