// 3. The guard in the browser: an access token in the error message is
// refused, never shown back, and "Redact and send" files the request with
// the token replaced by [REDACTED:access_token].
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  launch, newContext, checkA11y, screenshotBoth, signUp, fillIncident, submitAndWait, detail,
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

test('an access token is refused, never echoed, and "Redact and send" stores it redacted', async () => {
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

    // A message about access tokens (the guard words it), in the summary
    // linking to the field and beside the field.
    const aboutTokens = /access token/i;
    const summary = page.locator('.error-summary');
    await summary.waitFor();
    const links = summary.locator('a[href^="#"]');
    assert.equal(await links.count(), 1, 'one problem: the token in the error message');
    // ...and the way out: a debug id instead of the token, in a new tab.
    const offer = summary.locator('a[href="/hc/en/debug-ids"]');
    assert.equal(await offer.count(), 1, 'the refusal offers a debug id');
    assert.equal(await offer.getAttribute('target'), '_blank');
    assert.equal(await links.first().getAttribute('href'), '#error_message');
    const summaryText = (await links.first().textContent()).trim();
    assert.match(summaryText, aboutTokens);
    const inline = (await page.locator('#field-error_message .error-message').textContent()).trim();
    assert.equal(inline, summaryText);

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

    const redact = page.getByRole('button', { name: 'Redact and send' });
    assert.equal(await redact.count(), 1);
    const created = await submitAndWait(page, redact);
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
