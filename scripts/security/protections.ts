/**
 * Proves that each protection in SECURITY.md is held by a test: removes it (one text edit), runs the
 * test that should catch it, and expects that run to FAIL; then puts the file back. A protection
 * whose test still passes without it is reported. Not part of `npm test` (it runs the suites dozens
 * of times); run it after changing a protection or its test:
 *
 *   npx tsx scripts/security/protections.ts            # the unit-test and lint:security cases
 *   E2E=1 PORT=5176 npx tsx scripts/security/protections.ts   # also the Chromium e2e cases
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '../..');

interface Case {
  protection: string;
  file: string;
  from: string;
  to: string;
  test: string[];
}

const unit = (...files: string[]) => ['npx', 'vitest', 'run', ...files];
const scan = ['npx', 'tsx', 'scripts/security/electronegativity.ts'];
const e2e = (grep: string) => ['npx', 'playwright', 'test', 'e2e/security.spec.ts', '-g', grep];

const CASES: Case[] = [
  { protection: 'dot segments refused', file: 'electron/main/app-files.ts', from: 'if (DOT_SEGMENT.test(raw)) return', to: 'if (false) return', test: unit('electron/main/app-files.test.ts') },
  { protection: 'backslashes refused', file: 'electron/main/app-files.ts', from: "if (raw.includes('\\\\')) return", to: 'if (false) return', test: unit('electron/main/app-files.test.ts') },
  { protection: 'encoded separators refused', file: 'electron/main/app-files.ts', from: "if (name.includes('/') || name.includes('\\\\')) return", to: 'if (false) return', test: unit('electron/main/app-files.test.ts') },
  { protection: 'drive letters and streams refused', file: 'electron/main/app-files.ts', from: "if (name.includes(':')) return", to: 'if (false) return', test: unit('electron/main/app-files.test.ts') },
  { protection: 'hidden files refused', file: 'electron/main/app-files.ts', from: "if (name.startsWith('.')) return", to: 'if (false) return', test: unit('electron/main/app-files.test.ts') },
  { protection: 'trailing dot/space refused', file: 'electron/main/app-files.ts', from: 'if (/[. ]$/.test(name)) return', to: 'if (false) return', test: unit('electron/main/app-files.test.ts') },
  { protection: 'Windows devices refused', file: 'electron/main/app-files.ts', from: 'if (WINDOWS_DEVICE.test(name)) return', to: 'if (false) return', test: unit('electron/main/app-files.test.ts') },
  { protection: 'empty segments (UNC) refused', file: 'electron/main/app-files.ts', from: "if (part === '') return", to: 'if (false) return', test: unit('electron/main/app-files.test.ts') },
  { protection: 'control characters refused', file: 'electron/main/app-files.ts', from: 'if (/[\\u0000-\\u001f\\u007f]/.test(name)) return', to: 'if (false) return', test: unit('electron/main/app-files.test.ts') },
  { protection: 'file-name allow-list', file: 'electron/main/app-files.ts', from: 'if (!SAFE_SEGMENT.test(name)) return', to: 'if (false) return', test: unit('electron/main/app-files.test.ts') },
  { protection: 'containment (isInside)', file: 'electron/main/app-files.ts', from: "return rel !== '' &&", to: "return true || rel !== '' &&", test: unit('electron/main/app-files.test.ts') },
  { protection: 'unknown types refused', file: 'electron/main/app-files.ts', from: 'if (!contentType) return', to: 'if (false) return', test: unit('electron/main/app-files.test.ts') },
  { protection: 'other hosts refused', file: 'electron/main/app-files.ts', from: 'url.hostname !== APP_HOST ||', to: '', test: unit('electron/main/app-files.test.ts') },
  { protection: 'CSP header on every response', file: 'electron/main/app-files.ts', from: "'Content-Security-Policy': csp, ", to: '', test: unit('electron/main/app-files.test.ts') },
  { protection: 'scheme is secure', file: 'electron/main/app-protocol.ts', from: 'secure: true,', to: 'secure: false,', test: unit('electron/main/app-protocol.test.ts') },
  { protection: 'no CSP, no start', file: 'electron/main/app-protocol.ts', from: 'if (!csp.ok) throw', to: 'if (false) throw', test: unit('electron/main/app-protocol.test.ts') },
  { protection: 'header is the meta policy', file: 'electron/main/app-protocol.ts', from: 'csp: csp.value', to: "csp: 'default-src *'", test: unit('electron/main/app-protocol.test.ts') },
  { protection: 'Auxclick disabled', file: 'electron/main/window.ts', from: "      disableBlinkFeatures: 'Auxclick',\n", to: '', test: unit('electron/main/window.test.ts') },
  { protection: 'spellcheck off (window)', file: 'electron/main/window.ts', from: 'spellcheck: false', to: 'spellcheck: true', test: unit('electron/main/window.test.ts') },
  { protection: 'sandbox', file: 'electron/main/window.ts', from: 'sandbox: true', to: 'sandbox: false', test: unit('electron/main/window.test.ts') },
  { protection: 'gloss-app://, not loadFile', file: 'electron/main/window.ts', from: 'void win.loadURL(', to: 'void win.loadFile(', test: unit('electron/main/window.test.ts') },
  { protection: 'will-navigate guard', file: 'electron/main/window.ts', from: '    if (isOwnPage(url)) return;\n    event.preventDefault();', to: '    return;', test: unit('electron/main/window.test.ts') },
  { protection: 'will-redirect guard', file: 'electron/main/window.ts', from: '    if (!isOwnPage(url)) event.preventDefault();', to: '', test: unit('electron/main/window.test.ts') },
  { protection: 'no webview', file: 'electron/main/window.ts', from: "contents.on('will-attach-webview', (event) => event.preventDefault());", to: '', test: unit('electron/main/window.test.ts') },
  { protection: 'own page never sent to the OS', file: 'electron/main/window.ts', from: '    if (!isOwnPage(url)) void openExternalLink(url);', to: '    void openExternalLink(url);', test: unit('electron/main/window.test.ts') },
  { protection: 'origin: host compared', file: 'electron/main/app-origin.ts', from: 'a.protocol === b.protocol && a.hostname === b.hostname', to: 'a.protocol === b.protocol', test: unit('electron/main/app-origin.test.ts') },
  { protection: 'origin: port compared', file: 'electron/main/app-origin.ts', from: ' && a.port === b.port', to: '', test: unit('electron/main/app-origin.test.ts') },
  { protection: 'dev URL only when not packaged', file: 'electron/main/app-origin.ts', from: 'if (isPackaged || !raw) return null;', to: 'if (!raw) return null;', test: unit('electron/main/app-origin.test.ts', 'electron/main/window.test.ts') },
  { protection: 'dev URL only on loopback', file: 'electron/main/app-origin.ts', from: ' || !LOOPBACK.has(url.hostname)', to: '', test: unit('electron/main/app-origin.test.ts') },
  { protection: 'IPC sender check', file: 'electron/main/ipc/handle.ts', from: '    if (refused) {', to: '    if (false) {', test: unit('electron/main/ipc/ipc.test.ts') },
  { protection: 'permissions denied but clipboard write', file: 'electron/main/security.ts', from: "permission === 'clipboard-sanitized-write'", to: "permission !== ''", test: unit('electron/main/security.test.ts') },
  { protection: 'spellchecker off (session)', file: 'electron/main/security.ts', from: 'ses.setSpellCheckerEnabled(false);', to: '', test: unit('electron/main/security.test.ts') },
  { protection: 'devices denied', file: 'electron/main/security.ts', from: 'ses.setDevicePermissionHandler(() => false);', to: '', test: unit('electron/main/security.test.ts') },
  { protection: 'mailto: without a query', file: 'shared/ipc/validate.ts', from: "if (url.href.includes('?') || address.includes('?'))", to: "if (url.search !== '')", test: unit('shared/ipc/validate.test.ts') },
  { protection: 'no user:password@ links', file: 'shared/ipc/validate.ts', from: "if (url.username !== '' || url.password !== '')", to: 'if (false)', test: unit('shared/ipc/validate.test.ts') },
  { protection: 'openExternal behind the validator', file: 'electron/main/external-links.ts', from: '  if (!v.ok) return v;', to: '', test: unit('electron/main/ipc/ipc.test.ts', 'electron/main/window.test.ts') },
  { protection: 'CSP: no eval', file: 'renderer/index.html', from: "script-src 'self';", to: "script-src 'self' 'unsafe-eval';", test: unit('shared/security/csp.test.ts') },
  { protection: 'CSP: nothing remote', file: 'renderer/index.html', from: "img-src 'self' data:;", to: "img-src 'self' data: https:;", test: unit('shared/security/csp.test.ts') },
  { protection: 'CSP: no objects', file: 'renderer/index.html', from: "object-src 'none';", to: '', test: unit('shared/security/csp.test.ts') },
  { protection: 'tags: no hidden characters', file: 'shared/model/tag.ts', from: '  if (hidden) {', to: '  if (false) {', test: unit('shared/model/tag.test.ts', 'shared/export/backup/backup.test.ts') },
  { protection: 'record ids constrained', file: 'shared/model/record-rules.ts', from: "return typeof value === 'string' && RECORD_ID.test(value);", to: "return typeof value === 'string' && value !== '';", test: unit('shared/export/backup/backup.test.ts') },
  { protection: 'scan: Auxclick finding', file: 'electron/main/window.ts', from: "      disableBlinkFeatures: 'Auxclick',\n", to: '', test: scan },
  { protection: 'scan: sandbox finding', file: 'electron/main/window.ts', from: 'sandbox: true,', to: '', test: scan },
  { protection: 'scan: silencing listed', file: 'SECURITY.md', from: '| electron/main/window.ts | PRELOAD_JS_CHECK |', to: '| electron/main/gone.ts | PRELOAD_JS_CHECK |', test: scan },
  { protection: 'scan: silencing has a reason', file: 'electron/main/external-links.ts', from: ' -- v.value passed validateExternalUrl', to: ' v.value passed validateExternalUrl', test: scan },
];

const E2E_CASES: Case[] = [
  { protection: 'browser host sends the CSP header', file: 'vite.web.config.mts', from: 'strictPort: true, headers }', to: 'strictPort: true }', test: e2e('CSP header') },
  { protection: 'zod JIT off (no eval violation)', file: 'shared/export/backup/schema.ts', from: 'z.config({ jitless: true });', to: '', test: e2e('CSP header') },
  { protection: 'remote note images dropped', file: 'renderer/features/notes/sanitise-html.ts', from: '  if (isLocalImageSource(src, window.location.href)) return;', to: '  return;', test: e2e('remote images') },
];

const cases = process.env['E2E'] ? [...CASES, ...E2E_CASES] : CASES;
const survivors: string[] = [];
for (const c of cases) {
  const path = join(root, c.file);
  const original = readFileSync(path, 'utf8');
  if (!original.includes(c.from)) {
    survivors.push(`${c.protection}: the text to remove is no longer in ${c.file}; update this case`);
    continue;
  }
  writeFileSync(path, original.replace(c.from, c.to));
  let status: number | null;
  try {
    status = spawnSync(c.test[0]!, c.test.slice(1), { cwd: root, stdio: 'ignore', env: { ...process.env, CI: 'true' } }).status;
  } finally {
    writeFileSync(path, original);
  }
  const held = status !== 0;
  console.log(`${held ? 'held    ' : 'NOT HELD'}  ${c.protection}  (${c.file}; ${c.test.join(' ')})`);
  if (!held) survivors.push(`${c.protection}: ${c.test.join(' ')} still passes without it`);
}
if (survivors.length) {
  console.error(`\n${survivors.length} protection(s) not held by a failing test:\n${survivors.map((s) => `  - ${s}`).join('\n')}`);
  process.exit(1);
}
console.log(`\nAll ${cases.length} protections are held: each one's test fails without it.`);
