/** The text of `/role-move`: "<from> to <to>" (also "->", "into"), or one role (the asker's saved role is the from). */
export interface MoveText {
  from: string | null;
  to: string;
}

export function parseMoveText(text: string): MoveText | null {
  const trimmed = text.trim().replace(/^from\s+/i, '');
  if (trimmed === '') return null;
  const split = /^(.+?)\s+(?:to|->|→|into)\s+(.+)$/i.exec(trimmed);
  if (split?.[1] && split[2]) return { from: split[1].trim(), to: split[2].trim() };
  return { from: null, to: trimmed.replace(/^to\s+/i, '') };
}
