import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { AccountRequest } from '../../components/account-request/AccountRequest';
import '../../components/ui/page.css';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <AccountRequest />
  </StrictMode>,
);
