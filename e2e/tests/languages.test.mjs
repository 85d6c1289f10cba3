// 5. Both languages render in their own language, and the switcher works;
// sign-in and sign-up opened from the help center speak its language, at
// 1280 and 390 px.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  launch, newContext, checkA11y, assertNoHorizontalScroll, screenshotBoth, visit, submitAndWait, unique, DESKTOP, PHONE,
} from '../lib/harness.mjs';
import { translator } from '../lib/locale.mjs';

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

for (const lang of ['en', 'it']) {
  const t = translator(lang);
  for (const viewport of [DESKTOP, PHONE]) {
    const at = `${lang}, ${viewport.width}px`;
    test(`sign-in and sign-up from the help center speak its language (${at})`, async () => {
      // A browser set to the other language: the help center's language wins.
      const context = await newContext(browser, { viewport, locale: lang === 'it' ? 'en-US' : 'it-IT' });
      const page = await context.newPage();
      try {
        await visit(page, `/hc/${lang}/`);
        await assertLanguage(page, lang);
        await checkA11y(page, `home (${at})`);
        await assertNoHorizontalScroll(page, `home (${at})`);
        await Promise.all([
          page.waitForURL((u) => u.pathname === '/signin'),
          page.locator('.site-header').getByRole('link', { name: t('nav.signin'), exact: true }).click(),
        ]);
        assert.equal(await page.getAttribute('html', 'lang'), lang, 'sign-in speaks the help center\'s language');
        await page.getByRole('heading', { level: 1, name: t('signin.title') }).waitFor();
        await checkA11y(page, `sign-in (${at})`);
        await assertNoHorizontalScroll(page, `sign-in (${at})`);

        // A wrong password: the error summary, in the same language.
        await page.getByLabel(t('account.email'), { exact: true }).fill(`nobody-${unique()}@e2e.example`);
        await page.getByLabel(t('account.password'), { exact: true }).fill('not the password at all');
        await submitAndWait(page, page.getByRole('main').getByRole('button', { name: t('signin.submit'), exact: true }));
        const failed = page.locator('.error-summary');
        await failed.getByRole('link', { name: t('signin.failed') }).waitFor();
        assert.equal(await page.getAttribute('html', 'lang'), lang);
        await checkA11y(page, `sign-in refused (${at})`);
        await assertNoHorizontalScroll(page, `sign-in refused (${at})`);

        // On to sign-up, still in that language.
        assert.ok((await page.getByRole('main').innerText()).includes(t('signin.no_account')));
        await Promise.all([
          page.waitForURL((u) => u.pathname === '/signup'),
          page.getByRole('main').getByRole('link', { name: t('signup.title'), exact: true }).click(),
        ]);
        assert.equal(await page.getAttribute('html', 'lang'), lang);
        await page.getByRole('heading', { level: 1, name: t('signup.title') }).waitFor();
        assert.ok((await page.getByRole('main').innerText()).includes(t('signup.password_hint')));
        await checkA11y(page, `sign-up (${at})`);
        await assertNoHorizontalScroll(page, `sign-up (${at})`);

        const email = `lang-${unique()}@e2e.example`;
        await page.getByLabel(t('account.name'), { exact: true }).fill(`Lingua ${lang}`);
        await page.getByLabel(t('account.email'), { exact: true }).fill(email);
        await page.getByLabel(t('account.password'), { exact: true }).fill('password1234');
        const refused = await submitAndWait(page, page.getByRole('button', { name: t('signup.submit'), exact: true }));
        assert.equal(refused.status(), 422);
        const weak = page.locator('.error-summary');
        await weak.getByRole('heading', { name: t('form.problem') }).waitFor();
        await weak.getByRole('link', { name: t('signup.error.password_common') }).waitFor();
        assert.equal(await page.getAttribute('html', 'lang'), lang);
        await checkA11y(page, `sign-up refused (${at})`);
        await assertNoHorizontalScroll(page, `sign-up refused (${at})`);

        await page.getByLabel(t('account.password'), { exact: true }).fill('quiet lantern river maple');
        await Promise.all([
          page.waitForURL((u) => u.pathname === `/hc/${lang}/requests/new`),
          page.getByRole('button', { name: t('signup.submit'), exact: true }).click(),
        ]);
        assert.equal(await page.getAttribute('html', 'lang'), lang);
        await page.getByRole('heading', { level: 1, name: t('request_new.title') }).waitFor();
      } finally {
        await context.close();
      }
    });
  }
}
