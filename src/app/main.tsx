import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { corpusUrl } from 'virtual:parallax-corpus';
import { registerServiceWorker } from '../lib/sw-register';
import { App } from './app';
import './styles.css';

const root = document.getElementById('root');
if (!root) throw new Error('app/main: #root is missing from index.html');
createRoot(root).render(
  <StrictMode>
    <App corpusUrl={corpusUrl} />
  </StrictMode>,
);

if (import.meta.env.PROD) void registerServiceWorker();
