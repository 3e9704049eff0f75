import { corpusUrl } from 'virtual:parallax-corpus';
import { registerServiceWorker } from '../lib/sw-register';
import { startApp } from './start';
import './styles.css';

const root = document.getElementById('root');
if (!root) throw new Error('app/main: #root is missing from index.html');
void startApp(root, corpusUrl);

if (import.meta.env.PROD) void registerServiceWorker();
