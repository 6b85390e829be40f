/** Hands the one GlossDb down the tree, so nothing imports a database singleton. */
import { createContext, useContext, type ReactNode } from 'react';
import type { GlossDb } from './gloss-db';

const DbContext = createContext<GlossDb | null>(null);

export function DbProvider({ db, children }: { db: GlossDb; children?: ReactNode }) {
  return <DbContext value={db}>{children}</DbContext>;
}

export function useDb(): GlossDb {
  const db = useContext(DbContext);
  if (!db) throw new Error('useDb() needs a <DbProvider db={openGlossDb()}> above it.');
  return db;
}
