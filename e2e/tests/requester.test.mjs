// 1. Requester journey and 2. conditional fields, with axe on every page.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  launch, newContext, checkA11y, screenshotBoth, visit, signUp, fillIncident,
  submitAndWait, detail,
} from '../lib/harness.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

test('a new requester signs up, files a complete Data API incident and sees it', async () => {
  const context = await newContext(browser);
  const page = await context.newPage();
  try {
    await visit(page, '/hc/en/');
    await checkA11y(page, 'home');
    await screenshotBoth(page, 'home');

    await visit(page, '/signup');
    await checkA11y(page, 'signup');
    await screenshotBoth(page, 'signup');

    const me = await signUp(page, { name: 'Ada Lovelace' });
    assert.match(new URL(page.url()).pathname, /^\/hc\/en\/requests\/new$/);
    await page.getByRole('heading', { level: 1, name: 'Submit a request' }).waitFor();
    // The header now knows who is signed in.
    assert.equal((await page.locator('.user-name').textContent()).trim(), me.name);

    // Device and browser are pre-filled from the User-Agent.
    const ua = await page.evaluate(() => navigator.userAgent);
    const chromeMajor = ua.match(/Chrome\/(\d+)/)[1];
    assert.equal(await page.inputValue('#device'), 'Linux');
    assert.equal(await page.inputValue('#browser'), `Chrome ${chromeMajor}`);

    // Conditional fields are hidden until their condition holds.
    assert.equal(await page.locator('#field-simp_id').isHidden(), true);
    assert.equal(await page.locator('#field-task_id').isHidden(), true);

    await checkA11y(page, 'request form (empty)');
    await screenshotBoth(page, 'request-new');

    const v = await fillIncident(page);
    // A file chosen on the form arrives with the request (the form posts
    // multipart; a urlencoded post dropped it without a word).
    await page.setInputFiles('#files', {
      name: 'gateway-trace.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from('09:41:07 GET /v1/accounts -> 502 upstream_unavailable\n'),
    });
    const response = await submitAndWait(page, page.getByRole('button', { name: 'Submit request' }));
    assert.equal(response.status(), 200);
    const path = new URL(page.url()).pathname;
    assert.match(path, /^\/hc\/en\/requests\/\d+$/, `landed on ${path}`);

    await page.getByRole('heading', { level: 1, name: v.subject }).waitFor();
    assert.equal((await detail(page, 'Product').textContent()).trim(), 'Data API');
    assert.equal((await detail(page, 'Client id').textContent()).trim(), v.client_id);
    // The moment reads as people write it, in the viewer's zone (Rome).
    const when = new Date(`${v.date}T${v.time}${v.offset}`);
    const parts = Object.fromEntries(new Intl.DateTimeFormat('en-GB', {
      timeZone: 'Europe/Rome', day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', hour12: false,
    }).formatToParts(when).map((p) => [p.type, p.value]));
    assert.equal((await detail(page, 'When did it happen?').textContent()).trim(),
      `${parts.day} ${parts.month} ${parts.year}, ${parts.hour}:${parts.minute}`);
    assert.equal((await detail(page, 'Error message').textContent()).trim(), v.error_message);
    assert.equal((await detail(page, 'Steps to reproduce').textContent()).trim(), v.steps);
    assert.equal((await detail(page, 'Endpoints called').textContent()).trim(), v.endpoints);
    assert.equal((await detail(page, 'Device').textContent()).trim(), 'Linux');
    assert.equal((await detail(page, 'Request mode').textContent()).trim(), 'Synchronous');
    assert.equal((await detail(page, 'X-Request-Id').textContent()).trim(), v.x_request_id);
    assert.equal(await detail(page, 'Payment id (simp_id)').count(), 0);
    await page.getByText(v.description, { exact: true }).waitFor();
    await page.locator('.file-list').getByRole('link', { name: 'gateway-trace.txt' }).waitFor();
    assert.equal(await page.getByText('No files attached yet.').count(), 0);
    await checkA11y(page, 'request page');
    await screenshotBoth(page, 'request-show');

    // It is listed under "My requests" and links back to the same page.
    await visit(page, '/hc/en/requests');
    const link = page.getByRole('link', { name: v.subject });
    assert.equal(await link.getAttribute('href'), path);
    await checkA11y(page, 'my requests');
    await screenshotBoth(page, 'my-requests');

    await visit(page, '/profile');
    await page.getByRole('heading', { level: 1 }).waitFor();
    assert.ok((await page.locator('.fields-panel').textContent()).includes(me.email));
    await checkA11y(page, 'profile');
    await screenshotBoth(page, 'profile');
  } finally {
    await context.close();
  }
});

test('conditional fields appear on choice, and a refused submission keeps every value', async () => {
  const context = await newContext(browser);
  const page = await context.newPage();
  try {
    await signUp(page);
    const simp = page.locator('#field-simp_id');
    const task = page.locator('#field-task_id');
    assert.equal(await simp.isHidden(), true);

    await page.selectOption('#product', 'payments');
    assert.equal(await simp.isVisible(), true, 'choosing Payments API reveals simp_id');
    // Shown only when required, and marked so.
    assert.equal(await page.locator('label[for="simp_id"]').textContent(), 'Payment id (simp_id) *');
    assert.equal(await page.locator('label[for="simp_id"] .required').count(), 1);
    await page.selectOption('#product', 'data');
    assert.equal(await simp.isHidden(), true, 'choosing Data API hides simp_id again');

    assert.equal(await task.isHidden(), true);
    await page.check('input[name="request_mode"][value="async"]');
    assert.equal(await task.isVisible(), true, 'choosing Async reveals task_id');
    await page.check('input[name="request_mode"][value="sync"]');
    assert.equal(await task.isHidden(), true, 'back to Sync hides task_id');

    // Payments + Async, task id given but no simp_id.
    const v = await fillIncident(page, {
      product: 'payments',
      request_mode: 'async',
      task_id: '7d1c3b5a-9e2f-4a8b-b6c4-1e3f5a7b9d20',
      subject: 'Payment initiation times out',
    });
    assert.equal(await simp.isVisible(), true);
    await page.check('#refresh_related');
    const response = await submitAndWait(page, page.getByRole('button', { name: 'Submit request' }));
    assert.equal(response.status(), 422);
    assert.match(new URL(page.url()).pathname, /^\/hc\/en\/requests\/new$/);

    // The error summary is at the top, has focus, and links to the field.
    const summary = page.locator('.error-summary');
    await summary.waitFor();
    const summaryBox = await summary.boundingBox();
    const formBox = await page.locator('form.incident-form').boundingBox();
    assert.ok(summaryBox.y < formBox.y, 'error summary sits above the form');
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'error-summary');
    const summaryLinks = summary.getByRole('link');
    assert.equal(await summaryLinks.count(), 1, 'only the missing simp_id is reported');
    const summaryLink = summaryLinks.first();
    assert.equal(await summaryLink.getAttribute('href'), '#simp_id');
    assert.equal((await summaryLink.textContent()).trim(),
      'Enter the payment id: it is required for the Payments API.');

    // The inline error beside the field, wired to it for assistive technology.
    const inline = page.locator('#field-simp_id .error-message');
    assert.equal((await inline.textContent()).trim(),
      'Enter the payment id: it is required for the Payments API.');
    assert.equal(await simp.isVisible(), true);
    assert.equal(await page.getAttribute('#simp_id', 'aria-invalid'), 'true');
    assert.ok((await page.getAttribute('#simp_id', 'aria-describedby')).split(' ').includes('simp_id-error'));

    // Following the summary link moves focus to the field.
    await summaryLink.click();
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'simp_id');

    // Nothing typed was lost.
    assert.equal(await page.inputValue('#subject'), v.subject);
    assert.equal(await page.inputValue('#product'), 'payments');
    assert.equal(await page.inputValue('#client_id'), v.client_id);
    assert.equal(await page.inputValue('#occurred_at-date'), v.date);
    assert.equal(await page.inputValue('#occurred_at-time'), v.time);
    assert.equal(await page.inputValue('#occurred_at-offset'), v.offset);
    assert.equal(await page.inputValue('#error_message'), v.error_message);
    assert.equal(await page.inputValue('#steps'), v.steps);
    assert.equal(await page.inputValue('#endpoints'), v.endpoints);
    assert.equal(await page.isChecked('input[name="request_mode"][value="async"]'), true);
    assert.equal(await page.inputValue('#task_id'), v.task_id);
    assert.equal(await task.isVisible(), true);
    assert.equal(await page.inputValue('#x_request_id'), v.x_request_id);
    assert.equal(await page.inputValue('#description'), v.description);
    assert.equal(await page.isChecked('#refresh_related'), true);
    assert.equal(await page.inputValue('#device'), 'Linux');

    await checkA11y(page, 'request form (with errors)');
    await screenshotBoth(page, 'request-new-errors');

    // Fixing the one field is enough to file the request.
    await page.fill('#simp_id', '0f8e2d9c-4b1a-4c3e-9d7f-2a6b8c1e5f30');
    const ok = await submitAndWait(page, page.getByRole('button', { name: 'Submit request' }));
    assert.equal(ok.status(), 200);
    assert.match(new URL(page.url()).pathname, /^\/hc\/en\/requests\/\d+$/);
    assert.equal((await detail(page, 'Payment id (simp_id)').textContent()).trim(),
      '0f8e2d9c-4b1a-4c3e-9d7f-2a6b8c1e5f30');
    assert.equal((await detail(page, 'Task id').textContent()).trim(), v.task_id);
  } finally {
    await context.close();
  }
});

test('without JavaScript every conditional field is shown and the server still checks it', async () => {
  // Sign up with JS (the account), then use the form in a JS-less context
  // holding the same session, as a browser with scripts blocked would.
  const setup = await newContext(browser);
  const page0 = await setup.newPage();
  await signUp(page0);
  const state = await setup.storageState();
  await setup.close();

  const context = await newContext(browser, { js: false, storageState: state });
  const page = await context.newPage();
  try {
    await visit(page, '/hc/en/requests/new');
    for (const id of ['#simp_id', '#task_id', '#refresh_token']) {
      assert.equal(await page.locator(id).isVisible(), true, `${id} is visible without JS`);
    }
    await fillIncident(page, { product: 'payments', subject: 'No-JS payments request' });
    const res = await submitAndWait(page, page.getByRole('button', { name: 'Submit request' }));
    assert.equal(res.status(), 422);
    assert.equal(await page.locator('.error-summary a[href="#simp_id"]').count(), 1);
    assert.equal(await page.inputValue('#subject'), 'No-JS payments request');
  } finally {
    await context.close();
  }
});
