import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

function Options() {
  return (
    <main>
      <h1>Post Check settings</h1>
    </main>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <Options />
  </StrictMode>,
);
