/** How every options section changes settings: one function that saves and says why it could not. */
import type { SettingKey, Settings } from '../settings/schema';

/** Resolves to null when saved, or to the reason it was not (a locked field, an invalid value). */
export type Save = (change: (current: Settings) => Settings) => Promise<string | null>;

export interface SectionProps {
  settings: Settings;
  locked: ReadonlySet<SettingKey>;
  save: Save;
}
