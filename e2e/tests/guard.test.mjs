// 3. The guard in the browser: an access token in the error message is
// removed in one clear step (Send / Edit) that offers a debug id, never
// shown back, and Send files it with the token replaced by
// [REDACTED:access_token]; the reply form has the same step and an error
// summary — in English and Italian, at 1280 and 390 px.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  launch, newContext, checkA11y, assertNoHorizontalScroll, screenshotBoth, signUp, fillIncident,
  submitAndWait, detail, BASE_URL, DESKTOP, PHONE,
} from '../lib/harness.mjs';
import { translator } from '../lib/locale.mjs';

const JWT = 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U';
// Any recognisable piece of the token must be gone, not only the whole.
const PIECES = JWT.split('.');
const BROWSER_LOCALE = { en: 'en-US', it: 'it-IT' };

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

function assertNoToken(html, where) {
  for (const piece of PIECES) {
    assert.ok(!html.includes(piece), `${where} still contains a piece of the token: ${piece.slice(0, 12)}…`);
  }
}

async function inLanguage(lang, viewport) {
  const ctx = await newContext(browser, { locale: BROWSER_LOCALE[lang], viewport });
  await ctx.addCookies([{ name: 'sportello_lang', value: lang, url: BASE_URL }]);
  return ctx;
}

for (const lang of ['en', 'it']) {
  const t = translator(lang);
  const oneToken = t('redact.kind.access_token.one');
  for (const viewport of [DESKTOP, PHONE]) {
    const at = `${lang}, ${viewport.width}px`;

    test(`a token on the request form: one clear step with a debug id offered, never echoed, Send stores it redacted (${at})`, async () => {
      const context = await inLanguage(lang, viewport);
      const page = await context.newPage();
      try {
        await signUp(page);
        assert.equal(new URL(page.url()).pathname, `/hc/${lang}/requests/new`);
        const errorMessage = `HTTP 401 {"error":"invalid_token"}\nAuthorization: Bearer ${JWT}`;
        const v = await fillIncident(page, {
          subject: 'Accounts call answers 401 invalid_token',
          error_message: errorMessage,
        });

        const refused = await submitAndWait(page, page.getByRole('button', { name: t('request_new.submit') }));
        assert.equal(refused.status(), 422, 'the request with a token is refused');
        assert.equal(new URL(page.url()).pathname, `/hc/${lang}/requests/new`);

        // One clear step: what was removed from which field, Send or Edit.
        const review = page.locator('.refusal-review');
        await review.getByRole('heading', { name: t('redact.title') }).waitFor();
        assert.equal(await page.evaluate(() => document.activeElement?.id), 'refusal-review',
          'focus moves to the refusal step');
        const links = review.locator('ul a[href^="#"]');
        assert.equal(await links.count(), 1, 'one removal: the token in the error message');
        assert.equal(await links.first().getAttribute('href'), '#error_message');
        assert.equal((await links.first().textContent()).trim(),
          t('redact.removed', { what: oneToken, field: t('field.error_message') }));
        assert.ok((await review.innerText()).includes(t('redact.check')));
        // The field says what was removed, as a note rather than an error: the
        // text shown is already safe to send.
        assert.equal(await page.locator('#field-error_message.field-error').count(), 0);
        const note = await page.locator('#error_message-notice p').allTextContents();
        assert.equal(note[0].trim(), t('redact.removed_here', { what: oneToken }));
        assert.equal(await page.locator('.error-summary').count(), 0, 'nothing else is wrong');
        // Send is the one primary action; Edit leads back to the field.
        assert.equal(await review.locator('.button-primary').count(), 1);
        assert.equal((await review.locator('.button-primary').textContent()).trim(), t('redact.send'));
        const edit = review.getByRole('link', { name: t('redact.edit'), exact: true });
        assert.equal(await edit.getAttribute('href'), '#error_message');

        // The page never carries the token: not in the HTML, not in any input.
        assertNoToken(await page.content(), 'the refused page');
        const values = await page.$$eval('input, textarea, select', (els) => els.map((e) => e.value).join('\n'));
        assertNoToken(values, 'the form values');
        assert.ok((await page.inputValue('#error_message')).includes('[REDACTED:access_token]'),
          'the field comes back with the token redacted');
        // Everything else is kept as typed.
        assert.equal(await page.inputValue('#subject'), v.subject);
        assert.equal(await page.inputValue('#steps'), v.steps);

        await checkA11y(page, `request form, token refused (${at})`);
        await assertNoHorizontalScroll(page, `request form, token refused (${at})`);
        if (lang === 'en' && viewport === DESKTOP) await screenshotBoth(page, 'request-new-guard');

        // ...and the way out: a debug id instead of the token, in a new tab,
        // whose example names this server.
        assert.ok((await review.innerText()).includes(t('request_new.token_refused_debug_id')));
        const offer = review.getByRole('link', { name: t('request_new.get_debug_id') });
        assert.equal(await offer.getAttribute('target'), '_blank');
        const [debugPage] = await Promise.all([context.waitForEvent('page'), offer.click()]);
        await debugPage.waitForLoadState();
        assert.equal(new URL(debugPage.url()).pathname, `/hc/${lang}/debug-ids`);
        assert.equal(await debugPage.getAttribute('html', 'lang'), lang);
        await debugPage.getByRole('heading', { level: 1, name: t('debug.title') }).waitFor();
        const curl = (await debugPage.locator('#curl-example').textContent());
        assert.ok(curl.includes(`${BASE_URL}/api/v1/debug-ids`), `the example names this server: ${curl}`);
        assert.ok(!/YOUR-SPORTELLO/i.test(curl));
        await checkA11y(debugPage, `debug ids from the refusal (${at})`);
        await assertNoHorizontalScroll(debugPage, `debug ids (${at})`);
        await debugPage.close();

        const send = review.getByRole('button', { name: t('redact.send'), exact: true });
        assert.equal(await send.count(), 1);
        const created = await submitAndWait(page, send);
        assert.equal(created.status(), 200);
        const path = new URL(page.url()).pathname;
        assert.match(path, new RegExp(`^/hc/${lang}/requests/\\d+$`), `landed on ${path}`);
        await page.getByRole('heading', { name: t('request.filed_heading') }).waitFor();
        await page.getByRole('heading', { level: 1, name: v.subject }).waitFor();

        const stored = (await detail(page, t('field.error_message')).textContent()).trim();
        assert.ok(stored.includes('[REDACTED:access_token]'), `stored error message: ${stored}`);
        assert.ok(stored.startsWith('HTTP 401 {"error":"invalid_token"}'), `the rest is kept: ${stored}`);
        assertNoToken(await page.content(), 'the request page');
      } finally {
        await context.close();
      }
    });

    test(`a reply: an error summary when empty, the same refusal step with a token (${at})`, async () => {
      const context = await inLanguage(lang, viewport);
      const page = await context.newPage();
      try {
        await signUp(page, { name: 'Giulia Prova' });
        await fillIncident(page, { subject: `Reply with a token ${lang}` });
        await submitAndWait(page, page.getByRole('button', { name: t('request_new.submit') }));
        const path = new URL(page.url()).pathname;
        assert.match(path, new RegExp(`^/hc/${lang}/requests/\\d+$`));
        const reply = page.locator('form#reply');
        const sendReply = reply.getByRole('button', { name: t('request.send_reply') });

        // An empty reply: the error summary, focused, leading to the box.
        const empty = await submitAndWait(page, sendReply);
        assert.equal(empty.status(), 422);
        const summary = page.locator('.error-summary');
        await summary.getByRole('heading', { name: t('form.problem') }).waitFor();
        assert.equal(await page.evaluate(() => document.activeElement?.id), 'error-summary');
        const toBody = summary.getByRole('link', { name: t('error.body.required') });
        assert.equal(await toBody.getAttribute('href'), '#body');
        assert.equal(await page.getAttribute('#body', 'aria-invalid'), 'true');
        await checkA11y(page, `reply refused, empty (${at})`);
        await assertNoHorizontalScroll(page, `reply refused, empty (${at})`);
        await toBody.click();
        assert.equal(await page.evaluate(() => document.activeElement?.id), 'body');

        await page.getByLabel(t('request.reply'), { exact: true }).fill(`Here it is: Bearer ${JWT}`);
        const refused = await submitAndWait(page, sendReply);
        assert.equal(refused.status(), 422);
        const review = page.locator('.refusal-review');
        await review.getByRole('heading', { name: t('redact.title') }).waitFor();
        assert.equal(await page.evaluate(() => document.activeElement?.id), 'refusal-review');
        assert.equal((await review.locator('ul a').first().textContent()).trim(),
          t('redact.removed', { what: oneToken, field: t('request.reply') }));
        assert.equal(await review.getByRole('link', { name: t('request_new.get_debug_id') }).getAttribute('href'),
          `/hc/${lang}/debug-ids`);
        assert.equal(await page.locator('.error-summary').count(), 0, 'the empty-reply error is gone');
        assertNoToken(await page.content(), 'the refused reply');
        // The reply form's own button stays the one primary button of the form.
        assert.equal(await page.locator('form#reply .button-primary').count(), 1);
        assert.equal(await page.locator('form#reply button[name="redact"]').count(), 0);
        await checkA11y(page, `reply refused, token (${at})`);
        await assertNoHorizontalScroll(page, `reply refused, token (${at})`);
        if (lang === 'it' && viewport === PHONE) await screenshotBoth(page, 'reply-refused-it');
        await submitAndWait(page, review.getByRole('button', { name: t('redact.send'), exact: true }));
        await page.locator('article.comment', { hasText: '[REDACTED:access_token]' }).waitFor();
        assertNoToken(await page.content(), 'the request page after the reply');
      } finally {
        await context.close();
      }
    });
  }
}
