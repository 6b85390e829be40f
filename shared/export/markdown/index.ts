export { renderArticleMarkdown, renderArticleSection, provenanceLine, type RenderArticleInput } from './render-article';
export { renderCombinedMarkdown, type RenderCombinedOptions } from './render-combined';
export { MARKDOWN_TEMPLATES, TEMPLATE_LABELS, type MarkdownTemplate } from './templates';
export { type ArticleAnnotations } from './collect-annotations';
export { exportFileName, slugify, COMBINED_FILE_NAME } from './file-name';
export { escapeMarkdownText, escapeMarkdownLine, escapeMarkdownInline, blockQuote } from './escape-markdown';
export { obsidianTag, obsidianTags, obsidianBlockId, glossDeepLink } from './obsidian';
export { frontMatter } from './front-matter';
