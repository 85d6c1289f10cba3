// Shared helpers for the browser tests: the browser, the server's address and
// demo credentials (from run.sh), accessibility checks, screenshots and the
// few user actions every journey repeats.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';

const here = path.dirname(fileURLToPath(import.meta.url));
export const ARTIFACTS = path.resolve(here, '..', 'artifacts');

function required(name) {
  const v = process.env[name];
  if (!v) throw new Error(`${name} is not set: run the tests through e2e/run.sh`);
  return v;
}

export const BASE_URL = required('E2E_BASE_URL').replace(/\/$/, '');
export const REQUESTER = {
  email: required('E2E_REQUESTER_EMAIL'),
  password: required('E2E_REQUESTER_PASSWORD'),
};
export const AGENT = {
  email: required('E2E_AGENT_EMAIL'),
  password: required('E2E_AGENT_PASSWORD'),
};
export const ADMIN = {
  email: required('E2E_ADMIN_EMAIL'),
  password: required('E2E_ADMIN_PASSWORD'),
};

const CHROMIUM = process.env.E2E_CHROMIUM || '/usr/bin/chromium';

// Playwright's launch() refuses an explicit --user-data-dir in args; without a
// userDataDir it creates a fresh temporary profile itself and deletes it on
// close, which is what we want: no state leaks between runs.
export async function launch() {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

export const DESKTOP = { width: 1280, height: 900 };
export const PHONE = { width: 390, height: 844 };

/** A fresh, cookie-less browser context speaking English by default. */
export async function newContext(browser, { locale = 'en-US', viewport = DESKTOP, js = true, storageState } = {}) {
  const context = await browser.newContext({
    baseURL: BASE_URL,
    storageState,
    locale,
    timezoneId: 'Europe/Rome',
    viewport,
    javaScriptEnabled: js,
  });
  context.setDefaultTimeout(10_000);
  context.setDefaultNavigationTimeout(15_000);
  return context;
}

/**
 * Runs axe-core on the page as it is now and fails on any serious or
 * critical violation, listing each with its rule, impact and targets.
 */
export async function checkA11y(page, label) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .analyze();
  const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  const report = bad
    .map((v) => `  [${v.impact}] ${v.id}: ${v.help}\n` +
      v.nodes.slice(0, 5).map((n) => `      ${n.target.join(' ')}  ${n.failureSummary?.split('\n').slice(1).join('; ')}`).join('\n'))
    .join('\n');
  assert.equal(bad.length, 0, `axe: serious/critical violations on ${label} (${page.url()}):\n${report}`);
  return results;
}

/** Saves a full-page screenshot at the page's current viewport width. */
export async function screenshot(page, name) {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  const width = page.viewportSize()?.width ?? 0;
  const file = path.join(ARTIFACTS, `${name}-${width}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

/** Fails when the page is wider than the viewport (sideways scrolling). */
export async function assertNoHorizontalScroll(page, label) {
  const { scrollWidth, innerWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    innerWidth: window.innerWidth,
  }));
  assert.ok(scrollWidth <= innerWidth,
    `${label} is ${scrollWidth}px wide in a ${innerWidth}px viewport: it scrolls sideways`);
}

/**
 * Screenshots the page at desktop and phone width, then restores the
 * viewport. At both widths the page must fit without sideways scrolling.
 */
export async function screenshotBoth(page, name) {
  const before = page.viewportSize() ?? DESKTOP;
  // A focused field makes Chromium's full-page capture leave blank bands
  // after a viewport change; focus was already asserted by the tests.
  await page.evaluate(() => document.activeElement?.blur());
  for (const viewport of [DESKTOP, PHONE]) {
    await page.setViewportSize(viewport);
    await assertNoHorizontalScroll(page, `${name} at ${viewport.width}px`);
    await screenshot(page, name);
  }
  await page.setViewportSize(before);
}

/** Navigates and asserts the server answered with the expected status. */
export async function visit(page, url, status = 200) {
  const response = await page.goto(url);
  assert.ok(response, `no response for ${url}`);
  assert.equal(response.status(), status, `GET ${url} answered ${response.status()}`);
  return response;
}

let counter = 0;
/** A unique suffix so every run and every test works on its own data. */
export function unique() {
  counter += 1;
  return `${Date.now().toString(36)}${process.pid.toString(36)}${counter}`;
}

/** Signs up a fresh requester through /signup; returns its credentials. */
export async function signUp(page, { name = 'Ada Tester' } = {}) {
  const email = `ada-${unique()}@e2e.example`;
  const password = 'correct horse battery staple';
  await visit(page, '/signup');
  await page.fill('#name', name);
  await page.fill('#email', email);
  await page.fill('#password', password);
  await Promise.all([
    page.waitForURL(/\/hc\/(en|it)\/requests\/new$/),
    page.getByRole('button', { name: /Create account|Crea/i }).click(),
  ]);
  return { email, password, name };
}

/** Signs in through /signin with the given credentials. */
export async function signIn(page, { email, password }, next) {
  await visit(page, next ? `/signin?next=${encodeURIComponent(next)}` : '/signin');
  await page.fill('#email', email);
  await page.fill('#password', password);
  await Promise.all([
    page.waitForURL((url) => url.pathname !== '/signin'),
    page.locator('form[action^="/signin"] button[type="submit"]').click(),
  ]);
}

/** Yesterday (UTC), as the date input's value, so it is never in the future. */
export function yesterday() {
  const d = new Date(Date.now() - 24 * 3600 * 1000);
  return d.toISOString().slice(0, 10);
}

/**
 * Fills every field of the incident form that a Data API incident needs.
 * Values can be overridden; returns the values typed.
 */
export async function fillIncident(page, overrides = {}) {
  const v = {
    subject: `Data API returns 500 on accounts ${unique()}`,
    product: 'data',
    client_id: 'sandbox-e2e-client',
    date: yesterday(),
    time: '14:05:30',
    offset: '+01:00',
    error_message: 'HTTP 500 {"error":"internal","detail":"upstream timeout"}',
    steps: '1. Obtain a consent\n2. Call GET /v1/accounts\n3. Observe a 500 after 30 seconds',
    endpoints: 'GET /v1/accounts?limit=10\nhttps://api.example.com/v1/accounts/123/balances',
    request_mode: 'sync',
    x_request_id: 'c39df0fb-a684-447c-9fbc-3f24c288f608',
    description: 'It started after our deploy at 14:00; sandbox only.',
    ...overrides,
  };
  await page.fill('#subject', v.subject);
  await page.selectOption('#product', v.product);
  await page.fill('#client_id', v.client_id);
  await page.fill('#occurred_at-date', v.date);
  await page.fill('#occurred_at-time', v.time);
  await page.selectOption('#occurred_at-offset', v.offset);
  await page.fill('#error_message', v.error_message);
  await page.fill('#steps', v.steps);
  await page.fill('#endpoints', v.endpoints);
  await page.check(`input[name="request_mode"][value="${v.request_mode}"]`);
  if (v.simp_id !== undefined) await page.fill('#simp_id', v.simp_id);
  if (v.task_id !== undefined) await page.fill('#task_id', v.task_id);
  if (v.x_request_id) await page.fill('#x_request_id', v.x_request_id);
  if (v.description) await page.fill('#description', v.description);
  return v;
}

/** Clicks a submit button and waits for the resulting document. */
export async function submitAndWait(page, button) {
  const [response] = await Promise.all([
    page.waitForNavigation({ waitUntil: 'load' }),
    button.click(),
  ]);
  return response;
}

/** The value shown for a labelled field in a ticket's details panel. */
export function detail(page, label) {
  return page.locator('.fields-panel > div').filter({
    has: page.locator('dt', { hasText: new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`) }),
  }).locator('dd');
}
