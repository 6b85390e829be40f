import { describe, expect, it } from 'vitest';
import { addToast, type Toast } from './toast-queue';

const undo = (id: number): Toast => ({ id, kind: 'info', message: `Highlight ${id} deleted.`, action: { label: 'Undo', run: () => {} } });
const error = (id: number): Toast => ({ id, kind: 'error', message: `Failure ${id}` });
const info = (id: number): Toast => ({ id, kind: 'info', message: `Note ${id}` });
const ids = (list: Toast[]) => list.map((t) => t.id);

describe('addToast', () => {
  it('keeps an Undo toast when an error arrives: the error stacks beside it', () => {
    expect(ids(addToast([undo(1)], error(2)))).toEqual([1, 2]);
    expect(ids(addToast(addToast([undo(1)], error(2)), error(3)))).toEqual([1, 2, 3]);
  });

  it('replaces an Undo toast only with a newer undoable action', () => {
    expect(ids(addToast([undo(1), error(2)], undo(3)))).toEqual([2, 3]);
    expect(ids(addToast([undo(1)], info(2)))).toEqual([1, 2]);
  });

  it('lets a plain message give way to any newer info toast, never to an error', () => {
    expect(ids(addToast([info(1)], info(2)))).toEqual([2]);
    expect(ids(addToast([info(1)], undo(2)))).toEqual([2]);
    expect(ids(addToast([info(1)], error(2)))).toEqual([1, 2]);
  });

  it('never drops an error', () => {
    expect(ids(addToast([error(1), info(2)], undo(3)))).toEqual([1, 3]);
  });
});
