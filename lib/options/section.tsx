/** A titled part of the options page with its own status line for errors and confirmations. */
import type { ComponentChildren } from 'preact';
import { useUniqueId } from '../ui/ids';
import { LockedNote } from '../ui/locked-note';

export interface SectionStatus {
  kind: 'error' | 'done';
  text: string;
}

export function Section(props: { id: string; title: string; intro?: string; locked?: boolean; status?: SectionStatus | null; children: ComponentChildren }) {
  const titleId = useUniqueId(`section-${props.id}`);
  return (
    <section class="options-section" aria-labelledby={titleId} data-section={props.id}>
      <h2 id={titleId}>
        {props.title}
        {props.locked && <LockedNote />}
      </h2>
      {props.intro && <p class="intro">{props.intro}</p>}
      {props.children}
      <p class={`section-status ${props.status?.kind ?? ''}`} role={props.status?.kind === 'error' ? 'alert' : 'status'} data-section-status={props.status?.kind ?? ''}>
        {props.status?.text ?? ''}
      </p>
    </section>
  );
}
