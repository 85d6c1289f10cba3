// An XSS corpus pushed through ticket fields, the description and replies,
// then rendered in Chromium for the requester and the agent: no script runs.
// Payloads would set window.__xss or open a dialog; either fails the test.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  launch, newContext, signIn, fillIncident, submitAndWait, REQUESTER, AGENT, unique,
} from '../lib/harness.mjs';

const PAYLOADS = [
  '<script>window.__xss=1</script>',
  '"><img src=x onerror="window.__xss=2">',
  '<svg onload="window.__xss=3"></svg>',
  "'><iframe src=\"javascript:window.parent.__xss=4\"></iframe>",
  '</textarea><script>window.__xss=5</script>',
  '<a href="javascript:window.__xss=6">click</a>',
  '<details open ontoggle="window.__xss=7">',
];

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

async function watch(page) {
  const fired = [];
  page.on('dialog', async (d) => { fired.push(`dialog: ${d.message()}`); await d.dismiss(); });
  page.on('console', (m) => { if (m.text().includes('__xss')) fired.push(`console: ${m.text()}`); });
  return fired;
}

async function assertNoScriptRan(page, fired, label) {
  // Let event handlers (onerror, onload, ontoggle) have their chance.
  await page.waitForLoadState('load');
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  const flag = await page.evaluate(() => window.__xss ?? null);
  assert.equal(flag, null, `${label}: a payload ran (window.__xss=${flag})`);
  assert.deepEqual(fired, [], `${label}: ${fired.join('; ')}`);
}

test('hostile markup in fields and replies runs no script for requester or agent', async () => {
  const tag = unique();
  const all = PAYLOADS.join(' ');
  const requester = await newContext(browser);
  let path;
  try {
    const page = await requester.newPage();
    const fired = await watch(page);
    await signIn(page, REQUESTER, '/hc/en/requests/new');
    await fillIncident(page, {
      subject: `XSS ${tag} <b>bold</b>`,
      client_id: 'acmepay',
      error_message: `500 ${all}`,
      steps: all,
      description: all,
    });
    const res = await submitAndWait(page, page.getByRole('button', { name: 'Submit request' }));
    assert.equal(res.status(), 200);
    path = new URL(page.url()).pathname;
    await assertNoScriptRan(page, fired, 'request page');
    // The payloads are shown as text, exactly as typed.
    const text = await page.locator('main').innerText();
    assert.ok(text.includes('<script>window.__xss=1</script>'), 'shown as text');
    await page.fill('#body', `Reply ${all}`);
    await submitAndWait(page, page.getByRole('button', { name: 'Send reply' }));
    await assertNoScriptRan(page, fired, 'request page after reply');
    await page.goto('/hc/en/requests');
    await assertNoScriptRan(page, fired, 'my requests');
  } finally {
    await requester.close();
  }

  const id = path.split('/').pop();
  const agent = await newContext(browser);
  try {
    const page = await agent.newPage();
    const fired = await watch(page);
    await signIn(page, AGENT, `/agent/tickets/${id}`);
    await assertNoScriptRan(page, fired, 'agent ticket');
    await page.fill('#body', `Agent ${all}`);
    await submitAndWait(page, page.getByRole('button', { name: /^Send as / }));
    await assertNoScriptRan(page, fired, 'agent ticket after reply');
    await page.goto('/agent?view=all');
    await assertNoScriptRan(page, fired, 'agent queue');
    await page.goto(`/agent?q=${encodeURIComponent('<script>window.__xss=8</script>')}`);
    await assertNoScriptRan(page, fired, 'agent search');
  } finally {
    await agent.close();
  }
});
