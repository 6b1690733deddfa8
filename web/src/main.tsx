import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { SessionProvider } from './components/curation/SessionContext';
import { EvidenceProvider } from './components/evidence/EvidenceContext';
import { LanguageProvider } from './i18n/LanguageContext';
import './styles.css';

const root = document.getElementById('root');
if (root === null) throw new Error('#root missing from index.html');
createRoot(root).render(
  <StrictMode>
    <LanguageProvider>
      <SessionProvider>
        <EvidenceProvider>
          <App />
        </EvidenceProvider>
      </SessionProvider>
    </LanguageProvider>
  </StrictMode>,
);
