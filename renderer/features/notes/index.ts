/** renderer/features/notes: Markdown notes (rendered safely), their editor, and tags. */
export { NoteEditor, type NoteEditorProps } from './note-editor';
export { MarkdownView } from './markdown-view';
export { TagsInput, type TagsInputProps } from './tags-input';
export { ArticleNoteEditor } from './article-note';
export { noteExcerpt, markdownToHtml } from './markdown';
export { renderNoteHtml } from './sanitise-html';
export { addTags, removeTag, suggestFrom } from './tag-list';
