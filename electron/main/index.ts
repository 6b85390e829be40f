import { startApp } from './app-lifecycle';

startApp();
