/**
 * The installers: `npm run package` builds those of the current platform into dist/ —
 * AppImage and deb on Linux, an NSIS installer on Windows, a dmg on macOS. One icon source
 * (build/icon.png, 1024², rendered from build/icon.svg) gives every platform's icon format.
 */
import type { Configuration } from 'electron-builder';
import { ARTICLE_TEXT_FILE, LIBRARY_FILE, SEARCH_INDEX_FILE } from './shared/library/library-files';

/** Documents Gloss opens by importing them (electron/main/open-files.ts lists the same extensions). */
const documents: NonNullable<Configuration['fileAssociations']> = [
  { ext: ['html', 'htm'], name: 'HTML document', mimeType: 'text/html', role: 'Viewer' },
  { ext: ['md', 'markdown'], name: 'Markdown document', mimeType: 'text/markdown', role: 'Viewer' },
  { ext: 'epub', name: 'EPUB book', mimeType: 'application/epub+zip', role: 'Viewer' },
  { ext: 'pdf', name: 'PDF document', mimeType: 'application/pdf', role: 'Viewer' },
];

const config: Configuration = {
  appId: 'app.gloss.reader',
  productName: 'Gloss',
  executableName: 'gloss',
  copyright: 'Copyright © Gloss contributors',
  directories: { output: 'dist', buildResources: 'build' },
  // The bundles electron-vite built, and resources/ (the corpus and its prebuilt index) inside
  // app.asar, where electron/main/paths.ts reads them and asar integrity validation covers them.
  // Main and preload bundle everything they import, so no node_modules are packed. The renderer's
  // copy of the index (its public dir, for the browser host) is left out: Electron's renderer gets
  // the index from main (corpus:load).
  files: [
    'package.json',
    'out/main/**',
    'out/preload/**',
    'out/renderer/**',
    ...[LIBRARY_FILE, ARTICLE_TEXT_FILE, SEARCH_INDEX_FILE].map((name) => `!out/renderer/${name}`),
    'resources/index/**',
    'resources/corpus/**',
  ],
  asar: true,
  // No native modules: nothing to rebuild (and no network needed for it).
  npmRebuild: false,
  protocols: [{ name: 'Gloss link', schemes: ['gloss'] }],
  fileAssociations: documents,
  // Flipped by electron-builder right before signing (@electron/fuses): no running the app as plain
  // Node, no NODE_OPTIONS or --inspect, the app only from app.asar and that checked against the hash
  // embedded at build time, and file:// without the extra privileges the app does not need.
  electronFuses: {
    runAsNode: false,
    enableCookieEncryption: true,
    enableNodeOptionsEnvironmentVariable: false,
    enableNodeCliInspectArguments: false,
    enableEmbeddedAsarIntegrityValidation: true,
    onlyLoadAppFromAsar: true,
    grantFileProtocolExtraPrivileges: false,
  },
  linux: {
    target: ['AppImage', 'deb'],
    icon: 'build/icon.png',
    category: 'Office',
    synopsis: 'An offline research reader',
    // fpm (deb) needs a maintainer and a project URL (package.json "homepage"). gloss.invalid is a
    // reserved, never-resolving name (RFC 2606) until Gloss has a public home: set it before publishing.
    maintainer: 'Gloss contributors',
    vendor: 'Gloss contributors',
  },
  deb: { packageCategory: 'text' },
  win: { target: 'nsis', icon: 'build/icon.png' },
  nsis: { oneClick: false, perMachine: false, allowToChangeInstallationDirectory: true, deleteAppDataOnUninstall: false },
  mac: { target: 'dmg', icon: 'build/icon.png', category: 'public.app-category.productivity', hardenedRuntime: true },
  dmg: { title: '${productName} ${version}' },
  publish: null,
};

export default config;
