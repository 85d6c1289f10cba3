// 3. The guard in the browser: an access token in the error message is
// removed in one clear step (Send / Edit), never shown back, and Send files it with
// the token replaced by [REDACTED:access_token].
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  launch, newContext, checkA11y, screenshotBoth, signUp, fillIncident, submitAndWait, detail, PHONE,
} from '../lib/harness.mjs';

const JWT = 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U';
// Any recognisable piece of the token must be gone, not only the whole.
const PIECES = JWT.split('.');

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

function assertNoToken(html, where) {
  for (const piece of PIECES) {
    assert.ok(!html.includes(piece), `${where} still contains a piece of the token: ${piece.slice(0, 12)}…`);
  }
}

test('an access token is removed in one clear step, never echoed, and Send stores it redacted', async () => {
  const context = await newContext(browser);
  const page = await context.newPage();
  try {
    await signUp(page);
    const errorMessage = `HTTP 401 {"error":"invalid_token"}\nAuthorization: Bearer ${JWT}`;
    const v = await fillIncident(page, {
      subject: 'Accounts call answers 401 invalid_token',
      error_message: errorMessage,
    });

    const refused = await submitAndWait(page, page.getByRole('button', { name: 'Submit request' }));
    assert.equal(refused.status(), 422, 'the request with a token is refused');
    assert.match(new URL(page.url()).pathname, /^\/hc\/en\/requests\/new$/);

    // One clear step: what was removed from which field, Send or Edit.
    const review = page.locator('.refusal-review');
    await review.waitFor();
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'refusal-review',
      'focus moves to the refusal step');
    const links = review.locator('ul a[href^="#"]');
    assert.equal(await links.count(), 1, 'one removal: the token in the error message');
    assert.equal(await links.first().getAttribute('href'), '#error_message');
    assert.equal((await links.first().textContent()).trim(),
      'We removed 1 access token from “Error message”.');
    // ...and the way out: a debug id instead of the token, in a new tab.
    const offer = review.locator('a[href="/hc/en/debug-ids"]');
    assert.equal(await offer.count(), 1, 'the refusal offers a debug id');
    assert.equal(await offer.getAttribute('target'), '_blank');
    // The field says what was removed, as a note rather than an error: the
    // text shown is already safe to send.
    assert.equal(await page.locator('#field-error_message.field-error').count(), 0);
    const note = (await page.locator('#error_message-notice').textContent()).trim();
    assert.match(note, /removed 1 access token here/);
    assert.equal(await page.locator('.error-summary').count(), 0, 'nothing else is wrong');
    // Send is the one primary action; Edit leads back to the field.
    assert.equal(await review.locator('.button-primary').count(), 1);
    assert.equal((await review.locator('.button-primary').textContent()).trim(), 'Send');
    const edit = review.getByRole('link', { name: 'Edit' });
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

    await checkA11y(page, 'request form (guard refusal)');
    await screenshotBoth(page, 'request-new-guard');

    const send = review.getByRole('button', { name: 'Send', exact: true });
    assert.equal(await send.count(), 1);
    const created = await submitAndWait(page, send);
    assert.equal(created.status(), 200);
    const path = new URL(page.url()).pathname;
    assert.match(path, /^\/hc\/en\/requests\/\d+$/, `landed on ${path}`);
    await page.getByRole('heading', { level: 1, name: v.subject }).waitFor();

    const stored = (await detail(page, 'Error message').textContent()).trim();
    assert.ok(stored.includes('[REDACTED:access_token]'), `stored error message: ${stored}`);
    assert.ok(stored.startsWith('HTTP 401 {"error":"invalid_token"}'), `the rest is kept: ${stored}`);
    assertNoToken(await page.content(), 'the request page');
  } finally {
    await context.close();
  }
});

test('a reply with a token: the same step on the reply form, in Italian, at 390 px', async () => {
  const context = await newContext(browser, { locale: 'it-IT', viewport: PHONE });
  const page = await context.newPage();
  try {
    await signUp(page, { name: 'Giulia Prova' });
    await page.goto('/hc/it/requests/new');
    await fillIncident(page, { subject: 'Risposta con un token' });
    await submitAndWait(page, page.getByRole('button', { name: 'Invia la richiesta' }));
    assert.match(new URL(page.url()).pathname, /^\/hc\/it\/requests\/\d+$/);
    await page.fill('#body', `Ecco il token: Bearer ${JWT}`);
    const refused = await submitAndWait(page, page.locator('form#reply button[type="submit"]'));
    assert.equal(refused.status(), 422);
    const review = page.locator('.refusal-review');
    await review.waitFor();
    const text = (await review.locator('ul a').first().textContent()).trim();
    assert.match(text, /^Abbiamo tolto 1 access token dal campo «/);
    assertNoToken(await page.content(), 'the refused reply');
    // The reply form's own button stays the one primary button of the form.
    assert.equal(await page.locator('form#reply .button-primary').count(), 1);
    assert.equal(await page.locator('form#reply button[name="redact"]').count(), 0);
    await checkA11y(page, 'reply refused (it, 390px)');
    await screenshotBoth(page, 'reply-refused-it');
    await submitAndWait(page, review.getByRole('button', { name: 'Invia', exact: true }));
    await page.locator('article.comment', { hasText: '[REDACTED:access_token]' }).waitFor();
    assertNoToken(await page.content(), 'the request page after the reply');
  } finally {
    await context.close();
  }
});
