/** Notes → Markdown (Obsidian-friendly) and backup ⇄ JSON. Pure: strings and records in, strings out. */
export * from './markdown';
export * from './backup';
