/** A README section that a script writes, between two HTML comment markers that stay in place. */
export interface GeneratedSection {
  start: string;
  end: string;
  /** The content between the markers (without them). */
  body: () => string;
}

export function withSection(readme: string, section: GeneratedSection): string {
  const start = readme.indexOf(section.start);
  const end = readme.indexOf(section.end);
  if (start < 0 || end < start) throw new Error(`README.md needs the markers ${section.start} and ${section.end}`);
  return readme.slice(0, start) + [section.start, '', section.body(), '', section.end].join('\n') + readme.slice(end + section.end.length);
}
