import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { createServices } from './app/create-services';
import { readRuntimeConfig } from './app/runtime-config';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element.');

const config = readRuntimeConfig(window.location);
createRoot(container).render(
  <StrictMode>
    <App config={config} services={createServices(config)} />
  </StrictMode>,
);
