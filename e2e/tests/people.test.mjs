// The administrators' people pages: an organization made with its client
// ids and changed, a user made in it, at both widths, with axe; an agent
// does not see the pages.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  launch, newContext, checkA11y, screenshotBoth, signIn, unique, ADMIN, AGENT, DESKTOP, PHONE,
} from '../lib/harness.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

for (const viewport of [DESKTOP, PHONE]) {
  test(`an administrator manages an organization and a user (${viewport.width}px)`, async () => {
    const ctx = await newContext(browser, { viewport });
    const page = await ctx.newPage();
    const slug = `org-${unique()}`.toLowerCase();
    try {
      await signIn(page, ADMIN, '/agent/people');
      await page.locator('h1').waitFor();
      await checkA11y(page, 'people');

      await page.fill('#o-name', 'Globex Payments');
      await page.fill('#o-slug', slug);
      await page.fill('#o-client-ids', 'globex-live\nglobex-sandbox');
      await Promise.all([page.waitForURL(`**/agent/people/orgs/${slug}`), page.click('text=Create organization')]);
      assert.equal(await page.inputValue('#o-client-ids'), 'globex-live\nglobex-sandbox');
      await checkA11y(page, 'organization');

      await page.fill('#o-client-ids', 'globex-live, globex-eu');
      await page.check('input[name="shared"]');
      await Promise.all([page.waitForURL('**?saved=1'), page.click('text=Save changes')]);
      await page.locator('.callout-success[role="status"]').waitFor();
      assert.equal(await page.inputValue('#o-client-ids'), 'globex-eu\nglobex-live');
      assert.ok(await page.isChecked('input[name="shared"]'));

      await page.goto(new URL('/agent/people', page.url()).href);
      const email = `dev-${unique()}@globex.example`.toLowerCase();
      await page.fill('#u-email', email);
      await page.selectOption('#u-org', slug);
      await Promise.all([page.waitForURL('**/agent/people/users/*'), page.click('text=Create user')]);
      assert.equal(await page.locator('h1').textContent(), email);
      assert.equal(await page.inputValue('#u-org'), slug);
      await checkA11y(page, 'user');
      await screenshotBoth(page, `people-user-${viewport.width}`);
    } finally {
      await ctx.close();
    }
  });
}

test('an agent does not see the people pages', async () => {
  const ctx = await newContext(browser);
  const page = await ctx.newPage();
  try {
    await signIn(page, AGENT, '/agent');
    assert.equal(await page.locator('header a[href="/agent/people"]').count(), 0);
    const res = await page.goto(new URL('/agent/people', page.url()).href);
    assert.equal(res.status(), 404);
  } finally {
    await ctx.close();
  }
});
