/** Messages between the page and the import worker: a File in (structured-cloned, not read here), a record out (the file's bytes transferred). */
import type { Result } from '../../../shared/model/result';
import type { ImportedArticleRecord } from '../../db';

export interface ImportRequest {
  id: number;
  file: File;
  path: string;
  now: string;
}

export interface ImportReply {
  id: number;
  result: Result<ImportedArticleRecord, string>;
}
