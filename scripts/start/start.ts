/**
 * `npm start`: the desktop window where Electron's binary is (or can be downloaded), otherwise one
 * line saying why and the same app served in the browser on http://127.0.0.1:5173 (PORT overrides).
 * `npm start -- --browser` asks for the browser directly.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { binScript } from './bin-script';
import { explainFetchFailure, fetchElectronBinary, findElectronBinary, type FetchOutcome } from './electron-binary';
import { fallbackLine, planStart, shouldFetch } from './plan';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** Runs a package's bin with this Node, in order, stopping at the first failure; forwards Ctrl+C. */
function run(steps: { bin: string; args: string[] }[]): void {
  const [step, ...rest] = steps;
  if (!step) return;
  const child = spawn(process.execPath, [binScript(root, step.bin), ...step.args], { cwd: root, stdio: 'inherit' });
  const forward = (signal: NodeJS.Signals) => () => child.kill(signal);
  const onInt = forward('SIGINT');
  const onTerm = forward('SIGTERM');
  process.on('SIGINT', onInt);
  process.on('SIGTERM', onTerm);
  child.on('close', (code, signal) => {
    process.off('SIGINT', onInt);
    process.off('SIGTERM', onTerm);
    if (code === 0 && rest.length) run(rest);
    else process.exit(code ?? (signal ? 1 : 0));
  });
}

async function main(): Promise<void> {
  const env = process.env;
  const facts = {
    binary: findElectronBinary({ root, env }),
    browserRequested: process.argv.includes('--browser'),
    platform: process.platform,
    env,
  };
  let fetched: FetchOutcome | undefined;
  if (shouldFetch(facts) && facts.binary.kind === 'not-downloaded') {
    console.log(`Gloss: downloading Electron ${facts.binary.version}'s binary (first start only)…`);
    fetched = await fetchElectronBinary(facts.binary.packageDir, env);
    if (fetched.ok) facts.binary = findElectronBinary({ root, env });
    else fetched = { ok: false, why: await explainFetchFailure(fetched.why, env) };
  }
  const plan = planStart({ ...facts, fetched });

  if (plan.mode === 'electron') {
    run([{ bin: 'electron-vite', args: ['preview'] }]);
    return;
  }
  const url = `http://127.0.0.1:${env['PORT'] ?? 5173}`;
  console.log(fallbackLine(plan.why, url));
  const config = ['--config', 'vite.web.config.mts'];
  run([
    { bin: 'vite', args: ['build', '--logLevel', 'warn', ...config] },
    { bin: 'vite', args: ['preview', ...config] },
  ]);
}

void main();
