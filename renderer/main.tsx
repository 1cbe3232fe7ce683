import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { ErrorBoundary } from './components/ErrorBoundary';
import './styles.css';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element to render Roundtrip into.');

createRoot(container).render(
  <StrictMode>
    <ErrorBoundary what="The Roundtrip window" kept="Saved collections, environments and history are on disk; edits not saved are lost on reload." canRetry={false}>
      <App />
    </ErrorBoundary>
  </StrictMode>,
);
