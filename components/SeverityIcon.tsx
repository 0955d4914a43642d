/**
 * A shape per severity (octagon, triangle, circle), drawn inline so it shows on every
 * machine (emoji fonts are not everywhere) and says the severity without colour.
 */
import type { ReactNode } from 'react';
import type { Severity } from '../lib/types';

/** Hidden from screen readers: the severity's word always stands beside the shape. */
function Icon({ children }: { children: ReactNode }) {
  return (
    <svg width={14} height={14} viewBox="0 0 16 16" aria-hidden={true} focusable={false}>
      {children}
    </svg>
  );
}

export function SeverityIcon({ severity }: { severity: Severity | 'clear' }) {
  if (severity === 'block') {
    return (
      <Icon>
        <polygon points="5,1 11,1 15,5 15,11 11,15 5,15 1,11 1,5" fill="currentColor" />
        <rect x="4" y="7" width="8" height="2" fill="#fff" />
      </Icon>
    );
  }
  if (severity === 'warn') {
    return (
      <Icon>
        <polygon points="8,1 15,15 1,15" fill="currentColor" />
        <rect x="7.2" y="6" width="1.6" height="5" fill="#fff" />
        <rect x="7.2" y="12" width="1.6" height="1.6" fill="#fff" />
      </Icon>
    );
  }
  if (severity === 'info') {
    return (
      <Icon>
        <circle cx="8" cy="8" r="7" fill="currentColor" />
        <rect x="7.2" y="7" width="1.6" height="5" fill="#fff" />
        <rect x="7.2" y="4" width="1.6" height="1.6" fill="#fff" />
      </Icon>
    );
  }
  return (
    <Icon>
      <circle cx="8" cy="8" r="7" fill="none" stroke="currentColor" strokeWidth="1.5" />
      <polyline points="4.5,8.5 7,11 11.5,5.5" fill="none" stroke="currentColor" strokeWidth="1.8" />
    </Icon>
  );
}
