// 5. Both languages render in their own language, and the switcher works.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, newContext, checkA11y, screenshotBoth, visit } from '../lib/harness.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const TEXT = {
  en: { heading: 'How can we help?', submit: 'Submit a request', signin: 'Sign in', other: 'Italiano', otherCode: 'it' },
  it: { heading: 'Come possiamo aiutarti?', submit: 'Invia una richiesta', signin: 'Accedi', other: 'English', otherCode: 'en' },
};

async function assertLanguage(page, code) {
  const t = TEXT[code];
  assert.equal(await page.getAttribute('html', 'lang'), code);
  assert.equal((await page.getByRole('heading', { level: 1 }).textContent()).trim(), t.heading);
  const nav = page.locator('.site-header');
  assert.equal(await nav.getByRole('link', { name: t.submit }).getAttribute('href'), `/hc/${code}/requests/new`);
  assert.equal(await nav.getByRole('link', { name: t.signin, exact: true }).count(), 1);
  // The words of the other language do not leak in.
  const other = TEXT[t.otherCode];
  const body = await page.locator('body').innerText();
  assert.ok(!body.includes(other.heading), `the ${code} page shows "${other.heading}"`);
  assert.ok(!body.includes(other.submit), `the ${code} page shows "${other.submit}"`);
}

test('/hc/en/ and /hc/it/ render in their language', async () => {
  const context = await newContext(browser);
  const page = await context.newPage();
  try {
    await visit(page, '/hc/it/');
    await assertLanguage(page, 'it');
    await checkA11y(page, 'home (it)');
    await screenshotBoth(page, 'home-it');

    await visit(page, '/hc/en/');
    await assertLanguage(page, 'en');
  } finally {
    await context.close();
  }
});

test('the language switcher leads to the same page in the other language', async () => {
  const context = await newContext(browser);
  const page = await context.newPage();
  try {
    await visit(page, '/hc/en/');
    const toItalian = page.locator('.site-header').getByRole('link', { name: 'Italiano' });
    assert.equal(await toItalian.getAttribute('hreflang'), 'it');
    await Promise.all([page.waitForURL('**/hc/it/'), toItalian.click()]);
    await assertLanguage(page, 'it');

    const toEnglish = page.locator('.site-header').getByRole('link', { name: 'English' });
    await Promise.all([page.waitForURL('**/hc/en/'), toEnglish.click()]);
    await assertLanguage(page, 'en');

    // Outside /hc the switcher sets the language and comes back to the page.
    await visit(page, '/signin');
    assert.equal(await page.getAttribute('html', 'lang'), 'en');
    await checkA11y(page, 'signin');
    await screenshotBoth(page, 'signin');
    await Promise.all([
      page.waitForURL((url) => url.pathname === '/signin'),
      page.locator('.site-header').getByRole('link', { name: 'Italiano' }).click(),
    ]);
    assert.equal(await page.getAttribute('html', 'lang'), 'it');
    assert.equal((await page.getByRole('heading', { level: 1 }).textContent()).trim(), 'Accedi');
    await checkA11y(page, 'signin (it)');
  } finally {
    await context.close();
  }
});
