/** "1 minute", "15 minutes": one place for French plurals (0 and 1 take the singular). */
export function countOf(count: number, singular: string, plural = `${singular}s`): string {
  return `${count.toLocaleString('fr-FR')} ${Math.abs(count) < 2 ? singular : plural}`;
}

/** A wait in plain French, rounded up: "3 secondes", "1 minute", "15 minutes". */
export function waitText(milliseconds: number): string {
  const seconds = Math.max(1, Math.ceil(milliseconds / 1000));
  if (seconds < 60) return countOf(seconds, 'seconde');
  return countOf(Math.ceil(seconds / 60), 'minute');
}
