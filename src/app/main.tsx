import { corpusUrl } from 'virtual:parallax-corpus';
import { applyStoredPrefs } from '../lib/prefs-store';
import { registerServiceWorker } from '../lib/sw-register';
import { startApp } from './start';
import './styles.css';

const root = document.getElementById('root');
if (!root) throw new Error('app/main: #root is missing from index.html');
// The reader's theme and text size before anything else: the page may already be on screen.
applyStoredPrefs();
void startApp(root, corpusUrl);

if (import.meta.env.PROD) void registerServiceWorker();
