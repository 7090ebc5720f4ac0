/** Skill and behaviour levels people can read at a glance: `●●●○○ 3`. */

const FILLED = '●';
const EMPTY = '○';
const DEFAULT_SCALE = 5;

export function levelDots(level: number, scale: number = DEFAULT_SCALE): string {
  const max = Math.max(scale, level);
  const filled = Math.max(0, Math.min(level, max));
  return `${FILLED.repeat(filled)}${EMPTY.repeat(max - filled)} ${level}`;
}

/**
 * A detail string from the core ("3", "Level 3", "level 2", "Accredited", "Essential") shown with dots when it
 * is a level number, else returned unchanged (the caller escapes it).
 */
export function formatLevelDetail(detail: string): { dots: string | null; text: string } {
  const match = /^\s*(?:level\s*)?(\d{1,2})\s*$/i.exec(detail);
  if (match?.[1] !== undefined) {
    const level = Number(match[1]);
    if (level <= 10) return { dots: levelDots(level), text: detail };
  }
  return { dots: null, text: detail };
}
