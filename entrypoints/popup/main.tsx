import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { Popup } from '../../components/popup/Popup';
import '../../components/ui/page.css';
import { popupTabId } from '../../utils/page-services';

void popupTabId(location.search).then((tabId) => {
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <Popup tabId={tabId} />
    </StrictMode>,
  );
});
