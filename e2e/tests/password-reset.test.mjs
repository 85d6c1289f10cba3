// "Forgot your password?": from the help center in its language (sign-in
// in that language whatever the browser's), the same answer for any
// address, a mailed single-use link, the sign-up password rules, every
// other session ended — in English and Italian, at 1280 and 390 px.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  launch, newContext, checkA11y, assertNoHorizontalScroll, screenshotBoth, signUp, submitAndWait, visit,
  DESKTOP, PHONE, unique,
} from '../lib/harness.mjs';
import { waitForMail } from '../lib/mail.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const T = {
  it: {
    signin: 'Accedi', forgot: 'Hai dimenticato la password?', send: 'Mandami il link',
    sent: /Se un account usa questo indirizzo/, save: 'Salva la nuova password',
    done: 'La password è cambiata', dead: 'Questo link non funziona più', problem: /problema/i,
  },
  en: {
    signin: 'Sign in', forgot: 'Forgot your password?', send: 'Send me a link',
    sent: /If an account uses this address/, save: 'Save the new password',
    done: 'Your password is changed', dead: 'This link no longer works', problem: /problem/i,
  },
};

async function journey(lang, viewport) {
  const t = T[lang];
  // An account, signed in on another device.
  const other = await newContext(browser, { viewport });
  const otherPage = await other.newPage();
  const account = await signUp(otherPage, { name: `Reset ${lang}` });
  await visit(otherPage, '/profile');

  // A browser set to the other language: the help center's language wins.
  const context = await newContext(browser, { viewport, locale: lang === 'it' ? 'en-US' : 'it-IT' });
  const page = await context.newPage();
  const at = `${lang}, ${viewport.width}px`;
  try {
    // From the help center in its language, whatever the browser's.
    await visit(page, `/hc/${lang}/`);
    await Promise.all([
      page.waitForURL((u) => u.pathname === '/signin'),
      page.locator('.site-header').getByRole('link', { name: t.signin, exact: true }).click(),
    ]);
    assert.equal(await page.getAttribute('html', 'lang'), lang, 'sign-in speaks the help center\'s language');
    await Promise.all([
      page.waitForURL((u) => u.pathname === '/password-reset'),
      page.getByRole('link', { name: t.forgot }).click(),
    ]);
    assert.equal(await page.getAttribute('html', 'lang'), lang);
    await checkA11y(page, `password reset form (${at})`);
    await assertNoHorizontalScroll(page, `password reset form (${at})`);

    // An unknown address gets exactly the same answer as a known one.
    await page.fill('#email', `nobody-${unique()}@e2e.example`);
    await submitAndWait(page, page.getByRole('button', { name: t.send }));
    const unknownAnswer = (await page.locator('main').innerText()).trim();
    assert.match(unknownAnswer, t.sent);
    await visit(page, `/password-reset?lang=${lang}`);
    await page.fill('#email', account.email);
    await submitAndWait(page, page.getByRole('button', { name: t.send }));
    assert.equal((await page.locator('main').innerText()).trim(), unknownAnswer);
    await checkA11y(page, `password reset sent (${at})`);
    await assertNoHorizontalScroll(page, `password reset sent (${at})`);

    // The mailed link.
    const [link] = await waitForMail(account.email, /https?:\/\/[^\s"<>]+\/password-reset\/[A-Za-z0-9_-]{40,}\?lang=[a-z]{2}/);
    const url = new URL(link);
    await visit(page, url.pathname + url.search);
    assert.equal(await page.getAttribute('html', 'lang'), lang);

    // The sign-up rules: a common password is refused with an error summary.
    await page.fill('#password', 'password1234');
    const weak = await submitAndWait(page, page.getByRole('button', { name: t.save }));
    assert.equal(weak.status(), 422);
    const summary = page.locator('.error-summary');
    await summary.waitFor();
    assert.match(await summary.innerText(), t.problem);
    await checkA11y(page, `new password refused (${at})`);
    await assertNoHorizontalScroll(page, `new password refused (${at})`);
    if (viewport === DESKTOP) await screenshotBoth(page, `password-reset-${lang}`);

    const fresh = 'quiet lantern river maple';
    await page.fill('#password', fresh);
    await submitAndWait(page, page.getByRole('button', { name: t.save }));
    await page.getByRole('heading', { name: t.done }).waitFor();
    await checkA11y(page, `password changed (${at})`);

    // The other device is signed out.
    const res = await otherPage.goto('/profile');
    assert.equal(new URL(otherPage.url()).pathname, '/signin', `profile answered ${res?.status()} at ${otherPage.url()}`);

    // The link works once.
    const again = await page.goto(url.pathname + url.search);
    assert.equal(again.status(), 410);
    await page.getByRole('heading', { name: t.dead }).waitFor();
    assert.equal(await page.getAttribute('html', 'lang'), lang);
    await checkA11y(page, `used link (${at})`);

    // The new password signs in.
    await visit(page, `/signin?lang=${lang}`);
    await page.fill('#email', account.email);
    await page.fill('#password', fresh);
    await Promise.all([
      page.waitForURL((u) => u.pathname !== '/signin'),
      page.locator('form[action^="/signin"] button[type="submit"]').click(),
    ]);
  } finally {
    await context.close();
    await other.close();
  }
}

for (const lang of ['en', 'it']) {
  for (const viewport of [DESKTOP, PHONE]) {
    test(`password reset from the help center (${lang}, ${viewport.width}px)`, async () => {
      await journey(lang, viewport);
    });
  }
}
