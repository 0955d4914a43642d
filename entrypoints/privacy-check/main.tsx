import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { PrivacyCheck } from '../../components/privacy/PrivacyCheck';
import '../../components/ui/page.css';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <PrivacyCheck fromReminder={new URLSearchParams(location.search).has('reminder')} />
  </StrictMode>,
);
