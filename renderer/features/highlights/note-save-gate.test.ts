import { describe, expect, it } from 'vitest';
import { NoteSaveGate } from './note-save-gate';

/** A save that finishes when told to, recording the order of events. */
function deferredSave(log: string[], label: string, fail = false) {
  let finish!: () => void;
  const write = () => {
    log.push(`start ${label}`);
    return new Promise<void>((resolve, reject) => {
      finish = () => {
        log.push(`end ${label}`);
        if (fail) reject(new Error('disk full'));
        else resolve();
      };
    });
  };
  return { write, finish: () => finish() };
}

describe('NoteSaveGate', () => {
  it('lets a delete start only after the save in flight has finished', async () => {
    const log: string[] = [];
    const gate = new NoteSaveGate();
    const first = deferredSave(log, 'latest text');
    void gate.save('h1', first.write);
    const closing = gate.closeForDelete('h1').then(() => log.push('delete'));
    await Promise.resolve();
    expect(log).toEqual(['start latest text']);
    first.finish();
    await closing;
    expect(log).toEqual(['start latest text', 'end latest text', 'delete']);
  });

  it('goes ahead with the delete when the save failed', async () => {
    const log: string[] = [];
    const gate = new NoteSaveGate();
    const failing = deferredSave(log, 'text', true);
    gate.save('h1', failing.write).catch(() => log.push('editor shows the error'));
    const closing = gate.closeForDelete('h1').then(() => log.push('delete'));
    failing.finish();
    await closing;
    expect(log).toContain('delete');
  });

  it('writes nothing for a highlight being deleted, and saves again once reopened', async () => {
    const log: string[] = [];
    const gate = new NoteSaveGate();
    await gate.closeForDelete('h1');
    await gate.save('h1', deferredSave(log, 'after delete').write);
    expect(log).toEqual([]);
    const other = deferredSave(log, 'other highlight');
    void gate.save('h2', other.write);
    expect(log).toEqual(['start other highlight']);
    gate.reopen('h1');
    void gate.save('h1', deferredSave(log, 'after undo').write);
    expect(log).toEqual(['start other highlight', 'start after undo']);
  });
});
