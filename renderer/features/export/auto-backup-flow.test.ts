import { describe, expect, it } from 'vitest';
import { parseBackup } from '../../../shared/export/backup/parse-backup';
import { ok } from '../../../shared/model/result';
import { createHighlight, upsertHighlightNote } from '../../db';
import { freshDb, sampleHighlight } from '../../db/testing/sample-records';
import type { AutomaticBackups } from '../../platform';
import { automaticBackup, runAutomaticBackup } from './auto-backup-flow';
import { isPreview, previewRestore } from './restore-flow';

const ARTICLE = { id: '000_8a7174939e31e350', contentHash: '8a7174939e31e350' };

/** An in-memory stand-in for the desktop host's daily files (the real one is tested in electron/main). */
function fakeAutomatic(): AutomaticBackups & { files: Map<string, string> } {
  const files = new Map<string, string>();
  return {
    files,
    write: async (content) => {
      const name = 'gloss-auto-2024-05-06.json';
      const written = !files.has(name);
      if (written) files.set(name, content);
      return ok({ name, written });
    },
    list: async () => ok([...files].map(([name, text]) => ({ name, day: name.slice(11, 21), bytes: text.length }))),
    read: async (name) => (files.has(name) ? ok({ name, text: files.get(name)! }) : { ok: false, error: `${name} is gone` }),
  };
}

describe('automatic backups (renderer side)', () => {
  it('writes the whole store once a day and restores from it through the same preview', async () => {
    const db = freshDb('auto');
    const h = await createHighlight(db, sampleHighlight(120));
    await upsertHighlightNote(db, h.id, { body: 'kept daily' });
    const auto = fakeAutomatic();
    const deps = { db, articles: [ARTICLE], now: () => new Date('2024-05-06T08:00:00.000Z') };
    expect(await runAutomaticBackup(deps, auto)).toEqual({ ok: true, value: { name: 'gloss-auto-2024-05-06.json', written: true } });
    expect(await runAutomaticBackup(deps, auto)).toEqual({ ok: true, value: { name: 'gloss-auto-2024-05-06.json', written: false } });
    const parsed = parseBackup(auto.files.get('gloss-auto-2024-05-06.json')!);
    expect(parsed.ok && parsed.value.notes.map((n) => n.body)).toEqual(['kept daily']);

    await db.notes.clear();
    const preview = await previewRestore({ db }, automaticBackup(auto, 'gloss-auto-2024-05-06.json'));
    expect(isPreview(preview) && preview.plan.counts.added).toBe(1);
    expect(await previewRestore({ db }, automaticBackup(auto, 'gloss-auto-2020-01-01.json'))).toEqual({ tone: 'error', message: 'gloss-auto-2020-01-01.json is gone' });
  });

  it('does nothing where the host keeps no automatic backups (the browser)', async () => {
    expect(await runAutomaticBackup({ db: freshDb('auto-none'), articles: [], now: () => new Date() }, null)).toBeNull();
  });
});
