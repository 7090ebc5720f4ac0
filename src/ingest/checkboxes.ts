/**
 * Completed Word forms mark choices with tick boxes: "☒ Police Officer   ☐ Police Staff". Only the ticked
 * options are stated; the unticked ones are not.
 */

const TICKED = /☒|☑|✅|\[\s*[xX✓✔]\s*\]|\(\s*[xX]\s*\)/;
const UNTICKED = /☐|□|\[\s*\]|\(\s*\)/;
const ANY_BOX = /☒|☑|✅|☐|□|\[\s*[xX✓✔]?\s*\]|\(\s*[xX]?\s*\)/g;

export function hasCheckboxes(text: string): boolean {
  return (TICKED.test(text) || UNTICKED.test(text)) && (text.match(ANY_BOX)?.length ?? 0) >= 2;
}

/** The text of the ticked options, or null when the text has no tick boxes. */
export function tickedText(text: string): string | null {
  if (!hasCheckboxes(text)) return null;
  const parts: string[] = [];
  const boxes = [...text.matchAll(ANY_BOX)];
  boxes.forEach((box, i) => {
    const start = (box.index ?? 0) + box[0].length;
    const end = boxes[i + 1]?.index ?? text.length;
    if (TICKED.test(box[0])) parts.push(text.slice(start, end).trim());
  });
  return parts.join('; ');
}
