/** Where a command writes, so tests can run commands in-process and read what they printed. */
export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  /** ANSI bold for marked words; off when stdout is not a terminal or NO_COLOR is set. */
  color: boolean;
}

export function processIo(): CliIo {
  return {
    out: (text) => process.stdout.write(text),
    err: (text) => process.stderr.write(text),
    color: Boolean(process.stdout.isTTY) && process.env.NO_COLOR === undefined,
  };
}

/** Collects output in memory (for tests). */
export function memoryIo(): CliIo & { stdout: () => string; stderr: () => string } {
  let out = '';
  let errText = '';
  return {
    out: (text) => void (out += text),
    err: (text) => void (errText += text),
    color: false,
    stdout: () => out,
    stderr: () => errText,
  };
}
