/**
 * Decorative icons. Each severity has its own shape (octagon, triangle, circle) so it reads without
 * color; the text next to every icon carries the meaning, so icons are hidden from assistive tech.
 */
import type { ComponentChildren } from 'preact';
import type { Severity } from '../analyzer/types';

interface IconProps {
  class?: string;
}

function Svg({ class: className, children }: IconProps & { children: ComponentChildren }) {
  return (
    <svg
      class={className ? `defuse-icon ${className}` : 'defuse-icon'}
      viewBox="0 0 16 16"
      width="16"
      height="16"
      aria-hidden="true"
      focusable="false"
    >
      {children}
    </svg>
  );
}

const SEVERITY_PATHS: Record<Severity, ComponentChildren> = {
  error: (
    <>
      <path d="M5.2 1h5.6L15 5.2v5.6L10.8 15H5.2L1 10.8V5.2z" fill="currentColor" />
      <path d="M8 4v5" stroke="var(--defuse-icon-fg)" stroke-width="2" stroke-linecap="round" />
      <circle cx="8" cy="11.8" r="1.1" fill="var(--defuse-icon-fg)" />
    </>
  ),
  warning: (
    <>
      <path d="M8 1.2 15.2 14.5H.8z" fill="currentColor" stroke="currentColor" stroke-linejoin="round" />
      <path d="M8 5.5v4" stroke="var(--defuse-icon-fg)" stroke-width="1.8" stroke-linecap="round" />
      <circle cx="8" cy="12" r="1" fill="var(--defuse-icon-fg)" />
    </>
  ),
  info: (
    <>
      <circle cx="8" cy="8" r="7" fill="currentColor" />
      <circle cx="8" cy="4.6" r="1.1" fill="var(--defuse-icon-fg)" />
      <path d="M8 7.3v4.6" stroke="var(--defuse-icon-fg)" stroke-width="2" stroke-linecap="round" />
    </>
  ),
};

export function SeverityIcon({ severity }: { severity: Severity }) {
  return <Svg class={`defuse-icon-${severity}`}>{SEVERITY_PATHS[severity]}</Svg>;
}

export function CheckIcon() {
  return (
    <Svg class="defuse-icon-check">
      <circle cx="8" cy="8" r="7" fill="currentColor" />
      <path
        d="m4.6 8.3 2.3 2.3 4.5-4.9"
        fill="none"
        stroke="var(--defuse-icon-fg)"
        stroke-width="1.8"
        stroke-linecap="round"
        stroke-linejoin="round"
      />
    </Svg>
  );
}

export function CrossIcon() {
  return (
    <Svg class="defuse-icon-cross">
      <circle cx="8" cy="8" r="6.3" fill="none" stroke="currentColor" stroke-width="1.6" />
      <path d="m5.6 5.6 4.8 4.8m0-4.8-4.8 4.8" stroke="currentColor" stroke-width="1.6" stroke-linecap="round" />
    </Svg>
  );
}

export function CloseIcon() {
  return (
    <Svg class="defuse-icon-close">
      <path d="m4 4 8 8m0-8-8 8" stroke="currentColor" stroke-width="1.8" stroke-linecap="round" />
    </Svg>
  );
}
