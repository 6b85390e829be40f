/**
 * The benchmark's query set, by kind: every form of the query language, written for the benchmark
 * corpus (State of the Union sections and mail). The equality test runs all of them on both engines.
 */
export const BENCH_QUERIES: Record<string, string[]> = {
  'single word': ['government', 'congress', 'money', 'slavery', 'linux'],
  'two words (AND)': ['foreign trade', 'tax relief', 'public debt', 'free software'],
  phrase: ['"the united states"', '"federal government"', '"of the people"', '"click here"'],
  prefix: ['gov*', 'econom*', 'educat*', 'happy*'],
  fuzzy: ['economey~1', 'goverment~2', 'congres~1'],
  'typo fallback': ['goverment', 'Amerikan'],
  field: ['title:union', 'title:washington', 'body:constitution'],
  exclusion: ['war -peace', 'tax -income', 'gov* -war'],
  mixed: ['"public debt" interest', 'econom* "foreign trade"'],
  'stop word only': ['the'],
};

export const ALL_BENCH_QUERIES: string[] = Object.values(BENCH_QUERIES).flat();
