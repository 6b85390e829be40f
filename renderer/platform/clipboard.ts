import { err, ok, type Result } from '../../shared/model/result';
import { errorText } from '../../shared/model/error-text';

/** navigator.clipboard works in Electron's renderer and in a browser page that has focus. */
export async function copyWithClipboardApi(text: string): Promise<Result<true>> {
  try {
    await navigator.clipboard.writeText(text);
    return ok(true);
  } catch (e) {
    return err(`Could not copy to the clipboard: ${errorText(e)}`);
  }
}
