import './app/messages';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { bootEngine } from './app/boot';
import { startOfflineSupport } from './app/offline/service-worker';
import './app/styles.css';

void startOfflineSupport().then(bootEngine);

const root = document.getElementById('root');
if (!root) throw new Error('The page has no #root element');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
