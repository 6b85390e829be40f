/**
 * The id of every page's main region: the skip link's target, and where focus goes when the control
 * that held it disappears (a closed editor, a dismissed toast) instead of falling to <body>.
 */
export const MAIN_ID = 'main';
