/**
 * `npm run lint:security`: Electronegativity over the shipped sources, failing on any finding of
 * MEDIUM or above, on a file it could not parse (an unscanned file is not a clean one), and on any
 * inline silencing that breaks the rule or is missing from SECURITY.md (silencings.ts).
 *
 * Offline by design: the Electron version is read from package.json and passed in (Electronegativity
 * would otherwise look it up on the network), and the check that downloads Electron's release list
 * (AvailableSecurityFixesGlobalCheck) is left out, so the result depends on the code alone and not
 * on the day's network. The sources are copied to a temporary folder first so that build output
 * (out/), tests and node_modules are never scanned and the global checks see only the app.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, relative, sep } from 'node:path';
import { findSilencings, listProblems, silencingProblems, type Silencing } from './silencings';

const root = join(import.meta.dirname, '../..');
const SCANNED_DIRS = ['electron', 'renderer', 'shared'];
const SOURCE = /\.(ts|tsx|js|jsx|html|htm)$/;
const NOT_SHIPPED = /\.test\.(ts|tsx)$|\.d\.ts$/;
const OFFLINE_EXCLUDED = ['availablesecurityfixesglobalcheck'];

interface Issue {
  file: string;
  id: string;
  location: { line: number; column: number };
  severity: { value: number; name: string };
  confidence: { name: string };
  manualReview: boolean;
  description: string;
}
interface RunResult {
  issues: Issue[];
  errors: Array<{ file: string; message: string; tolerable: boolean }>;
}
type Runner = (options: Record<string, unknown>, forCli: boolean) => Promise<RunResult>;

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : walk(path);
    return SOURCE.test(entry.name) && !NOT_SHIPPED.test(entry.name) ? [path] : [];
  });
}

/** The exact Electron version the app is built with, from package.json (an exact pin). */
function electronVersion(): string {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as Record<string, Record<string, string> | undefined>;
  const spec = pkg['dependencies']?.['electron'] ?? pkg['optionalDependencies']?.['electron'] ?? pkg['devDependencies']?.['electron'];
  const version = spec?.replace(/^[\^~=v]/, '');
  if (!version || !/^\d+\.\d+\.\d+$/.test(version)) throw new Error(`package.json must pin electron to an exact version (found ${String(spec)}).`);
  return version;
}

const posixPath = (p: string) => p.split(sep).join('/');

async function main(): Promise<number> {
  const files = SCANNED_DIRS.flatMap((d) => walk(join(root, d)));
  const problems: string[] = [];

  // 1. Every silencing on its reviewed line, with a reason, and listed in SECURITY.md.
  const silencings: Silencing[] = [];
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    const lines = text.split('\n');
    for (const s of findSilencings(posixPath(relative(root, file)), text)) {
      silencings.push(s);
      problems.push(...silencingProblems(s, lines[s.line - 1] ?? ''));
    }
  }
  problems.push(...listProblems(silencings, readFileSync(join(root, 'SECURITY.md'), 'utf8')));

  // 2. The scan, over a copy of just the shipped sources.
  const stage = mkdtempSync(join(tmpdir(), 'gloss-electronegativity-'));
  let result: RunResult;
  try {
    for (const file of [...files, join(root, 'package.json')]) {
      const target = join(stage, relative(root, file));
      mkdirSync(dirname(target), { recursive: true });
      copyFileSync(file, target);
    }
    // The package's programmatic entry (its CLI only prints a table): module.exports is the runner.
    const loaded = createRequire(import.meta.url)('@doyensec/electronegativity/dist/runner.js') as Runner | { default: Runner };
    const run = typeof loaded === 'function' ? loaded : loaded.default;
    const version = electronVersion();
    const log = console.log;
    console.log = () => undefined; // its banner and the "no connectivity" notices; the findings are printed below
    try {
      result = await run(
        { input: stage, isRelative: true, isSarif: false, customScan: [], excludeFromScan: OFFLINE_EXCLUDED, electronVersionOverride: version, parserPlugins: [], severitySet: 'informational', confidenceSet: 'tentative' },
        false,
      );
    } finally {
      console.log = log;
    }
    console.log(`Electronegativity: ${files.length} files from ${SCANNED_DIRS.join(', ')} and package.json, Electron ${version}.`);
  } finally {
    rmSync(stage, { recursive: true, force: true });
  }

  for (const e of result.errors) {
    const where = posixPath(relative(stage, e.file)) || e.file;
    if (e.tolerable) console.log(`  note: ${where}: ${e.message}`);
    else problems.push(`${where} could not be parsed, so it was not scanned: ${e.message}`);
  }
  const findings = result.issues.filter((i) => i.severity.value >= 2);
  for (const i of result.issues.filter((x) => x.severity.value < 2)) {
    console.log(`  below the bar: ${i.id} ${i.severity.name}/${i.confidence.name} ${posixPath(i.file)}:${i.location.line}`);
  }
  for (const i of findings) {
    problems.push(`${i.id} (${i.severity.name}, ${i.confidence.name}${i.manualReview ? ', review required' : ''}) at ${posixPath(i.file)}:${i.location.line}:${i.location.column}: ${i.description}`);
  }

  if (problems.length === 0) {
    console.log(`No finding at MEDIUM or above; ${silencings.length} reviewed inline silencing(s), all listed in SECURITY.md.`);
    return 0;
  }
  console.error(`lint:security failed (${problems.length}):\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  console.error(`A finding is fixed, or silenced on its line with "// eng-disable CHECK_ID -- reason" and listed in SECURITY.md.`);
  return 1;
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    console.error(e instanceof Error ? e.stack : e);
    process.exit(1);
  },
);
