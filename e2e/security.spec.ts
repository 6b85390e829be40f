/**
 * The browser host under the app's strict CSP: the policy arrives as a response header equal to the
 * page's meta tag (one definition, as the Electron shell sends it), and using the app (search, read,
 * highlight, write a note, back up, restore) fires no securitypolicyviolation: no inline script, no
 * eval (zod's JIT probe is off), nothing remote.
 */
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { openArticle, SENTENCE } from './support/article';
import { popover, toolbar } from './support/annotations';
import { dragOver } from './support/selection';

interface Violation {
  directive: string;
  blocked: string;
  sample: string;
  url: string;
}

/** Every CSP violation of every document the page loads, reported to the test as it happens. */
async function recordViolations(page: Page): Promise<Violation[]> {
  const violations: Violation[] = [];
  await page.exposeFunction('__glossCspViolation', (v: Violation) => violations.push(v));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      const report = (window as unknown as { __glossCspViolation(v: unknown): void }).__glossCspViolation;
      report({ directive: e.effectiveDirective, blocked: e.blockedURI, sample: e.sample, url: e.documentURI });
    });
  });
  // Workers report to the console only.
  page.on('console', (msg) => {
    if (/Content Security Policy|unsafe-eval/i.test(msg.text())) violations.push({ directive: 'console', blocked: '', sample: msg.text(), url: msg.location().url });
  });
  return violations;
}

test('the CSP header is the meta tag’s policy, and using the app never violates it', async ({ page }) => {
  const violations = await recordViolations(page);
  const remote: string[] = [];
  page.on('request', (r) => {
    if (!r.url().startsWith('http://127.0.0.1') && !r.url().startsWith('data:') && !r.url().startsWith('blob:')) remote.push(r.url());
  });

  const response = await page.goto('/');
  const header = response!.headers()['content-security-policy'];
  const meta = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(header).toBeTruthy();
  expect(header).toBe(meta!.replace(/\s+/g, ' ').trim());
  expect(header).not.toMatch(/unsafe-inline|unsafe-eval|https?:|\*/);

  // Search, read, highlight, and write a note with Markdown (and a remote image, which must not load).
  await page.getByRole('searchbox', { name: 'Search' }).fill('militia');
  await page.getByRole('searchbox', { name: 'Search' }).press('Enter');
  await openArticle(page);
  await dragOver(page, SENTENCE);
  await toolbar(page).getByRole('button', { name: 'Add note' }).click();
  await popover(page).getByLabel('Note', { exact: true }).fill('**Bold** and a [link](https://example.org/).');
  await expect(popover(page).getByText('Saved')).toBeVisible();
  await popover(page).getByRole('button', { name: 'Close' }).click();

  // Back up, then restore the file: the backup is parsed with zod, whose JIT would call new Function().
  await page.goto('/#/export');
  const [backup] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Back up' }).click()]);
  const path = join(await mkdtemp(join(tmpdir(), 'gloss-csp-')), 'backup.json');
  await backup.saveAs(path);
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Restore from a backup…' }).click()]);
  await chooser.setFiles(path);
  await expect(page.getByText(/\bunchanged\b/).first()).toBeVisible();

  expect(violations).toEqual([]);
  expect(remote).toEqual([]);
});

const PNG_1PX = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=';

test('a note’s remote images are never requested; an image carried in the note shows', async ({ page }) => {
  const violations = await recordViolations(page);
  const requested: string[] = [];
  page.on('request', (r) => {
    if (r.url().includes('tracker.example')) requested.push(r.url());
  });
  await openArticle(page);
  await page
    .getByLabel('Article note', { exact: true })
    .fill(`![pixel](https://tracker.example/p.gif?who=me) ![dot](${PNG_1PX}) ![](//tracker.example/q.gif) ![up](http://tracker.example/u.png)`);
  await page.getByRole('group', { name: 'Article note view' }).getByRole('button', { name: 'Preview' }).click();
  const images = page.locator('.note-preview img');
  await expect(images).toHaveCount(4);
  const shown = await images.evaluateAll((els) => els.map((e) => ({ src: e.getAttribute('src'), alt: e.getAttribute('alt') })));
  expect(shown).toEqual([
    { src: null, alt: 'pixel (remote image not loaded)' },
    { src: PNG_1PX, alt: 'dot' },
    { src: null, alt: 'Remote image not loaded' },
    { src: null, alt: 'up (remote image not loaded)' },
  ]);
  expect(requested).toEqual([]);
  // Without the hook the CSP would still block the fetch, but as a violation: none may fire.
  expect(violations).toEqual([]);
});
