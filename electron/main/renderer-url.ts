import { app } from 'electron';
import { APP_ENTRY_URL, devServerUrl, isAppUrl } from './app-origin';

/** The Vite dev server's URL in development; null in a packaged app, whatever the environment says. */
export const rendererDevUrl = (): string | null => devServerUrl(process.env, app.isPackaged);

/** The page the window loads: the dev server in development, gloss-app://app/index.html otherwise. */
export const rendererEntryUrl = (): string => rendererDevUrl() ?? APP_ENTRY_URL;

/** Whether `url` is one of the app's own pages (same scheme, host and port as the entry). */
export const isOwnPage = (url: string): boolean => isAppUrl(url, rendererDevUrl());
