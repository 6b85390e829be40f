import { describe, expect, it } from 'vitest';
import { requestPersistentStorage } from './persistent-storage';

describe('requestPersistentStorage', () => {
  it('reports what the browser answered', async () => {
    expect(await requestPersistentStorage({ persist: async () => true })).toBe(true);
    expect(await requestPersistentStorage({ persist: async () => false })).toBe(false);
  });

  it('does not ask again when storage is already persistent', async () => {
    let asked = 0;
    const storage = { persisted: async () => true, persist: async () => (asked++, false) };
    expect(await requestPersistentStorage(storage)).toBe(true);
    expect(asked).toBe(0);
  });

  it('answers false where the API is missing or throws', async () => {
    expect(await requestPersistentStorage(undefined)).toBe(false);
    expect(await requestPersistentStorage({})).toBe(false);
    expect(await requestPersistentStorage({ persist: () => Promise.reject(new Error('denied')) })).toBe(false);
  });
});
